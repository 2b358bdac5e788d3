// The editions of the Charter's implementing regulation, shared by the built-in plugins that cite it
// (admission, membership). Header-only and built on the SDK alone, like the plugins themselves.
#pragma once

#include <kiemtra/sdk.hpp>

#include <string>
#include <vector>

namespace kiemtra::plugins {

/// 29-QĐ/TW → 24-QĐ/TW → 232-QĐ/TW → 294-QĐ/TW, each citing `article` (the point numbers are the same in the texts,
/// per regulations.md). With `since_2011`, 45-QĐ/TW of 01/11/2011 (the XI term's regulation) comes first: only for
/// the conditions of admission it is known to share (age, education, introducers, readmission; confidence medium),
/// not for the deadlines, whose figures in 45-QĐ/TW are not confirmed. Facts before the first edition are judged by
/// it (Params::at gives the oldest for earlier dates).
inline std::vector<Edition> regulation_editions(const std::string& article, bool since_2011 = false) {
  std::vector<Edition> e;
  if (since_2011) e.push_back({Date::from_ymd(2011, 11, 1), {"Quy định 45-QĐ/TW (01/11/2011)", article}, {}});
  e.push_back({Date::from_ymd(2016, 7, 25), {"Quy định 29-QĐ/TW (25/7/2016)", article}, {}});
  e.push_back({Date::from_ymd(2021, 7, 30), {"Quy định 24-QĐ/TW (30/7/2021)", article}, {}});
  e.push_back({Date::from_ymd(2025, 1, 20), {"Quy định 232-QĐ/TW (20/01/2025)", article}, {}});
  e.push_back({Date::from_ymd(2025, 7, 1), {"Quy định 294-QĐ/TW (26/5/2025)", article}, {}});
  return e;
}

}  // namespace kiemtra::plugins
