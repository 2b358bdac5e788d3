// Rounds of blocks: each thread takes the next block of the round until none is left; this thread first writes
// the round before, in order, so the output is written while the next findings are formatted.
#include "report/finding_blocks.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace kiemtra::core {

namespace {

constexpr std::size_t kBlock = 2048;          // findings a block: ~1 MB of JSON
constexpr std::size_t kBlocksPerThread = 4;   // blocks a thread formats in a round
constexpr std::size_t kSmallBlock = 256;      // findings a block on one thread: its text is reused, ~140 KB

}  // namespace

void format_in_blocks(std::size_t n, int jobs, const std::function<void(std::size_t, std::size_t, std::string&)>& format,
                      const std::function<void(const std::string&)>& write) {
  const std::size_t threads = n <= kBlock ? 1 : static_cast<std::size_t>(std::max(jobs, 1));
  if (threads == 1) {
    std::string text;
    for (std::size_t b = 0; b < n; b += kSmallBlock) {
      text.clear();
      format(b, std::min(n, b + kSmallBlock), text);
      write(text);
    }
    return;
  }
  // Two banks of texts: while the helpers format a round into one, this thread writes the round before from
  // the other, then joins the formatting.
  const std::size_t per_round = threads * kBlocksPerThread;
  std::vector<std::string> banks[2] = {std::vector<std::string>(per_round), std::vector<std::string>(per_round)};
  std::size_t written_blocks[2] = {0, 0};  // blocks of the round a bank holds, still to write
  std::size_t bank = 0;
  const auto write_bank = [&](std::size_t b) {
    for (std::size_t k = 0; k < written_blocks[b]; ++k) write(banks[b][k]);
    written_blocks[b] = 0;
  };
  for (std::size_t round = 0; round < n; round += per_round * kBlock, bank ^= 1) {
    const std::size_t blocks = std::min(per_round, (n - round + kBlock - 1) / kBlock);
    std::vector<std::string>& texts = banks[bank];
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(threads);
    const auto work = [&](std::size_t t) {
      try {
        for (std::size_t k; (k = next.fetch_add(1)) < blocks;) {
          const std::size_t begin = round + k * kBlock;
          texts[k].clear();
          format(begin, std::min(n, begin + kBlock), texts[k]);
        }
      } catch (...) {
        errors[t] = std::current_exception();
      }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
      try {
        helpers.emplace_back(work, t);
      } catch (const std::system_error&) {
        break;  // fewer threads: this one formats what is left
      }
    }
    try {
      write_bank(bank ^ 1);
    } catch (...) {
      next = blocks;  // nothing more to start
      for (std::thread& h : helpers) h.join();
      throw;
    }
    work(0);
    for (std::thread& h : helpers) h.join();
    for (const std::exception_ptr& e : errors)
      if (e) std::rethrow_exception(e);
    written_blocks[bank] = blocks;
  }
  write_bank(bank ^ 1);
}

}  // namespace kiemtra::core
