// Labels shared by the report formats, and parameter values as text.
#include <fmt/format.h>

#include <type_traits>

#include "report/run_report.hpp"

namespace kiemtra::core {

std::string severity_label(Severity s, const std::string& lang) {
  const bool en = lang == "en";
  switch (s) {
    case Severity::error: return en ? "error" : "lỗi";
    case Severity::warning: return en ? "warning" : "cảnh báo";
    case Severity::info: return en ? "info" : "thông tin";
  }
  return "?";
}

namespace {
std::string number(double v) {
  std::string s = fmt::format("{}", v);
  return s;
}
}  // namespace

std::string format_param_value(const ParamValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          return number(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, Date>) {
          return v.iso();
        } else if constexpr (std::is_same_v<T, std::vector<std::int64_t>>) {
          return fmt::format("[{}]", fmt::join(v, ", "));
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          return fmt::format("[{}]", fmt::join(v, ", "));
        } else {
          std::string out = "{";
          for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + v[i].first + ": " + number(v[i].second);
          return out + "}";
        }
      },
      value);
}

}  // namespace kiemtra::core
