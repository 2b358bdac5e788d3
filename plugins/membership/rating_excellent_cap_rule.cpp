// membership/rating-excellent-cap: a grassroots organization whose members rated "hoàn thành xuất sắc nhiệm vụ" in
// a year outnumber the share of those rated "hoàn thành tốt nhiệm vụ" that the rating guidance allows.
#include <cmath>
#include <map>
#include <string>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta RatingExcellentCapRule::metadata() {
  RuleMeta m;
  m.id = "membership/rating-excellent-cap";
  m.title_vi = "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ vượt mức";
  m.title_en = "Too many members rated excellent";
  m.description_vi =
      "Trong một tổ chức cơ sở đảng (đảng bộ cơ sở hoặc chi bộ cơ sở, tính cả các chi bộ trực thuộc), số đảng viên "
      "được xếp loại hoàn thành xuất sắc nhiệm vụ của một năm (ratings.csv, rating xuat_sac) vượt quá max_percent % "
      "số đảng viên được xếp loại hoàn thành tốt nhiệm vụ cùng năm (rating tot). Đảng viên thuộc tổ chức theo chi bộ "
      "ghi trong members.csv. Mức 20%: Hướng dẫn 21-HD/BTCTW (2019), điểm 2.3 — \"không vượt quá 20% số đảng viên "
      "được xếp loại Hoàn thành tốt nhiệm vụ trong từng tổ chức cơ sở đảng\" (độ tin cậy trung bình-cao: đối chiếu "
      "qua bản trích dẫn văn bản). Quy định 124-QĐ/TW (2023) và 366-QĐ/TW (2025) thay Quy định 132-QĐ/TW; chưa xác "
      "nhận được mức trần theo các văn bản này, nên max_percent là tham số (mặc định 20). Mỗi năm đã xếp loại tại "
      "ngày tham chiếu (trước năm của ngày tham chiếu, hoặc chính năm đó từ tháng 12) được xét; trích dẫn theo phiên "
      "bản có hiệu lực ngày 31/12 của năm đó. Không có ratings.csv thì không kiểm tra.";
  m.description_en =
      "In a grassroots party organization (a grassroots committee or grassroots cell, with the cells under it), the "
      "members rated \"hoàn thành xuất sắc nhiệm vụ\" for a year (ratings.csv, rating xuat_sac) exceed max_percent % "
      "of those rated \"hoàn thành tốt nhiệm vụ\" the same year (rating tot). A member belongs to the organization of "
      "the cell members.csv gives. The 20%: Hướng dẫn 21-HD/BTCTW (2019), point 2.3 — \"not above 20% of the members "
      "rated Hoàn thành tốt nhiệm vụ in each grassroots party organization\" (confidence medium-high: checked "
      "through a quotation of the text). Quy định 124-QĐ/TW (2023) and 366-QĐ/TW (2025) replaced Quy định "
      "132-QĐ/TW; the cap under them is not confirmed, hence max_percent is a parameter (default 20). Every year "
      "rated by the as-of date (before the as-of date's year, or that year from December) is checked; the citation "
      "is the edition in force on 31 December of that year. Without ratings.csv nothing is checked.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_number("max_percent", 20.0,
                                  "Số xuất sắc tối đa, tính theo phần trăm số được xếp loại hoàn thành tốt",
                                  "Most members rated excellent, as a percentage of those rated good"));
  m.editions.push_back({Date{}, {"Hướng dẫn 16-HD/BTCTW (24/9/2018)", "Xếp loại đảng viên"}, {}});
  // The date, 21/10/2019, is from knowledge (confidence medium); point 2.3's 20% was checked through a quotation.
  m.editions.push_back({Date::from_ymd(2019, 10, 21), {"Hướng dẫn 21-HD/BTCTW (21/10/2019)", "Điểm 2.3"}, {}});
  m.messages = {{"over_cap",
                 {"year", "excellent", "good", "max_percent", "max_excellent"},
                 "Năm {year} có {excellent} đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ, vượt mức tối đa "
                 "{max_excellent} ({max_percent}% của {good} đảng viên hoàn thành tốt nhiệm vụ)",
                 "In {year}, {excellent} {excellent:member|members} were rated excellent (hoàn thành xuất sắc nhiệm "
                 "vụ), above the most allowed, {max_excellent} ({max_percent}% of the {good} rated good)"}};
  return m;
}

void RatingExcellentCapRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.ratings.empty()) return;
  const int last_year = ctx.as_of.month() == 12 ? ctx.as_of.year() : ctx.as_of.year() - 1;
  for (std::uint32_t org = 0; org < data.organizations.size(); ++org) {
    const Organization& o = data.organizations[org];
    if (!is_grassroots(o.kind) || !o.live_at(ctx.as_of)) continue;
    std::map<int, std::pair<std::int64_t, std::int64_t>> by_year;  // year -> (excellent, good)
    for (std::uint32_t unit : data.tree.subtree(org))
      for (std::uint32_t member : data.members_by_org.of(unit))
        for (std::uint32_t r : data.ratings_by_member.of(member)) {
          const Rating& a = data.ratings[r];
          if (a.year == 0 || a.year > last_year) continue;
          if (a.rating == QualityRating::xuat_sac) ++by_year[a.year].first;
          if (a.rating == QualityRating::tot) ++by_year[a.year].second;
        }
    for (const auto& [year, counts] : by_year) {
      const Date cited = Date::from_ymd(year, 12, 31);
      const double max_percent = ctx.params.at(cited).number("max_percent");
      // Whole members: 20% of 12 good allows 2 excellent.
      const auto most =
          static_cast<std::int64_t>(std::floor(static_cast<double>(counts.second) * max_percent / 100 + 1e-9));
      if (counts.first <= most) continue;
      out.emit(about_org(ctx, org, cited)
                   .with_discriminator(std::to_string(year))
                   .say("over_cap", {std::to_string(year), counts.first, counts.second, number(max_percent, 0), most}));
    }
  }
}

}  // namespace kiemtra::plugins::membership
