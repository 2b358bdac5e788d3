// The built-in header table (data), looked up by a bare key: folded, without diacritics.
#include "dataset/header_aliases.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "dataset/table_spec.hpp"
#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

// Headers seen in the member-database exports and in the forms offices keep by hand. A header that
// could name two columns of one table ("Ngày", "Mã") is listed only where it is unambiguous.
constexpr HeaderAlias kOrg[] = {
    {org_col::id, "Mã tổ chức"},
    {org_col::id, "Mã đơn vị"},
    {org_col::id, "Mã tổ chức đảng"},
    {org_col::parent_id, "Mã cấp trên"},
    {org_col::parent_id, "Mã tổ chức cấp trên"},
    {org_col::parent_id, "Mã đơn vị cấp trên"},
    {org_col::parent_id, "Cấp trên"},
    {org_col::parent_id, "Trực thuộc"},
    {org_col::name, "Tên tổ chức"},
    {org_col::name, "Tên tổ chức đảng"},
    {org_col::name, "Tên đơn vị"},
    {org_col::name, "Tên"},
    {org_col::kind, "Loại tổ chức"},
    {org_col::kind, "Loại hình tổ chức"},
    {org_col::kind, "Loại hình"},
    {org_col::established_on, "Ngày thành lập"},
    {org_col::last_congress_on, "Ngày đại hội gần nhất"},
    {org_col::last_congress_on, "Ngày đại hội"},
    {org_col::dissolved_on, "Ngày giải thể"},
};

constexpr HeaderAlias kMember[] = {
    {member_col::id, "Mã đảng viên"},
    {member_col::id, "Mã ĐV"},
    {member_col::id, "Mã số đảng viên"},
    {member_col::id, "Mã"},
    {member_col::org_id, "Mã chi bộ"},
    {member_col::org_id, "Mã tổ chức"},
    {member_col::org_id, "Mã đơn vị"},
    {member_col::org_id, "Mã tổ chức đảng"},
    {member_col::org_id, "Chi bộ"},
    {member_col::full_name, "Họ và tên"},
    {member_col::full_name, "Họ tên"},
    {member_col::full_name, "Họ và tên đảng viên"},
    {member_col::full_name, "Họ và tên khai sinh"},
    {member_col::gender, "Giới tính"},
    {member_col::gender, "Nam/Nữ"},
    {member_col::birth_date, "Ngày sinh"},
    {member_col::birth_date, "Ngày tháng năm sinh"},
    {member_col::birth_date, "Ngày, tháng, năm sinh"},
    {member_col::citizen_id, "Số CCCD"},
    {member_col::citizen_id, "CCCD"},
    {member_col::citizen_id, "Số căn cước công dân"},
    {member_col::citizen_id, "Số căn cước"},
    {member_col::citizen_id, "Số định danh cá nhân"},
    {member_col::citizen_id, "Số CMND/CCCD"},
    {member_col::status, "Trạng thái"},
    {member_col::status, "Tình trạng"},
    {member_col::status, "Đảng viên chính thức/dự bị"},
    {member_col::admitted_on, "Ngày vào Đảng"},
    {member_col::admitted_on, "Ngày kết nạp"},
    {member_col::admitted_on, "Ngày kết nạp Đảng"},
    {member_col::official_on, "Ngày chính thức"},
    {member_col::official_on, "Ngày vào Đảng chính thức"},
    {member_col::official_on, "Ngày công nhận chính thức"},
    {member_col::education, "Trình độ học vấn"},
    {member_col::education, "Trình độ văn hóa"},
    {member_col::education, "Giáo dục phổ thông"},
    {member_col::card_number, "Số thẻ đảng viên"},
    {member_col::card_number, "Số thẻ ĐV"},
    {member_col::card_number, "Số thẻ"},
    {member_col::card_issued_on, "Ngày cấp thẻ"},
    {member_col::card_issued_on, "Ngày cấp thẻ đảng viên"},
    {member_col::card_issued_on, "Ngày phát thẻ"},
    {member_col::exempt, "Miễn sinh hoạt"},
    {member_col::exempt, "Miễn công tác và sinh hoạt"},
    {member_col::exempt, "Miễn công tác, sinh hoạt"},
    {member_col::dues_category, "Đối tượng đóng đảng phí"},
    {member_col::dues_category, "Loại đảng phí"},
    {member_col::dues_category, "Đối tượng"},
    {member_col::monthly_income, "Thu nhập hằng tháng"},
    {member_col::monthly_income, "Thu nhập hàng tháng"},
    {member_col::monthly_income, "Thu nhập"},
    {member_col::readmitted, "Kết nạp lại"},
    {member_col::badge_years, "Huy hiệu Đảng"},
    {member_col::badge_years, "Huy hiệu tuổi Đảng"},
    {member_col::badge_years, "Huy hiệu"},
    {member_col::badge_years, "Huy hiệu đã tặng"},
    {member_col::badge_awarded_on, "Ngày tặng huy hiệu"},
    {member_col::badge_awarded_on, "Ngày trao huy hiệu"},
    {member_col::badge_awarded_on, "Ngày nhận huy hiệu"},
    {member_col::exempt_from, "Ngày miễn sinh hoạt"},
    {member_col::exempt_from, "Miễn sinh hoạt từ ngày"},
    {member_col::exempt_from, "Ngày miễn công tác và sinh hoạt"},
    {member_col::exempt_until, "Miễn sinh hoạt đến ngày"},
    {member_col::exempt_until, "Ngày hết miễn sinh hoạt"},
    {member_col::exempt_reason, "Lý do miễn sinh hoạt"},
    {member_col::exempt_reason, "Lý do miễn công tác và sinh hoạt"},
};

