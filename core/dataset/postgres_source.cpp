// PostgreSQL through libpq: one connection, one REPEATABLE READ READ ONLY transaction, and each table streamed
// with COPY (SELECT ...) TO STDOUT, so a table of millions of rows is one statement, not a round trip per row.
#include <fmt/format.h>
#include "dataset/libpq_api.hpp"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <system_error>
#include <thread>

#include "dataset/db_messages.hpp"
#include "dataset/db_source.hpp"
#include "dataset/text.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::dataset {

namespace {

// Type OIDs of pg_type (stable across versions: src/include/catalog/pg_type.dat).
constexpr Oid kBool = 16;
constexpr Oid kTimestamp = 1114;
constexpr Oid kTimestampTz = 1184;
constexpr Oid kNumeric = 1700;

using Result = std::unique_ptr<PGresult, void (*)(PGresult*)>;
Result hold(PGresult* r) { return Result(r, pq::PQclear); }

class PgSession final : public DbSession {
 public:
  PgSession(const DbConfig& cfg, TableId first) : cfg_(cfg) {
    // Entries before dbname are defaults the connection string may override; entries after it override it.
    const std::string timeout = std::to_string(cfg.connect_timeout > 0 ? cfg.connect_timeout : 10);
    std::vector<const char*> keys, values;
    if (cfg.connect_timeout == 0) {
      keys.push_back("connect_timeout");
      values.push_back(timeout.c_str());
    }
    keys.push_back("application_name");
    values.push_back("kiemtra");
    keys.push_back("dbname");
    values.push_back(cfg.target.c_str());
    if (cfg.connect_timeout > 0) {
      keys.push_back("connect_timeout");
      values.push_back(timeout.c_str());
    }
    keys.push_back("client_encoding");
    values.push_back("UTF8");
    keys.push_back(nullptr);
    values.push_back(nullptr);
    owned_.reset(pq::PQconnectdbParams(keys.data(), values.data(), /*expand_dbname=*/1));
    conn_ = owned_.get();
    if (conn_ == nullptr || pq::PQstatus(conn_) != CONNECTION_OK)
      throw UserError(msg_db_connect(cfg, table_name(first), conn_ ? pq::PQerrorMessage(conn_) : "out of memory"));
    // One snapshot for every table; ISO dates whatever the server's DateStyle.
    exec_or_throw("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", first);
    exec_or_throw("SET LOCAL DateStyle = ISO, YMD", first);
  }
  PgSession(const PgSession&) = delete;
  PgSession& operator=(const PgSession&) = delete;

  ~PgSession() override { stop_prefetch(); }

  void stream(TableId id, const DbTableSource& src, const HeaderFn& header, const RowFn&, const LineFn& line) override {
    std::unique_ptr<Prefetch> pf = stop_prefetch();
    if (pf && pf->error) std::rethrow_exception(pf->error);
    if (pf && pf->id != id) {
      // Asked for another table than the one read ahead (a table read again): the COPY in hand is run to its
      // end unread, and that table will be copied again when asked for.
      if (pf->copying) receive(pf->id, pf->table, [](std::string_view) { return true; });
      pf.reset();
    }
    Table t = pf ? std::move(pf->table) : describe(id, src);
    // Workers decode the lines beside building the rows; this thread only receives them.
    header(t.names, [types = t.types](std::string_view encoded, std::string& scratch, std::vector<Cell>& cells) {
      decode_row(encoded, types, scratch, cells);
    }, t.expected_rows);
    bool copying = pf && pf->copying;
    if (!pf) {
      start_copy(id, t);
      copying = true;
    } else {
      std::uint32_t begin = 0;
      for (const std::uint32_t end : pf->ends) {
        if (!line(std::string_view(pf->text).substr(begin, end - begin))) {
          broken_ = true;  // the read is being abandoned
          return;
        }
        begin = end;
      }
    }
    if (copying && !receive(id, t, line)) {
      broken_ = true;  // the COPY is left unfinished: the read is being abandoned
      return;
    }
    start_prefetch(id);
  }

 private:
  /// A table's source as the server describes it: what to COPY, and the result's column names and types.
  struct Table {
    std::string source;    ///< how messages name it
    std::string select;    ///< the query, or SELECT * FROM the table
    std::string relation;  ///< an ordinary table, copied as such
    std::vector<std::string> names;
    std::vector<Oid> types;
    std::size_t expected_rows = 0;  ///< the planner's estimate for an ordinary table, 0 otherwise
  };

