// admission/ceremony-deadline: admitted_on more than working_days working days after decision_on, or none.
#include "admission_rules.hpp"
#include "deadline.hpp"

namespace kiemtra::plugins::admission {
namespace {

constexpr DeadlineText kText{"admitted_on", "quyết định kết nạp", "the admission decision", "lễ kết nạp",
                             "admission ceremony"};

}  // namespace

RuleMeta CeremonyDeadlineRule::metadata() {
  RuleMeta m;
  m.id = "admission/ceremony-deadline";
  m.title_vi = "Thời hạn tổ chức lễ kết nạp";
  m.title_en = "Deadline of the admission ceremony";
  m.description_vi =
      "Chi bộ tổ chức lễ kết nạp (admitted_on) sau hạn working_days ngày làm việc kể từ ngày quyết định kết nạp "
      "(decision_on) (phân biệt: late), hoặc chưa tổ chức mà hạn đó đã qua tại ngày tham chiếu (missing). Văn bản "
      "tính từ ngày chi bộ nhận quyết định; dữ liệu không ghi ngày nhận, nên hạn tính từ ngày quyết định (hạn chặt "
      "nhất). Hạn cuối là ngày làm việc thứ working_days sau đó; lễ đúng ngày đó là đúng hạn. Lễ ghi ngày sau ngày "
      "tham chiếu coi như chưa tổ chức.";
  m.description_en =
      "The cell holds the admission ceremony (admitted_on) more than working_days working days after the admission "
      "decision (decision_on) (discriminator late), or has not held it while that deadline has passed at the as-of "
      "date (missing). The texts count from the day the cell receives the decision; the data does not record that "
      "day, so the deadline counts from the decision's date (the strictest reading). The deadline is the "
      "working_days-th working day after it; a ceremony on that day is on time. A ceremony dated after the as-of "
      "date has not happened yet.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("working_days", 30, "Số ngày làm việc để chi bộ tổ chức lễ kết nạp",
                               "Working days for the cell to hold the ceremony"));
  m.editions = regulation_editions("Điểm 4.1");
  m.messages = deadline_messages(kText);
  return m;
}

void CeremonyDeadlineRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, kText.column);
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    if (auto f = deadline_finding(ctx, row, c.decision_on, c.admitted_on, unreadable)) out.emit(*f);
  }
}

}  // namespace kiemtra::plugins::admission
