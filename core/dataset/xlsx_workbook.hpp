// An .xlsx workbook read as a stream: libzip for the container, expat for the XML, one sheet row at a time.
#pragma once

#include <zip.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiemtra::core::dataset {

/// One cell of a sheet row as text, the way the CSV reader would have seen it.
struct XlsxCell {
  std::uint32_t column = 0;  ///< 1-based (A = 1)
  std::string_view text;     ///< valid during the row callback
  bool number = false;       ///< stored as a number (not as text, not as a date)
};

/// The workbook's sheets, shared strings and which cell styles are dates. Sheets are read by
/// stream_sheet without holding the sheet in memory: a 550,000-row sheet costs one row at a time
/// (and the shared strings, which the workbook keeps for all its sheets).
class XlsxWorkbook {
 public:
  /// Throws UserError naming the file when it is not a readable .xlsx workbook.
  explicit XlsxWorkbook(std::string file);
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  const std::string& file() const { return file_; }
  /// Sheet names in workbook order.
  const std::vector<std::string>& sheets() const { return names_; }
  /// The sheet whose name folds (case, NFC, spaces) to `name`'s, or -1.
  int find_sheet(std::string_view name) const;

  /// Calls `row(number, cells)` for every row of sheet `index` that has a cell with a value, in order.
  /// Cells come in column order, empty cells left out; a date-styled number reads as yyyy-mm-dd (with
  /// the time of day when it has one), a number as its decimal text, a boolean as 1/0. The callback
  /// returns false to stop. Throws UserError naming the sheet for broken XML.
  void stream_sheet(int index, const std::function<bool(std::uint32_t, std::span<const XlsxCell>)>& row) const;

 private:
  std::string read_entry(const std::string& name, bool required) const;
  void load_workbook();
  void load_shared_strings(const std::string& path);
  void load_styles(const std::string& path);

  std::string file_;
  zip_t* zip_ = nullptr;
  std::vector<std::string> names_;
  std::vector<std::string> paths_;  ///< sheet XML entry per sheet
  std::vector<std::string> strings_;
  std::vector<bool> date_style_;  ///< per cellXfs index
  bool date1904_ = false;
};

}  // namespace kiemtra::core::dataset