  /// The next table, read ahead by a thread of its own on this connection while the caller joins the
  /// previous one, so the server does not wait between tables. It stops at read_ahead_ bytes (the server then
  /// waits for the socket to drain) or when the caller comes for the connection; the caller then goes on
  /// receiving where it stopped.
  struct Prefetch {
    TableId id{};
    Table table;
    bool copying = false;  ///< the COPY has started and not ended
    std::string text;      ///< the lines received, one after another
    std::vector<std::uint32_t> ends;
    std::exception_ptr error;  ///< rethrown when the table is asked for
    std::atomic<bool> stop{false};
    std::thread thread;
  };
  /// How much a table read ahead may hold: KIEMTRA_DB_READ_AHEAD bytes (64 MB when unset), so memory stays
  /// bounded whatever the table's size.
  static std::size_t read_ahead_bytes() {
    const char* v = std::getenv("KIEMTRA_DB_READ_AHEAD");
    if (v == nullptr || *v == '\0') return std::size_t{64} << 20;
    return static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
  }

  Table describe(TableId id, const DbTableSource& src) {
    Table t;
    t.source = db_source_name(src, id);
    // An ordinary table is copied as a table: the server then skips the executor, a third of its time per row.
    t.select = src.query.empty() ? from_table(id, src, t.relation, t.expected_rows) : strip_semicolon(src.query);
    // The result's columns and types, without running the query.
    Result prepared = hold(pq::PQprepare(conn_, "", t.select.c_str(), 0, nullptr));
    check(prepared.get(), PGRES_COMMAND_OK, id, t.source);
    Result described = hold(pq::PQdescribePrepared(conn_, ""));
    check(described.get(), PGRES_COMMAND_OK, id, t.source);
    const int width = pq::PQnfields(described.get());
    for (int c = 0; c < width; ++c) {
      t.names.emplace_back(pq::PQfname(described.get(), c));
      t.types.push_back(pq::PQftype(described.get(), c));
    }
    return t;
  }

  void start_copy(TableId id, const Table& t) {
    const std::string copy = t.relation.empty() ? fmt::format("COPY ({}) TO STDOUT", t.select)
                                                : fmt::format("COPY {} TO STDOUT", t.relation);
    Result started = hold(pq::PQexec(conn_, copy.c_str()));
    check(started.get(), PGRES_COPY_OUT, id, t.source);
  }

  /// Receives the COPY's lines, each to `line`, to its end (true), or until `line` returns false (false: the
  /// COPY is left where it stopped, the lines after it unreceived).
  template <class Fn>
  bool receive(TableId id, const Table& t, const Fn& line) {
    for (;;) {
      char* buf = nullptr;
      const int len = pq::PQgetCopyData(conn_, &buf, /*async=*/0);
      if (len == -1) break;  // the end of the COPY
      if (len < 0) {
        const std::string why = pq::PQerrorMessage(conn_);
        broken_ = true;
        throw UserError(msg_db_lost(cfg_, table_name(id), t.source, why));
      }
      const std::unique_ptr<char, void (*)(void*)> held(buf, pq::PQfreemem);
      if (!line(std::string_view(buf, static_cast<std::size_t>(len)))) return false;
    }
    Result done = hold(pq::PQgetResult(conn_));
    check(done.get(), PGRES_COMMAND_OK, id, t.source);
    while (PGresult* extra = pq::PQgetResult(conn_)) pq::PQclear(extra);
    return true;
  }

  /// Starts reading ahead the first table after `after` that comes from this database (the reader asks for
  /// the tables in TableId order).
  void start_prefetch(TableId after) {
    if (broken_) return;
    std::size_t next = static_cast<std::size_t>(after) + 1;
    while (next < kTableCount && !cfg_.tables[next].used) ++next;
    if (next >= kTableCount) return;
    auto pf = std::make_unique<Prefetch>();
    pf->id = static_cast<TableId>(next);
    Prefetch* p = pf.get();
    try {
      pf->thread = std::thread([this, p] { read_ahead(*p); });
    } catch (const std::system_error&) {
      return;  // no thread: the table is read when asked for
    }
    prefetch_ = std::move(pf);
  }

  void read_ahead(Prefetch& p) {
    try {
      p.table = describe(p.id, cfg_.tables[static_cast<std::size_t>(p.id)]);
      start_copy(p.id, p.table);
      p.copying = !receive(p.id, p.table, [&p, this](std::string_view encoded) {
        p.text.append(encoded);
        p.ends.push_back(static_cast<std::uint32_t>(p.text.size()));
        return !p.stop.load(std::memory_order_relaxed) && p.text.size() < read_ahead_;
      });
    } catch (...) {
      p.copying = false;
      p.error = std::current_exception();
    }
  }

  /// Ends the reading ahead, if any, and hands over what it read: the connection is this thread's again.
  std::unique_ptr<Prefetch> stop_prefetch() {
    if (!prefetch_) return nullptr;
    prefetch_->stop.store(true, std::memory_order_relaxed);
    prefetch_->thread.join();
    return std::move(prefetch_);
  }

