// Row builders of dues.csv, committees.csv, transfers.csv, events.csv, ratings.csv, meetings.csv and
// attendance.csv.
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "dataset/table_rows.hpp"
#include "dataset/values.hpp"

namespace kiemtra::core::dataset {

void build_row(RowContext& ctx, Payment& r) {
  namespace c = dues_col;
  ctx.set_key(ctx.value(c::member_id));  // the hot path: the code is not copied unless it dangles
  r.member = ctx.member_ref(c::member_id, nullptr, true);
  if (r.member != kNone) ctx.set_org(ctx.dataset().members.rows[r.member].org);
  r.period = ctx.month(c::period, true);
  if (const ValueError e = payment_amount(ctx.money(c::amount, true), r.amount); e != ValueError::none)
    ctx.bad(c::amount, e);
  r.paid_on = ctx.date(c::paid_on);
  if (const std::int64_t basis = ctx.money(c::income_basis); basis != kNoMoney) ctx.keep_income_basis(basis);
}

void build_row(RowContext& ctx, CommitteeSeat& r) {
  namespace c = committee_col;
  r.org = ctx.org_ref(c::org_id, r.org_code, true);
  ctx.set_org(r.org);
  r.term = ctx.term(c::term, r.term_start, r.term_end);
  r.member = ctx.member_ref(c::member_id, &r.member_code, true);
  ctx.set_key(r.member_code);
  r.role = ctx.choice(c::role, true, CommitteeRole::unknown, CommitteeRole::unknown);
  r.planned = ctx.flag(c::planned);
  r.first_time = ctx.flag(c::first_time);
}

void build_row(RowContext& ctx, Transfer& r) {
  namespace c = transfer_col;
  r.member_code = ctx.text(c::member_id, true);  // not a reference: the member may have left the dataset
  ctx.set_key(r.member_code);
  r.org = ctx.org_ref(c::org_id, r.org_code, true);
  ctx.set_org(r.org);
  r.full_name = ctx.text(c::full_name);
  r.direction = ctx.choice(c::direction, true, TransferDirection::unknown, TransferDirection::unknown);
  r.issued_on = ctx.date(c::issued_on, true);
  r.presented_on = ctx.date(c::presented_on);
  r.counterpart = ctx.text(c::counterpart);
  r.kind = ctx.choice(c::kind, false, TransferKind::chinh_thuc, TransferKind::unknown);
  r.ended_on = ctx.date(c::ended_on);
}

void build_row(RowContext& ctx, Event& r) {
  namespace c = event_col;
  r.kind = ctx.choice(c::kind, true, EventKind::unknown, EventKind::unknown);
  r.date = ctx.date(c::date, true);
  r.org = ctx.org_ref(c::org_id, r.org_code, false);
  r.member = ctx.member_ref(c::member_id, &r.member_code, false);
  r.detail = ctx.text(c::detail);
  ctx.set_key(r.member_code.empty() ? r.org_code : r.member_code);
  if (r.org != kNone) {
    ctx.set_org(r.org);
  } else if (r.member != kNone) {
    ctx.set_org(ctx.dataset().members.rows[r.member].org);
  }
  if (r.org_code.empty() && r.member_code.empty())
    ctx.issue(c::org_id, "", "cần org_id hoặc member_id", "org_id or member_id is required");
}

void build_row(RowContext& ctx, Rating& r) {
  namespace c = rating_col;
  r.member = ctx.member_ref(c::member_id, &r.member_code, true);
  ctx.set_key(r.member_code);
  if (r.member != kNone) ctx.set_org(ctx.dataset().members.rows[r.member].org);
  r.year = ctx.year(c::year, true);
  r.rating = ctx.choice(c::rating, true, QualityRating::unknown, QualityRating::unknown);
}

void build_row(RowContext& ctx, Meeting& r) {
  namespace c = meeting_col;
  r.id = ctx.text(c::id, true);
  ctx.set_key(r.id);
  ctx.note_position(c::id);
  r.org = ctx.org_ref(c::org_id, r.org_code, true);
  ctx.set_org(r.org);
  r.date = ctx.date(c::date, true);
  r.kind = ctx.choice(c::kind, true, MeetingKind::unknown, MeetingKind::unknown);
}

namespace {

/// What a function of a text gave for the last values it was asked about. An attendance list has a handful of
/// distinct marks and reasons, and folding a Vietnamese one costs a normalization and two allocations: at
/// 430,000 rows that was most of the table's read.
template <class Value>
class RecentValues {
 public:
  template <class Compute>
  Value get(std::string_view text, Compute&& compute) {
    for (std::size_t i = 0; i < size_; ++i)
      if (seen_[i].first == text) return seen_[i].second;
    const Value v = compute(text);
    seen_[next_] = {std::string(text), v};  // the oldest goes once all are taken
    next_ = (next_ + 1) % seen_.size();
    if (size_ < seen_.size()) ++size_;
    return v;
  }

 private:
  std::array<std::pair<std::string, Value>, 16> seen_{};
  std::size_t size_ = 0, next_ = 0;
};

enum class Mark : std::uint8_t { absent, present, other };

/// "Có mặt" / "Vắng" as minutes write them; `other` for anything else.
Mark minutes_mark(std::string_view v) {
  std::string scratch;
  const std::string_view k = fold_key(v, scratch);
  if (k == "vắng" || k == "vắng mặt" || k == "vang" || k == "vang mat") return Mark::absent;
  if (k == "có mặt" || k == "co mat" || k == "dự" || k == "du") return Mark::present;
  return Mark::other;
}

/// "Có mặt" / "Vắng" as minutes write them, else a yes/no value. Empty (or no column): absent, since the
/// usual record is the minutes' list of absentees.
bool present_mark(RowContext& ctx) {
  const std::string_view v = ctx.value(attendance_col::present);
  if (v.empty()) return false;
  thread_local RecentValues<Mark> marks;
  const Mark m = marks.get(v, minutes_mark);
  if (m != Mark::other) return m == Mark::present;
  return ctx.flag(attendance_col::present);  // reports a value that is neither, every time
}

/// A reason that says there was none ("không lý do", "KLD") is no reason.
bool gives_reason(std::string_view reason) {
  if (reason.empty()) return false;
  thread_local RecentValues<bool> reasons;
  return reasons.get(reason, [](std::string_view text) {
    std::string scratch;
    const std::string_view k = fold_key(text, scratch);
    return !(k == "không lý do" || k == "không có lý do" || k == "vắng không lý do" || k == "khong ly do" ||
             k == "khong co ly do" || k == "kld" || k == "không" || k == "khong" || k == "-");
  });
}

}  // namespace

void build_row(RowContext& ctx, Attendance& r) {
  namespace c = attendance_col;
  // The meeting is resolved once the whole meetings table is known (finish_attendance), like parent_id.
  r.meeting_code = ctx.text(c::meeting_id, true);
  ctx.note_position(c::meeting_id);
  r.member = ctx.member_ref(c::member_id, &r.member_code, true);
  ctx.set_key(r.member_code);
  if (r.member != kNone) ctx.set_org(ctx.dataset().members.rows[r.member].org);
  r.present = present_mark(ctx);
  r.reason = ctx.text(c::reason);
  r.excused = !r.present && gives_reason(r.reason);
}

}  // namespace kiemtra::core::dataset
