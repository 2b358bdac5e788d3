// Prints the toolchain tag and ABI number this compiler gives the SDK, for the installed CMake package.
#include <cstdio>

#include "kiemtra/version.hpp"

int main() {
  std::puts(KIEMTRA_TOOLCHAIN_TAG);
  return 0;
}
