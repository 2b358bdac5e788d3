// membership/rating-failed-twice: a member still on the roll after two years running rated "không hoàn thành nhiệm
// vụ" -- the first criterion for the cell to educate the member and then consider taking them out of the Party.
#include <string>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta RatingFailedTwiceRule::metadata() {
  RuleMeta m;
  m.id = "membership/rating-failed-twice";
  m.title_vi = "Hai năm liền không hoàn thành nhiệm vụ";
  m.title_en = "Rated as failing two years running";
  m.description_vi =
      "Một đảng viên còn trong members.csv tại ngày tham chiếu có hai năm liền (năm N-1 và N, N là năm đã "
      "xếp loại tại ngày tham chiếu: trước năm của ngày tham chiếu, hoặc chính năm đó từ tháng 12) được xếp loại "
      "không hoàn thành nhiệm vụ (ratings.csv, rating khong_hoan_thanh). Hai năm liền "
      "không hoàn thành nhiệm vụ là tiêu chí đầu tiên để chi bộ giáo dục, giúp đỡ rồi xem xét đưa đảng viên ra khỏi "
      "Đảng (Hướng dẫn 02-HD/BTCTW ngày 12/4/2021, Mục II điểm 1; độ tin cậy cao, đã đối chiếu văn bản); trước đó, "
      "Quy định 29-QĐ/TW (2016) và 24-QĐ/TW (2021) điểm 8.1 cho xóa tên đảng viên \"hai năm liền vi phạm tư cách đảng "
      "viên\" (độ tin cậy trung bình về việc coi hai năm không hoàn thành nhiệm vụ là trường hợp này). Dữ liệu không "
      "ghi quyết định xóa tên: đảng viên còn trong danh sách là chưa có quyết định. Báo một lần cho cặp năm gần nhất; "
      "trích dẫn theo phiên bản có hiệu lực ngày 31/12 của năm thứ hai. Không có ratings.csv thì không kiểm tra.";
  m.description_en =
      "A member still in members.csv at the as-of date rated \"không hoàn thành nhiệm vụ\" (ratings.csv, rating "
      "khong_hoan_thanh) two years running (years N-1 and N, N a year rated by the as-of date: before the as-of "
      "date's year, or that year from December). Two years running "
      "rated as failing is the first criterion for the cell to educate and help the member and then consider taking "
      "them out of the Party (Hướng dẫn 02-HD/BTCTW of 12/4/2021, section II point 1; confidence high, checked "
      "against the text); before it, Quy định 29-QĐ/TW (2016) and 24-QĐ/TW (2021) point 8.1 remove from the roll a "
      "member who \"violated the member's standing two years running\" (confidence medium that two failing ratings "
      "are read as that case). The data records no removal decision: a member still on the roll has none. One "
      "finding for the latest pair of years; the citation is the edition in force on 31 December of the second year. "
      "Without ratings.csv nothing is checked.";
  m.default_severity = Severity::warning;
  m.editions.push_back({Date{}, {"Điều lệ Đảng (2011)", "Điều 8.2"}, {}});
  m.editions.push_back({Date::from_ymd(2016, 7, 25), {"Quy định 29-QĐ/TW (25/7/2016)", "Điểm 8.1"}, {}});
  m.editions.push_back({Date::from_ymd(2021, 4, 12), {"Hướng dẫn 02-HD/BTCTW (12/4/2021)", "Mục II, điểm 1"}, {}});
  m.messages = {{"failed_twice",
                 {"_member", "first_year", "second_year"},
                 "{_member} được xếp loại không hoàn thành nhiệm vụ hai năm liền ({first_year} và {second_year}) mà "
                 "vẫn trong danh sách đảng viên: chi bộ phải giáo dục, giúp đỡ và xem xét đưa ra khỏi Đảng",
                 "{_member} was rated as failing (không hoàn thành nhiệm vụ) two years running ({first_year} and "
                 "{second_year}) and is still on the roll: the cell must educate the member and consider taking them "
                 "out of the Party"}};
  return m;
}

void RatingFailedTwiceRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.ratings.empty()) return;
  // Ratings are made in December: the as-of date's own year counts from then on.
  const int last_year = ctx.as_of.month() == 12 ? ctx.as_of.year() : ctx.as_of.year() - 1;
  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    // Years rated as failing, at most a few per member: a linear search beats a set.
    int latest = 0;
    for (std::uint32_t r : data.ratings_by_member.of(row)) {
      const Rating& a = data.ratings[r];
      if (a.rating != QualityRating::khong_hoan_thanh || a.year <= latest || a.year > last_year) continue;
      for (std::uint32_t s : data.ratings_by_member.of(row)) {
        const Rating& b = data.ratings[s];
        if (b.rating == QualityRating::khong_hoan_thanh && b.year == a.year - 1) latest = a.year;
      }
    }
    if (latest == 0) continue;
    const Date decided = Date::from_ymd(latest, 12, 31);
    out.emit(about_member(ctx, row, decided)
                 .with_discriminator(std::to_string(latest))
                 .say("failed_twice", {member(row), std::to_string(latest - 1), std::to_string(latest)}));
  }
}

}  // namespace kiemtra::plugins::membership
