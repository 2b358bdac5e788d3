// Fatal error texts of the dataset reader (vi + en), with the fix the user can make.
#include "dataset/messages.hpp"

#include <fmt/format.h>

namespace kiemtra::core::dataset {

std::string where(std::string_view file, std::uint32_t line, std::uint32_t column) {
  return fmt::format("{}:{}:{}", file, line, column);
}

Text msg_path_missing(const std::string& path) {
  return {fmt::format("Không tìm thấy dữ liệu: '{}' không tồn tại", path),
          fmt::format("Dataset not found: '{}' does not exist", path)};
}

Text msg_not_a_dataset(const std::string& path) {
  return {fmt::format("'{}' không phải thư mục dữ liệu hay tệp .yaml", path),
          fmt::format("'{}' is neither a dataset directory nor a .yaml file", path)};
}

Text msg_required_file_missing(const std::string& file) {
  return {fmt::format("{}: thiếu tệp bắt buộc", file), fmt::format("{}: required file is missing", file)};
}

Text msg_cannot_read(const std::string& file, const Text& reason) {
  return {fmt::format("{}: không đọc được tệp ({})", file, reason.vi),
          fmt::format("{}: cannot read the file ({})", file, reason.en)};
}

Text msg_empty_file(const std::string& file) {
  return {fmt::format("{}: tệp rỗng, không có dòng tiêu đề", where(file, 1, 1)),
          fmt::format("{}: empty file, no header row", where(file, 1, 1))};
}

Text msg_duplicate_column(const std::string& file, std::uint32_t line, std::uint32_t column, std::string_view name,
                          std::uint32_t first_column) {
  const std::string at = where(file, line, column);
  return {fmt::format("{}: cột '{}' xuất hiện hai lần (lần đầu ở cột {})", at, name, first_column),
          fmt::format("{}: column '{}' appears twice (first at column {})", at, name, first_column)};
}

Text msg_unterminated_quote(const std::string& file, std::uint32_t line, std::uint32_t column) {
  const std::string at = where(file, line, column);
  return {fmt::format("{}: dấu ngoặc kép mở ở đây không được đóng trước khi hết tệp", at),
          fmt::format("{}: the quote opened here is not closed before the end of the file", at)};
}

namespace {
std::string_view guess_vi(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::tcvn3: return "Tệp có vẻ dùng bảng mã TCVN3 (ABC)";
    case LegacyEncoding::windows1258: return "Tệp có vẻ dùng bảng mã Windows-1258 (CP1258)";
    case LegacyEncoding::vni: return "Tệp có vẻ dùng bảng mã VNI (VNI-Windows)";
    case LegacyEncoding::utf16: return "Tệp có vẻ dùng bảng mã UTF-16 (Unicode của Excel)";
    case LegacyEncoding::unknown: break;
  }
  return "Tệp có vẻ dùng một bảng mã 8 bit cũ";
}
std::string_view guess_en(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::tcvn3: return "The file looks like TCVN3 (ABC)";
    case LegacyEncoding::windows1258: return "The file looks like Windows-1258 (CP1258)";
    case LegacyEncoding::vni: return "The file looks like VNI (VNI-Windows)";
    case LegacyEncoding::utf16: return "The file looks like UTF-16 (Excel's 'Unicode text')";
    case LegacyEncoding::unknown: break;
  }
  return "The file looks like an 8-bit legacy encoding";
}
}  // namespace

