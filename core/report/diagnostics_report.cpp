// The one-line diagnostic form compilers print, for editors and terminals:
//   examples/sample/members.csv:12:3: error: <message> [integrity/bad-value]
// The severity word stays the English code whatever the language, because editors' problem matchers
// (Vim's errorformat, VS Code, Emacs compilation-mode) look for "error"/"warning"/"info"; the message follows --lang.
#include <filesystem>

#include "report/ansi.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

namespace {

/// "members.csv:12:3" -> "<dataset folder>/members.csv:12:3"; "" -> the dataset itself.
std::string where(const Dataset& d, const std::string& location) {
  namespace fs = std::filesystem;
  if (location.empty()) return d.source;
  std::error_code ec;
  const fs::path source(d.source);
  const fs::path folder = fs::is_directory(source, ec) ? source : source.parent_path();
  return folder.empty() ? location : (folder / location).string();
}

}  // namespace

void write_diagnostics(const RunReport& r, std::ostream& out) {
  std::string line;
  for (FindingRef f : r.result.findings) {
    line.clear();
    line += paint(where(r.data, f.location()) + ":", Paint::bold, r.color);
    line += ' ';
    line += paint(std::string(code(f.severity())) + ":", paint_of(f.severity()), r.color);
    line += ' ';
    f.append_message(r.lang, line);
    line += ' ';
    line += paint("[" + f.rule_id() + "]", Paint::dim, r.color);
    line += '\n';
    out << line;
  }
}

}  // namespace kiemtra::core
