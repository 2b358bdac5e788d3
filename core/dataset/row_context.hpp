// Reading one row's cells into typed values, with the row's read issues and unresolved references.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/arena.hpp"
#include "dataset/cell.hpp"
#include "dataset/date_order.hpp"
#include "dataset/enum_parse.hpp"
#include "dataset/row_tap.hpp"
#include "dataset/table_spec.hpp"
#include "dataset/text.hpp"
#include "dataset/values.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// What one parse worker accumulates besides its rows. Lines and row indexes in it are local to
/// the worker's chunk until the table reader merges it.
struct ChunkSink {
  Arena arena;
  std::vector<TextView> extras;  ///< row-major extra values
  std::vector<ReadIssue> issues;
  std::vector<std::uint32_t> issue_rows;  ///< local row index of each issue
  std::vector<UnresolvedRef> unresolved;
  /// Positions of the cells noted with RowContext::note_position (ids, parents), row by row.
  std::vector<TextPos> positions;
  /// Per contract column: what its dates were, for the month-first check.
  std::vector<DateColumnCount> date_counts;
  /// Dues rows that give an income_basis (local row indexes, ascending).
  std::vector<IncomeBasis> income_bases;
};

/// The read-only setting of one table read, shared by its workers.
struct TableSetup {
  const TableSpec* spec = nullptr;
  const HeaderMap* header = nullptr;
  const std::string* file = nullptr;
  const Dataset* dataset = nullptr;  ///< tables read before this one, with their code indexes
  /// Rows whose id repeats an earlier row's (not in the code index), per table read so far.
  const std::vector<bool>* later_duplicate_org = nullptr;
  const std::vector<bool>* later_duplicate_member = nullptr;
  const DateReading* dates = nullptr;  ///< month first, refused columns (null: day first, none refused)
  RowTap* tap = nullptr;               ///< sees every row's cells as read (kiemtra convert)
  bool fast_paths = true;              ///< ReadOptions::fast_paths
};

/// Typed access to the cells of the current row. Each reader records a ReadIssue when the value
/// cannot be read (or a required value is missing) and returns the column's "none" default.
class RowContext {
 public:
  RowContext(const TableSetup& setup, ChunkSink& sink);

  /// Starts a row. `line0` is the 0-based line of the record (local to the chunk for CSV);
  /// `row` its local row index. YAML rows pass `row_column` for values whose key is absent.
  void begin_row(std::span<const Cell> cells, const char* record_begin, std::uint32_t line0, std::uint32_t row,
                 std::uint32_t row_column = 1);
  /// Ends the row: keeps its extra values, checks surplus fields, and stamps the row's key and
  /// organization on its issues and unresolved references.
  void finish_row();
  /// The tables read before this one.
  const Dataset& dataset() const { return *setup_.dataset; }
  /// Whether the current row recorded an issue.
  bool row_has_issue() const { return sink_.issues.size() > issues_at_row_; }

  /// The row's key (its id, or its member id) and organization, for diagnostics.
  void set_key(std::string_view key) { key_ = key; }
  void set_org(std::uint32_t org) { org_ = org; }

  /// Remembers where column `col` of this row is, for diagnostics made after the table is read
  /// (duplicate ids, dangling parents).
  void note_position(int col) { sink_.positions.push_back(position(cell(col))); }

