// Reads *.rule.yaml files: every key checked, every problem located at the file's line and column.
#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "rule_spec.hpp"
#include "util/name_match.hpp"

namespace kiemtra::plugins::sql {

namespace {

using core::did_you_mean;

/// Problems of one file, in both languages.
class Reader {
 public:
  Reader(std::string file, std::vector<SourceProblem>& out) : file_(std::move(file)), out_(out) {}

  void problem(const YAML::Node& at, const std::string& vi, const std::string& en) {
    const YAML::Mark m = at.Mark();
    out_.push_back({file_, static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1), vi, en});
    failed_ = true;
  }
  const std::string& file() const { return file_; }
  bool failed() const { return failed_; }
  void reset() { failed_ = false; }

  /// Refuses keys of `map` not in `allowed`, suggesting the closest.
  void only(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& what) {
    for (auto it = map.begin(); it != map.end(); ++it) {
      const std::string k = it->first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
      const auto hint = did_you_mean(k, allowed);
      problem(it->first, fmt::format("khóa '{}' không dùng trong {}{}", k, what.empty() ? "quy tắc SQL" : what, hint.vi),
              fmt::format("unknown key '{}' in {}{}", k, what.empty() ? "an SQL rule" : what, hint.en));
    }
  }

  /// A text, or a {vi, en} pair; `both` requires both languages.
  std::pair<std::string, std::string> bilingual(const YAML::Node& n, const std::string& key) {
    if (!n || !n.IsMap() || !n["vi"] || !n["en"] || !n["vi"].IsScalar() || !n["en"].IsScalar()) {
      problem(n ? n : YAML::Node(), fmt::format("'{}' cần hai khóa vi và en (tiếng Việt và tiếng Anh)", key),
              fmt::format("'{}' needs the two keys vi and en (Vietnamese and English)", key));
      return {};
    }
    only(n, {"vi", "en"}, "'" + key + "'");
    return {n["vi"].Scalar(), n["en"].Scalar()};
  }

