// congress/due: last_congress_on + the term before the as-of date (error), within warn_ahead_months (info), or
// no last_congress_on (warning). The term is the one in force when the last congress was held: a cell elected
// from 1/7/2025 serves the five-year term 294-QĐ/TW pilots, one elected before the two-and-a-half-year term.
#include <algorithm>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// The organization rows whose last_congress_on the reader could not read (integrity/bad-value reports them),
/// sorted, built once per run.
std::vector<std::uint32_t> unreadable_congress_dates(const Dataset& data) {
  std::vector<std::uint32_t> lines;
  for (const ReadIssue& is : data.read_issues)
    if (is.table == TableId::organizations && is.column_name == "last_congress_on") lines.push_back(is.line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

/// The term of an organization of kind `kind` under edition `p`, in months (a cell's with its tolerance).
int term_months(const Edition& p, OrgKind kind) {
  if (kind == OrgKind::chi_bo_truc_thuoc)
    return static_cast<int>(p.integer("cell_term_months") + p.integer("cell_tolerance_months"));
  return static_cast<int>(p.integer("grassroots_term_months"));
}

}  // namespace

RuleMeta DueRule::metadata() {
  RuleMeta m;
  m.id = "congress/due";
  m.title_vi = "Đại hội đến hạn hoặc quá hạn";
  m.title_en = "Congress due or overdue";
  m.description_vi =
      "Xét các chi bộ cơ sở, đảng bộ cơ sở và chi bộ trực thuộc đang hoạt động (không xét đảng bộ bộ phận và cấp "
      "trên cơ sở). Hạn đại hội là ngày đại hội gần nhất (last_congress_on) + grassroots_term_months tháng; với chi "
      "bộ trực thuộc + cell_term_months + cell_tolerance_months tháng (hai lần trong năm năm, được lùi tối đa 6 "
      "tháng khi cấp trên đồng ý). Hạn trước ngày tham chiếu: lỗi (phân biệt: overdue); hạn từ ngày tham chiếu đến "
      "warn_ahead_months tháng sau đó: thông tin (upcoming); không ghi ngày đại hội gần nhất: cảnh báo (missing). "
      "Ngày ghi mà không đọc được, hoặc sau ngày tham chiếu, do integrity/ báo, tổ chức đó không được xét. Nhiệm kỳ "
      "là nhiệm kỳ có hiệu lực tại ngày đại hội gần nhất: từ 01/7/2025 Quy định 294-QĐ/TW thí điểm đại hội chi bộ "
      "5 năm một lần (cell_term_months 60; nguồn: chinhphu.vn 05/6/2025 dẫn 294-QĐ/TW, độ tin cậy vừa-cao); tỉnh "
      "không thí điểm đặt lại cell_term_months 30 cho phiên bản từ 2025-07-01 trong hồ sơ cấu hình.";
  m.description_en =
      "Looks at live chi_bo_co_so, dang_bo_co_so and chi_bo_truc_thuoc (not dang_bo_bo_phan, not the levels above). "
      "The congress is due at the last congress (last_congress_on) + grassroots_term_months months; for a "
      "chi_bo_truc_thuoc + cell_term_months + cell_tolerance_months (twice in five years, up to 6 months later with "
      "the upper committee's consent). Due before the as-of date: error (discriminator overdue); due from the as-of "
      "date to warn_ahead_months months after it: info (upcoming); no last congress date: warning (missing). A date "
      "written but unreadable, or after the as-of date, is integrity/'s to report, and that organization is not "
      "judged. The term is the one in force on the last congress date: from 1/7/2025 Quy định 294-QĐ/TW pilots "
      "one cell congress every 5 years (cell_term_months 60; source: chinhphu.vn of 5/6/2025 citing 294-QĐ/TW, "
      "confidence medium-high); a province outside the pilot sets cell_term_months back to 30 for the edition from "
      "2025-07-01 in its profile.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("grassroots_term_months", 60, "Nhiệm kỳ của tổ chức cơ sở đảng (tháng)",
                               "Term of a grassroots organization (months)"));
  m.params.push_back(param_int("cell_term_months", 30, "Nhiệm kỳ của chi bộ trực thuộc (tháng)",
                               "Term of a subordinate cell (months)"));
  m.params.push_back(param_int("cell_tolerance_months", 6, "Thời gian chi bộ trực thuộc được lùi đại hội (tháng)",
                               "Months a subordinate cell may hold its congress late"));
  m.params.push_back(param_int("warn_ahead_months", 6, "Báo trước khi đại hội đến hạn (tháng)",
                               "Months ahead to report a congress coming due"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 22 (tổ chức cơ sở đảng), Điều 24.3 (chi bộ)"}, {}});
  m.editions.push_back({Date::from_ymd(2025, 7, 1),
                        {"Quy định 294-QĐ/TW (26/5/2025)", "thí điểm đại hội chi bộ 5 năm một lần"},
                        {{"cell_term_months", std::int64_t{60}}}});
  m.messages = {
      {"missing",
       {"_org", "last_congress_on", "term_months"},
       "{_org} không ghi ngày đại hội gần nhất, nên không biết hạn đại hội tiếp theo",
       "{_org} records no last congress date, so its next congress date is unknown"},
      {"overdue",
       {"_org", "last_congress_on", "term_months", "due_on", "months_overdue", "_as_of"},
       "{_org} đại hội lần gần nhất ngày {last_congress_on}; nhiệm kỳ {term_months} tháng nên phải đại hội trước ngày "
       "{due_on}, đã quá hạn {months_overdue} tháng tại ngày {_as_of}",
       "{_org} held its last congress on {last_congress_on}; with a term of {term_months} months the next was due by "
       "{due_on}, {months_overdue} {months_overdue:month|months} overdue at {_as_of}"},
      {"upcoming",
       {"_org", "last_congress_on", "term_months", "due_on", "_ahead"},
       "{_org} đại hội lần gần nhất ngày {last_congress_on}; đại hội tiếp theo đến hạn ngày {due_on}, trong vòng "
       "{_ahead} tháng tới: chuẩn bị đại hội",
       "{_org} held its last congress on {last_congress_on}; the next is due by {due_on}, within the next {_ahead} "
       "{_ahead:month|months}: prepare the congress"}};
  return m;
}

void DueRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto ahead = static_cast<int>(ctx.current().integer("warn_ahead_months"));
  const std::vector<std::uint32_t> unreadable = unreadable_congress_dates(data);
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!(is_grassroots(o.kind) || o.kind == OrgKind::chi_bo_truc_thuoc) || !org_exists_at(o, ctx.as_of)) continue;
    if (!o.last_congress_on.valid()) {
      const int term = term_months(ctx.current(), o.kind);
      if (std::binary_search(unreadable.begin(), unreadable.end(), o.line)) continue;
      out.emit(about_org(ctx, i)
                   .with_severity(Severity::warning)
                   .with_discriminator("missing")
                   .say("missing", {organization(i), "", term}));
      continue;
    }
    if (o.last_congress_on > ctx.as_of) continue;
    // The term the organization was elected for: the edition in force on its last congress date.
    const Date elected = o.last_congress_on;
    const int term = term_months(ctx.params.at(elected), o.kind);
    const Date due = o.last_congress_on.plus_months(term);
    if (due < ctx.as_of) {
      out.emit(about_org(ctx, i, elected)
                   .with_severity(Severity::error)
                   .with_discriminator("overdue")
                   .say("overdue",
                        {organization(i), o.last_congress_on, term, due, full_months(due, ctx.as_of), ctx.as_of}));
    } else if (due <= ctx.as_of.plus_months(ahead)) {
      out.emit(about_org(ctx, i, elected)
                   .with_severity(Severity::info)
                   .with_discriminator("upcoming")
                   .say("upcoming", {organization(i), o.last_congress_on, term, due, ahead}));
    }
  }
}

}  // namespace kiemtra::plugins::congress