constexpr HeaderAlias kDues[] = {
    {dues_col::member_id, "Mã đảng viên"},
    {dues_col::member_id, "Mã ĐV"},
    {dues_col::member_id, "Mã số đảng viên"},
    {dues_col::period, "Kỳ"},
    {dues_col::period, "Kỳ đóng"},
    {dues_col::period, "Tháng"},
    {dues_col::period, "Tháng đóng"},
    {dues_col::amount, "Số tiền"},
    {dues_col::amount, "Số tiền đảng phí"},
    {dues_col::amount, "Đảng phí"},
    {dues_col::amount, "Số tiền đóng"},
    {dues_col::paid_on, "Ngày đóng"},
    {dues_col::paid_on, "Ngày nộp"},
    {dues_col::income_basis, "Thu nhập tính đảng phí"},
    {dues_col::income_basis, "Mức thu nhập"},
    {dues_col::income_basis, "Thu nhập làm căn cứ"},
};

constexpr HeaderAlias kCandidate[] = {
    {candidate_col::id, "Mã quần chúng"},
    {candidate_col::id, "Mã"},
    {candidate_col::org_id, "Mã chi bộ"},
    {candidate_col::org_id, "Mã tổ chức"},
    {candidate_col::org_id, "Chi bộ"},
    {candidate_col::full_name, "Họ và tên"},
    {candidate_col::full_name, "Họ tên"},
    {candidate_col::gender, "Giới tính"},
    {candidate_col::birth_date, "Ngày sinh"},
    {candidate_col::birth_date, "Ngày tháng năm sinh"},
    {candidate_col::birth_date, "Ngày, tháng, năm sinh"},
    {candidate_col::education, "Trình độ học vấn"},
    {candidate_col::education, "Trình độ văn hóa"},
    {candidate_col::course_certificate_on, "Ngày cấp giấy chứng nhận lớp cảm tình Đảng"},
    {candidate_col::course_certificate_on, "Ngày học lớp cảm tình Đảng"},
    {candidate_col::course_certificate_on, "Lớp cảm tình Đảng"},
    {candidate_col::introducer_1, "Người giới thiệu 1"},
    {candidate_col::introducer_1, "Người giới thiệu thứ nhất"},
    {candidate_col::introducer_2, "Người giới thiệu 2"},
    {candidate_col::introducer_2, "Người giới thiệu thứ hai"},
    {candidate_col::introducer_1_since, "Người giới thiệu 1 cùng công tác từ"},
    {candidate_col::introducer_2_since, "Người giới thiệu 2 cùng công tác từ"},
    {candidate_col::youth_union_introduced, "Đoàn giới thiệu"},
    {candidate_col::youth_union_introduced, "Đoàn thanh niên giới thiệu"},
    {candidate_col::cell_resolution_on, "Ngày nghị quyết chi bộ"},
    {candidate_col::cell_resolution_on, "Nghị quyết chi bộ"},
    {candidate_col::decision_on, "Ngày quyết định kết nạp"},
    {candidate_col::decision_on, "Ngày quyết định"},
    {candidate_col::admitted_on, "Ngày kết nạp"},
    {candidate_col::admitted_on, "Ngày vào Đảng"},
    {candidate_col::readmission, "Kết nạp lại"},
    {candidate_col::previous_exit_on, "Ngày ra khỏi Đảng"},
};

