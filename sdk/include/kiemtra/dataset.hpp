// The read-only dataset plugins see: compact rows, integer indexes, and the reader's diagnostics.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "kiemtra/date.hpp"
#include "kiemtra/enums.hpp"
#include "kiemtra/text_view.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// "No row": an unresolved or absent reference between tables.
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;
/// The levels Dataset::path names before it leaves the middle out. Real trees have fewer than ten; a deeper
/// one is a finding of integrity/tree-nesting (kMaxTreeDepth), not a reason for reports to grow quadratically.
inline constexpr std::size_t kPathLevels = 16;
/// The deepest level (0 for a root) integrity/tree-nesting accepts; see docs/reliability.md.
inline constexpr std::uint32_t kMaxTreeDepth = 63;
/// "No amount" for optional money columns.
inline constexpr std::int64_t kNoMoney = -1;

// Rows hold TextViews (kiemtra/text_view.hpp: a string_view in 8 bytes) into storage the Dataset owns;
// they stay valid as long as the Dataset does. A reference column keeps both the code as
// written (`*_code`) and the resolved row index (kNone when empty or dangling).

/// organizations.csv
struct Organization {
  TextView id;
  TextView parent_code;  ///< as written; empty for a root
  TextView name;
  std::uint32_t parent = kNone;  ///< row index of the parent; kNone for a root or a dangling parent
  OrgKind kind = OrgKind::unknown;
  Date established_on;
  Date last_congress_on;
  Date dissolved_on;
  std::uint32_t line = 0;  ///< line of the row in its file (1-based, the header is line 1)

  /// Live at date d: not dissolved, or dissolved after d.
  bool live_at(Date d) const { return !dissolved_on.valid() || dissolved_on > d; }
};

/// members.csv
struct Member {
  TextView id;
  TextView org_code;
  TextView full_name;  ///< NFC-normalized
  TextView citizen_id;
  TextView card_number;
  std::uint32_t org = kNone;
  Gender gender = Gender::unknown;
  MemberStatus status = MemberStatus::unknown;
  DuesCategory dues_category = DuesCategory::none;
  std::int8_t education = -1;  ///< N of "N/12"; -1 when missing
  bool exempt = false;
  bool readmitted = false;
  Date birth_date;
  Date admitted_on;
  Date official_on;
  Date card_issued_on;
  /// Date of the admission decision (party age counts from it; probation from admitted_on, the ceremony); no
  /// date when the column is empty or absent.
  Date decision_on;
  /// Readmitted members: the first admission decision and the day they left the Party before readmission.
  Date first_decision_on;
  Date previous_exit_on;
  /// The highest party badge awarded (its years of party age: 30, 40 ...) and the day it was presented; 0 and no
  /// date when none is recorded. Data whose members carry no badge at all has no award history
  /// (membership/badge-due then looks back only a year).
  Date badge_awarded_on;
  std::int16_t badge_years = 0;
  std::int64_t monthly_income = kNoMoney;
  /// Exemption from work and meetings (miễn công tác và sinh hoạt đảng) with its dates: from `exempt_from`
  /// through `exempt_until` (no end date: still exempt). No dates: `exempt` alone says whether the member is
  /// exempt, with no known start (the older form of the contract).
  Date exempt_from;
  Date exempt_until;
  TextView exempt_reason;
  std::uint32_t line = 0;

  /// Official member at date d: status chinh_thuc and official_on <= d.
  bool official_at(Date d) const {
    return status == MemberStatus::chinh_thuc && official_on.valid() && official_on <= d;
  }
  /// Exempt from work and meetings at date d: within the dated exemption, or, without dates, the `exempt` flag.
  bool exempt_at(Date d) const {
    if (exempt_from.valid()) return exempt_from <= d && (!exempt_until.valid() || d <= exempt_until);
    if (exempt_until.valid()) return exempt && d <= exempt_until;
    return exempt;
  }
};

