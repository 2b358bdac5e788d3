// membership/transfer-not-presented: a transfer paper presented after its working-day deadline, or still not
// presented when the deadline has passed.
#include "transfer_not_presented_rule.hpp"

#include <algorithm>

#include "membership_common.hpp"

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
std::string_view direction_en(TransferDirection d) {
  return d == TransferDirection::di ? "outgoing" : d == TransferDirection::den ? "incoming" : "";
}

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
      "sai (integrity/bad-value báo) không bị coi là chưa nộp. Phiên bản và trích dẫn theo ngày cấp giấy.";
  m.description_en =
      "A transfer of party activity (transfers.csv, out or in) presented (presented_on) more than "
      "present_within_working_days working days after the paper was issued (issued_on), or not presented while that "
      "deadline has passed at the as-of date. The deadline is the present_within_working_days-th working day after "
      "issue, by the configuration's calendar; presenting on that day is on time. A presentation dated after the "
      "as-of date has not happened yet; an unreadable presented_on (integrity/bad-value reports it) is not read as "
      "missing. The edition and citation are those in force on the day the paper was issued.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("present_within_working_days", 30,
                               "Số ngày làm việc để nộp giấy giới thiệu tại nơi đến, kể từ ngày cấp",
                               "Working days to present the transfer paper at the receiving organization"));
  m.editions = regulation_editions("Điểm 6.3.1");
  return m;
}

void TransferNotPresentedRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::vector<std::uint32_t> unreadable = unreadable_presented(data);
  for (const Transfer& t : data.transfers) {
    const Date issued = existing(t.issued_on, ctx.as_of);
    if (!issued.valid()) continue;
    const Edition& edition = ctx.params.at(issued);
    const auto within = static_cast<int>(edition.integer("present_within_working_days"));
    const Date deadline = ctx.calendar.add_working_days(issued, within);
    const Date presented = existing(t.presented_on, ctx.as_of);

    Finding f;
    f.severity = ctx.severity;
    f.citation = edition.citation;
    f.org = t.org;
    f.subject_kind = SubjectKind::transfer;
    f.subject_id = std::string(t.member_code);
    f.subject_name = std::string(t.full_name);
    f.discriminator = issued.iso();  // a member may move more than once
    f.evidence = {{"direction", std::string(code(t.direction))},
                  {"issued_on", issued.iso()},
                  {"present_within_working_days", std::to_string(within)},
                  {"deadline", deadline.iso()}};
    const std::string who_vi = fmt::format("Giấy giới thiệu sinh hoạt đảng ({}) của {} ({}) cấp ngày {}",
                                           direction_vi(t.direction), t.full_name, t.member_code, issued.vn());
    const std::string who_en =
        fmt::format("The {}{}transfer paper of {} ({}) issued on {}", direction_en(t.direction),
                    direction_en(t.direction).empty() ? "" : " ", t.full_name, t.member_code, issued.iso());
    if (presented.valid()) {
      if (presented <= deadline) continue;
      const int late = presented.days - deadline.days;
      f.message_vi = fmt::format("{} được nộp ngày {}, quá hạn {} ngày làm việc (hạn cuối {}, trễ {} ngày)", who_vi,
                                 presented.vn(), within, deadline.vn(), late);
      f.message_en = fmt::format("{} was presented on {}, past {} working days (deadline {}, {} late)", who_en,
                                 presented.iso(), within, deadline.iso(), count_en(late, "day"));
      f.evidence.push_back({"presented_on", presented.iso()});
    } else {
      if (!t.presented_on.valid() && std::binary_search(unreadable.begin(), unreadable.end(), t.line)) continue;
      if (ctx.as_of <= deadline) continue;
      f.message_vi = fmt::format("{} chưa được nộp tại ngày {}, đã quá hạn {} ngày làm việc (hạn cuối {})", who_vi,
                                 ctx.as_of.vn(), within, deadline.vn());
      f.message_en = fmt::format("{} was not presented by {}, past the deadline of {} working days ({})", who_en,
                                 ctx.as_of.iso(), within, deadline.iso());
      f.evidence.push_back({"presented_on", ""});
    }
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::membership
