// What every kiemtra command shares: language, plugin folders, and loading of plugins and profiles.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "loader/loader.hpp"
#include "util/error.hpp"

namespace kiemtra::core::cli {

/// Options every command accepts.
struct CommonOptions {
  std::string lang = "vi";
  bool all_languages = false;  ///< --lang all: reports carry each finding's message in both languages
  std::vector<std::string> plugin_dirs;  ///< --plugins
  std::vector<std::string> sql_rules;    ///< --sql-rules: SQL rule files, globs or folders (docs/sql-rules.md)
  char** argv = nullptr;                 ///< the command line, to run it again (restart_with_huge_pages)
};

/// The folder holding the running executable.
std::filesystem::path exe_dir();

/// Loads the built-in plugins, --plugins folders and KIEMTRA_PLUGIN_PATH; the sql plugin gets the files of
/// --sql-rules and `more_sql_rules` (a profile's). Throws UserError listing every problem of those files.
PluginSet load_all_plugins(const CommonOptions& common, const std::vector<std::string>& more_sql_rules = {},
                           const TrialHooks* hooks = nullptr);

/// The profile file --profile or --config names, or the installed default profile; "" for none.
std::filesystem::path chosen_profile(const std::string& profile, const std::string& config_file);

/// The metadata of every loaded rule.
std::vector<RuleMeta> known_rules(const PluginSet& plugins);

/// The configuration chosen by --profile NAME or --config FILE; with neither, the
/// `default` profile when installed, else every rule at its defaults.
Config choose_config(const std::string& profile, const std::string& config_file, const PluginSet& plugins);

/// Parses a date given on the command line (ISO or dd/mm/yyyy); throws UserError naming the option.
Date parse_cli_date(const std::string& text, const std::string& option);

/// Picks the message in the user's language.
inline const std::string& tr(const Text& t, const std::string& lang) { return t.in(lang); }

/// Each command: returns the process exit code.
/// The number of threads (and isolated worker processes) a run uses unless --jobs says: the machine's cores.
int default_jobs();

struct ValidateOptions {
  std::string dataset;
  std::string profile;
  std::string config_file;
  std::string as_of;
  std::string format;  ///< for standard output, or a lone --output without a telling extension
  std::vector<std::string> outputs;  ///< --output, repeatable; each file's format comes from its extension
  std::vector<std::string> rules;
  int jobs = default_jobs();  ///< --jobs; every core unless told
  bool strict = false;
  std::string fail_on = "error";
  bool print_config = false;
  std::string history;                 ///< --history FILE, or "default" for the user's data folder; "": none
  std::vector<std::string> waivers;    ///< --waivers FILE (repeatable)
  bool fail_on_new = false;            ///< --fail-on-new: only findings new since the last run count
  long max_warnings = -1;              ///< --max-warnings N; -1: no limit
  bool isolate = true;                 ///< --isolate / --no-isolate
  double rule_timeout = kDefaultRuleTimeout;  ///< --rule-timeout SECONDS; 0: none
  bool quiet = false;                  ///< --quiet: no progress and no summary on stderr
  std::string color = "auto";          ///< --color: auto, always, never
};
int run_validate(const CommonOptions& common, const ValidateOptions& options);
int run_rules_list(const CommonOptions& common);
int run_rules_explain(const CommonOptions& common, const std::string& id);
int run_plugins(const CommonOptions& common);
int run_check_config(const CommonOptions& common, const std::string& file);
int run_test_rules(const CommonOptions& common, const std::string& dir);
int run_new_plugin(const CommonOptions& common, const std::string& name, const std::string& dir);
struct NewRuleOptions {
  std::string id;        ///< FAMILY/NAME
  std::string source;    ///< --source: where to look for the plugin (default: the current folder, upwards)
  std::string severity = "error";
  bool sql = false;      ///< --sql: an SQL rule file and its fixtures in --source (default: the current folder)
};
int run_new_rule(const CommonOptions& common, const NewRuleOptions& options);
struct ConvertOptions {
  std::string src;
  std::string dest;
  bool force = false;  ///< --force: write into a non-empty DEST
};
int run_convert(const CommonOptions& common, const ConvertOptions& options);
struct RulesDocsOptions {
  std::string outdir;
  std::string fixtures;            ///< --fixtures: the fixtures root (tests/rules), for the examples
  std::vector<std::string> rules;  ///< --rules: only rules matching these globs
};
int run_rules_docs(const CommonOptions& common, const RulesDocsOptions& options);
struct StatsOptions {
  std::string dataset;
  std::string format = "text";
  std::string org;
  std::string as_of;
  std::string output;  ///< --output: figures.html or figures.xlsx (.txt and .json too); "": standard output
  int jobs = default_jobs();  ///< threads reading the dataset
};
int run_stats(const CommonOptions& common, const StatsOptions& options);
struct HistoryOptions {
  std::string file;     ///< "" or "default": the user's data folder
  std::string dataset;  ///< only this dataset's runs (default: all; the trend is the newest run's dataset)
  std::size_t limit = 20;
  bool limit_given = false;  ///< --limit was given: the trend page then draws that many nights, else all
  std::string format = "text";
  std::string output;  ///< --output: the trend page (.html) or the JSON (.json) goes to this file
};
int run_history(const CommonOptions& common, const HistoryOptions& options);

/// Today's date in local time.
Date today();

}  // namespace kiemtra::core::cli
