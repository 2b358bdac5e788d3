// The virtual table module shared by every table: declare, plan (xBestIndex), filter, step, read a column.
#include "vtab.hpp"

#include <cstring>
#include <memory>
#include <set>

namespace kiemtra::plugins::sql {

namespace {

struct Aux {
  const TableDef* def;
  const RunContext* run;
};

struct VTable {
  sqlite3_vtab base{};  // first: SQLite sees a sqlite3_vtab*
  const TableDef* def = nullptr;
  const RunContext* run = nullptr;
  std::vector<std::size_t> extras;  ///< extra column index per declared column past the contract's
};

struct Cursor {
  sqlite3_vtab_cursor base{};
  bool listed = false;               ///< rows come from `rows`, else 0..end-1
  std::vector<std::uint64_t> rows;
  std::uint64_t pos = 0;
  std::uint64_t end = 0;
  std::uint64_t row() const { return listed ? rows[pos] : pos; }
};

std::string quoted(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// The declared columns: the contract's, then each extra column whose name is not already taken (SQLite's
/// names ignore ASCII case).
std::vector<std::string> columns_of(const TableDef& d, const RunContext& x, std::vector<std::size_t>* extras) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (const Column& c : d.columns) {
    names.emplace_back(c.name);
    taken.insert(lower(c.name));
  }
  if (d.extra_names)
    if (const auto* extra = d.extra_names(x))
      for (std::size_t i = 0; i < extra->size(); ++i) {
        const std::string& n = (*extra)[i];
        if (n.empty() || !taken.insert(lower(n)).second) continue;
        names.push_back(n);
        if (extras) extras->push_back(i);
      }
  return names;
}

int x_connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char** err) {
  const auto* a = static_cast<const Aux*>(aux);
  auto t = std::make_unique<VTable>();
  t->def = a->def;
  t->run = a->run;
  const std::vector<std::string> names = columns_of(*a->def, *a->run, &t->extras);
  std::string ddl = "CREATE TABLE x(";
  for (std::size_t i = 0; i < names.size(); ++i) {
    ddl += (i ? ", " : "") + quoted(names[i]);
    ddl += " " + std::string(i < a->def->columns.size() ? a->def->columns[i].type : "TEXT");
  }
  ddl += ")";
  if (const int rc = sqlite3_declare_vtab(db, ddl.c_str()); rc != SQLITE_OK) {
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  *out = &t.release()->base;
  return SQLITE_OK;
}

int x_disconnect(sqlite3_vtab* v) {
  delete reinterpret_cast<VTable*>(v);
  return SQLITE_OK;
}

// idxNum 0: every row; k > 0: the lookup k-1 of the definition, its value in argv[0].
int x_best_index(sqlite3_vtab* v, sqlite3_index_info* info) {
  const auto* t = reinterpret_cast<VTable*>(v);
  const TableDef& d = *t->def;
  const double rows = d.size ? static_cast<double>(d.size(*t->run)) : 1e6;
  int best = -1, best_constraint = -1;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (!c.usable || c.op != SQLITE_INDEX_CONSTRAINT_EQ || c.iColumn < 0) continue;
    for (std::size_t k = 0; k < d.lookups.size(); ++k)
      if (static_cast<std::size_t>(c.iColumn) < d.columns.size() && d.columns[c.iColumn].name == d.lookups[k].column &&
          (best < 0 || static_cast<int>(k) < best)) {
        best = static_cast<int>(k);
        best_constraint = i;
      }
  }
  if (best >= 0) {
    info->idxNum = best + 1;
    info->aConstraintUsage[best_constraint].argvIndex = 1;
    info->aConstraintUsage[best_constraint].omit = 0;  // SQLite checks again: the index only narrows
    info->estimatedCost = 10;
    info->estimatedRows = 10;
  } else {
    info->idxNum = 0;
    info->estimatedCost = rows;
    info->estimatedRows = static_cast<sqlite3_int64>(rows);
  }
  return SQLITE_OK;
}

int x_open(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  *out = &(new Cursor)->base;
  return SQLITE_OK;
}

int x_close(sqlite3_vtab_cursor* c) {
  delete reinterpret_cast<Cursor*>(c);
  return SQLITE_OK;
}

int x_filter(sqlite3_vtab_cursor* cur, int idx, const char*, int argc, sqlite3_value** argv) {
  auto* c = reinterpret_cast<Cursor*>(cur);
  const auto* t = reinterpret_cast<VTable*>(cur->pVtab);
  const TableDef& d = *t->def;
  c->rows.clear();
  c->pos = 0;
  c->listed = false;
  if (idx > 0 && argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const std::string_view value(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0])));
    if (d.lookups[static_cast<std::size_t>(idx - 1)].rows(*t->run, value, c->rows)) {
      c->listed = true;
      c->end = c->rows.size();
      return SQLITE_OK;
    }
    c->rows.clear();
  }
  if (d.generate) {
    d.generate(*t->run, c->rows);
    c->listed = true;
    c->end = c->rows.size();
  } else {
    c->end = d.size(*t->run);
  }
  return SQLITE_OK;
}

int x_next(sqlite3_vtab_cursor* cur) {
  ++reinterpret_cast<Cursor*>(cur)->pos;
  return SQLITE_OK;
}

int x_eof(sqlite3_vtab_cursor* cur) {
  const auto* c = reinterpret_cast<Cursor*>(cur);
  return c->pos >= c->end;
}

int x_column(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int n) {
  const auto* c = reinterpret_cast<Cursor*>(cur);
  const auto* t = reinterpret_cast<VTable*>(cur->pVtab);
  const auto col = static_cast<std::size_t>(n);
  if (col < t->def->columns.size()) {
    t->def->columns[col].get(ctx, *t->run, c->row());
  } else {
    put(ctx, t->def->extra_value(*t->run, c->row(), t->extras[col - t->def->columns.size()]));
  }
  return SQLITE_OK;
}

int x_rowid(sqlite3_vtab_cursor* cur, sqlite3_int64* out) {
  *out = static_cast<sqlite3_int64>(reinterpret_cast<Cursor*>(cur)->row());
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module m{};
  m.iVersion = 1;
  m.xCreate = nullptr;  // eponymous only: the table exists by its module's name, no CREATE needed or allowed
  m.xConnect = x_connect;
  m.xBestIndex = x_best_index;
  m.xDisconnect = x_disconnect;
  m.xDestroy = x_disconnect;
  m.xOpen = x_open;
  m.xClose = x_close;
  m.xFilter = x_filter;
  m.xNext = x_next;
  m.xEof = x_eof;
  m.xColumn = x_column;
  m.xRowid = x_rowid;
  return m;
}

const sqlite3_module kModule = make_module();

}  // namespace

void register_tables(sqlite3* db, const RunContext& x) {
  for (const TableDef& d : table_defs()) {
    auto* aux = new Aux{&d, &x};
    sqlite3_create_module_v2(db, std::string(d.name).c_str(), &kModule, aux,
                             [](void* p) { delete static_cast<Aux*>(p); });
  }
}

std::vector<std::string> table_columns(const RunContext& x, std::string_view name) {
  for (const TableDef& d : table_defs())
    if (d.name == name) return columns_of(d, x, nullptr);
  return {};
}

}  // namespace kiemtra::plugins::sql
