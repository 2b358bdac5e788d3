// Labels shared by the report formats (severities, rule families, subject kinds, counts) in Vietnamese and
// English, and parameter values as text.
#include <fmt/format.h>

#include <string_view>
#include <type_traits>

#include "report/report_model.hpp"
#include "report/run_report.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core {

std::string severity_label(Severity s, const std::string& lang) {
  const bool en = lang == "en";
  switch (s) {
    case Severity::error: return en ? "error" : "lỗi";
    case Severity::warning: return en ? "warning" : "cảnh báo";
    case Severity::info: return en ? "info" : "thông tin";
  }
  return "?";
}

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
    out += format_count(static_cast<std::int64_t>(n), lang) + " " + severity_label(s, lang);
    if (en && n > 1 && s != Severity::info) out += "s";
  }
  return out.empty() ? (en ? "no findings" : "không có phát hiện") : out;
}


namespace {
std::string number(double v) {
  std::string s = fmt::format("{}", v);
  return s;
}
}  // namespace

std::string format_param_value(const ParamValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          return number(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, Date>) {
          return v.iso();
        } else if constexpr (std::is_same_v<T, std::vector<std::int64_t>>) {
          return fmt::format("[{}]", fmt::join(v, ", "));
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          return fmt::format("[{}]", fmt::join(v, ", "));
        } else {
          std::string out = "{";
          for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + v[i].first + ": " + number(v[i].second);
          return out + "}";
        }
      },
      value);
}

}  // namespace kiemtra::core
