// admission/course-certificate: no course_certificate_on (error), or older than validity_months (warning).
#include "admission_common.hpp"
#include "admission_rules.hpp"

namespace kiemtra::plugins::admission {

RuleMeta CourseCertificateRule::metadata() {
  RuleMeta m;
  m.id = "admission/course-certificate";
  m.title_vi = "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng";
  m.title_en = "Certificate of the course on the Party";
  m.description_vi =
      "Hồ sơ kết nạp không có ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (course_certificate_on): lỗi "
      "(phân biệt: missing); giấy cấp hơn validity_months tháng trước ngày tham chiếu của hồ sơ (ngày cấp + "
      "validity_months tháng trước ngày tham chiếu; đúng validity_months tháng vẫn còn giá trị): cảnh báo (expired). "
      "Thời hạn giá trị của giấy chưa được kiểm chứng trong văn bản, nên là tham số. Ngày ghi mà không đọc được, hoặc "
      "sau ngày tham chiếu của lần chạy, do integrity/ báo.";
  m.description_en =
      "The admission file has no date of the certificate of the course on the Party (course_certificate_on): error "
      "(discriminator missing); a certificate issued more than validity_months before the file's reference date "
      "(issue date + validity_months months before it; exactly validity_months is still valid): warning (expired). "
      "The validity period is not verified in the texts, hence a parameter. A date written but unreadable, or after "
      "the run's as-of date, is integrity/'s to report.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("validity_months", 60, "Thời hạn giá trị của giấy chứng nhận (tháng)",
                               "Validity of the certificate (months)"));
  m.editions = regulation_editions("hồ sơ kết nạp: giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng");
  m.messages = {{"missing",
                 {"_candidate", "course_certificate_on"},
                 "{_candidate} không có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
                 "{_candidate} has no certificate of the course on the Party"}};
  add_at_reference(
      m.messages,
      {"expired",
       {"_candidate", "course_certificate_on", "reference_date", "months_old", "validity_months", "_valid_until"},
       "{_candidate} có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày {course_certificate_on}, "
       "đã {months_old} tháng tại {_at}; giấy chỉ có giá trị {validity_months} tháng (đến {_valid_until})",
       "{_candidate} has a certificate of the course on the Party issued on {course_certificate_on}, "
       "{months_old} {months_old:month|months} old at {_at}; it is valid for {validity_months} "
       "{validity_months:month|months} (until {_valid_until})"});
  return m;
}

void CourseCertificateRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, "course_certificate_on");
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    const Date ref = reference_date(c, ctx.as_of);
    const auto validity = static_cast<int>(ctx.params.at(ref).integer("validity_months"));
    const Date cert = c.course_certificate_on;
    if (!cert.valid()) {
      if (unreadable.contains(c)) continue;
      out.emit(about_candidate(ctx, row, ref)
                   .with_severity(Severity::error)
                   .with_discriminator("missing")
                   .say("missing", {candidate(row), cert}));
    } else if (cert <= ctx.as_of && cert.plus_months(validity) < ref) {
      out.emit(about_candidate(ctx, row, ref)
                   .with_severity(Severity::warning)
                   .with_discriminator("expired")
                   .say(at_reference("expired", c, ref),
                        {candidate(row), cert, ref, full_months(cert, ref), validity, cert.plus_months(validity)}));
    }
  }
}

}  // namespace kiemtra::plugins::admission
