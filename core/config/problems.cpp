// Collects configuration problems, each located at file:line:column of a profile.
#include "config/problems.hpp"

#include <fmt/format.h>

namespace kiemtra::core::config_detail {

Where where(const std::string& file, const YAML::Mark& mark) {
  // yaml-cpp marks are 0-based; a null mark (-1) means "unknown": point at the file's start.
  return Where{file, mark.line >= 0 ? mark.line + 1 : 1, mark.column >= 0 ? mark.column + 1 : 1};
}

Where where(const std::string& file, const YAML::Node& node, const YAML::Node& fallback) {
  const bool usable = node.IsDefined() && !node.IsNull() && !node.Mark().is_null();
  if (usable) return where(file, node.Mark());
  if (fallback.IsDefined() && !fallback.Mark().is_null()) return where(file, fallback.Mark());
  return where(file, node.IsDefined() ? node.Mark() : YAML::Mark::null_mark());
}

void Problems::add(const Where& at, const std::string& vi, const std::string& en) {
  const std::string prefix = fmt::format("{}:{}:{}: ", at.file, at.line, at.column);
  list_.push_back(ConfigProblem{at.file, at.line, at.column, Text{prefix + vi, prefix + en}});
}

Shown shown(const YAML::Node& node, bool quotes_matter) {
  if (!node.IsDefined() || node.IsNull()) return {"một giá trị trống", "an empty value"};
  if (node.IsSequence()) return {"một danh sách", "a list"};
  if (node.IsMap()) return {"một bảng (map)", "a map"};
  const std::string quoted = "'" + node.Scalar() + "'";
  // A quoted "3" is a string in YAML: say so, or the message would read "must be an integer, not '3'".
  if (quotes_matter && node.Tag() == "!")
    return {"chuỗi " + quoted + " (viết không có dấu nháy)",
            "the quoted text " + quoted + " (write it without quotes)"};
  return {quoted, quoted};
}

}  // namespace kiemtra::core::config_detail
