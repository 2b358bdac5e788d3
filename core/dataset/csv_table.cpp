// The CSV table driver: header mapping, chunk planning at record boundaries, workers, verified merge.
#include "dataset/csv_table.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <type_traits>

#include "dataset/csv_text.hpp"
#include "dataset/dues_fast_path.hpp"
#include "dataset/grow_rows.hpp"
#include "dataset/messages.hpp"
#include "dataset/page_advice.hpp"
#include "dataset/slice_join.hpp"
#include "dataset/table_merge.hpp"
#include "dataset/table_rows.hpp"
#include "dataset/text.hpp"
#include "dataset/utf8.hpp"
#include "util/parallel.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr std::size_t kParallelMin = std::size_t{1} << 20;  // smaller tables are read by one thread
constexpr std::size_t kMinChunk = std::size_t{512} << 10;
// Chunks a thread: the last chunks of a table run alone, and smaller ones leave the other core idle for less (a
// nation's dues in 8 chunks: up to a second on one core at the end). More, and the chunks' partly filled blocks
// and slices cost more memory than the tail saves (16 a job: 20-45 MB more at a tenth, 80-110 MB at the nation).
constexpr std::size_t kChunksPerJob = 8;
constexpr std::size_t kReleaseStep = std::size_t{8} << 20;  // drop parsed pages of the mapping this often
constexpr std::ptrdiff_t kLargeChunk = std::ptrdiff_t{4} << 20;  // a chunk of text whose arena fills blocks
constexpr std::size_t kPrefetchStep = std::size_t{2} << 20;  // map this much of the file ahead at a time

[[noreturn]] void throw_failure(const std::string& file, TableId id, const CsvText& mf, const char* text, CsvFailure f,
                                const char* at) {
  if (f == CsvFailure::invalid_utf8) throw_invalid_utf8(file, mf.begin(), text, mf.end(), at, table_name(id));
  const TextPos pos = locate(text, at);
  throw UserError(msg_unterminated_quote(file, pos.line, pos.column));
}

// The start of the first line that begins at or after p (the end when there is none).
const char* line_start_at_or_after(const char* text, const char* p, const char* end) {
  if (p <= text) return text;
  if (p >= end) return end;
  if (p[-1] == '\n') return p;
  const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
  return nl ? static_cast<const char*>(nl) + 1 : end;
}

// Rows expected in `bytes` of data, from the average line length of the first lines: enough to
// reserve once, so the row vector is not copied while it grows.
struct RowEstimate {
  double bytes_per_row = 64;
  std::size_t rows(std::size_t bytes, double margin = 1.15) const {
    return static_cast<std::size_t>(static_cast<double>(bytes) / bytes_per_row * margin) + 64;
  }
};

RowEstimate estimate(const char* begin, const char* end, std::size_t sample_max = 1 << 18) {
  const std::size_t sample = std::min<std::size_t>(static_cast<std::size_t>(end - begin), sample_max);
  const std::size_t lines = static_cast<std::size_t>(std::count(begin, begin + sample, '\n'));
  RowEstimate e;
  if (lines > 0) e.bytes_per_row = std::max(8.0, static_cast<double>(sample) / static_cast<double>(lines));
  return e;
}

constexpr int kTitleRowsLooked = 10;

// Whether the header maps every required column (the common case: no later record is read). A header this
// cannot settle is mapped by map_header, which reports it.
bool header_complete(const TableSpec& spec, const std::vector<std::string>& names, const AliasList& aliases) {
  try {
    std::vector<TextPos> positions(names.size(), TextPos{1, 1});
    map_header(spec, names, positions, aliases, "", "", /*require=*/true);
    return true;
  } catch (const UserError&) {
    return false;
  }
}

