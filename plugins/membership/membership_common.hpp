// What the membership rules share: the editions of the regulations they cite and the end of probation.
#pragma once

#include <kiemtra/sdk.hpp>

#include "../shared/implementing_regulation.hpp"

namespace kiemtra::plugins::membership {

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

}  // namespace kiemtra::plugins::membership
