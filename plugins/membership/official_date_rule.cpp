// membership/official-date: an official member whose official date is not exactly the end of probation.
#include <cstdint>
#include <string>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta OfficialDateRule::metadata() {
  RuleMeta m;
  m.id = "membership/official-date";
  m.title_vi = "Ngày công nhận chính thức không đúng";
  m.title_en = "Official date is not the end of probation";
  m.description_vi =
      "Một đảng viên chính thức tại ngày tham chiếu có official_on khác admitted_on + probation_months tháng: ngày "
      "công nhận chính thức là đúng ngày hết 12 tháng dự bị, dù chi bộ họp xét muộn hơn. Cộng tháng giữ nguyên ngày "
      "của tháng, hoặc lấy ngày cuối tháng nếu tháng đó ngắn hơn (kết nạp 29/02/2016 thì chính thức 28/02/2017). "
      "Thời gian dự bị theo phiên bản có hiệu lực tại ngày kết nạp; trích dẫn theo phiên bản có hiệu lực tại ngày "
      "phải công nhận chính thức. Đảng viên thiếu admitted_on hoặc official_on không được kiểm tra ở đây (các quy tắc "
      "integrity báo).";
  m.description_en =
      "A member official at the as-of date whose official_on is not admitted_on + probation_months months: the "
      "official date is exactly the day probation ends, however late the cell meets. Adding months keeps the day of "
      "the month, or takes the month's last day when it is shorter (admitted 2016-02-29, official 2017-02-28). The "
      "length of probation is the edition's in force on the admission date; the citation is the edition's in force "
      "on the day the member should have become official. Members without admitted_on or official_on are not "
      "checked here (the integrity rules report them).";
  m.default_severity = Severity::warning;
  m.params.push_back(probation_months_param());
  m.editions = regulation_editions("Điểm 4.2");
  // One message per direction: "(muộn 3 ngày)" / "(3 days late)", "(sớm 1 ngày)" / "(1 day early)".
  const auto message = [](const char* key, const std::string& vi, const std::string& en) {
    return MessageSpec{
        key,
        {"_member", "admitted_on", "official_on", "expected_official_on", "days_off", "_probation_months", "_days"},
        "{_member} kết nạp ngày {admitted_on}, ngày chính thức phải là {expected_official_on} (hết "
        "{_probation_months} tháng dự bị) nhưng ghi là {official_on} (" +
            vi + " {_days} ngày)",
        "{_member} was admitted on {admitted_on}, so the official date must be {expected_official_on} "
        "(the end of {_probation_months} months of probation), not {official_on} ({_days} "
        "{_days:day|days} " +
            en + ")"};
  };
  m.messages = {message("late", "muộn", "late"), message("early", "sớm", "early")};
  return m;
}

void OfficialDateRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.members.size(); ++row) {
    const Member& m = ctx.data.members[row];
    if (!m.official_at(ctx.as_of) || !happened_by(m.admitted_on, ctx.as_of).valid()) continue;
    const Date expected = probation_end(ctx, m);
    if (m.official_on == expected) continue;
    const int diff = m.official_on.days - expected.days;
    const std::int64_t months = ctx.params.at(m.admitted_on).integer("probation_months");
    out.emit(about_member(ctx, row, expected)
                 .say(diff > 0 ? "late" : "early",
                      {member(row), m.admitted_on, m.official_on, expected, diff, months, diff > 0 ? diff : -diff}));
  }
}

}  // namespace kiemtra::plugins::membership
