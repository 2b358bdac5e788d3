// Finding builders: a finding about an organization, a member, a candidate, a payment, a committee seat, a
// transfer, an event or a row of a file, with the subject, the organization it belongs to and the citation
// filled in. A rule then says which message: `out.emit(about_member(ctx, row).say("key", {...}))`.
#pragma once

#include <cstdint>

#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"
#include "kiemtra/rule.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

namespace detail {
inline Finding subject(const RunContext& ctx, SubjectKind kind, std::uint32_t row, std::uint32_t org, Date cited_at) {
  Finding f;
  f.subject_kind = kind;
  f.subject = row;
  f.org = org;
  f.edition = ctx.edition_at(cited_at.valid() ? cited_at : ctx.as_of);
  return f;
}
}  // namespace detail

/// A finding about organization row `org`, citing the edition in force on `cited_at` (default: the as-of date).
inline Finding about_org(const RunContext& ctx, std::uint32_t org, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::organization, org, org, cited_at);
}

/// A finding about member row `member`; it belongs to the member's organization.
inline Finding about_member(const RunContext& ctx, std::uint32_t member, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::member, member, ctx.data.members[member].org, cited_at);
}

/// A finding about admission candidate row `candidate`; it belongs to the proposing cell.
inline Finding about_candidate(const RunContext& ctx, std::uint32_t candidate, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::candidate, candidate, ctx.data.candidates[candidate].org, cited_at);
}

/// A finding about member row `member`'s payments for `month` (subject "DV01/2024-02"), located at the first
/// payment row `first` when there is one, citing the edition in force on the month's first day.
inline Finding about_payment(const RunContext& ctx, std::uint32_t member, Month month, const Payment* first = nullptr) {
  Finding f = detail::subject(ctx, SubjectKind::payment, member, ctx.data.members[member].org, month.first_day());
  f.month = month;
  if (first) f.at(TableId::dues, ctx.data.dues_line(*first));
  return f;
}

/// A finding about committees.csv row `seat` (subject: the member's code; told apart by term and role).
inline Finding about_seat(const RunContext& ctx, std::uint32_t seat, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::committee_seat, seat, ctx.data.committees[seat].org, cited_at);
}

/// A finding about transfers.csv row `transfer` (subject: the member's code; told apart by the issue date).
inline Finding about_transfer(const RunContext& ctx, std::uint32_t transfer, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::transfer, transfer, ctx.data.transfers[transfer].org, cited_at);
}

/// A finding about events.csv row `event`.
inline Finding about_event(const RunContext& ctx, std::uint32_t event, Date cited_at = {}) {
  return detail::subject(ctx, SubjectKind::event, event, ctx.data.events[event].org, cited_at);
}

/// A finding about one place of a file: table, line and column (subject "members.csv:12"); `org` is the
/// organization the row belongs to, when known.
inline Finding about_row(const RunContext& ctx, TableId table, std::uint32_t line, std::uint32_t column,
                         std::uint32_t org = kNone) {
  Finding f = detail::subject(ctx, SubjectKind::row, kNone, org, {});
  f.at(table, line, column);
  return f;
}

KIEMTRA_NAMESPACE_END
