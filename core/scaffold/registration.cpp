// Sorted insertion of a rule into its plugin's registration file and CMakeLists.txt.
#include "scaffold/registration.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

UserError edit_error(const std::string& file, const std::string& vi, const std::string& en) {
  return UserError({"Không sửa được " + file + ": " + vi, "Cannot edit " + file + ": " + en});
}

/// The position just past the parenthesis closing the one at `open`, or npos.
std::size_t matching_paren(const std::string& text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i;
  }
  return std::string::npos;
}

/// The whitespace from the start of the line holding `pos` up to `pos`, when only whitespace precedes it.
std::string indent_before(const std::string& text, std::size_t pos) {
  const std::size_t line = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  const std::size_t start = line == std::string::npos ? 0 : line + 1;
  const std::string lead = text.substr(start, pos - start);
  return lead.find_first_not_of(" \t") == std::string::npos ? lead : std::string();
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

std::string add_include(const std::string& text, const std::string& header, const std::string& file) {
  // The block of local includes ("..."): consecutive lines, the rule headers in a registration file.
  const auto local = [](const std::string& line) {
    if (line.rfind("#include \"", 0) != 0) return false;
    const std::size_t close = line.find('"', 10);
    return close != std::string::npos && close > 10 && line.find_first_not_of(" \t", close + 1) == std::string::npos;
  };
  std::vector<std::string> lines;
  std::size_t first = std::string::npos, last_end = 0, last_system_end = std::string::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    const std::string line = text.substr(pos, (nl == std::string::npos ? text.size() : nl) - pos);
    if (local(line)) {
      if (first != std::string::npos && pos != last_end) break;  // a second block: keep to the first
      if (first == std::string::npos) first = pos;
      lines.push_back(line);
      last_end = end;
    } else if (line.rfind("#include <", 0) == 0 && first == std::string::npos) {
      last_system_end = end;
    }
    pos = end;
  }
  const std::string include = "#include \"" + header + "\"";
  if (std::find(lines.begin(), lines.end(), include) != lines.end())
    throw edit_error(file, "đã có dòng " + include + ".", "it already has " + include + ".");
  if (first == std::string::npos) {
    if (last_system_end == std::string::npos)
      throw edit_error(file, "không có dòng #include nào để thêm vào sau.", "it has no #include line to add after.");
    return text.substr(0, last_system_end) + "\n" + include + "\n" + text.substr(last_system_end);
  }
  lines.push_back(include);
  std::sort(lines.begin(), lines.end());
  return text.substr(0, first) + join(lines, "\n") + "\n" + text.substr(last_end);
}

}  // namespace

std::string register_rule(const std::string& text, const std::string& header, const std::string& class_name,
                          const std::string& file) {
  std::string out = add_include(text, header, file);
  const std::size_t macro = out.find("KIEMTRA_PLUGIN(");
  if (macro == std::string::npos)
    throw edit_error(file, "không có KIEMTRA_PLUGIN(...).", "it has no KIEMTRA_PLUGIN(...).");
  const std::size_t open = macro + std::string("KIEMTRA_PLUGIN").size();
  const std::size_t close = matching_paren(out, open);
  if (close == std::string::npos)
    throw edit_error(file, "KIEMTRA_PLUGIN( không có dấu ')' đóng.", "KIEMTRA_PLUGIN( has no closing ')'.");

  // kiemtra::rule<Class>() entries: the class name is what the list is sorted by.
  std::vector<Span> entries;
  const std::string prefix = "kiemtra::rule<";
  for (std::size_t at = out.find(prefix, open); at != std::string::npos && at < close; at = out.find(prefix, at + 1)) {
    const std::size_t name_begin = out.find_first_not_of(" \t", at + prefix.size());
    const std::size_t angle = out.find('>', name_begin);
    if (angle == std::string::npos || out.compare(angle, 3, ">()") != 0) continue;
    std::string name = out.substr(name_begin, angle - name_begin);
    name.erase(name.find_last_not_of(" \t") + 1);
    entries.push_back({at, angle + 3, name});
  }
  const std::string added = "kiemtra::rule<" + class_name + ">()";
  for (const Span& e : entries)
    if (e.text == class_name)
      throw edit_error(file, "đã đăng ký " + added + ".", "it already registers " + added + ".");

  if (entries.empty()) {
    // KIEMTRA_PLUGIN("name", "1.0.0"): the first rule goes on its own line, aligned with the arguments.
    const std::size_t nl = out.rfind('\n', open);
    const std::string indent(open + 1 - (nl == std::string::npos ? 0 : nl + 1), ' ');
    return out.substr(0, close) + ",\n" + indent + added + out.substr(close);
  }
  std::vector<std::string> classes;
  for (const Span& e : entries) classes.push_back(e.text);
  classes.push_back(class_name);
  std::sort(classes.begin(), classes.end());
  std::vector<std::string> lines;
  for (const auto& c : classes) lines.push_back("kiemtra::rule<" + c + ">()");
  // One entry per line (the house style), aligned as the file aligns them; or all on one line, as written.
  const std::size_t span = entries.back().end - entries.front().begin;
  const bool one_per_line = out.substr(entries.front().begin, span).find('\n') != std::string::npos;
  std::string indent = indent_before(out, entries.front().begin);
  if (indent.empty() && entries.size() > 1) indent = indent_before(out, entries[1].begin);
  const std::string sep = one_per_line || (entries.size() == 1 && !indent.empty()) ? ",\n" + indent : ", ";
  return out.substr(0, entries.front().begin) + join(lines, sep) + out.substr(entries.back().end);
}

