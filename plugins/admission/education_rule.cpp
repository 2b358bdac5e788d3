// admission/education: education below min_grade/12, or missing (warning).
#include <string>

#include "admission_common.hpp"
#include "admission_rules.hpp"

namespace kiemtra::plugins::admission {

RuleMeta EducationRule::metadata() {
  RuleMeta m;
  m.id = "admission/education";
  m.title_vi = "Trình độ học vấn của người vào Đảng";
  m.title_en = "Education of an admission candidate";
  m.description_vi =
      "Trình độ học vấn phổ thông (education, N/12) của người vào Đảng thấp hơn min_grade/12 (phân biệt: below), "
      "hoặc không ghi (missing). Vùng cao, vùng sâu, vùng đồng bào dân tộc thiểu số chỉ cần tốt nghiệp tiểu học: "
      "tỉnh có địa bàn này hạ min_grade trong hồ sơ cấu hình của mình hoặc miễn trừ phát hiện. Giá trị ghi mà không "
      "đọc được do integrity/bad-value báo, quy tắc này không báo lần nữa.";
  m.description_en =
      "The candidate's general education (education, N/12) is below min_grade/12 (discriminator below), or not "
      "recorded (missing). In remote, mountainous and ethnic-minority areas primary school suffices: a province with "
      "such areas lowers min_grade in its profile or waives the finding. A value written but unreadable is "
      "integrity/bad-value's, not reported again here.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("min_grade", 9, "Lớp tối thiểu của trình độ phổ thông (trên 12)",
                               "Minimum grade of general education (out of 12)"));
  m.editions = regulation_editions("Điểm 1.2", true);
  m.messages = {{"missing",
                 {"_candidate", "education", "min_grade"},
                 "{_candidate} không ghi trình độ học vấn; cần tối thiểu {min_grade}/12",
                 "{_candidate} records no education; at least {min_grade}/12 is required"},
                {"below",
                 {"_candidate", "education", "min_grade"},
                 "{_candidate} có trình độ học vấn {education}, thấp hơn mức tối thiểu {min_grade}/12",
                 "{_candidate} has an education of {education}, below the minimum of {min_grade}/12"}};
  return m;
}

void EducationRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, "education");
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    const Date ref = reference_date(c, ctx.as_of);
    const std::int64_t min_grade = ctx.params.at(ref).integer("min_grade");
    if (c.education >= min_grade) continue;
    if (c.education < 0 && unreadable.contains(c)) continue;
    if (c.education < 0) {
      out.emit(
          about_candidate(ctx, row, ref).with_discriminator("missing").say("missing", {candidate(row), "", min_grade}));
    } else {
      const std::string education = std::to_string(c.education) + "/12";  // the evidence: "8/12"
      out.emit(about_candidate(ctx, row, ref)
                   .with_discriminator("below")
                   .say("below", {candidate(row), education, min_grade}));
    }
  }
}

}  // namespace kiemtra::plugins::admission
