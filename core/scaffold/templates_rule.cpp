// The rule stub `kiemtra new-rule` writes: a header, a source, and a firing and a passing fixture to fill in.
#include "scaffold/names.hpp"
#include "scaffold/templates.hpp"

namespace kiemtra::core::scaffold {

std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string token = "@" + key + "@";
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size()))
      text.replace(at, token.size(), value);
  }
  return text;
}

std::string cpp_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string cpp_string_lines(const std::string& s, std::size_t indent) {
  constexpr std::size_t kColumns = 120;
  const std::size_t room = kColumns - indent - 3;  // the two quotes, and the ';' or ',' after the last literal
  const auto columns = [](const std::string& t) {  // code points: what an editor shows
    std::size_t n = 0;
    for (unsigned char c : t) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
  };
  std::string out, line;
  std::size_t start = 0;
  while (start < s.size()) {
    // Words keep their following space, so the literals concatenate back to `s`.
    std::size_t end = s.find(' ', start);
    end = end == std::string::npos ? s.size() : end + 1;
    const std::string word = s.substr(start, end - start);
    if (!line.empty() && columns(cpp_string(line + word)) - 2 > room) {
      out += "\n" + std::string(indent, ' ') + cpp_string(line);
      line.clear();
    }
    line += word;
    start = end;
  }
  return out + "\n" + std::string(indent, ' ') + cpp_string(line);
}

namespace {

std::string severity_enum(Severity s) { return "Severity::" + std::string(code(s)); }

struct StubText {
  std::string title_vi = "TODO: tên quy tắc (một dòng)";
  std::string title_en = "TODO: rule title (one line)";
  std::string description_vi = "TODO: quy tắc phát hiện gì, trên đối tượng nào, và khi nào không áp dụng.";
  std::string description_en = "TODO: what the rule finds, on which subject, and when it does not apply.";
  std::string document = "TODO: văn bản quy định (ví dụ: Điều lệ Đảng 2011)";
  std::string article = "TODO: điều, khoản";
  // Its one message: what `say` names, its arguments in the order `say` passes them, its two sentences.
  std::string message_key = "todo";
  std::vector<std::string> message_args = {"_org", "members"};
  std::string message_vi = "TODO: {_org} có {members} đảng viên ...";
  std::string message_en = "TODO: {_org} has {members} {members:member|members} ...";
};

/// `{"a", "b"}`: the argument names as C++ source.
std::string cpp_strings(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + cpp_string(items[i]);
  return out + "}";
}

const char* const kStubHpp = R"(// @ID@: TODO one line saying what this rule finds.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::@NAMESPACE@ {

/// TODO: the requirement this rule checks, in one sentence.
class @CLASS@ final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::@NAMESPACE@
)";

const char* const kStubCpp = R"(// @ID@: TODO one line saying what this rule finds and when.
#include "@STEM@.hpp"

namespace kiemtra::plugins::@NAMESPACE@ {

RuleMeta @CLASS@::metadata() {
  RuleMeta m;
  m.id = "@ID@";
  m.title_vi = @TITLE_VI@;
  m.title_en = @TITLE_EN@;
  m.description_vi = @DESCRIPTION_VI@;
  m.description_en = @DESCRIPTION_EN@;
  m.default_severity = @SEVERITY@;
  // Parameters a profile may change, e.g.:
  // m.params.push_back(param_int("min_members", 3, "Số đảng viên tối thiểu", "Minimum number of members"));
  // The regulation editions, oldest first; a later edition lists only the values that differ from the defaults.
  m.editions.push_back({Date{}, {@DOCUMENT@, @ARTICLE@}, {}});
  // What its findings say: a key, the arguments in the order `say` passes them, and the sentence in Vietnamese
  // and English. {name} is an argument as each language writes it, {name:one|other} picks a form by the number;
  // every argument whose name does not start with '_' is also the finding's evidence.
  m.messages = {{@MESSAGE_KEY@,
                 @MESSAGE_ARGS@,
                 @MESSAGE_VI@,
                 @MESSAGE_EN@}};
  return m;
}

void @CLASS@::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    if (!org_exists_at(data.organizations[i], ctx.as_of)) continue;  // established and not dissolved
    const std::size_t members = data.members_by_org.of(i).size();    // TODO: the figures that make the finding true
    const bool problem = false;                                      // TODO: the condition this rule reports
    if (!problem) continue;
    // The builder fills the subject, its organization and the citation; `say` names the message and its arguments.
    out.emit(about_org(ctx, i).say(@MESSAGE_KEY@, {organization(i), members}));
  }
}

}  // namespace kiemtra::plugins::@NAMESPACE@
)";

