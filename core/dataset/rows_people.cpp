// Row builders of organizations.csv, members.csv and candidates.csv.
#include "dataset/table_rows.hpp"

namespace kiemtra::core::dataset {

void build_row(RowContext& ctx, Organization& r) {
  namespace c = org_col;
  r.id = ctx.text(c::id, true);
  ctx.set_key(r.id);
  ctx.note_position(c::id);
  r.parent_code = ctx.text(c::parent_id);
  ctx.note_position(c::parent_id);
  r.name = ctx.text(c::name, true);
  r.kind = ctx.choice(c::kind, true, OrgKind::unknown, OrgKind::unknown);
  r.established_on = ctx.date(c::established_on);
  r.last_congress_on = ctx.date(c::last_congress_on);
  r.dissolved_on = ctx.date(c::dissolved_on);
}

void build_row(RowContext& ctx, Member& r) {
  namespace c = member_col;
  r.id = ctx.text(c::id, true);
  ctx.set_key(r.id);
  ctx.note_position(c::id);
  r.org = ctx.org_ref(c::org_id, r.org_code, true);
  ctx.set_org(r.org);
  r.full_name = ctx.text(c::full_name, true);
  r.gender = ctx.choice(c::gender, true, Gender::unknown, Gender::unknown);
  r.birth_date = ctx.date(c::birth_date, true);
  r.citizen_id = ctx.citizen_id(c::citizen_id);
  r.status = ctx.choice(c::status, true, MemberStatus::unknown, MemberStatus::unknown);
  r.admitted_on = ctx.date(c::admitted_on, true);
  r.official_on = ctx.date(c::official_on);
  r.education = ctx.education(c::education);
  r.card_number = ctx.text(c::card_number);
  r.card_issued_on = ctx.date(c::card_issued_on);
  r.exempt = ctx.flag(c::exempt);
  r.dues_category = ctx.choice(c::dues_category, false, DuesCategory::none, DuesCategory::unknown);
  r.monthly_income = ctx.money(c::monthly_income);
  r.readmitted = ctx.flag(c::readmitted);
  r.decision_on = ctx.date(c::decision_on);
  r.first_decision_on = ctx.date(c::first_decision_on);
  r.previous_exit_on = ctx.date(c::previous_exit_on);
  r.badge_years = ctx.badge_years(c::badge_years);
  r.badge_awarded_on = ctx.date(c::badge_awarded_on);
  r.exempt_from = ctx.date(c::exempt_from);
  r.exempt_until = ctx.date(c::exempt_until);
  r.exempt_reason = ctx.text(c::exempt_reason);
}

void build_row(RowContext& ctx, Candidate& r) {
  namespace c = candidate_col;
  r.id = ctx.text(c::id, true);
  ctx.set_key(r.id);
  r.org = ctx.org_ref(c::org_id, r.org_code, true);
  ctx.set_org(r.org);
  r.full_name = ctx.text(c::full_name, true);
  r.gender = ctx.choice(c::gender, true, Gender::unknown, Gender::unknown);
  r.birth_date = ctx.date(c::birth_date, true);
  r.education = ctx.education(c::education);
  r.course_certificate_on = ctx.date(c::course_certificate_on);
  r.introducer[0] = ctx.member_ref(c::introducer_1, &r.introducer_code[0], false);
  r.introducer[1] = ctx.member_ref(c::introducer_2, &r.introducer_code[1], false);
  r.introducer_since[0] = ctx.date(c::introducer_1_since);
  r.introducer_since[1] = ctx.date(c::introducer_2_since);
  r.youth_union_introduced = ctx.flag(c::youth_union_introduced);
  r.cell_resolution_on = ctx.date(c::cell_resolution_on);
  r.decision_on = ctx.date(c::decision_on);
  r.admitted_on = ctx.date(c::admitted_on);
  r.readmission = ctx.flag(c::readmission);
  r.previous_exit_on = ctx.date(c::previous_exit_on);
  r.trade_union_introduced = ctx.flag(c::trade_union_introduced);
  r.introducer_replacement[0] = ctx.flag(c::introducer_1_replacement);
  r.introducer_replacement[1] = ctx.flag(c::introducer_2_replacement);
  r.record_cleared_on = ctx.date(c::record_cleared_on);
}

}  // namespace kiemtra::core::dataset
