// Text arena: bump allocation in 1 MiB blocks, big strings in their own block.
#include "dataset/arena.hpp"

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
    // A large table's blocks fill to their end, so their pages are mapped in one call rather than a fault
    // each (a tenth's members copy 36 MB of text here). A small table's one block is left to fault in as
    // far as it is used.
    if (large_ || blocks_.size() > 1) populate_pages(blocks_.back().get(), kBlock);
    capacity_ += kBlock;
    cur_ = blocks_.back().get();
    left_ = kBlock;
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
  other.left_ = 0;
  other.capacity_ = 0;
}

}  // namespace kiemtra::core::dataset
