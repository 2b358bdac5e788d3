// membership/badge-due: an official member whose party age reaches a badge milestone by the next award date, not
// awarded that badge and with no proposal for it recorded.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {
namespace {

struct MonthDay {
  int month = 0;
  int day = 0;
};

// "MM-DD" (also "M-D"); throws, naming the value, when it is not a day of the year.
MonthDay parse_award_day(const std::string& text) {
  int month = 0, day = 0;
  std::size_t i = 0, digits = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 2; ++i, ++digits)
    month = month * 10 + (text[i] - '0');
  const bool dash = digits > 0 && i < text.size() && text[i] == '-';
  digits = 0;
  if (dash)
    for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 2; ++i, ++digits)
      day = day * 10 + (text[i] - '0');
  if (!dash || digits == 0 || i != text.size() || !Date::is_valid_ymd(2000, month, day))  // 2000: 02-29 exists
    throw std::runtime_error(
        fmt::format("tham số award_days: '{}' không phải một ngày trong năm dạng MM-DD (ví dụ \"09-02\") / parameter "
                    "award_days: '{}' is not a day of the year written MM-DD (e.g. \"09-02\")",
                    text, text));
  return {month, day};
}

// The first award day strictly after `as_of` (29 February counts only in leap years).
Date next_award_date(const std::vector<MonthDay>& days, Date as_of) {
  Date best;
  for (int year = as_of.year(); year <= as_of.year() + 1; ++year)
    for (const MonthDay& md : days) {
      if (!Date::is_valid_ymd(year, md.month, md.day)) continue;
      const Date d = Date::from_ymd(year, md.month, md.day);
      if (d > as_of && (!best.valid() || d < best)) best = d;
    }
  return best;
}

// The badge's years in an event's detail: "30", "30 năm", "30 years"; -1 when it does not start with a number.
int badge_years(std::string_view detail) {
  std::size_t i = 0;
  while (i < detail.size() && detail[i] == ' ') ++i;
  int years = -1;
  for (; i < detail.size() && std::isdigit(static_cast<unsigned char>(detail[i])); ++i)
    years = (years < 0 ? 0 : years * 10) + (detail[i] - '0');
  return years;
}

}  // namespace

