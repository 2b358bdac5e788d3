// Entry point of the kiemtra command: parses the command line and dispatches to a command.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/app.hpp"
#include "report/formats.hpp"

namespace {

using namespace kiemtra::core;
using namespace kiemtra::core::cli;

void add_common(CLI::App* cmd, CommonOptions& common) {
  cmd->add_option("--lang", common.lang,
                  "Language of messages: vi (default) or en; all: reports carry every finding's message in both")
      ->check(CLI::IsMember({"vi", "en", "all"}));
  cmd->add_option("--plugins", common.plugin_dirs, "Extra plugin folders or files (also KIEMTRA_PLUGIN_PATH)");
}

int dispatch(int argc, char** argv) {
  CLI::App app{"kiemtra — kiểm tra dữ liệu tổ chức và đảng viên theo quy định của Đảng"};
  app.set_version_flag("--version", std::string("kiemtra ") + KIEMTRA_VERSION);
  app.require_subcommand(1);
  CommonOptions common;

  ValidateOptions v;
  auto* validate = app.add_subcommand("validate", "Validate a dataset and report findings per organization");
  add_common(validate, common);
  validate->add_option("dataset", v.dataset, "Dataset folder, .xlsx workbook or single-file YAML dataset")->required();
  validate->add_option("--profile", v.profile, "Rule profile name (rules/NAME.yaml)");
  validate->add_option("--config", v.config_file, "Rule profile file");
  validate->add_option("--as-of", v.as_of, "Reference date (default: the manifest's as_of, else today)");
  validate->add_option("--format", v.format, "Report format for standard output or a lone --output")
      ->check(CLI::IsMember(report_formats()));
  validate->add_option("--output", v.outputs, "Write the report to this file (repeatable; format from the extension)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  validate->add_option("--rules", v.rules, "Only run rules matching these globs (e.g. structure/*)");
  validate->add_option("--jobs", v.jobs, "Threads (and isolated plugin processes) at once; default: the machine's cores")->check(CLI::Range(1, 256));
  validate->add_flag("--strict", v.strict, "A bad value in any row is fatal (exit 2)");
  validate->add_option("--fail-on", v.fail_on, "Lowest severity that makes the exit code 1: error, warning, info, never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  validate->add_flag("--print-config", v.print_config, "Print the effective configuration and exit");
  validate->add_option("--history", v.history,
                       "Record the run in this SQLite history file ('default': the user's data folder) and mark "
                       "findings new, unchanged or fixed against the last run of the dataset");
  validate->add_option("--waivers", v.waivers, "Waivers file (repeatable), besides the profile's waivers:")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  validate->add_flag("--fail-on-new", v.fail_on_new, "Only findings new since the last run count for --fail-on");
  validate->add_option("--max-warnings", v.max_warnings, "Exit 1 when more than N unwaived warnings")
      ->check(CLI::NonNegativeNumber);
  validate->add_flag("--isolate,!--no-isolate", v.isolate,
                     "Run each plugin in a child process so a crash costs only its findings (default on)");
  validate->add_option("--rule-timeout", v.rule_timeout,
                       "Seconds a rule may run when isolated (default 600, at most 86400; 0: no limit)");
  validate->add_flag("--quiet", v.quiet, "No progress display on standard error");

  HistoryOptions hist;
  auto* history = app.add_subcommand("history", "List the runs of a history file and the trend per organization");
  add_common(history, common);
  history->add_option("file", hist.file, "History file (default: the user's data folder)");
  history->add_option("--dataset", hist.dataset, "Only this dataset's runs");
  history->add_option("--limit", hist.limit, "At most this many runs (default 20)")->check(CLI::PositiveNumber);
  history->add_option("--format", hist.format, "text or json")->check(CLI::IsMember({"text", "json"}));

  auto* rules = app.add_subcommand("rules", "List or explain the loaded rules");
  rules->require_subcommand(1);
  auto* list = rules->add_subcommand("list", "List every loaded rule");
  add_common(list, common);
  std::string explain_id;
  auto* explain = rules->add_subcommand("explain", "Explain one rule: description, parameters, regulation");
  add_common(explain, common);
  explain->add_option("id", explain_id, "Rule id, e.g. structure/cell-min-official-members")->required();

  RulesDocsOptions docs_options;
  auto* docs = rules->add_subcommand("docs", "Write one Markdown page per rule and an index into a folder");
  add_common(docs, common);
  docs->add_option("outdir", docs_options.outdir, "Output folder (e.g. docs/rules)")->required();
  docs->add_option("--fixtures", docs_options.fixtures, "Fixtures root whose cases illustrate each rule (tests/rules)");
  docs->add_option("--rules", docs_options.rules, "Only rules matching these globs (e.g. 'myprovince/*')");

  auto* plugins = app.add_subcommand("plugins", "Show every plugin found and whether it loaded");
  add_common(plugins, common);

  std::string config_file;
  auto* check = app.add_subcommand("check-config", "Check a rule profile strictly");
  add_common(check, common);
  check->add_option("file", config_file, "Profile file")->required();

  std::string fixtures_dir;
  auto* test_rules = app.add_subcommand("test-rules", "Run rule fixtures (expected.yaml beside a dataset)");
  add_common(test_rules, common);
  test_rules->add_option("dir", fixtures_dir, "Folder of fixtures")->required();

  StatsOptions st;
  auto* stats = app.add_subcommand("stats", "The period's figures (organizations, members, admissions, inspections ...)");
  add_common(stats, common);
  stats->add_option("dataset", st.dataset, "Dataset folder or single-file YAML dataset")->required();
  stats->add_option("--format", st.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  stats->add_option("--org", st.org, "Only this organization's subtree (its id)");
  stats->add_option("--as-of", st.as_of, "End of the period (default: the manifest's as_of, else today)");
  stats->add_option("--jobs", st.jobs, "Threads reading the dataset; default: the machine's cores")
      ->check(CLI::Range(1, 256));

  std::string new_plugin_name, new_plugin_dir;
  auto* new_plugin = app.add_subcommand("new-plugin", "Write a buildable plugin project with one example rule");
  add_common(new_plugin, common);
  new_plugin->add_option("name", new_plugin_name, "Plugin name, also its rules' family (e.g. my-province)")->required();
  new_plugin->add_option("dir", new_plugin_dir, "Folder to create (must not exist or be empty)")->required();

  NewRuleOptions new_rule_options;
  auto* new_rule = app.add_subcommand("new-rule", "Add a rule to its plugin: files, registration, fixtures, doc");
  add_common(new_rule, common);
  new_rule->add_option("id", new_rule_options.id, "FAMILY/NAME of the new rule")->required();
  new_rule->add_option("--source", new_rule_options.source, "Source tree or plugin project (default: current folder)");
  new_rule->add_option("--severity", new_rule_options.severity, "Default severity: error, warning or info")
      ->check(CLI::IsMember({"error", "warning", "info"}));

  ConvertOptions conv;
  auto* convert = app.add_subcommand(
      "convert", "Write a dataset (CSV as Excel writes it, .xlsx, legacy encodings, YAML) as the canonical CSV folder");
  add_common(convert, common);
  convert->add_option("src", conv.src, "Dataset folder, .xlsx workbook or single-file YAML dataset")->required();
  convert->add_option("dest", conv.dest, "Folder to write (must not exist or be empty, unless --force)")->required();
  convert->add_flag("--force", conv.force, "Write into a non-empty folder, overwriting its table files");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  // "all" is for the findings of a report; everything else is said in Vietnamese, the default.
  if (common.lang == "all") {
    common.lang = "vi";
    common.all_languages = true;
  }
  if (validate->parsed()) return run_validate(common, v);
  if (list->parsed()) return run_rules_list(common);
  if (explain->parsed()) return run_rules_explain(common, explain_id);
  if (plugins->parsed()) return run_plugins(common);
  if (check->parsed()) return run_check_config(common, config_file);
  if (test_rules->parsed()) return run_test_rules(common, fixtures_dir);
  if (docs->parsed()) return run_rules_docs(common, docs_options);
  if (new_plugin->parsed()) return run_new_plugin(common, new_plugin_name, new_plugin_dir);
  if (new_rule->parsed()) return run_new_rule(common, new_rule_options);
  if (stats->parsed()) return run_stats(common, st);
  if (history->parsed()) return run_history(common, hist);
  if (convert->parsed()) return run_convert(common, conv);
  return kExitUsage;
}

/// The language for errors raised before the options are read.
std::string lang_from_args(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--lang") return argv[i + 1];
  return "vi";
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const int code = dispatch(argc, argv);
    // What a command printed on standard output must have arrived: a full disk or a closed pipe is an error.
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0)
      throw UserError({std::string("Không ghi được đầu ra chuẩn: ") + std::strerror(errno) + ".",
                       std::string("Cannot write standard output: ") + std::strerror(errno) + "."});
    return code;
  } catch (const UserError& e) {
    std::cerr << "kiemtra: " << e.text().in(lang_from_args(argc, argv)) << "\n";
    return e.exit_code();
  } catch (const std::exception& e) {
    std::cerr << "kiemtra: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
}