/// The largest amount one dues row may hold (2,147,483,647 đồng): a larger one is a read issue of its amount.
inline constexpr std::int64_t kMaxPayment = 0x7FFFFFFF;

/// dues.csv: one payment of one member for one month.
/// 16 bytes: a nation's export holds 65 million. What few rows need is kept beside the table: the row's line in
/// its file (Dataset::dues_line) and the income a payment was computed from (Dataset::income_basis).
struct Payment {
  std::int32_t amount = 0;  ///< đồng, at most kMaxPayment; 0 when unreadable (a read issue names it)
  std::uint32_t member = kNone;
  Month period;
  Date paid_on;
};
static_assert(sizeof(Payment) == 16);

/// A dues row's income_basis: the income its amount was computed from (a benefit, an allowance), when given.
struct IncomeBasis {
  std::uint32_t row = 0;  ///< row in Dataset::dues
  std::int64_t amount = kNoMoney;
};

/// candidates.csv: an admission file.
struct Candidate {
  TextView id;
  TextView org_code;
  TextView full_name;
  TextView introducer_code[2];
  std::uint32_t org = kNone;
  std::uint32_t introducer[2] = {kNone, kNone};  ///< member rows
  Gender gender = Gender::unknown;
  std::int8_t education = -1;
  bool youth_union_introduced = false;
  /// The grassroots trade-union committee introduces the candidate in place of one member.
  bool trade_union_introduced = false;
  /// Introducer N is a replacement the cell assigned (the first one moved or was disciplined): the 12 months of
  /// working together do not apply.
  bool introducer_replacement[2] = {false, false};
  bool readmission = false;
  Date birth_date;
  Date course_certificate_on;
  Date introducer_since[2];
  Date cell_resolution_on;
  Date decision_on;
  Date admitted_on;
  Date previous_exit_on;
  /// Readmission after a minor criminal offence: the day the record was cleared (xóa án tích).
  Date record_cleared_on;
  std::uint32_t line = 0;
};

/// committees.csv: one seat of a sitting or planned committee.
struct CommitteeSeat {
  TextView org_code;
  TextView term;  ///< e.g. "2020-2025"
  TextView member_code;
  std::uint32_t org = kNone;
  std::uint32_t member = kNone;
  CommitteeRole role = CommitteeRole::unknown;
  bool planned = false;
  bool first_time = false;
  std::int16_t term_start = 0;  ///< first year of `term`, 0 when unreadable
  std::int16_t term_end = 0;    ///< last year of `term`, 0 when unreadable
  std::uint32_t line = 0;
};

/// transfers.csv: a transfer of party activity out of or into the dataset.
struct Transfer {
  TextView member_code;  ///< not a reference: a member transferred out is gone
  TextView org_code;
  TextView full_name;
  TextView counterpart;
  std::uint32_t org = kNone;
  TransferDirection direction = TransferDirection::unknown;
  /// Official unless the `kind` column says temporary: data without the column reads as before.
  TransferKind kind = TransferKind::chinh_thuc;
  Date issued_on;
  Date presented_on;
  /// Temporary transfers: the day the temporary attachment ended (the member came back); none while it lasts.
  Date ended_on;
  std::uint32_t line = 0;
};

/// events.csv: cards, badges, inspections, discipline.
struct Event {
  TextView org_code;
  TextView member_code;
  TextView detail;
  std::uint32_t org = kNone;
  std::uint32_t member = kNone;
  EventKind kind = EventKind::unknown;
  Date date;
  std::uint32_t line = 0;
};

/// ratings.csv: a member's annual quality rating (đánh giá, xếp loại chất lượng đảng viên) for one year.
struct Rating {
  TextView member_code;
  std::uint32_t member = kNone;
  QualityRating rating = QualityRating::unknown;
  std::int16_t year = 0;  ///< the year rated; 0 when unreadable
  std::uint32_t line = 0;
};

