// Inline definitions of the enum code and label functions (header-only, so plugins need no SDK library).
#pragma once

KIEMTRA_NAMESPACE_BEGIN

inline std::string_view code(OrgKind k) {
  switch (k) {
    case OrgKind::cap_tren_co_so: return "cap_tren_co_so";
    case OrgKind::dang_bo_co_so: return "dang_bo_co_so";
    case OrgKind::chi_bo_co_so: return "chi_bo_co_so";
    case OrgKind::dang_bo_bo_phan: return "dang_bo_bo_phan";
    case OrgKind::chi_bo_truc_thuoc: return "chi_bo_truc_thuoc";
    case OrgKind::to_dang: return "to_dang";
    case OrgKind::unknown: return "unknown";
  }
  return "?";
}
inline std::string_view label_vi(OrgKind k) {
  switch (k) {
    case OrgKind::cap_tren_co_so: return "Cấp trên cơ sở";
    case OrgKind::dang_bo_co_so: return "Đảng bộ cơ sở";
    case OrgKind::chi_bo_co_so: return "Chi bộ cơ sở";
    case OrgKind::dang_bo_bo_phan: return "Đảng bộ bộ phận";
    case OrgKind::chi_bo_truc_thuoc: return "Chi bộ trực thuộc";
    case OrgKind::to_dang: return "Tổ đảng";
    case OrgKind::unknown: return "Không rõ loại";
  }
  return "?";
}
inline std::string_view label_en(OrgKind k) {
  switch (k) {
    case OrgKind::cap_tren_co_so: return "upper-level committee";
    case OrgKind::dang_bo_co_so: return "grassroots party committee";
    case OrgKind::chi_bo_co_so: return "grassroots cell";
    case OrgKind::dang_bo_bo_phan: return "sub-committee";
    case OrgKind::chi_bo_truc_thuoc: return "subordinate cell";
    case OrgKind::to_dang: return "party group";
    case OrgKind::unknown: return "unknown kind";
  }
  return "?";
}
inline std::string_view code(Gender g) {
  return g == Gender::nam ? "nam" : g == Gender::nu ? "nu" : "unknown";
}
inline std::string_view code(MemberStatus s) {
  return s == MemberStatus::du_bi ? "du_bi" : s == MemberStatus::chinh_thuc ? "chinh_thuc" : "unknown";
}
inline std::string_view code(DuesCategory c) {
  switch (c) {
    case DuesCategory::none: return "";
    case DuesCategory::luong: return "luong";
    case DuesCategory::huu_tri: return "huu_tri";
    case DuesCategory::hoc_sinh_sinh_vien: return "hoc_sinh_sinh_vien";
    case DuesCategory::nong_dan: return "nong_dan";
    case DuesCategory::tu_do: return "tu_do";
    case DuesCategory::nuoc_ngoai: return "nuoc_ngoai";
    case DuesCategory::unknown: return "unknown";
  }
  return "?";
}
inline std::string_view code(CommitteeRole r) {
  switch (r) {
    case CommitteeRole::bi_thu: return "bi_thu";
    case CommitteeRole::pho_bi_thu: return "pho_bi_thu";
    case CommitteeRole::thuong_vu: return "thuong_vu";
    case CommitteeRole::cap_uy_vien: return "cap_uy_vien";
    case CommitteeRole::unknown: return "unknown";
  }
  return "?";
}
inline std::string_view code(TransferDirection d) {
  return d == TransferDirection::di ? "di" : d == TransferDirection::den ? "den" : "unknown";
}
inline std::string_view code(TransferKind k) {
  return k == TransferKind::chinh_thuc ? "chinh_thuc" : k == TransferKind::tam_thoi ? "tam_thoi" : "unknown";
}
inline std::string_view code(EventKind k) {
  switch (k) {
    case EventKind::the_dang_vien: return "the_dang_vien";
    case EventKind::huy_hieu_de_nghi: return "huy_hieu_de_nghi";
    case EventKind::kiem_tra_to_chuc: return "kiem_tra_to_chuc";
    case EventKind::kiem_tra_dang_vien: return "kiem_tra_dang_vien";
    case EventKind::giam_sat: return "giam_sat";
    case EventKind::kiem_tra_dang_phi: return "kiem_tra_dang_phi";
    case EventKind::kiem_tra_thi_hanh_ky_luat: return "kiem_tra_thi_hanh_ky_luat";
    case EventKind::ky_luat: return "ky_luat";
    case EventKind::tu_tran: return "tu_tran";
    case EventKind::unknown: return "unknown";
  }
  return "?";
}
inline std::string_view code(QualityRating r) {
  switch (r) {
    case QualityRating::xuat_sac: return "xuat_sac";
    case QualityRating::tot: return "tot";
    case QualityRating::hoan_thanh: return "hoan_thanh";
    case QualityRating::khong_hoan_thanh: return "khong_hoan_thanh";
    case QualityRating::unknown: return "unknown";
  }
  return "?";
}
inline std::string_view code(MeetingKind k) {
  switch (k) {
    case MeetingKind::thuong_ky: return "thuong_ky";
    case MeetingKind::chuyen_de: return "chuyen_de";
    case MeetingKind::unknown: return "unknown";
  }
  return "?";
}

KIEMTRA_NAMESPACE_END
