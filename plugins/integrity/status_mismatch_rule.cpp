// integrity/status-mismatch: status and official date that contradict each other.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {
namespace {

/// Lines of members.csv whose official_on could not be read (sorted): integrity/bad-value reports those, and an
/// unreadable date is not a missing one.
std::vector<std::uint32_t> unreadable_official_dates(const Dataset& data) {
  std::vector<std::uint32_t> lines;
  for (const ReadIssue& issue : data.read_issues)
    if (issue.table == TableId::members && issue.column_name == "official_on") lines.push_back(issue.line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

RuleMeta StatusMismatchRule::metadata() {
  RuleMeta m;
  m.id = "integrity/status-mismatch";
  m.title_vi = "Trạng thái đảng viên mâu thuẫn với ngày chính thức";
  m.title_en = "Member status contradicts the official date";
  m.description_vi =
      "Đảng viên có status chinh_thuc nhưng không có official_on (phân biệt: official-without-date), hoặc status "
      "du_bi nhưng có official_on (probationary-with-date). Bỏ qua đảng viên có status không đọc được, và dòng có "
      "official_on được ghi nhưng không đọc được (integrity/bad-value đã báo).";
  m.description_en =
      "A member with status chinh_thuc and no official_on (discriminator official-without-date), or with status du_bi "
      "and an official_on (probationary-with-date). Members whose status is unreadable, and rows whose official_on is "
      "written but unreadable (integrity/bad-value reports it), are skipped.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục members.csv (cột status, official_on)"}, {}});
  m.messages = {{"official_without_date",
                 {"_member", "status", "official_on"},
                 "{_member} là đảng viên chính thức (chinh_thuc) nhưng không có ngày chính thức (official_on)",
                 "{_member} is official (chinh_thuc) but has no official date (official_on)"},
                {"probationary_with_date",
                 {"_member", "status", "official_on"},
                 "{_member} là đảng viên dự bị (du_bi) nhưng có ngày chính thức {official_on}",
                 "{_member} is probationary (du_bi) but has an official date {official_on}"}};
  return m;
}

void StatusMismatchRule::check(const RunContext& ctx, FindingSink& out) const {
  const std::vector<std::uint32_t> unreadable = unreadable_official_dates(ctx.data);
  const auto& members = ctx.data.members;
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    const bool official = m.status == MemberStatus::chinh_thuc;
    if (m.status == MemberStatus::unknown) continue;
    if (official ? m.official_on.valid() : !m.official_on.valid()) continue;  // consistent
    if (official && std::binary_search(unreadable.begin(), unreadable.end(), m.line)) continue;
    if (official)
      out.emit(about_member(ctx, i)
                   .with_discriminator("official-without-date")
                   .say("official_without_date", {member(i), "chinh_thuc", Date{}}));
    else
      out.emit(about_member(ctx, i)
                   .with_discriminator("probationary-with-date")
                   .say("probationary_with_date", {member(i), "du_bi", m.official_on}));
  }
}

}  // namespace kiemtra::plugins::integrity