  /// The trimmed text of a column ("" when absent); a YAML list or map is an issue and reads as "".
  std::string_view value(int col) {
    const Cell* c = cell(col);
    if (c == nullptr) return {};
    if (c->not_scalar) return not_scalar(col);
    return trim(c->text);
  }
  /// Text, NFC, owned by the dataset.
  TextView text(int col, bool required = false);
  Date date(int col, bool required = false);
  Month month(int col, bool required = false);
  /// kNoMoney when empty or unreadable.
  std::int64_t money(int col, bool required = false);
  bool flag(int col);
  std::int8_t education(int col);
  /// A year (`2023`); 0 when empty or unreadable.
  std::int16_t year(int col, bool required = false);
  /// A badge's years (parse_badge_years); 0 when empty or unreadable.
  std::int16_t badge_years(int col);
  TextView citizen_id(int col);
  /// `term` of committees.csv: keeps the text, fills the years (0 when unreadable).
  TextView term(int col, std::int16_t& start, std::int16_t& end);
  /// An enumeration: `when_empty` when the cell is empty (a missing-value issue if `required`).
  template <class E>
  E choice(int col, bool required, E when_empty, E unknown) {
    const std::string_view v = value(col);
    if (v.empty()) {
      if (required) missing(col);
      return when_empty;
    }
    // A column holds a few values over and over ("Nữ", "chính thức"): the last one read is remembered, so a
    // Vietnamese label is folded once, not once a row.
    ChoiceCache& cache = choice_caches_[static_cast<std::size_t>(col)];
    if (cache.valid && std::string_view(cache.raw) == v) return static_cast<E>(cache.value);
    E out = unknown;
    if (!parse_choice(v, out)) {
      bad_choice(col, v, choice_codes(out));
      return out;
    }
    cache.raw.assign(v);
    cache.value = static_cast<int>(out);
    cache.valid = true;
    return out;
  }
  /// Resolves an organization code; `code` gets the code as written (NFC, dataset-owned).
  std::uint32_t org_ref(int col, TextView& code, bool required);
  /// Resolves a member code; `code` (may be null) gets the code as written.
  std::uint32_t member_ref(int col, TextView* code, bool required);
  /// The member row of `key` (trimmed, NFC) as member_ref finds it, through the same cache; kNone when it
  /// dangles. Records nothing: the caller reads the row through member_ref when this fails.
  std::uint32_t member_row(int col, std::string_view key) { return resolve(col, key, false); }

  /// Keeps the current dues row's income_basis beside the table (Payment has no room for it).
  void keep_income_basis(std::int64_t amount) { sink_.income_bases.push_back({row_, amount}); }

  /// Records an issue on column `col` with the value as found.
  void issue(int col, std::string_view value, std::string reason_vi, std::string reason_en);
  void missing(int col);
  void bad(int col, ValueError e);

 private:
  struct Pending {
    int col;
    std::string_view value;
  };
  struct RefCache {
    std::string_view code;  ///< the row's own id when found (the dataset owns it), else `owned`
    std::string owned;
    std::uint32_t row = kNone;
    bool valid = false;
  };
  struct ChoiceCache {
    std::string raw;  ///< the last value read well, as written
    int value = 0;
    bool valid = false;
  };
  /// Equality of two short codes (ids are 9-20 bytes) without a call to memcmp: millions of rows compare one.
  static bool same_code(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n < 8 || n > 16) return a == b;
    std::uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 8);
    std::memcpy(&b0, b.data(), 8);
    std::memcpy(&a1, a.data() + n - 8, 8);  // overlaps the first word below 16 bytes
    std::memcpy(&b1, b.data() + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  const Cell* cell(int col) const {
    const int i = cell_of_[col];
    return i >= 0 && static_cast<std::size_t>(i) < cells_.size() ? &cells_[static_cast<std::size_t>(i)] : nullptr;
  }
  std::string_view not_scalar(int col);
  TextPos position(const Cell* c) const;
  void add_issue(const Cell* c, std::string column_name, std::string_view value, std::string vi, std::string en);
  void bad_choice(int col, std::string_view v, std::string_view codes);
  std::string_view normalized(int col, std::string_view v);
  std::uint32_t resolve(int col, std::string_view key, bool orgs) {
    // Rows of one owner are usually adjacent (payments of a member, members of a cell): remember the last code.
    const RefCache& cache = caches_[static_cast<std::size_t>(col)];
    if (cache.valid && same_code(cache.code, key)) return cache.row;
    return lookup(col, key, orgs);
  }
  std::uint32_t lookup(int col, std::string_view key, bool orgs);
  /// 16 hex digits hashing the row's values (trimmed, NFC) by column name: the same for the row wherever it
  /// stands in the file, however it is quoted or encoded. Computed only for rows that have an issue.
  std::string row_hash();

  const TableSetup& setup_;
  ChunkSink& sink_;
  const int* cell_of_;
  std::span<const Cell> cells_;
  const char* record_begin_ = nullptr;
  std::uint32_t line0_ = 0;
  std::uint32_t row_ = 0;
  std::uint32_t row_column_ = 1;
  std::size_t issues_at_row_ = 0;
  std::string_view key_;
  std::uint32_t org_ = kNone;
  std::vector<Pending> pending_;
  std::vector<RefCache> caches_;
  std::vector<ChoiceCache> choice_caches_;
  std::string scratch_;
};

}  // namespace kiemtra::core::dataset
