// A parse worker's output and how it is merged into its table (shared by the CSV and YAML forms).
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "dataset/csv_parser.hpp"
#include "dataset/read_state.hpp"
#include "dataset/row_context.hpp"

namespace kiemtra::core::dataset {

/// The rows one worker read from [begin, stop) and where it actually stopped.
template <class Row>
struct Chunk {
  /// Where the first rows go when the table's vector was cut into slices (SliceJoin): `slice_room` rows
  /// from `slice`, the rest in `rows`. Without a slice every row goes to `rows`.
  Row* slice = nullptr;
  std::size_t slice_room = 0;
  std::size_t slice_used = 0;
  Rows<Row> rows;
  /// The rows' lines, for rows with no room for their own (dues: kRowHasLine).
  RowLines row_lines;
  ChunkSink sink;
  const char* begin = nullptr;  ///< first record (assumed to start a record)
  const char* stop = nullptr;   ///< no record starting at or after this is read
  const char* end = nullptr;    ///< where the next record starts after the last one read
  std::uint32_t lines = 0;      ///< line breaks passed
  CsvFailure failure = CsvFailure::none;
  const char* failure_at = nullptr;
  bool stopped = false;  ///< strict mode: stopped at the first issue
};

/// Whether a row keeps its own line; a dues row has no room for it, and its chunk keeps the lines (RowLines).
template <class Row>
inline constexpr bool kRowHasLine = !std::is_same_v<Row, Payment>;

/// Records `line` as the line of the chunk's newest row `row` (lines are recorded in row order).
template <class Row>
void set_line(Chunk<Row>& chunk, Row& row, std::uint32_t line) {
  if constexpr (kRowHasLine<Row>)
    row.line = line;
  else
    chunk.row_lines.push_back(line);
}

/// The lines of a table's rows [first, end) moved by `line_base` (rows that keep their own).
template <class Row>
void shift_lines(Table<Row>& table, std::size_t first, std::size_t end, std::uint32_t line_base) {
  if constexpr (kRowHasLine<Row>)
    for (std::size_t i = first; i < end; ++i) table.rows[i].line += line_base;
}

/// A default row in the chunk's next free place; `index` gets its row index within the chunk.
template <class Row>
Row& next_row(Chunk<Row>& chunk, std::uint32_t& index) {
  index = static_cast<std::uint32_t>(chunk.slice_used + chunk.rows.size());
  if (chunk.slice_used < chunk.slice_room) {
    Row& row = chunk.slice[chunk.slice_used++];
    row = Row{};  // the slot may hold a row of an earlier parse of the chunk
    return row;
  }
  return chunk.rows.emplace_back();
}

/// Whether a record holds no text at all (an empty line, or only separators).
inline bool blank_record(std::span<const Cell> cells) {
  for (const Cell& c : cells)
    for (char ch : c.text)
      if (ch != ' ' && ch != '\t') return false;
  return true;
}

/// Appends a chunk to its table: rows, extras, issues and unresolved references get their
/// final line (`line_base` added) and row index; the chunk's arena joins the dataset's storage.
/// What merge_chunk does besides moving rows, for a chunk whose rows are already in the table from
/// `row_base` on (with their final lines).
template <class Row>
void merge_chunk_rest(Table<Row>& table, Chunk<Row>& chunk, std::uint32_t row_base, std::uint32_t line_base,
                      TableId id, ReadState& st) {
  table.extra_values.insert(table.extra_values.end(), chunk.sink.extras.begin(), chunk.sink.extras.end());
  std::vector<TextView>().swap(chunk.sink.extras);
  Dataset& ds = *st.dataset;
  if constexpr (!kRowHasLine<Row>) {
    if (ds.dues_lines.size() != row_base) throw std::logic_error("dues chunks merged out of order");
    ds.dues_lines.append(chunk.row_lines, line_base);
    chunk.row_lines = RowLines{};
  }
  for (std::size_t i = 0; i < chunk.sink.issues.size(); ++i) {
    ReadIssue& is = chunk.sink.issues[i];
    is.line += line_base;
    if (id == TableId::organizations) is.org = row_base + chunk.sink.issue_rows[i];
    ds.read_issues.push_back(std::move(is));
  }
  for (UnresolvedRef& ref : chunk.sink.unresolved) {
    ref.row += row_base;
    ref.line += line_base;
    ds.unresolved.push_back(std::move(ref));
  }
  for (IncomeBasis b : chunk.sink.income_bases) {
    b.row += row_base;
    ds.dues_income_basis.push_back(b);
  }
  std::vector<IncomeBasis>().swap(chunk.sink.income_bases);
  st.positions.append(std::move(chunk.sink.positions), line_base);
  chunk.sink.positions = {};
  merge_date_counts(st.date_counts, chunk.sink.date_counts, line_base);
  chunk.sink.issues.clear();
  chunk.sink.unresolved.clear();
  st.storage->adopt(std::move(chunk.sink.arena));
}

template <class Row>
void merge_chunk(Table<Row>& table, Chunk<Row>& chunk, std::uint32_t line_base, TableId id, ReadState& st) {
  const auto row_base = static_cast<std::uint32_t>(table.rows.size());
  if (table.rows.empty()) {
    table.rows = std::move(chunk.rows);  // keeps the capacity reserved for the whole table
  } else {
    table.rows.insert(table.rows.end(), chunk.rows.begin(), chunk.rows.end());
  }
  Rows<Row>().swap(chunk.rows);
  shift_lines(table, row_base, table.rows.size(), line_base);
  merge_chunk_rest(table, chunk, row_base, line_base, id, st);
}

}  // namespace kiemtra::core::dataset
