// The `database:` block of dataset.yaml: every bad value is fatal, named at file:line:column.
#include "dataset/db_config.hpp"

#include <fmt/format.h>
#include "dataset/libpq_api.hpp"

#include <memory>

#include "dataset/manifest.hpp"
#include "dataset/table_spec.hpp"
#include "dataset/text.hpp"
#include "dataset/values.hpp"

namespace kiemtra::core::dataset {

namespace {

std::string scalar(const std::string& file, const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) bad_yaml_value(file, node, key, "phải là một giá trị đơn", "must be a scalar value");
  return std::string(trim(node.Scalar()));
}

/// Refuses a connection string libpq cannot read, and one that carries a password: the manifest is a file
/// people copy, commit and mail, so the password stays in PGPASSFILE (~/.pgpass) or PGPASSWORD.
void check_conninfo(const std::string& file, const YAML::Node& node, const std::string& conninfo) {
  char* err = nullptr;
  std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> opts(pq::PQconninfoParse(conninfo.c_str(), &err),
                                                                       pq::PQconninfoFree);
  if (!opts) {
    std::string why = err != nullptr ? std::string(trim(err)) : std::string("?");
    pq::PQfreemem(err);
    bad_yaml_value(file, node, "postgres", fmt::format("chuỗi kết nối không đọc được ({})", why),
        fmt::format("the connection string cannot be read ({})", why));
  }
  for (const PQconninfoOption* o = opts.get(); o->keyword != nullptr; ++o)
    if (std::string_view(o->keyword) == "password" && o->val != nullptr && o->val[0] != '\0')
      bad_yaml_value(file, node, "postgres",
          "không được ghi mật khẩu trong dataset.yaml: bỏ password= khỏi chuỗi kết nối và để mật khẩu trong "
          "~/.pgpass (PGPASSFILE) hoặc biến môi trường PGPASSWORD",
          "must not hold a password: remove password= from the connection string and keep the password in "
          "~/.pgpass (PGPASSFILE) or the PGPASSWORD environment variable");
}

DbTableSource table_source(const std::string& file, const YAML::Node& node, std::string_view table) {
  DbTableSource s;
  s.used = true;
  s.at = yaml_pos(node);
  if (node.IsScalar()) {
    s.table = scalar(file, node, table);
  } else if (node.IsMap()) {
    for (const auto& kv : node) {
      const std::string key = scalar(file, kv.first, table);
      if (key == "table") {
        s.table = scalar(file, kv.second, key);
      } else if (key == "query") {
        s.query = scalar(file, kv.second, key);
      } else {
        bad_yaml_value(file, kv.first, key, "khóa không hợp lệ (table hoặc query)", "unknown key (expected table or query)");
      }
    }
    if (!s.table.empty() && !s.query.empty())
      bad_yaml_value(file, node, table, "chỉ ghi một trong table: hoặc query:", "give either table: or query:, not both");
  } else {
    bad_yaml_value(file, node, table, "phải là tên một bảng/view, hoặc {table: tên} hoặc {query: SELECT ...}",
        "must be a table or view name, or {table: name} or {query: SELECT ...}");
  }
  if (s.table.empty() && s.query.empty())
    bad_yaml_value(file, node, table, "thiếu tên bảng hoặc câu truy vấn", "names no table and no query");
  return s;
}

void read_tables(const std::string& file, const YAML::Node& node, DbConfig& c) {
  if (!node.IsMap())
    bad_yaml_value(file, node, "tables", "phải là một bảng tên bảng: bảng trong cơ sở dữ liệu",
        "must be a map of table: table in the database");
  for (const auto& t : node) {
    const std::string table = scalar(file, t.first, "tables");
    const TableId id = yaml_table_key(file, t.first, "tables");
    c.tables[static_cast<std::size_t>(id)] = table_source(file, t.second, table);
  }
}

}  // namespace

DbConfig read_db_config(const YAML::Node& node, const std::string& file) {
  DbConfig c;
  c.manifest = file;
  c.at = yaml_pos(node);
  if (!node.IsMap())
    bad_yaml_value(file, node, "database", "phải là một bảng (postgres: hoặc sqlite:, tables: ...)",
        "must be a map (postgres: or sqlite:, tables: ...)");
  bool has_tables = false;
  for (const auto& kv : node) {
    const std::string key = scalar(file, kv.first, "database");
    if (key == "postgres" || key == "sqlite") {
      if (c.kind != DbKind::none)
        bad_yaml_value(file, kv.first, key, "chỉ một cơ sở dữ liệu: postgres: hoặc sqlite:",
            "one database only: postgres: or sqlite:");
      c.kind = key == "postgres" ? DbKind::postgres : DbKind::sqlite;
      c.target = scalar(file, kv.second, key);
      if (c.target.empty())
        bad_yaml_value(file, kv.second, key, "không được để trống", "must not be empty");
      if (c.kind == DbKind::postgres) check_conninfo(file, kv.second, c.target);
    } else if (key == "connect_timeout") {
      const std::string s = scalar(file, kv.second, key);
      std::int64_t n = 0;
      if (s.empty() || parse_money(s, n) != ValueError::none || n < 1 || n > 3600)
        bad_yaml_value(file, kv.second, key, fmt::format("'{}': phải là số giây từ 1 đến 3600", s),
            fmt::format("'{}': must be a number of seconds from 1 to 3600", s));
      c.connect_timeout = static_cast<int>(n);
    } else if (key == "tables") {
      read_tables(file, kv.second, c);
      has_tables = true;
    } else {
      bad_yaml_value(file, kv.first, key, "khóa không hợp lệ (postgres, sqlite, connect_timeout, tables)",
          "unknown key (expected postgres, sqlite, connect_timeout, tables)");
    }
  }
  if (c.kind == DbKind::none)
    bad_yaml_value(file, node, "database", "thiếu postgres: (chuỗi kết nối) hoặc sqlite: (tệp)",
        "lacks postgres: (a connection string) or sqlite: (a file)");
  if (!has_tables)
    bad_yaml_value(file, node, "database", "thiếu tables: (bảng nào của hợp đồng đọc từ cơ sở dữ liệu)",
        "lacks tables: (which tables of the contract are read from the database)");
  return c;
}

std::span<const int> db_key_columns(TableId id) {
  static constexpr int kOrg[] = {org_col::id};
  static constexpr int kMember[] = {member_col::id};
  static constexpr int kDues[] = {dues_col::member_id, dues_col::period};
  static constexpr int kCandidate[] = {candidate_col::id};
  static constexpr int kCommittee[] = {committee_col::org_id, committee_col::term, committee_col::member_id};
  static constexpr int kTransfer[] = {transfer_col::member_id, transfer_col::issued_on};
  static constexpr int kEvent[] = {event_col::org_id, event_col::member_id, event_col::date};
  static constexpr int kRating[] = {rating_col::member_id, rating_col::year};
  static constexpr int kMeeting[] = {meeting_col::id};
  static constexpr int kAttendance[] = {attendance_col::meeting_id, attendance_col::member_id};
  switch (id) {
    case TableId::organizations: return kOrg;
    case TableId::members: return kMember;
    case TableId::dues: return kDues;
    case TableId::candidates: return kCandidate;
    case TableId::committees: return kCommittee;
    case TableId::transfers: return kTransfer;
    case TableId::events: return kEvent;
    case TableId::ratings: return kRating;
    case TableId::meetings: return kMeeting;
    case TableId::attendance: return kAttendance;
  }
  return kOrg;
}

std::string_view db_kind_name(DbKind k) { return k == DbKind::sqlite ? "sqlite" : "postgres"; }

}  // namespace kiemtra::core::dataset
