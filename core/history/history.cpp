// The run history in SQLite: schema, the run's start and completion, and the queries of `kiemtra history`.
#include "history/history.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>

#include "history/statement.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', 'kiemtra.history/1');
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
  as_of TEXT, dataset TEXT NOT NULL, source TEXT, content_hash TEXT, plugins TEXT, config_hash TEXT, version TEXT,
  findings INTEGER, errors INTEGER, warnings INTEGER, infos INTEGER, waived INTEGER, new INTEGER, fixed INTEGER,
  exit_code INTEGER);
CREATE INDEX IF NOT EXISTS runs_by_dataset ON runs(dataset, status, id);
CREATE TABLE IF NOT EXISTS findings(
  run_id INTEGER NOT NULL REFERENCES runs(id), fingerprint TEXT NOT NULL, rule TEXT NOT NULL,
  severity INTEGER NOT NULL, org_id TEXT, waived INTEGER NOT NULL, new INTEGER NOT NULL,
  PRIMARY KEY(run_id, fingerprint)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS finding_texts(
  fingerprint TEXT PRIMARY KEY, org_path TEXT, subject_kind TEXT, subject_id TEXT, subject_name TEXT,
  message_vi TEXT, message_en TEXT) WITHOUT ROWID;
)sql";

constexpr const char* kRunColumns =
    "id, started_at, coalesce(finished_at, ''), status, coalesce(as_of, ''), dataset, coalesce(source, ''), "
    "coalesce(content_hash, ''), coalesce(plugins, ''), coalesce(config_hash, ''), coalesce(version, ''), "
    "coalesce(infos, 0), coalesce(warnings, 0), coalesce(errors, 0), coalesce(findings, 0), coalesce(waived, 0), "
    "coalesce(new, 0), coalesce(fixed, 0), coalesce(exit_code, -1)";

RunRecord read_run(Statement& s) {
  RunRecord r;
  r.id = s.integer(0);
  r.started_at = s.text(1);
  r.finished_at = s.text(2);
  r.status = s.text(3);
  r.as_of = s.text(4);
  r.dataset = s.text(5);
  r.source = s.text(6);
  r.content_hash = s.text(7);
  r.plugins = s.text(8);
  r.config_hash = s.text(9);
  r.version = s.text(10);
  for (int k = 0; k < 3; ++k) r.counts[k] = s.integer(11 + k);
  r.findings = s.integer(14);
  r.waived = s.integer(15);
  r.fresh = s.integer(16);
  r.fixed = s.integer(17);
  r.exit_code = static_cast<int>(s.integer(18));
  return r;
}

}  // namespace