/// meetings.csv: one meeting of a cell (sinh hoạt chi bộ), as its minutes book records it.
struct Meeting {
  TextView id;
  TextView org_code;
  std::uint32_t org = kNone;
  MeetingKind kind = MeetingKind::unknown;
  Date date;
  std::uint32_t line = 0;
};

/// attendance.csv: one member's attendance at one meeting -- usually the absentees the minutes list, with or
/// without a reason; a member of the cell with no row is not known to have been absent.
struct Attendance {
  TextView meeting_code;
  TextView member_code;
  TextView reason;         ///< as written ("ốm", "đi công tác"); empty when none was given
  std::uint32_t meeting = kNone;   ///< meetings row
  std::uint32_t member = kNone;
  bool present = false;
  /// Absent with a reason (the reason is not empty and does not say there was none: "không lý do").
  bool excused = false;
  std::uint32_t line = 0;
};

/// The tables of the contract, for diagnostics that name one.
enum class TableId : std::uint8_t {
  organizations,
  members,
  dues,
  candidates,
  committees,
  transfers,
  events,
  ratings,
  meetings,
  attendance,
};
/// How many tables the contract has (the TableId values).
inline constexpr std::size_t kTableCount = 10;
std::string_view table_name(TableId);

namespace detail {
/// Set by the reader around growing a table whose new rows its workers then write one by one.
inline bool& rows_left_uninitialized() {
  thread_local bool left = false;
  return left;
}
}  // namespace detail

/// The allocator of a table's rows: std::allocator's memory, and new rows value-initialized as usual, except
/// while the reader grows a table whose rows its parse workers then write each in place (on several threads).
/// A nation's 65 M payments were zeroed once more by one thread first: 1.5 GB written for nothing.
template <class T>
struct RowAllocator {
  using value_type = T;
  RowAllocator() noexcept = default;
  template <class U>
  RowAllocator(const RowAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor): as std::allocator
  T* allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
  void deallocate(T* p, std::size_t n) noexcept { std::allocator<T>().deallocate(p, n); }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    if constexpr (sizeof...(Args) == 0 && std::is_trivially_copyable_v<U>)
      if (detail::rows_left_uninitialized()) return;  // an implicit-lifetime row, written before it is read
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  template <class U>
  bool operator==(const RowAllocator<U>&) const noexcept { return true; }
};

/// A table's rows.
template <class Row>
using Rows = std::vector<Row, RowAllocator<Row>>;

/// One table: its rows in file order (dues: grouped by member) and its extra columns.
template <class Row>
struct Table {
  std::string file;      ///< path of the source file as given ("" when the table is absent)
  bool present = false;  ///< the file (or YAML key) exists
  Rows<Row> rows;
  /// Columns the contract does not name, by header, kept for custom plugins.
  std::vector<std::string> extra_names;
  /// rows.size() * extra_names.size() values, row-major.
  std::vector<TextView> extra_values;

  std::size_t size() const { return rows.size(); }
  bool empty() const { return rows.empty(); }
  const Row& operator[](std::size_t i) const { return rows[i]; }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
  /// The row index of `row`, a reference into this table.
  std::uint32_t index_of(const Row& row) const { return static_cast<std::uint32_t>(&row - rows.data()); }

  /// An extra column found once by name; reading a row's value is then an index, not a search.
  class ExtraColumn {
   public:
    ExtraColumn() = default;
    ExtraColumn(const Table* t, std::size_t c) : table_(t), column_(c) {}
    /// Whether the table has the column.
    explicit operator bool() const { return table_ != nullptr; }
    /// The value in row `row` ("" when the column does not exist).
    std::string_view operator()(std::size_t row) const {
      if (!table_) return {};
      return table_->extra_values[row * table_->extra_names.size() + column_];
    }

