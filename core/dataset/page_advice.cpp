// madvise on the whole pages inside a byte range.
#include "dataset/page_advice.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace kiemtra::core::dataset {

namespace {

// The whole pages inside [p, p + bytes), or an empty range.
struct Pages {
  std::uintptr_t from = 0, to = 0;
};

Pages whole_pages(const void* p, std::size_t bytes) {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(p);
  Pages r;
  if (p == nullptr || bytes == 0) return r;
  r.from = (begin + page - 1) & ~(page - 1);
  r.to = (begin + bytes) & ~(page - 1);
  if (r.to < r.from) r.to = r.from;
  return r;
}

}  // namespace

void populate_pages(void* p, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  const Pages r = whole_pages(p, bytes);
  // Failure (an older kernel: EINVAL) only means the pages are faulted in one by one when first written.
  if (r.to > r.from) (void)::madvise(reinterpret_cast<void*>(r.from), r.to - r.from, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)bytes;
#endif
}

void advise_huge_pages(void* p, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  if (p == nullptr || bytes < huge) return;
  const auto begin = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t from = (begin + huge - 1) & ~(huge - 1), to = (begin + bytes) & ~(huge - 1);
  // Failure (no THP in the kernel: EINVAL) leaves the range in normal pages.
  if (to > from) (void)::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

void discard_pages(void* p, std::size_t bytes) {
  const Pages r = whole_pages(p, bytes);
  if (r.to > r.from) (void)::madvise(reinterpret_cast<void*>(r.from), r.to - r.from, MADV_DONTNEED);
}

}  // namespace kiemtra::core::dataset
