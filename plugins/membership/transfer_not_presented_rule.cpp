// membership/transfer-not-presented: a transfer paper presented after its working-day deadline, or still not
// presented when the deadline has passed.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {
namespace {

// The lines of transfers.csv whose presented_on could not be read: integrity/bad-value reports those, so they
// are not read here as "not presented". One pass over the read issues, then a binary search per transfer.
std::vector<std::uint32_t> unreadable_presented(const Dataset& data) {
  std::vector<std::uint32_t> lines;
  for (const ReadIssue& is : data.read_issues)
    if (is.table == TableId::transfers && is.column_name == "presented_on") lines.push_back(is.line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::string_view direction_vi(TransferDirection d) {
  return d == TransferDirection::di ? "chuyển đi" : d == TransferDirection::den ? "chuyển đến" : "chuyển";
}
/// With its space: "The outgoing transfer paper", "The transfer paper".
std::string_view direction_en(TransferDirection d) {
  return d == TransferDirection::di ? "outgoing " : d == TransferDirection::den ? "incoming " : "";
}

/// The paper, as a sentence starts: "Giấy giới thiệu sinh hoạt đảng (chuyển đi) của Nguyễn Văn An (DV01) cấp ngày
/// 01/03/2024" / "The outgoing transfer paper of Nguyễn Văn An (DV01) issued on 2024-03-01". The member is named
/// as the transfer writes it: one transferred out is no longer in members.csv.
constexpr const char* kPaperVi =
    "Giấy giới thiệu sinh hoạt đảng ({_direction}) của {_name} ({_code}) cấp ngày {issued_on}";
constexpr const char* kPaperEn = "The {_direction}transfer paper of {_name} ({_code}) issued on {issued_on}";

}  // namespace

RuleMeta TransferNotPresentedRule::metadata() {
  RuleMeta m;
  m.id = "membership/transfer-not-presented";
  m.title_vi = "Giấy giới thiệu sinh hoạt đảng nộp quá hạn";
  m.title_en = "Transfer paper not presented in time";
  m.description_vi =
      "Một lần chuyển sinh hoạt đảng (transfers.csv, chuyển đi hoặc chuyển đến) có presented_on sau hạn "
      "present_within_working_days ngày làm việc kể từ issued_on, hoặc chưa có presented_on mà hạn đó đã qua tại "
      "ngày tham chiếu. Hạn cuối là ngày làm việc thứ present_within_working_days sau ngày cấp giấy, theo lịch ngày "
      "nghỉ của cấu hình; nộp đúng ngày đó là đúng hạn. Ngày nộp sau ngày tham chiếu coi như chưa nộp; ngày nộp ghi "
      "sai (integrity/bad-value báo) không bị coi là chưa nộp. Phiên bản và trích dẫn theo ngày cấp giấy. Với lần "
      "chuyển đi, nơi chuyển đi chỉ biết ngày nộp qua xác nhận của nơi đến, nên presented_on của dòng chuyển đi là ngày "
      "nơi đến xác nhận đã tiếp nhận: lần chuyển đi chưa có xác nhận khi hạn đã qua chính là phát hiện \"chưa nộp\" "
      "của quy tắc này. Chỉ xét chuyển sinh hoạt chính thức (kind chinh_thuc hoặc không ghi): hạn 30 ngày làm việc "
      "thuộc điểm 6.3.1; sinh hoạt tạm thời (điểm 6.3.2) do membership/temporary-overstay xét.";
  m.description_en =
      "A transfer of party activity (transfers.csv, out or in) presented (presented_on) more than "
      "present_within_working_days working days after the paper was issued (issued_on), or not presented while that "
      "deadline has passed at the as-of date. The deadline is the present_within_working_days-th working day after "
      "issue, by the configuration's calendar; presenting on that day is on time. A presentation dated after the "
      "as-of date has not happened yet; an unreadable presented_on (integrity/bad-value reports it) is not read as "
      "missing. The edition and citation are those in force on the day the paper was issued. For an outgoing "
      "transfer the sending organization learns of the presentation only from the receiving organization's "
      "confirmation, so presented_on on an outgoing row is the day the receiving organization confirmed it: an "
      "outgoing transfer never confirmed within the deadline is this rule's \"not presented\" finding. Official "
      "transfers only (kind chinh_thuc or empty): the 30 working days are point 6.3.1's; temporary attachments (point "
      "6.3.2) are membership/temporary-overstay's.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("present_within_working_days", 30,
                               "Số ngày làm việc để nộp giấy giới thiệu tại nơi đến, kể từ ngày cấp",
                               "Working days to present the transfer paper at the receiving organization"));
  m.editions = regulation_editions("Điểm 6.3.1");
  m.messages = {{"late",
                 {"direction", "issued_on", "present_within_working_days", "deadline", "presented_on", "_direction",
                  "_name", "_code", "_days_late"},
                 std::string(kPaperVi) +
                     " được nộp ngày {presented_on}, quá hạn {present_within_working_days} ngày làm việc (hạn cuối "
                     "{deadline}, trễ {_days_late} ngày)",
                 std::string(kPaperEn) +
                     " was presented on {presented_on}, past {present_within_working_days} working days (deadline "
                     "{deadline}, {_days_late} {_days_late:day|days} late)"},
                {"missing",
                 {"direction", "issued_on", "present_within_working_days", "deadline", "presented_on", "_direction",
                  "_name", "_code", "_as_of"},
                 std::string(kPaperVi) +
                     " chưa được nộp tại ngày {_as_of}, đã quá hạn {present_within_working_days} ngày làm việc (hạn "
                     "cuối {deadline})",
                 std::string(kPaperEn) +
                     " was not presented by {_as_of}, past the deadline of {present_within_working_days} working days "
                     "({deadline})"}};
  return m;
}

void TransferNotPresentedRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::vector<std::uint32_t> unreadable = unreadable_presented(data);
  for (std::uint32_t row = 0; row < data.transfers.size(); ++row) {
    const Transfer& t = data.transfers[row];
    if (t.kind == TransferKind::tam_thoi) continue;
    const Date issued = happened_by(t.issued_on, ctx.as_of);
    if (!issued.valid()) continue;
    const auto within = static_cast<int>(ctx.params.at(issued).integer("present_within_working_days"));
    const Date deadline = ctx.calendar.add_working_days(issued, within);
    const Date presented = happened_by(t.presented_on, ctx.as_of);
    if (presented.valid()) {
      if (presented <= deadline) continue;
    } else {
      if (!t.presented_on.valid() && std::binary_search(unreadable.begin(), unreadable.end(), t.line)) continue;
      if (ctx.as_of <= deadline) continue;
    }
    const Arg direction = phrase(direction_vi(t.direction), direction_en(t.direction));
    const std::string discriminator = issued.iso();  // a member may move more than once
    Finding f = about_transfer(ctx, row, issued).with_discriminator(discriminator);
    if (presented.valid())
      f.say("late", {code(t.direction), issued, within, deadline, presented, direction, t.full_name, t.member_code,
                     presented.days - deadline.days});
    else
      f.say("missing",
            {code(t.direction), issued, within, deadline, presented, direction, t.full_name, t.member_code, ctx.as_of});
    out.emit(f);
  }
}

}  // namespace kiemtra::plugins::membership