constexpr HeaderAlias kCommittee[] = {
    {committee_col::org_id, "Mã tổ chức"},
    {committee_col::org_id, "Mã đơn vị"},
    {committee_col::org_id, "Cấp ủy"},
    {committee_col::term, "Nhiệm kỳ"},
    {committee_col::member_id, "Mã đảng viên"},
    {committee_col::member_id, "Mã ĐV"},
    {committee_col::role, "Chức vụ"},
    {committee_col::role, "Chức vụ cấp ủy"},
    {committee_col::planned, "Quy hoạch"},
    {committee_col::planned, "Dự kiến"},
    {committee_col::first_time, "Lần đầu"},
    {committee_col::first_time, "Tham gia lần đầu"},
    {committee_col::first_time, "Lần đầu tham gia cấp ủy"},
};

constexpr HeaderAlias kTransfer[] = {
    {transfer_col::member_id, "Mã đảng viên"},
    {transfer_col::member_id, "Mã ĐV"},
    {transfer_col::org_id, "Mã chi bộ"},
    {transfer_col::org_id, "Mã tổ chức"},
    {transfer_col::org_id, "Chi bộ"},
    {transfer_col::full_name, "Họ và tên"},
    {transfer_col::full_name, "Họ tên"},
    {transfer_col::direction, "Chiều chuyển"},
    {transfer_col::direction, "Chuyển đi/đến"},
    {transfer_col::direction, "Loại chuyển sinh hoạt"},
    {transfer_col::issued_on, "Ngày cấp giấy giới thiệu"},
    {transfer_col::issued_on, "Ngày giới thiệu"},
    {transfer_col::presented_on, "Ngày nộp giấy giới thiệu"},
    {transfer_col::presented_on, "Ngày xuất trình"},
    {transfer_col::counterpart, "Nơi chuyển đến/đi"},
    {transfer_col::counterpart, "Nơi đi/đến"},
    {transfer_col::counterpart, "Đơn vị chuyển đến/đi"},
    {transfer_col::kind, "Hình thức chuyển sinh hoạt"},
    {transfer_col::kind, "Hình thức sinh hoạt"},
    {transfer_col::kind, "Chính thức/Tạm thời"},
    {transfer_col::ended_on, "Ngày kết thúc sinh hoạt tạm thời"},
    {transfer_col::ended_on, "Ngày trở về"},
    {transfer_col::ended_on, "Ngày hết sinh hoạt tạm thời"},
};

constexpr HeaderAlias kEvent[] = {
    {event_col::kind, "Loại sự kiện"},
    {event_col::kind, "Loại"},
    {event_col::date, "Ngày"},
    {event_col::date, "Ngày sự kiện"},
    {event_col::org_id, "Mã tổ chức"},
    {event_col::org_id, "Mã chi bộ"},
    {event_col::member_id, "Mã đảng viên"},
    {event_col::member_id, "Mã ĐV"},
    {event_col::detail, "Nội dung"},
    {event_col::detail, "Chi tiết"},
};

