// `kiemtra validate`: read, run the rules, apply waivers, compare with the history, report, and
// turn the outcome into an exit code.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/color.hpp"
#include "cli/run_summary.hpp"
#include "cli/exit_policy.hpp"
#include "cli/keep_until_exit.hpp"
#include "cli/output_guard.hpp"
#include "cli/overlapped_load.hpp"
#include "cli/progress.hpp"
#include "config/config_text.hpp"
#include "config/sql_rules.hpp"
#include "dataset/dataset_size.hpp"
#include "dataset/reader.hpp"
#include "engine/engine.hpp"
#include "engine/engine_rules.hpp"
#include "history/history.hpp"
#include "run/validate.hpp"
#include "report/formats.hpp"
#include "util/huge_pages.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::cli {

namespace {

namespace fs = std::filesystem;

/// Each destination of the report with its format: every --output by its extension (or
/// --format for a lone output that has none), else standard output in --format.
std::vector<std::pair<std::string, std::string>> destinations(const ValidateOptions& o) {
  std::vector<std::pair<std::string, std::string>> out;
  if (o.outputs.empty()) out.emplace_back(o.format.empty() ? "text" : o.format, "");
  for (const auto& path : o.outputs) {
    std::string format = format_for_path(path);
    if (!o.format.empty() && (o.outputs.size() == 1 || format.empty())) format = o.format;
    if (format.empty())
      throw UserError(
          {"Không biết định dạng cho '" + path + "': dùng đuôi tệp (.json, .txt ...) hoặc --format.",
           "Cannot tell the format of '" + path + "': use a file extension (.json, .txt ...) or --format."});
    out.emplace_back(format, path);
  }
  for (const auto& [format, path] : out)
    if (std::find(report_formats().begin(), report_formats().end(), format) == report_formats().end())
      throw UserError({"Định dạng không hỗ trợ: '" + format + "'.", "Unsupported format: '" + format + "'."});
  return out;
}

void check_options(const ValidateOptions& o) {
  if (o.fail_on != "error" && o.fail_on != "warning" && o.fail_on != "info" && o.fail_on != "never")
    throw UserError({"--fail-on nhận error, warning, info hoặc never, không phải '" + o.fail_on + "'.",
                     "--fail-on takes error, warning, info or never, not '" + o.fail_on + "'."});
  // NaN passes every comparison, and a huge value overflows the clock: both would end every rule at once.
  if (!std::isfinite(o.rule_timeout) || o.rule_timeout < 0 || o.rule_timeout > kMaxRuleTimeout)
    throw UserError({fmt::format("--rule-timeout nhận số giây từ 0 (không giới hạn) đến {}, không phải {}.",
                                 kMaxRuleTimeout, o.rule_timeout),
                     fmt::format("--rule-timeout takes seconds from 0 (no limit) to {}, not {}.", kMaxRuleTimeout,
                                 o.rule_timeout)});
  if (o.fail_on_new && o.history.empty())
    throw UserError({"--fail-on-new cần --history: phải có lần chạy trước để biết phát hiện nào là mới.",
                     "--fail-on-new needs --history: new findings are told by comparing with the last run."});
}

void report_problems(const PluginSet& plugins, const RunResult& result, const std::string& lang) {
  const bool en = lang == "en";
  for (const auto& p : plugins.plugins)
    if (!p.loaded) std::cerr << "kiemtra: " << p.error.in(lang) << "\n";
  for (const auto& f : result.failures)
    std::cerr << "kiemtra: "
              << fmt::format(fmt::runtime(en ? "rule {} (plugin {}) failed: {}" : "quy tắc {} (plugin {}) bị lỗi: {}"),
                             f.rule_id, f.plugin, f.message)
              << "\n";
  for (const auto& c : result.crashes) {
    const std::string how = c.timed_out ? (en ? "timed out" : "quá thời hạn")
                            : c.signal  ? signal_name(c.signal)
                                        : fmt::format("exit {}", c.exit_status);
    std::cerr << "kiemtra: "
              << fmt::format(
                     fmt::runtime(
                         en ? "plugin {} crashed ({}) in rule {}; that rule lost its findings, the others ran"
                            : "plugin {} bị dừng ({}) ở quy tắc {}; quy tắc đó mất phát hiện, các quy tắc khác vẫn chạy"),
                     c.plugin, how, c.rule.empty() ? "-" : c.rule)
              << "\n";
  }
}

/// A --rules glob that matches no loaded rule would run nothing and report "no findings": a nightly job with a
/// typo would stay green forever. Refused, with the closest id or family as a suggestion.
void check_rule_globs(const std::vector<std::string>& globs, const PluginSet& plugins) {
  const auto known = known_rules(plugins);
  std::vector<std::string> candidates;
  std::set<std::string> families;
  for (const auto& m : known) {
    candidates.push_back(m.id);
    families.insert(m.id.substr(0, m.id.find('/')) + "/*");
  }
  candidates.insert(candidates.end(), families.begin(), families.end());
  for (const auto& glob : globs) {
    if (std::any_of(known.begin(), known.end(), [&](const RuleMeta& m) { return glob_match(glob, m.id); })) continue;
    const Suggestion hint = did_you_mean(glob, candidates);
    throw UserError({fmt::format("--rules '{}' không khớp với quy tắc nào đã nạp{}; xem `kiemtra rules list`.", glob,
                                 hint.vi),
                     fmt::format("--rules '{}' matches no loaded rule{}; see `kiemtra rules list`.", glob, hint.en)});
  }
}

/// What this run reads or keeps: the dataset, every profile it may use, waivers, the history and its sidecars.
RunInputs inputs_of(const ValidateOptions& o, const std::filesystem::path& history) {
  RunInputs in;
  in.dataset = o.dataset;
  if (!o.config_file.empty()) in.files.emplace_back(o.config_file);
  std::error_code ec;
  for (const auto& dir : profile_search_path(exe_dir()))
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".yaml") in.files.push_back(it->path());
  for (const auto& w : o.waivers) in.files.emplace_back(w);
  if (!history.empty())
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) in.files.emplace_back(history.string() + suffix);
  return in;
}

}  // namespace

