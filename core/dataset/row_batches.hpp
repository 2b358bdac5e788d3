// Rows built while the next ones arrive, for the sources that deliver rows one at a time from a single stream (a
// database's result, a workbook's sheet): the receiving thread copies each row's cells into a batch, workers
// build batches into rows as the CSV reader builds chunks of a file, and the batches are joined in the order the
// rows came.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "dataset/grow_rows.hpp"
#include "dataset/messages.hpp"
#include "dataset/page_advice.hpp"
#include "dataset/slice_join.hpp"
#include "dataset/table_merge.hpp"
#include "dataset/table_rows.hpp"
#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

/// Rows received and not yet built: every cell's text one after another, where each ends, and each row's line
/// (a database row's ordinal, a sheet's row number) and number of cells.
struct RowBatch {
  struct RowAt {
    std::uint32_t line;
    std::uint32_t cells;
  };
  std::string text;
  std::vector<std::uint32_t> ends;
  std::vector<bool> number;  ///< the cell was a number in the sheet (Cell::number)
  std::vector<RowAt> rows;
};

template <class Row>
class RowBatches {
 public:
  /// `workers` threads build (0: the receiving thread builds each batch as it fills). With a `decode`, rows are
  /// taken encoded (add_encoded) and decoded by whoever builds them. The setup must outlive this.
  RowBatches(const TableSetup& setup, bool strict, int workers, RowDecoder decode = {})
      : setup_(setup), strict_(strict), workers_(workers), decode_(std::move(decode)) {
    batch_ = take_spare();
  }
  RowBatches(const RowBatches&) = delete;
  RowBatches& operator=(const RowBatches&) = delete;

