// The sheet-to-rows driver: finds the header row, then hands each sheet row to the row builders. This thread
// inflates and parses the sheet's XML while workers build the rows (row_batches.hpp).
#include "dataset/xlsx_table.hpp"

#include <fmt/format.h>

#include <optional>

#include "dataset/row_batches.hpp"

namespace kiemtra::core::dataset {

namespace {

// How many non-empty rows are tried as the header before the first one is taken (and refused).
constexpr int kHeaderSearchRows = 30;

struct Header {
  std::vector<std::string> names;
  std::vector<TextPos> positions;
};

Header header_of(std::uint32_t row, std::span<const XlsxCell> cells) {
  Header h;
  std::string scratch;
  const std::uint32_t width = cells.empty() ? 0 : cells.back().column;
  h.names.resize(width);
  for (std::uint32_t c = 0; c < width; ++c) h.positions.push_back({row, c + 1});
  for (const XlsxCell& x : cells) h.names[x.column - 1] = std::string(to_nfc(trim(x.text), scratch));
  return h;
}

// Whether `h` names every required column (the events table: and org_id or member_id).
bool names_required(const TableSpec& spec, const Header& h, const AliasList& aliases, const std::string& where) {
  try {
    const HeaderMap m = map_header(spec, h.names, h.positions, aliases, where, {}, /*require=*/false);
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (spec.columns[c].required && m.cell_of[c] < 0) return false;
    if (spec.id == TableId::events && m.cell_of[event_col::org_id] < 0 && m.cell_of[event_col::member_id] < 0)
      return false;
    return true;
  } catch (const UserError&) {
    return false;  // a title row repeating a word is not the header; the header itself is checked below
  }
}

}  // namespace

template <class Row>
void read_xlsx_table(const XlsxWorkbook& wb, int sheet, std::uint32_t header_row, TableId id, ReadState& st,
                     Table<Row>& table) {
  const TableSpec& spec = spec_of(id);
  const AliasList& aliases = st.aliases[static_cast<std::size_t>(id)];
  const std::string where = wb.file() + ":" + wb.sheets()[static_cast<std::size_t>(sheet)];
  table.file = where;
  table.present = true;

  std::optional<Header> first;  // the first non-empty row, for the message when no row is the header
  std::optional<HeaderMap> map;
  std::optional<TableSetup> setup;
  std::optional<RowBatches<Row>> batches;
  int tried = 0;
  std::vector<Cell> cells;

  auto take_header = [&](const Header& h) {
    map.emplace(map_header(spec, h.names, h.positions, aliases, where, st.manifest_file, /*require=*/true));
    table.extra_names = map->extra_names;
    setup.emplace(st.table_setup(spec, *map, table.file, id));
    batches.emplace(*setup, st.strict, st.jobs > 1 ? st.jobs : 0);
  };

  wb.stream_sheet(sheet, [&](std::uint32_t row, std::span<const XlsxCell> xs) {
    if (!map) {
      if (header_row != 0) {
        if (row < header_row) return true;
        // The header row the manifest names has no value at all: refuse it at that row.
        take_header(row == header_row ? header_of(row, xs) : Header{{}, {{header_row, 1}}});
        if (row == header_row) return true;
      } else {
        Header h = header_of(row, xs);
        if (!first) first = h;
        if (names_required(spec, h, aliases, where)) {
          take_header(h);
          return true;
        }
        if (++tried < kHeaderSearchRows) return true;
        take_header(*first);  // throws: the first row lacks a required column
      }
    }
    const std::uint32_t width = std::max<std::uint32_t>(static_cast<std::uint32_t>(map->width), xs.back().column);
    cells.assign(width, Cell{});
    for (const XlsxCell& x : xs) {
      Cell& c = cells[x.column - 1];
      c.text = x.text;
      c.number = x.number;
    }
    return batches->add(row, cells);
  });
  if (!map) {
    if (!first) throw UserError(msg_empty_file(where));
    take_header(*first);  // throws: no row of the sheet names the required columns
  }
  batches->finish(table, id, st);
}

template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Organization>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Member>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Payment>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Candidate>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<CommitteeSeat>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Transfer>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Event>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Rating>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Meeting>&);
template void read_xlsx_table(const XlsxWorkbook&, int, std::uint32_t, TableId, ReadState&, Table<Attendance>&);

}  // namespace kiemtra::core::dataset