const char* const kStubDataset =
    R"(# TODO: the smallest dataset on which @ID@ must fire (see docs/dataset.md, single-file YAML form).
name: Đảng bộ Mẫu
as_of: 2024-06-30
organizations:
  - {id: HU, parent_id: "", name: Huyện ủy Mẫu, kind: cap_tren_co_so}
  - {id: CB01, parent_id: HU, name: Chi bộ Thôn 1, kind: chi_bo_co_so}
members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-03-01, status: chinh_thuc, admitted_on: 2000-05-19, official_on: 2001-05-19}
  - {id: DV02, org_id: CB01, full_name: Trần Thị Bình, gender: nu, birth_date: 1975-04-02, status: chinh_thuc, admitted_on: 2005-09-02, official_on: 2006-09-02}
  - {id: DV03, org_id: CB01, full_name: Lê Văn Cường, gender: nam, birth_date: 1980-05-03, status: chinh_thuc, admitted_on: 2010-02-03, official_on: 2011-02-03}
)";

const char* const kStubFires = R"(# TODO: exactly the findings @ID@ must report on dataset.yaml (any order).
findings:
  - {rule: @ID@, severity: @SEVERITY_CODE@, org: CB01, subject: CB01}
)";

const char* const kStubPasses =
    R"(# @ID@ must report nothing on dataset.yaml: TODO make it the closest case that passes.
findings: []
)";

}  // namespace

RuleMeta stub_meta(const std::string& family, const std::string& name, Severity severity) {
  const StubText t;
  RuleMeta m;
  m.id = family + "/" + name;
  m.title_vi = t.title_vi;
  m.title_en = t.title_en;
  m.description_vi = t.description_vi;
  m.description_en = t.description_en;
  m.default_severity = severity;
  m.editions.push_back({Date{}, {t.document, t.article}, {}});
  m.messages = {{t.message_key, t.message_args, t.message_vi, t.message_en}};
  return m;
}

Files rule_stub(const std::string& family, const std::string& name, Severity severity) {
  const StubText t;
  const std::vector<std::pair<std::string, std::string>> values = {
      {"ID", family + "/" + name},
      {"NAMESPACE", snake(family)},
      {"CLASS", rule_class(name)},
      {"STEM", rule_stem(name)},
      {"SEVERITY", severity_enum(severity)},
      {"TITLE_VI", cpp_string(t.title_vi)},
      {"TITLE_EN", cpp_string(t.title_en)},
      {"DESCRIPTION_VI", cpp_string(t.description_vi)},
      {"DESCRIPTION_EN", cpp_string(t.description_en)},
      {"DOCUMENT", cpp_string(t.document)},
      {"ARTICLE", cpp_string(t.article)},
      {"MESSAGE_KEY", cpp_string(t.message_key)},
      {"MESSAGE_ARGS", cpp_strings(t.message_args)},
      {"MESSAGE_VI", cpp_string(t.message_vi)},
      {"MESSAGE_EN", cpp_string(t.message_en)},
  };
  return {{rule_stem(name) + ".hpp", fill(kStubHpp, values)}, {rule_stem(name) + ".cpp", fill(kStubCpp, values)}};
}

Files fixture_stubs(const std::string& family, const std::string& name, Severity severity) {
  const std::vector<std::pair<std::string, std::string>> values = {{"ID", family + "/" + name},
                                                                   {"SEVERITY_CODE", std::string(code(severity))}};
  const std::string dataset = fill(kStubDataset, values);
  return {{"fires-example/dataset.yaml", dataset},
          {"fires-example/expected.yaml", fill(kStubFires, values)},
          {"passes-example/dataset.yaml", dataset},
          {"passes-example/expected.yaml", fill(kStubPasses, values)}};
}

}  // namespace kiemtra::core::scaffold
