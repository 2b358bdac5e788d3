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
/// Why: a large run's tables, indexes and findings are gigabytes touched 4 KiB at a time, and the rules walking
/// 65 M payments missed the TLB on nearly every page. In 2 MiB pages the nation takes a fifth of the page faults
/// and a third less user CPU (docs/performance.md, "Ninth pass"). A restart costs one start-up (4.5 ms on an idle
/// host, 16 ms on a slow one), which a small input does not win back, so the caller judges `large`.
void restart_with_huge_pages(char** argv, bool large);

}  // namespace kiemtra::core
