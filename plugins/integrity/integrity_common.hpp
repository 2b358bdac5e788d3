// What the integrity rules share beyond the SDK: the file part of a path, for messages that name a place, and
// the key of a row, for the identity of a finding about it.
#pragma once

#include <kiemtra/dataset.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace kiemtra::plugins::integrity {

/// The file part of a path ("data/members.csv" -> "members.csv"): messages must not depend on where the dataset
/// lies, or fingerprints would change when it moves.
inline std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// Where a value sits, as its user finds it, in the run's two languages: "members.csv:12:5" in a CSV file,
/// "members.xlsx:Danh sách!E12" in a workbook's sheet (the reader names such a table "…/members.xlsx:Danh
/// sách", and Excel forbids ':' in sheet names), "postgres:dang_vien, hàng 2199" / "…, row 2199" for a row
/// of a database table or query, in the order the database returned it (its key is the finding's location).
/// Column 0 names the row alone: "members.csv:12", "members.xlsx:Danh sách!12:12".
struct Place {
  std::string vi, en;
};

inline void append_excel_column(std::uint32_t column, std::string& out) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  out += letters;
}

inline Place place_of(std::string_view file, std::uint32_t line, std::uint32_t column) {
  Place p;
  if (const std::size_t dot = file.find(".xlsx:"); dot != std::string_view::npos) {
    p.vi = std::string(file_name(file.substr(0, dot + 5))) + std::string(file.substr(dot + 5)) + '!';
    if (column == 0) p.vi += std::to_string(line) + ':';
    else append_excel_column(column, p.vi);
    p.vi += std::to_string(line);
    p.en = p.vi;
    return p;
  }
  if (file.starts_with("postgres:") || file.starts_with("sqlite:")) {
    const std::string_view source = file.substr(0, file.find('['));  // "postgres:dang_vien[ma_dv]": keys are the location's
    p.vi = std::string(source) + ", hàng " + std::to_string(line);
    p.en = std::string(source) + ", row " + std::to_string(line);
    return p;
  }
  p.vi = std::string(file_name(file)) + ':' + std::to_string(line);
  if (column > 0) p.vi += ':' + std::to_string(column);
  p.en = p.vi;
  return p;
}

/// A row in the data's terms, never its line: "members/DV01" for the tables whose rows carry their own id
/// (organizations, members, candidates), "dues/#3f9c0a…" (a hash of the row's values) for the others, whose
/// member id is shared by many rows. A finding keyed so stays the same finding when the file is re-sorted or
/// rows are added or removed elsewhere (docs/nightly.md, "What makes a finding the same finding").
inline std::string row_subject(TableId table, std::string_view id, std::string_view hash) {
  std::string out(table_name(table));
  if (id.empty() && hash.empty()) return out;  // the table itself (a column refused as a whole)
  out += '/';
  const bool own_id = table == TableId::organizations || table == TableId::members || table == TableId::candidates;
  if (own_id && !id.empty()) {
    out += id;
  } else if (!hash.empty()) {
    out += '#';
    out += hash;
  } else {
    out += id;  // a row whose hash is not known (its table's ids resolved after reading it): its id
  }
  return out;
}

}  // namespace kiemtra::plugins::integrity
