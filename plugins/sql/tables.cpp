// The dataset's tables as SQL sees them: one definition per table, each column a getter over the rows the
// reader keeps in memory (nothing is copied), and the lookups its indexes answer.
#include <kiemtra/domain.hpp>

#include "helper_views.hpp"
#include "table_def.hpp"

namespace kiemtra::plugins::sql {

namespace {

// One column of table TABLE: NAME, its SQL type, and EXPR over `r` (the row) and `x` (the run).
#define KT_COL(TABLE, NAME, TYPE, EXPR)                                         \
  Column {                                                                      \
    NAME, TYPE, [](sqlite3_context* c, const RunContext& x, std::uint64_t i) { \
      const auto& r = x.data.TABLE.rows[i];                                    \
      (void)r;                                                                 \
      put(c, EXPR);                                                            \
    }                                                                          \
  }

/// The rows of one group (members of an organization ...) as lookup results.
template <class Rows>
void push(const Rows& rows, std::vector<std::uint64_t>& out) { out.assign(rows.begin(), rows.end()); }

bool org_by_id(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t o = x.data.find_org(v);
  if (o != kNone) out.push_back(o);
  return true;  // the index holds every id: none found means no row
}
bool member_by_id(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t m = x.data.find_member(v);
  if (m != kNone) out.push_back(m);
  return true;
}
// By organization: the reader resolved each row's org_id with the same index, so the group of the organization
// `v` names is every row that wrote `v`. An id it does not know may still be written (dangling): scan.
template <Groups Dataset::*G>
bool by_org(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t o = x.data.find_org(v);
  if (o == kNone) return false;
  push((x.data.*G).of(o), out);
  return true;
}
bool dues_by_member(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t m = x.data.find_member(v);
  if (m != kNone) push(x.data.payments_by_member.of(m), out);
  return true;  // member_id is the resolved member's id: an unknown one has no payment
}

template <class Row>
using TablePtr = Table<Row> Dataset::*;
template <class Row, TablePtr<Row> T>
std::size_t size_of(const RunContext& x) {
  return (x.data.*T).size();
}
template <class Row, TablePtr<Row> T>
const std::vector<std::string>* extra_names_of(const RunContext& x) {
  return &(x.data.*T).extra_names;
}
template <class Row, TablePtr<Row> T>
std::string_view extra_value_of(const RunContext& x, std::uint64_t row, std::size_t column) {
  const auto& t = x.data.*T;
  return t.extra_values[row * t.extra_names.size() + column];
}
template <class Row, TablePtr<Row> T>
void data_table(TableDef& d) {
  d.size = &size_of<Row, T>;
  d.extra_names = &extra_names_of<Row, T>;
  d.extra_value = &extra_value_of<Row, T>;
}

std::vector<TableDef> make_defs() {
  std::vector<TableDef> defs;

  TableDef orgs{"organizations",
                {KT_COL(organizations, "id", "TEXT", r.id), KT_COL(organizations, "parent_id", "TEXT", r.parent_code),
                 KT_COL(organizations, "name", "TEXT", r.name), KT_COL(organizations, "kind", "TEXT", r.kind),
                 KT_COL(organizations, "established_on", "TEXT", r.established_on),
                 KT_COL(organizations, "last_congress_on", "TEXT", r.last_congress_on),
                 KT_COL(organizations, "dissolved_on", "TEXT", r.dissolved_on),
                 KT_COL(organizations, "is_cell", "INTEGER", is_cell(r.kind)),
                 KT_COL(organizations, "exists_at_as_of", "INTEGER", org_exists_at(r, x.as_of)),
                 KT_COL(organizations, "line", "INTEGER", std::int64_t{r.line})},
                {{"id", &org_by_id}}};
  data_table<Organization, &Dataset::organizations>(orgs);
  defs.push_back(std::move(orgs));

  TableDef members{"members",
                   {KT_COL(members, "id", "TEXT", r.id), KT_COL(members, "org_id", "TEXT", r.org_code),
                    KT_COL(members, "full_name", "TEXT", r.full_name), KT_COL(members, "gender", "TEXT", r.gender),
                    KT_COL(members, "birth_date", "TEXT", r.birth_date),
                    KT_COL(members, "citizen_id", "TEXT", r.citizen_id), KT_COL(members, "status", "TEXT", r.status),
                    KT_COL(members, "admitted_on", "TEXT", r.admitted_on),
                    KT_COL(members, "official_on", "TEXT", r.official_on),
                    KT_COL(members, "education", "INTEGER", level(r.education)),
                    KT_COL(members, "card_number", "TEXT", r.card_number),
                    KT_COL(members, "card_issued_on", "TEXT", r.card_issued_on),
                    KT_COL(members, "exempt", "INTEGER", r.exempt),
                    KT_COL(members, "dues_category", "TEXT", r.dues_category),
                    KT_COL(members, "monthly_income", "INTEGER", money(r.monthly_income)),
                    KT_COL(members, "readmitted", "INTEGER", r.readmitted),
                    KT_COL(members, "decision_on", "TEXT", r.decision_on),
                    KT_COL(members, "first_decision_on", "TEXT", r.first_decision_on),
                    KT_COL(members, "previous_exit_on", "TEXT", r.previous_exit_on),
                    KT_COL(members, "badge_years", "INTEGER",
                           r.badge_years > 0 ? std::optional<std::int64_t>(r.badge_years) : std::nullopt),
                    KT_COL(members, "badge_awarded_on", "TEXT", r.badge_awarded_on),
                    KT_COL(members, "exempt_from", "TEXT", r.exempt_from),
                    KT_COL(members, "exempt_until", "TEXT", r.exempt_until),
                    KT_COL(members, "exempt_reason", "TEXT", r.exempt_reason),
                    KT_COL(members, "line", "INTEGER", std::int64_t{r.line})},
                   {{"id", &member_by_id}, {"org_id", &by_org<&Dataset::members_by_org>}}};
  data_table<Member, &Dataset::members>(members);
  defs.push_back(std::move(members));

  TableDef dues{
      "dues",
      {KT_COL(dues, "member_id", "TEXT", id_of(x.data.members, r.member)), KT_COL(dues, "period", "TEXT", r.period),
       KT_COL(dues, "amount", "INTEGER", std::int64_t{r.amount}), KT_COL(dues, "paid_on", "TEXT", r.paid_on),
       KT_COL(dues, "income_basis", "INTEGER", money(x.data.income_basis(i))),
       KT_COL(dues, "org_id", "TEXT",
              r.member == kNone ? std::string_view() : x.data.members[r.member].org_code.view()),
       KT_COL(dues, "line", "INTEGER", std::int64_t{x.data.dues_line(i)})},
      {{"member_id", &dues_by_member}}};
  data_table<Payment, &Dataset::dues>(dues);
  defs.push_back(std::move(dues));

  TableDef candidates{"candidates",
                      {KT_COL(candidates, "id", "TEXT", r.id), KT_COL(candidates, "org_id", "TEXT", r.org_code),
                       KT_COL(candidates, "full_name", "TEXT", r.full_name),
                       KT_COL(candidates, "gender", "TEXT", r.gender),
                       KT_COL(candidates, "birth_date", "TEXT", r.birth_date),
                       KT_COL(candidates, "education", "INTEGER", level(r.education)),
                       KT_COL(candidates, "course_certificate_on", "TEXT", r.course_certificate_on),
                       KT_COL(candidates, "introducer_1", "TEXT", r.introducer_code[0]),
                       KT_COL(candidates, "introducer_2", "TEXT", r.introducer_code[1]),
                       KT_COL(candidates, "introducer_1_since", "TEXT", r.introducer_since[0]),
                       KT_COL(candidates, "introducer_2_since", "TEXT", r.introducer_since[1]),
                       KT_COL(candidates, "youth_union_introduced", "INTEGER", r.youth_union_introduced),
                       KT_COL(candidates, "trade_union_introduced", "INTEGER", r.trade_union_introduced),
                       KT_COL(candidates, "introducer_1_replacement", "INTEGER", r.introducer_replacement[0]),
                       KT_COL(candidates, "introducer_2_replacement", "INTEGER", r.introducer_replacement[1]),
                       KT_COL(candidates, "cell_resolution_on", "TEXT", r.cell_resolution_on),
                       KT_COL(candidates, "decision_on", "TEXT", r.decision_on),
                       KT_COL(candidates, "admitted_on", "TEXT", r.admitted_on),
                       KT_COL(candidates, "readmission", "INTEGER", r.readmission),
                       KT_COL(candidates, "previous_exit_on", "TEXT", r.previous_exit_on),
                       KT_COL(candidates, "record_cleared_on", "TEXT", r.record_cleared_on),
                       KT_COL(candidates, "line", "INTEGER", std::int64_t{r.line})},
                      {{"org_id", &by_org<&Dataset::candidates_by_org>}}};
  data_table<Candidate, &Dataset::candidates>(candidates);
  defs.push_back(std::move(candidates));

  TableDef committees{"committees",
                      {KT_COL(committees, "org_id", "TEXT", r.org_code), KT_COL(committees, "term", "TEXT", r.term),
                       KT_COL(committees, "member_id", "TEXT", r.member_code),
                       KT_COL(committees, "role", "TEXT", r.role), KT_COL(committees, "planned", "INTEGER", r.planned),
                       KT_COL(committees, "first_time", "INTEGER", r.first_time),
                       KT_COL(committees, "term_start", "INTEGER",
                              r.term_start ? std::optional<std::int64_t>(r.term_start) : std::nullopt),
                       KT_COL(committees, "term_end", "INTEGER",
                              r.term_end ? std::optional<std::int64_t>(r.term_end) : std::nullopt),
                       KT_COL(committees, "line", "INTEGER", std::int64_t{r.line})},
                      {{"org_id", &by_org<&Dataset::seats_by_org>}}};
  data_table<CommitteeSeat, &Dataset::committees>(committees);
  defs.push_back(std::move(committees));

  TableDef transfers{"transfers",
                     {KT_COL(transfers, "member_id", "TEXT", r.member_code),
                      KT_COL(transfers, "org_id", "TEXT", r.org_code),
                      KT_COL(transfers, "full_name", "TEXT", r.full_name),
                      KT_COL(transfers, "direction", "TEXT", r.direction),
                      KT_COL(transfers, "issued_on", "TEXT", r.issued_on),
                      KT_COL(transfers, "presented_on", "TEXT", r.presented_on),
                      KT_COL(transfers, "counterpart", "TEXT", r.counterpart),
                      KT_COL(transfers, "kind", "TEXT", r.kind),
                      KT_COL(transfers, "ended_on", "TEXT", r.ended_on),
                      KT_COL(transfers, "line", "INTEGER", std::int64_t{r.line})},
                     {{"org_id", &by_org<&Dataset::transfers_by_org>}}};
  data_table<Transfer, &Dataset::transfers>(transfers);
  defs.push_back(std::move(transfers));

  TableDef events{"events",
                  {KT_COL(events, "kind", "TEXT", r.kind), KT_COL(events, "date", "TEXT", r.date),
                   KT_COL(events, "org_id", "TEXT", r.org_code), KT_COL(events, "member_id", "TEXT", r.member_code),
                   KT_COL(events, "detail", "TEXT", r.detail), KT_COL(events, "line", "INTEGER", std::int64_t{r.line})},
                  {}};
  data_table<Event, &Dataset::events>(events);
  defs.push_back(std::move(events));

  TableDef ratings{"ratings",
                   {KT_COL(ratings, "member_id", "TEXT", r.member_code),
                    KT_COL(ratings, "year", "INTEGER",
                           r.year > 0 ? std::optional<std::int64_t>(r.year) : std::nullopt),
                    KT_COL(ratings, "rating", "TEXT", r.rating), KT_COL(ratings, "line", "INTEGER", std::int64_t{r.line})},
                   {}};
  data_table<Rating, &Dataset::ratings>(ratings);
  defs.push_back(std::move(ratings));

  TableDef meetings{"meetings",
                    {KT_COL(meetings, "id", "TEXT", r.id), KT_COL(meetings, "org_id", "TEXT", r.org_code),
                     KT_COL(meetings, "date", "TEXT", r.date), KT_COL(meetings, "kind", "TEXT", r.kind),
                     KT_COL(meetings, "line", "INTEGER", std::int64_t{r.line})},
                    {{"org_id", &by_org<&Dataset::meetings_by_org>}}};
  data_table<Meeting, &Dataset::meetings>(meetings);
  defs.push_back(std::move(meetings));

  TableDef attendance{"attendance",
                      {KT_COL(attendance, "meeting_id", "TEXT", r.meeting_code),
                       KT_COL(attendance, "member_id", "TEXT", r.member_code),
                       KT_COL(attendance, "present", "INTEGER", r.present),
                       KT_COL(attendance, "excused", "INTEGER", r.excused),
                       KT_COL(attendance, "reason", "TEXT", r.reason),
                       KT_COL(attendance, "line", "INTEGER", std::int64_t{r.line})},
                      {}};
  data_table<Attendance, &Dataset::attendance>(attendance);
  defs.push_back(std::move(attendance));

  add_helper_views(defs);
  return defs;
}

#undef KT_COL

}  // namespace

const std::vector<TableDef>& table_defs() {
  static const std::vector<TableDef> defs = make_defs();
  return defs;
}

}  // namespace kiemtra::plugins::sql
