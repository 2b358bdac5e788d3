// membership/official-date: an official member whose official date is not exactly the end of probation.
#include "official_date_rule.hpp"

#include "membership_common.hpp"

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
  return m;
}

void OfficialDateRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const Member& m : ctx.data.members) {
    if (!m.official_at(ctx.as_of) || !existing(m.admitted_on, ctx.as_of).valid()) continue;
    const Date expected = probation_end(ctx, m);
    if (m.official_on == expected) continue;
    const int diff = m.official_on.days - expected.days;
    Finding f = member_finding(ctx, m, expected);
    f.message_vi = fmt::format(
        "{} kết nạp ngày {}, ngày chính thức phải là {} (hết {} tháng dự bị) nhưng ghi là {} ({} {} ngày)",
        member_vi(m), m.admitted_on.vn(), expected.vn(), ctx.params.at(m.admitted_on).integer("probation_months"),
        m.official_on.vn(), diff > 0 ? "muộn" : "sớm", diff > 0 ? diff : -diff);
    f.message_en = fmt::format(
        "{} was admitted on {}, so the official date must be {} (the end of {} months of probation), not {} ({} {})",
        member_en(m), m.admitted_on.iso(), expected.iso(), ctx.params.at(m.admitted_on).integer("probation_months"),
        m.official_on.iso(), count_en(diff > 0 ? diff : -diff, "day"), diff > 0 ? "late" : "early");
    f.evidence = {{"admitted_on", m.admitted_on.iso()},
                  {"official_on", m.official_on.iso()},
                  {"expected_official_on", expected.iso()},
                  {"days_off", std::to_string(diff)}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::membership
