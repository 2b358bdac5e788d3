// Tables of Vietnamese names and places, and the draws from them.
#include "gen/names.hpp"

#include <fmt/format.h>

#include <array>

namespace kiemtra::bench {
namespace {

struct Weighted {
  std::string_view text;
  int weight;  // per mille
};

// Approximate shares of the most common family names in Viet Nam.
constexpr std::array kFamily = {
    Weighted{"Nguyễn", 380}, Weighted{"Trần", 110}, Weighted{"Lê", 95},  Weighted{"Phạm", 70},  Weighted{"Hoàng", 31},
    Weighted{"Huỳnh", 20},   Weighted{"Phan", 45},  Weighted{"Vũ", 22},  Weighted{"Võ", 17},    Weighted{"Đặng", 21},
    Weighted{"Bùi", 20},     Weighted{"Đỗ", 14},    Weighted{"Hồ", 13},  Weighted{"Ngô", 13},   Weighted{"Dương", 10},
    Weighted{"Lý", 5},       Weighted{"Đào", 8},    Weighted{"Đinh", 8}, Weighted{"Trương", 8}, Weighted{"Mai", 6},
    Weighted{"Lương", 5},    Weighted{"Cao", 5},    Weighted{"Tạ", 4},   Weighted{"Hà", 5},
};

constexpr std::array<std::string_view, 14> kMiddleMale = {"Văn",  "Văn",  "Văn",   "Đức",  "Minh", "Quang", "Hữu",
                                                          "Công", "Xuân", "Thanh", "Ngọc", "Đình", "Trọng", "Mạnh"};
constexpr std::array<std::string_view, 12> kMiddleFemale = {"Thị", "Thị",  "Thị",    "Thu",  "Ngọc", "Thanh",
                                                            "Kim", "Minh", "Phương", "Hồng", "Diệu", "Thúy"};
constexpr std::array<std::string_view, 40> kGivenMale = {
    "Anh",  "Bình",  "Cường", "Dũng", "Đạt",   "Hải",   "Hùng",  "Hưng", "Khoa",  "Long",
    "Nam",  "Phong", "Quân",  "Sơn",  "Thắng", "Tuấn",  "Việt",  "Vinh", "Hiếu",  "Trung",
    "Tâm",  "Toàn",  "Huy",   "Lâm",  "Thành", "Khánh", "Lợi",   "Phúc", "Quang", "Tùng",
    "Tiến", "Thịnh", "Hoàng", "Duy",  "Đức",   "Kiên",  "Nghĩa", "Tú",   "Bảo",   "Hậu"};
constexpr std::array<std::string_view, 40> kGivenFemale = {
    "Anh",  "Chi",  "Dung", "Giang", "Hà",    "Hằng", "Hạnh",   "Hoa",  "Hương", "Lan",
    "Linh", "Mai",  "Ngân", "Nga",   "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Tuyết",
    "Vân",  "Yến",  "Hiền", "Huyền", "Loan",  "Thủy", "Liên",   "Hồng", "Hậu",   "Quỳnh",
    "Thu",  "Xuân", "Ngọc", "Diệp",  "Nhàn",  "Thoa", "My",     "Trâm", "Uyên",  "Ánh"};

constexpr std::array<std::string_view, 48> kPlaces = {
    "Hòa Bình",  "Tân Phú",    "An Khê",     "Phú Lộc",    "Bình Minh",   "Hòa Thuận",   "Tam Hiệp",  "Quế Sơn",
    "Điện Bàn",  "Duy Xuyên",  "Thăng Long", "Hưng Đạo",   "Quang Trung", "Lê Lợi",      "Đông Hà",   "Vĩnh Phúc",
    "Hải Châu",  "Thanh Khê",  "Phước Mỹ",   "An Hải",     "Tân Lập",     "Thạch Thang", "Hòa Khánh", "Nam Dương",
    "Cẩm Lệ",    "Đại Lộc",    "Tiên Phước", "Bắc Trà My", "Hiệp Đức",    "Nông Sơn",    "Phú Ninh",  "Núi Thành",
    "Tam Kỳ",    "Hội An",     "Cẩm Châu",   "Cửa Đại",    "Thanh Hà",    "Sơn Phong",   "Minh An",   "Tân An",
    "Phước Hòa", "Bình Dương", "Bình Triều", "Đông Phú",   "Xuân Hòa",    "Trường Xuân", "Hòa Hương", "An Mỹ"};

constexpr std::array<std::string_view, 18> kDistricts = {
    "thành phố Tam Kỳ", "thành phố Hội An", "thị xã Điện Bàn",  "huyện Duy Xuyên",  "huyện Quế Sơn",
    "huyện Thăng Bình", "huyện Núi Thành",  "huyện Phú Ninh",   "huyện Tiên Phước", "huyện Hiệp Đức",
    "huyện Đại Lộc",    "huyện Nông Sơn",   "huyện Bắc Trà My", "huyện Nam Trà My", "huyện Phước Sơn",
    "huyện Đông Giang", "huyện Tây Giang",  "huyện Nam Giang"};

constexpr std::array<std::string_view, 12> kWorkplaceKinds = {"Trường Tiểu học",
                                                              "Trường THCS",
                                                              "Trường THPT",
                                                              "Trạm Y tế",
                                                              "Bệnh viện Đa khoa",
                                                              "Công ty Cổ phần May",
                                                              "Công ty TNHH Xây dựng",
                                                              "Ngân hàng Nông nghiệp chi nhánh",
                                                              "Ban Quản lý dự án",
                                                              "Chi cục Thuế",
                                                              "Công an",
                                                              "Ban Chỉ huy Quân sự"};

constexpr std::array kEthnic = {Weighted{"Kinh", 930},      Weighted{"Cơ Tu", 25}, Weighted{"Xơ Đăng", 20},
                                Weighted{"Gié Triêng", 10}, Weighted{"Hoa", 10},   Weighted{"Tày", 5}};

template <std::size_t N>
std::string_view pick_weighted(Rng& rng, const std::array<Weighted, N>& table) {
  int total = 0;
  for (const auto& w : table) total += w.weight;
  int r = rng.between(0, total - 1);
  for (const auto& w : table) {
    if (r < w.weight) return w.text;
    r -= w.weight;
  }
  return table[0].text;
}

template <class Array>
std::string_view pick(Rng& rng, const Array& a) {
  return a[rng.index(a.size())];
}

}  // namespace

std::string person_name(Rng& rng, bool female) {
  std::string out;
  out.reserve(32);
  out += pick_weighted(rng, kFamily);
  out += ' ';
  out += female ? pick(rng, kMiddleFemale) : pick(rng, kMiddleMale);
  // About one name in six has a second middle name ("Nguyễn Thị Thu Hà").
  if (rng.chance(0.16)) {
    out += ' ';
    // The second one is never "Thị" / "Văn" (the first three entries).
    out += female ? kMiddleFemale[rng.index(kMiddleFemale.size() - 3) + 3]
                  : kMiddleMale[rng.index(kMiddleMale.size() - 3) + 3];
  }
  out += ' ';
  out += female ? pick(rng, kGivenFemale) : pick(rng, kGivenMale);
  return out;
}

std::string_view place_name(Rng& rng) { return pick(rng, kPlaces); }

std::string district_name(std::size_t i) {
  if (i < kDistricts.size()) return std::string(kDistricts[i]);
  return fmt::format("{} {}", kDistricts[i % kDistricts.size()], i / kDistricts.size() + 1);
}

std::string workplace_name(Rng& rng) {
  const std::string_view kind = pick(rng, kWorkplaceKinds);
  return fmt::format("{} {}", kind, pick(rng, kPlaces));
}

std::string_view ethnicity(Rng& rng) { return pick_weighted(rng, kEthnic); }

}  // namespace kiemtra::bench
