// The database-to-rows driver: maps the result's columns onto the contract, then hands each row to the row
// builders that read CSV, so values are judged alike whatever they came from. This thread receives and decodes
// (libpq, SQLite) while workers build the rows (row_batches.hpp).
#include <fmt/format.h>

#include <optional>

#include "dataset/db_source.hpp"
#include "dataset/row_batches.hpp"

namespace kiemtra::core::dataset {

std::string db_source_name(const DbTableSource& src, TableId id) {
  return src.query.empty() ? src.table : std::string(table_name(id));
}

std::unique_ptr<DbSession> open_db_session(const DbConfig& cfg, TableId first) {
  return cfg.kind == DbKind::sqlite ? open_sqlite(cfg, first) : open_postgres(cfg, first);
}

template <class Row>
void read_db_table(DbSession& db, const DbConfig& cfg, TableId id, ReadState& st, Table<Row>& table) {
  const TableSpec& spec = spec_of(id);
  const DbTableSource& src = cfg.tables[static_cast<std::size_t>(id)];
  const AliasList& aliases = st.aliases[static_cast<std::size_t>(id)];
  const std::string source = db_source_name(src, id);
  const std::string where = fmt::format("{}:{}", db_kind_name(cfg.kind), source);
  table.file = where;
  table.present = true;

  std::optional<HeaderMap> map;
  std::optional<TableSetup> setup;
  std::optional<RowBatches<Row>> batches;
  std::uint32_t n = 0;

  db.stream(id, src,
      [&](const std::vector<std::string>& raw, RowDecoder decode, std::size_t expected_rows) {
        std::vector<std::string> names;
        std::vector<TextPos> positions;
        std::string scratch;
        for (std::size_t c = 0; c < raw.size(); ++c) {
          names.emplace_back(to_nfc(trim(raw[c]), scratch));
          positions.push_back({1, static_cast<std::uint32_t>(c + 1)});
        }
        map.emplace(map_header(spec, names, positions, aliases, where, st.manifest_file, /*require=*/true));
        // The file names the source and the columns that key a row, for locations: "postgres:dang_vien[ma_dv]".
        std::string keys;
        for (const int k : db_key_columns(id)) {
          const int cell = map->cell_of[static_cast<std::size_t>(k)];
          keys += keys.empty() ? "" : ",";
          keys += cell >= 0 ? names[static_cast<std::size_t>(cell)] : std::string(spec.columns[static_cast<std::size_t>(k)].name);
        }
        table.file = fmt::format("{}[{}]", where, keys);
        table.extra_names = map->extra_names;
        setup.emplace(st.table_setup(spec, *map, table.file, id));
        // With one job this thread builds too, a batch at a time.
        batches.emplace(*setup, st.strict, st.jobs > 1 ? st.jobs : 0, std::move(decode));
        batches->build_in_place(table, expected_rows);
      },
      [&](std::span<Cell> cells) { return batches->add(++n, cells); },
      [&](std::string_view encoded) { return batches->add_encoded(++n, encoded); });
  if (batches) batches->finish(table, id, st);
}

template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Organization>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Member>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Payment>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Candidate>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<CommitteeSeat>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Transfer>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Event>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Rating>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Meeting>&);
template void read_db_table(DbSession&, const DbConfig&, TableId, ReadState&, Table<Attendance>&);

}  // namespace kiemtra::core::dataset