 private:
  std::string file_;
  std::vector<SourceProblem>& out_;
  bool failed_ = false;
};

std::optional<ParamType> param_type_named(const std::string& s) {
  static const std::pair<const char*, ParamType> kTypes[] = {
      {"boolean", ParamType::boolean},          {"integer", ParamType::integer},
      {"number", ParamType::number},            {"string", ParamType::string},
      {"date", ParamType::date},                {"integer_list", ParamType::integer_list},
      {"string_list", ParamType::string_list}, {"number_map", ParamType::number_map}};
  for (const auto& [name, t] : kTypes)
    if (s == name) return t;
  return std::nullopt;
}

/// A parameter value of type `t`; nullopt when `n` is not one.
std::optional<ParamValue> param_value(const YAML::Node& n, ParamType t) {
  try {
    switch (t) {
      case ParamType::boolean: return ParamValue(n.as<bool>());
      case ParamType::integer: return ParamValue(n.as<std::int64_t>());
      case ParamType::number: return ParamValue(n.as<double>());
      case ParamType::string:
        if (!n.IsScalar()) return std::nullopt;
        return ParamValue(n.Scalar());
      case ParamType::date: {
        const Date d = Date::parse(n.Scalar());
        if (!n.IsScalar() || !d.valid()) return std::nullopt;
        return ParamValue(d);
      }
      case ParamType::integer_list: return ParamValue(n.as<std::vector<std::int64_t>>());
      case ParamType::string_list: return ParamValue(n.as<std::vector<std::string>>());
      case ParamType::number_map: {
        if (!n.IsMap()) return std::nullopt;
        NumberMap m;
        for (auto it = n.begin(); it != n.end(); ++it) m.emplace_back(it->first.Scalar(), it->second.as<double>());
        return ParamValue(std::move(m));
      }
    }
  } catch (const YAML::Exception&) {
  }
  return std::nullopt;
}

std::optional<ArgType> arg_type_named(const std::string& s) {
  static const std::pair<const char*, ArgKind> kKinds[] = {
      {"text", ArgKind::text},       {"integer", ArgKind::integer},         {"number", ArgKind::number},
      {"date", ArgKind::date},       {"month", ArgKind::month},             {"money", ArgKind::money},
      {"member", ArgKind::member},   {"member_name", ArgKind::member_name}, {"organization", ArgKind::organization}};
  for (const auto& [name, k] : kKinds)
    if (s == name) return ArgType{k, 1};
  // number(N): N digits after the point
  if (s.size() == 9 && s.starts_with("number(") && s[7] >= '0' && s[7] <= '9' && s[8] == ')')
    return ArgType{ArgKind::number, s[7] - '0'};
  return std::nullopt;
}

/// The argument names a format uses, in order of first use: `{name}` and `{name:one|other}`; `{{` is a brace.
void format_args(const std::string& f, std::vector<std::string>& names) {
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '{' && i + 1 < f.size() && f[i + 1] == '{') {
      ++i;
      continue;
    }
    if (f[i] != '{') continue;
    const std::size_t end = f.find_first_of(":}", i + 1);
    if (end == std::string::npos) return;
    const std::string name = f.substr(i + 1, end - i - 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    i = end;
  }
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::string rtrim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

std::uint32_t chars(std::string_view s) {
  std::uint32_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

/// Where each line of the query starts in the file: a block scalar's lines are the file's lines after its key,
/// indented. Lines found in order; a query written in a form that changes its text (folded, quoted) falls back to
/// the key's place.
std::vector<Place> locate_lines(const std::vector<std::string>& file_lines, const std::string& query, Place key) {
  std::vector<Place> out;
  std::size_t cursor = key.line - 1;
  const std::vector<std::string> qlines = split_lines(query);
  for (const std::string& raw : qlines) {
    const std::string q = rtrim(raw);
    if (q.empty()) {
      out.push_back({static_cast<std::uint32_t>(cursor + 1), 1});
      ++cursor;
      continue;
    }
    bool found = false;
    for (std::size_t l = cursor; l < file_lines.size() && l < cursor + 3; ++l) {
      const std::string fl = rtrim(file_lines[l]);
      if (fl.size() >= q.size() && fl.compare(fl.size() - q.size(), q.size(), q) == 0) {
        out.push_back({static_cast<std::uint32_t>(l + 1), chars(std::string_view(fl).substr(0, fl.size() - q.size())) + 1});
        cursor = l + 1;
        found = true;
        break;
      }
    }
    if (!found) return std::vector<Place>(qlines.size(), key);
  }
  return out;
}

const std::vector<std::string> kRuleKeys = {"id",       "title",     "description", "severity", "params",
                                            "editions", "messages",  "message",     "subject",  "query",
                                            "max_rows"};

void read_params(Reader& r, const YAML::Node& n, RuleMeta& meta) {
  if (!n) return;
  if (!n.IsMap()) return r.problem(n, "'params' là một bảng: tên tham số -> {type, default, vi, en}",
                                   "'params' is a map: parameter name -> {type, default, vi, en}");
  for (auto it = n.begin(); it != n.end(); ++it) {
    const std::string name = it->first.Scalar();
    const YAML::Node p = it->second;
    if (!p.IsMap() || !p["type"] || !p["default"]) {
      r.problem(it->first, fmt::format("tham số '{}' cần type và default", name),
                fmt::format("the parameter '{}' needs a type and a default", name));
      continue;
    }
    r.only(p, {"type", "default", "vi", "en"}, fmt::format("parameter '{}'", name));
    const auto type = param_type_named(p["type"].Scalar());
    if (!type) {
      const auto hint = did_you_mean(p["type"].Scalar(), {"boolean", "integer", "number", "string", "date",
                                                          "integer_list", "string_list", "number_map"});
      r.problem(p["type"], fmt::format("kiểu tham số không biết: '{}'{}", p["type"].Scalar(), hint.vi),
                fmt::format("unknown parameter type '{}'{}", p["type"].Scalar(), hint.en));
      continue;
    }
    const auto value = param_value(p["default"], *type);
    if (!value) {
      r.problem(p["default"], fmt::format("giá trị mặc định của '{}' không phải kiểu {}", name, type_name(*type)),
                fmt::format("the default of '{}' is not of type {}", name, type_name(*type)));
      continue;
    }
    meta.params.push_back({name, *type, *value, p["vi"] ? p["vi"].Scalar() : "", p["en"] ? p["en"].Scalar() : ""});
  }
}

void read_editions(Reader& r, const YAML::Node& n, const YAML::Node& rule, RuleMeta& meta) {
  if (!n || !n.IsSequence() || n.size() == 0)
    return r.problem(n ? n : rule,
                     "quy tắc cần 'editions': ít nhất một phiên bản quy định với document (văn bản) và article (điều)",
                     "the rule needs 'editions': at least one regulation edition with its document and article");
  for (const YAML::Node& e : n) {
    if (!e.IsMap() || !e["document"]) {
      r.problem(e, "mỗi phiên bản cần 'document': văn bản quy định nó", "each edition needs 'document': its regulation");
      continue;
    }
    r.only(e, {"from", "document", "article", "values"}, "an edition");
    Edition ed;
    if (e["from"]) {
      ed.from = Date::parse(e["from"].Scalar());
      if (!ed.from.valid())
        r.problem(e["from"], "'from' không phải ngày (2019-09-30)", "'from' is not a date (2019-09-30)");
    }
    ed.citation = {e["document"].Scalar(), e["article"] ? e["article"].Scalar() : ""};
    if (const YAML::Node v = e["values"]) {
      for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string name = it->first.Scalar();
        const auto spec = std::find_if(meta.params.begin(), meta.params.end(),
                                       [&](const ParamSpec& p) { return p.name == name; });
        if (spec == meta.params.end()) {
          std::vector<std::string> names;
          for (const auto& p : meta.params) names.push_back(p.name);
          const auto hint = did_you_mean(name, names);
          r.problem(it->first, fmt::format("tham số '{}' chưa khai báo trong params{}", name, hint.vi),
                    fmt::format("the parameter '{}' is not declared in params{}", name, hint.en));
          continue;
        }
        const auto value = param_value(it->second, spec->type);
        if (!value) {
          r.problem(it->second, fmt::format("giá trị của '{}' không phải kiểu {}", name, type_name(spec->type)),
                    fmt::format("the value of '{}' is not of type {}", name, type_name(spec->type)));
          continue;
        }
        ed.values.emplace_back(name, *value);
      }
    }
    meta.editions.push_back(std::move(ed));
  }
}

void read_message(Reader& r, const std::string& key, const YAML::Node& m, SqlRuleSpec& spec) {
  if (!m.IsMap()) return r.problem(m, "một thông điệp là {vi, en, types}", "a message is {vi, en, types}");
  r.only(m, {"vi", "en", "types"}, fmt::format("message '{}'", key));
  if (!m["vi"] || !m["en"])
    return r.problem(m, fmt::format("thông điệp '{}' cần vi và en", key),
                     fmt::format("the message '{}' needs vi and en", key));
  MessageSpec ms{key, {}, m["vi"].Scalar(), m["en"].Scalar()};
  format_args(ms.vi, ms.args);
  format_args(ms.en, ms.args);
  if (const YAML::Node types = m["types"]) {
    for (auto it = types.begin(); it != types.end(); ++it) {
      const std::string arg = it->first.Scalar();
      const auto t = arg_type_named(it->second.Scalar());
      if (!t) {
        const auto hint = did_you_mean(it->second.Scalar(), {"text", "integer", "number", "date", "month", "money",
                                                             "member", "member_name", "organization"});
        r.problem(it->second, fmt::format("kiểu đối số không biết: '{}'{}", it->second.Scalar(), hint.vi),
                  fmt::format("unknown argument type '{}'{}", it->second.Scalar(), hint.en));
        continue;
      }
      if (std::find(ms.args.begin(), ms.args.end(), arg) == ms.args.end()) {
        const auto hint = did_you_mean(arg, ms.args);
        r.problem(it->first, fmt::format("thông điệp '{}' không dùng đối số '{}'{}", key, arg, hint.vi),
                  fmt::format("the message '{}' does not use an argument '{}'{}", key, arg, hint.en));
        continue;
      }
      spec.arg_types[key][arg] = *t;
    }
  }
  spec.meta.messages.push_back(std::move(ms));
}

void read_rule(Reader& r, const YAML::Node& n, const std::vector<std::string>& file_lines,
               std::vector<SqlRuleSpec>& out) {
  r.reset();
  if (!n.IsMap()) return r.problem(n, "một quy tắc SQL là một bảng (map)", "an SQL rule is a map");
  r.only(n, kRuleKeys, "");
  SqlRuleSpec spec;
  spec.file = r.file();
  spec.at = {static_cast<std::uint32_t>(n.Mark().line + 1), static_cast<std::uint32_t>(n.Mark().column + 1)};
  for (const char* required : {"id", "title", "description", "query"})
    if (!n[required])
      r.problem(n, fmt::format("quy tắc SQL thiếu khóa '{}'", required),
                fmt::format("the SQL rule has no '{}'", required));
  if (r.failed()) return;
  spec.meta.id = n["id"].Scalar();
  std::tie(spec.meta.title_vi, spec.meta.title_en) = r.bilingual(n["title"], "title");
  std::tie(spec.meta.description_vi, spec.meta.description_en) = r.bilingual(n["description"], "description");
  if (const YAML::Node s = n["severity"]) {
    const std::string& v = s.Scalar();
    if (v == "error") spec.meta.default_severity = Severity::error;
    else if (v == "warning") spec.meta.default_severity = Severity::warning;
    else if (v == "info") spec.meta.default_severity = Severity::info;
    else r.problem(s, "severity là error, warning hoặc info", "severity is error, warning or info");
  }
  read_params(r, n["params"], spec.meta);
  read_editions(r, n["editions"], n, spec.meta);
  if (n["message"] && n["messages"])
    r.problem(n["message"], "dùng 'message' (một thông điệp) hoặc 'messages', không dùng cả hai",
              "use 'message' (one message) or 'messages', not both");
  else if (n["message"])
    read_message(r, "finding", n["message"], spec);
  else if (const YAML::Node ms = n["messages"]; ms && ms.IsMap() && ms.size() > 0)
    for (auto it = ms.begin(); it != ms.end(); ++it) read_message(r, it->first.Scalar(), it->second, spec);
  else
    r.problem(n, "quy tắc cần 'message: {vi, en}' hoặc 'messages: {khóa: {vi, en}}'",
              "the rule needs 'message: {vi, en}' or 'messages: {key: {vi, en}}'");
  for (const auto& m : spec.meta.messages)
    if (m.key == kRowLimitMessage)
      r.problem(n["messages"], fmt::format("'{}' là thông điệp riêng của kiemtra", kRowLimitMessage),
                fmt::format("'{}' is kiemtra's own message", kRowLimitMessage));
  spec.meta.messages.push_back(
      {kRowLimitMessage,
       {"limit"},
       "Truy vấn của quy tắc trả về hơn {limit} dòng: chỉ {limit} phát hiện đầu tiên được báo cáo; hãy thu hẹp "
       "truy vấn, hoặc nâng max_rows của quy tắc.",
       "The rule's query returned more than {limit} rows: only the first {limit} findings are reported; narrow "
       "the query, or raise the rule's max_rows."});
  if (const YAML::Node s = n["subject"]) {
    spec.subject = subject_kind_named(s.Scalar());
    if (!spec.subject) {
      const auto hint = did_you_mean(s.Scalar(), {"organization", "member", "candidate", "payment", "committee_seat",
                                                  "transfer", "event"});
      r.problem(s, fmt::format("loại đối tượng không biết: '{}'{}", s.Scalar(), hint.vi),
                fmt::format("unknown subject kind '{}'{}", s.Scalar(), hint.en));
    }
  }
  if (const YAML::Node m = n["max_rows"]) {
    try {
      spec.max_rows = m.as<std::int64_t>();
    } catch (const YAML::Exception&) {
      spec.max_rows = 0;
    }
    if (spec.max_rows < 1)
      r.problem(m, "max_rows là một số nguyên dương", "max_rows is a positive integer");
  }
  const YAML::Node q = n["query"];
  spec.query = q.Scalar();
  // The key's mark is where a problem of the query as a whole is shown; the value's, where its lines start.
  for (auto it = n.begin(); it != n.end(); ++it)
    if (it->first.Scalar() == "query")
      spec.query_at = {static_cast<std::uint32_t>(it->first.Mark().line + 1),
                       static_cast<std::uint32_t>(it->first.Mark().column + 1)};
  spec.query_lines = locate_lines(file_lines, spec.query,
                                  {static_cast<std::uint32_t>(q.Mark().line + 1),
                                   static_cast<std::uint32_t>(q.Mark().column + 1)});
  if (!r.failed()) out.push_back(std::move(spec));
}

}  // namespace

