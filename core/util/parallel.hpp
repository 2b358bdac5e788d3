// A parallel loop over [0, n) on a few threads, for the reader's steps that split into independent parts.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace kiemtra::core {

/// Runs work(k) for every k in [0, n) on up to `jobs` threads, this one included (so the work gets done even
/// if no thread can be started); the first exception thrown is rethrown here.
template <class Work>
void for_each_parallel(int jobs, std::size_t n, const Work& work) {
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(static_cast<std::size_t>(std::max(jobs, 1)));
  auto run = [&](std::size_t w) {
    try {
      for (std::size_t k; (k = next.fetch_add(1)) < n;) work(k);
    } catch (...) {
      errors[w] = std::current_exception();
    }
  };
  std::vector<std::thread> workers;
  for (int w = 1; w < jobs && static_cast<std::size_t>(w) < n; ++w) {
    try {
      workers.emplace_back(run, static_cast<std::size_t>(w));
    } catch (const std::system_error&) {
      break;
    }
  }
  run(0);
  for (auto& t : workers) t.join();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace kiemtra::core
