// dues/collection-rate: live cells whose paid share of the member-months owed is below min_rate.
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "dues_common.hpp"
#include "dues_months.hpp"
#include "dues_rules.hpp"

namespace kiemtra::plugins::dues {

RuleMeta CollectionRateRule::metadata() {
  RuleMeta m;
  m.id = "dues/collection-rate";
  m.title_vi = "Chi bộ thu đảng phí chưa đủ";
  m.title_en = "Cell with incomplete dues collection";
  m.description_vi =
      "Một chi bộ đang hoạt động có tỷ lệ tháng-đảng viên đã đóng đảng phí thấp hơn min_rate (mặc định 1,0: mọi "
      "tháng phải đóng đều đã đóng). Tháng-đảng viên phải đóng được đếm như dues/unpaid-months: trong năm của ngày "
      "tham chiếu đến tháng trước tháng của ngày tham chiếu (tháng 1: cả năm trước), từ tháng kết nạp hoặc sau tháng "
      "chuyển đến, bỏ các tháng được miễn theo phiên bản có hiệu lực và các tháng đảng viên sinh hoạt tạm thời ở nơi "
      "khác (nơi đó thu). Tính đảng viên của chi bộ và của các tổ đảng "
      "trong chi bộ. Tháng đóng thiếu vẫn tính là đã đóng (việc của dues/underpaid). Chỉ kiểm tra khi có dues.csv.";
  m.description_en =
      "A live cell's share of member-months paid is below min_rate (default 1.0: every month owed is paid). The "
      "member-months owed are counted as dues/unpaid-months counts them: in the calendar year of the as-of date up to "
      "the month before the as-of month (in January: the whole previous year), from the admission month or after a "
      "transfer in, leaving out months exempt under the edition in force and months in temporary activity elsewhere "
      "(the host collects them). The members of the cell and of its party "
      "groups (to_dang) count. A month paid too little counts as paid (that is dues/underpaid's). Checked only when "
      "dues.csv exists.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_number("min_rate", 1.0, "Tỷ lệ tối thiểu tháng-đảng viên đã đóng (0 đến 1)",
                                  "Minimum share of member-months paid (0 to 1)"));
  m.params.push_back(param_exempt_party_age());
  m.editions = dues_editions("Mục I (đóng đảng phí hằng tháng)", {exempt_none()},
                             "Điều 2.1 (đóng đảng phí hằng tháng); miễn đóng từ đủ 50 năm tuổi đảng", {exempt_50()});
  // Rates are written with one decimal, truncated (never rounded up to a rate that would pass): "93,8%" / "93.8%",
  // from the whole tenths of a percent, so no text is formatted per finding.
  m.messages = {{"below",
                 {"_org", "member_months_paid", "member_months_owed", "_percent", "_tenth", "_from", "_to",
                  "_min_percent", "_min_tenth", "members_with_unpaid_months", "rate", "min_rate", "window"},
                 "{_org} thu đảng phí được {member_months_paid}/{member_months_owed} tháng-đảng viên "
                 "({_percent},{_tenth} %) từ {_from} đến {_to}, dưới mức {_min_percent},{_min_tenth} %; "
                 "{members_with_unpaid_months} đảng viên còn tháng chưa đóng",
                 "{_org} collected dues for {member_months_paid} of {member_months_owed} member-months "
                 "({_percent}.{_tenth}%) from {_from} to {_to}, below {_min_percent}.{_min_tenth}%; "
                 "{members_with_unpaid_months} {members_with_unpaid_months:member|members} with unpaid months"}};
  return m;
}

void CollectionRateRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  const DuesWindow window(ctx);
  const Edition& edition = window.closing_edition();
  const double min_rate = edition.number("min_rate");
  const UnreadableAmounts unreadable(data);
  // The same for every finding of the run: written once.
  const Date cited_at = window.last().first_day();  // the closing edition's day
  const std::string year = std::to_string(window.last().year());
  const std::string range = window.range_iso();
  const auto min_tenths = static_cast<std::uint64_t>(std::llround(min_rate * 1000));  // of a percent
  for (std::uint32_t c = 0; c < data.organizations.size(); ++c) {
    const Organization& o = data.organizations[c];
    if (!is_cell(o.kind) || !org_exists_at(o, ctx.as_of)) continue;
    std::uint64_t owed = 0, paid = 0, members_unpaid = 0;
    const auto add = [&](std::uint32_t org) {
      for (std::uint32_t row : data.members_by_org.of(org)) {
        const MemberMonths mm = member_months(data, window, row, unreadable);
        owed += static_cast<std::uint64_t>(mm.due_count());
        paid += static_cast<std::uint64_t>(mm.due_count() - mm.unpaid_count());
        members_unpaid += mm.unpaid != 0;
      }
    };
    add(c);
    for (std::uint32_t child : data.tree.children.of(c))
      if (data.organizations[child].kind == OrgKind::to_dang) add(child);
    // paid / owed < min_rate, with a margin so 19/20 against 0.95 is not failed by rounding.
    if (owed == 0 || static_cast<double>(paid) >= min_rate * static_cast<double>(owed) - 1e-9) continue;

    const std::uint64_t tenths = paid * 1000 / owed;  // truncated
    const std::string rate = fmt::format("{:.4f}", static_cast<double>(paid) / static_cast<double>(owed));
    out.emit(about_org(ctx, c, cited_at)
                 .with_discriminator(year)
                 .say("below", {organization(c), paid, owed, tenths / 10, tenths % 10, window.first(), window.last(),
                                min_tenths / 10, min_tenths % 10, members_unpaid, rate, number(min_rate, 0), range}));
  }
}

}  // namespace kiemtra::plugins::dues
