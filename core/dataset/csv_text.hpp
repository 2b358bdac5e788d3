// The text of one CSV table as UTF-8: the file mapped as it is, or transcoded once into a buffer.
#pragma once

#include <memory>
#include <string>

#include "dataset/encoding.hpp"
#include "dataset/mapped_file.hpp"

namespace kiemtra::core::dataset {

/// A UTF-8 file (with or without a BOM) is mapped and parsed in place; a UTF-16 file (recognized by its
/// BOM, whatever `encoding` says) or a file in the legacy `encoding` is transcoded to UTF-8 (NFC) once, so
/// the parser's hot loop only ever sees UTF-8.
class CsvText {
 public:
  /// Throws UserError naming the file, line, column and byte offset of a byte the encoding does not have.
  CsvText(const std::string& file, TextEncoding encoding);

  /// First byte of the input as read (the mapping, or the transcoded buffer).
  const char* begin() const { return begin_; }
  /// Where line 1 starts (after a UTF-8 BOM).
  const char* text() const { return text_; }
  const char* end() const { return end_; }
  /// Whether the text was transcoded (then it is valid UTF-8 by construction).
  bool transcoded() const { return mapped_ == nullptr; }
  /// Drops parsed pages of a mapping (nothing for a transcoded buffer).
  void release(const char* from, const char* to) const {
    if (mapped_) mapped_->release(from, to);
  }
  /// Maps the pages of [from, to) of a mapping ahead of the parser (nothing for a transcoded buffer).
  void prefetch(const char* from, const char* to) const {
    if (mapped_) mapped_->prefetch(from, to);
  }

 private:
  std::unique_ptr<MappedFile> mapped_;
  std::string decoded_;
  const char* begin_ = "";
  const char* text_ = "";
  const char* end_ = "";
};

/// The separator of a table whose first non-blank line is at `text`: the most frequent of ',' ';' and tab
/// outside quotes on that line (',' when none occurs or on a tie, the contract's separator).
char detect_separator(const char* text, const char* end);

}  // namespace kiemtra::core::dataset