template <class Row>
void parse_chunk(const TableSetup& setup, const CsvText& mf, char sep, Chunk<Row>& ch, bool strict,
                 std::size_t reserve) {
  CsvCursor cur(ch.begin, mf.end(), sep);
  RowContext ctx(setup, ch.sink);
  if (reserve > 0) ch.rows.reserve(reserve);
  if (ch.stop - ch.begin >= kLargeChunk) ch.sink.arena.expect_large();
  // Columns outside the contract: one value a row each, room for the rows expected (grown a value at a time
  // they took twice their size of fresh memory).
  ch.sink.extras.reserve(setup.header->extra_cells.size() * std::max(reserve, ch.slice_room));
  const char* released = ch.begin;
  const char* mapped = ch.begin;
  // The mapping's pages behind the record just read, given back every kReleaseStep bytes.
  const auto release_behind = [&] {
    if (static_cast<std::size_t>(cur.record_begin() - released) >= kReleaseStep) {
      mf.release(released, cur.record_begin());
      released = cur.record_begin();
    }
  };
  std::optional<DuesFastPath> fast;
  if constexpr (std::is_same_v<Row, Payment>) fast = DuesFastPath::make(setup);
  while (cur.pos() < ch.stop) {
    if (cur.pos() >= mapped) {
      mapped = cur.pos() + std::min(static_cast<std::size_t>(mf.end() - cur.pos()), kPrefetchStep);
      mf.prefetch(cur.pos(), mapped);
    }
    std::uint32_t index = 0;
    if constexpr (std::is_same_v<Row, Payment>) {
      Payment p;
      if (fast)
        if (const char* next = fast->read(cur.pos(), mf.end(), cur.lines(), sep, ctx, ch.sink.date_counts, p)) {
          cur.skip_record(next);
          Row& row = next_row(ch, index);
          row = p;
          set_line(ch, row, cur.record_line() + 1);
          release_behind();
          continue;
        }
    }
    if (!cur.next()) break;
    if (blank_record(cur.cells())) continue;
    Row& row = next_row(ch, index);
    ctx.begin_row(cur.cells(), cur.record_begin(), cur.record_line(), index);
    build_row(ctx, row);
    ctx.finish_row();
    set_line(ch, row, cur.record_line() + 1);
    // The cells a row notes (ids, parents) are known after the first: room for the rows expected, as for the
    // extras (a vector grown a position at a time copied itself into twice its size of fresh memory).
    if (index == 0)
      ch.sink.positions.reserve(ch.sink.positions.size() * (std::max(reserve, ch.slice_room) + 1));
    if (strict && ctx.row_has_issue()) {
      ch.stopped = true;
      break;
    }
    release_behind();
  }
  // What is left of the chunk's pages: a chunk smaller than kReleaseStep would otherwise keep all of its own.
  mf.release(released, cur.pos());
  ch.failure = cur.failure();
  ch.failure_at = cur.failure_at();
  ch.end = cur.pos();
  ch.lines = cur.lines();
}

// Room for the rows of each chunk, by the line length at its own start, with a small margin: the rows that
// do not fit go to the chunk's overflow vector, and the room left unused is returned at the end.
constexpr double kSliceMargin = 1.04;
constexpr std::size_t kSliceSample = std::size_t{64} << 10;

}  // namespace

