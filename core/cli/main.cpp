// Entry point of the kiemtra command: parses the command line and dispatches to a command.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/app.hpp"
#include "cli/cli_language.hpp"
#include "report/formats.hpp"

namespace {

using namespace kiemtra::core;
using namespace kiemtra::core::cli;

void add_common(CLI::App* cmd, CommonOptions& common, Say say) {
  // A subcommand's help flag is made before it copies the option defaults: its group is set here.
  cmd->get_help_ptr()->group(say("Tùy chọn", "Options"));
  cmd->add_option("--lang", common.lang,
                  say("Ngôn ngữ: vi (mặc định) hoặc en; all: báo cáo ghi nội dung mỗi phát hiện bằng cả hai "
                      "(cũng là biến môi trường KIEMTRA_LANG)",
                      "Language: vi (default) or en; all: reports carry every finding's message in both (also "
                      "KIEMTRA_LANG)"))
      ->envname("KIEMTRA_LANG")
      ->check(CLI::IsMember({"vi", "en", "all"}));
  cmd->add_option("--plugins", common.plugin_dirs,
                  say("Thêm thư mục hoặc tệp plugin (cũng là KIEMTRA_PLUGIN_PATH)",
                      "Extra plugin folders or files (also KIEMTRA_PLUGIN_PATH)"));
  cmd->add_option("--sql-rules", common.sql_rules,
                  say("Nạp quy tắc viết bằng SQL: tệp *.rule.yaml, mẫu (glob) hoặc thư mục (docs/sql-rules.md)",
                      "Load rules written in SQL: *.rule.yaml files, globs or folders (docs/sql-rules.md)"));
}

int dispatch(int argc, char** argv) {
  const std::string lang = command_line_language(argc, argv);
  const Say say{lang == "en"};
  // Named, so that help and errors say `kiemtra` and not the path it was started by.
  CLI::App app{say("kiemtra — kiểm tra dữ liệu tổ chức và đảng viên theo quy định của Đảng",
                   "kiemtra — checks the data of party organizations and members against the Party's regulations"),
               "kiemtra"};
  // Set before the subcommands are added: each copies its parent's formatter, help flag and group names.
  app.formatter(help_formatter(lang));
  app.option_defaults()->group(say("Tùy chọn", "Options"));
  app.set_help_flag("-h,--help", say("In hướng dẫn này rồi thoát", "Print this help message and exit"));
  app.set_version_flag("--version", std::string("kiemtra ") + KIEMTRA_VERSION,
                       say("In phiên bản rồi thoát", "Display program version information and exit"));
  app.require_subcommand(1);
  CommonOptions common;
  common.argv = argv;
  // Subcommands are listed under this heading in the parent's help.
  app.group(say("Lệnh", "Subcommands"));

  ValidateOptions v;
  auto* validate = app.add_subcommand(
      "validate", say("Kiểm tra một bộ dữ liệu và báo cáo phát hiện theo tổ chức",
                      "Validate a dataset and report findings per organization"));
  add_common(validate, common, say);
  validate->add_option("dataset", v.dataset,
                       say("Thư mục bộ dữ liệu, sổ tính .xlsx hoặc tệp YAML một tệp", "Dataset folder, .xlsx workbook or single-file YAML dataset"))
      ->required();
  validate->add_option("--profile", v.profile, say("Tên hồ sơ quy tắc (rules/TÊN.yaml)", "Rule profile name (rules/NAME.yaml)"));
  validate->add_option("--config", v.config_file, say("Tệp hồ sơ quy tắc", "Rule profile file"));
  validate->add_option("--as-of", v.as_of,
                       say("Ngày tham chiếu (mặc định: as_of của manifest, nếu không có thì hôm nay)",
                           "Reference date (default: the manifest's as_of, else today)"));
  validate
      ->add_option("--format", v.format,
                   say("Định dạng báo cáo ra đầu ra chuẩn hoặc cho một --output không có đuôi tệp",
                       "Report format for standard output or a lone --output"))
      ->check(CLI::IsMember(report_formats()));
  validate
      ->add_option("--output", v.outputs,
                   say("Ghi báo cáo vào tệp này (lặp lại được; định dạng theo đuôi tệp)",
                       "Write the report to this file (repeatable; format from the extension)"))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  validate->add_option("--rules", v.rules,
                       say("Chỉ chạy các quy tắc khớp mẫu (ví dụ structure/*)",
                           "Only run rules matching these globs (e.g. structure/*)"));
  validate
      ->add_option("--jobs", v.jobs,
                   say("Số luồng (và tiến trình chạy quy tắc khi cách ly) cùng lúc; mặc định: số lõi của máy",
                       "Threads (and isolated worker processes) at once; default: the machine's cores"))
      ->check(CLI::Range(1, 256));
  validate->add_flag("--strict", v.strict,
                     say("Một giá trị sai ở bất kỳ dòng nào là lỗi dừng (mã thoát 2)",
                         "A bad value in any row is fatal (exit 2)"));
  validate
      ->add_option("--fail-on", v.fail_on,
                   say("Mức thấp nhất làm mã thoát thành 1: error, warning, info, never",
                       "Lowest severity that makes the exit code 1: error, warning, info, never"))
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  validate->add_flag("--print-config", v.print_config,
                     say("In cấu hình có hiệu lực rồi thoát", "Print the effective configuration and exit"));
  validate->add_option("--history", v.history,
                       say("Ghi lần chạy vào tệp lịch sử SQLite này ('default': thư mục dữ liệu của người dùng) và "
                           "đánh dấu phát hiện mới, không đổi hoặc đã khắc phục so với lần chạy trước",
                           "Record the run in this SQLite history file ('default': the user's data folder) and mark "
                           "findings new, unchanged or fixed against the last run of the dataset"));
  validate
      ->add_option("--waivers", v.waivers,
                   say("Tệp miễn trừ (lặp lại được), thêm vào miễn trừ của hồ sơ",
                       "Waivers file (repeatable), besides the profile's waivers"))
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  validate->add_flag("--fail-on-new", v.fail_on_new,
                     say("Chỉ phát hiện mới so với lần chạy trước mới tính cho --fail-on",
                         "Only findings new since the last run count for --fail-on"));
  validate
      ->add_option("--max-warnings", v.max_warnings,
                   say("Mã thoát 1 khi có hơn N cảnh báo không được miễn trừ", "Exit 1 when more than N unwaived warnings"))
      ->check(CLI::NonNegativeNumber);
  validate->add_flag("--isolate,!--no-isolate", v.isolate,
                     say("Chạy các quy tắc trong --jobs tiến trình con, mỗi lần một quy tắc, để một sự cố chỉ mất phát hiện "
                         "của quy tắc đang chạy (mặc định bật)",
                         "Run the rules in --jobs worker processes, one rule at a time, so a crash costs only the "
                         "findings of the rule running (default on)"));
  validate->add_option("--rule-timeout", v.rule_timeout,
                       say("Số giây một quy tắc được chạy khi cách ly (mặc định 600, tối đa 86400; 0: không giới hạn)",
                           "Seconds a rule may run when isolated (default 600, at most 86400; 0: no limit)"));
  validate->add_flag("--quiet", v.quiet,
                     say("Không hiện tiến độ và tóm tắt trên đầu ra lỗi chuẩn",
                         "No progress display or summary on standard error"));
  validate
      ->add_option("--color", v.color,
                   say("Tô màu: auto (mặc định, khi là terminal và không có NO_COLOR), always, never",
                       "Colour: auto (default: on a terminal, unless NO_COLOR is set), always, never"))
      ->check(CLI::IsMember({"auto", "always", "never"}));

  HistoryOptions hist;
  auto* history = app.add_subcommand(
      "history", say("Liệt kê các lần chạy trong tệp lịch sử và xu hướng theo tổ chức",
                     "List the runs of a history file and the trend per organization"));
  add_common(history, common, say);
  history->add_option("file", hist.file,
                      say("Tệp lịch sử (mặc định: thư mục dữ liệu của người dùng)",
                          "History file (default: the user's data folder)"));
  history->add_option("--dataset", hist.dataset, say("Chỉ các lần chạy của bộ dữ liệu này", "Only this dataset's runs"));
  auto* history_limit = history->add_option("--limit", hist.limit, say("Nhiều nhất ngần này lần chạy (mặc định 20)", "At most this many runs (default 20)"))
      ->check(CLI::PositiveNumber);
  history->add_option("--format", hist.format, say("text hoặc json", "text or json"))->check(CLI::IsMember({"text", "json"}));
  history->add_option("--output,-o", hist.output,
                      say("Ghi trang xu hướng (.html) hoặc JSON (.json) vào tệp; xu hướng gồm mọi lần chạy trừ khi có --limit",
                          "Write the trend page (.html) or the JSON (.json) to this file; the trend holds every run unless --limit"));

  auto* rules = app.add_subcommand("rules", say("Liệt kê hoặc giải thích các quy tắc đã nạp", "List or explain the loaded rules"));
  rules->require_subcommand(1);
  rules->get_help_ptr()->group(say("Tùy chọn", "Options"));
  auto* list = rules->add_subcommand("list", say("Liệt kê mọi quy tắc đã nạp", "List every loaded rule"));
  add_common(list, common, say);
  std::string explain_id;
  auto* explain = rules->add_subcommand(
      "explain", say("Giải thích một quy tắc: mô tả, tham số, căn cứ", "Explain one rule: description, parameters, regulation"));
  add_common(explain, common, say);
  explain->add_option("id", explain_id, say("Mã quy tắc, ví dụ structure/cell-min-official-members",
                                            "Rule id, e.g. structure/cell-min-official-members"))
      ->required();

  RulesDocsOptions docs_options;
  auto* docs = rules->add_subcommand("docs", say("Ghi mỗi quy tắc một trang Markdown và một trang mục lục vào thư mục",
                                                 "Write one Markdown page per rule and an index into a folder"));
  add_common(docs, common, say);
  docs->add_option("outdir", docs_options.outdir, say("Thư mục ghi ra (ví dụ docs/rules)", "Output folder (e.g. docs/rules)"))
      ->required();
  docs->add_option("--fixtures", docs_options.fixtures,
                   say("Thư mục fixture minh họa mỗi quy tắc (tests/rules)",
                       "Fixtures root whose cases illustrate each rule (tests/rules)"));
  docs->add_option("--rules", docs_options.rules,
                   say("Chỉ các quy tắc khớp mẫu (ví dụ 'myprovince/*')", "Only rules matching these globs (e.g. 'myprovince/*')"));

  auto* plugins = app.add_subcommand(
      "plugins", say("Hiện mọi plugin tìm thấy và đã nạp được hay chưa", "Show every plugin found and whether it loaded"));
  add_common(plugins, common, say);

  std::string config_file;
  auto* check = app.add_subcommand("check-config", say("Kiểm tra chặt một hồ sơ quy tắc", "Check a rule profile strictly"));
  add_common(check, common, say);
  check->add_option("file", config_file, say("Tệp hồ sơ", "Profile file"))->required();

  std::string fixtures_dir;
  auto* test_rules = app.add_subcommand(
      "test-rules", say("Chạy các fixture của quy tắc (expected.yaml cạnh một bộ dữ liệu)",
                        "Run rule fixtures (expected.yaml beside a dataset)"));
  add_common(test_rules, common, say);
  test_rules->add_option("dir", fixtures_dir, say("Thư mục fixture", "Folder of fixtures"))->required();

  StatsOptions st;
  auto* stats = app.add_subcommand(
      "stats", say("Số liệu của kỳ (tổ chức, đảng viên, kết nạp, kiểm tra ...)",
                   "The period's figures (organizations, members, admissions, inspections ...)"));
  add_common(stats, common, say);
  stats->add_option("dataset", st.dataset,
                    say("Thư mục bộ dữ liệu, sổ tính .xlsx hoặc tệp YAML một tệp", "Dataset folder, .xlsx workbook or single-file YAML dataset"))
      ->required();
  stats->add_option("--format", st.format, say("text hoặc json", "text or json"))->check(CLI::IsMember({"text", "json"}));
  stats->add_option("--output,-o", st.output,
                    say("Ghi số liệu ra tệp: .html (trang in được), .xlsx (bảng tính), .json hoặc .txt",
                        "Write the figures to a file: .html (a printable page), .xlsx (a workbook), .json or .txt"));
  stats->add_option("--org", st.org, say("Chỉ cây con của tổ chức này (mã của nó)", "Only this organization's subtree (its id)"));
  stats->add_option("--as-of", st.as_of,
                    say("Cuối kỳ (mặc định: as_of của manifest, nếu không có thì hôm nay)",
                        "End of the period (default: the manifest's as_of, else today)"));
  stats->add_option("--jobs", st.jobs,
                    say("Số luồng đọc bộ dữ liệu; mặc định: số lõi của máy", "Threads reading the dataset; default: the machine's cores"))
      ->check(CLI::Range(1, 256));

  std::string new_plugin_name, new_plugin_dir;
  auto* new_plugin = app.add_subcommand(
      "new-plugin", say("Tạo một dự án plugin build được, có một quy tắc mẫu",
                        "Write a buildable plugin project with one example rule"));
  add_common(new_plugin, common, say);
  new_plugin->add_option("name", new_plugin_name,
                         say("Tên plugin, cũng là nhóm của các quy tắc của nó (ví dụ my-province)",
                             "Plugin name, also its rules' family (e.g. my-province)"))
      ->required();
  new_plugin->add_option("dir", new_plugin_dir,
                         say("Thư mục sẽ tạo (chưa tồn tại hoặc trống)", "Folder to create (must not exist or be empty)"))
      ->required();

  NewRuleOptions new_rule_options;
  auto* new_rule = app.add_subcommand(
      "new-rule", say("Thêm một quy tắc vào plugin của nó: tệp, đăng ký, fixture, tài liệu",
                      "Add a rule to its plugin: files, registration, fixtures, doc"));
  add_common(new_rule, common, say);
  new_rule->add_option("id", new_rule_options.id, say("NHÓM/TÊN của quy tắc mới", "FAMILY/NAME of the new rule"))->required();
  new_rule->add_option("--source", new_rule_options.source,
                       say("Cây nguồn hoặc dự án plugin (mặc định: thư mục hiện tại)",
                           "Source tree or plugin project (default: current folder)"));
  new_rule
      ->add_option("--severity", new_rule_options.severity,
                   say("Mức mặc định: error, warning hoặc info", "Default severity: error, warning or info"))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  new_rule->add_flag("--sql", new_rule_options.sql,
                     say("Một quy tắc viết bằng SQL (tệp .rule.yaml và fixture) trong --source, không cần biên dịch",
                         "A rule written in SQL (a .rule.yaml file and fixtures) in --source, with no compiler"));

  ConvertOptions conv;
  auto* convert = app.add_subcommand(
      "convert", say("Ghi một bộ dữ liệu (CSV do Excel ghi, .xlsx, bảng mã cũ, YAML) thành thư mục CSV chuẩn",
                     "Write a dataset (CSV as Excel writes it, .xlsx, legacy encodings, YAML) as the canonical CSV folder"));
  add_common(convert, common, say);
  convert
      ->add_option("src", conv.src,
                   say("Thư mục bộ dữ liệu, sổ tính .xlsx hoặc tệp YAML một tệp",
                       "Dataset folder, .xlsx workbook or single-file YAML dataset"))
      ->required();
  convert
      ->add_option("dest", conv.dest,
                   say("Thư mục sẽ ghi (phải chưa có hoặc trống, trừ khi có --force)",
                       "Folder to write (must not exist or be empty, unless --force)"))
      ->required();
  convert->add_flag("--force", conv.force,
                    say("Ghi vào thư mục không trống, ghi đè các tệp bảng của nó",
                        "Write into a non-empty folder, overwriting its table files"));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << usage_error_text(e, app, lang) << "\n";
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
  if (convert->parsed()) return run_convert(common, conv);
  if (history->parsed()) {
    hist.limit_given = history_limit->count() > 0;
    return run_history(common, hist);
  }
  return kExitUsage;
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
    std::cerr << "kiemtra: " << e.text().in(command_line_language(argc, argv)) << "\n";
    return e.exit_code();
  } catch (const std::exception& e) {
    std::cerr << "kiemtra: " << (command_line_language(argc, argv) == "en" ? "internal error: " : "lỗi nội bộ: ")
              << e.what() << "\n";
    return kExitUsage;
  }
}