   private:
    const Table* table_ = nullptr;
    std::size_t column_ = 0;
  };
  /// The extra column `name`; false when the table has no such column.
  ExtraColumn extra_column(std::string_view name) const {
    for (std::size_t c = 0; c < extra_names.size(); ++c)
      if (extra_names[c] == name) return ExtraColumn(this, c);
    return {};
  }
  /// The value of extra column `name` in row `row`, or nullopt when the column does not exist. Searches the
  /// header on every call: in a loop over rows, use extra_column once instead.
  std::optional<std::string_view> extra(std::size_t row, std::string_view name) const {
    if (const ExtraColumn c = extra_column(name)) return c(row);
    return std::nullopt;
  }
};

/// The lines in their file of a table's rows, for rows with no room of their own for it (dues): runs of
/// consecutive lines (an export's records follow one another, so a whole table is often one run), or one line a
/// row when that is smaller (rows regrouped from another order).
class RowLines {
 public:
  /// Rows from `row` on have lines `line`, `line` + 1, ... until the next run's row.
  struct Run {
    std::uint32_t row = 0;
    std::uint32_t line = 0;
  };
  /// The line of row `row`; 0 for a row past the end.
  std::uint32_t operator()(std::size_t row) const {
    if (row >= size_) return 0;
    if (!each_.empty()) return each_[row];
    const auto it =
        std::upper_bound(runs_.begin(), runs_.end(), row, [](std::size_t r, const Run& x) { return r < x.row; });
    if (it == runs_.begin()) return 0;
    return std::prev(it)->line + static_cast<std::uint32_t>(row - std::prev(it)->row);
  }
  std::size_t size() const { return size_; }
  /// Runs kept (0 when the lines are kept one a row).
  std::size_t runs() const { return runs_.size(); }

  /// The next row's line.
  void push_back(std::uint32_t line) {
    if (!each_.empty()) {
      each_.push_back(line);
    } else if (runs_.empty() || line != runs_.back().line + (size_ - runs_.back().row)) {
      runs_.push_back({size_, line});
    }
    ++size_;
  }
  /// Another's rows after these, their lines moved by `line_base`.
  void append(const RowLines& other, std::uint32_t line_base) {
    if (each_.empty() && other.each_.empty()) {
      for (const Run& r : other.runs_) {
        const std::uint32_t line = r.line + line_base;
        const std::uint32_t row = size_ + r.row;
        if (runs_.empty() || line != runs_.back().line + (row - runs_.back().row)) runs_.push_back({row, line});
      }
      size_ += other.size_;
      return;
    }
    std::vector<std::uint32_t> all = each();
    for (std::size_t i = 0; i < other.size_; ++i) all.push_back(other(i) + line_base);
    assign(std::move(all));
  }
  /// One line a row, in row order.
  std::vector<std::uint32_t> each() const {
    if (!each_.empty()) return each_;
    std::vector<std::uint32_t> all(size_);
    for (std::size_t r = 0; r < runs_.size(); ++r) {
      const std::size_t end = r + 1 < runs_.size() ? runs_[r + 1].row : size_;
      for (std::size_t i = runs_[r].row; i < end; ++i)
        all[i] = runs_[r].line + static_cast<std::uint32_t>(i - runs_[r].row);
    }
    return all;
  }
  /// The lines given one a row, kept as runs when they take less room.
  void assign(std::vector<std::uint32_t> lines) {
    runs_.clear();
    each_.clear();
    size_ = 0;
    std::size_t runs = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) runs += i == 0 || lines[i] != lines[i - 1] + 1;
    if (runs * sizeof(Run) <= lines.size() * sizeof(std::uint32_t)) {
      runs_.reserve(runs);
      for (const std::uint32_t l : lines) push_back(l);
    } else {
      each_ = std::move(lines);
      size_ = static_cast<std::uint32_t>(each_.size());
    }
  }

 private:
  std::vector<Run> runs_;
  std::vector<std::uint32_t> each_;
  std::uint32_t size_ = 0;
};

