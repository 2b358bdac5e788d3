// Excel's column letters: bijective base 26.
#include "util/excel_cell.hpp"

namespace kiemtra::core {

void append_excel_column(std::uint32_t column, std::string& out) {
  char letters[8];
  std::size_t n = 0;
  for (std::uint32_t c = column; c > 0 && n < sizeof letters; c = (c - 1) / 26)
    letters[n++] = static_cast<char>('A' + (c - 1) % 26);
  while (n > 0) out += letters[--n];
}

}  // namespace kiemtra::core
