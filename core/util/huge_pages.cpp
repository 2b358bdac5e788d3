// Restarting with glibc's malloc tunable for transparent huge pages.
#include "util/huge_pages.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace kiemtra::core {

namespace {

constexpr std::string_view kTunable = "glibc.malloc.hugetlb";

/// THP given only to memory advised with MADV_HUGEPAGE: "always [madvise] never".
bool huge_pages_on_request() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(in, modes);
  return modes.find("[madvise]") != std::string::npos;
}

std::optional<std::string> env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::optional<std::string>(v) : std::nullopt;
}

}  // namespace

void restart_with_huge_pages(char** argv, bool large) {
#if defined(__GLIBC__) && defined(__linux__)
  if (argv == nullptr || argv[0] == nullptr) return;
  const std::optional<std::string> choice = env("KIEMTRA_HUGE_PAGES");
  if (choice == "0" || (!large && choice != "1")) return;
  const std::optional<std::string> tunables = env("GLIBC_TUNABLES");
  // Set already: by whoever started us (their choice stands), or by this restart.
  if (tunables && tunables->find(kTunable) != std::string::npos) return;
  if (!huge_pages_on_request()) return;
  const std::string value = (tunables && !tunables->empty() ? *tunables + ":" : std::string()) + std::string(kTunable) + "=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  std::fflush(nullptr);  // nothing buffered is lost with this image
  ::execv("/proc/self/exe", argv);
  // No /proc, or the executable replaced since it started: go on as we are.
  if (tunables)
    (void)::setenv("GLIBC_TUNABLES", tunables->c_str(), 1);
  else
    (void)::unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
  (void)large;
#endif
}

}  // namespace kiemtra::core
