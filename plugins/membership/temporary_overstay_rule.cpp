// membership/temporary-overstay: a temporary attachment (sinh hoạt đảng tạm thời) that has lasted longer than the
// regulations' longest term without being turned into an official transfer or ended.
#include <cstdint>
#include <string>
#include <string_view>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta TemporaryOverstayRule::metadata() {
  RuleMeta m;
  m.id = "membership/temporary-overstay";
  m.title_vi = "Sinh hoạt đảng tạm thời quá thời hạn";
  m.title_en = "Temporary party attachment past its term";
  m.description_vi =
      "Một lần chuyển sinh hoạt đảng tạm thời (transfers.csv, kind tam_thoi, chuyển đi hoặc chuyển đến) kéo dài hơn "
      "max_months tháng: từ issued_on đến ended_on (ngày kết thúc), hoặc đến ngày tham chiếu khi chưa kết thúc. Sinh "
      "hoạt tạm thời dành cho người thay đổi nơi cư trú, nơi công tác từ 3 tháng đến dưới 1 năm, hoặc được cử đi học "
      "tập trung trong nước từ 3 tháng đến 2 năm rồi trở về đơn vị cũ; cần kéo dài thì đảng viên báo cáo cấp ủy nơi "
      "sinh hoạt tạm thời xin gia hạn và báo cáo tổ chức đảng nơi sinh hoạt chính thức; ở lâu dài thì chuyển sinh "
      "hoạt chính thức (Quy định thi hành Điều lệ 29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW điểm 6.3.2; nguồn: "
      "thuvienphapluat.vn và thuviennhadat.vn trích 232 và 24, độ tin cậy cao cho 3 tháng/1 năm/2 năm). Dữ liệu không "
      "ghi lý do (công tác hay đi học) và không ghi gia hạn, nên mặc định max_months là 24, thời hạn dài nhất; tỉnh "
      "chỉ có trường hợp công tác có thể đặt 12. Vì có thể đã được gia hạn, đây là cảnh báo. Dữ liệu không có cột "
      "kind thì mọi lần chuyển là chính thức và không kiểm tra.";
  m.description_en =
      "A temporary transfer of party activity (transfers.csv, kind tam_thoi, out or in) that has lasted more than "
      "max_months months: from issued_on to ended_on, or to the as-of date while it has not ended. Temporary activity "
      "is for members who change residence or workplace for 3 months to under 1 year, or are sent to full-time study "
      "in "
      "the country for 3 months to 2 years, and then return; to stay longer the member asks the host committee for an "
      "extension and reports to the official organization; a lasting move is an official transfer (implementing "
      "regulations 29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW point 6.3.2; sources: thuvienphapluat.vn and "
      "thuviennhadat.vn quoting 232 and 24, confidence high for 3 months / 1 year / 2 years). The data records neither "
      "the reason (work or study) nor extensions, so max_months defaults to 24, the longest term; a province with work "
      "attachments only may set 12. Since an extension may have been granted, this is a warning. Data without the "
      "kind column holds official transfers only and is not checked.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int(
      "max_months", 24, "Số tháng sinh hoạt tạm thời dài nhất (2 năm khi đi học; 1 năm khi thay đổi nơi công tác)",
      "Longest temporary attachment in months (2 years for study; 1 year for work)"));
  m.editions = regulation_editions("Điểm 6.3.2");
  m.messages = {{"ended",
                 {"direction", "issued_on", "ended_on", "months", "max_months", "_direction", "_name", "_code"},
                 "{_name} ({_code}) sinh hoạt đảng tạm thời ({_direction}) từ {issued_on} đến {ended_on}, "
                 "{months} tháng, quá thời hạn {max_months} tháng",
                 "{_name} ({_code}) was in temporary party activity ({_direction}) from {issued_on} to "
                 "{ended_on}, {months} {months:month|months}, past the term of {max_months} months"},
                {"ongoing",
                 {"direction", "issued_on", "months", "max_months", "_direction", "_name", "_code", "_as_of"},
                 "{_name} ({_code}) sinh hoạt đảng tạm thời ({_direction}) từ {issued_on}, đã {months} tháng "
                 "tại ngày {_as_of}, quá thời hạn {max_months} tháng: gia hạn hoặc chuyển sinh hoạt chính thức",
                 "{_name} ({_code}) has been in temporary party activity ({_direction}) since {issued_on}, {months} "
                 "{months:month|months} at {_as_of}, past the term of {max_months} months: extend it or make the "
                 "transfer official"}};
  return m;
}

void TemporaryOverstayRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (std::uint32_t row = 0; row < data.transfers.size(); ++row) {
    const Transfer& t = data.transfers[row];
    if (t.kind != TransferKind::tam_thoi) continue;
    const Date issued = happened_by(t.issued_on, ctx.as_of);
    if (!issued.valid()) continue;
    const Date ended = happened_by(t.ended_on, ctx.as_of);
    const Date until = ended.valid() ? ended : ctx.as_of;
    const std::int64_t max = ctx.params.at(issued).integer("max_months");
    if (until <= issued.plus_months(static_cast<int>(max))) continue;
    const int months = full_months(issued, until);
    const bool out_going = t.direction == TransferDirection::di;
    const Arg direction = phrase(out_going ? "chuyển đi" : "chuyển đến", out_going ? "outgoing" : "incoming");
    // One transferred in is not in members.csv: the name as the transfer writes it, else the code.
    const std::string_view name = t.full_name.empty() ? t.member_code : t.full_name;
    const std::string since = issued.iso();  // the finding holds a view of its discriminator until emitted
    Finding f = about_transfer(ctx, row, issued).with_discriminator(since);
    if (ended.valid())
      f.say("ended", {code(t.direction), issued, ended, months, max, direction, name, t.member_code});
    else
      f.say("ongoing", {code(t.direction), issued, months, max, direction, name, t.member_code, ctx.as_of});
    out.emit(f);
  }
}

}  // namespace kiemtra::plugins::membership
