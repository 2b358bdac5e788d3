// The enumerations of the dataset contract, with their ASCII codes.
#pragma once

#include <cstdint>
#include <string_view>

#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// Kind of a party organization (organizations.csv `kind`).
enum class OrgKind : std::uint8_t {
  cap_tren_co_so,     ///< any level above grassroots
  dang_bo_co_so,      ///< grassroots party committee
  chi_bo_co_so,       ///< grassroots cell
  dang_bo_bo_phan,    ///< sub-committee inside a grassroots committee
  chi_bo_truc_thuoc,  ///< cell under a grassroots committee or sub-committee
  to_dang,            ///< party group inside a cell
  unknown,            ///< missing or unreadable (an integrity/bad-value finding says which)
};

/// A cell: `chi_bo_co_so` or `chi_bo_truc_thuoc`.
constexpr bool is_cell(OrgKind k) { return k == OrgKind::chi_bo_co_so || k == OrgKind::chi_bo_truc_thuoc; }
/// A grassroots organization: `chi_bo_co_so` or `dang_bo_co_so`.
constexpr bool is_grassroots(OrgKind k) { return k == OrgKind::chi_bo_co_so || k == OrgKind::dang_bo_co_so; }

/// `unknown` in every enum below: missing or unreadable (integrity/bad-value says which).
enum class Gender : std::uint8_t { nam, nu, unknown };
enum class MemberStatus : std::uint8_t { du_bi, chinh_thuc, unknown };
/// Dues category of a member; `none` when the column is empty or absent.
enum class DuesCategory : std::uint8_t { none, luong, huu_tri, hoc_sinh_sinh_vien, nong_dan, tu_do, nuoc_ngoai, unknown };
enum class CommitteeRole : std::uint8_t { bi_thu, pho_bi_thu, thuong_vu, cap_uy_vien, unknown };
enum class TransferDirection : std::uint8_t { di, den, unknown };
/// Kind of a transfer (transfers.csv `kind`): official (chuyển sinh hoạt chính thức: the member changes
/// organization) or temporary (sinh hoạt tạm thời: the member stays on the sending organization's list).
enum class TransferKind : std::uint8_t { chinh_thuc, tam_thoi, unknown };
enum class EventKind : std::uint8_t {
  the_dang_vien,
  huy_hieu_de_nghi,
  kiem_tra_to_chuc,
  kiem_tra_dang_vien,
  giam_sat,
  kiem_tra_dang_phi,
  kiem_tra_thi_hanh_ky_luat,
  ky_luat,
  tu_tran,  ///< the member died (từ trần); `date` is the day of death
  unknown,
};

/// Annual quality rating of a party member (ratings.csv `rating`), best first.
enum class QualityRating : std::uint8_t {
  xuat_sac,          ///< hoàn thành xuất sắc nhiệm vụ
  tot,               ///< hoàn thành tốt nhiệm vụ
  hoan_thanh,        ///< hoàn thành nhiệm vụ
  khong_hoan_thanh,  ///< không hoàn thành nhiệm vụ
  unknown,
};

/// Kind of a cell meeting (meetings.csv `kind`).
enum class MeetingKind : std::uint8_t {
  thuong_ky,  ///< sinh hoạt thường kỳ: the regular monthly meeting
  chuyen_de,  ///< sinh hoạt chuyên đề: a topical meeting
  unknown,
};

/// ASCII codes, as written in the data and in messages.
std::string_view code(OrgKind);
std::string_view code(Gender);
std::string_view code(MemberStatus);
std::string_view code(DuesCategory);
std::string_view code(CommitteeRole);
std::string_view code(TransferDirection);
std::string_view code(TransferKind);
std::string_view code(EventKind);
std::string_view code(QualityRating);
std::string_view code(MeetingKind);

/// Vietnamese labels ("Chi bộ cơ sở"), for messages.
std::string_view label_vi(OrgKind);
/// English labels ("grassroots cell"), for messages.
std::string_view label_en(OrgKind);

KIEMTRA_NAMESPACE_END

#include "kiemtra/detail/enums_inline.hpp"