 private:
  void exec_or_throw(const char* sql, TableId first) {
    Result r = hold(pq::PQexec(conn_, sql));
    if (pq::PQresultStatus(r.get()) != PGRES_COMMAND_OK)
      throw UserError(msg_db_connect(cfg_, table_name(first), pq::PQerrorMessage(conn_)));
  }

  void check(const PGresult* r, ExecStatusType want, TableId id, const std::string& source) {
    if (pq::PQresultStatus(r) == want) return;
    broken_ = true;
    const std::string why = r != nullptr ? pq::PQresultErrorMessage(r) : pq::PQerrorMessage(conn_);
    // Lost rather than refused: the socket is gone, or the server says so (class 08 connection exception,
    // 57P01-03 an administrator or a crash ending the session).
    const char* state = r != nullptr ? pq::PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view code = state != nullptr ? state : "";
    if (pq::PQstatus(conn_) == CONNECTION_BAD || code.starts_with("08") || code.starts_with("57P"))
      throw UserError(msg_db_lost(cfg_, table_name(id), source, why));
    throw UserError(msg_db_query(cfg_, table_name(id), source, why));
  }

  /// "SELECT * FROM <the table, quoted as the catalog quotes it>", or the missing-table error with the closest
  /// name the database has. `relation` gets the quoted name when it is an ordinary table (COPY takes it as it
  /// is; a view, a partitioned or a foreign table is copied through its SELECT).
  /// The query for a table or view by name; `relation` gets an ordinary table's name and `expected_rows` the
  /// planner's estimate of its rows (the density of its last ANALYZE times its pages now, as PostgreSQL's
  /// planner estimates it), so a stale statistic after the table grew or shrank still estimates well.
  std::string from_table(TableId id, const DbTableSource& src, std::string& relation, std::size_t& expected_rows) {
    if (broken_) throw UserError(msg_db_lost(cfg_, table_name(id), src.table, "the previous table was not read to its end"));
    const char* param = src.table.c_str();
    Result r = hold(pq::PQexecParams(conn_,
        "SELECT to_regclass($1)::text, c.relkind = 'r',"
        " CASE WHEN c.reltuples > 0 AND c.relpages > 0"
        " THEN (c.reltuples / c.relpages * (pg_catalog.pg_relation_size(c.oid)"
        " / pg_catalog.current_setting('block_size')::int))::bigint ELSE 0 END"
        " FROM (SELECT 1) AS one LEFT JOIN pg_catalog.pg_class c ON c.oid = to_regclass($1)",
        1, nullptr, &param, nullptr, nullptr, 0));
    check(r.get(), PGRES_TUPLES_OK, id, src.table);
    if (!pq::PQgetisnull(r.get(), 0, 0)) {
      const std::string name = pq::PQgetvalue(r.get(), 0, 0);
      if (std::string_view(pq::PQgetvalue(r.get(), 0, 1)) == "t") {
        relation = name;
        expected_rows = static_cast<std::size_t>(std::strtoull(pq::PQgetvalue(r.get(), 0, 2), nullptr, 10));
      }
      return fmt::format("SELECT * FROM {}", name);
    }
    Result list = hold(pq::PQexec(conn_,
        "SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END "
        "FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"));
    std::vector<std::string> known;
    if (pq::PQresultStatus(list.get()) == PGRES_TUPLES_OK)
      for (int i = 0; i < pq::PQntuples(list.get()); ++i) known.emplace_back(pq::PQgetvalue(list.get(), i, 0));
    const Suggestion s = did_you_mean(src.table, known);
    throw UserError(msg_db_no_table(cfg_, table_name(id), src.table, s.vi, s.en));
  }

  static std::string strip_semicolon(std::string q) {
    while (!q.empty() && (q.back() == ';' || q.back() == ' ' || q.back() == '\n' || q.back() == '\t')) q.pop_back();
    return q;
  }

  /// Splits one COPY text line into its values (tab-separated, backslash escapes, \N for NULL), each as its type
  /// reads in the contract (typed_view). A line without a backslash, nearly every line, has no escape and no
  /// NULL: its values are views of the line itself, nothing copied.
  static void decode_row(std::string_view line, const std::vector<Oid>& types, std::string& scratch,
                         std::vector<Cell>& cells) {
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    const std::size_t width = types.size();
    // The caller's cells are reused row after row: only their text changes (assigning fresh cells per row
    // cost more than splitting the line).
    if (cells.size() != width) cells.assign(width, Cell{});
    if (std::memchr(line.data(), '\\', line.size()) == nullptr) {
      std::size_t col = 0, start = 0;
      for (;;) {
        const void* tab = std::memchr(line.data() + start, '\t', line.size() - start);
        const std::size_t end = tab != nullptr ? static_cast<std::size_t>(static_cast<const char*>(tab) - line.data()) : line.size();
        if (col < width) {
          cells[col].text = typed_view(types[col], line.substr(start, end - start));
          ++col;
        }
        if (tab == nullptr) break;
        start = end + 1;
      }
      for (; col < width; ++col) cells[col].text = {};  // columns the line lacks are empty
      return;
    }
    unescape_row(line, types, scratch, cells);
  }