History::History(const std::filesystem::path& file, Mode mode) : shown_(file.string()) {
  // A device, a folder or a pipe is no history: SQLite would write its journal beside it (/dev/null-journal).
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
    throw UserError({"'" + shown_ + "' không phải là một tệp thông thường, nên không thể là tệp lịch sử.",
                     "'" + shown_ + "' is not a regular file, so it cannot be a history file."});
  if (mode == Mode::read_write && file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
  if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw UserError({"Không mở được tệp lịch sử '" + shown_ + "': " + why,
                     "Cannot open the history file '" + shown_ + "': " + why});
  }
  // Another run may hold the write lock for its final transaction: wait for it rather than fail.
  sqlite3_busy_timeout(db_, 30000);
  try {
    check_identity(mode);
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
  if (mode == Mode::read_write) {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
    // Where each run's HTML report went, for the trend page's links. A table of its own, added to older
    // files too: a kiemtra that does not know it reads the history as before.
    exec("CREATE TABLE IF NOT EXISTS run_reports(run_id INTEGER PRIMARY KEY REFERENCES runs(id), path TEXT NOT NULL)");
  }
  Statement reports(db_, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'run_reports'");
  has_reports_ = reports.step() && reports.integer(0) > 0;
}

std::int64_t History::pragma(const char* name) {
  Statement s(db_, std::string("PRAGMA ") + name);
  return s.step() ? s.integer(0) : 0;
}

void History::check_identity(Mode mode) {
  const auto refuse = [&](const std::string& vi, const std::string& en) {
    throw UserError({"Tệp '" + shown_ + "' " + vi, "The file '" + shown_ + "' " + en});
  };
  std::int64_t id = 0, version = 0, tables = 0;
  try {
    id = pragma("application_id");
    version = pragma("user_version");
    tables = [&] {
      Statement s(db_, "SELECT count(*) FROM sqlite_master");
      return s.step() ? s.integer(0) : 0;
    }();
  } catch (const UserError&) {
    refuse("không phải là cơ sở dữ liệu SQLite, nên không phải là tệp lịch sử kiemtra.",
           "is not an SQLite database, so not a kiemtra history file.");
  }
  if (id == 0 && tables == 0) {  // new, or empty: made a history now
    if (mode == Mode::read_only) return;
    exec("BEGIN IMMEDIATE");
    exec(kSchema);
    exec(("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
    exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    exec("COMMIT");
    return;
  }
  if (id == 0) {
    // Histories written before the file carried an id are recognized by their own tables and marked.
    bool ours = false;
    try {
      Statement s(db_, "SELECT value FROM meta WHERE key = 'schema'");
      ours = s.step() && s.text(0) == "kiemtra.history/1";
    } catch (const UserError&) {
    }
    if (!ours)
      refuse("là một cơ sở dữ liệu SQLite khác, không phải tệp lịch sử kiemtra: kiemtra không ghi vào đó. Hãy chọn "
             "tệp khác cho --history.",
             "is another SQLite database, not a kiemtra history file: kiemtra does not write to it. Choose another "
             "file for --history.");
    version = kSchemaVersion;
    if (mode == Mode::read_write) {
      exec(("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
      exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    }
  } else if (id != kApplicationId) {
    refuse("là cơ sở dữ liệu SQLite của một ứng dụng khác (application_id " + std::to_string(id) +
               "), không phải tệp lịch sử kiemtra.",
           "is the SQLite database of another application (application_id " + std::to_string(id) +
               "), not a kiemtra history file.");
  }
  if (version > kSchemaVersion)
    refuse("là lịch sử có lược đồ phiên bản " + std::to_string(version) + ", mới hơn phiên bản " +
               std::to_string(kSchemaVersion) + " mà kiemtra này hiểu: hãy nâng cấp kiemtra.",
           "is a history of schema version " + std::to_string(version) + ", newer than the version " +
               std::to_string(kSchemaVersion) + " this kiemtra understands: upgrade kiemtra.");
  if (version < kSchemaVersion)
    refuse("có lược đồ phiên bản " + std::to_string(version) + " không dùng được.",
           "has a schema version " + std::to_string(version) + " that cannot be used.");
  // Every column a run reads and writes, checked now rather than after all rules ran.
  try {
    Statement runs(db_, std::string("SELECT ") + kRunColumns + " FROM runs LIMIT 0");
    Statement findings(db_, "SELECT run_id, fingerprint, rule, severity, org_id, waived, new FROM findings LIMIT 0");
    Statement texts(db_,
                    "SELECT fingerprint, org_path, subject_kind, subject_id, subject_name, message_vi, message_en "
                    "FROM finding_texts LIMIT 0");
  } catch (const UserError& e) {
    refuse("không có các bảng của lịch sử kiemtra (" + e.text().vi + ").",
           "lacks the tables of a kiemtra history (" + e.text().en + ").");
  }
}

History::~History() { sqlite3_close(db_); }

void History::exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return;
  const std::string why = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  throw UserError({"Tệp lịch sử '" + shown_ + "' bị lỗi: " + why, "The history file '" + shown_ + "' failed: " + why});
}

std::optional<RunRecord> History::last_complete(const std::string& dataset) {
  Statement s(db_, std::string("SELECT ") + kRunColumns +
                       " FROM runs WHERE dataset = ? AND status = 'complete' ORDER BY id DESC LIMIT 1");
  s.bind(1, dataset);
  if (!s.step()) return std::nullopt;
  return read_run(s);
}

std::vector<StoredFinding> History::findings_of(std::int64_t run) {
  Statement s(db_,
              "SELECT f.fingerprint, f.rule, f.severity, coalesce(f.org_id, ''), coalesce(t.org_path, ''), "
              "coalesce(t.subject_kind, ''), coalesce(t.subject_id, ''), coalesce(t.subject_name, ''), "
              "coalesce(t.message_vi, ''), coalesce(t.message_en, ''), f.waived, f.new "
              "FROM findings f LEFT JOIN finding_texts t ON t.fingerprint = f.fingerprint WHERE f.run_id = ?");
  s.bind(1, run);
  std::vector<StoredFinding> out;
  while (s.step()) {
    StoredFinding f;
    f.text.fingerprint = s.text(0);
    f.text.rule_id = s.text(1);
    f.text.severity = static_cast<Severity>(std::clamp<std::int64_t>(s.integer(2), 0, 2));
    f.text.org_id = s.text(3);
    f.text.org_path = s.text(4);
    f.text.subject_kind = s.text(5);
    f.text.subject_id = s.text(6);
    f.text.subject_name = s.text(7);
    f.text.message_vi = s.text(8);
    f.text.message_en = s.text(9);
    f.waived = s.integer(10) != 0;
    f.fresh = s.integer(11) != 0;
    out.push_back(std::move(f));
  }
  return out;
}

std::int64_t History::begin_run(const RunRecord& r) {
  Statement s(
      db_,
      "INSERT INTO runs(started_at, status, as_of, dataset, source, content_hash, plugins, config_hash, version) "
      "VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)");
  int k = 1;
  for (const std::string* v :
       {&r.started_at, &r.as_of, &r.dataset, &r.source, &r.content_hash, &r.plugins, &r.config_hash, &r.version})
    s.bind(k++, *v);
  s.run();
  return sqlite3_last_insert_rowid(db_);
}

void History::complete_run(const RunRecord& r, const std::vector<StoredFinding>& findings) {
  exec("BEGIN IMMEDIATE");
  try {
    Statement add(db_,
                  "INSERT OR REPLACE INTO findings(run_id, fingerprint, rule, severity, org_id, waived, new) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement text(db_,
                   "INSERT OR REPLACE INTO finding_texts(fingerprint, org_path, subject_kind, subject_id, "
                   "subject_name, message_vi, message_en) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const StoredFinding& f : findings) {
      add.bind(1, r.id);
      add.bind(2, f.text.fingerprint);
      add.bind(3, f.text.rule_id);
      add.bind(4, static_cast<std::int64_t>(f.text.severity));
      add.bind(5, f.text.org_id);
      add.bind(6, std::int64_t{f.waived});
      add.bind(7, std::int64_t{f.fresh});
      add.run();
      text.bind(1, f.text.fingerprint);
      text.bind(2, f.text.org_path);
      text.bind(3, f.text.subject_kind);
      text.bind(4, f.text.subject_id);
      text.bind(5, f.text.subject_name);
      text.bind(6, f.text.message_vi);
      text.bind(7, f.text.message_en);
      text.run();
    }
    Statement done(db_,
                   "UPDATE runs SET status = 'complete', finished_at = ?, findings = ?, errors = ?, warnings = ?, "
                   "infos = ?, waived = ?, new = ?, fixed = ?, exit_code = ? WHERE id = ?");
    done.bind(1, r.finished_at);
    done.bind(2, r.findings);
    done.bind(3, r.counts[2]);
    done.bind(4, r.counts[1]);
    done.bind(5, r.counts[0]);
    done.bind(6, r.waived);
    done.bind(7, r.fresh);
    done.bind(8, r.fixed);
    done.bind(9, std::int64_t{r.exit_code});
    done.bind(10, r.id);
    done.run();
    if (!r.report.empty()) {
      Statement report(db_, "INSERT OR REPLACE INTO run_reports(run_id, path) VALUES (?, ?)");
      report.bind(1, r.id);
      report.bind(2, r.report);
      report.run();
    }
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec("COMMIT");
}

std::vector<RunRecord> History::runs(const std::string& dataset, std::size_t limit) {
  std::string sql = std::string("SELECT ") + kRunColumns + " FROM runs";
  if (!dataset.empty()) sql += " WHERE dataset = ?";
  sql += " ORDER BY id DESC";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  Statement s(db_, sql);
  if (!dataset.empty()) s.bind(1, dataset);
  std::vector<RunRecord> out;
  while (s.step()) out.push_back(read_run(s));
  read_reports(out);
  return out;
}

void History::read_reports(std::vector<RunRecord>& runs) {
  if (!has_reports_) return;
  Statement s(db_, "SELECT path FROM run_reports WHERE run_id = ?");
  for (RunRecord& r : runs) {
    s.reset();
    s.bind(1, r.id);
    if (s.step()) r.report = s.text(0);
  }
}

std::vector<RuleCount> History::rule_counts(const std::vector<std::int64_t>& runs) {
  Statement s(db_, "SELECT rule, severity, count(*) FROM findings WHERE run_id = ? GROUP BY rule, severity ORDER BY rule");
  std::vector<RuleCount> out;
  for (std::int64_t run : runs) {
    s.reset();
    s.bind(1, run);
    while (s.step()) {
      const std::string rule = s.text(0);
      if (out.empty() || out.back().run != run || out.back().rule != rule) out.push_back({run, rule, {}});
      out.back().counts[std::clamp<std::int64_t>(s.integer(1), 0, 2)] += s.integer(2);
    }
  }
  return out;
}

std::vector<OrgCount> History::org_counts(const std::vector<std::int64_t>& runs) {
  Statement s(db_,
              "SELECT f.run_id, coalesce(f.org_id, ''), max(coalesce(t.org_path, '')), f.severity, count(*) "
              "FROM findings f LEFT JOIN finding_texts t ON t.fingerprint = f.fingerprint "
              "WHERE f.run_id = ? GROUP BY f.org_id, f.severity ORDER BY f.org_id, f.severity");
  std::vector<OrgCount> out;
  for (std::int64_t run : runs) {
    s.reset();
    s.bind(1, run);
    std::vector<OrgCount> mine;
    while (s.step()) {
      const std::string org = s.text(1);
      if (mine.empty() || mine.back().org_id != org) mine.push_back({run, org, s.text(2), {}});
      mine.back().counts[std::clamp<std::int64_t>(s.integer(3), 0, 2)] += s.integer(4);
    }
    out.insert(out.end(), mine.begin(), mine.end());
  }
  return out;
}

}  // namespace kiemtra::core
