// Rolling unreadable values up per column: counts, the commonest shape, and what usually causes it.
#include "report/unreadable_summary.hpp"
#include "util/numbers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace kiemtra::core {

namespace {

// Digits as N, the rest as written: "1990-11-05 14:30" and "2001-02-03 08:00" share "NNNN-NN-NN NN:NN".
std::string shape_of(std::string_view v) {
  std::string s;
  for (char c : v) s += c >= '0' && c <= '9' ? 'N' : c;
  return s;
}

bool all_n(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == 'N'; }); }

Text cause_of(const std::string& form, const std::string& table) {
  if (form.find(':') != std::string::npos && form.find('N') != std::string::npos)
    return {"ngày có kèm giờ (Excel xuất ô ngày-giờ): định dạng cột là Ngày trong Excel, hoặc xóa phần giờ",
            "dates carrying a time of day (Excel exported date-time cells): format the column as Date in Excel, or "
            "drop the time"};
  if (all_n(form) && form.size() >= 4 && form.size() <= 6)
    return {"số ngày kiểu Excel (ô ngày bị định dạng là số): định dạng cột là Ngày trong Excel trước khi xuất",
            "Excel serial dates (date cells formatted as numbers): format the column as Date in Excel before "
            "exporting"};
  if (form.size() >= 8 && form.size() <= 10 && form.find('/') != std::string::npos && form.substr(form.size() - 4) == "NNNN")
    return {fmt::format("ngày ghi tháng trước (11/05/1990 là ngày 5 tháng 11?): đặt `date_order: {{{}: mdy}}` "
                        "trong dataset.yaml hoặc sửa tệp xuất",
                        table),
            fmt::format("dates written month first (11/05/1990 for 5 November?): set `date_order: {{{}: mdy}}` in "
                        "dataset.yaml or fix the export",
                        table)};
  return {};
}

std::string grouped(std::size_t n, const char* lang) { return format_count(static_cast<std::int64_t>(n), lang); }

std::pair<const char*, const char*> rows_noun(TableId t) {
  switch (t) {
    case TableId::organizations: return {"tổ chức", "organizations"};
    case TableId::members: return {"đảng viên", "members"};
    case TableId::dues: return {"lượt đóng đảng phí", "payments"};
    case TableId::candidates: return {"hồ sơ kết nạp", "candidates"};
    case TableId::committees: return {"ghế cấp ủy", "committee seats"};
    case TableId::transfers: return {"lượt chuyển sinh hoạt", "transfers"};
    case TableId::events: return {"sự kiện", "events"};
    case TableId::ratings: return {"dòng xếp loại chất lượng", "ratings"};
    case TableId::meetings: return {"buổi sinh hoạt chi bộ", "cell meetings"};
    case TableId::attendance: return {"dòng điểm danh sinh hoạt", "attendance rows"};
  }
  return {"dòng", "rows"};
}

}  // namespace

std::vector<UnreadableColumn> unreadable_columns(const Dataset& data) {
  struct Acc {
    UnreadableColumn col;
    std::set<std::uint32_t> lines;
    std::map<std::string, std::pair<std::size_t, std::string>> forms;  // shape -> (count, first value)
  };
  std::vector<Acc> acc;
  for (const ReadIssue& is : data.read_issues) {
    if (is.value.empty()) continue;
    auto it = std::find_if(acc.begin(), acc.end(),
                           [&](const Acc& a) { return a.col.table == is.table && a.col.column == is.column_name; });
    if (it == acc.end()) {
      acc.emplace_back();
      it = std::prev(acc.end());
      it->col.table = is.table;
      it->col.column = is.column_name;
      it->col.file = is.file;
    }
    it->lines.insert(is.line);
    auto& f = it->forms[shape_of(is.value)];
    if (f.first++ == 0) f.second = is.value;
  }
  std::vector<UnreadableColumn> out;
  for (Acc& a : acc) {
    UnreadableColumn c = std::move(a.col);
    c.rows = a.lines.size();
    for (const auto& [form, n] : a.forms)
      if (n.first > c.form_rows) {
        c.form = form;
        c.form_rows = n.first;
        c.example = n.second;
      }
    for (std::uint32_t line : a.lines) {
      if (c.first_lines.size() == 5) break;
      c.first_lines.push_back(line);
    }
    c.cause = cause_of(c.form, std::string(table_name(c.table)));
    out.push_back(std::move(c));
  }
  return out;
}

std::string unreadable_sentence(const UnreadableColumn& c, const std::string& lang) {
  const bool en = lang == "en";
  const auto [noun_vi, noun_en] = rows_noun(c.table);
  std::string lines;
  for (std::uint32_t l : c.first_lines) lines += (lines.empty() ? "" : ", ") + std::to_string(l);
  if (c.rows > c.first_lines.size()) lines += " …";
  const std::string file = c.file.substr(c.file.find_last_of('/') + 1);
  if (en)
    return fmt::format("{} unreadable for {} {} ({}, lines {}): most often written \"{}\" ({} values, e.g. \"{}\"){}; "
                       "the rules that need it skipped them",
                       c.column, grouped(c.rows, "en"), noun_en, file, lines, c.form, grouped(c.form_rows, "en"),
                       c.example, c.cause.en.empty() ? "" : ": " + c.cause.en);
  return fmt::format("{} không đọc được ở {} {} ({}, dòng {}): thường gặp dạng \"{}\" ({} giá trị, ví dụ \"{}\"){}; "
                     "các quy tắc cần trường này đã bỏ qua các dòng đó",
                     c.column, grouped(c.rows, "vi"), noun_vi, file, lines, c.form, grouped(c.form_rows, "vi"),
                     c.example, c.cause.vi.empty() ? "" : ": " + c.cause.vi);
}

void write_unreadable_text(const std::vector<UnreadableColumn>& columns, const std::string& lang, std::ostream& out) {
  if (columns.empty()) return;
  out << (lang == "en" ? "Unreadable values (each is an integrity/bad-value finding; the field is unknown):\n"
                       : "Giá trị không đọc được (mỗi giá trị là một phát hiện integrity/bad-value; trường đó coi như "
                         "chưa biết):\n");
  for (const UnreadableColumn& c : columns) out << "  " << unreadable_sentence(c, lang) << "\n";
  out << "\n";
}

}  // namespace kiemtra::core