RuleMeta BadgeDueRule::metadata() {
  RuleMeta m;
  m.id = "membership/badge-due";
  m.title_vi = "Đến hạn đề nghị tặng Huy hiệu Đảng";
  m.title_en = "Party badge due";
  m.description_vi =
      "Một đảng viên chính thức tại ngày tham chiếu có tuổi đảng (số năm tròn kể từ admitted_on) đạt một mốc trong "
      "milestones vào hoặc trước ngày trao huy hiệu kế tiếp sau ngày tham chiếu (award_days, dạng MM-DD: 3/2, 19/5, "
      "2/9, 7/11), mà chưa được tặng huy hiệu mốc đó hay mốc cao hơn (cột badge_years của members.csv: số năm của huy "
      "hiệu cao nhất đã tặng) và không có sự kiện huy_hieu_de_nghi (events.csv, detail ghi số năm của huy hiệu: "
      "\"30\" hoặc \"30 năm\") cho mốc đó hay một mốc cao hơn, ghi ngày không sau ngày tham chiếu. Mốc xét là mốc "
      "cao nhất đã đạt: đảng viên 34 năm tuổi đảng được xét huy hiệu 30 năm. Dữ liệu không có lịch sử trao huy hiệu "
      "(không đảng viên nào có badge_years) không cho biết ai đã nhận huy hiệu từ nhiều năm trước: khi đó quy tắc chỉ "
      "xét các mốc đạt được từ lookback_months tháng trước ngày tham chiếu (mặc định 12) đến ngày trao kế tiếp, và bỏ "
      "qua các mốc cũ hơn (thường đã được tặng). Tuổi đảng tính từ ngày quyết định kết nạp (decision_on; không ghi "
      "thì từ admitted_on, ngày lễ kết nạp), trừ thời gian ra khỏi Đảng: đảng viên kết nạp lại (readmitted) có "
      "first_decision_on và previous_exit_on được tính từ quyết định kết nạp lần đầu, trừ khoảng từ ngày ra khỏi "
      "Đảng đến quyết định kết nạp lại (Điều lệ Điều 5.4; độ tin cậy cao). Các mốc và ngày trao: Hướng dẫn "
      "01-HD/TW (28/9/2021) điểm 18 (các dịp 3/2, 19/5, 2/9, 7/11; độ tin cậy cao, đã đối chiếu văn bản); từ 9/6/2025 "
      "Hướng dẫn 06-HD/TW (09/6/2025) thay thế, cùng các mốc theo hiểu biết, số điểm chưa xác minh (độ tin cậy vừa). "
      "Trích dẫn theo phiên bản có hiệu lực tại ngày trao.";
  m.description_en =
      "A member official at the as-of date whose party age (full years since admitted_on) reaches a milestone of "
      "milestones on or before the next award date after the as-of date (award_days, written MM-DD: 3 February, "
      "19 May, 2 September, 7 November), who has not been awarded that badge or a higher one (members.csv column "
      "badge_years: the years of the highest badge awarded) and has no huy_hieu_de_nghi event (events.csv, detail "
      "holding the badge's years: \"30\" or \"30 năm\") for that milestone or a higher one, dated on or before the "
      "as-of date. The milestone checked is the highest one reached: a member of 34 years of party age is due the "
      "30-year badge. Data without award history (no member has badge_years) cannot tell who received a badge years "
      "ago: the rule then looks only at milestones reached from lookback_months months before the as-of date "
      "(default 12) up to the next award date, and leaves older ones aside (they were usually awarded). Party age "
      "runs from the admission decision (decision_on; admitted_on, the ceremony, when not recorded), less time out "
      "of the Party: a readmitted member with first_decision_on and previous_exit_on counts from the first decision, "
      "less the time from leaving to the readmission decision (Charter Art. 5.4; confidence high). Milestones and "
      "award days: Hướng dẫn 01-HD/TW (28/9/2021) point 18 (the anniversaries of 3/2, 19/5, 2/9 and 7/11; confidence "
      "high, checked against the text); from 9/6/2025 its successor Hướng dẫn 06-HD/TW (09/6/2025), the same milestones "
      "as far as known, point number unconfirmed (confidence medium). The citation is the edition in force on the "
      "award date.";
  m.default_severity = Severity::info;
  m.params.push_back(param_ints("milestones", {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90},
                                "Các mốc tuổi đảng (năm) được tặng Huy hiệu Đảng",
                                "Party-age milestones (years) that earn a party badge"));
  m.params.push_back(param_strings("award_days", {"02-03", "05-19", "09-02", "11-07"},
                                   "Các ngày trao Huy hiệu Đảng trong năm (MM-DD; 02-03 là ngày 3/2)",
                                   "Days of the year the badges are presented (MM-DD; 02-03 is 3 February)"));
  m.params.push_back(param_int("lookback_months", 12,
                               "Dữ liệu không có lịch sử trao huy hiệu: chỉ xét mốc đạt được từ ngần này tháng trước "
                               "ngày tham chiếu",
                               "Data without award history: only milestones reached this many months before the "
                               "as-of date or later are checked"));
  // The XI term's guidance (Hướng dẫn 01-HD/TW of 05/01/2012; date and point from knowledge, confidence low) set the
  // same milestones; it is cited for awards before 20/9/2016.
  m.editions.push_back({Date::from_ymd(2012, 1, 5), {"Hướng dẫn 01-HD/TW (05/01/2012)", "Huy hiệu Đảng"}, {}});
  m.editions.push_back({Date::from_ymd(2016, 9, 20), {"Hướng dẫn 01-HD/TW (20/9/2016)", "Điểm 18"}, {}});
  m.editions.push_back({Date::from_ymd(2021, 9, 28), {"Hướng dẫn 01-HD/TW (28/9/2021)", "Điểm 18"}, {}});
  // Its successor under 232/294-QĐ/TW, Hướng dẫn 06-HD/TW of 09/6/2025 (date from two secondary sources, confidence
  // medium); the same milestones and award days as far as known, the point number unconfirmed.
  m.editions.push_back({Date::from_ymd(2025, 6, 9), {"Hướng dẫn 06-HD/TW (09/6/2025)", "Huy hiệu Đảng"}, {}});
  m.messages = {{"due",
                 {"_member", "admitted_on", "milestone", "milestone_reached_on", "award_date", "party_age_at_award"},
                 "{_member} kết nạp ngày {admitted_on}, đủ {milestone} năm tuổi đảng ngày {milestone_reached_on}: đến "
                 "hạn đề nghị tặng Huy hiệu {milestone} năm tuổi Đảng vào dịp {award_date} ({party_age_at_award} năm "
                 "tuổi đảng), chưa có đề nghị (huy_hieu_de_nghi) nào được ghi",
                 "{_member} was admitted on {admitted_on} and reached {milestone} years of party age on "
                 "{milestone_reached_on}: the {milestone}-year party badge is due at the award of {award_date} "
                 "({party_age_at_award} {party_age_at_award:year|years} of party age), and no proposal "
                 "(huy_hieu_de_nghi) is recorded"},
                {"due_counted_from",
                 {"_member", "party_age_from", "milestone", "milestone_reached_on", "award_date", "party_age_at_award",
                  "admitted_on"},
                 "{_member} có tuổi đảng tính từ ngày {party_age_from} (quyết định kết nạp, trừ thời gian ra khỏi "
                 "Đảng), đủ {milestone} năm tuổi đảng ngày {milestone_reached_on}: đến hạn đề nghị tặng Huy hiệu "
                 "{milestone} năm tuổi Đảng vào dịp {award_date} ({party_age_at_award} năm tuổi đảng), chưa có đề nghị "
                 "(huy_hieu_de_nghi) nào được ghi",
                 "{_member} counts party age from {party_age_from} (the admission decision, less time out of the "
                 "Party) and reached {milestone} years of party age on {milestone_reached_on}: the {milestone}-year "
                 "party badge is due at the award of {award_date} ({party_age_at_award} "
                 "{party_age_at_award:year|years} of party age), and no proposal (huy_hieu_de_nghi) is recorded"}};
  return m;
}

void BadgeDueRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  // The award date decides the edition; the edition's award days decide the award date. The as-of date's edition
  // gives the next award date, and that date's edition (usually the same) gives the milestones and the citation.
  std::vector<MonthDay> days;
  for (const std::string& s : ctx.current().strings("award_days")) days.push_back(parse_award_day(s));
  const Date award = next_award_date(days, ctx.as_of);
  if (!award.valid()) return;  // no award days configured
  const Edition& edition = ctx.params.at(award);
  std::vector<std::int64_t> milestones = edition.integers("milestones");
  std::sort(milestones.begin(), milestones.end());
  // Award history: the data records the badges already presented. Without it, a milestone reached long ago was
  // most likely awarded at the time, and reporting it would flag every long-standing member.
  const bool history = std::any_of(data.members.begin(), data.members.end(),
                                   [](const Member& m) { return m.badge_years > 0; });
  const Date window_start =
      ctx.as_of.plus_months(-static_cast<int>(ctx.current().integer("lookback_months")));

  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    const Member& m = data.members[row];
    if (!m.official_at(ctx.as_of) || !happened_by(m.admitted_on, ctx.as_of).valid()) continue;
    const Date from = party_age_from(m);
    const int age = full_years(from, award);
    const auto reached = std::upper_bound(milestones.begin(), milestones.end(), std::int64_t{age});
    if (reached == milestones.begin()) continue;
    const std::int64_t milestone = *(reached - 1);
    if (milestone <= 0 || m.badge_years >= milestone) continue;
    const Date reached_on = from.plus_years(static_cast<int>(milestone));
    if (!history && reached_on < window_start) continue;
    bool proposed = false;
    for (std::uint32_t e : data.events_by_member.of(row)) {
      const Event& ev = data.events[e];
      if (ev.kind != EventKind::huy_hieu_de_nghi || (ev.date.valid() && ev.date > ctx.as_of)) continue;
      if (badge_years(ev.detail) >= milestone) proposed = true;
    }
    if (proposed) continue;
    const std::string discriminator = std::to_string(milestone);
    if (from == m.admitted_on)
      out.emit(about_member(ctx, row, award)
                   .with_discriminator(discriminator)
                   .say("due", {member(row), m.admitted_on, milestone, reached_on, award, age}));
    else
      out.emit(about_member(ctx, row, award)
                   .with_discriminator(discriminator)
                   .say("due_counted_from", {member(row), from, milestone, reached_on, award, age, m.admitted_on}));
  }
}

}  // namespace kiemtra::plugins::membership