int run_validate(const CommonOptions& common, const ValidateOptions& o) {
  // The dataset's files are looked at once, for both decisions that depend on their size.
  const dataset::DatasetSize size = dataset::measure_dataset(o.dataset, dataset::kLargeDatasetBytes);
  restart_with_huge_pages(common.argv, dataset::large_dataset(size));
  const auto targets = destinations(o);
  check_options(o);
  const fs::path history =
      o.history.empty() ? fs::path() : o.history == "default" ? default_history_path() : fs::path(o.history);
  refuse_outputs_over_inputs(o.outputs, inputs_of(o, history));
  const Date cli_as_of = o.as_of.empty() ? Date{} : parse_cli_date(o.as_of, "--as-of");

  // The profile's SQL rules must exist before the profile's `rules:` can name them.
  const fs::path profile_file = o.profile.empty() || o.config_file.empty() ? chosen_profile(o.profile, o.config_file)
                                                                          : fs::path();
  const std::vector<std::string> sql_rules =
      profile_file.empty() ? std::vector<std::string>{} : profile_sql_rules(profile_file, profile_search_path(exe_dir()));
  Progress progress(!o.quiet, common.lang);
  ReadOptions read_options;
  read_options.strict = o.strict;
  read_options.jobs = o.jobs;
  const auto read = [&] { return read_dataset(o.dataset, read_options); };
  // A small dataset is read while the plugins load; its errors still come after those of the options.
  std::shared_ptr<const Dataset> data;
  std::exception_ptr read_error;
  const bool overlap = !o.print_config && overlap_worth_it(size);
  if (overlap) progress.reading(o.dataset);
  auto plugins_kept = std::make_unique<const PluginSet>(
      overlap ? load_while_reading([&](const TrialHooks* hooks) { return load_all_plugins(common, sql_rules, hooks); },
                                   read, data, read_error)
              : load_all_plugins(common, sql_rules));
  const PluginSet& plugins = *plugins_kept;
  check_rule_globs(o.rules, plugins);
  Config config = choose_config(o.profile, o.config_file, plugins);
  for (const auto& file : o.waivers) {
    auto more = load_waivers_file(file);
    config.waivers.insert(config.waivers.end(), more.begin(), more.end());
  }
  if (o.print_config) {
    std::cout << config.to_yaml();
    return kExitOk;
  }

  if (read_error) std::rethrow_exception(read_error);
  if (!overlap) {
    progress.reading(o.dataset);
    data = read();
  }
  progress.read_done(data->organizations.size(), data->members.size(), data->dues.size());

  ValidateRequest request;
  RunOptions& run_options = request.run;
  run_options.as_of = cli_as_of.valid() ? cli_as_of : data->as_of.valid() ? data->as_of : today();
  run_options.jobs = o.jobs;
  run_options.rule_globs = o.rules;
  run_options.isolate = o.isolate;
  run_options.rule_timeout = o.rule_timeout;
  const RuleLimits limits = rule_limits_for(dataset_rows(*data));
  run_options.max_findings_per_rule = limits.findings;
  run_options.max_bytes_per_rule = limits.bytes;
  run_options.on_rule_done = [&](std::size_t done, std::size_t total) { progress.rule_done(done, total); };
  request.history = history;
  Validation run = validate(*data, plugins, config, request);

  RunReport report{*data, run.result, plugins, config, run_options.as_of, common.lang};
  report.annotations = &run.annotations;
  report.all_languages = common.all_languages;
  report.jobs = run_options.jobs;
  std::vector<std::string> written;
  std::string stdout_format;
  for (const auto& [format, path] : targets) {
    const bool to_stdout = path.empty() || path == "-";
    if (to_stdout)
      progress.finish();  // the report itself goes to the terminal: no progress line in its way
    else
      progress.writing(format, path);
    // Colour only where it lands on the terminal: a file keeps plain text.
    report.color = to_stdout && color_wanted(o.color, STDOUT_FILENO);
    write_report(format, report, path);
    if (to_stdout) stdout_format = format;
    else written.push_back(path);
  }
  progress.finish();

  report_problems(plugins, run.result, common.lang);
  if (summary_wanted(o.quiet, !stdout_format.empty(), stdout_format)) {
    // The report on standard output is complete before the summary starts on standard error.
    std::cout.flush();
    std::cerr << run_summary(report, written, color_wanted(o.color, STDERR_FILENO));
  }
  const int code = exit_policy(o, plugins, run.result);
  // The trend page links each night to its report: the first HTML report written to a file.
  for (const auto& [format, path] : targets)
    if (format == "html" && !path.empty() && path != "-" && run.history.record.report.empty()) {
      std::error_code ec;
      run.history.record.report = std::filesystem::absolute(path, ec).lexically_normal().string();
    }
  record_run(run, *data, code);
  keep_until_exit(std::move(run.result));
  keep_until_exit(std::move(data));
  keep_until_exit(std::move(plugins_kept));  // last: the findings' rules point into it
  return code;
}

}  // namespace kiemtra::core::cli
