// The editions of the regulation on inspection, supervision and discipline, which sets how long a discipline is in
// effect; shared by the rules that ask whether a member is under discipline (congress/, admission/).
#pragma once

#include <kiemtra/sdk.hpp>
#include <string>
#include <vector>

namespace kiemtra::plugins {

/// 30-QĐ/TW (26/7/2016) → 22-QĐ/TW (28/7/2021) → its amendment 262-QĐ/TW (3/2/2025) → 296-QĐ/TW (30/5/2025, which
/// replaced both). `article` is appended to each citation; the point on the effect period is Art. 40 of 30-QĐ/TW,
/// the others' article numbers are unconfirmed (docs/regulations.md).
inline std::vector<Edition> discipline_editions(const std::string& article) {
  const std::string tail = article.empty() ? "" : "; " + article;
  std::vector<Edition> e;
  e.push_back({Date::from_ymd(2016, 7, 26), {"Quy định 30-QĐ/TW (26/7/2016)", "Điều 40" + tail}, {}});
  e.push_back({Date::from_ymd(2021, 7, 28), {"Quy định 22-QĐ/TW (28/7/2021)", "thi hành kỷ luật" + tail}, {}});
  e.push_back({Date::from_ymd(2025, 2, 3),
               {"Quy định 22-QĐ/TW, sửa đổi bởi 262-QĐ/TW (03/02/2025)", "thi hành kỷ luật" + tail}, {}});
  e.push_back({Date::from_ymd(2025, 5, 30), {"Quy định 296-QĐ/TW (30/5/2025)", "thi hành kỷ luật" + tail}, {}});
  return e;
}

}  // namespace kiemtra::plugins
