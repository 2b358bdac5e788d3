// Markdown pages of the rules; deterministic, so the committed docs/rules can be checked against a regeneration.
#include "scaffold/rule_docs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "report/run_report.hpp"
#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace fs = std::filesystem;

namespace {

/// Longest file shown in a page's example; the rest is elided (fixtures are small, but a page must stay readable).
constexpr std::size_t kMaxExampleLines = 60;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Text in a Markdown table cell: one line, pipes escaped.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '|') {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out.empty() ? "—" : out;
}

std::string paragraph(const std::string& s) { return s.empty() ? "—" : s; }

/// A message format in a table cell, as code so its braces and underscores show as written.
std::string format_cell(const std::string& s) {
  if (s.empty() || s.find('`') != std::string::npos) return cell(s);
  return "`" + cell(s) + "`";
}

/// What a rule's findings say: each message's key, arguments and formats.
std::string messages(const RuleMeta& m) {
  std::string out = "## Messages\n\n";
  if (m.messages.empty()) return out + "None.\n";
  out += "| key | arguments | tiếng Việt | English |\n|---|---|---|---|\n";
  for (const MessageSpec& msg : m.messages) {
    std::string args;
    for (const std::string& a : msg.args) args += (args.empty() ? "" : ", ") + ("`" + a + "`");
    out += fmt::format("| `{}` | {} | {} | {} |\n", msg.key, args.empty() ? "—" : args, format_cell(msg.vi),
                       format_cell(msg.en));
  }
  return out + "\nAn argument whose name does not start with `_` is also the finding's evidence.\n";
}

/// A file as a fenced block, at most kMaxExampleLines lines.
std::string code_block(const fs::path& file) {
  const std::string lang = file.extension() == ".csv" ? "csv" : "yaml";
  std::istringstream in(read_file(file));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::string out = "```" + lang + "\n";
  for (std::size_t i = 0; i < lines.size() && i < kMaxExampleLines; ++i) out += lines[i] + "\n";
  if (lines.size() > kMaxExampleLines)
    out += fmt::format("# … {} more lines in {}\n", lines.size() - kMaxExampleLines, file.filename().string());
  return out + "```\n";
}

std::string edition_from(const Edition& e) { return e.from.valid() ? e.from.iso() : "always"; }

std::string examples(const RuleDoc& rule, const fs::path& fixtures_root) {
  const auto fixtures = rule_fixtures(fixtures_root, rule.meta.id);
  std::string out = "## Examples\n\n";
  if (fixtures.empty()) return out + "No fixture yet.\n";
  out += fmt::format("Fixtures under `{}/` (run them with `kiemtra test-rules`):\n\n", rule.meta.id);
  for (const auto& f : fixtures) {
    const std::string name = f.filename().string();
    const std::string kind = name.rfind("fires", 0) == 0    ? "must fire"
                             : name.rfind("passes", 0) == 0 ? "must not fire"
                                                            : "";
    out += fmt::format("- `{}`{}\n", name, kind.empty() ? "" : " — " + kind);
  }
  const auto fires = std::find_if(fixtures.begin(), fixtures.end(),
                                  [](const fs::path& f) { return f.filename().string().rfind("fires", 0) == 0; });
  if (fires == fixtures.end()) return out;
  out += fmt::format("\n### {}\n\n", fires->filename().string());
  std::vector<fs::path> data;
  for (const auto& entry : fs::directory_iterator(*fires))
    if (entry.is_regular_file() && entry.path().filename() != "expected.yaml") data.push_back(entry.path());
  std::sort(data.begin(), data.end());
  for (const auto& d : data) out += fmt::format("`{}`:\n\n{}\n", d.filename().string(), code_block(d));
  out += fmt::format("Expected findings (`expected.yaml`):\n\n{}", code_block(*fires / "expected.yaml"));
  return out;
}

}  // namespace

