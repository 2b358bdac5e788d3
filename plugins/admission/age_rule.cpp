// admission/age: before the month of the min_age-th birthday at the reference date (error), or past the month of the
// max_age-th birthday (warning): both ends counted by months.
#include "admission_common.hpp"
#include "admission_rules.hpp"

namespace kiemtra::plugins::admission {

RuleMeta AgeRule::metadata() {
  RuleMeta m;
  m.id = "admission/age";
  m.title_vi = "Tuổi đời của người vào Đảng";
  m.title_en = "Age of an admission candidate";
  m.description_vi =
      "Tại ngày tham chiếu của hồ sơ (ngày chi bộ ra nghị quyết đề nghị kết nạp, nếu chưa có thì ngày tham chiếu của "
      "lần chạy), người vào Đảng chưa đủ min_age tuổi: lỗi (phân biệt: min_age). Cả hai đầu tính theo tháng, như quy "
      "định hướng dẫn (\"tính tuổi đời để kết nạp Đảng tính theo tháng\"; ví dụ sinh tháng 10/2003 thì đến tháng "
      "10/2021 mới đủ 18 tuổi): đủ min_age tuổi từ ngày đầu tiên của tháng có sinh nhật thứ min_age, nên ngày tham "
      "chiếu trước ngày đó là lỗi; ngày tham chiếu sau ngày cuối "
      "cùng của tháng có sinh nhật thứ max_age là cảnh báo (max_age), vì kết nạp người trên 60 tuổi cần có ý kiến "
      "đồng ý bằng văn bản của ban thường vụ tỉnh ủy, thành ủy và tệp dữ liệu không ghi ý kiến đó. Hồ sơ không có "
      "ngày sinh đọc được, hoặc có ngày sinh sau ngày tham chiếu, không được xét (integrity/ báo).";
  m.description_en =
      "At the candidate's reference date (the cell's resolution proposing the admission, else the run's as-of date) "
      "the candidate is not yet a full min_age: error (discriminator min_age). Both ends count by months, as the "
      "implementing regulation says (\"age for admission is counted by months\"; its example: born in October 2003, "
      "a full 18 only from October 2021): a full min_age from the first day of the month of the min_age-th "
      "birthday, so a reference date before that day is an error; a reference "
      "date after the last day of the month of the max_age-th birthday is a warning (max_age), since admitting a "
      "person over 60 needs the written consent of the province-level standing committee, which the data does not "
      "record. A file without a readable birth date, or with one after the reference date, is not judged "
      "(integrity/ reports it).";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_age", 18, "Tuổi đời tối thiểu (tròn năm)", "Minimum age (full years)"));
  m.params.push_back(param_int("max_age", 60, "Tuổi đời tối đa, tính theo tháng, không cần ý kiến của tỉnh ủy",
                               "Maximum age, counted by months, without the province-level committee's consent"));
  m.editions = regulation_editions("Điểm 1.1.1 (tuổi đời), 1.1.2 (trên 60 tuổi)", true);
  add_at_reference(m.messages,
                   {"min_age",
                    {"_candidate", "birth_date", "reference_date", "age", "min_age", "min_age_on"},
                    "{_candidate} sinh ngày {birth_date}, mới {age} tuổi tại {_at}; chưa đủ {min_age} tuổi tính "
                    "theo tháng (đủ từ ngày {min_age_on})",
                    "{_candidate} (born {birth_date}) is {age} at {_at}, not yet a full {min_age} counted by months "
                    "(a full {min_age} from {min_age_on})"});
  add_at_reference(m.messages,
                   {"max_age",
                    {"_candidate", "birth_date", "reference_date", "age", "max_age", "max_age_month_ends"},
                    "{_candidate} sinh ngày {birth_date}, đã {age} tuổi tại {_at}: quá {max_age} tuổi tính theo "
                    "tháng (tháng có sinh nhật thứ {max_age} kết thúc ngày {max_age_month_ends}); kết nạp cần có ý "
                    "kiến đồng ý bằng văn bản của ban thường vụ tỉnh ủy, thành ủy",
                    "{_candidate} (born {birth_date}) is {age} at {_at}: over {max_age} counted by months (the month "
                    "of the {max_age}th birthday ended on {max_age_month_ends}); the admission needs the written "
                    "consent of the province-level standing committee"});
  return m;
}

void AgeRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    const Date ref = reference_date(c, ctx.as_of);
    // A birth date after the reference date is integrity/date-order's, not an age.
    if (!c.birth_date.valid() || c.birth_date > ref) continue;
    const Edition& p = ctx.params.at(ref);
    const auto min_age = static_cast<int>(p.integer("min_age"));
    const auto max_age = static_cast<int>(p.integer("max_age"));
    const Date adult_on = Month::of(c.birth_date.plus_years(min_age)).first_day();
    const Date max_birthday = c.birth_date.plus_years(max_age);
    const Date last_day = Month::of(max_birthday).last_day();
    const int age = full_years(c.birth_date, ref);
    if (ref < adult_on)
      out.emit(about_candidate(ctx, row, ref)
                   .with_severity(Severity::error)
                   .with_discriminator("min_age")
                   .say(at_reference("min_age", c, ref), {candidate(row), c.birth_date, ref, age, min_age, adult_on}));
    else if (ref > last_day)
      out.emit(about_candidate(ctx, row, ref)
                   .with_severity(Severity::warning)
                   .with_discriminator("max_age")
                   .say(at_reference("max_age", c, ref), {candidate(row), c.birth_date, ref, age, max_age, last_day}));
  }
}

}  // namespace kiemtra::plugins::admission
