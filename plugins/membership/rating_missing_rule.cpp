// membership/rating-missing: a member on the roll through a closed year that the data rates, with no rating for it.
#include <algorithm>
#include <string>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta RatingMissingRule::metadata() {
  RuleMeta m;
  m.id = "membership/rating-missing";
  m.title_vi = "Đảng viên chưa được xếp loại chất lượng";
  m.title_en = "Member without an annual rating";
  m.description_vi =
      "Năm xét là năm đã xếp loại gần nhất tại ngày tham chiếu (năm trước năm của ngày tham chiếu, hoặc chính năm đó "
      "từ tháng 12), khi ratings.csv có ít nhất một dòng của năm đó (dữ liệu không có năm đó thì không báo từng đảng "
      "viên). Một đảng viên trong members.csv, kết nạp (admitted_on) ít nhất min_months tháng trước ngày 31/12 của năm "
      "xét (mặc định 6; số tháng chưa đối chiếu được với văn bản, độ tin cậy thấp), không được miễn công tác và sinh "
      "hoạt đảng trong tháng 12 của năm xét (exempt_from..exempt_until, hoặc cột exempt khi không có ngày: đảng viên "
      "được miễn đánh giá chất lượng trong thời gian được miễn, Quy định 24-QĐ/TW và 232-QĐ/TW điểm 7.2.3, Hướng dẫn "
      "27-HD/BTCTW năm 2009 Điều 2), mà không có dòng xếp loại cho năm đó. Việc đánh giá, xếp loại chất lượng đảng viên hằng năm: Quy "
      "định 132-QĐ/TW (08/3/2018), Quy định 124-QĐ/TW (04/10/2023), Quy định 366-QĐ/TW (30/8/2025); trích dẫn theo "
      "phiên bản có hiệu lực ngày 31/12 của năm xét. Đảng viên sinh hoạt đảng tạm thời ở nơi khác vẫn phải có xếp "
      "loại ở đây: nơi sinh hoạt tạm thời nhận xét, gửi về, nơi sinh hoạt chính thức đánh giá, xếp loại (độ tin cậy "
      "trung bình); người đến sinh hoạt tạm thời không có trong members.csv nên không bị đòi. Không có ratings.csv "
      "thì không kiểm tra.";
  m.description_en =
      "The year checked is the latest year rated by the as-of date (the year before the as-of date's, or that year "
      "from December), when ratings.csv has at least one row for it (data without that year is not reported member "
      "by member). A member in members.csv, admitted (admitted_on) at least min_months months before 31 December of "
      "that year (default 6; the number is not confirmed against the text, confidence low), not exempt from work and "
      "meetings in December of that year (exempt_from..exempt_until, or the exempt column without dates: exempt "
      "members are not rated while exempt, Quy định 24-QĐ/TW and 232-QĐ/TW point 7.2.3, Hướng dẫn 27-HD/BTCTW of "
      "2009 Art. 2), with no rating row for that year. Annual rating of members: Quy định 132-QĐ/TW "
      "(08/3/2018), Quy định 124-QĐ/TW (04/10/2023), Quy định 366-QĐ/TW (30/8/2025); the citation is the edition in "
      "force on 31 December of the year. A member in temporary activity elsewhere is still rated here: the host "
      "comments and sends it back, the official organization rates (confidence medium); members attending here "
      "temporarily are not in members.csv and are not asked for. Without ratings.csv nothing is checked.";
  m.default_severity = Severity::info;
  m.params.push_back(param_int("min_months", 6,
                               "Đảng viên kết nạp ít hơn ngần này tháng trước cuối năm chưa phải xếp loại năm đó",
                               "Members admitted fewer months than this before the year's end are not rated for it"));
  m.editions.push_back({Date{}, {"Quy định 132-QĐ/TW (08/3/2018)", "Đánh giá, xếp loại hằng năm"}, {}});
  m.editions.push_back({Date::from_ymd(2023, 10, 4), {"Quy định 124-QĐ/TW (04/10/2023)", "Điều 12"}, {}});
  m.editions.push_back({Date::from_ymd(2025, 8, 30), {"Quy định 366-QĐ/TW (30/8/2025)", "Điều 11"}, {}});
  m.messages = {{"missing",
                 {"_member", "year", "admitted_on"},
                 "{_member}, kết nạp ngày {admitted_on}, chưa có kết quả xếp loại chất lượng năm {year}",
                 "{_member}, admitted on {admitted_on}, has no quality rating for {year}"}};
  return m;
}

void RatingMissingRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.ratings.empty()) return;
  const int year = ctx.as_of.month() == 12 ? ctx.as_of.year() : ctx.as_of.year() - 1;
  if (std::none_of(data.ratings.begin(), data.ratings.end(), [&](const Rating& r) { return r.year == year; })) return;
  const Date year_end = Date::from_ymd(year, 12, 31);
  const auto months = static_cast<int>(ctx.params.at(year_end).integer("min_months"));
  const Date admitted_by = year_end.plus_months(-months);
  const Date december = Date::from_ymd(year, 12, 1);
  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    const Member& m = data.members[row];
    // Exempt members are not rated while exempt (232-QĐ/TW 7.2.3): exempt when the year's rating is made.
    if (m.exempt_at(year_end) || m.exempt_at(december) || !m.admitted_on.valid() || m.admitted_on > admitted_by)
      continue;
    const auto rated = data.ratings_by_member.of(row);
    if (std::any_of(rated.begin(), rated.end(), [&](std::uint32_t r) { return data.ratings[r].year == year; }))
      continue;
    out.emit(about_member(ctx, row, year_end)
                 .with_discriminator(std::to_string(year))
                 .say("missing", {member(row), std::to_string(year), m.admitted_on}));
  }
}

}  // namespace kiemtra::plugins::membership
