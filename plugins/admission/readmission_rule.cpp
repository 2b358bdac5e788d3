// admission/readmission: reference date less than min_months_since_exit months after previous_exit_on (error).
#include "admission_common.hpp"
#include "admission_rules.hpp"

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
  add_at_reference(m.messages,
                   {"too_soon",
                    {"_candidate", "previous_exit_on", "reference_date", "months_since_exit", "min_months_since_exit",
                     "_eligible_on"},
                    "{_candidate} (kết nạp lại): ra khỏi Đảng ngày {previous_exit_on}, mới {months_since_exit} tháng "
                    "tại {_at}; cần đủ {min_months_since_exit} tháng (từ ngày {_eligible_on})",
                    "{_candidate} (readmission): left the Party on {previous_exit_on}, only {months_since_exit} "
                    "{months_since_exit:month|months} before {_at}; {min_months_since_exit} "
                    "{min_months_since_exit:month|months} are required (from {_eligible_on})"});
  return m;
}

void ReadmissionRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    if (!c.readmission || !c.previous_exit_on.valid()) continue;
    const Date ref = reference_date(c, ctx.as_of);
    const auto min_months = static_cast<int>(ctx.params.at(ref).integer("min_months_since_exit"));
    const Date eligible_on = c.previous_exit_on.plus_months(min_months);
    if (ref >= eligible_on) continue;
    const int months = c.previous_exit_on <= ref ? full_months(c.previous_exit_on, ref) : 0;
    out.emit(about_candidate(ctx, row, ref)
                 .say(at_reference("too_soon", c, ref),
                      {candidate(row), c.previous_exit_on, ref, months, min_months, eligible_on}));
  }
}

}  // namespace kiemtra::plugins::admission
