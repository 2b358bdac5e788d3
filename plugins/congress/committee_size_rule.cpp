// congress/committee-size: more planned seats than the cap of a cell (by its official members) or a grassroots
// committee.
#include "committee_size_rule.hpp"

#include <fmt/format.h>

#include "congress_common.hpp"

namespace kiemtra::plugins::congress {

RuleMeta CommitteeSizeRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-size";
  m.title_vi = "Số lượng cấp ủy dự kiến vượt mức";
  m.title_en = "Planned committee larger than allowed";
  m.description_vi =
      "Cấp ủy dự kiến (committees.csv, planned là true; một cấp ủy là các dòng cùng tổ chức và cùng nhiệm kỳ) có "
      "nhiều ủy viên hơn mức tối đa. Chi bộ (chi bộ cơ sở, chi bộ trực thuộc) có từ committee_threshold đảng viên "
      "chính thức trở lên tại ngày tham chiếu (kể cả đảng viên của các tổ đảng): max_cell_committee; chi bộ có ít "
      "hơn: 2 (bí thư và một phó bí thư, không lập chi ủy); đảng bộ cơ sở: max_grassroots_committee. Ủy viên đếm "
      "theo mã đảng viên khác nhau. Đảng bộ bộ phận và cấp trên cơ sở không được xét. Tham số theo chỉ thị đại hội "
      "của nhiệm kỳ dự kiến.";
  m.description_en =
      "A planned committee (committees.csv, planned true; one committee is the rows of one organization and one "
      "term) has more members than its cap. A cell (chi_bo_co_so, chi_bo_truc_thuoc) with committee_threshold or "
      "more official members at the as-of date (its party groups' included): max_cell_committee; a cell with fewer: "
      "2 (a secretary and one deputy, no cell committee); a dang_bo_co_so: max_grassroots_committee. Members are "
      "counted by distinct member code. Sub-committees and upper levels are not judged. Parameters follow the "
      "congress directive of the planned term.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("committee_threshold", 9, "Số đảng viên chính thức từ đó chi bộ lập chi ủy",
                               "Official members from which a cell elects a cell committee"));
  m.params.push_back(param_int("max_cell_committee", 7, "Số ủy viên tối đa của chi ủy",
                               "Maximum number of members of a cell committee"));
  m.params.push_back(param_int("max_grassroots_committee", 15, "Số ủy viên tối đa của đảng ủy cơ sở",
                               "Maximum number of members of a grassroots party committee"));
  m.editions = directive_editions("số lượng cấp ủy; Điều lệ Đảng 2011, Điều 24.4 (chi bộ)");
  return m;
}

void CommitteeSizeRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    if (!is_cell(o.kind) && o.kind != OrgKind::dang_bo_co_so) continue;
    const Edition& p = term_edition(ctx, c.term_start);
    const auto members = holders(data, c.seats);
    const auto seats = static_cast<std::int64_t>(members.size());
    std::int64_t cap = p.integer("max_grassroots_committee");
    std::string basis_vi = "đảng ủy cơ sở", basis_en = "a grassroots party committee";
    Finding f = org_finding(ctx, c.org, p);
    f.evidence = {{"term", std::string(c.term)}, {"seats", std::to_string(seats)}};
    if (is_cell(o.kind)) {
      const std::uint32_t official = official_in_cell(data, c.org, ctx.as_of);
      const std::int64_t threshold = p.integer("committee_threshold");
      cap = official >= threshold ? p.integer("max_cell_committee") : 2;
      basis_vi = official >= threshold
                     ? fmt::format("chi bộ có {} đảng viên chính thức (từ {} trở lên)", official, threshold)
                     : fmt::format("chi bộ có {} đảng viên chính thức (dưới {}): chỉ bí thư và một phó bí thư",
                                   official, threshold);
      basis_en = official >= threshold
                     ? fmt::format("the cell has {} ({} or more)", count_en(official, "official member"), threshold)
                     : fmt::format("the cell has {} (fewer than {}): a secretary and one deputy only",
                                   count_en(official, "official member"), threshold);
      f.evidence.push_back({"official_members", std::to_string(official)});
    }
    if (seats <= cap) continue;
    f.evidence.push_back({"max_seats", std::to_string(cap)});
    f.discriminator = std::string(c.term);
    f.message_vi = fmt::format("Cấp ủy dự kiến nhiệm kỳ {} của {} có {} ủy viên, nhiều nhất là {} ({}): {}", c.term,
                               org_vi(o), seats, cap, basis_vi, name_members(data, members));
    f.message_en = fmt::format("The planned {} committee of {} has {}, at most {} are allowed ({}): {}", c.term,
                               org_en(o), count_en(seats, "member"), cap, basis_en, name_members(data, members));
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::congress
