// integrity/bad-value: one finding per value the reader could not read, at file:line:column.
#include "bad_value_rule.hpp"

#include <fmt/format.h>

#include "integrity_findings.hpp"

namespace kiemtra::plugins::integrity {

RuleMeta BadValueRule::metadata() {
  RuleMeta m;
  m.id = "integrity/bad-value";
  m.title_vi = "Giá trị không đọc được";
  m.title_en = "Unreadable value";
  m.description_vi =
      "Một giá trị trong một dòng không đọc được: ngày không tồn tại (31/02/2019), mã liệt kê không có trong quy ước, "
      "chữ ở chỗ phải là số tiền, hoặc thiếu một giá trị bắt buộc. Mỗi giá trị lỗi là một phát hiện, nêu "
      "tệp:dòng:cột, giá trị như đã ghi và lý do. Các giá trị đọc được khác của dòng vẫn được kiểm tra; giá trị "
      "lỗi được coi là trống (các quy tắc khác bỏ qua nó, không báo trùng). Với --strict, lỗi này dừng chương trình "
      "(mã thoát 2) trước khi chạy quy tắc.";
  m.description_en =
      "A value in one row cannot be read: an impossible date (31/02/2019), an enumeration code the contract does not "
      "know, text where money belongs, or a missing required value. Each unreadable value is one finding naming "
      "file:line:column, the value as written and the reason. The row's other, readable values are still checked; "
      "the bad value counts as empty (other rules skip it rather than report it again). With --strict this is a fatal "
      "error (exit 2) before any rule runs.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục Quy tắc CSV"}, {}});
  return m;
}

void BadValueRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const ReadIssue& issue : ctx.data.read_issues) {
    Finding f = row_finding(ctx, issue.file, issue.line, issue.column, issue.column_name, issue.org);
    f.subject_name = issue.row_key;
    if (issue.value.empty()) {
      f.message_vi = fmt::format("Thiếu giá trị ở cột {} ({}): {}", issue.column_name, f.location, issue.reason_vi);
      f.message_en = fmt::format("Missing value in column {} ({}): {}", issue.column_name, f.location, issue.reason_en);
    } else {
      f.message_vi = fmt::format("Không đọc được giá trị \"{}\" ở cột {} ({}): {}", issue.value, issue.column_name,
                                 f.location, issue.reason_vi);
      f.message_en = fmt::format("Cannot read the value \"{}\" in column {} ({}): {}", issue.value, issue.column_name,
                                 f.location, issue.reason_en);
    }
    f.evidence = {{"table", std::string(table_name(issue.table))},
                  {"column", issue.column_name},
                  {"value", issue.value},
                  {"reason", issue.reason_en}};
    if (!issue.row_key.empty()) f.evidence.push_back({"row", issue.row_key});
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::integrity
