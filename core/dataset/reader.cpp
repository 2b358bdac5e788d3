// read_dataset: finds the form (directory of CSV files or single-file YAML) and reads the tables in order.
#include "dataset/reader.hpp"

#include "util/input_file.hpp"

#include <yaml-cpp/yaml.h>

#include "dataset/csv_table.hpp"
#include "dataset/db_source.hpp"
#include "dataset/dues_grouping.hpp"
#include "dataset/indexes.hpp"
#include "dataset/manifest.hpp"
#include "dataset/messages.hpp"
#include "dataset/stray_files.hpp"
#include "dataset/table_finish.hpp"
#include "dataset/xlsx_table.hpp"
#include "dataset/yaml_form.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;
using namespace kiemtra::core::dataset;

namespace {

// Where each table comes from: a CSV or .xlsx file of the directory, a sheet of one workbook, or a key of
// the single YAML file.
class Source {
 public:
  Source(fs::path dir, const YAML::Node* yaml, std::string yaml_file, const XlsxWorkbook* workbook,
         const Manifest& manifest, DbSession* db)
      : dir_(std::move(dir)), yaml_(yaml), yaml_file_(std::move(yaml_file)), workbook_(workbook), m_(manifest), db_(db) {}

  template <class Row>
  void read(TableId id, bool required, ReadState& st, Table<Row>& table) const {
    const std::size_t issues_before = st.dataset->read_issues.size();
    const std::size_t unresolved_before = st.dataset->unresolved.size();
    const std::size_t bases_before = st.dataset->dues_income_basis.size();
    st.dates = DateReading{st.month_first[static_cast<std::size_t>(id)], {}};
    read_rows(id, required, st, table);
    // A date column holding a value that only reads month first is decided from all its values: read again
    // with the column refused (this costs a second read only for such an export), and reported once.
    std::vector<bool> refused = month_first_columns(st.date_counts, st.dates.month_first);
    if (!refused.empty()) {
      const std::vector<DateColumnCount> counts = st.date_counts;
      table = Table<Row>{};
      st.dataset->read_issues.resize(issues_before);
      st.dataset->unresolved.resize(unresolved_before);
      st.dataset->dues_income_basis.resize(bases_before);
      if (id == TableId::dues) st.dataset->dues_lines = RowLines{};
      st.dates.refused = std::move(refused);
      read_rows(id, required, st, table);
      const TableSpec& spec = spec_of(id);
      for (std::size_t c = 0; c < st.dates.refused.size(); ++c)
        if (st.dates.refused[c])
          st.dataset->read_issues.push_back(refused_column_issue(id, table.file, spec.columns[c].name, counts[c]));
    }
    st.dates = DateReading{};
    if (id == TableId::organizations) {
      finish_organizations(st, issues_before);
    } else if (id == TableId::members) {
      finish_members(st, issues_before);
    } else if (id == TableId::meetings) {
      finish_meetings(st, issues_before);
    } else if (id == TableId::attendance) {
      finish_attendance(st, issues_before);
    } else {
      finish_issues(st, issues_before);
    }
  }

 private:
  template <class Row>
  void read_rows(TableId id, bool required, ReadState& st, Table<Row>& table) const {
    st.positions.clear();
    st.date_counts.clear();
    const auto t = static_cast<std::size_t>(id);
    if (db_ != nullptr && m_.database.tables[t].used) {
      read_db_table(*db_, m_.database, id, st, table);
    } else if (yaml_) {
      const YAML::Node node = (*yaml_)[std::string(table_name(id))];
      if (node) read_yaml_table(node, yaml_file_, id, st, table);
    } else if (workbook_) {
      const int sheet = sheet_of(*workbook_, id, /*single_table=*/false, required);
      if (sheet >= 0) read_xlsx_table(*workbook_, sheet, m_.header_row[t], id, st, table);
    } else {
      const std::string file = (dir_ / spec_of(id).file).string();
      const std::string xlsx = (dir_ / (std::string(table_name(id)) + ".xlsx")).string();
      std::error_code ec;
      // Only a name that is not there at all is an absent table: a dangling or looping symlink, or an entry
      // that cannot be examined, is a file that cannot be read (exit 2), never "no dues file".
      const fs::file_status entry = fs::symlink_status(file, ec);
      if (fs::exists(entry)) {
        read_csv_table(file, id, st, table);
      } else if (std::error_code xec; fs::exists(xlsx, xec)) {
        // members.xlsx in place of members.csv: its one sheet, or the sheet named as the table.
        const XlsxWorkbook book(xlsx);
        const int sheet = sheet_of(book, id, /*single_table=*/true, true);
        read_xlsx_table(book, sheet, m_.header_row[t], id, st, table);
      } else if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
        throw UserError(msg_cannot_read(file, os_reason(ec.value())));
      } else if (required) {
        throw UserError(msg_required_file_missing(file));
      }
    }
  }

  // The sheet table `id` is read from: the one the manifest names, the one named as the table, or (a
  // workbook holding one table) its only sheet. -1 for an absent optional table.
  int sheet_of(const XlsxWorkbook& book, TableId id, bool single_table, bool required) const {
    const std::string& named = m_.sheet[static_cast<std::size_t>(id)];
    const std::string_view want = named.empty() ? table_name(id) : std::string_view(named);
    const int found = book.find_sheet(want);
    if (found >= 0) return found;
    if (named.empty() && single_table && book.sheets().size() == 1) return 0;
    if (!required && named.empty()) return -1;
    std::string list;
    for (const std::string& s : book.sheets()) list += (list.empty() ? "'" : ", '") + s + "'";
    throw UserError(msg_sheet_missing(book.file(), want, list, table_name(id), !named.empty()));
  }