std::vector<fs::path> rule_fixtures(const fs::path& root, const std::string& id) {
  if (root.empty()) return {};
  const fs::path dir = root / id;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_directory() && fs::exists(entry.path() / "expected.yaml")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string rule_page(const RuleDoc& rule, const fs::path& fixtures_root) {
  const RuleMeta& m = rule.meta;
  std::string out = std::string(kGeneratedMarker) + "\n";
  out += fmt::format("# {}\n\n", m.id);
  out += "| | |\n|---|---|\n";
  out += fmt::format("| Tên | {} |\n| Title | {} |\n", cell(m.title_vi), cell(m.title_en));
  out += fmt::format("| Plugin | `{}` |\n| Default severity | `{}` |\n\n", rule.plugin, code(m.default_severity));
  out += fmt::format("## Mô tả\n\n{}\n\n## Description\n\n{}\n\n", paragraph(m.description_vi),
                     paragraph(m.description_en));
  out += "## Parameters\n\n";
  if (m.params.empty()) {
    out += "None.\n\n";
  } else {
    out += "| name | type | default | ý nghĩa | meaning |\n|---|---|---|---|---|\n";
    for (const auto& p : m.params)
      out += fmt::format("| `{}` | {} | `{}` | {} | {} |\n", p.name, type_name(p.type),
                         cell(format_param_value(p.default_value)), cell(p.description_vi), cell(p.description_en));
    out += "\nA profile sets them under `rules: {" + m.id + ": {params: {...}}}` (docs/configuration.md).\n\n";
  }
  out += "## Regulation editions\n\n";
  out += "| in force from | citation | values that differ from the defaults |\n|---|---|---|\n";
  for (const auto& e : m.editions) {
    std::string values;
    for (const auto& [k, v] : e.values)
      values += (values.empty() ? "" : ", ") + fmt::format("`{} = {}`", k, format_param_value(v));
    out += fmt::format("| {} | {} | {} |\n", edition_from(e), cell(e.citation.text()), cell(values));
  }
  out += "\n" + messages(m);
  out += "\n" + examples(rule, fixtures_root);
  return out;
}

std::string index_page(const std::vector<RuleDoc>& rules) {
  std::map<std::string, std::vector<const RuleDoc*>> families;
  for (const auto& r : rules) families[r.meta.family()].push_back(&r);
  std::string out = std::string(kGeneratedMarker) + "\n# Rules\n\n";
  out += fmt::format(
      "{} rules in {} families. Each page is generated from the rule's metadata and fixtures by "
      "`kiemtra rules docs`.\n",
      rules.size(), families.size());
  for (auto& [family, list] : families) {
    std::sort(list.begin(), list.end(), [](const RuleDoc* a, const RuleDoc* b) { return a->meta.id < b->meta.id; });
    out += fmt::format("\n## {}\n\n| rule | severity | tên | title |\n|---|---|---|---|\n", family);
    for (const RuleDoc* r : list)
      out += fmt::format("| [{}]({}.md) | `{}` | {} | {} |\n", r->meta.id, r->meta.id, code(r->meta.default_severity),
                         cell(r->meta.title_vi), cell(r->meta.title_en));
  }
  return out;
}

std::vector<std::pair<fs::path, std::string>> rule_docs(const std::vector<RuleDoc>& rules,
                                                        const fs::path& fixtures_root) {
  std::vector<std::pair<fs::path, std::string>> pages;
  pages.emplace_back("index.md", index_page(rules));
  for (const auto& r : rules) pages.emplace_back(fs::path(r.meta.id + ".md"), rule_page(r, fixtures_root));
  return pages;
}

DocsWritten write_docs(const fs::path& outdir, const std::vector<std::pair<fs::path, std::string>>& pages) {
  DocsWritten done;
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec || !fs::is_directory(outdir))
    throw UserError({"Không tạo được thư mục '" + outdir.string() + "' (" + ec.message() + ").",
                     "Cannot create the folder '" + outdir.string() + "' (" + ec.message() + ")."});
  std::vector<fs::path> keep;
  for (const auto& [rel, text] : pages) {
    const fs::path file = outdir / rel;
    keep.push_back(file.lexically_normal());
    if (fs::exists(file) && read_file(file) == text) {
      ++done.unchanged;
      continue;
    }
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
      throw UserError(
          {"Không ghi được tệp '" + file.string() + "'.", "Cannot write the file '" + file.string() + "'."});
    ++done.written;
  }
  // Pages of rules that are gone: only files this command generated, recognised by their first line.
  std::vector<fs::path> candidates;
  for (const auto& entry : fs::recursive_directory_iterator(outdir))
    if (entry.is_regular_file() && entry.path().extension() == ".md") candidates.push_back(entry.path());
  std::sort(candidates.begin(), candidates.end());
  for (const auto& file : candidates) {
    if (std::find(keep.begin(), keep.end(), file.lexically_normal()) != keep.end()) continue;
    std::ifstream in(file);
    std::string first;
    std::getline(in, first);
    if (first != kGeneratedMarker) continue;
    in.close();
    fs::remove(file);
    done.removed.push_back(file);
    if (fs::is_empty(file.parent_path()) && file.parent_path() != outdir) fs::remove(file.parent_path());
  }
  return done;
}

}  // namespace kiemtra::core::scaffold
