// `kiemtra history [FILE]`: the runs recorded, and the trend of counts per organization.
#include <fmt/format.h>

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "history/history.hpp"
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

  if (o.format == "json") {
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
    std::cout << json{{"schema", "kiemtra.history/1"},
                      {"file", file.string()},
                      {"runs", list},
                      {"trend", {{"dataset", t.dataset}, {"runs", t.runs}, {"organizations", orgs}}}}
                     .dump(2)
              << "\n";
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
