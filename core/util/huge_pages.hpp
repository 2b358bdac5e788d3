// Transparent huge pages for a large run: glibc's malloc asks the kernel for them only if told at start-up.
#pragma once

namespace kiemtra::core {

/// Runs this program again in the same process (execv of /proc/self/exe with the same arguments) with glibc's
/// malloc asking for transparent huge pages on its large blocks (GLIBC_TUNABLES=glibc.malloc.hugetlb=1,
/// glibc 2.35), when the kernel gives them only on request (THP "madvise", Debian's default) and the tunable is
/// not set already. Whether to: KIEMTRA_HUGE_PAGES=1 always, =0 never, otherwise when `large` (the caller's
/// judgment of its input). Returns only when it did not restart: the exec failing leaves the environment as it
/// was. Call it before the command writes anything or starts a thread.
///
/// Why: a large run's tables, indexes and findings are gigabytes touched 4 KiB at a time. In 2 MiB pages the
/// nation took 74,000 page faults instead of 359,000, and the rules walking 65 M payments stopped missing the
/// TLB on nearly every page: 28.6 s became 21.0 s (docs/performance.md). A restart costs one start-up (about
/// 16 ms), so small inputs are not restarted.
void restart_with_huge_pages(char** argv, bool large);

}  // namespace kiemtra::core