  fs::path dir_;
  const YAML::Node* yaml_;
  std::string yaml_file_;
  const XlsxWorkbook* workbook_;
  const Manifest& m_;
  DbSession* db_;
};

std::string default_name(const fs::path& path, bool is_dir) {
  fs::path p = fs::absolute(path).lexically_normal();
  if (p.has_filename() && !is_dir) {
    if (p.filename() != "dataset.yaml" && p.filename() != "dataset.yml") return p.stem().string();
    p = p.parent_path();
  }
  if (!p.has_filename()) p = p.parent_path();  // "dir/" normalizes to a trailing separator
  return p.filename().string();
}

}  // namespace

std::shared_ptr<const Dataset> read_dataset(const fs::path& path, const ReadOptions& options) {
  const std::string given = path.string();
  std::error_code ec;
  if (!fs::exists(path, ec)) throw UserError(msg_path_missing(given));
  const bool is_dir = fs::is_directory(path, ec);
  const std::string ext = path.extension().string();
  const bool is_xlsx = !is_dir && (ext == ".xlsx" || ext == ".XLSX");
  if (!is_dir && !is_xlsx && ext != ".yaml" && ext != ".yml") throw UserError(msg_not_a_dataset(given));

  auto ds = std::make_shared<Dataset>();
  auto storage = std::make_shared<Arena>();
  ReadState st;
  st.dataset = ds.get();
  st.storage = storage.get();
  st.strict = options.strict;
  st.jobs = options.jobs < 1 || options.tap != nullptr ? 1 : options.jobs;
  st.tap = options.tap;
  st.fast_paths = options.fast_paths;

  const fs::path manifest_path = is_dir ? path / "dataset.yaml" : path;
  const std::string manifest_file = manifest_path.string();
  YAML::Node root;
  Manifest m;
  if (!is_xlsx && fs::exists(manifest_path, ec)) {
    root = load_yaml_file(manifest_file);
    m = read_manifest(root, manifest_file);
  }
  if (!is_dir && !is_xlsx && !m.has_tables && m.database.kind == DbKind::none)
    throw UserError(msg_yaml_value(manifest_file, 1, 1, manifest_file,
                                   "không có bảng nào (organizations:, members: ...)",
                                   "holds no table (organizations:, members: ...)"));
  // A folder's every data-like file is a table or listed as ignored, before anything is read.
  if (is_dir && !m.has_tables) check_stray_files(path, m.ignore, m.workbook, manifest_file);
  ds->source = given;
  ds->name = m.name && !m.name->empty() ? *m.name : default_name(path, is_dir);
  ds->as_of = m.as_of;
  ds->period_start = m.period_start;
  if (!ds->period_start.valid() && ds->as_of.valid()) ds->period_start = Date::from_ymd(ds->as_of.year(), 1, 1);
  ds->targets = m.targets;
  st.aliases = m.aliases;
  st.month_first = m.month_first;
  st.separator = m.separator;
  st.encoding = m.encoding;
  st.header_row = m.header_row;
  st.manifest_file = manifest_file;

  // A workbook holding every table: the dataset itself, or the one the manifest names.
  std::unique_ptr<XlsxWorkbook> workbook;
  if (is_xlsx) workbook = std::make_unique<XlsxWorkbook>(given);
  if (is_dir && !m.workbook.empty()) {
    const fs::path book = fs::path(m.workbook).is_absolute() ? fs::path(m.workbook) : path / m.workbook;
    if (!fs::exists(book, ec)) throw UserError(msg_required_file_missing(book.string()));
    workbook = std::make_unique<XlsxWorkbook>(book.string());
  }
  // The tables the manifest reads from a database: one session, one read-only transaction, for all of them.
  std::unique_ptr<DbSession> db;
  if (m.database.kind != DbKind::none) {
    const fs::path base = is_dir ? path : path.parent_path();
    if (m.database.kind == DbKind::sqlite && fs::path(m.database.target).is_relative())
      m.database.target = (base / m.database.target).string();
    for (std::size_t t = 0; t < kTableCount && !db; ++t)
      if (m.database.tables[t].used) db = open_db_session(m.database, static_cast<TableId>(t));
  }
  const Source src(is_dir ? path : path.parent_path(), m.has_tables ? &root : nullptr, manifest_file, workbook.get(), m,
                   db.get());
  src.read(TableId::organizations, true, st, ds->organizations);
  src.read(TableId::members, true, st, ds->members);
  const std::size_t unresolved_before_dues = ds->unresolved.size();
  src.read(TableId::dues, false, st, ds->dues);
  group_dues(*ds, unresolved_before_dues, st.jobs);
  src.read(TableId::candidates, false, st, ds->candidates);
  src.read(TableId::committees, false, st, ds->committees);
  src.read(TableId::transfers, false, st, ds->transfers);
  src.read(TableId::events, false, st, ds->events);
  src.read(TableId::ratings, false, st, ds->ratings);
  src.read(TableId::meetings, false, st, ds->meetings);
  src.read(TableId::attendance, false, st, ds->attendance);
  build_indexes(*ds, st.jobs);
  ds->storage = std::move(storage);
  return ds;
}

}  // namespace kiemtra::core
