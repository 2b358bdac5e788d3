// dues/unpaid-months: members with max_unpaid_months or more months of the year without dues.
#include <string>

#include "dues_common.hpp"
#include "dues_months.hpp"
#include "dues_rules.hpp"

namespace kiemtra::plugins::dues {

RuleMeta UnpaidMonthsRule::metadata() {
  RuleMeta m;
  m.id = "dues/unpaid-months";
  m.title_vi = "Đảng viên nhiều tháng không đóng đảng phí";
  m.title_en = "Member with months of unpaid dues";
  m.description_vi =
      "Một đảng viên có trong members.csv có từ max_unpaid_months tháng trở lên không có lượt đóng đảng phí nào. "
      "Các tháng được đếm: trong năm của ngày tham chiếu, từ tháng 1 (hoặc từ tháng kết nạp, hoặc từ tháng sau tháng "
      "chuyển sinh hoạt đến, nếu muộn hơn) đến tháng trước tháng của ngày tham chiếu; nếu ngày tham chiếu ở tháng 1 "
      "thì đếm cả năm trước. Bỏ qua các tháng đảng viên được miễn theo phiên bản quy định có hiệu lực ở tháng đó "
      "(từ 02/2026: đủ exempt_party_age_years = 50 năm tuổi đảng vào ngày đầu tháng). Một tháng đã đóng khi có một "
      "dòng dues.csv cho tháng đó với số tiền lớn hơn 0, nộp không sau ngày tham chiếu (hoặc không ghi ngày nộp). "
      "Đảng viên miễn công tác và sinh hoạt (cột exempt) vẫn phải đóng đảng phí. Đảng viên sinh hoạt đảng tạm thời ở "
      "nơi khác (transfers.csv chuyển đi, kind tam_thoi) vẫn trong danh sách nhưng không bị đòi đảng phí ở đây từ "
      "tháng sau tháng cấp giấy đến tháng kết thúc (ended_on): giấy giới thiệu sinh hoạt tạm thời ghi đã đóng đảng phí "
      "đến tháng nào và nơi sinh hoạt tạm thời thu tiếp (độ tin cậy trung bình: không tìm được nguyên văn 342-QĐ/TW "
      "hay 01-QĐ/TW về điểm này bằng công cụ tìm kiếm). Lần chuyển đến tạm thời không mở đầu tháng phải đóng. Chỉ kiểm "
      "tra khi có dues.csv.";
  m.description_en =
      "A member listed in members.csv has max_unpaid_months or more months with no dues payment. The months counted: "
      "in the calendar year of the as-of date, from January (or the admission month, or the month after a transfer "
      "in, if later) to the month before the as-of month; when the as-of date is in January, the whole previous "
      "year. Months in which the member is exempt under the edition in force for that month are left out (from "
      "2026-02: exempt_party_age_years = 50 full years of party age on the first day of the month). A month is paid "
      "when dues.csv has a row for it with an amount above 0, paid on or before the as-of date (or with no payment "
      "date). Members exempt from work and meetings (the exempt column) still owe dues. A member in temporary activity "
      "elsewhere (transfers.csv out, kind tam_thoi) stays listed but owes no dues here from the month after the paper "
      "was issued through the month it ended (ended_on): the temporary transfer paper states the month dues were "
      "paid up to and the host collects after it (confidence medium: the text of 342-QĐ/TW or 01-QĐ/TW on this point "
      "was not found with the search tool). A temporary transfer in starts no months owed. Checked only when dues.csv "
      "exists.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("max_unpaid_months", 3,
                               "Số tháng không đóng đảng phí trong năm thì phải xem xét xóa tên",
                               "Months without dues in a year at which the cell must consider removal"));
  m.params.push_back(param_exempt_party_age());
  m.editions = dues_editions("Mục I (đóng đảng phí hằng tháng); xóa tên: Điều lệ Đảng 2011, Điều 8", {exempt_none()},
                             "Điều 2.1 (không đóng đảng phí ba tháng trong năm: xem xét xóa tên); miễn đóng từ đủ 50 "
                             "năm tuổi đảng",
                             {exempt_50()});
  m.messages = {{"unpaid",
                 {"_member", "unpaid_months", "months", "months_owed", "_from", "_to", "max_unpaid_months", "window"},
                 "{_member} không đóng đảng phí {unpaid_months} tháng ({months}) trong {months_owed} tháng phải đóng "
                 "từ {_from} đến {_to}; từ {max_unpaid_months} tháng trở lên chi bộ phải xem xét xóa tên",
                 "{_member} paid no dues for {unpaid_months} {unpaid_months:month|months} ({months}) of the "
                 "{months_owed} owed from {_from} to {_to}; at {max_unpaid_months} or more the cell must consider "
                 "removal"}};
  return m;
}

void UnpaidMonthsRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  const DuesWindow window(ctx);
  const Edition& edition = window.closing_edition();
  const std::int64_t max_unpaid = std::max<std::int64_t>(1, edition.integer("max_unpaid_months"));
  const UnreadableAmounts unreadable(data);
  // The same for every finding of the run: written once.
  const Date cited_at = window.last().first_day();  // the closing edition's day
  const std::string year = std::to_string(window.last().year());
  const std::string range = window.range_iso();
  MonthLists lists(window);
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const MemberMonths mm = member_months(data, window, i, unreadable);
    if (mm.unpaid_count() < max_unpaid) continue;
    out.emit(about_member(ctx, i, cited_at)
                 .with_discriminator(year)
                 .say("unpaid", {member(i), mm.unpaid_count(), lists.of(mm.unpaid), mm.due_count(), window.first(),
                                 window.last(), max_unpaid, range}));
  }
}

}  // namespace kiemtra::plugins::dues
