// Terminal colours for the writers that print to a terminal (text, diagnostics, the run summary).
#pragma once

#include <string>
#include <string_view>

#include "kiemtra/finding.hpp"

namespace kiemtra::core {

enum class Paint { error, warning, info, passed, bold, dim };

/// `text` wrapped in the ANSI colour of `paint` when `on`, else `text` itself.
inline std::string paint(std::string_view text, Paint p, bool on) {
  if (!on) return std::string(text);
  const char* code = "";
  switch (p) {
    case Paint::error: code = "\033[1;31m"; break;
    case Paint::warning: code = "\033[1;33m"; break;
    case Paint::info: code = "\033[1;36m"; break;
    case Paint::passed: code = "\033[32m"; break;
    case Paint::bold: code = "\033[1m"; break;
    case Paint::dim: code = "\033[2m"; break;
  }
  return code + std::string(text) + "\033[0m";
}

inline Paint paint_of(Severity s) {
  return s == Severity::error ? Paint::error : s == Severity::warning ? Paint::warning : Paint::info;
}

}  // namespace kiemtra::core