constexpr HeaderAlias kRating[] = {
    {rating_col::member_id, "Mã đảng viên"},
    {rating_col::member_id, "Mã ĐV"},
    {rating_col::member_id, "Mã số đảng viên"},
    {rating_col::year, "Năm"},
    {rating_col::year, "Năm đánh giá"},
    {rating_col::year, "Năm xếp loại"},
    {rating_col::rating, "Xếp loại"},
    {rating_col::rating, "Xếp loại chất lượng"},
    {rating_col::rating, "Mức xếp loại"},
    {rating_col::rating, "Kết quả xếp loại"},
};

// A minutes book (sổ biên bản sinh hoạt chi bộ): one line per meeting, then who was absent and why.
constexpr HeaderAlias kMeeting[] = {
    {meeting_col::id, "Mã buổi sinh hoạt"},
    {meeting_col::id, "Mã cuộc họp"},
    {meeting_col::id, "Số biên bản"},
    {meeting_col::org_id, "Mã chi bộ"},
    {meeting_col::org_id, "Mã tổ chức"},
    {meeting_col::date, "Ngày sinh hoạt"},
    {meeting_col::date, "Ngày họp"},
    {meeting_col::date, "Ngày"},
    {meeting_col::kind, "Hình thức sinh hoạt"},
    {meeting_col::kind, "Loại sinh hoạt"},
    {meeting_col::kind, "Loại"},
};

constexpr HeaderAlias kAttendance[] = {
    {attendance_col::meeting_id, "Mã buổi sinh hoạt"},
    {attendance_col::meeting_id, "Mã cuộc họp"},
    {attendance_col::meeting_id, "Số biên bản"},
    {attendance_col::member_id, "Mã đảng viên"},
    {attendance_col::member_id, "Mã ĐV"},
    {attendance_col::member_id, "Mã số đảng viên"},
    {attendance_col::present, "Có mặt"},
    {attendance_col::present, "Dự họp"},
    {attendance_col::reason, "Lý do vắng"},
    {attendance_col::reason, "Lý do"},
};

const std::array<std::span<const HeaderAlias>, kTableCount> kAliases = {
    kOrg, kMember, kDues, kCandidate, kCommittee, kTransfer, kEvent, kRating, kMeeting, kAttendance};

}  // namespace

std::span<const HeaderAlias> builtin_aliases(TableId id) { return kAliases[static_cast<std::size_t>(id)]; }

std::string bare_key(std::string_view header) {
  std::string scratch;
  std::string folded(fold_key(header, scratch));
  if (is_ascii(folded)) return folded;
  // Decompose and drop the marks; đ has no decomposition and is read as d.
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(folded.data()), static_cast<utf8proc_ssize_t>(folded.size()),
                   &out, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  if (n < 0) return folded;
  std::string bare(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  std::string result;
  for (std::size_t i = 0; i < bare.size(); ++i) {
    if (bare.compare(i, 2, "\xC4\x91") == 0) {  // đ (case folding made Đ đ)
      result += 'd';
      ++i;
    } else {
      result += bare[i];
    }
  }
  return result;
}

int builtin_alias_column(TableId id, std::string_view header, int* rank) {
  using Index = std::unordered_map<std::string, int>;  // bare key -> position in the table's list
  static const std::array<Index, kTableCount> kIndex = [] {
    std::array<Index, kTableCount> idx;
    for (std::size_t t = 0; t < kTableCount; ++t)
      for (std::size_t i = 0; i < kAliases[t].size(); ++i)
        idx[t].emplace(bare_key(kAliases[t][i].header), static_cast<int>(i));
    return idx;
  }();
  const auto t = static_cast<std::size_t>(id);
  const auto it = kIndex[t].find(bare_key(header));
  if (it == kIndex[t].end()) return -1;
  if (rank != nullptr) *rank = it->second;
  return kAliases[t][static_cast<std::size_t>(it->second)].column;
}

}  // namespace kiemtra::core::dataset
