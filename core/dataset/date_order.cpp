// Month-first date columns: merging the counts of parse workers, deciding which columns to refuse, the issue.
#include "dataset/date_order.hpp"
#include "util/numbers.hpp"

#include <fmt/format.h>

namespace kiemtra::core::dataset {

namespace {

/// 2774 -> "2.774" (vi) / "2,774" (en).
std::string grouped(std::uint32_t v, const char* lang) { return format_count(v, lang); }

}  // namespace

void merge_date_counts(std::vector<DateColumnCount>& into, std::vector<DateColumnCount>& from,
                       std::uint32_t line_base) {
  if (into.size() < from.size()) into.resize(from.size());
  for (std::size_t c = 0; c < from.size(); ++c) {
    DateColumnCount& n = from[c];
    DateColumnCount& t = into[c];
    t.values += n.values;
    t.month_first_only += n.month_first_only;
    t.day_first_only += n.day_first_only;
    if (!n.example.empty() && (t.example.empty() || n.example < t.example)) {
      t.example = std::move(n.example);
      t.at = {n.at.line + line_base, n.at.column};
    }
  }
  from.clear();
}

std::vector<bool> month_first_columns(const std::vector<DateColumnCount>& counts, bool month_first) {
  std::vector<bool> out;
  if (month_first) return out;
  for (std::size_t c = 0; c < counts.size(); ++c)
    if (counts[c].month_first_only > 0) {
      out.resize(counts.size());
      out[c] = true;
    }
  return out;
}

ReadIssue refused_column_issue(TableId table, const std::string& file, std::string_view column,
                               const DateColumnCount& n) {
  ReadIssue is;
  is.table = table;
  is.file = file;
  is.line = n.at.line;
  is.column = n.at.column;
  is.column_name = std::string(column);
  is.value = n.example;
  const std::string_view t = table_name(table);
  is.reason_vi = fmt::format(
      "cột {} có vẻ ghi tháng trước ngày: {} trên {} giá trị chỉ đọc được khi tháng đứng trước ({} chỉ đọc được khi "
      "ngày đứng trước); cả cột không được đọc. Đặt `date_order: mdy` cho {} trong dataset.yaml hoặc sửa tệp xuất",
      column, grouped(n.month_first_only, "vi"), grouped(n.values, "vi"), grouped(n.day_first_only, "vi"), t);
  is.reason_en = fmt::format(
      "{} looks month-first: {} of {} values only read month first ({} only day first); the column is not read. "
      "Set `date_order: mdy` for {} in dataset.yaml or fix the export",
      column, grouped(n.month_first_only, "en"), grouped(n.values, "en"), grouped(n.day_first_only, "en"), t);
  return is;
}

}  // namespace kiemtra::core::dataset
