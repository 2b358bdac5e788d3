// integrity/bad-value: one finding per value the reader could not read, at file:line:column; it is the same
// finding from night to night while the same row holds the same value in the same column, wherever the row is.
#include "integrity_common.hpp"
#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {

RuleMeta BadValueRule::metadata() {
  RuleMeta m;
  m.id = "integrity/bad-value";
  m.title_vi = "Giá trị không đọc được";
  m.title_en = "Unreadable value";
  m.description_vi =
      "Một giá trị trong một dòng không đọc được: ngày không tồn tại (31/02/2019), mã liệt kê không có trong quy ước, "
      "chữ ở chỗ phải là số tiền, hoặc thiếu một giá trị bắt buộc. Mỗi giá trị lỗi là một phát hiện, nêu "
      "tệp:dòng:cột (ô của bảng tính như Excel ghi: members.xlsx:Danh sách!C12; hàng của bảng cơ sở dữ liệu theo thứ "
      "tự trả về), giá trị như đã ghi và lý do. Các giá trị đọc được khác của dòng vẫn được kiểm tra; giá trị "
      "lỗi được coi là trống (các quy tắc khác bỏ qua nó, không báo trùng). Với --strict, lỗi này dừng chương trình "
      "(mã thoát 2) trước khi chạy quy tắc.";
  m.description_en =
      "A value in one row cannot be read: an impossible date (31/02/2019), an enumeration code the contract does not "
      "know, text where money belongs, or a missing required value. Each unreadable value is one finding naming "
      "file:line:column (a workbook's cell as Excel names it: members.xlsx:Danh sách!C12; a database table's row "
      "in the order the database returned it), the value as written and the reason. The row's other, readable "
      "values are still checked; the bad value counts as empty (other rules skip it rather than report it again). "
      "With --strict this is a fatal error (exit 2) before any rule runs.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục Quy tắc CSV"}, {}});
  // The place is "<file>:<line>:<column>", a workbook's cell or a database row (place_of); a row without a
  // readable id has no `row` evidence.
  const auto missing = [](std::string key, std::vector<std::string> args) {
    return MessageSpec{std::move(key), std::move(args),
                       "Thiếu giá trị ở cột {column} ({_at}): {reason}",
                       "Missing value in column {column} ({_at}): {reason}"};
  };
  const auto unreadable = [](std::string key, std::vector<std::string> args) {
    return MessageSpec{std::move(key), std::move(args),
                       "Không đọc được giá trị \"{value}\" ở cột {column} ({_at}): {reason}",
                       "Cannot read the value \"{value}\" in column {column} ({_at}): {reason}"};
  };
  m.messages = {missing("missing", {"column", "_at", "reason", "table", "value", "row"}),
                missing("missing_no_row", {"column", "_at", "reason", "table", "value"}),
                unreadable("unreadable", {"column", "_at", "reason", "table", "value", "row"}),
                unreadable("unreadable_no_row", {"column", "_at", "reason", "table", "value"})};
  return m;
}

void BadValueRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const ReadIssue& issue : ctx.data.read_issues) {
    if (issue.in_refused_column) continue;  // the column's one finding says it
    Finding f = about_row(ctx, issue.table, issue.line, issue.column, issue.org);
    // The identity: the row, the column and the value as written; its line and column number only locate it.
    const std::string subject = row_subject(issue.table, issue.row_key, issue.row_hash);
    const std::string which = issue.column_name + "=" + issue.value;
    f.keyed(subject).with_discriminator(which);
    f.name = issue.row_key;
    const Place at = place_of(issue.file, issue.line, issue.column);
    const Arg reason = phrase(issue.reason_vi, issue.reason_en);  // its English text is the evidence
    const std::string_view table = table_name(issue.table);
    if (issue.row_key.empty())
      f.say(issue.value.empty() ? "missing_no_row" : "unreadable_no_row",
            {issue.column_name, phrase(at.vi, at.en), reason, table, issue.value});
    else
      f.say(issue.value.empty() ? "missing" : "unreadable",
            {issue.column_name, phrase(at.vi, at.en), reason, table, issue.value, issue.row_key});
    out.emit(f);
  }
}

}  // namespace kiemtra::plugins::integrity
