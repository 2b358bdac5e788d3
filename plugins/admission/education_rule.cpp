// admission/education: education below min_grade/12, or missing (warning).
#include "education_rule.hpp"

#include <fmt/format.h>

#include "admission_common.hpp"

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
  m.editions = regulation_editions("Điểm 1.2");
  return m;
}

void EducationRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, "education");
  for (const Candidate& c : ctx.data.candidates) {
    const Date ref = reference_date(c, ctx.as_of);
    const std::int64_t min_grade = ctx.params.at(ref).integer("min_grade");
    if (c.education >= min_grade) continue;
    if (c.education < 0 && unreadable.contains(c)) continue;
    Finding f = candidate_finding(ctx, c, ref);
    if (c.education < 0) {
      f.discriminator = "missing";
      f.message_vi = fmt::format("{} không ghi trình độ học vấn; cần tối thiểu {}/12", file_vi(c), min_grade);
      f.message_en = fmt::format("{} records no education; at least {}/12 is required", file_en(c), min_grade);
      f.evidence = {{"education", ""}, {"min_grade", std::to_string(min_grade)}};
    } else {
      f.discriminator = "below";
      f.message_vi =
          fmt::format("{} có trình độ học vấn {}/12, thấp hơn mức tối thiểu {}/12", file_vi(c), c.education, min_grade);
      f.message_en =
          fmt::format("{} has an education of {}/12, below the minimum of {}/12", file_en(c), c.education, min_grade);
      f.evidence = {{"education", fmt::format("{}/12", c.education)}, {"min_grade", std::to_string(min_grade)}};
    }
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::admission
