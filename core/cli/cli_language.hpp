// The language the command line speaks before its options are parsed: help, usage errors, CLI11's own errors.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

namespace kiemtra::core::cli {

/// "vi" or "en" for the command line's own words: the last `--lang X` or `--lang=X` on the command line,
/// else KIEMTRA_LANG, else Vietnamese. "all" (both languages in a report) and anything unknown speak Vietnamese;
/// an unknown value is refused later by the option's check, in that language.
std::string command_line_language(int argc, char** argv);

/// Picks the Vietnamese or the English text of a help line.
struct Say {
  bool en = false;
  const char* operator()(const char* vi, const char* english) const { return en ? english : vi; }
};

/// A help formatter whose headings and value names are in `lang` ("Cách dùng", "Tùy chọn", "BẮT BUỘC" ...).
std::shared_ptr<CLI::Formatter> help_formatter(const std::string& lang);

/// CLI11's parse error as the user should read it, in `lang`, naming the command that was being parsed and
/// suggesting the closest option for an unknown one. Ends with how to get help.
std::string usage_error_text(const CLI::ParseError& e, const CLI::App& app, const std::string& lang);

}  // namespace kiemtra::core::cli
