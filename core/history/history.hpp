// The run history: an SQLite file holding each run's metadata and its findings by fingerprint.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/findings.hpp"

struct sqlite3;

namespace kiemtra::core {

/// A finding of the last run that this run no longer has.
struct FixedFinding {
  std::string fingerprint;
  std::string rule_id;
  Severity severity = Severity::error;
  std::string org_id;
  std::string org_path;
  std::string subject_kind;
  std::string subject_id;
  std::string subject_name;
  std::string message_vi;
  std::string message_en;
};

/// One run as stored. `status` is "running" until the run completes; a run killed mid-way stays
/// "running" (shown as interrupted) and is never compared against.
struct RunRecord {
  std::int64_t id = 0;
  std::string started_at;  ///< local time, ISO 8601
  std::string finished_at;
  std::string status;
  std::string as_of;
  std::string dataset;  ///< the dataset's name: runs of the same name are compared
  std::string source;
  std::string content_hash;
  std::string plugins;  ///< "integrity 1.0.0, structure 1.0.0"
  std::string config_hash;
  std::string version;                   ///< kiemtra's
  std::array<std::int64_t, 3> counts{};  ///< findings by severity (info, warning, error)
  std::int64_t findings = 0, waived = 0, fresh = 0, fixed = 0;
  int exit_code = -1;
  std::string report;  ///< the HTML report this run wrote (absolute path), "" when none or not recorded
};

/// One finding as stored: what `fixed` lists need when it is gone.
struct StoredFinding {
  FixedFinding text;
  bool waived = false;
  bool fresh = false;
};

/// Findings per organization and severity in one run.
struct OrgCount {
  std::int64_t run = 0;
  std::string org_id;
  std::string org_path;
  std::array<std::int64_t, 3> counts{};
};

/// Findings per rule and severity in one run.
struct RuleCount {
  std::int64_t run = 0;
  std::string rule;
  std::array<std::int64_t, 3> counts{};
};

/// An open history file. Writers take SQLite's write lock only for the short final transaction, and
/// WAL lets readers and other runs go on meanwhile; a run killed before it leaves the previous history intact.
class History {
 public:
  /// SQLite's `PRAGMA application_id` of a kiemtra history ("kmtr"), and the schema version it carries as
  /// `PRAGMA user_version`: a file without them is not changed, a newer version is not written.
  static constexpr std::int32_t kApplicationId = 0x6B6D7472;
  static constexpr std::int32_t kSchemaVersion = 1;

  enum class Mode { read_write, read_only };
  /// Opens the file (read_write: creating it and its tables when needed). Throws UserError (exit 2) when it
  /// cannot, and before changing anything when the file is not a regular file, not a kiemtra history (another
  /// application's SQLite database), or a history of a newer or incompatible schema.
  explicit History(const std::filesystem::path& file, Mode mode = Mode::read_write);
  ~History();
  History(const History&) = delete;
  History& operator=(const History&) = delete;

  /// The last complete run of `dataset`.
  std::optional<RunRecord> last_complete(const std::string& dataset);
  /// The findings of a run.
  std::vector<StoredFinding> findings_of(std::int64_t run);
  /// Records a run as started ("running"); returns its id.
  std::int64_t begin_run(const RunRecord& run);
  /// In one transaction: the run's findings, its totals, and status "complete".
  void complete_run(const RunRecord& run, const std::vector<StoredFinding>& findings);
  /// Runs, newest first; only those of `dataset` when not empty; at most `limit` (0: all).
  std::vector<RunRecord> runs(const std::string& dataset, std::size_t limit);
  /// Counts per organization for these runs.
  std::vector<OrgCount> org_counts(const std::vector<std::int64_t>& runs);
  /// Counts per rule for these runs.
  std::vector<RuleCount> rule_counts(const std::vector<std::int64_t>& runs);

 private:
  void exec(const char* sql);
  std::int64_t pragma(const char* name);
  /// Checks that the open database is a kiemtra history of this schema, stamping an unmarked one of an
  /// earlier kiemtra (read_write only); creates the tables of an empty one.
  void check_identity(Mode mode);
  /// Fills each run's report path from run_reports (a table later kiemtras add; older files lack it).
  void read_reports(std::vector<RunRecord>& runs);
  sqlite3* db_ = nullptr;
  std::string shown_;
  bool has_reports_ = false;
};

/// $XDG_DATA_HOME/kiemtra/history.sqlite, else ~/.local/share/kiemtra/history.sqlite.
std::filesystem::path default_history_path();

/// A 64-bit hash (16 hex digits) of the dataset's bytes: the file, or every regular file of the folder by name.
std::string dataset_content_hash(const std::filesystem::path& source);

/// Now, local time, ISO 8601 with the offset.
std::string local_timestamp();

}  // namespace kiemtra::core
