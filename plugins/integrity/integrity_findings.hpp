// Builders shared by the integrity rules: the subject fields of a finding and the wording of dates and people.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <string>
#include <string_view>

namespace kiemtra::plugins::integrity {

/// The file part of a path ("data/members.csv" -> "members.csv"): locations and subjects must not
/// depend on where the dataset lies, or fingerprints would change when it moves.
inline std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// A finding with the rule's severity and the citation of the edition in force at the as-of date.
inline Finding base_finding(const RunContext& ctx) {
  Finding f;
  f.severity = ctx.severity;
  f.citation = ctx.current().citation;
  return f;
}

/// A finding about a member row; it belongs to the member's cell (the dataset root when unresolved).
inline Finding member_finding(const RunContext& ctx, const Member& m) {
  Finding f = base_finding(ctx);
  f.org = m.org;
  f.subject_kind = SubjectKind::member;
  f.subject_id = std::string(m.id);
  f.subject_name = std::string(m.full_name);
  return f;
}

/// A finding about an admission candidate; it belongs to the proposing cell.
inline Finding candidate_finding(const RunContext& ctx, const Candidate& c) {
  Finding f = base_finding(ctx);
  f.org = c.org;
  f.subject_kind = SubjectKind::candidate;
  f.subject_id = std::string(c.id);
  f.subject_name = std::string(c.full_name);
  return f;
}

/// A finding about an organization row.
inline Finding org_finding(const RunContext& ctx, std::uint32_t org) {
  const Organization& o = ctx.data.organizations[org];
  Finding f = base_finding(ctx);
  f.org = org;
  f.subject_kind = SubjectKind::organization;
  f.subject_id = std::string(o.id);
  f.subject_name = std::string(o.name);
  return f;
}

/// A finding about one value of one row: subject "<file>:<line>", location "<file>:<line>:<column>",
/// discriminator the column's name.
inline Finding row_finding(const RunContext& ctx, std::string_view file, std::uint32_t line, std::uint32_t column,
                           std::string_view column_name, std::uint32_t org) {
  Finding f = base_finding(ctx);
  f.org = org;
  f.subject_kind = SubjectKind::row;
  f.subject_id = fmt::format("{}:{}", file_name(file), line);
  f.location = fmt::format("{}:{}:{}", file_name(file), line, column);
  f.discriminator = std::string(column_name);
  return f;
}

}  // namespace kiemtra::plugins::integrity
