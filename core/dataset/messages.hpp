// The reader's fatal error texts, in Vietnamese and English, each naming file:line:column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kiemtra/dataset.hpp"
#include "util/error.hpp"

namespace kiemtra::core::dataset {

/// "file:line:column".
std::string where(std::string_view file, std::uint32_t line, std::uint32_t column);

/// The legacy encodings the reader can recognize in a file that is not UTF-8.
enum class LegacyEncoding { tcvn3, windows1258, vni, utf16, unknown };

Text msg_path_missing(const std::string& path);
Text msg_not_a_dataset(const std::string& path);
Text msg_required_file_missing(const std::string& file);
Text msg_cannot_read(const std::string& file, const Text& reason);
Text msg_empty_file(const std::string& file);
Text msg_duplicate_column(const std::string& file, std::uint32_t line, std::uint32_t column, std::string_view name,
                          std::uint32_t first_column);
Text msg_unterminated_quote(const std::string& file, std::uint32_t line, std::uint32_t column);
/// `table` (a table's name, empty for the manifest) gets the exact manifest line that reads the file as
/// the guessed encoding.
Text msg_invalid_utf8(const std::string& file, std::uint32_t line, std::uint32_t column, std::uint64_t offset,
                      unsigned char byte, LegacyEncoding guess, std::string_view table = {});
/// A byte sequence `encoding` (the manifest's name of it) does not have, at byte `offset` of the file;
/// line and column count the text decoded before it.
Text msg_bad_encoding(const std::string& file, std::uint32_t line, std::uint32_t column, std::uint64_t offset,
                      std::string_view encoding);
/// A workbook without the sheet a table is read from: `sheets` lists the workbook's sheets; `named` says
/// whether the manifest named the sheet (else it was looked for by the table's name).
Text msg_sheet_missing(const std::string& file, std::string_view sheet, std::string_view sheets, std::string_view table,
                       bool named);
/// --strict: the first bad value stops the run.
Text msg_strict(const ReadIssue& issue);
Text msg_yaml_syntax(const std::string& file, std::uint32_t line, std::uint32_t column, const std::string& what);
/// A manifest or YAML-form problem: `what_vi` / `what_en` say what is wrong with `key`.
Text msg_yaml_value(const std::string& file, std::uint32_t line, std::uint32_t column, std::string_view key,
                    std::string_view what_vi, std::string_view what_en);

}  // namespace kiemtra::core::dataset
