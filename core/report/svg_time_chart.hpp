// Charts of one value per night (a run of the history): stacked columns or lines, as inline SVG.
// Each night is one group holding its numbers (a <title> and data attributes) and, when that run's
// report is known, a link to it. Nights are at least a pixel wide: 1,000 nights stay under ~0.7 MB.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace kiemtra::core::svg {

struct TimeSeries {
  std::string key;    ///< a fill key (svg_chart.hpp) for columns; any name for lines
  std::string label;  ///< shown in the legend and the titles
  std::vector<std::int64_t> values;  ///< one per night
};

struct TimeChart {
  std::string id;
  std::string title;
  std::string lang = "vi";
  std::vector<std::string> nights;  ///< each night's label (its date)
  std::vector<std::string> runs;    ///< each night's run id (data-run)
  std::vector<std::string> links;   ///< each night's report ("" for none); may be empty
  std::vector<TimeSeries> series;
  bool lines = false;  ///< lines (families) rather than stacked columns (severities, new and fixed)
  int width = 960;
  int height = 230;
};

void write_time_chart(const TimeChart& chart, std::ostream& out);

/// The href of a report file: a file:// URL when absolute, percent-encoded.
std::string file_href(const std::string& path);

}  // namespace kiemtra::core::svg
