// How findings name things in their messages, in Vietnamese and English, the same way in every plugin:
// "Chi bộ Thôn 1 (CB01, Chi bộ cơ sở)", "Đảng viên Nguyễn Văn A (DV01)", "bí thư" / "secretary".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/enums.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// "Chi bộ Thôn 1 (CB01, Chi bộ cơ sở)" / "Chi bộ Thôn 1 (CB01, grassroots cell)": names usually start with their
/// kind already, so the kind comes after them.
inline std::string org_vi(const Organization& o) {
  return std::string(o.name) + " (" + std::string(o.id) + ", " + std::string(label_vi(o.kind)) + ")";
}
inline std::string org_en(const Organization& o) {
  return std::string(o.name) + " (" + std::string(o.id) + ", " + std::string(label_en(o.kind)) + ")";
}

/// "Đảng viên Nguyễn Văn A (DV01)" / "Member Nguyễn Văn A (DV01)", to start a sentence.
inline std::string member_vi(const Member& m) {
  return "Đảng viên " + std::string(m.full_name) + " (" + std::string(m.id) + ")";
}
inline std::string member_en(const Member& m) {
  return "Member " + std::string(m.full_name) + " (" + std::string(m.id) + ")";
}

/// Committee roles: "bí thư" / "secretary".
inline std::string_view role_vi(CommitteeRole r) {
  switch (r) {
    case CommitteeRole::bi_thu: return "bí thư";
    case CommitteeRole::pho_bi_thu: return "phó bí thư";
    case CommitteeRole::thuong_vu: return "ủy viên ban thường vụ";
    case CommitteeRole::cap_uy_vien: return "cấp ủy viên";
    case CommitteeRole::unknown: break;
  }
  return "không rõ";
}
inline std::string_view role_en(CommitteeRole r) {
  switch (r) {
    case CommitteeRole::bi_thu: return "secretary";
    case CommitteeRole::pho_bi_thu: return "deputy secretary";
    case CommitteeRole::thuong_vu: return "standing committee member";
    case CommitteeRole::cap_uy_vien: return "committee member";
    case CommitteeRole::unknown: break;
  }
  return "unknown";
}

/// Genders: "nam", "nữ" / "male", "female".
inline std::string_view gender_vi(Gender g) { return g == Gender::nam ? "nam" : g == Gender::nu ? "nữ" : "không rõ"; }
inline std::string_view gender_en(Gender g) {
  return g == Gender::nam ? "male" : g == Gender::nu ? "female" : "unknown";
}

/// "1 member" / "3 members", for English messages (Vietnamese nouns do not change with the number).
inline std::string count_en(std::int64_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

/// "Nguyễn Văn A (DV01), Trần Thị B (DV02)": members by code, with their names when the code resolves.
inline std::string name_members(const Dataset& data, const std::vector<std::string_view>& codes) {
  std::string out;
  for (std::string_view c : codes) {
    if (!out.empty()) out += ", ";
    const std::uint32_t m = data.find_member(c);
    out += m == kNone ? std::string(c) : std::string(data.members[m].full_name) + " (" + std::string(c) + ")";
  }
  return out;
}

KIEMTRA_NAMESPACE_END
