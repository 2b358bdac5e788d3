// admission/decision-deadline: decision_on more than working_days working days after cell_resolution_on, or none.
#include "admission_rules.hpp"
#include "deadline.hpp"

namespace kiemtra::plugins::admission {
namespace {

constexpr DeadlineText kText{"decision_on", "nghị quyết của chi bộ", "the cell's resolution", "quyết định kết nạp",
                             "admission decision"};

}  // namespace

RuleMeta DecisionDeadlineRule::metadata() {
  RuleMeta m;
  m.id = "admission/decision-deadline";
  m.title_vi = "Thời hạn ra quyết định kết nạp";
  m.title_en = "Deadline of the admission decision";
  m.description_vi =
      "Cấp ủy có thẩm quyền ra quyết định kết nạp (decision_on) sau hạn working_days ngày làm việc kể từ ngày chi bộ "
      "ra nghị quyết (cell_resolution_on) (phân biệt: late), hoặc chưa có quyết định mà hạn đó đã qua tại ngày tham "
      "chiếu (missing). Hạn cuối là ngày làm việc thứ working_days sau ngày nghị quyết, theo lịch ngày nghỉ của cấu "
      "hình; quyết định đúng ngày đó là đúng hạn. Quyết định ghi ngày sau ngày tham chiếu coi như chưa có. Văn bản "
      "cho phép kéo dài thêm tối đa 30 ngày làm việc trong trường hợp cần thiết; dữ liệu không ghi việc kéo dài, nên "
      "các trường hợp đó được miễn trừ.";
  m.description_en =
      "The competent committee's admission decision (decision_on) comes more than working_days working days after "
      "the cell's resolution (cell_resolution_on) (discriminator late), or there is no decision while that deadline "
      "has passed at the as-of date (missing). The deadline is the working_days-th working day after the "
      "resolution, by the configuration's calendar; a decision on that day is on time. A decision dated after the "
      "as-of date has not happened yet. The texts allow an extension of up to 30 working days when needed; the data "
      "does not record extensions, so such cases are waived.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("working_days", 60, "Số ngày làm việc để cấp ủy có thẩm quyền ra quyết định",
                               "Working days for the competent committee to decide"));
  m.editions = regulation_editions("Điểm 4.3.1");
  m.messages = deadline_messages(kText);
  return m;
}

void DecisionDeadlineRule::check(const RunContext& ctx, FindingSink& out) const {
  const UnreadableRows unreadable(ctx.data, kText.column);
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    if (auto f = deadline_finding(ctx, row, c.cell_resolution_on, c.decision_on, unreadable)) out.emit(*f);
  }
}

}  // namespace kiemtra::plugins::admission
