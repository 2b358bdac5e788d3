// Horizontal bar charts as inline SVG. Presentation attributes only (fill, stroke): the report's
// Content-Security-Policy allows no style attribute.
#include "report/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "report/text_escape.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core::svg {

const char* const kFillKeys[5] = {"error", "warning", "info", "new", "fixed"};

std::string fill_defs() {
  // Okabe-Ito: vermillion, orange, blue, reddish purple, bluish green. Their greys differ, and the
  // patterns (solid, hatched, dotted, cross-hatched, hatched the other way) tell them apart on paper.
  return R"svg(<svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>)svg"
         R"svg(<pattern id="kt-fill-error" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#D55E00"/></pattern>)svg"
         R"svg(<pattern id="kt-fill-warning" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#E69F00"/><rect width="2" height="6" fill="#ffffff"/></pattern>)svg"
         R"svg(<pattern id="kt-fill-info" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#56B4E9"/><circle cx="2.5" cy="2.5" r="1" fill="#003f66"/></pattern>)svg"
         R"svg(<pattern id="kt-fill-new" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#CC79A7"/><rect width="1.5" height="6" fill="#4d1f3a"/><rect width="6" height="1.5" fill="#4d1f3a"/></pattern>)svg"
         R"svg(<pattern id="kt-fill-fixed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="#009E73"/><rect width="2" height="6" fill="#ffffff"/></pattern>)svg"
         R"svg(</defs></svg>)svg";
}

std::string shorten(const std::string& label, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars == max_chars) return label.substr(0, i) + "…";
    ++chars;
  }
  return label;
}

namespace {

std::string fill_of(const std::string& key) {
  for (const char* k : kFillKeys)
    if (key == k) return fmt::format("url(#kt-fill-{})", key);
  return "#777777";
}

}  // namespace

void write_bar_chart(const BarChart& c, std::ostream& out) {
  const auto n = [&](std::int64_t v) { return format_count(v, c.lang); };
  const auto esc = [](const std::string& s) { return html_escape(s); };
  const int row = c.small ? 15 : 22, bar = c.small ? 11 : 16, font = c.small ? 10 : 12;
  const int label_w = c.small ? 190 : 270, legend_h = c.small ? 16 : 24, total_w = 70;
  const int plot_w = std::max(60, c.width - label_w - total_w);
  const std::size_t label_chars = c.small ? 28 : 38;  // about 7 px a character

  std::int64_t most = 0;
  for (const Bar& b : c.bars) most = std::max(most, std::accumulate(b.values.begin(), b.values.end(), std::int64_t{0}));
  const int height = legend_h + static_cast<int>(c.bars.size()) * row + 4;

  out << "<svg class=\"chart" << (c.small ? " small" : "") << "\" id=\"" << esc(c.id)
      << "\" role=\"img\" aria-label=\"" << esc(c.title) << "\" width=\""
      << c.width << "\" height=\"" << height << "\" viewBox=\"0 0 " << c.width << ' ' << height << "\" font-size=\""
      << font << "\"><title>" << esc(c.title) << "</title>";
  // The legend: a swatch and a word for each series, so colour is never the only cue.
  int x = label_w;
  for (const Series& s : c.series) {
    out << "<g class=\"legend\" data-series=\"" << esc(s.key) << "\"><rect x=\"" << x << "\" y=\"2\" width=\"" << bar
        << "\" height=\"" << bar << "\" fill=\"" << fill_of(s.key) << "\" stroke=\"#333\" stroke-width=\"0.5\"/><text x=\""
        << x + bar + 4 << "\" y=\"" << bar - 1 << "\">" << esc(s.label) << "</text></g>";
    x += bar + 14 + static_cast<int>(s.label.size()) * (font * 6 / 10);
  }
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const Bar& b = c.bars[i];
    const int y = legend_h + static_cast<int>(i) * row;
    const std::int64_t total = std::accumulate(b.values.begin(), b.values.end(), std::int64_t{0});
    std::string summary = b.label + ":";
    for (std::size_t s = 0; s < c.series.size() && s < b.values.size(); ++s)
      summary += fmt::format(" {} {}{}", c.series[s].label, n(b.values[s]), s + 1 < c.series.size() ? "," : "");
    out << "<g class=\"bar\" data-key=\"" << esc(b.key) << "\" data-total=\"" << total << "\">";
    if (!b.href.empty())
      out << "<a href=\"" << esc(b.href) << "\"" << (b.data_node.empty() ? "" : " data-node=\"" + esc(b.data_node) + "\"")
          << ">";
    out << "<title>" << esc(summary) << "</title><text class=\"label\" x=\"" << label_w - 6 << "\" y=\""
        << y + bar - 2 << "\" text-anchor=\"end\">" << esc(shorten(b.label, label_chars)) << "</text>";
    double at = label_w;
    for (std::size_t s = 0; s < c.series.size() && s < b.values.size(); ++s) {
      const double w = most > 0 ? static_cast<double>(b.values[s]) * plot_w / static_cast<double>(most) : 0;
      out << "<rect class=\"seg\" data-series=\"" << esc(c.series[s].key) << "\" data-value=\"" << b.values[s]
          << "\" x=\"" << fmt::format("{:.1f}", at) << "\" y=\"" << y << "\" width=\"" << fmt::format("{:.1f}", w)
          << "\" height=\"" << bar << "\" fill=\"" << fill_of(c.series[s].key)
          << "\" stroke=\"#222\" stroke-width=\"0.4\"/>";
      at += w;
    }
    out << "<text class=\"total\" x=\"" << fmt::format("{:.1f}", at + 4) << "\" y=\"" << y + bar - 2 << "\">" << n(total)
        << "</text>";
    if (!b.href.empty()) out << "</a>";
    out << "</g>";
  }
  out << "</svg>";
}

}  // namespace kiemtra::core::svg
