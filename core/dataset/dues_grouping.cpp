// Dues regrouping: an in-place radix sort by (member, line), so 6 million rows are neither copied nor
// moved at random; their lines (Dataset::dues_lines) move with them.
#include "dataset/dues_grouping.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>
#include <vector>

#include "util/parallel.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr std::size_t kParallelRows = std::size_t{1} << 16;  // fewer rows are checked on one thread

// Parts of the rows for threads: none starts inside a member's run (a run then has one writer of its range).
std::vector<std::size_t> run_aligned_parts(const Rows<Payment>& rows, int jobs) {
  const std::size_t n = rows.size();
  const std::size_t k = jobs > 1 && n >= kParallelRows ? static_cast<std::size_t>(jobs) : 1;
  std::vector<std::size_t> starts(k + 1, n);
  starts[0] = 0;
  for (std::size_t part = 1; part < k; ++part) {
    std::size_t i = std::max(n * part / k, starts[part - 1]);
    while (i > 0 && i < n && rows[i].member == rows[i - 1].member) ++i;
    starts[part] = i;
  }
  return starts;
}

// Whether the known members' runs of rows rise, as in an export sorted by member: each member's payments then
// form one run. Checked in parts on threads, the common case; the general check below reads a nation's rows on
// one thread.
bool sorted_by_member(const Rows<Payment>& rows, int jobs) {
  const std::vector<std::size_t> starts = run_aligned_parts(rows, jobs);
  struct Part {
    bool sorted = true;
    std::uint32_t first = kNone, last = kNone;  // the part's first and last known member
  };
  std::vector<Part> parts(starts.size() - 1);
  for_each_parallel(jobs, parts.size(), [&](std::size_t part) {
    Part& x = parts[part];
    std::uint32_t previous = kNone;  // the row before's member, known or not
    for (std::size_t i = starts[part]; i < starts[part + 1]; ++i) {
      const std::uint32_t m = rows[i].member;
      if (m == previous) continue;
      previous = m;
      if (m == kNone) continue;
      // A known member's run starts: after a lower member's, or the member had rows before (a row of an unknown
      // member between two of one member's also breaks its run).
      if (x.last != kNone && m <= x.last) {
        x.sorted = false;
        return;
      }
      if (x.first == kNone) x.first = m;
      x.last = m;
    }
  });
  std::uint32_t last = kNone;
  for (const Part& x : parts) {
    if (!x.sorted || (last != kNone && x.first != kNone && x.first <= last)) return false;
    if (x.last != kNone) last = x.last;
  }
  return true;
}

// Whether each known member's payments already form one run of rows. Rows of unknown members may sit
// anywhere: they belong to no member's run (a nightly export sorted by member, with a few dangling
// member ids among its rows, is left in file order, not sorted).
bool grouped_by_member(const Rows<Payment>& rows, std::size_t members) {
  std::vector<bool> seen(members);
  std::uint32_t last = kNone;
  for (const Payment& p : rows) {
    if (p.member != last) {
      if (p.member != kNone) {
        if (seen[p.member]) return false;
        seen[p.member] = true;
      }
      last = p.member;
    }
  }
  return true;
}

// Sort key: the member row, unknown members after every known one.
inline std::uint32_t member_key(const Payment& p, std::uint32_t unknown) {
  return p.member == kNone ? unknown : p.member;
}

// Scratch for sorting a bucket by line: reused from bucket to bucket.
struct SortScratch {
  std::vector<std::uint32_t> order;
  std::vector<Payment> rows;
  std::vector<std::uint32_t> lines;
};

// Sorts [a, a + n) and its lines [l, l + n) together by (key, line).
void sort_together(Payment* a, std::uint32_t* l, std::size_t n, std::uint32_t unknown, SortScratch& s) {
  const auto less = [unknown](const Payment& x, std::uint32_t xl, const Payment& y, std::uint32_t yl) {
    const std::uint32_t kx = member_key(x, unknown), ky = member_key(y, unknown);
    return kx != ky ? kx < ky : xl < yl;
  };
  if (n <= 32) {  // insertion sort: a member's payments are a few dozen rows
    for (std::size_t i = 1; i < n; ++i) {
      const Payment v = a[i];
      const std::uint32_t vl = l[i];
      std::size_t j = i;
      for (; j > 0 && less(v, vl, a[j - 1], l[j - 1]); --j) {
        a[j] = a[j - 1];
        l[j] = l[j - 1];
      }
      a[j] = v;
      l[j] = vl;
    }
    return;
  }
  s.order.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) s.order[i] = i;
  std::sort(s.order.begin(), s.order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return less(a[x], l[x], a[y], l[y]); });
  s.rows.resize(n);
  s.lines.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    s.rows[i] = a[s.order[i]];
    s.lines[i] = l[s.order[i]];
  }
  std::copy(s.rows.begin(), s.rows.end(), a);
  std::copy(s.lines.begin(), s.lines.end(), l);
}