/// A value the reader could not read; the integrity/bad-value rule reports these.
struct ReadIssue {
  TableId table = TableId::organizations;
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;  ///< 1-based, in characters
  std::string column_name;   ///< the contract's name of the column
  std::string value;         ///< the text as found
  std::string row_key;       ///< the row's id (or member id) when readable
  std::string row_hash;      ///< 16 hex digits: a hash of the row's values (its identity when it has no id)
  std::uint32_t org = kNone; ///< organization the row belongs to, when resolved
  std::string reason_vi;     ///< e.g. "ngày không tồn tại"
  std::string reason_en;     ///< e.g. "no such date"
  /// One value of a column the reader refused as a whole (dates written month first): the field is unknown for
  /// the row (UnknownFields), but the value is not a finding of its own, since the column is reported once.
  bool in_refused_column = false;
};

/// A reference to an id that does not exist; integrity/dangling-reference reports these.
struct UnresolvedRef {
  TableId table = TableId::organizations;
  std::uint32_t row = 0;     ///< row index in its table
  std::string column_name;   ///< e.g. "parent_id", "introducer_1"
  std::string_view value;    ///< the id as written
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string row_key;       ///< the row's own id (or member id)
  std::string row_hash;      ///< 16 hex digits: a hash of the row's values (its identity when it has no id)
  std::uint32_t org = kNone; ///< organization the row belongs to, when resolved
};

/// Looks rows up by their code in O(1) without a node per entry.
class CodeIndex {
 public:
  /// Builds the index over keys(i) for i in [0, n); later duplicates keep the first row.
  template <class KeyOf>
  void build(std::size_t n, KeyOf keys) {
    build(n, keys, [](std::size_t, std::uint32_t) {});
  }
  /// The same, calling on_duplicate(i, first) for each row i whose key row `first` < i already holds, in
  /// row order.
  template <class KeyOf, class OnDuplicate>
  void build(std::size_t n, KeyOf keys, OnDuplicate on_duplicate) {
    build_in_parts(n, keys, on_duplicate, 1, [](std::size_t, auto&& work) { work(0); });
  }
  /// The same, the slots cut into `parts` ranges (a power of two) filled at once: run_parts(parts, work) calls
  /// work(p) for each p in [0, parts), on threads of its choosing. Part p takes the rows whose key hashes into
  /// its range, in row order; a row whose probe would run past the range's end is placed after all parts are
  /// done, in row order, where it would have gone. A table of millions of codes is built in the time of its
  /// largest part: its cost is one cache miss after another, which threads overlap. find() is unchanged, and
  /// finds for each code the first row that holds it.
  template <class KeyOf, class OnDuplicate, class RunParts>
  void build_in_parts(std::size_t n, KeyOf keys, OnDuplicate on_duplicate, std::size_t parts, RunParts run_parts) {
    std::size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    slots_.assign(cap, kNone);
    while (parts > 1 && (cap / parts < 16 || (parts & (parts - 1)) != 0)) --parts;
    const std::size_t mask = cap - 1;
    const std::size_t width = cap / parts;
    std::vector<PartResult> results(parts);
    if (parts == 1) {
      const auto home = [&](std::size_t i) { return hash(keys(i)) & mask; };
      fill_part(n, home, keys, 0, cap, results[0]);
    } else {
      // Each row's home slot, hashed once by all parts together: a part then scans 4 bytes a row, not the rows.
      std::vector<std::uint32_t> homes(n);
      run_parts(parts, [&](std::size_t p) {
        for (std::size_t i = n * p / parts; i < n * (p + 1) / parts; ++i)
          homes[i] = static_cast<std::uint32_t>(hash(keys(i)) & mask);
      });
      const auto home = [&](std::size_t i) { return std::size_t{homes[i]}; };
      run_parts(parts, [&](std::size_t p) { fill_part(n, home, keys, p * width, (p + 1) * width, results[p]); });
    }
    // Rows whose probe left their part, then every duplicate, in row order.
    std::vector<std::uint32_t> deferred;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> duplicates;
    for (PartResult& r : results) {
      deferred.insert(deferred.end(), r.deferred.begin(), r.deferred.end());
      duplicates.insert(duplicates.end(), r.duplicates.begin(), r.duplicates.end());
    }
    std::sort(deferred.begin(), deferred.end());
    for (const std::uint32_t i : deferred) {
      const std::string_view key = keys(i);
      std::size_t s = hash(key) & mask;
      while (slots_[s] != kNone && keys(slots_[s]) != key) s = (s + 1) & mask;
      if (slots_[s] == kNone)
        slots_[s] = i;
      else
        duplicates.emplace_back(i, slots_[s]);
    }
    std::sort(duplicates.begin(), duplicates.end());
    for (const auto& [i, first] : duplicates) on_duplicate(i, first);
  }
  /// Row index of `code`, or kNone.
  template <class KeyOf>
  std::uint32_t find(std::string_view code, KeyOf keys) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = hash(code) & mask; slots_[s] != kNone; s = (s + 1) & mask)
      if (keys(slots_[s]) == code) return slots_[s];
    return kNone;
  }
  static std::size_t hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return static_cast<std::size_t>(h);
  }

 private:
  struct PartResult {
    std::vector<std::uint32_t> deferred;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> duplicates;
  };
  /// Places the rows whose home slot lies in [lo, hi), in row order, probing within the range only.
  template <class HomeOf, class KeyOf>
  void fill_part(std::size_t n, HomeOf home, KeyOf& keys, std::size_t lo, std::size_t hi, PartResult& out) {
    // The slots are visited at random: each row's slot is fetched kAhead rows of the part before it is needed,
    // so the cache misses of a large table overlap instead of following one another.
    constexpr std::size_t kAhead = 16;
    std::uint32_t ring_row[kAhead];
    std::size_t ring_slot[kAhead];
    std::size_t head = 0, queued = 0, scan = 0;
    for (;;) {
      while (queued < kAhead && scan < n) {
        const std::size_t s = home(scan);
        if (s >= lo && s < hi) {
          __builtin_prefetch(&slots_[s], 1);
          ring_row[(head + queued) % kAhead] = static_cast<std::uint32_t>(scan);
          ring_slot[(head + queued) % kAhead] = s;
          ++queued;
        }
        ++scan;
      }
      if (queued == 0) return;
      const std::uint32_t i = ring_row[head];
      std::size_t s = ring_slot[head];
      head = (head + 1) % kAhead;
      --queued;
      while (s < hi && slots_[s] != kNone && keys(slots_[s]) != keys(i)) ++s;
      if (s == hi)
        out.deferred.push_back(i);
      else if (slots_[s] == kNone)
        slots_[s] = i;
      else
        out.duplicates.emplace_back(i, slots_[s]);
    }
  }

  std::vector<std::uint32_t> slots_;
};

