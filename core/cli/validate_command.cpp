// `kiemtra validate`: read, run the rules, report, and turn the outcome into an exit code.
#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <iostream>

#include "cli/app.hpp"
#include "dataset/reader.hpp"
#include "engine/engine.hpp"
#include "report/formats.hpp"

namespace kiemtra::core::cli {

namespace {


/// Each destination of the report with its format: every --output by its extension (or
/// --format for a lone output that has none), else standard output in --format.
std::vector<std::pair<std::string, std::string>> destinations(const ValidateOptions& o) {
  std::vector<std::pair<std::string, std::string>> out;
  if (o.outputs.empty()) out.emplace_back(o.format.empty() ? "text" : o.format, "");
  for (const auto& path : o.outputs) {
    std::string format = format_for_path(path);
    if (!o.format.empty() && (o.outputs.size() == 1 || format.empty())) format = o.format;
    if (format.empty())
      throw UserError({"Không biết định dạng cho '" + path + "': dùng đuôi tệp (.json, .txt ...) hoặc --format.",
                       "Cannot tell the format of '" + path + "': use a file extension (.json, .txt ...) or --format."});
    out.emplace_back(format, path);
  }
  for (const auto& [format, path] : out)
    if (std::find(report_formats().begin(), report_formats().end(), format) == report_formats().end())
      throw UserError({"Định dạng không hỗ trợ: '" + format + "'.", "Unsupported format: '" + format + "'."});
  return out;
}

/// The lowest severity that fails the run; nullopt for --fail-on never.
std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "error") return Severity::error;
  if (fail_on == "warning") return Severity::warning;
  if (fail_on == "info") return Severity::info;
  if (fail_on == "never") return std::nullopt;
  throw UserError({"--fail-on nhận error, warning, info hoặc never, không phải '" + fail_on + "'.",
                   "--fail-on takes error, warning, info or never, not '" + fail_on + "'."});
}

}  // namespace

int run_validate(const CommonOptions& common, const ValidateOptions& o) {
  const auto targets = destinations(o);
  const auto threshold = fail_threshold(o.fail_on);
  const Date cli_as_of = o.as_of.empty() ? Date{} : parse_cli_date(o.as_of, "--as-of");

  const PluginSet plugins = load_all_plugins(common);
  const Config config = choose_config(o.profile, o.config_file, plugins);
  if (o.print_config) {
    std::cout << config.to_yaml();
    return kExitOk;
  }

  ReadOptions read_options;
  read_options.strict = o.strict;
  read_options.jobs = o.jobs;
  const auto data = read_dataset(o.dataset, read_options);

  RunOptions run_options;
  run_options.as_of = cli_as_of.valid() ? cli_as_of : data->as_of.valid() ? data->as_of : today();
  run_options.jobs = o.jobs;
  run_options.rule_globs = o.rules;
  const RunResult result = run_rules(*data, plugins.rules, config, run_options);

  const RunReport report{*data, result, plugins, config, run_options.as_of, common.lang};
  for (const auto& [format, path] : targets) write_report(format, report, path);

  for (const auto& p : plugins.plugins)
    if (!p.loaded) std::cerr << "kiemtra: " << p.error.in(common.lang) << "\n";
  for (const auto& f : result.failures)
    std::cerr << "kiemtra: "
              << fmt::format(fmt::runtime(common.lang == "en" ? "rule {} (plugin {}) failed: {}" : "quy tắc {} (plugin {}) bị lỗi: {}"),
                             f.rule_id, f.plugin, f.message)
              << "\n";
  if (!plugins.all_loaded() || !result.failures.empty()) return kExitRunError;
  if (threshold)
    for (const auto& f : result.findings)
      if (f.severity >= *threshold) return kExitFindings;
  return kExitOk;
}

}  // namespace kiemtra::core::cli
