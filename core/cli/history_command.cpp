// `kiemtra history [FILE]`: the runs recorded, and the trend of counts per organization.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "cli/output_guard.hpp"
#include "history/history.hpp"
#include "report/output_file.hpp"
#include "report/report_model.hpp"
#include "report/trend_page.hpp"
#include "util/local_time.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core::cli {

namespace {

using nlohmann::json;

/// The trend: the newest complete runs of one dataset, oldest first, and each organization's counts in them.
struct Trend {
  std::string dataset;
  std::vector<std::int64_t> runs;
  std::map<std::string, std::pair<std::string, std::map<std::int64_t, std::array<std::int64_t, 3>>>> orgs;
};

Trend trend_of(History& h, const std::vector<RunRecord>& runs, std::size_t limit) {
  Trend t;
  for (const auto& r : runs)
    if (r.status == "complete") {
      t.dataset = r.dataset;
      break;
    }
  if (t.dataset.empty()) return t;
  for (const auto& r : h.runs(t.dataset, 0))
    if (r.status == "complete" && t.runs.size() < limit) t.runs.insert(t.runs.begin(), r.id);
  for (const auto& c : h.org_counts(t.runs)) {
    auto& org = t.orgs[c.org_id];
    org.first = c.org_path;
    org.second[c.run] = c.counts;
  }
  return t;
}

json run_json(const RunRecord& r) {
  return {{"id", r.id},
          {"started_at", r.started_at},
          {"finished_at", r.finished_at},
          {"status", r.status},
          {"as_of", r.as_of},
          {"dataset", r.dataset},
          {"source", r.source},
          {"content_hash", r.content_hash},
          {"plugins", r.plugins},
          {"configuration_hash", r.config_hash},
          {"kiemtra_version", r.version},
          {"findings", r.findings},
          {"error", r.counts[2]},
          {"warning", r.counts[1]},
          {"info", r.counts[0]},
          {"waived", r.waived},
          {"new", r.fresh},
          {"fixed", r.fixed},
          {"exit_code", r.exit_code}};
}

/// The trend page's figures: every complete run of the trend's dataset (at most `limit`; 0: all), oldest first.
TrendPage trend_page(History& h, const std::string& dataset, std::size_t limit, const std::string& file,
                     const std::string& lang) {
  TrendPage p;
  p.dataset = dataset;
  p.history_file = file;
  p.lang = lang;
  if (dataset.empty()) return p;
  std::vector<RunRecord> runs;
  for (auto& r : h.runs(dataset, 0))
    if (r.status == "complete" && (limit == 0 || runs.size() < limit)) runs.push_back(std::move(r));
  std::reverse(runs.begin(), runs.end());
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, std::size_t> at;
  for (const RunRecord& r : runs) {
    at[r.id] = p.nights.size();
    ids.push_back(r.id);
    p.nights.push_back({r.id, r.started_at, r.as_of, r.report, r.counts, r.fresh, r.fixed, {}});
  }
  for (const RuleCount& c : h.rule_counts(ids))
    p.nights[at[c.run]].families[family_of(c.rule)] += c.counts[0] + c.counts[1] + c.counts[2];
  if (p.nights.size() < 2) return p;
  // Only the runs compared are read per organization: 1,000 nights of 10,000 organizations would not fit.
  const auto totals = [&](std::int64_t run) {
    OrgTotals out;
    for (const OrgCount& c : h.org_counts({run})) {
      auto& org = out[c.org_id];
      org.first = c.org_path;
      org.second += c.counts[0] + c.counts[1] + c.counts[2];
    }
    return out;
  };
  const OrgTotals newest = totals(p.nights.back().run);
  p.previous_run = p.nights[p.nights.size() - 2].run;
  p.since_previous = top_rises(totals(p.previous_run), newest, 10);
  if (const std::size_t k = month_start(p.nights); k < p.nights.size()) {
    p.month_run = p.nights[k].run;
    p.over_30_days = top_rises(totals(p.month_run), newest, 10);
  }
  return p;
}

}  // namespace

