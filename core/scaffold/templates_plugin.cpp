// The plugin project `kiemtra new-plugin NAME DIR` writes: CMake, registration, one example rule and its fixtures.
#include <algorithm>
#include <string>

#include "kiemtra/version.hpp"
#include "scaffold/names.hpp"
#include "scaffold/templates.hpp"

namespace kiemtra::core::scaffold {

namespace {

// The example rule's texts: one place for both its source and its generated doc page.
const char* const kTitleVi = "Đảng viên chưa có giá trị ở cột riêng của tỉnh";
const char* const kTitleEn = "Member with no value in the province's own column";
const char* const kDescriptionVi =
    "Cột `column` của members.csv (một cột mà hợp đồng dữ liệu không có, ví dụ so_dien_thoai) phải có giá trị ở "
    "mọi đảng viên. Mỗi đảng viên để trống cột là một phát hiện; nếu tệp không có cột đó, một phát hiện trên tổ "
    "chức gốc.";
const char* const kDescriptionEn =
    "The members.csv column `column` (one the dataset contract does not name, e.g. so_dien_thoai) must hold a "
    "value for every member. Each member leaving it empty is a finding; when the file has no such column, one "
    "finding on the root organization.";
const char* const kParamVi = "Tiêu đề của cột trong members.csv";
const char* const kParamEn = "Header of the column in members.csv";
const char* const kDocument = "Hướng dẫn của Tỉnh ủy (thay bằng văn bản của tỉnh)";
const char* const kArticle = "mục 1";
// Its messages: the column missing from the file, or a member's value missing.
const char* const kNoColumnVi = "Tệp members.csv không có cột '{column}'";
const char* const kNoColumnEn = "members.csv has no column '{column}'";
const char* const kEmptyVi = "{_member} chưa có giá trị ở cột '{column}'";
const char* const kEmptyEn = "{_member} has no value in the column '{column}'";

const char* const kCMake =
    R"(# The @PLUGIN@ rule plugin for kiemtra, built against the installed kiemtra SDK (docs/writing-plugins.md).
cmake_minimum_required(VERSION 3.25)
project(kiemtra-@PLUGIN@ VERSION 1.0.0 LANGUAGES CXX)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE RelWithDebInfo)
endif()

# kiemtra's prefix, when not /usr or /usr/local: cmake -S . -B build -DCMAKE_PREFIX_PATH=<prefix>
find_package(kiemtra-sdk @SDK_VERSION@ REQUIRED)
enable_testing()

# build/kiemtra_@PLUGIN@.so; `ctest --test-dir build` runs kiemtra test-rules on tests/ with it.
# `kiemtra new-rule @PLUGIN@/NAME` adds a rule's source here, sorted.
kiemtra_add_plugin(@PLUGIN@ SOURCES
  @SOURCES@
  FIXTURES tests)
)";

const char* const kRegistration =
    R"(// Registration of the @PLUGIN@ plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "member_required_column_rule.hpp"

using namespace kiemtra::plugins::@NAMESPACE@;

// One line per rule, sorted (`kiemtra new-rule @PLUGIN@/NAME` keeps it so).
// clang-format off
KIEMTRA_PLUGIN("@PLUGIN@", "1.0.0",
               kiemtra::rule<MemberRequiredColumnRule>())
// clang-format on
)";

const char* const kRuleHpp =
    R"(// @PLUGIN@/member-required-column: a member with no value in a column only this province's export has.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::@NAMESPACE@ {

/// Every member has a value in the members.csv column named by the parameter `column`.
class MemberRequiredColumnRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::@NAMESPACE@
)";

const char* const kRuleCpp =
    R"(// @PLUGIN@/member-required-column: members leaving the province's own column empty, or no such column.
#include "member_required_column_rule.hpp"

