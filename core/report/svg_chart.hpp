// Horizontal bar charts as inline SVG, drawn by kiemtra: no script, no library, nothing fetched.
// Bars may be stacked (one segment per series); every segment carries its number as data and as a
// <title>, so screen readers and tests read the figures the picture shows.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace kiemtra::core::svg {

/// One series of a chart (a severity, "new", "fixed"...). `key` names its fill: kFillKeys below.
struct Series {
  std::string key;
  std::string label;
};

/// One bar: its label, its values (one per series) and, when it leads somewhere, a link.
struct Bar {
  std::string label;
  std::string key;       ///< data-key of the bar, for readers and tests (a family, an organization id)
  std::string href;      ///< "" for no link
  std::string data_node; ///< the report tree node a click opens ("" for none)
  std::vector<std::int64_t> values;
};

struct BarChart {
  std::string id;     ///< the svg element's id
  std::string title;  ///< what the chart shows, for screen readers
  std::vector<Series> series;
  std::vector<Bar> bars;
  std::string lang = "vi";
  int width = 760;
  bool small = false;  ///< the tree's charts: thinner bars, smaller text
};

/// The fills every chart refers to (patterns that stay distinct in greyscale and for red-green colour
/// blindness: Okabe-Ito colours plus hatching), once per page.
std::string fill_defs();
/// The series keys that have a fill: error, warning, info, new, fixed.
extern const char* const kFillKeys[5];

/// The chart as one <svg> element, bars scaled to the largest total.
void write_bar_chart(const BarChart& chart, std::ostream& out);

/// `label` cut to at most `max_chars` characters (UTF-8 aware), with "…" when cut.
std::string shorten(const std::string& label, std::size_t max_chars);

}  // namespace kiemtra::core::svg