/// Compressed lists of row indexes per owner (children per organization, members per cell ...).
struct Groups {
  std::vector<std::uint32_t> offsets;  ///< owner o's items are items[offsets[o], offsets[o+1])
  std::vector<std::uint32_t> items;
  std::span<const std::uint32_t> of(std::uint32_t owner) const {
    if (owner == kNone || owner + 1 >= offsets.size()) return {};
    return {items.data() + offsets[owner], items.data() + offsets[owner + 1]};
  }
};

/// Row numbers first, first + 1, ..., last - 1, iterated without being stored.
struct RowNumbers {
  struct iterator {
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::uint32_t*;
    using reference = std::uint32_t;
    std::uint32_t n = 0;
    std::uint32_t operator*() const { return n; }
    iterator& operator++() {
      ++n;
      return *this;
    }
    iterator operator++(int) { return {n++}; }
    bool operator==(const iterator&) const = default;
  };
  std::uint32_t first = 0, last = 0;
  iterator begin() const { return {first}; }
  iterator end() const { return {last}; }
  std::size_t size() const { return last - first; }
  bool empty() const { return first == last; }
  std::uint32_t front() const { return first; }
};

/// Rows of a table held together by owner (the reader groups dues by member): owner o's rows are rows
/// ranges[o].first to ranges[o].last - 1, so no list of row numbers is kept (65 M of them at the nation).
struct RowRanges {
  std::vector<RowNumbers> ranges;  ///< one per owner
  /// The row numbers of `owner`'s rows, first to last (empty for kNone or an unknown owner).
  RowNumbers of(std::uint32_t owner) const { return owner < ranges.size() ? ranges[owner] : RowNumbers{}; }
};