namespace kiemtra::plugins::@NAMESPACE@ {

RuleMeta MemberRequiredColumnRule::metadata() {
  RuleMeta m;
  m.id = "@PLUGIN@/member-required-column";
  m.title_vi = @TITLE_VI@;
  m.title_en = @TITLE_EN@;
  m.description_vi =@DESCRIPTION_VI@;
  m.description_en =@DESCRIPTION_EN@;
  m.default_severity = Severity::warning;
  m.params.push_back(param_string("column", "so_dien_thoai", @PARAM_VI@,
                                  @PARAM_EN@));
  m.editions.push_back({Date{}, {@DOCUMENT@, @ARTICLE@}, {}});
  // What its findings say: a key, the arguments in the order `say` passes them, and the sentence in Vietnamese
  // and English, where {name} is an argument as each language writes it. `column` is also the finding's
  // evidence; `_member`, whose name starts with an underscore, is only in the sentence: Member NAME (ID).
  m.messages = {
      {"no-column", {"column"}, @NO_COLUMN_VI@, @NO_COLUMN_EN@},
      {"empty",
       {"_member", "column"},
       @EMPTY_VI@,
       @EMPTY_EN@}};
  return m;
}

void MemberRequiredColumnRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::string& column = ctx.current().string("column");  // the edition in force at the as-of date
  if (data.members.empty()) return;
  // Columns the contract does not name reach plugins by their header: Table::extra_column(header), looked up once,
  // is false when the file has no such column, and values(row) is the value in a row.
  const auto values = data.members.extra_column(column);
  if (!values) {
    // One finding on the dataset's root organization.
    out.emit(about_org(ctx, data.root).say("no-column", {column}).with_discriminator(column));
    return;
  }
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    if (!values(i).empty()) continue;
    // A member's finding: its subject is the member, its organization the member's cell.
    out.emit(about_member(ctx, i).say("empty", {member(i), column}).with_discriminator(column));
  }
}

}  // namespace kiemtra::plugins::@NAMESPACE@
)";

const char* const kOrganizations = R"(organizations:
  - {id: HU, parent_id: "", name: Huyện ủy Mẫu, kind: cap_tren_co_so}
  - {id: CB01, parent_id: HU, name: Chi bộ Thôn 1, kind: chi_bo_co_so}
)";

const char* const kFiresData =
    R"(# Two of three members leave so_dien_thoai empty (DV03's row does not even have the key).
name: Đảng bộ Mẫu
as_of: 2024-06-30
@ORGANIZATIONS@members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-03-01, status: chinh_thuc, admitted_on: 2000-05-19, official_on: 2001-05-19, so_dien_thoai: "0912345678"}
  - {id: DV02, org_id: CB01, full_name: Trần Thị Bình, gender: nu, birth_date: 1975-04-02, status: chinh_thuc, admitted_on: 2005-09-02, official_on: 2006-09-02, so_dien_thoai: ""}
  - {id: DV03, org_id: CB01, full_name: Lê Văn Cường, gender: nam, birth_date: 1980-05-03, status: chinh_thuc, admitted_on: 2010-02-03, official_on: 2011-02-03}
)";

const char* const kFiresExpected = R"(findings:
  - {rule: @PLUGIN@/member-required-column, severity: warning, org: CB01, subject: DV02}
  - {rule: @PLUGIN@/member-required-column, severity: warning, org: CB01, subject: DV03}
)";

const char* const kNoColumnData = R"(# No member row has so_dien_thoai: the export lacks the column.
name: Đảng bộ Mẫu
as_of: 2024-06-30
@ORGANIZATIONS@members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-03-01, status: chinh_thuc, admitted_on: 2000-05-19, official_on: 2001-05-19}
)";

const char* const kNoColumnExpected = R"(findings:
  - {rule: @PLUGIN@/member-required-column, severity: warning, org: HU, subject: HU}
)";

const char* const kPassesData = R"(# Every member has a phone number in so_dien_thoai.
name: Đảng bộ Mẫu
as_of: 2024-06-30
@ORGANIZATIONS@members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-03-01, status: chinh_thuc, admitted_on: 2000-05-19, official_on: 2001-05-19, so_dien_thoai: "0912345678"}
  - {id: DV02, org_id: CB01, full_name: Trần Thị Bình, gender: nu, birth_date: 1975-04-02, status: chinh_thuc, admitted_on: 2005-09-02, official_on: 2006-09-02, so_dien_thoai: "0987654321"}
)";

const char* const kReadme = R"(# The @PLUGIN@ rule plugin for kiemtra

Written by `kiemtra new-plugin`. The guide is `docs/writing-plugins.md` of kiemtra's documentation (installed under
`<prefix>/share/doc/kiemtra/`).

