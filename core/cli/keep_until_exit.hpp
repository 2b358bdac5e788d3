// What a command built and no longer needs, left to the end of the process instead of destroyed.
#pragma once

#include <type_traits>
#include <utility>

#include "util/address_sanitizer.hpp"

#if defined(KIEMTRA_ADDRESS_SANITIZER)
#define KIEMTRA_FREE_AT_EXIT 1
#endif

namespace kiemtra::core::cli {

/// Moves `object` where nothing destroys it: the process ends right after, and the OS takes its memory back at
/// once. Destroying a run's plugins, dataset and findings object by object wrote to every page they sit on;
/// after the forks of crash isolation each such page is a fault (a province's run spent ~240 of its ~2,500
/// page faults there). Under AddressSanitizer the object is destroyed as usual, so LeakSanitizer still
/// checks that everything else is freed.
template <class T>
void keep_until_exit(T&& object) {
#if defined(KIEMTRA_FREE_AT_EXIT)
  [[maybe_unused]] std::decay_t<T> destroyed_here = std::forward<T>(object);
#else
  // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): never freed, by design
  [[maybe_unused]] auto* kept = new std::decay_t<T>(std::forward<T>(object));
#endif
}

}  // namespace kiemtra::core::cli
