// Database source errors: each names the database, the contract table and the fix.
#include "dataset/db_messages.hpp"

#include <fmt/format.h>

#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

std::string what(const DbConfig& cfg) {
  return cfg.kind == DbKind::sqlite ? fmt::format("SQLite '{}'", cfg.target) : fmt::format("PostgreSQL '{}'", cfg.target);
}

bool has(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

struct Advice {
  const char* vi;
  const char* en;
};

Advice connect_advice(const DbConfig& cfg, std::string_view d) {
  if (cfg.kind == DbKind::sqlite)
    return {"kiểm tra đường dẫn sqlite: trong dataset.yaml và quyền đọc tệp",
            "check the sqlite: path in dataset.yaml and that the file can be read"};
  if (has(d, "password authentication failed") || has(d, "no password supplied") || has(d, "password is required"))
    return {"kiểm tra mật khẩu của người dùng trong ~/.pgpass (PGPASSFILE) hoặc PGPASSWORD",
            "check the user's password in ~/.pgpass (PGPASSFILE) or PGPASSWORD"};
  if (has(d, "timeout expired"))
    return {"kiểm tra host và mạng, hoặc tăng database: connect_timeout: trong dataset.yaml",
            "check the host and the network, or raise database: connect_timeout: in dataset.yaml"};
  if (has(d, "could not translate host name") || has(d, "Name or service not known"))
    return {"kiểm tra tên host trong chuỗi kết nối", "check the host name in the connection string"};
  if (has(d, "Connection refused") || has(d, "No such file or directory"))
    return {"kiểm tra máy chủ PostgreSQL đang chạy và host, port trong chuỗi kết nối đúng",
            "check that the PostgreSQL server is running and the host and port of the connection string"};
  if (has(d, "does not exist"))
    return {"kiểm tra dbname và user trong chuỗi kết nối", "check dbname and user in the connection string"};
  if (has(d, "service file") || has(d, "definition of service"))
    return {"kiểm tra tên dịch vụ trong pg_service.conf (PGSERVICEFILE)",
            "check the service name in pg_service.conf (PGSERVICEFILE)"};
  return {"kiểm tra chuỗi kết nối postgres: trong dataset.yaml", "check the postgres: connection string in dataset.yaml"};
}

}  // namespace

std::string first_line(std::string_view detail) {
  std::string_view d = trim(detail);
  if (const auto nl = d.find('\n'); nl != std::string_view::npos) d = trim(d.substr(0, nl));
  std::string out;
  bool space = false;
  for (const char c : d) {  // "FATAL:  password ..." reads as one sentence
    if (c == ' ' && space) continue;
    space = c == ' ';
    out += c;
  }
  return out;
}

Text msg_db_connect(const DbConfig& cfg, std::string_view table, std::string_view detail) {
  const Advice a = connect_advice(cfg, detail);
  const std::string d = first_line(detail);
  return {fmt::format("{}: không kết nối được {} để đọc bảng {} ({}); {}", cfg.manifest, what(cfg), table, d, a.vi),
          fmt::format("{}: cannot connect to {} to read table {} ({}); {}", cfg.manifest, what(cfg), table, d, a.en)};
}

Text msg_db_no_table(const DbConfig& cfg, std::string_view table, std::string_view source, const std::string& vi_hint,
                     const std::string& en_hint) {
  return {fmt::format("{}: {} không có bảng hay view '{}' (bảng {} của dữ liệu){}; sửa database: tables: {}: trong "
                      "dataset.yaml",
                      cfg.manifest, what(cfg), source, table, vi_hint, table),
          fmt::format("{}: {} has no table or view '{}' (the dataset's {} table){}; fix database: tables: {}: in "
                      "dataset.yaml",
                      cfg.manifest, what(cfg), source, table, en_hint, table)};
}

Text msg_db_query(const DbConfig& cfg, std::string_view table, std::string_view source, std::string_view detail) {
  const std::string d = first_line(detail);
  return {fmt::format("{}: {} không đọc được bảng {} từ {} ({}); sửa database: tables: {}: trong dataset.yaml",
                      cfg.manifest, what(cfg), table, source, d, table),
          fmt::format("{}: {} cannot read table {} from {} ({}); fix database: tables: {}: in dataset.yaml",
                      cfg.manifest, what(cfg), table, source, d, table)};
}

Text msg_db_lost(const DbConfig& cfg, std::string_view table, std::string_view source, std::string_view detail) {
  const std::string d = first_line(detail);
  return {fmt::format("{}: mất kết nối tới {} khi đang đọc bảng {} từ {} ({}); không có gì được báo cáo hay ghi "
                      "vào lịch sử, hãy chạy lại",
                      cfg.manifest, what(cfg), table, source, d),
          fmt::format("{}: the connection to {} was lost while reading table {} from {} ({}); nothing was reported "
                      "or recorded in the history, run again",
                      cfg.manifest, what(cfg), table, source, d)};
}

}  // namespace kiemtra::core::dataset
