// Charts of one value per night. Presentation attributes only: the page's CSP allows no style attribute.
#include "report/svg_time_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "report/text_escape.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core::svg {

namespace {

// Okabe-Ito for lines, each with its own dash so that greyscale print tells them apart too.
constexpr const char* kLineColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
                                        "#F0E442"};
constexpr const char* kLineDashes[] = {"", "6 3", "2 2", "8 3 2 3", "1 3", "10 4", "4 4", "3 6"};

std::string fill_of(const std::string& key) { return "url(#kt-fill-" + key + ")"; }

}  // namespace

std::string file_href(const std::string& path) {
  std::string out = path.empty() || path.front() != '/' ? "" : "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c >= 0x80)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

void write_time_chart(const TimeChart& c, std::ostream& out) {
  const auto esc = [](const std::string& s) { return html_escape(s); };
  const std::size_t nights = c.nights.size();
  const int left = 56, right = 12, top = 26, bottom = 22;
  const double plot_w = c.width - left - right, plot_h = c.height - top - bottom;
  const double step = nights ? plot_w / static_cast<double>(nights) : plot_w;

  std::int64_t most = 0;
  for (std::size_t k = 0; k < nights; ++k) {
    std::int64_t at = 0;
    for (const TimeSeries& s : c.series) {
      const std::int64_t v = k < s.values.size() ? s.values[k] : 0;
      at = c.lines ? std::max(at, v) : at + v;
    }
    most = std::max(most, at);
  }
  const double scale = most > 0 ? plot_h / static_cast<double>(most) : 0;
  const auto y_of = [&](std::int64_t v) { return top + plot_h - static_cast<double>(v) * scale; };

  out << "<svg class=\"chart time\" id=\"" << esc(c.id) << "\" role=\"img\" aria-label=\"" << esc(c.title)
      << "\" width=\"" << c.width << "\" height=\"" << c.height << "\" viewBox=\"0 0 " << c.width << ' ' << c.height
      << "\" font-size=\"11\" data-nights=\"" << nights << "\"><title>" << esc(c.title) << "</title>";
  // Legend, axis and the largest value: a reader needs the scale, not only the shape.
  double x = left;
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    const TimeSeries& ts = c.series[s];
    out << "<g class=\"legend\" data-series=\"" << esc(ts.key) << "\">";
    if (c.lines)
      out << "<line x1=\"" << x << "\" y1=\"8\" x2=\"" << x + 18 << "\" y2=\"8\" stroke=\"" << kLineColours[s % 8]
          << "\" stroke-width=\"2\"" << (*kLineDashes[s % 8] ? fmt::format(" stroke-dasharray=\"{}\"", kLineDashes[s % 8]) : "")
          << "/>";
    else
      out << "<rect x=\"" << x << "\" y=\"2\" width=\"12\" height=\"12\" fill=\"" << fill_of(ts.key)
          << "\" stroke=\"#333\" stroke-width=\"0.5\"/>";
    out << "<text x=\"" << x + 22 << "\" y=\"12\">" << esc(ts.label) << "</text></g>";
    x += 30 + static_cast<double>(ts.label.size()) * 6.2;
  }
  out << "<line x1=\"" << left << "\" y1=\"" << top + plot_h << "\" x2=\"" << c.width - right << "\" y2=\"" << top + plot_h
      << "\" stroke=\"#555\"/><line x1=\"" << left << "\" y1=\"" << top << "\" x2=\"" << left << "\" y2=\"" << top + plot_h
      << "\" stroke=\"#555\"/><text x=\"" << left - 4 << "\" y=\"" << top + 4 << "\" text-anchor=\"end\">"
      << format_count(most, c.lang) << "</text><text x=\"" << left - 4 << "\" y=\"" << top + plot_h
      << "\" text-anchor=\"end\">0</text>";
  // Dates under the axis: the first, the last, and a few between.
  const std::size_t every = std::max<std::size_t>(1, nights / 6);
  for (std::size_t k = 0; k < nights; k += every)
    if (k + every / 2 < nights || k + 1 == nights)
      out << "<text class=\"date\" x=\"" << fmt::format("{:.1f}", left + step * (static_cast<double>(k) + 0.5))
          << "\" y=\"" << c.height - 6 << "\" text-anchor=\"middle\">" << esc(c.nights[k]) << "</text>";
  if (nights > 1 && (nights - 1) % every != 0)
    out << "<text class=\"date\" x=\"" << c.width - right << "\" y=\"" << c.height - 6 << "\" text-anchor=\"end\">"
        << esc(c.nights.back()) << "</text>";

  const std::string w = fmt::format("{:.2f}", std::max(step - (step > 4 ? 1.0 : 0.0), 0.5));
  for (std::size_t k = 0; k < nights; ++k) {
    const std::string x0 = fmt::format("{:.2f}", left + step * static_cast<double>(k));
    const std::string link = k < c.links.size() ? c.links[k] : "";
    std::string title = c.nights[k] + " (#" + c.runs[k] + "):";
    for (std::size_t s = 0; s < c.series.size(); ++s)
      title += fmt::format(" {} {}{}", c.series[s].label,
                           format_count(k < c.series[s].values.size() ? c.series[s].values[k] : 0, c.lang),
                           s + 1 < c.series.size() ? "," : "");
    out << "<g class=\"night\" data-run=\"" << esc(c.runs[k]) << "\">";
    if (!link.empty()) out << "<a href=\"" << esc(file_href(link)) << "\">";
    out << "<title>" << esc(title) << "</title><rect class=\"hit\" x=\"" << x0 << "\" y=\"" << top << "\" width=\"" << w
        << "\" height=\"" << plot_h << "\" fill=\"#fff\" fill-opacity=\"0\"/>";
    if (!c.lines) {
      std::int64_t below = 0;
      for (const TimeSeries& s : c.series) {
        const std::int64_t v = k < s.values.size() ? s.values[k] : 0;
        if (v == 0) continue;
        out << "<rect data-series=\"" << esc(s.key) << "\" data-value=\"" << v << "\" x=\"" << x0 << "\" y=\""
            << fmt::format("{:.1f}", y_of(below + v)) << "\" width=\"" << w << "\" height=\""
            << fmt::format("{:.1f}", static_cast<double>(v) * scale) << "\" fill=\"" << fill_of(s.key) << "\"/>";
        below += v;
      }
    }
    if (!link.empty()) out << "</a>";
    out << "</g>";
  }
  if (c.lines)
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const TimeSeries& ts = c.series[s];
      std::string points, values;
      for (std::size_t k = 0; k < nights; ++k) {
        const std::int64_t v = k < ts.values.size() ? ts.values[k] : 0;
        points += fmt::format("{}{:.1f},{:.1f}", k ? " " : "", left + step * (static_cast<double>(k) + 0.5), y_of(v));
        values += fmt::format("{}{}", k ? " " : "", v);
      }
      if (nights == 1)  // one night is a dot, not a line
        out << "<circle class=\"point\" data-series=\"" << esc(ts.key) << "\" cx=\"" << left + step / 2 << "\" cy=\""
            << y_of(ts.values.empty() ? 0 : ts.values[0]) << "\" r=\"3\" fill=\"" << kLineColours[s % 8] << "\"/>";
      out << "<polyline class=\"line\" data-series=\"" << esc(ts.key) << "\" data-values=\"" << values << "\" points=\""
          << points << "\" fill=\"none\" stroke=\"" << kLineColours[s % 8] << "\" stroke-width=\"2\""
          << (*kLineDashes[s % 8] ? fmt::format(" stroke-dasharray=\"{}\"", kLineDashes[s % 8]) : "")
          << " pointer-events=\"none\"/>";
    }
  out << "</svg>";
}

}  // namespace kiemtra::core::svg
