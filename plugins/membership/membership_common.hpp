// What the membership rules share: dates that exist at the as-of date, the editions of the regulations they cite,
// the end of probation, and the finding about a member.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../shared/implementing_regulation.hpp"

namespace kiemtra::plugins::membership {

/// A date the run may use: valid and not after the as-of date (nothing after it exists yet).
inline Date existing(Date d, Date as_of) { return d.valid() && d <= as_of ? d : Date{}; }

/// The description of probation_months, shared by the rules that compute the end of probation.
inline ParamSpec probation_months_param() {
  return param_int("probation_months", 12, "Thời gian dự bị, tính bằng tháng (Điều lệ Đảng, Điều 5)",
                   "Length of probation in months (Party Charter, Art. 5)");
}

/// The end of probation: admitted_on + probation_months, the same day of the month (clamped to the month's end),
/// with the length of the edition in force on the admission date. The official date is exactly this day.
inline Date probation_end(const RunContext& ctx, const Member& m) {
  const auto months = static_cast<int>(ctx.params.at(m.admitted_on).integer("probation_months"));
  return m.admitted_on.plus_months(months);
}

/// A finding about a member: it belongs to the member's cell (the dataset root when unresolved) and cites the
/// edition in force on `fact`, the date of the fact it judges.
inline Finding member_finding(const RunContext& ctx, const Member& m, Date fact) {
  Finding f;
  f.severity = ctx.severity;
  f.citation = ctx.params.at(fact).citation;
  f.org = m.org;
  f.subject_kind = SubjectKind::member;
  f.subject_id = std::string(m.id);
  f.subject_name = std::string(m.full_name);
  return f;
}

}  // namespace kiemtra::plugins::membership