Place SqlRuleSpec::place_of(std::size_t offset) const {
  std::size_t line = 0, start = 0;
  for (std::size_t i = 0; i < offset && i < query.size(); ++i)
    if (query[i] == '\n') {
      ++line;
      start = i + 1;
    }
  if (line >= query_lines.size()) return query_at;
  const Place p = query_lines[line];
  if (p.line == query_at.line && p.column == query_at.column) return p;  // lines not found: the key
  return {p.line, p.column + chars(std::string_view(query).substr(start, std::min(offset, query.size()) - start))};
}

std::optional<SubjectKind> subject_kind_named(std::string_view name) {
  for (SubjectKind k : {SubjectKind::organization, SubjectKind::member, SubjectKind::candidate, SubjectKind::payment,
                        SubjectKind::committee_seat, SubjectKind::transfer, SubjectKind::event})
    if (code(k) == name) return k;
  return std::nullopt;
}

std::vector<SqlRuleSpec> read_rule_file(const std::string& file, std::vector<SourceProblem>& problems) {
  std::vector<SqlRuleSpec> out;
  // A rule file is a small regular file: a FIFO or a device would be waited on, a huge file read whole.
  constexpr std::uintmax_t kMaxBytes = std::uintmax_t{4} << 20;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec) || std::filesystem::file_size(file, ec) > kMaxBytes) {
    problems.push_back({file, 0, 0, "tệp quy tắc SQL phải là một tệp thường, không quá 4 MB",
                        "an SQL rule file must be a regular file of at most 4 MB"});
    return out;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    problems.push_back({file, 0, 0, "không đọc được tệp quy tắc SQL", "cannot read the SQL rule file"});
    return out;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  YAML::Node doc;
  try {
    doc = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    problems.push_back({file, static_cast<std::uint32_t>(e.mark.line + 1), static_cast<std::uint32_t>(e.mark.column + 1),
                        "YAML không hợp lệ: " + e.msg, "invalid YAML: " + e.msg});
    return out;
  }
  const std::vector<std::string> lines = split_lines(text);
  Reader r(file, problems);
  if (doc.IsMap() && doc["rules"] && !doc["id"]) {
    r.only(doc, {"rules"}, "a file of several rules");
    doc = doc["rules"];
  }
  if (doc.IsSequence()) {
    for (const YAML::Node& n : doc) read_rule(r, n, lines, out);
  } else if (doc.IsMap()) {
    read_rule(r, doc, lines, out);
  } else {
    problems.push_back({file, 1, 1, "tệp quy tắc SQL chứa một quy tắc (map) hoặc 'rules:' với danh sách quy tắc",
                        "an SQL rule file holds one rule (a map) or 'rules:' with a list of rules"});
  }
  return out;
}

}  // namespace kiemtra::plugins::sql
