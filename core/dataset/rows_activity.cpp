// Row builders of dues.csv, committees.csv, transfers.csv, events.csv and ratings.csv.
#include "dataset/table_rows.hpp"

namespace kiemtra::core::dataset {

void build_row(RowContext& ctx, Payment& r) {
  namespace c = dues_col;
  ctx.set_key(ctx.value(c::member_id));  // the hot path: the code is not copied unless it dangles
  r.member = ctx.member_ref(c::member_id, nullptr, true);
  if (r.member != kNone) ctx.set_org(ctx.dataset().members.rows[r.member].org);
  r.period = ctx.month(c::period, true);
  const std::int64_t amount = ctx.money(c::amount, true);
  r.amount = amount == kNoMoney ? 0 : amount;
  r.paid_on = ctx.date(c::paid_on);
  r.income_basis = ctx.money(c::income_basis);
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

}  // namespace kiemtra::core::dataset
