// madvise on the whole pages inside a byte range.
#include "dataset/page_advice.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace kiemtra::core::dataset {

namespace {

// The whole pages (of `page` bytes, a power of two) inside [p, p + bytes), or an empty range.
struct Pages {
  std::uintptr_t from = 0, to = 0;
};

std::uintptr_t base_page() {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  return page;
}

Pages whole_pages(const void* p, std::size_t bytes, std::uintptr_t page = base_page()) {
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
  const Pages r = whole_pages(p, bytes, std::uintptr_t{2} << 20);
  // Failure (no THP in the kernel: EINVAL) leaves the range in normal pages.
  if (r.to > r.from) (void)::madvise(reinterpret_cast<void*>(r.from), r.to - r.from, MADV_HUGEPAGE);
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
