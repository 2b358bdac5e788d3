// admission/readmission: reference date less than min_months_since_exit months after previous_exit_on (error).
#include "readmission_rule.hpp"

#include <fmt/format.h>

#include "admission_common.hpp"

namespace kiemtra::plugins::admission {

RuleMeta ReadmissionRule::metadata() {
  RuleMeta m;
  m.id = "admission/readmission";
  m.title_vi = "Thời gian từ khi ra khỏi Đảng đến khi xét kết nạp lại";
  m.title_en = "Time between leaving the Party and readmission";
  m.description_vi =
      "Hồ sơ kết nạp lại (readmission) có ngày tham chiếu (ngày nghị quyết của chi bộ, nếu chưa có thì ngày tham "
      "chiếu của lần chạy) chưa đủ min_months_since_exit tháng sau ngày ra khỏi Đảng (previous_exit_on; ngày ra + "
      "min_months_since_exit tháng sau ngày tham chiếu). Người từng bị án hình sự về tội ít nghiêm trọng cần 60 "
      "tháng: dữ liệu không ghi điều đó, tỉnh đặt tham số hoặc xét riêng. Hồ sơ kết nạp lại không ghi ngày ra khỏi "
      "Đảng không được xét (không đo được thời gian).";
  m.description_en =
      "A readmission file (readmission) whose reference date (the cell's resolution, else the run's as-of date) is "
      "less than min_months_since_exit months after the person left (previous_exit_on; exit + "
      "min_months_since_exit months after the reference date). A person with a cleared record of a minor criminal "
      "offence needs 60 months: the data does not record that, so set the parameter or judge those files apart. A "
      "readmission file without an exit date is not judged (there is nothing to measure).";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_months_since_exit", 36, "Số tháng tối thiểu từ khi ra khỏi Đảng",
                               "Minimum months since leaving the Party"));
  m.editions = regulation_editions("Điểm 3.5");
  return m;
}

void ReadmissionRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const Candidate& c : ctx.data.candidates) {
    if (!c.readmission || !c.previous_exit_on.valid()) continue;
    const Date ref = reference_date(c, ctx.as_of);
    const auto min_months = static_cast<int>(ctx.params.at(ref).integer("min_months_since_exit"));
    const Date eligible_on = c.previous_exit_on.plus_months(min_months);
    if (ref >= eligible_on) continue;
    const int months = c.previous_exit_on <= ref ? full_months(c.previous_exit_on, ref) : 0;
    Finding f = candidate_finding(ctx, c, ref);
    f.message_vi =
        fmt::format("{} (kết nạp lại): ra khỏi Đảng ngày {}, mới {} tháng tại {}; cần đủ {} tháng (từ ngày {})",
                    file_vi(c), c.previous_exit_on.vn(), months, reference_vi(c, ref), min_months, eligible_on.vn());
    f.message_en = fmt::format("{} (readmission): left the Party on {}, only {} before {}; {} are required (from {})",
                               file_en(c), c.previous_exit_on.iso(), count_en(months, "month"), reference_en(c, ref),
                               count_en(min_months, "month"), eligible_on.iso());
    f.evidence = {{"previous_exit_on", c.previous_exit_on.iso()},
                  {"reference_date", ref.iso()},
                  {"months_since_exit", std::to_string(months)},
                  {"min_months_since_exit", std::to_string(min_months)}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::admission
