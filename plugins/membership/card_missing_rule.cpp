// membership/card-missing: an official member with no party card number long after becoming official.
#include "card_missing_rule.hpp"

#include "membership_common.hpp"

namespace kiemtra::plugins::membership {

RuleMeta CardMissingRule::metadata() {
  RuleMeta m;
  m.id = "membership/card-missing";
  m.title_vi = "Đảng viên chính thức chưa có thẻ đảng";
  m.title_en = "Official member without a party card";
  m.description_vi =
      "Một đảng viên chính thức tại ngày tham chiếu không có card_number khi ngày tham chiếu đã quá official_on hơn "
      "grace_days ngày (ngày lịch). Thẻ đảng viên được phát cho đảng viên chính thức; không văn bản nào trong "
      "regulations.md quy định số ngày, nên grace_days là một tham số để tỉnh đặt. Trích dẫn: hướng dẫn nghiệp vụ "
      "công tác đảng viên có hiệu lực tại ngày công nhận chính thức.";
  m.description_en =
      "A member official at the as-of date has no card_number, and the as-of date is more than grace_days calendar "
      "days after official_on. Party cards are issued to official members; no text in regulations.md sets a number "
      "of days, so grace_days is a parameter for a province to set. Citation: the guidance on member procedures in "
      "force on the official date.";
  m.default_severity = Severity::info;
  m.params.push_back(param_int("grace_days", 180, "Số ngày (lịch) sau ngày chính thức mà đảng viên cần đã có thẻ",
                               "Calendar days after the official date by which a member should hold a card"));
  m.editions.push_back({Date::from_ymd(2017, 6, 5), {"Hướng dẫn 09-HD/BTCTW (05/6/2017)", "mục Thẻ đảng viên"}, {}});
  m.editions.push_back({Date::from_ymd(2022, 1, 18), {"Hướng dẫn 12-HD/BTCTW (18/01/2022)", "mục Thẻ đảng viên"}, {}});
  return m;
}

void CardMissingRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const Member& m : ctx.data.members) {
    if (!m.official_at(ctx.as_of) || !m.card_number.empty()) continue;
    const auto grace = ctx.params.at(m.official_on).integer("grace_days");
    const std::int64_t since = ctx.as_of.days - m.official_on.days;
    if (since <= grace) continue;
    Finding f = member_finding(ctx, m, m.official_on);
    f.message_vi = fmt::format(
        "{} chính thức từ ngày {} ({} ngày trước ngày {}) nhưng chưa có số thẻ đảng viên "
        "(cần có trong {} ngày)",
        member_vi(m), m.official_on.vn(), since, ctx.as_of.vn(), grace);
    f.message_en = fmt::format(
        "{} has been official since {} ({} before {}) but has no party card number (expected "
        "within {})",
        member_en(m), m.official_on.iso(), count_en(since, "day"), ctx.as_of.iso(), count_en(grace, "day"));
    f.evidence = {{"official_on", m.official_on.iso()},
                  {"days_since_official", std::to_string(since)},
                  {"grace_days", std::to_string(grace)},
                  {"as_of", ctx.as_of.iso()}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::membership