/// The organization tree in depth-first order. Organizations in a cycle are
/// entered from one of them as if it were a root, so every organization has a
/// place in the order and a subtree range.
struct Tree {
  std::vector<std::uint32_t> roots;     ///< no parent, a dangling parent, or the entry of a cycle
  std::vector<std::uint32_t> preorder;  ///< organization rows, parents before children
  std::vector<std::uint32_t> position;  ///< organization row -> its position in preorder
  std::vector<std::uint32_t> subtree_end;  ///< row -> one past the position of its last descendant
  std::vector<std::uint16_t> depth;     ///< 0 for roots
  std::vector<std::uint8_t> in_cycle;   ///< 1 when the row's parent chain loops
  Groups children;

  /// The organization and all its descendants, parents first.
  std::span<const std::uint32_t> subtree(std::uint32_t org) const {
    return {preorder.data() + position[org], preorder.data() + subtree_end[org]};
  }
  /// Whether `org` is `ancestor` or below it.
  bool within(std::uint32_t org, std::uint32_t ancestor) const {
    return position[org] >= position[ancestor] && position[org] < subtree_end[ancestor];
  }
};

/// The whole dataset, read-only for plugins.
struct Dataset {
  std::string name;        ///< manifest `name`, else the directory's name
  std::string source;      ///< the directory or file it was read from
  Date as_of;              ///< manifest as_of (the run's as-of date is in the RunContext)
  Date period_start;       ///< manifest period_start, else 1 January of as_of's year
  std::vector<std::pair<std::string, std::int64_t>> targets;  ///< manifest targets

  Table<Organization> organizations;
  Table<Member> members;
  Table<Payment> dues;
  Table<Candidate> candidates;
  Table<CommitteeSeat> committees;
  Table<Transfer> transfers;
  Table<Event> events;
  Table<Rating> ratings;
  Table<Meeting> meetings;
  Table<Attendance> attendance;

  std::vector<ReadIssue> read_issues;
  std::vector<UnresolvedRef> unresolved;
  /// The line of each dues row in its file (Payment has no room for it): dues_line() reads it.
  RowLines dues_lines;
  /// The dues rows that give an income_basis, by ascending row (most exports give none).
  std::vector<IncomeBasis> dues_income_basis;

  Tree tree;
  std::uint32_t root = kNone;  ///< the organization findings without one attach to (first root)
  Groups members_by_org;       ///< member rows per organization row
  RowRanges payments_by_member;  ///< payment rows per member row (dues are grouped by member)
  Groups candidates_by_org;
  Groups seats_by_org;
  Groups transfers_by_org;
  Groups events_by_org;
  Groups events_by_member;
  Groups ratings_by_member;    ///< rating rows per member row
  Groups meetings_by_org;      ///< meeting rows per organization row
  Groups attendance_by_member; ///< attendance rows per member row
  CodeIndex org_index;
  CodeIndex member_index;
  CodeIndex meeting_index;

  /// Storage the string_views point into; owned by whoever read the data.
  std::shared_ptr<const void> storage;