// One American-flag pass on [a, a + n) by bits [shift, shift + bits) of the key, then the next
// pass inside each bucket; each row's line (in `l`) moves with it. The pass moves each row once and writes
// through one cursor per bucket, which keeps the writes sequential where a plain permutation would jump
// across 200 MB.
void flag_sort(Payment* a, std::uint32_t* l, std::size_t n, int shift, int bits, std::uint32_t unknown,
               SortScratch& scratch) {
  if (n < 64) {
    sort_together(a, l, n, unknown, scratch);
    return;
  }
  const std::uint32_t mask = (1u << bits) - 1;
  auto bucket = [&](const Payment& p) { return (member_key(p, unknown) >> shift) & mask; };
  std::vector<std::size_t> start(std::size_t{1} << bits, 0);
  for (std::size_t i = 0; i < n; ++i) ++start[bucket(a[i])];
  std::size_t sum = 0;
  for (auto& c : start) sum += std::exchange(c, sum);
  std::vector<std::size_t> head = start, end(start.begin() + 1, start.end());
  end.push_back(n);
  for (std::size_t b = 0; b < head.size(); ++b) {
    while (head[b] < end[b]) {
      Payment v = a[head[b]];
      std::uint32_t vl = l[head[b]];
      for (std::uint32_t d = bucket(v); d != b; d = bucket(v)) {
        std::swap(v, a[head[d]]);
        std::swap(vl, l[head[d]++]);
      }
      a[head[b]] = v;
      l[head[b]++] = vl;
    }
  }
  for (std::size_t b = 0; b < start.size(); ++b) {
    const std::size_t len = end[b] - start[b];
    if (len < 2) continue;
    if (shift == 0) {  // one key per bucket: file order is line order
      sort_together(a + start[b], l + start[b], len, unknown, scratch);
    } else {
      const int next_bits = std::min(bits, shift);
      flag_sort(a + start[b], l + start[b], len, shift - next_bits, next_bits, unknown, scratch);
    }
  }
}

// Sorts payments by member (unknown last), keeping file order (line) within a member; the lines move with
// their rows.
void sort_by_member(Rows<Payment>& rows, RowLines& row_lines, std::size_t members) {
  const auto unknown = static_cast<std::uint32_t>(members);
  const int key_bits = std::max(1, static_cast<int>(std::bit_width(unknown)));
  const int bits = std::min(11, key_bits);
  std::vector<std::uint32_t> lines = row_lines.each();
  SortScratch scratch;
  flag_sort(rows.data(), lines.data(), rows.size(), key_bits - bits, bits, unknown, scratch);
  row_lines.assign(std::move(lines));
}

}  // namespace

void group_dues(Dataset& ds, std::size_t unresolved_from, int jobs) {
  auto& dues = ds.dues;
  const std::size_t members = ds.members.size();
  if (!sorted_by_member(dues.rows, jobs) && !grouped_by_member(dues.rows, members)) {
    const std::size_t n = dues.rows.size();
    const std::size_t w = dues.extra_names.size();
    std::vector<IncomeBasis>& bases = ds.dues_income_basis;
    if (w > 0 || !bases.empty()) {
      // Extra values and income bases follow their rows: compute each row's new position with a counting pass.
      std::vector<std::uint32_t> next(members + 1, 0);
      for (const Payment& p : dues.rows) ++next[p.member == kNone ? members : p.member];
      std::uint32_t sum = 0;
      for (auto& c : next) sum += std::exchange(c, sum);
      std::vector<TextView> extras(dues.extra_values.size());
      std::size_t b = 0;  // bases are by ascending row
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t m = dues.rows[i].member;
        const std::uint32_t dest = next[m == kNone ? members : m]++;
        for (std::size_t c = 0; c < w; ++c) extras[dest * w + c] = dues.extra_values[i * w + c];
        if (b < bases.size() && bases[b].row == i) bases[b++].row = dest;
      }
      dues.extra_values = std::move(extras);
      std::sort(bases.begin(), bases.end(), [](const IncomeBasis& x, const IncomeBasis& y) { return x.row < y.row; });
    }
    // Rows of unknown members end up last in file order, so the k-th of them (each has exactly one
    // unresolved reference, recorded in file order) lands at known + k.
    std::size_t known = 0;
    for (const Payment& p : dues.rows) known += p.member != kNone;
    for (std::size_t u = unresolved_from; u < ds.unresolved.size(); ++u)
      if (ds.unresolved[u].table == TableId::dues) ds.unresolved[u].row = static_cast<std::uint32_t>(known++);
    sort_by_member(dues.rows, ds.dues_lines, members);
  }
  // Grouped, each member's payments are one run of rows: only where each run begins and ends is kept, the
  // runs found in parts on threads (a member's run lies in one part).
  std::vector<RowNumbers>& r = ds.payments_by_member.ranges;
  r.assign(members, {});
  const std::vector<std::size_t> starts = run_aligned_parts(dues.rows, jobs);
  for_each_parallel(jobs, starts.size() - 1, [&](std::size_t part) {
    for (std::size_t i = starts[part]; i < starts[part + 1];) {
      const std::uint32_t m = dues.rows[i].member;
      std::size_t j = i + 1;
      while (j < starts[part + 1] && dues.rows[j].member == m) ++j;
      if (m < members) r[m] = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
      i = j;
    }
  });
}

}  // namespace kiemtra::core::dataset