  /// The values of a line with escapes, unescaped one after another into `text` (a NULL empty), each cell a view
  /// of its value there. Unescaping never lengthens a line, so `text` never moves once it has the line's room.
  static void unescape_row(std::string_view line, const std::vector<Oid>& types, std::string& text,
                           std::vector<Cell>& cells) {
    const std::size_t width = types.size();
    text.clear();
    text.reserve(line.size());
    std::size_t col = 0, i = 0, field_start = 0, raw_start = 0;
    auto finish = [&](bool is_null) {
      if (col >= width) return;
      if (is_null) text.resize(field_start);
      cells[col].text = typed_view(types[col], std::string_view(text.data() + field_start, text.size() - field_start));
      ++col;
      field_start = text.size();
    };
    while (i <= line.size()) {
      if (i == line.size() || line[i] == '\t') {
        finish(line.substr(raw_start, i - raw_start) == "\\N");
        ++i;
        raw_start = i;
        continue;
      }
      if (line[i] != '\\') {  // a run of plain bytes, appended at once
        const std::size_t j = plain_run_end(line, i + 1);
        text.append(line.data() + i, j - i);
        i = j;
        continue;
      }
      if (i + 1 >= line.size()) {
        text += '\\';
        ++i;
        continue;
      }
      const char e = line[i + 1];
      i += 2;
      switch (e) {
        case 'N': text += 'N'; break;  // \N alone is NULL, checked on the raw field when it ends
        case 't': text += '\t'; break;
        case 'n': text += '\n'; break;
        case 'r': text += '\r'; break;
        case 'b': text += '\b'; break;
        case 'f': text += '\f'; break;
        case 'v': text += '\v'; break;
        default:
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0; k < 2 && i < line.size() && line[i] >= '0' && line[i] <= '7'; ++k, ++i) v = v * 8 + (line[i] - '0');
            text += static_cast<char>(v);
          } else {
            text += e;  // \\ and any other escaped character stand for themselves
          }
      }
    }
    while (col < width) finish(true);
  }

  /// Where the run of bytes from `i` without a tab or a backslash ends: two memchr scans (the field's end, then a
  /// backslash in it) instead of a loop testing each byte twice.
  static std::size_t plain_run_end(std::string_view line, std::size_t i) {
    const void* tab = std::memchr(line.data() + i, '\t', line.size() - i);
    const std::size_t end = tab != nullptr ? static_cast<std::size_t>(static_cast<const char*>(tab) - line.data()) : line.size();
    const void* slash = std::memchr(line.data() + i, '\\', end - i);
    return slash != nullptr ? static_cast<std::size_t>(static_cast<const char*>(slash) - line.data()) : end;
  }

  /// A value as its type reads in the contract: a boolean as 1/0, a timestamp at midnight as its date, a numeric
  /// without its zero fraction (1490000.00 is 1490000 đồng).
  static std::string_view typed_view(Oid type, std::string_view v) {
    if (type == kBool && v.size() == 1) return v[0] == 't' ? "1" : "0";
    if ((type == kTimestamp || type == kTimestampTz) && v.size() >= 19 && v.substr(10, 9) == " 00:00:00" &&
        (v.size() == 19 || v[19] == '+' || v[19] == '-'))
      return v.substr(0, 10);
    if (type == kNumeric) {
      if (const auto dot = v.find('.'); dot != std::string_view::npos &&
                                        v.find_first_not_of('0', dot + 1) == std::string_view::npos)
        return v.substr(0, dot);
    }
    return v;
  }

  const DbConfig& cfg_;
  std::unique_ptr<PGconn, void (*)(PGconn*)> owned_{nullptr, pq::PQfinish};
  PGconn* conn_ = nullptr;
  bool broken_ = false;
  std::size_t read_ahead_ = read_ahead_bytes();
  std::unique_ptr<Prefetch> prefetch_;  // joined before the connection is used or closed
};

}  // namespace

std::unique_ptr<DbSession> open_postgres(const DbConfig& cfg, TableId first) {
  return std::make_unique<PgSession>(cfg, first);
}

}  // namespace kiemtra::core::dataset
