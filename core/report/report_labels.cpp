// Labels of rule families and subject kinds, in Vietnamese and English.
#include <string_view>

#include "report/report_model.hpp"

namespace kiemtra::core {

std::string family_label(const std::string& family, const std::string& lang) {
  struct Entry {
    std::string_view id, vi, en;
  };
  static constexpr Entry kFamilies[] = {
      {"integrity", "Toàn vẹn dữ liệu", "Data integrity"}, {"structure", "Cơ cấu tổ chức", "Organization structure"},
      {"membership", "Đảng viên", "Membership"},           {"dues", "Đảng phí", "Party dues"},
      {"admission", "Kết nạp đảng viên", "Admission"},     {"congress", "Đại hội", "Congress"},
      {"engine", "Vận hành kiểm tra", "Validation run"},
  };
  for (const auto& e : kFamilies)
    if (e.id == family) return std::string(lang == "en" ? e.en : e.vi);
  return family;
}

std::string subject_kind_label(SubjectKind kind, const std::string& lang) {
  const bool en = lang == "en";
  switch (kind) {
    case SubjectKind::organization: return en ? "organization" : "tổ chức";
    case SubjectKind::member: return en ? "member" : "đảng viên";
    case SubjectKind::candidate: return en ? "candidate" : "hồ sơ kết nạp";
    case SubjectKind::payment: return en ? "dues payment" : "lượt đóng đảng phí";
    case SubjectKind::committee_seat: return en ? "committee seat" : "ghế cấp ủy";
    case SubjectKind::transfer: return en ? "transfer" : "chuyển sinh hoạt";
    case SubjectKind::event: return en ? "event" : "sự kiện";
    case SubjectKind::row: return en ? "data row" : "dòng dữ liệu";
  }
  return "?";
}

std::string counts_label(const SeverityCounts& c, const std::string& lang) {
  const bool en = lang == "en";
  std::string out;
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t n = c[static_cast<int>(s)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + severity_label(s, lang);
    if (en && n > 1 && s != Severity::info) out += "s";
  }
  return out.empty() ? (en ? "no findings" : "không có phát hiện") : out;
}

}  // namespace kiemtra::core
