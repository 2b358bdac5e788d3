// Page-level advice to the kernel for the reader's large row arrays.
#pragma once

#include <cstddef>

namespace kiemtra::core::dataset {

/// Faults in the whole pages of [p, p + bytes) for writing in one call (MADV_POPULATE_WRITE, Linux 5.14),
/// so several threads can share the kernel's work of first touching a large table's rows instead of
/// one thread taking every page fault. Advice only: ignored where the kernel lacks it.
void populate_pages(void* p, std::size_t bytes);

/// Asks for transparent huge pages (MADV_HUGEPAGE) on the 2 MiB-aligned part of [p, p + bytes), before it is
/// first touched: the kernel then maps it 2 MiB at a time. Where THP is "madvise" (Debian's default) a large
/// table otherwise takes a fault and a TLB entry per 4 KiB page, and the rules walking its rows miss the TLB on
/// nearly every page. Advice only: ignored where the kernel has no THP.
void advise_huge_pages(void* p, std::size_t bytes);

/// Gives the whole pages inside [p, p + bytes) back to the system (MADV_DONTNEED); they read as zeros when
/// touched again. For room at the end of a vector that no element occupies.
void discard_pages(void* p, std::size_t bytes);

}  // namespace kiemtra::core::dataset
