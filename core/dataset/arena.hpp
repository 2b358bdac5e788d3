// An append-only text arena: the storage every TextView of a Dataset points into.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "kiemtra/text_view.hpp"

namespace kiemtra::core::dataset {

/// Copies text into large blocks so a dataset's strings cost no allocation each.
/// TextViews returned by copy() stay valid as long as the arena (or one that adopted it) lives.
class Arena {
 public:
  Arena() = default;
  Arena(Arena&&) noexcept = default;
  Arena& operator=(Arena&&) noexcept = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  /// A copy of `s` owned by the arena; an empty TextView for empty text. A text too long for a TextView's length
  /// gets its TextView::Long record here too.
  TextView copy(std::string_view s);
  /// Says the arena will take megabytes (a large table's chunk): its first block is mapped at once too.
  void expect_large() { large_ = true; }
  /// Takes over every block of `other` (views into it stay valid).
  void adopt(Arena&& other);
  /// Bytes held in blocks.
  std::size_t capacity() const { return capacity_; }

 private:
  TextView text_of(std::string_view copied);

  static constexpr std::size_t kBlock = std::size_t{1} << 20;
  static constexpr std::size_t kPopulateStep = std::size_t{128} << 10;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  char* populated_ = nullptr;  ///< the current block's pages are mapped up to here (nullptr: left to faults)
  std::size_t left_ = 0;
  std::size_t capacity_ = 0;
  bool large_ = false;
};

}  // namespace kiemtra::core::dataset
