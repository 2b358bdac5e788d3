// admission/readmission: reference date less than min_months_since_exit months after previous_exit_on, or less
// than min_months_since_record_cleared months after record_cleared_on (error).
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
      "min_months_since_exit tháng sau ngày tham chiếu). Người từng bị án hình sự về tội ít nghiêm trọng (hồ sơ ghi "
      "record_cleared_on, ngày được xóa án tích) cần thêm min_months_since_record_cleared tháng (60) tính từ ngày "
      "được xóa án tích, không phải từ ngày ra khỏi Đảng (điểm 3.5 của 29/24/232/294-QĐ/TW; độ tin cậy cao). Hồ sơ "
      "kết nạp lại không ghi ngày ra khỏi Đảng và không ghi ngày xóa án tích không được xét (không đo được thời "
      "gian).";
  m.description_en =
      "A readmission file (readmission) whose reference date (the cell's resolution, else the run's as-of date) is "
      "less than min_months_since_exit months after the person left (previous_exit_on; exit + "
      "min_months_since_exit months after the reference date). A person once sentenced for a minor criminal offence "
      "(the file gives record_cleared_on, the day the record was cleared) also needs "
      "min_months_since_record_cleared months (60) from that day, not from leaving the Party (point 3.5 of "
      "29/24/232/294-QĐ/TW; confidence high). A readmission file with neither an exit date nor a record-cleared "
      "date is not judged (there is nothing to measure).";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_months_since_exit", 36, "Số tháng tối thiểu từ khi ra khỏi Đảng",
                               "Minimum months since leaving the Party"));
  m.params.push_back(param_int("min_months_since_record_cleared", 60,
                               "Số tháng tối thiểu từ ngày được xóa án tích (tội ít nghiêm trọng)",
                               "Minimum months since the criminal record was cleared (minor offence)"));
  m.editions = regulation_editions("Điểm 3.5", true);
  add_at_reference(m.messages,
                   {"too_soon",
                    {"_candidate", "previous_exit_on", "reference_date", "months_since_exit", "min_months_since_exit",
                     "_eligible_on"},
                    "{_candidate} (kết nạp lại): ra khỏi Đảng ngày {previous_exit_on}, mới {months_since_exit} tháng "
                    "tại {_at}; cần đủ {min_months_since_exit} tháng (từ ngày {_eligible_on})",
                    "{_candidate} (readmission): left the Party on {previous_exit_on}, only {months_since_exit} "
                    "{months_since_exit:month|months} before {_at}; {min_months_since_exit} "
                    "{min_months_since_exit:month|months} are required (from {_eligible_on})"});
  add_at_reference(m.messages,
                   {"too_soon_record_cleared",
                    {"_candidate", "record_cleared_on", "reference_date", "months_since_record_cleared",
                     "min_months_since_record_cleared", "_eligible_on"},
                    "{_candidate} (kết nạp lại sau án hình sự về tội ít nghiêm trọng): được xóa án tích ngày "
                    "{record_cleared_on}, mới {months_since_record_cleared} tháng tại {_at}; cần đủ "
                    "{min_months_since_record_cleared} tháng kể từ ngày xóa án tích (từ ngày {_eligible_on})",
                    "{_candidate} (readmission after a minor criminal offence): the record was cleared on "
                    "{record_cleared_on}, only {months_since_record_cleared} "
                    "{months_since_record_cleared:month|months} before {_at}; {min_months_since_record_cleared} "
                    "{min_months_since_record_cleared:month|months} from the clearing are required (from "
                    "{_eligible_on})"});
  return m;
}

void ReadmissionRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    if (!c.readmission) continue;
    const Date ref = reference_date(c, ctx.as_of);
    const Edition& p = ctx.params.at(ref);
    // Both periods run; each one short is its own finding (they are different papers to check).
    if (c.previous_exit_on.valid()) {
      const auto min_months = static_cast<int>(p.integer("min_months_since_exit"));
      const Date eligible_on = c.previous_exit_on.plus_months(min_months);
      if (ref < eligible_on) {
        const int months = c.previous_exit_on <= ref ? full_months(c.previous_exit_on, ref) : 0;
        out.emit(about_candidate(ctx, row, ref)
                     .say(at_reference("too_soon", c, ref),
                          {candidate(row), c.previous_exit_on, ref, months, min_months, eligible_on}));
      }
    }
    if (c.record_cleared_on.valid()) {
      const auto min_months = static_cast<int>(p.integer("min_months_since_record_cleared"));
      const Date eligible_on = c.record_cleared_on.plus_months(min_months);
      if (ref < eligible_on) {
        const int months = c.record_cleared_on <= ref ? full_months(c.record_cleared_on, ref) : 0;
        out.emit(about_candidate(ctx, row, ref)
                     .with_discriminator("record_cleared")
                     .say(at_reference("too_soon_record_cleared", c, ref),
                          {candidate(row), c.record_cleared_on, ref, months, min_months, eligible_on}));
      }
    }
  }
}

}  // namespace kiemtra::plugins::admission
