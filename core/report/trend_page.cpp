// The nightly trend page: static HTML and inline SVG, no script at all; its one stylesheet is allowed by hash.
#include "report/trend_page.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <kiemtra/date.hpp>

#include "report/report_model.hpp"
#include "report/svg_chart.hpp"
#include "report/svg_time_chart.hpp"
#include "report/text_escape.hpp"
#include "util/local_time.hpp"
#include "util/numbers.hpp"
#include "util/sha256.hpp"

namespace kiemtra::core {

namespace {

constexpr std::size_t kTableNights = 30;  // nights in the table; the JSON has them all

constexpr std::string_view kTrendStyle = R"CSS(
*{box-sizing:border-box}
body{margin:0;padding:1.25rem 2rem 3rem;font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #d5dae1;padding-bottom:.25rem}
.meta,.hint{color:#5b6470;margin:.15rem 0}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}
.card{border:1px solid #d5dae1;border-radius:6px;padding:.5rem .9rem;min-width:8.5rem;display:flex;flex-direction:column;background:#f6f7f9}
.card .n{font-size:1.6rem;font-weight:700}
.chart-defs{position:absolute;width:0;height:0;overflow:hidden}
svg.chart{max-width:100%;height:auto;display:block;margin:.25rem 0 .75rem}
svg.chart g.night:hover rect.hit{fill-opacity:.12;fill:#000}
table.grid{border-collapse:collapse;margin:.25rem 0;font-size:.92em}
table.grid th,table.grid td{border:1px solid #d5dae1;padding:.3rem .55rem;text-align:left;vertical-align:top}
table.grid th{background:#f6f7f9}
.num{text-align:right!important;font-variant-numeric:tabular-nums}
code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace}
@media print{@page{size:A4 landscape;margin:12mm}body{padding:0;font-size:9.5pt}a{color:inherit}h2{break-after:avoid}svg.chart,tr{break-inside:avoid}}
)CSS";

struct Words {
  const std::string& lang;
  std::string operator()(const char* vi, const char* en) const { return lang == "en" ? en : vi; }
};

std::string date_of(const std::string& started_at) { return started_at.substr(0, 10); }

std::int32_t day_number(const std::string& iso) {
  if (iso.size() < 10) return 0;
  try {
    const int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
    return Date::is_valid_ymd(y, m, d) ? Date::from_ymd(y, m, d).days : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

void write_rises(const TrendPage& p, const std::vector<TrendRise>& rises, std::int64_t base, const std::string& id,
                 const std::string& heading, std::ostream& out) {
  const Words W{p.lang};
  const auto n = [&](std::int64_t v) { return format_count(v, p.lang); };
  out << "<section id=\"" << id << "\">\n<h2>" << html_escape(heading) << "</h2>\n";
  if (base == 0) {
    out << "<p class=\"hint\">" << html_escape(W("Chưa có lần chạy nào để so sánh.", "No run to compare with yet."))
        << "</p>\n</section>\n";
    return;
  }
  out << "<p class=\"meta\">" << html_escape(W("So với lần chạy", "Compared with run")) << " #" << base << "</p>\n";
  if (rises.empty()) {
    out << "<p>" << html_escape(W("Không tổ chức nào tăng số phát hiện.", "No organization's findings rose."))
        << "</p>\n</section>\n";
    return;
  }
  svg::BarChart chart{id + "-chart", heading, {{"new", W("tăng thêm", "rise")}}, {}, p.lang};
  for (const TrendRise& r : rises) {
    const auto cut = r.path.rfind(" › ");
    const std::string name = cut == std::string::npos ? r.path : r.path.substr(cut + 5);
    chart.bars.push_back({name.empty() ? r.org_id : name, r.org_id, "", "", {r.now - r.before}});
  }
  svg::write_bar_chart(chart, out);
  out << "\n<table class=\"grid\" id=\"" << id << "-table\"><thead><tr><th>" << html_escape(W("Tổ chức", "Organization"))
      << "</th><th class=\"num\">" << html_escape(W("Trước", "Before")) << "</th><th class=\"num\">"
      << html_escape(W("Nay", "Now")) << "</th><th class=\"num\">" << html_escape(W("Tăng", "Rise"))
      << "</th></tr></thead><tbody>\n";
  for (const TrendRise& r : rises)
    out << "<tr data-org=\"" << html_escape(r.org_id) << "\"><td>" << html_escape(r.path) << " <code>"
        << html_escape(r.org_id) << "</code></td><td class=\"num\">" << n(r.before) << "</td><td class=\"num\">"
        << n(r.now) << "</td><td class=\"num\">+" << n(r.now - r.before) << "</td></tr>\n";
  out << "</tbody></table>\n</section>\n";
}

}  // namespace

std::vector<TrendRise> top_rises(const OrgTotals& before, const OrgTotals& now, std::size_t limit) {
  std::vector<TrendRise> out;
  for (const auto& [id, org] : now) {
    const auto it = before.find(id);
    const std::int64_t was = it == before.end() ? 0 : it->second.second;
    if (org.second > was) out.push_back({id, org.first, was, org.second});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TrendRise& a, const TrendRise& b) { return a.now - a.before > b.now - b.before; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::size_t month_start(const std::vector<TrendNight>& nights) {
  if (nights.size() < 2) return nights.size();
  const std::int32_t newest = day_number(nights.back().started_at);
  for (std::size_t k = 0; k + 1 < nights.size(); ++k)
    if (newest - day_number(nights[k].started_at) <= 30) return k;
  return nights.size();
}

void write_trend_html(const TrendPage& p, std::ostream& out) {
  const Words W{p.lang};
  const auto n = [&](std::int64_t v) { return format_count(v, p.lang); };
  const std::string title = W("Xu hướng kiểm tra", "Validation trend") + " — " + p.dataset;
  const std::string csp = fmt::format(
      "default-src 'none'; script-src 'none'; style-src 'sha256-{}'; img-src 'none'; font-src 'none'; "
      "connect-src 'none'; base-uri 'none'; form-action 'none'",
      to_base64(sha256(kTrendStyle)));
  out << "<!DOCTYPE html>\n<html lang=\"" << (p.lang == "en" ? "en" : "vi") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << csp << "\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"kiemtra " << KIEMTRA_VERSION << "\">\n<title>" << html_escape(title)
      << "</title>\n<style>" << kTrendStyle << "</style>\n</head>\n<body>\n" << svg::fill_defs() << "\n<header>\n<h1>"
      << html_escape(W("Xu hướng kiểm tra", "Validation trend")) << " — <span id=\"dataset-name\">"
      << html_escape(p.dataset) << "</span></h1>\n<p class=\"meta\"><span id=\"nights\">" << n(static_cast<std::int64_t>(p.nights.size()))
      << "</span> " << html_escape(W("lần chạy", "runs"));
  if (!p.nights.empty())
    out << " · " << html_escape(display_time(p.nights.front().started_at, p.lang)) << " – "
        << html_escape(display_time(p.nights.back().started_at, p.lang));
  out << " · " << html_escape(W("tệp lịch sử", "history file")) << " <code>" << html_escape(p.history_file)
      << "</code></p>\n</header>\n";
  if (p.nights.empty()) {
    out << "<p>" << html_escape(W("Tệp lịch sử chưa có lần chạy hoàn tất nào của bộ dữ liệu này.",
                                   "The history has no complete run of this dataset yet."))
        << "</p>\n</body>\n</html>\n";
    return;
  }

  const TrendNight& last = p.nights.back();
  out << "<section id=\"latest\">\n<h2>" << html_escape(W("Lần chạy mới nhất", "Latest run")) << " #" << last.run
      << "</h2>\n<div class=\"cards\">\n";
  const std::pair<const char*, std::int64_t> cards[] = {
      {"error", last.counts[2]}, {"warning", last.counts[1]}, {"info", last.counts[0]},
      {"new", last.fresh},       {"fixed", last.fixed}};
  const std::map<std::string, std::string> names = {
      {"error", W("lỗi", "errors")},         {"warning", W("cảnh báo", "warnings")},
      {"info", W("thông tin", "info")},      {"new", W("phát hiện mới", "new findings")},
      {"fixed", W("đã khắc phục", "fixed")}};
  for (const auto& [key, v] : cards)
    out << "<div class=\"card\"><span class=\"n\" id=\"last-" << key << "\">" << n(v) << "</span><span>"
        << html_escape(names.at(key)) << "</span></div>\n";
  if (!last.report.empty())
    out << "</div>\n<p><a id=\"last-report\" href=\"" << html_escape(svg::file_href(last.report)) << "\">"
        << html_escape(W("Mở báo cáo của lần chạy này", "Open this run's report")) << "</a></p>\n";
  else
    out << "</div>\n";
  out << "</section>\n";

  svg::TimeChart base;
  base.lang = p.lang;
  for (const TrendNight& t : p.nights) {
    base.nights.push_back(date_of(t.started_at));
    base.runs.push_back(std::to_string(t.run));
  }
  out << "<section id=\"charts\">\n<h2>" << html_escape(W("Theo từng đêm", "Night by night")) << "</h2>\n<p class=\"hint\">"
      << html_escape(W("Di chuột lên một cột để xem số liệu; bấm để mở báo cáo của lần chạy đó (nếu đã ghi lại).",
                       "Hover over a night for its figures; click it to open that run's report (when recorded)."))
      << "</p>\n";
  svg::TimeChart severity = base;
  severity.id = "trend-severity";
  severity.title = W("Phát hiện mỗi đêm theo mức độ", "Findings per night by severity");
  for (const TrendNight& t : p.nights) severity.links.push_back(t.report);
  for (int s = 2; s >= 0; --s) {
    svg::TimeSeries ts{s == 2 ? "error" : s == 1 ? "warning" : "info", names.at(s == 2 ? "error" : s == 1 ? "warning" : "info"), {}};
    for (const TrendNight& t : p.nights) ts.values.push_back(t.counts[s]);
    severity.series.push_back(std::move(ts));
  }
  out << "<h3>" << html_escape(severity.title) << "</h3>\n";
  svg::write_time_chart(severity, out);

  svg::TimeChart families = base;
  families.id = "trend-families";
  families.title = W("Phát hiện mỗi đêm theo nhóm quy tắc", "Findings per night by rule family");
  families.lines = true;
  std::map<std::string, std::size_t> family_index;
  for (const TrendNight& t : p.nights)
    for (const auto& [family, v] : t.families) family_index.emplace(family, 0);
  for (auto& [family, index] : family_index) {
    index = families.series.size();
    families.series.push_back({family, family_label(family, p.lang), {}});
  }
  for (const TrendNight& t : p.nights)
    for (auto& [family, index] : family_index) {
      const auto it = t.families.find(family);
      families.series[index].values.push_back(it == t.families.end() ? 0 : it->second);
    }
  out << "\n<h3>" << html_escape(families.title) << "</h3>\n";
  svg::write_time_chart(families, out);

  svg::TimeChart changes = base;
  changes.id = "trend-changes";
  changes.title = W("Phát hiện mới và đã khắc phục mỗi đêm", "New and fixed findings per night");
  changes.series = {{"new", names.at("new"), {}}, {"fixed", names.at("fixed"), {}}};
  for (const TrendNight& t : p.nights) {
    changes.series[0].values.push_back(t.fresh);
    changes.series[1].values.push_back(t.fixed);
  }
  out << "\n<h3>" << html_escape(changes.title) << "</h3>\n";
  svg::write_time_chart(changes, out);
  out << "\n</section>\n";

  write_rises(p, p.since_previous, p.previous_run, "rose-previous",
              W("Tổ chức tăng nhiều phát hiện nhất so với lần chạy trước",
                "Organizations whose findings rose most since the previous run"),
              out);
  write_rises(p, p.over_30_days, p.month_run, "rose-30-days",
              W("Tổ chức tăng nhiều phát hiện nhất trong 30 ngày", "Organizations whose findings rose most over 30 days"),
              out);

  // The numbers of the charts, newest first: the last nights here, every night in `--format json`.
  out << "<section id=\"numbers\">\n<h2>" << html_escape(W("Số liệu các lần chạy gần nhất", "Figures of the latest runs"))
      << "</h2>\n<table class=\"grid\" id=\"nights-table\"><thead><tr><th>#</th><th>"
      << html_escape(W("Bắt đầu", "Started")) << "</th><th>" << html_escape(W("Ngày tham chiếu", "As of")) << "</th>";
  for (const char* key : {"error", "warning", "info", "new", "fixed"})
    out << "<th class=\"num\">" << html_escape(names.at(key)) << "</th>";
  out << "<th>" << html_escape(W("Báo cáo", "Report")) << "</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < p.nights.size() && i < kTableNights; ++i) {
    const TrendNight& t = p.nights[p.nights.size() - 1 - i];
    out << "<tr data-run=\"" << t.run << "\"><td>" << t.run << "</td><td>" << html_escape(display_time(t.started_at, p.lang))
        << "</td><td>" << html_escape(t.as_of) << "</td><td class=\"num\">" << n(t.counts[2]) << "</td><td class=\"num\">"
        << n(t.counts[1]) << "</td><td class=\"num\">" << n(t.counts[0]) << "</td><td class=\"num\">" << n(t.fresh)
        << "</td><td class=\"num\">" << n(t.fixed) << "</td><td>";
    if (!t.report.empty())
      out << "<a href=\"" << html_escape(svg::file_href(t.report)) << "\">" << html_escape(W("mở", "open")) << "</a>";
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  if (p.nights.size() > kTableNights)
    out << "<p class=\"hint\">" << html_escape(fmt::format(
                                       fmt::runtime(W("… và {} lần chạy trước đó (kiemtra history --format json).",
                                                      "… and {} earlier runs (kiemtra history --format json).")),
                                       n(static_cast<std::int64_t>(p.nights.size() - kTableNights))))
        << "</p>\n";
  out << "</section>\n</body>\n</html>\n";
}

nlohmann::json trend_json(const TrendPage& p) {
  using nlohmann::json;
  json nights = json::array();
  for (const TrendNight& t : p.nights)
    nights.push_back({{"run", t.run},
                      {"started_at", t.started_at},
                      {"as_of", t.as_of},
                      {"report", t.report.empty() ? json(nullptr) : json(t.report)},
                      {"error", t.counts[2]},
                      {"warning", t.counts[1]},
                      {"info", t.counts[0]},
                      {"new", t.fresh},
                      {"fixed", t.fixed},
                      {"families", t.families}});
  const auto rises = [](const std::vector<TrendRise>& list, std::int64_t base) {
    json out = json::array();
    for (const TrendRise& r : list)
      out.push_back({{"id", r.org_id}, {"path", r.path}, {"before", r.before}, {"now", r.now}, {"rise", r.now - r.before}});
    return json{{"compared_with", base ? json(base) : json(nullptr)}, {"organizations", out}};
  };
  return {{"dataset", p.dataset},
          {"nights", nights},
          {"rose_since_previous", rises(p.since_previous, p.previous_run)},
          {"rose_over_30_days", rises(p.over_30_days, p.month_run)}};
}

}  // namespace kiemtra::core
