// admission/course-certificate: no course_certificate_on (error), or older than validity_months (warning).
#include "course_certificate_rule.hpp"

#include <fmt/format.h>

#include "admission_common.hpp"

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
  return m;
}

void CourseCertificateRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, "course_certificate_on");
  for (const Candidate& c : ctx.data.candidates) {
    const Date ref = reference_date(c, ctx.as_of);
    const auto validity = static_cast<int>(ctx.params.at(ref).integer("validity_months"));
    const Date cert = c.course_certificate_on;
    Finding f = candidate_finding(ctx, c, ref);
    if (!cert.valid()) {
      if (unreadable.contains(c)) continue;
      f.severity = Severity::error;
      f.discriminator = "missing";
      f.message_vi = fmt::format("{} không có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", file_vi(c));
      f.message_en = fmt::format("{} has no certificate of the course on the Party", file_en(c));
      f.evidence = {{"course_certificate_on", ""}};
    } else if (cert <= ctx.as_of && cert.plus_months(validity) < ref) {
      f.severity = Severity::warning;
      f.discriminator = "expired";
      const int age = full_months(cert, ref);
      f.message_vi = fmt::format(
          "{} có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày {}, đã {} tháng tại {}; giấy chỉ có giá trị "
          "{} tháng (đến {})",
          file_vi(c), cert.vn(), age, reference_vi(c, ref), validity, cert.plus_months(validity).vn());
      f.message_en = fmt::format(
          "{} has a certificate of the course on the Party issued on {}, {} old at {}; it is valid for {} (until {})",
          file_en(c), cert.iso(), count_en(age, "month"), reference_en(c, ref), count_en(validity, "month"),
          cert.plus_months(validity).iso());
      f.evidence = {{"course_certificate_on", cert.iso()},
                    {"reference_date", ref.iso()},
                    {"months_old", std::to_string(age)},
                    {"validity_months", std::to_string(validity)}};
    } else {
      continue;
    }
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::admission
