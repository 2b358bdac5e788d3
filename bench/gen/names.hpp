// Vietnamese personal names, places and units for the synthetic dataset (UTF-8, NFC).
#pragma once

#include <string>
#include <string_view>

#include "gen/prng.hpp"

namespace kiemtra::bench {

/// A full name "Họ Đệm Tên" drawn with realistic family-name frequencies.
std::string person_name(Rng& rng, bool female);
/// A place name for communes, wards, villages ("Hòa Bình", "Tân Phú").
std::string_view place_name(Rng& rng);
/// A district-level unit name ("huyện Phú Ninh", "thành phố Tam Kỳ"); `i` picks it.
std::string district_name(std::size_t i);
/// A workplace for a grassroots party organization ("Trường THCS Lê Lợi", "Công ty Cổ phần May Hòa Bình").
std::string workplace_name(Rng& rng);
/// An ethnic group (the extra `dan_toc` column): mostly Kinh.
std::string_view ethnicity(Rng& rng);

}  // namespace kiemtra::bench