int run_history(const CommonOptions& common, const HistoryOptions& o) {
  const bool en = common.lang == "en";
  const std::filesystem::path file =
      o.file.empty() || o.file == "default" ? default_history_path() : std::filesystem::path(o.file);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec))
    throw UserError(
        {"Không có tệp lịch sử '" + file.string() + "'.", "There is no history file '" + file.string() + "'."});
  History h(file, History::Mode::read_only);  // listing changes nothing, and works on a read-only file
  const auto runs = h.runs(o.dataset, o.limit);
  const Trend t = trend_of(h, runs, o.limit);

  std::string format = o.format;
  if (!o.output.empty() && o.output != "-") {
    const std::string ext = std::filesystem::path(o.output).extension().string();
    if (ext == ".html" || ext == ".htm") format = "html";
    else if (ext == ".json") format = "json";
    else
      throw UserError({"--output của history phải là tệp .html (trang xu hướng) hoặc .json, không phải '" + o.output + "'.",
                        "history's --output must be an .html (the trend page) or a .json file, not '" + o.output + "'."});
    refuse_outputs_over_inputs({o.output}, RunInputs{{}, {file}});
  }
  const TrendPage page = trend_page(h, t.dataset, o.limit_given ? o.limit : 0, file.string(), common.lang);
  if (format == "html") {
    const auto draw = [&](std::ostream& out) { write_trend_html(page, out); };
    if (o.output.empty() || o.output == "-") write_stdout(draw);
    else write_output_file(o.output, draw);
    return kExitOk;
  }

  if (format == "json") {
    json list = json::array();
    for (const auto& r : runs) list.push_back(run_json(r));
    json orgs = json::array();
    for (const auto& [id, org] : t.orgs) {
      json counts = json::array();
      for (std::int64_t run : t.runs) {
        const auto it = org.second.find(run);
        const std::array<std::int64_t, 3> c = it == org.second.end() ? std::array<std::int64_t, 3>{} : it->second;
        counts.push_back({{"run", run}, {"error", c[2]}, {"warning", c[1]}, {"info", c[0]}});
      }
      orgs.push_back({{"id", id}, {"path", org.first}, {"counts", counts}});
    }
    const json doc{{"schema", "kiemtra.history/1"},
                      {"file", file.string()},
                      {"runs", list},
                      {"trend", {{"dataset", t.dataset}, {"runs", t.runs}, {"organizations", orgs}}},
                      {"nights", trend_json(page)}};
    const auto emit = [&](std::ostream& out) { out << doc.dump(2) << "\n"; };
    if (o.output.empty() || o.output == "-") write_stdout(emit);
    else write_output_file(o.output, emit);
    return kExitOk;
  }

  auto n = [&](std::int64_t v) { return format_count(v, common.lang); };
  std::cout << fmt::format(fmt::runtime(en ? "History {}: {} runs shown\n" : "Lịch sử {}: {} lần chạy\n"),
                           file.string(), runs.size());
  // The dataset's name comes last: names are long and of any width, the other columns are not.
  std::cout << fmt::format("{:>5}  {:<26}  {:<10}  {:<11}  {:>6} {:>6} {:>6}  {:>5} {:>6} {:>6}  {:>8}  {}\n", "#",
                           en ? "started" : "bắt đầu", en ? "as of" : "tham chiếu", en ? "status" : "trạng thái",
                           en ? "error" : "lỗi", en ? "warn" : "c.báo", en ? "info" : "t.tin", en ? "new" : "mới",
                           en ? "fixed" : "đã sửa", en ? "waived" : "m.trừ", en ? "exit" : "mã thoát",
                           en ? "dataset" : "bộ dữ liệu");
  for (const auto& r : runs) {
    const std::string status = r.status == "complete" ? (en ? "complete" : "xong") : (en ? "interrupted" : "bị ngắt");
    // Times in the reader's zone, with the zone: the file may have been written on a server set to UTC.
    std::cout << fmt::format("{:>5}  {:<26}  {:<10}  {:<11}  {:>6} {:>6} {:>6}  {:>5} {:>6} {:>6}  {:>8}  {}\n", r.id,
                             display_time(r.started_at, common.lang), r.as_of, status, n(r.counts[2]), n(r.counts[1]),
                             n(r.counts[0]), n(r.fresh), n(r.fixed), n(r.waived),
                             r.status == "complete" ? std::to_string(r.exit_code) : "-", r.dataset);
  }
  if (t.runs.empty()) return kExitOk;
  std::cout << "\n"
            << fmt::format(fmt::runtime(en ? "Trend of {} (errors/warnings/info per run):\n"
                                           : "Xu hướng của {} (lỗi/cảnh báo/thông tin theo lần chạy):\n"),
                           t.dataset);
  std::string head = fmt::format("{:<12}", en ? "org" : "tổ chức");
  for (std::int64_t run : t.runs) head += fmt::format("  {:>11}", "#" + std::to_string(run));
  std::cout << head << "  " << (en ? "path" : "đường dẫn") << "\n";
  for (const auto& [id, org] : t.orgs) {
    std::string line = fmt::format("{:<12}", id);
    for (std::int64_t run : t.runs) {
      const auto it = org.second.find(run);
      const auto c = it == org.second.end() ? std::array<std::int64_t, 3>{} : it->second;
      line += fmt::format("  {:>11}", fmt::format("{}/{}/{}", n(c[2]), n(c[1]), n(c[0])));
    }
    std::cout << line << "  " << org.first << "\n";
  }
  return kExitOk;
}

}  // namespace kiemtra::core::cli