  std::uint32_t find_org(std::string_view code) const {
    return org_index.find(code, [this](std::size_t i) { return organizations.rows[i].id; });
  }
  std::uint32_t find_member(std::string_view code) const {
    return member_index.find(code, [this](std::size_t i) { return members.rows[i].id; });
  }
  std::uint32_t find_meeting(std::string_view code) const {
    return meeting_index.find(code, [this](std::size_t i) { return meetings.rows[i].id; });
  }
  /// The income_basis of payment `row` of `dues`, or kNoMoney when the row gives none.
  std::int64_t income_basis(std::size_t row) const {
    const auto it = std::lower_bound(dues_income_basis.begin(), dues_income_basis.end(), row,
                                     [](const IncomeBasis& b, std::size_t r) { return b.row < r; });
    return it != dues_income_basis.end() && it->row == row ? it->amount : kNoMoney;
  }
  /// The same for a payment of `dues` (an element of dues.rows, as payments_of gives them).
  std::int64_t income_basis(const Payment& p) const {
    return income_basis(static_cast<std::size_t>(&p - dues.rows.data()));
  }
  /// The line in its file of payment row `row` of `dues`.
  std::uint32_t dues_line(std::size_t row) const { return dues_lines(row); }
  /// The same for a payment of `dues` (an element of dues.rows, as payments_of gives them).
  std::uint32_t dues_line(const Payment& p) const { return dues_lines(dues.index_of(p)); }
  std::span<const Payment> payments_of(std::uint32_t member) const {
    const auto g = payments_by_member.of(member);
    if (g.empty()) return {};
    return {dues.rows.data() + g.front(), g.size()};
  }
  /// Names of the organizations from the root down to `org`, joined by " › ". Below kPathLevels levels the
  /// middle is left out ("root › … › the last kPathLevels - 1 levels"), so a call costs at most kPathLevels
  /// steps and a report that names every organization stays linear whatever the tree's depth.
  std::string path(std::uint32_t org) const {
    if (org == kNone || org >= organizations.size()) return {};
    const std::size_t n_orgs = organizations.size();
    const bool indexed = tree.depth.size() == n_orgs && tree.position.size() == n_orgs && tree.subtree_end.size() == n_orgs;
    // The walk stops at the tree's depth so that the entry of a cycle ends it, as the tree was built.
    const std::uint32_t depth = indexed ? tree.depth[org] : 0xFFFFFFFFu;
    std::uint32_t chain[kPathLevels];
    std::size_t n = 0;
    std::uint32_t o = org;
    for (; o != kNone && o < n_orgs && n < kPathLevels && n <= depth; o = organizations[o].parent) chain[n++] = o;
    std::string out;
    if (n == kPathLevels && n <= depth && o != kNone && o < n_orgs) {  // levels left out: the top, then "…"
      if (indexed) out.append(organizations[top_of(org)].name).append(" › ");
      out += "…";
      --n;  // the top takes one of the kPathLevels places
    }
    while (n-- > 0) {
      if (!out.empty()) out += " › ";
      out += organizations[chain[n]].name;
    }
    return out;
  }
  /// The root (or cycle entry) whose subtree holds `org`: subtrees of roots are consecutive in preorder.
  std::uint32_t top_of(std::uint32_t org) const {
    if (org >= tree.position.size() || tree.position[org] == kNone) return org;
    std::size_t lo = 0, hi = tree.roots.size();
    while (lo < hi) {  // the last root placed at or before org's position
      const std::size_t mid = lo + (hi - lo) / 2;
      const std::uint32_t r = tree.roots[mid];
      if (tree.position[r] <= tree.position[org]) {
        if (tree.within(org, r)) return r;
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return org;
  }
  /// The value of a manifest target, or nullopt.
  std::optional<std::int64_t> target(std::string_view key) const {
    for (const auto& [k, v] : targets)
      if (k == key) return v;
    return std::nullopt;
  }
};

inline std::string_view table_name(TableId t) {
  switch (t) {
    case TableId::organizations: return "organizations";
    case TableId::members: return "members";
    case TableId::dues: return "dues";
    case TableId::candidates: return "candidates";
    case TableId::committees: return "committees";
    case TableId::transfers: return "transfers";
    case TableId::events: return "events";
    case TableId::ratings: return "ratings";
    case TableId::meetings: return "meetings";
    case TableId::attendance: return "attendance";
  }
  return "?";
}

KIEMTRA_NAMESPACE_END
