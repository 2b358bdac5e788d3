// Text arena: bump allocation in 1 MiB blocks, big strings in their own block.
#include "dataset/arena.hpp"

#include <algorithm>
#include <cstring>
#include <new>

#include "dataset/page_advice.hpp"

namespace kiemtra::core::dataset {

TextView Arena::text_of(std::string_view copied) {
  if (TextView::fits(copied)) return TextView(copied);
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(sizeof(TextView::Long)));
  capacity_ += sizeof(TextView::Long);
  return TextView(::new (static_cast<void*>(blocks_.back().get())) TextView::Long{copied.data(), copied.size()});
}

TextView Arena::copy(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > left_) {
    if (s.size() > kBlock / 4) {  // a long text gets its own block so the current one is not wasted
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(s.size()));
      capacity_ += s.size();
      std::memcpy(blocks_.back().get(), s.data(), s.size());
      return text_of({blocks_.back().get(), s.size()});
    }
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlock));
    capacity_ += kBlock;
    cur_ = blocks_.back().get();
    left_ = kBlock;
    // A large table's blocks fill up, so their pages are mapped a step at a time in one call rather than a
    // fault each (a tenth's members copy 36 MB of text here); a step, not the block, so that the last block of
    // each of a table's chunks (32 at two jobs) is not mapped whole for the little it holds. A small table's
    // one block is left to fault in as far as it is used.
    populated_ = large_ || blocks_.size() > 1 ? cur_ : nullptr;
  }
  if (populated_ != nullptr) {
    char* const block_end = cur_ + left_;
    while (populated_ < cur_ + s.size()) {
      const std::size_t step = std::min(kPopulateStep, static_cast<std::size_t>(block_end - populated_));
      populate_pages(populated_, step);
      populated_ += step;
    }
  }
  char* out = cur_;
  std::memcpy(out, s.data(), s.size());
  cur_ += s.size();
  left_ -= s.size();
  return text_of({out, s.size()});
}

void Arena::adopt(Arena&& other) {
  for (auto& b : other.blocks_) blocks_.push_back(std::move(b));
  capacity_ += other.capacity_;
  other.blocks_.clear();
  other.cur_ = nullptr;
  other.populated_ = nullptr;
  other.left_ = 0;
  other.capacity_ = 0;
}

}  // namespace kiemtra::core::dataset
