// kiemtra-fresh-pages: what this machine charges for memory touched for the first time, gigabyte by gigabyte.
// On a virtual machine whose host backs guest memory lazily, the first GB may cost 0.5 s and later ones ten
// times that: the figure that decides whether a run's peak memory or its CPU is what to cut.
#include <sys/mman.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  const int gigabytes = argc > 1 ? std::atoi(argv[1]) : 4;
  if (gigabytes < 1 || gigabytes > 64) {
    std::fprintf(stderr, "usage: kiemtra-fresh-pages [GIGABYTES 1-64]\n");
    return 2;
  }
  constexpr std::size_t kGiB = std::size_t{1} << 30;
  for (int k = 0; k < gigabytes; ++k) {
    // Each gigabyte stays mapped, so the next one is memory this process has never had.
    void* p = ::mmap(nullptr, kGiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
      std::perror("mmap");
      return 1;
    }
    auto* bytes = static_cast<volatile char*>(p);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < kGiB; i += 4096) bytes[i] = 1;
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("GiB %d: first touch %.3f s\n", k + 1, took.count());
    std::fflush(stdout);
  }
  return 0;
}
