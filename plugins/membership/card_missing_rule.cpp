// membership/card-missing: an official member with no party card number long after becoming official.
#include <cstdint>

#include "membership_common.hpp"
#include "membership_rules.hpp"

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
      "công tác đảng viên có hiệu lực tại ngày công nhận chính thức: 12-HD/BTCTW (2012, ngày chưa xác minh, độ tin "
      "cậy thấp), 09-HD/BTCTW (05/6/2017), 12-HD/BTCTW (18/01/2022). Văn bản kế tiếp năm 2025, Hướng dẫn "
      "38-HD/BTCTW (nghiệp vụ công tác đảng viên), chưa xác minh được ngày nên chưa là một phiên bản (độ tin cậy "
      "thấp): tỉnh thêm phiên bản khi có ngày.";
  m.description_en =
      "A member official at the as-of date has no card_number, and the as-of date is more than grace_days calendar "
      "days after official_on. Party cards are issued to official members; no text in regulations.md sets a number "
      "of days, so grace_days is a parameter for a province to set. Citation: the guidance on member procedures in "
      "force on the official date: 12-HD/BTCTW (2012, its day unconfirmed, low confidence), 09-HD/BTCTW (5/6/2017), "
      "12-HD/BTCTW (18/1/2022). Its 2025 successor, Hướng dẫn 38-HD/BTCTW (member procedures), is not an edition: "
      "its date is unconfirmed (low confidence); a province adds the edition once it has the date.";
  m.default_severity = Severity::info;
  m.params.push_back(param_int("grace_days", 180, "Số ngày (lịch) sau ngày chính thức mà đảng viên cần đã có thẻ",
                               "Calendar days after the official date by which a member should hold a card"));
  // Before 09-HD/BTCTW: the 2012 guidance on member procedures (its day is unconfirmed, so it is the oldest edition,
  // in force for every earlier official date).
  m.editions.push_back({Date{}, {"Hướng dẫn 12-HD/BTCTW (2012)", "mục Thẻ đảng viên"}, {}});
  m.editions.push_back({Date::from_ymd(2017, 6, 5), {"Hướng dẫn 09-HD/BTCTW (05/6/2017)", "mục Thẻ đảng viên"}, {}});
  m.editions.push_back({Date::from_ymd(2022, 1, 18), {"Hướng dẫn 12-HD/BTCTW (18/01/2022)", "mục Thẻ đảng viên"}, {}});
  m.messages = {{"missing",
                 {"_member", "official_on", "days_since_official", "grace_days", "as_of"},
                 "{_member} chính thức từ ngày {official_on} ({days_since_official} ngày trước ngày {as_of}) nhưng "
                 "chưa có số thẻ đảng viên (cần có trong {grace_days} ngày)",
                 "{_member} has been official since {official_on} ({days_since_official} "
                 "{days_since_official:day|days} before {as_of}) but has no party card number (expected within "
                 "{grace_days} {grace_days:day|days})"}};
  return m;
}

void CardMissingRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.members.size(); ++row) {
    const Member& m = ctx.data.members[row];
    if (!m.official_at(ctx.as_of) || !m.card_number.empty()) continue;
    const auto grace = ctx.params.at(m.official_on).integer("grace_days");
    const std::int64_t since = ctx.as_of.days - m.official_on.days;
    if (since <= grace) continue;
    out.emit(
        about_member(ctx, row, m.official_on).say("missing", {member(row), m.official_on, since, grace, ctx.as_of}));
  }
}

}  // namespace kiemtra::plugins::membership