```sh
cmake -S . -B build -DCMAKE_PREFIX_PATH=<kiemtra's prefix>   # not needed when kiemtra is in /usr or /usr/local
cmake --build build
ctest --test-dir build --output-on-failure                   # = kiemtra test-rules tests --plugins build/kiemtra_@PLUGIN@.so
kiemtra validate DATASET --plugins build                       # run the rules on a dataset
kiemtra new-rule @PLUGIN@/another-rule                         # add a rule: source, registration, fixtures, doc
kiemtra rules docs docs --plugins build --rules '@PLUGIN@/*' --fixtures tests   # regenerate docs/
cmake --install build --prefix <kiemtra's prefix>             # into kiemtra's built-in plugin folder
```

| path | what it holds |
| --- | --- |
| `src/@PLUGIN_SNAKE@_plugin.cpp` | the registration: one `kiemtra::rule<...>()` per rule, sorted |
| `src/<name>_rule.{hpp,cpp}` | one rule each: its metadata and its check |
| `tests/@PLUGIN@/<name>/<case>/` | fixtures: `dataset.yaml` and the findings it must give in `expected.yaml` |
| `docs/` | one page per rule, generated from the metadata and the fixtures |
)";

}  // namespace

RuleMeta example_meta(const std::string& plugin) {
  RuleMeta m;
  m.id = plugin + "/member-required-column";
  m.title_vi = kTitleVi;
  m.title_en = kTitleEn;
  m.description_vi = kDescriptionVi;
  m.description_en = kDescriptionEn;
  m.default_severity = Severity::warning;
  m.params.push_back(param_string("column", "so_dien_thoai", kParamVi, kParamEn));
  m.editions.push_back({Date{}, {kDocument, kArticle}, {}});
  m.messages = {{"no-column", {"column"}, kNoColumnVi, kNoColumnEn},
                {"empty", {"_member", "column"}, kEmptyVi, kEmptyEn}};
  return m;
}

Files plugin_project(const std::string& plugin) {
  std::vector<std::string> sources = {"src/member_required_column_rule.cpp", "src/" + snake(plugin) + "_plugin.cpp"};
  std::sort(sources.begin(), sources.end());
  const std::vector<std::pair<std::string, std::string>> values = {
      {"PLUGIN", plugin},
      {"PLUGIN_SNAKE", snake(plugin)},
      {"NAMESPACE", snake(plugin)},
      {"SOURCES", sources[0] + "\n  " + sources[1]},
      {"ORGANIZATIONS", kOrganizations},
      {"TITLE_VI", cpp_string(kTitleVi)},
      {"TITLE_EN", cpp_string(kTitleEn)},
      {"DESCRIPTION_VI", cpp_string_lines(kDescriptionVi, 6)},
      {"DESCRIPTION_EN", cpp_string_lines(kDescriptionEn, 6)},
      {"PARAM_VI", cpp_string(kParamVi)},
      {"PARAM_EN", cpp_string(kParamEn)},
      {"DOCUMENT", cpp_string(kDocument)},
      {"ARTICLE", cpp_string(kArticle)},
      {"NO_COLUMN_VI", cpp_string(kNoColumnVi)},
      {"NO_COLUMN_EN", cpp_string(kNoColumnEn)},
      {"EMPTY_VI", cpp_string(kEmptyVi)},
      {"EMPTY_EN", cpp_string(kEmptyEn)},
      {"SDK_VERSION", std::to_string(KIEMTRA_SDK_VERSION_MAJOR) + "." + std::to_string(KIEMTRA_SDK_VERSION_MINOR)},
  };
  const std::string tests = "tests/" + plugin + "/member-required-column/";
  return {
      {"CMakeLists.txt", fill(kCMake, values)},
      {"README.md", fill(kReadme, values)},
      {".gitignore", "/build*/\n"},
      {"src/" + snake(plugin) + "_plugin.cpp", fill(kRegistration, values)},
      {"src/member_required_column_rule.hpp", fill(kRuleHpp, values)},
      {"src/member_required_column_rule.cpp", fill(kRuleCpp, values)},
      {tests + "fires-empty-value/dataset.yaml", fill(kFiresData, values)},
      {tests + "fires-empty-value/expected.yaml", fill(kFiresExpected, values)},
      {tests + "fires-no-such-column/dataset.yaml", fill(kNoColumnData, values)},
      {tests + "fires-no-such-column/expected.yaml", fill(kNoColumnExpected, values)},
      {tests + "passes-every-value-filled/dataset.yaml", fill(kPassesData, values)},
      {tests + "passes-every-value-filled/expected.yaml", "findings: []\n"},
  };
}

}  // namespace kiemtra::core::scaffold
