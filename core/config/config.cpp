// The configuration API: profiles loaded for a run, checked for `kiemtra check-config`, and the defaults.
#include "config/config.hpp"

#include "config/profile_reader.hpp"
#include "config/profile_state.hpp"

namespace kiemtra::core {
namespace fs = std::filesystem;
using config_detail::Mode;
using config_detail::ProfileReader;

namespace {

// Every problem, one per line, in each language.
Text problems_text(const std::vector<ConfigProblem>& problems) {
  Text t;
  for (const ConfigProblem& p : problems) {
    if (!t.vi.empty()) {
      t.vi += '\n';
      t.en += '\n';
    }
    t.vi += p.text.vi;
    t.en += p.text.en;
  }
  return t;
}

}  // namespace

Config default_config(const std::vector<RuleMeta>& known) {
  return config_detail::finalize(config_detail::initial_state(known));
}

Config load_config_file(const fs::path& file, const std::vector<fs::path>& profile_dirs,
                        const std::vector<RuleMeta>& known, bool strict) {
  ProfileReader reader(strict ? Mode::check : Mode::load, profile_dirs, known);
  reader.apply_top(file);
  if (!reader.problems().empty()) throw UserError(problems_text(reader.problems().list()), kExitUsage);
  return config_detail::finalize(reader.state());
}

Config load_profile(const std::string& name, const std::vector<fs::path>& profile_dirs,
                    const std::vector<RuleMeta>& known, bool strict) {
  return load_config_file(config_detail::resolve_profile(name, profile_dirs), profile_dirs, known, strict);
}

std::vector<ConfigProblem> check_config_file(const fs::path& file, const std::vector<fs::path>& profile_dirs,
                                             const std::vector<RuleMeta>& known) {
  ProfileReader reader(Mode::check, profile_dirs, known);
  reader.apply_top(file);
  return reader.problems().list();
}

std::vector<fs::path> profile_search_path(const fs::path& exe_dir) {
  std::vector<fs::path> dirs{(exe_dir / ".." / "share" / "kiemtra" / "rules").lexically_normal()};
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path local = ec ? fs::path("rules") : cwd / "rules";
  if (local != dirs.front()) dirs.push_back(local);
  return dirs;
}

}  // namespace kiemtra::core
