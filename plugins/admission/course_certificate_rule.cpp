// admission/course-certificate: no course_certificate_on (error), or older than validity_months (warning).
#include "admission_common.hpp"
#include "admission_rules.hpp"

namespace kiemtra::plugins::admission {
namespace {

/// The regulation that requires the course (a condition of admission), with the guidance on the admission file in
/// force beside it: Hướng dẫn 12-HD/BTCTW (2012) under 45-QĐ/TW, 01-HD/TW of 20/9/2016, 01-HD/TW of 28/9/2021, 06-HD/TW
/// of 09/6/2025 (the 2021 guidance's successor, under 232-QĐ/TW and then 294-QĐ/TW; its date from two secondary
/// sources, confidence medium). Each
/// change of either document starts an edition, so a finding cites the pair in force at the file's reference date.
std::vector<Edition> certificate_editions() {
  struct Pair {
    Date from;
    const char* regulation;
    const char* guidance;
  };
  const Pair pairs[] = {
      {Date::from_ymd(2011, 11, 1), "Quy định 45-QĐ/TW (01/11/2011)", "Hướng dẫn 12-HD/BTCTW (2012)"},
      {Date::from_ymd(2016, 7, 25), "Quy định 29-QĐ/TW (25/7/2016)", "Hướng dẫn 12-HD/BTCTW (2012)"},
      {Date::from_ymd(2016, 9, 20), "Quy định 29-QĐ/TW (25/7/2016)", "Hướng dẫn 01-HD/TW (20/9/2016)"},
      {Date::from_ymd(2021, 7, 30), "Quy định 24-QĐ/TW (30/7/2021)", "Hướng dẫn 01-HD/TW (20/9/2016)"},
      {Date::from_ymd(2021, 9, 28), "Quy định 24-QĐ/TW (30/7/2021)", "Hướng dẫn 01-HD/TW (28/9/2021)"},
      {Date::from_ymd(2025, 1, 20), "Quy định 232-QĐ/TW (20/01/2025)", "Hướng dẫn 01-HD/TW (28/9/2021)"},
      {Date::from_ymd(2025, 6, 9), "Quy định 232-QĐ/TW (20/01/2025)", "Hướng dẫn 06-HD/TW (09/6/2025)"},
      {Date::from_ymd(2025, 7, 1), "Quy định 294-QĐ/TW (26/5/2025)", "Hướng dẫn 06-HD/TW (09/6/2025)"}};
  std::vector<Edition> e;
  for (const Pair& p : pairs)
    e.push_back({p.from,
                 {p.regulation, std::string("học lớp bồi dưỡng nhận thức về Đảng (điều kiện kết nạp); ") + p.guidance +
                                    ", hồ sơ kết nạp: giấy chứng nhận"},
                 {}});
  return e;
}

}  // namespace

RuleMeta CourseCertificateRule::metadata() {
  RuleMeta m;
  m.id = "admission/course-certificate";
  m.title_vi = "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng";
  m.title_en = "Certificate of the course on the Party";
  m.description_vi =
      "Hồ sơ kết nạp không có ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (course_certificate_on): lỗi "
      "(phân biệt: missing); giấy cấp hơn validity_months tháng trước ngày tham chiếu của hồ sơ (ngày cấp + "
      "validity_months tháng trước ngày tham chiếu; đúng validity_months tháng vẫn còn giá trị): cảnh báo (expired). "
      "Thời hạn giá trị của giấy chưa được kiểm chứng trong văn bản, nên là tham số (mặc định 60 tháng, độ tin cậy "
      "thấp). Phiên bản theo ngày tham chiếu của hồ sơ: quy định thi hành Điều lệ đang có hiệu lực (45-QĐ/TW 2011, "
      "29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW) cùng hướng dẫn về hồ sơ kết nạp (12-HD/BTCTW 2012, ngày chưa xác "
      "minh; 01-HD/TW 20/9/2016; 01-HD/TW 28/9/2021; 06-HD/TW 09/6/2025, hướng dẫn thi hành Điều lệ thay 01-HD/TW "
      "2021, ngày theo hai nguồn thứ cấp), số điểm chưa xác minh (độ tin cậy vừa). Ngày ghi mà không đọc "
      "được, hoặc sau ngày tham chiếu của lần chạy, do integrity/ báo.";
  m.description_en =
      "The admission file has no date of the certificate of the course on the Party (course_certificate_on): error "
      "(discriminator missing); a certificate issued more than validity_months before the file's reference date "
      "(issue date + validity_months months before it; exactly validity_months is still valid): warning (expired). "
      "The validity period is not verified in the texts, hence a parameter (default 60 months, low confidence). "
      "Editions by the file's reference date: the regulation implementing the Charter then in force (45-QĐ/TW 2011, "
      "29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW) with the guidance on the admission file (12-HD/BTCTW 2012, its date "
      "unconfirmed; 01-HD/TW of 20/9/2016; 01-HD/TW of 28/9/2021; 06-HD/TW of 09/6/2025, the guidance on the "
      "Charter that succeeded 01-HD/TW 2021, its date from two secondary sources); point numbers unconfirmed "
      "(medium confidence). A "
      "date written but unreadable, or after the run's as-of date, is integrity/'s to report.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("validity_months", 60, "Thời hạn giá trị của giấy chứng nhận (tháng)",
                               "Validity of the certificate (months)"));
  m.editions = certificate_editions();
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