Text msg_invalid_utf8(const std::string& file, std::uint32_t line, std::uint32_t column, std::uint64_t offset,
                      unsigned char byte, LegacyEncoding guess, std::string_view table) {
  const std::string at = where(file, line, column);
  if (!table.empty()) {
    // A table is read in the encoding the manifest names: say exactly which line to add.
    const std::string_view name = guess == LegacyEncoding::tcvn3 ? "tcvn3"
                                  : guess == LegacyEncoding::vni ? "vni"
                                                                 : "windows-1258";
    const std::string line_to_add = fmt::format("encoding: {{{}: {}}}", table, name);
    if (guess == LegacyEncoding::tcvn3 || guess == LegacyEncoding::windows1258 || guess == LegacyEncoding::vni)
      return {fmt::format("{}: tệp không phải UTF-8 hợp lệ (byte 0x{:02X} ở vị trí byte {}). {}; để đọc tệp theo bảng "
                          "mã này, thêm dòng sau vào dataset.yaml:\n    {}",
                          at, byte, offset, guess_vi(guess), line_to_add),
              fmt::format("{}: the file is not valid UTF-8 (byte 0x{:02X} at byte offset {}). {}; to read it in that "
                          "encoding, add this line to dataset.yaml:\n    {}",
                          at, byte, offset, guess_en(guess), line_to_add)};
    return {fmt::format("{}: tệp không phải UTF-8 hợp lệ (byte 0x{:02X} ở vị trí byte {}). {}; hãy khai báo bảng mã "
                        "của tệp trong dataset.yaml, ví dụ:\n    {}\n(hoặc tcvn3, vni), hoặc chuyển tệp sang UTF-8.",
                        at, byte, offset, guess_vi(guess), line_to_add),
            fmt::format("{}: the file is not valid UTF-8 (byte 0x{:02X} at byte offset {}). {}; name its encoding in "
                        "dataset.yaml, e.g.:\n    {}\n(or tcvn3, vni), or convert it to UTF-8.",
                        at, byte, offset, guess_en(guess), line_to_add)};
  }
  return {fmt::format("{}: tệp không phải UTF-8 hợp lệ (byte 0x{:02X} ở vị trí byte {}). {}; hãy chuyển tệp sang "
                      "UTF-8 (ví dụ bằng Unikey Toolkit hoặc Excel: Lưu dạng CSV UTF-8) rồi chạy lại.",
                      at, byte, offset, guess_vi(guess)),
          fmt::format("{}: the file is not valid UTF-8 (byte 0x{:02X} at byte offset {}). {}; convert it to UTF-8 "
                      "(e.g. with Unikey Toolkit, or Excel: Save as CSV UTF-8) and run again.",
                      at, byte, offset, guess_en(guess))};
}

Text msg_bad_encoding(const std::string& file, std::uint32_t line, std::uint32_t column, std::uint64_t offset,
                      std::string_view encoding) {
  const std::string at = where(file, line, column);
  return {fmt::format("{}: byte ở vị trí {} không phải ký tự của bảng mã {} (bảng mã khai báo hoặc nhận ra từ BOM); "
                      "hãy kiểm tra 'encoding:' trong dataset.yaml",
                      at, offset, encoding),
          fmt::format("{}: the bytes at offset {} are not a character of the encoding {} (declared, or told by the "
                      "BOM); check 'encoding:' in dataset.yaml",
                      at, offset, encoding)};
}

Text msg_sheet_missing(const std::string& file, std::string_view sheet, std::string_view sheets, std::string_view table,
                       bool named) {
  if (named)
    return {fmt::format("{}: không có trang tính '{}' (dataset.yaml chỉ định cho bảng {}); các trang tính: {}", file, sheet,
                        table, sheets),
            fmt::format("{}: no sheet '{}' (named for the table {} in dataset.yaml); the sheets are: {}", file, sheet,
                        table, sheets)};
  return {fmt::format("{}: không có trang tính tên '{}' cho bảng {}; các trang tính: {}. Hãy đặt tên trang tính là '{}', "
                      "hoặc thêm vào dataset.yaml dòng:\n    sheet: {{{}: \"<tên trang tính>\"}}",
                      file, sheet, table, sheets, table, table),
          fmt::format("{}: no sheet named '{}' for the table {}; the sheets are: {}. Name the sheet '{}', or add to "
                      "dataset.yaml the line:\n    sheet: {{{}: \"<sheet name>\"}}",
                      file, sheet, table, sheets, table, table)};
}

Text msg_strict(const ReadIssue& issue) {
  const std::string at = where(issue.file, issue.line, issue.column);
  return {fmt::format("{}: giá trị không đọc được ở cột '{}': '{}' ({}) [--strict]", at, issue.column_name, issue.value,
                      issue.reason_vi),
          fmt::format("{}: unreadable value in column '{}': '{}' ({}) [--strict]", at, issue.column_name, issue.value,
                      issue.reason_en)};
}

Text msg_yaml_syntax(const std::string& file, std::uint32_t line, std::uint32_t column, const std::string& what) {
  const std::string at = where(file, line, column);
  return {fmt::format("{}: lỗi cú pháp YAML: {}", at, what), fmt::format("{}: YAML syntax error: {}", at, what)};
}

Text msg_yaml_value(const std::string& file, std::uint32_t line, std::uint32_t column, std::string_view key,
                    std::string_view what_vi, std::string_view what_en) {
  const std::string at = where(file, line, column);
  return {fmt::format("{}: '{}': {}", at, key, what_vi), fmt::format("{}: '{}': {}", at, key, what_en)};
}

}  // namespace kiemtra::core::dataset