std::string add_plugin_source(const std::string& text, const std::string& plugin, const std::string& source,
                              const std::string& file) {
  // kiemtra_add_plugin(<plugin> ...): the call whose first argument is the plugin's name.
  std::size_t open = std::string::npos;
  const std::string call = "kiemtra_add_plugin(";
  for (std::size_t at = text.find(call); at != std::string::npos; at = text.find(call, at + 1)) {
    const std::size_t name = text.find_first_not_of(" \t\r\n", at + call.size());
    const std::size_t after = name == std::string::npos ? name : name + plugin.size();
    if (name != std::string::npos && text.compare(name, plugin.size(), plugin) == 0 && after < text.size() &&
        (std::isspace(static_cast<unsigned char>(text[after])) || text[after] == ')')) {
      open = at + call.size() - 1;
      break;
    }
  }
  if (open == std::string::npos)
    throw edit_error(file, "không có kiemtra_add_plugin(" + plugin + " ...).",
                     "it has no kiemtra_add_plugin(" + plugin + " ...).");
  const std::size_t close = matching_paren(text, open);
  if (close == std::string::npos)
    throw edit_error(file, "kiemtra_add_plugin( không có dấu ')' đóng.", "kiemtra_add_plugin( has no closing ')'.");

  // Arguments as tokens; SOURCES runs until the next keyword (FIXTURES, OUTPUT_DIRECTORY ...).
  std::vector<Span> tokens;
  for (std::size_t i = open + 1; i < close;) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < close && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    tokens.push_back({i, j, text.substr(i, j - i)});
    i = j;
  }
  const auto keyword = [](const std::string& t) {
    return !t.empty() && std::all_of(t.begin(), t.end(),
                                     [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '_'; });
  };
  auto at = std::find_if(tokens.begin(), tokens.end(), [](const Span& t) { return t.text == "SOURCES"; });
  if (at == tokens.end())
    throw edit_error(file, "kiemtra_add_plugin(" + plugin + " ...) không có SOURCES.",
                     "kiemtra_add_plugin(" + plugin + " ...) has no SOURCES.");
  std::vector<Span> sources;
  for (auto it = at + 1; it != tokens.end() && !keyword(it->text); ++it) sources.push_back(*it);
  std::vector<std::string> names;
  for (const Span& s : sources) names.push_back(s.text);
  if (std::find(names.begin(), names.end(), source) != names.end())
    throw edit_error(file, source + " đã có trong SOURCES.", source + " is already in SOURCES.");
  names.push_back(source);
  std::sort(names.begin(), names.end());
  if (sources.empty()) return text.substr(0, at->end) + " " + source + text.substr(at->end);
  const bool one_per_line = text.substr(at->end, sources.front().begin - at->end).find('\n') != std::string::npos;
  const std::string sep = one_per_line ? "\n" + indent_before(text, sources.front().begin) : " ";
  return text.substr(0, sources.front().begin) + join(names, sep) + text.substr(sources.back().end);
}

}  // namespace kiemtra::core::scaffold
