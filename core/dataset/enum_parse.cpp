// The labels each enumeration accepts besides its code (docs/dataset.md lists them).
#include "dataset/enum_parse.hpp"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

// Labels are folded once (NFC, case fold) so input is compared after the same folding.
// "Uỷ"/"Ủy" and "kỉ"/"kỷ" are both listed: old and new tone placement are different code points.
template <class E>
class Choices {
 public:
  Choices(std::initializer_list<std::pair<const char*, E>> labels) {
    std::string scratch;
    for (const auto& [label, value] : labels) entries_.emplace_back(std::string(fold_key(label, scratch)), value);
  }
  bool find(std::string_view s, E& out) const {
    // Most values are short ASCII codes ("nam", "chinh_thuc"): fold them on the stack.
    char buf[48];
    std::string scratch;
    std::string_view key;
    if (s.size() <= sizeof buf && is_ascii(s)) {
      std::size_t n = 0;
      for (char c : s) {
        if (c == '\t') c = ' ';
        if (c == ' ' && (n == 0 || buf[n - 1] == ' ')) continue;
        buf[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      while (n > 0 && buf[n - 1] == ' ') --n;
      key = {buf, n};
    } else {
      key = fold_key(s, scratch);
    }
    for (const auto& [k, v] : entries_)
      if (k == key) {
        out = v;
        return true;
      }
    return false;
  }

 private:
  std::vector<std::pair<std::string, E>> entries_;
};

}  // namespace

bool parse_choice(std::string_view s, OrgKind& out) {
  using K = OrgKind;
  static const Choices<K> c{
      {"cap_tren_co_so", K::cap_tren_co_so},
      {"Cấp trên cơ sở", K::cap_tren_co_so},
      {"Đảng bộ cấp trên cơ sở", K::cap_tren_co_so},
      {"dang_bo_co_so", K::dang_bo_co_so},
      {"Đảng bộ cơ sở", K::dang_bo_co_so},
      {"chi_bo_co_so", K::chi_bo_co_so},
      {"Chi bộ cơ sở", K::chi_bo_co_so},
      {"dang_bo_bo_phan", K::dang_bo_bo_phan},
      {"Đảng bộ bộ phận", K::dang_bo_bo_phan},
      {"chi_bo_truc_thuoc", K::chi_bo_truc_thuoc},
      {"Chi bộ trực thuộc", K::chi_bo_truc_thuoc},
      {"to_dang", K::to_dang},
      {"Tổ đảng", K::to_dang},
  };
  return c.find(s, out);
}

bool parse_choice(std::string_view s, Gender& out) {
  static const Choices<Gender> c{
      {"nam", Gender::nam}, {"m", Gender::nam}, {"nu", Gender::nu}, {"Nữ", Gender::nu}, {"f", Gender::nu}};
  return c.find(s, out);
}

bool parse_choice(std::string_view s, MemberStatus& out) {
  using S = MemberStatus;
  static const Choices<S> c{
      {"chinh_thuc", S::chinh_thuc}, {"Chính thức", S::chinh_thuc}, {"du_bi", S::du_bi}, {"Dự bị", S::du_bi}};
  return c.find(s, out);
}

bool parse_choice(std::string_view s, DuesCategory& out) {
  using D = DuesCategory;
  static const Choices<D> c{
      {"luong", D::luong},
      {"Lương", D::luong},
      {"huu_tri", D::huu_tri},
      {"Hưu trí", D::huu_tri},
      {"hoc_sinh_sinh_vien", D::hoc_sinh_sinh_vien},
      {"Học sinh, sinh viên", D::hoc_sinh_sinh_vien},
      {"Học sinh sinh viên", D::hoc_sinh_sinh_vien},
      {"nong_dan", D::nong_dan},
      {"Nông dân", D::nong_dan},
      {"tu_do", D::tu_do},
      {"Tự do", D::tu_do},
      {"nuoc_ngoai", D::nuoc_ngoai},
      {"Nước ngoài", D::nuoc_ngoai},
  };
  return c.find(s, out);
}

bool parse_choice(std::string_view s, CommitteeRole& out) {
  using R = CommitteeRole;
  static const Choices<R> c{
      {"bi_thu", R::bi_thu},
      {"Bí thư", R::bi_thu},
      {"pho_bi_thu", R::pho_bi_thu},
      {"Phó Bí thư", R::pho_bi_thu},
      {"thuong_vu", R::thuong_vu},
      {"Thường vụ", R::thuong_vu},
      {"Ủy viên Ban Thường vụ", R::thuong_vu},
      {"Uỷ viên Ban Thường vụ", R::thuong_vu},
      {"Ủy viên Thường vụ", R::thuong_vu},
      {"Uỷ viên Thường vụ", R::thuong_vu},
      {"cap_uy_vien", R::cap_uy_vien},
      {"Cấp ủy viên", R::cap_uy_vien},
      {"Cấp uỷ viên", R::cap_uy_vien},
      {"Ủy viên", R::cap_uy_vien},
      {"Uỷ viên", R::cap_uy_vien},
  };
  return c.find(s, out);
}

bool parse_choice(std::string_view s, TransferDirection& out) {
  using T = TransferDirection;
  static const Choices<T> c{{"di", T::di},   {"Đi", T::di},   {"Chuyển đi", T::di},
                            {"den", T::den}, {"Đến", T::den}, {"Chuyển đến", T::den}};
  return c.find(s, out);
}

bool parse_choice(std::string_view s, TransferKind& out) {
  using T = TransferKind;
  static const Choices<T> c{{"chinh_thuc", T::chinh_thuc},
                            {"Chính thức", T::chinh_thuc},
                            {"Sinh hoạt chính thức", T::chinh_thuc},
                            {"Chuyển sinh hoạt chính thức", T::chinh_thuc},
                            {"tam_thoi", T::tam_thoi},
                            {"Tạm thời", T::tam_thoi},
                            {"Sinh hoạt tạm thời", T::tam_thoi},
                            {"Chuyển sinh hoạt tạm thời", T::tam_thoi}};
  return c.find(s, out);
}

bool parse_choice(std::string_view s, QualityRating& out) {
  using R = QualityRating;
  // The four levels as the year-end lists write them, with and without "nhiệm vụ".
  static const Choices<R> c{
      {"xuat_sac", R::xuat_sac},
      {"Hoàn thành xuất sắc nhiệm vụ", R::xuat_sac},
      {"Hoàn thành xuất sắc", R::xuat_sac},
      {"Xuất sắc", R::xuat_sac},
      {"tot", R::tot},
      {"Hoàn thành tốt nhiệm vụ", R::tot},
      {"Hoàn thành tốt", R::tot},
      {"Tốt", R::tot},
      {"hoan_thanh", R::hoan_thanh},
      {"Hoàn thành nhiệm vụ", R::hoan_thanh},
      {"Hoàn thành", R::hoan_thanh},
      {"khong_hoan_thanh", R::khong_hoan_thanh},
      {"Không hoàn thành nhiệm vụ", R::khong_hoan_thanh},
      {"Không hoàn thành", R::khong_hoan_thanh},
  };
  return c.find(s, out);
}

bool parse_choice(std::string_view s, MeetingKind& out) {
  using K = MeetingKind;
  // Minutes books say "định kỳ" as often as the Charter's "thường kỳ" (thường lệ).
  static const Choices<K> c{
      {"thuong_ky", K::thuong_ky},
      {"Thường kỳ", K::thuong_ky},
      {"Thường kì", K::thuong_ky},
      {"Sinh hoạt thường kỳ", K::thuong_ky},
      {"Thường lệ", K::thuong_ky},
      {"Định kỳ", K::thuong_ky},
      {"Định kì", K::thuong_ky},
      {"Sinh hoạt định kỳ", K::thuong_ky},
      {"chuyen_de", K::chuyen_de},
      {"Chuyên đề", K::chuyen_de},
      {"Sinh hoạt chuyên đề", K::chuyen_de},
  };
  return c.find(s, out);
}

bool parse_choice(std::string_view s, EventKind& out) {
  using K = EventKind;
  static const Choices<K> c{
      {"the_dang_vien", K::the_dang_vien},
      {"Thẻ đảng viên", K::the_dang_vien},
      {"huy_hieu_de_nghi", K::huy_hieu_de_nghi},
      {"Đề nghị Huy hiệu Đảng", K::huy_hieu_de_nghi},
      {"Huy hiệu Đảng", K::huy_hieu_de_nghi},
      {"kiem_tra_to_chuc", K::kiem_tra_to_chuc},
      {"Kiểm tra tổ chức", K::kiem_tra_to_chuc},
      {"Kiểm tra tổ chức đảng", K::kiem_tra_to_chuc},
      {"kiem_tra_dang_vien", K::kiem_tra_dang_vien},
      {"Kiểm tra đảng viên", K::kiem_tra_dang_vien},
      {"giam_sat", K::giam_sat},
      {"Giám sát", K::giam_sat},
      {"kiem_tra_dang_phi", K::kiem_tra_dang_phi},
      {"Kiểm tra đảng phí", K::kiem_tra_dang_phi},
      {"kiem_tra_thi_hanh_ky_luat", K::kiem_tra_thi_hanh_ky_luat},
      {"Kiểm tra thi hành kỷ luật", K::kiem_tra_thi_hanh_ky_luat},
      {"Kiểm tra thi hành kỉ luật", K::kiem_tra_thi_hanh_ky_luat},
      {"ky_luat", K::ky_luat},
      {"Kỷ luật", K::ky_luat},
      {"Kỉ luật", K::ky_luat},
      {"tu_tran", K::tu_tran},
      {"Từ trần", K::tu_tran},
      {"Đã từ trần", K::tu_tran},
      {"Qua đời", K::tu_tran},
  };
  return c.find(s, out);
}

std::string_view choice_codes(OrgKind) {
  return "cap_tren_co_so, dang_bo_co_so, chi_bo_co_so, dang_bo_bo_phan, chi_bo_truc_thuoc, to_dang";
}
std::string_view choice_codes(Gender) { return "nam, nu"; }
std::string_view choice_codes(MemberStatus) { return "du_bi, chinh_thuc"; }
std::string_view choice_codes(DuesCategory) {
  return "luong, huu_tri, hoc_sinh_sinh_vien, nong_dan, tu_do, nuoc_ngoai";
}
std::string_view choice_codes(CommitteeRole) { return "bi_thu, pho_bi_thu, thuong_vu, cap_uy_vien"; }
std::string_view choice_codes(TransferDirection) { return "di, den"; }
std::string_view choice_codes(TransferKind) { return "chinh_thuc, tam_thoi"; }
std::string_view choice_codes(QualityRating) { return "xuat_sac, tot, hoan_thanh, khong_hoan_thanh"; }
std::string_view choice_codes(MeetingKind) { return "thuong_ky, chuyen_de"; }
std::string_view choice_codes(EventKind) {
  return "the_dang_vien, huy_hieu_de_nghi, kiem_tra_to_chuc, kiem_tra_dang_vien, giam_sat, kiem_tra_dang_phi, "
         "kiem_tra_thi_hanh_ky_luat, ky_luat, tu_tran";
}

}  // namespace kiemtra::core::dataset
