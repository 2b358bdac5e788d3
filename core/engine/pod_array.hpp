// A growable array of trivially copyable values that grows with realloc. A large block then grows in place or
// by moving its pages (mremap), never by copying it into fresh memory: the findings of the nation's largest
// rule (2 M, 300 MB) grew through std::vector's doubling into twice their size of new pages, each zeroed by the
// kernel, and on a virtual machine faulted in by its host as well.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace kiemtra::core {

template <class T>
class PodArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodArray() = default;
  PodArray(const PodArray& o) { assign(o.data_, o.size_); }
  PodArray(PodArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)), cap_(std::exchange(o.cap_, 0)) {}
  PodArray& operator=(const PodArray& o) {
    if (this != &o) assign(o.data_, o.size_);
    return *this;
  }
  PodArray& operator=(PodArray&& o) noexcept {
    if (this != &o) {
      std::free(data_);
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      cap_ = std::exchange(o.cap_, 0);
    }
    return *this;
  }
  ~PodArray() { std::free(data_); }

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return cap_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }
  operator std::span<const T>() const { return {data_, size_}; }

  void reserve(std::size_t n) {
    if (n <= cap_) return;
    void* p = std::realloc(data_, n * sizeof(T));
    if (p == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(p);
    cap_ = n;
  }
  /// Room for `extra` more, growing at least twofold: reserving exactly what each appended batch needs copied
  /// the whole store on every batch (hundreds of batches from the isolated children at the nation).
  void reserve_more(std::size_t extra) {
    const std::size_t need = size_ + extra;
    if (need > cap_) reserve(need > 2 * cap_ ? need : 2 * cap_);
  }
  void push_back(const T& v) {
    if (size_ == cap_) {
      const T copy = v;  // v may be an element of this array, which growing moves
      reserve_more(1);
      data_[size_++] = copy;
      return;
    }
    data_[size_++] = v;
  }
  void append(std::span<const T> more) {
    if (more.empty()) return;
    reserve_more(more.size());
    std::memcpy(static_cast<void*>(data_ + size_), more.data(), more.size() * sizeof(T));
    size_ += more.size();
  }
  void clear() { size_ = 0; }
  /// Gives the memory back.
  void release() {
    std::free(std::exchange(data_, nullptr));
    size_ = cap_ = 0;
  }

 private:
  void assign(const T* p, std::size_t n) {
    size_ = 0;
    reserve(n);
    if (n > 0) std::memcpy(static_cast<void*>(data_), p, n * sizeof(T));
    size_ = n;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t cap_ = 0;
};

}  // namespace kiemtra::core