template <class Row>
void read_csv_table(const std::string& file, TableId id, ReadState& st, Table<Row>& table) {
  const TableSpec& spec = spec_of(id);
  const auto t = static_cast<std::size_t>(id);
  const CsvText mf(file, st.encoding[t]);
  const char* text = mf.text();
  const char sep = st.separator[t] != 0 ? st.separator[t] : detect_separator(text, mf.end());

  // Header: the first record that is not blank, or the one starting on the manifest's `header_row:` (the lines
  // above it are the export's title block).
  const std::uint32_t header_row = st.header_row[t];
  CsvCursor header(text, mf.end(), sep);
  do {
    if (!header.next()) {
      if (header.failure() != CsvFailure::none) throw_failure(file, id, mf, text, header.failure(), header.failure_at());
      throw UserError(msg_empty_file(file));
    }
  } while (header_row != 0 ? header.record_line() + 1 < header_row : blank_record(header.cells()));
  std::vector<std::string> names;
  std::vector<TextPos> positions;
  std::string scratch;
  TextPos at{};  // located cell after cell, in one pass over the header
  const char* from = text;
  for (const Cell& c : header.cells()) {
    names.emplace_back(to_nfc(trim(c.text), scratch));
    if (c.raw >= from) {
      at = locate_from(at, from, c.raw);
      from = c.raw;
    }
    positions.push_back(at);
  }
  // A few records after the header, read only when the header lacks a required column: one of them may be the
  // real header under the export's title rows.
  std::vector<LaterRecord> later;
  if (!header_complete(spec, names, st.aliases[static_cast<std::size_t>(id)])) {
    CsvCursor next(header.pos(), mf.end());
    for (int k = 0; k < kTitleRowsLooked && next.next(); ++k) {
      LaterRecord& r = later.emplace_back();
      r.line = header.lines() + next.record_line() + 1;
      for (const Cell& c : next.cells()) r.names.emplace_back(to_nfc(trim(c.text), scratch));
    }
  }
  const HeaderMap map = map_header(spec, names, positions, st.aliases[static_cast<std::size_t>(id)], file,
                                   st.manifest_file, /*require=*/true, later);
  table.file = file;
  table.present = true;
  table.extra_names = map.extra_names;
  const TableSetup setup = st.table_setup(spec, map, file, id);

  // Chunks start at line starts; a start inside a quoted field is caught when the chunks are joined.
  const char* data = header.pos();
  const std::size_t size = static_cast<std::size_t>(mf.end() - data);
  std::size_t n = 1;
  if (st.jobs > 1 && size >= kParallelMin)
    n = std::clamp<std::size_t>(size / kMinChunk, 1, static_cast<std::size_t>(st.jobs) * kChunksPerJob);
  std::vector<const char*> starts(n + 1);
  for (std::size_t k = 0; k <= n; ++k) starts[k] = line_start_at_or_after(data, data + size * k / n, mf.end());
  std::vector<Chunk<Row>> chunks(n);
  for (std::size_t k = 0; k < n; ++k) {
    chunks[k].begin = starts[k];
    chunks[k].stop = starts[k + 1];
  }
  // One chunk reads into its own vector (reserved for the whole table, which it becomes). Several write
  // into slices of the table's vector (SliceJoin), which is touched once, its pages faulted in by all threads.
  std::vector<std::size_t> slice_begin(n, 0);
  if (n == 1) {
    parse_chunk(setup, mf, sep, chunks[0], st.strict, estimate(data, mf.end()).rows(size));
  } else {
    std::size_t total = 0;
    for (std::size_t k = 0; k < n; ++k) {
      chunks[k].slice_room =
          estimate(starts[k], starts[k + 1], kSliceSample).rows(static_cast<std::size_t>(starts[k + 1] - starts[k]), kSliceMargin);
      slice_begin[k] = total;
      total += chunks[k].slice_room;
    }
    Rows<Row>().swap(table.rows);
    // Spare capacity (address space only, never touched unless used) lets overflow be inserted without
    // moving the whole table.
    table.rows.reserve(total + total / 8);
    Row* const base = table.rows.data();
    advise_huge_pages(base, table.rows.capacity() * sizeof(Row));
    for_each_parallel(st.jobs, n, [&](std::size_t k) { populate_pages(base + slice_begin[k], chunks[k].slice_room * sizeof(Row)); });
    grow_rows_uninitialized(table.rows, total);
    for (std::size_t k = 0; k < n; ++k) chunks[k].slice = table.rows.data() + slice_begin[k];
    for_each_parallel(st.jobs, n, [&](std::size_t k) { parse_chunk(setup, mf, sep, chunks[k], st.strict, 0); });
  }

  // The extra values of every chunk in one vector, sized once: grown a row at a time they took twice their
  // size of fresh memory.
  std::size_t extra_count = table.extra_values.size();
  for (const Chunk<Row>& ch : chunks) extra_count += ch.sink.extras.size();
  table.extra_values.reserve(extra_count);

  // Join in file order. A chunk is valid only if the previous one ended exactly where it began;
  // otherwise its start was inside a quoted newline and it is read again from the true boundary.
  SliceJoin<Row> join(table.rows, slice_begin);
  const char* expected = data;
  std::uint32_t line_base = header.lines();
  for (std::size_t k = 0; k < n; ++k) {
    Chunk<Row>& ch = chunks[k];
    if (ch.begin != expected) {
      // Read again into its overflow vector alone: placing the chunks before it may have moved its slice.
      ch = Chunk<Row>{};
      ch.begin = expected;
      ch.stop = std::max(starts[k + 1], expected);
      parse_chunk(setup, mf, sep, ch, st.strict, 0);
    }
    if (ch.failure != CsvFailure::none) throw_failure(file, id, mf, text, ch.failure, ch.failure_at);
    if (n == 1) {
      merge_chunk(table, ch, line_base, id, st);
    } else {
      const std::size_t first = join.place(k, ch.slice_used, ch.rows);
      shift_lines(table, first, join.size(), line_base);
      merge_chunk_rest(table, ch, static_cast<std::uint32_t>(first), line_base, id, st);
    }
    if (st.strict && !st.dataset->read_issues.empty()) throw UserError(msg_strict(st.dataset->read_issues.front()));
    line_base += ch.lines;
    expected = ch.end;
  }
  if (n > 1) {
    table.rows.resize(join.size());
    discard_pages(table.rows.data() + table.rows.size(), (table.rows.capacity() - table.rows.size()) * sizeof(Row));
  }
}

template void read_csv_table(const std::string&, TableId, ReadState&, Table<Organization>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Member>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Payment>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Candidate>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<CommitteeSeat>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Transfer>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Event>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Rating>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Meeting>&);
template void read_csv_table(const std::string&, TableId, ReadState&, Table<Attendance>&);

}  // namespace kiemtra::core::dataset
