// The nightly trend page: a dataset's runs drawn night by night (`kiemtra history --output trend.html`),
// and the same figures as JSON.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace kiemtra::core {

/// One complete run of the dataset.
struct TrendNight {
  std::int64_t run = 0;
  std::string started_at;  ///< ISO 8601 local time
  std::string as_of;
  std::string report;  ///< its HTML report, "" when not recorded
  std::array<std::int64_t, 3> counts{};  ///< info, warning, error
  std::int64_t fresh = 0, fixed = 0;
  std::map<std::string, std::int64_t> families;  ///< findings per rule family
};

/// An organization whose findings rose between two runs.
struct TrendRise {
  std::string org_id;
  std::string path;
  std::int64_t before = 0;
  std::int64_t now = 0;
};

/// Findings per organization in one run: id -> (path, count).
using OrgTotals = std::map<std::string, std::pair<std::string, std::int64_t>>;

struct TrendPage {
  std::string dataset;
  std::string history_file;
  std::string lang = "vi";
  std::vector<TrendNight> nights;  ///< oldest first
  std::int64_t previous_run = 0;   ///< the run before the newest; 0: none
  std::int64_t month_run = 0;      ///< the oldest run within 30 days of the newest; 0: none
  std::vector<TrendRise> since_previous, over_30_days;
};

/// The organizations whose counts rose most from `before` to `now`, most first (ties by id), at most `limit`.
std::vector<TrendRise> top_rises(const OrgTotals& before, const OrgTotals& now, std::size_t limit);

/// Index into `nights` of the oldest night started at most 30 days before the newest; nights.size() when none.
std::size_t month_start(const std::vector<TrendNight>& nights);

void write_trend_html(const TrendPage& page, std::ostream& out);
nlohmann::json trend_json(const TrendPage& page);

}  // namespace kiemtra::core
