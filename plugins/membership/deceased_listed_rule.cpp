// membership/deceased-listed: a member whose death (an events.csv row of kind tu_tran) is recorded but who is still
// on the list -- and so in every count -- or whose dues are recorded for months after the death.
#include <cstdint>
#include <vector>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta DeceasedListedRule::metadata() {
  RuleMeta m;
  m.id = "membership/deceased-listed";
  m.title_vi = "Đảng viên đã từ trần vẫn trong danh sách";
  m.title_en = "Deceased member still listed";
  m.description_vi =
      "Đảng viên có sự kiện từ trần (events.csv, kind tu_tran, date là ngày mất, không sau ngày tham chiếu) mà vẫn "
      "có trong members.csv, tức vẫn được tính vào đảng số và các thống kê; và, riêng một phát hiện, có khoản đảng phí "
      "(dues.csv) cho tháng sau tháng mất. Phần mềm quản lý đảng viên ghi từ trần là một biến động của đảng viên, nên "
      "hợp đồng dữ liệu ghi nó là một sự kiện chứ không phải một cột. Đây là kiểm tra tính hợp lý của dữ liệu; người "
      "đã từ trần thì không còn là đảng viên để tính vào đảng số. Sự kiện từ trần của người đã được xóa khỏi "
      "members.csv thì integrity/dangling-reference báo như mọi sự kiện khác.";
  m.description_en =
      "A member whose death is recorded (events.csv, kind tu_tran, date = the day of death, not after the as-of date) "
      "but who is still in members.csv, and so in the party numbers and every figure; and, as a separate finding, dues "
      "(dues.csv) recorded for months after the month of death. Membership software records a death as a change of "
      "the member's status, so the contract records it as an event rather than a column. This is a plausibility check "
      "of the data: a member who has died is no longer counted. A death event for someone already taken off "
      "members.csv is integrity/dangling-reference's, as for any event.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Kiểm tra tính hợp lý của dữ liệu (không phải quy định)", ""}, {}});
  m.messages = {{"listed",
                 {"_member", "died_on", "_as_of"},
                 "{_member} đã từ trần ngày {died_on} nhưng vẫn có trong danh sách đảng viên tại ngày {_as_of}, vẫn "
                 "được tính vào đảng số",
                 "{_member} died on {died_on} but is still on the member list at {_as_of}, and still counted"},
                {"paid_after",
                 {"_member", "died_on", "months", "first_month"},
                 "{_member} đã từ trần ngày {died_on} nhưng có đảng phí cho {months} tháng sau đó (từ tháng "
                 "{first_month})",
                 "{_member} died on {died_on} but has dues recorded for {months} {months:month|months} after that "
                 "(from {first_month})"}};
  return m;
}

void DeceasedListedRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  std::vector<Date> died;  // per member row: the earliest recorded death; empty when the data has none
  for (const Event& e : data.events) {
    if (e.kind != EventKind::tu_tran || e.member == kNone || !happened_by(e.date, ctx.as_of).valid()) continue;
    if (died.empty()) died.resize(data.members.size());
    Date& d = died[e.member];
    if (!d.valid() || e.date < d) d = e.date;
  }
  for (std::uint32_t row = 0; row < died.size(); ++row) {
    const Date d = died[row];
    if (!d.valid()) continue;
    out.emit(about_member(ctx, row, d).with_discriminator("listed").say("listed", {member(row), d, ctx.as_of}));
    int months = 0;
    Month first;
    for (const Payment& p : data.payments_of(row)) {
      if (!p.period.valid() || p.period <= Month::of(d) || p.amount <= 0) continue;
      if (p.paid_on.valid() && p.paid_on > ctx.as_of) continue;
      ++months;
      if (!first.valid() || p.period < first) first = p.period;
    }
    if (months > 0)
      out.emit(about_member(ctx, row, d).with_discriminator("paid").say("paid_after", {member(row), d, months, first}));
  }
}

}  // namespace kiemtra::plugins::membership