  /// A read abandoned by an exception (a connection lost mid-read) lets the workers go without building more.
  ~RowBatches() {
    {
      std::lock_guard lock(m_);
      done_ = true;
      waiting_.clear();
    }
    work_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  /// Builds the rows straight into `table`'s vector, sized for `expected_rows` (a database's estimate), each
  /// batch into the next slice of it, instead of into a vector per batch copied into the table at the end: that
  /// copy wrote every row twice into fresh memory and held the table twice at its peak. Rows beyond the
  /// estimate go to their batch's own vector. 0 (unknown) keeps a vector per batch.
  void build_in_place(Table<Row>& table, std::size_t expected_rows) {
    if (expected_rows == 0 || !table.rows.empty()) return;
    table.rows.reserve(expected_rows + expected_rows / 8);  // room to insert an overflow without moving the table
    advise_huge_pages(table.rows.data(), table.rows.capacity() * sizeof(Row));
    populate_pages(table.rows.data(), expected_rows * sizeof(Row));
    grow_rows_uninitialized(table.rows, expected_rows);
    in_place_ = &table.rows;
  }

  /// Takes one row (its cells' text is copied). False once a worker stopped at a row with an issue (--strict) or
  /// failed: receiving more is useless.
  bool add(std::uint32_t line, std::span<const Cell> cells) {
    for (const Cell& c : cells) {
      batch_->text.append(c.text);
      batch_->ends.push_back(static_cast<std::uint32_t>(batch_->text.size()));
      batch_->number.push_back(c.number);
    }
    batch_->rows.push_back({line, static_cast<std::uint32_t>(cells.size())});
    return full() ? submit_full() : true;
  }

  /// Takes one row as it came, for the decoder to split (its bytes are copied).
  bool add_encoded(std::uint32_t line, std::string_view encoded) {
    batch_->text.append(encoded);
    batch_->ends.push_back(static_cast<std::uint32_t>(batch_->text.size()));
    batch_->rows.push_back({line, 0});
    return full() ? submit_full() : true;
  }

  /// Builds what is left, then joins the rows into `table` in the order they came; with --strict, the first
  /// issue in that order is fatal.
  void finish(Table<Row>& table, TableId id, ReadState& st) {
    if (!batch_->rows.empty()) submit(std::exchange(batch_, std::make_unique<RowBatch>()));  // the last: no spare kept
    {
      std::lock_guard lock(m_);
      done_ = true;
    }
    work_.notify_all();
    for (std::thread& t : threads_) t.join();
    threads_.clear();
    if (error_) std::rethrow_exception(error_);
    if (in_place_ != nullptr) {
      finish_in_place(table, id, st);
      return;
    }
    std::size_t rows = 0;
    for (const Chunk<Row>& c : chunks_) rows += c.rows.size();
    if (!chunks_.empty()) chunks_.front().rows.reserve(rows);  // the table takes the first chunk's vector
    for (Chunk<Row>& c : chunks_) {
      merge_chunk(table, c, 0, id, st);  // lines are the rows' own, not counted from the chunk
      if (st.strict && !st.dataset->read_issues.empty()) throw UserError(msg_strict(st.dataset->read_issues.front()));
      if (c.stopped) break;
    }
  }

 private:
  static constexpr std::size_t kBatchRows = 8192;
  static constexpr std::size_t kBatchBytes = std::size_t{4} << 20;
  static constexpr std::size_t kMaxWaiting = 4;  // batches received and not yet taken: bounds the text held

  struct Waiting {
    std::unique_ptr<RowBatch> batch;
    Chunk<Row>* chunk = nullptr;
  };

  /// Closes up the slices in the order the rows came (blank rows skipped and a stop leave room), then gives
  /// back the room the estimate left unused.
  void finish_in_place(Table<Row>& table, TableId id, ReadState& st) {
    SliceJoin<Row> join(table.rows, std::move(slice_begin_));
    std::size_t k = 0;
    for (Chunk<Row>& c : chunks_) {
      const std::size_t first = join.place(k++, c.slice_used, c.rows);
      merge_chunk_rest(table, c, static_cast<std::uint32_t>(first), 0, id, st);  // lines are the rows' own
      if (st.strict && !st.dataset->read_issues.empty()) throw UserError(msg_strict(st.dataset->read_issues.front()));
      if (c.stopped) break;
    }
    table.rows.resize(join.size());
    discard_pages(table.rows.data() + table.rows.size(), (table.rows.capacity() - table.rows.size()) * sizeof(Row));
  }

  bool full() const { return batch_->rows.size() >= kBatchRows || batch_->text.size() >= kBatchBytes; }

  bool submit_full() {
    submit(std::exchange(batch_, take_spare()));
    std::lock_guard lock(m_);
    return !stopped_;
  }

  /// A batch a worker has built, emptied with its room kept, or a new one: reusing them spares the receiving
  /// thread growing 4 MB of fresh memory per batch.
  std::unique_ptr<RowBatch> take_spare() {
    {
      std::lock_guard lock(m_);
      if (!spare_.empty()) {
        std::unique_ptr<RowBatch> b = std::move(spare_.back());
        spare_.pop_back();
        return b;
      }
    }
    auto b = std::make_unique<RowBatch>();
    b->text.reserve(kBatchBytes + (kBatchBytes >> 4));
    b->ends.reserve(kBatchRows * 4);
    b->rows.reserve(kBatchRows);
    return b;
  }

  void give_back(std::unique_ptr<RowBatch> b) {
    b->text.clear();
    b->ends.clear();
    b->number.clear();
    b->rows.clear();
    std::lock_guard lock(m_);
    spare_.push_back(std::move(b));
  }

  void submit(std::unique_ptr<RowBatch> batch) {
    std::unique_lock lock(m_);
    Chunk<Row>& chunk = chunks_.emplace_back();  // a deque: workers hold pointers into it while it grows
    if (in_place_ != nullptr) {
      // The batch's rows at most (blank ones are skipped) take the next slice while the estimate lasts.
      slice_begin_.push_back(slice_end_);
      if (slice_end_ + batch->rows.size() <= in_place_->size()) {
        chunk.slice = in_place_->data() + slice_end_;
        chunk.slice_room = batch->rows.size();
        slice_end_ += batch->rows.size();
      }
    }
    if (workers_ <= 0) {
      lock.unlock();
      build(*batch, chunk);
      give_back(std::move(batch));
      if (chunk.stopped) {
        lock.lock();
        stopped_ = true;
      }
      return;
    }
    if (threads_.empty()) start();
    room_.wait(lock, [&] { return waiting_.size() < kMaxWaiting; });
    waiting_.push_back({std::move(batch), &chunk});
    work_.notify_one();
  }

  void start() {
    for (int w = 0; w < workers_; ++w) {
      try {
        threads_.emplace_back([this] { work(); });
      } catch (const std::system_error&) {
        break;
      }
    }
    if (threads_.empty()) workers_ = 0;  // none could start: this thread builds
  }

  void work() {
    for (;;) {
      Waiting w;
      {
        std::unique_lock lock(m_);
        work_.wait(lock, [&] { return !waiting_.empty() || done_; });
        if (waiting_.empty()) return;
        w = std::move(waiting_.front());
        waiting_.pop_front();
      }
      room_.notify_one();
      // Every batch received is built, even after a stop: with --strict the first issue in the rows' order must
      // win, and it may sit in a batch before the one that stopped.
      try {
        build(*w.batch, *w.chunk);
      } catch (...) {
        std::lock_guard lock(m_);
        if (!error_) error_ = std::current_exception();
        stopped_ = true;
      }
      if (w.chunk->stopped) {
        std::lock_guard lock(m_);
        stopped_ = true;
      }
      give_back(std::move(w.batch));
    }
  }

  /// The cells of one row over `text`: the c-th from the end of the one before (`from` for the first) to ends[c].
  static void view_cells(std::string_view text, std::span<const std::uint32_t> ends, std::uint32_t from,
                         std::uint32_t line, std::vector<Cell>& cells) {
    if (cells.size() != ends.size()) cells.assign(ends.size(), Cell{});  // reused: every field is set below
    for (std::size_t c = 0; c < ends.size(); ++c) {
      Cell& cell = cells[c];
      cell.text = text.substr(from, ends[c] - from);
      cell.ascii = is_ascii(cell.text);
      cell.line = line;
      cell.column = static_cast<std::uint32_t>(c + 1);
      from = ends[c];
    }
  }

  void build(const RowBatch& b, Chunk<Row>& ch) const {
    RowContext ctx(setup_, ch.sink);
    if (ch.slice == nullptr) ch.rows.reserve(b.rows.size());
    std::vector<Cell> cells;
    std::string scratch;  // an encoded row's unescaped values
    std::size_t k = 0;  // the batch's cell (or encoded row) at hand
    std::uint32_t begin = 0;
    for (const RowBatch::RowAt& at : b.rows) {
      if (decode_) {
        decode_(std::string_view(b.text).substr(begin, b.ends[k] - begin), scratch, cells);
        begin = b.ends[k++];
        for (std::size_t c = 0; c < cells.size(); ++c) {
          cells[c].ascii = is_ascii(cells[c].text);
          cells[c].line = at.line;
          cells[c].column = static_cast<std::uint32_t>(c + 1);
        }
      } else {
        const std::span<const std::uint32_t> ends(b.ends.data() + k, at.cells);
        view_cells(b.text, ends, begin, at.line, cells);
        for (std::uint32_t c = 0; c < at.cells; ++c) cells[c].number = b.number[k + c];
        if (at.cells > 0) begin = ends.back();
        k += at.cells;
      }
      if (blank_record(cells)) continue;
      std::uint32_t index = 0;
      Row& row = next_row(ch, index);
      ctx.begin_row(cells, nullptr, at.line - 1, index);
      build_row(ctx, row);
      ctx.finish_row();
      set_line(ch, row, at.line);
      if (strict_ && ctx.row_has_issue()) {
        ch.stopped = true;
        return;
      }
    }
  }

  const TableSetup& setup_;
  bool strict_;
  int workers_;
  RowDecoder decode_;
  std::unique_ptr<RowBatch> batch_;  // made in the constructor's body, once the mutex and spares exist
  std::mutex m_;
  std::condition_variable work_, room_;
  std::deque<Waiting> waiting_;
  std::vector<std::unique_ptr<RowBatch>> spare_;
  Rows<Row>* in_place_ = nullptr;  ///< the table's vector the batches build into (build_in_place)
  std::vector<std::size_t> slice_begin_;  ///< each chunk's slice in it, in the order the rows came
  std::size_t slice_end_ = 0;
  std::deque<Chunk<Row>> chunks_;
  std::vector<std::thread> threads_;
  std::exception_ptr error_;
  bool done_ = false;
  bool stopped_ = false;
};

}  // namespace kiemtra::core::dataset
