// `kiemtra new-rule --sql FAMILY/NAME`: a rule file holding a working query, and two fixtures that pass with it.
#include <fmt/format.h>

#include "scaffold/files.hpp"
#include "scaffold/scaffold.hpp"
#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace fs = std::filesystem;

namespace {

constexpr const char* kRule = R"(# {id}: written in SQL (docs/sql-rules.md). The example below fires for a cell with fewer members
# than min_members; replace the titles, the message and the query with your rule's, and the fixtures beside it.
id: {id}
title:
  vi: TODO tên quy tắc
  en: TODO rule title
description:
  vi: TODO quy tắc kiểm tra điều gì, theo văn bản nào.
  en: TODO what the rule checks, under which regulation.
severity: {severity}
subject: organization
params:
  min_members:
    type: integer
    default: 3
    vi: Số đảng viên tối thiểu
    en: The minimum number of members
editions:
  - document: TODO văn bản quy định
    article: TODO điều, khoản
message:
  vi: "{{organization}} có {{members}} đảng viên, ít hơn {{min_members}}."
  en: "{{organization}} has {{members}} members, fewer than {{min_members}}."
  types: {{organization: organization}}
query: |
  SELECT o.id                 AS subject_id,
         o.id                 AS organization,
         count(m.id)          AS members,
         param('min_members') AS min_members
  FROM organizations AS o
  LEFT JOIN members AS m ON m.org_id = o.id
  WHERE o.is_cell = 1 AND o.exists_at_as_of = 1
  GROUP BY o.id
  HAVING count(m.id) < param('min_members')
)";

constexpr const char* kDataset = R"(# {what}
name: Đảng bộ Mẫu
as_of: 2024-06-30
organizations:
  - {{id: DB01, parent_id: "", name: Đảng bộ Mẫu, kind: dang_bo_co_so}}
  - {{id: CB01, parent_id: DB01, name: Chi bộ 1, kind: chi_bo_truc_thuoc}}
members:
{members})";

std::string member_rows(int n) {
  std::string out;
  for (int i = 1; i <= n; ++i)
    out += fmt::format("  - {{id: DV0{}, org_id: CB01, full_name: Đảng viên {}, gender: nam, birth_date: 1980-01-0{}, "
                       "status: chinh_thuc, admitted_on: 2010-01-0{}, official_on: 2011-01-0{}}}\n",
                       i, i, i, i, i);
  return out;
}

}  // namespace

std::vector<fs::path> new_sql_rule(const fs::path& dir, const std::string& family, const std::string& name,
                                   Severity severity) {
  const std::string id = family + "/" + name;
  const fs::path rule = dir / family / (name + ".rule.yaml");
  const fs::path fixtures = dir / family / name;
  std::error_code ec;
  for (const fs::path& p : {rule, fixtures})
    if (fs::exists(p, ec))
      throw UserError({"Quy tắc " + id + " đã có: " + p.string() + " đã tồn tại.",
                       "The rule " + id + " exists already: " + p.string() + " is there."});
  const std::string sev = std::string(code(severity));
  std::vector<fs::path> written;
  auto put = [&](const fs::path& p, const std::string& text) {
    write_text(p, text);
    written.push_back(p);
  };
  put(rule, fmt::format(fmt::runtime(kRule), fmt::arg("id", id), fmt::arg("severity", sev)));
  put(fixtures / "fires-example" / "dataset.yaml",
      fmt::format(fmt::runtime(kDataset), fmt::arg("what", "A cell with one member: the rule fires."),
                  fmt::arg("members", member_rows(1))));
  put(fixtures / "fires-example" / "expected.yaml",
      fmt::format("findings:\n  - {{rule: {}, severity: {}, org: CB01, subject: CB01}}\n", id, sev));
  put(fixtures / "passes-example" / "dataset.yaml",
      fmt::format(fmt::runtime(kDataset), fmt::arg("what", "A cell with three members: the rule stays quiet."),
                  fmt::arg("members", member_rows(3))));
  put(fixtures / "passes-example" / "expected.yaml", "findings: []\n");
  return written;
}

}  // namespace kiemtra::core::scaffold
