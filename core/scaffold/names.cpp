// Name checks and the derived spellings of rule and plugin names.
#include "scaffold/names.hpp"

#include <cctype>

#include "util/error.hpp"

namespace kiemtra::core::scaffold {

bool valid_name(std::string_view name) {
  if (name.empty() || !std::islower(static_cast<unsigned char>(name.front())) || name.back() == '-') return false;
  char prev = 0;
  for (char c : name) {
    const bool ok = std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                    (c == '-' && prev != '-');
    if (!ok || static_cast<unsigned char>(c) > 127) return false;
    prev = c;
  }
  return true;
}

std::string snake(std::string_view kebab) {
  std::string out(kebab);
  for (char& c : out)
    if (c == '-') c = '_';
  return out;
}

std::string pascal(std::string_view kebab) {
  std::string out;
  bool up = true;
  for (char c : kebab) {
    if (c == '-') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

void require_valid_name(std::string_view name, std::string_view what_vi, std::string_view what_en) {
  if (valid_name(name)) return;
  const std::string n(name);
  throw UserError({"Tên " + std::string(what_vi) + " '" + n +
                       "' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu '-' giữa chúng, bắt đầu bằng "
                       "một chữ cái (ví dụ: dang-phi-tinh).",
                   "The " + std::string(what_en) + " name '" + n +
                       "' is not valid: use lowercase ASCII letters, digits and single '-' between them, starting "
                       "with a letter (e.g. provincial-dues)."});
}

}  // namespace kiemtra::core::scaffold
