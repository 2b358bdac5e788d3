// A program for HugePages.*: counts its starts, calls restart_with_huge_pages(argv, argv[1] == "large"), then
// prints how many times it started, the GLIBC_TUNABLES it runs with and its arguments, one per line.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "util/huge_pages.hpp"

int main(int argc, char** argv) {
  const char* before = std::getenv("KIEMTRA_PROBE_STARTS");
  const std::string starts = std::to_string((before ? std::atoi(before) : 0) + 1);
  ::setenv("KIEMTRA_PROBE_STARTS", starts.c_str(), 1);
  kiemtra::core::restart_with_huge_pages(argv, argc > 1 && std::string_view(argv[1]) == "large");
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  std::printf("starts %s\ntunables %s\n", starts.c_str(), tunables ? tunables : "(unset)");
  for (int i = 1; i < argc; ++i) std::printf("arg %s\n", argv[i]);
  return 0;
}
