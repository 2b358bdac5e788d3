// The text a dataset row holds: a read-only view of characters in 8 bytes, where a std::string_view takes 16.
// The nation's rows hold some 60 million of them; at 16 bytes each they were half a gigabyte of the run's
// memory. It converts to std::string_view wherever one is expected, and compares, hashes and prints as one.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string_view>
#include <type_traits>
#include <vector>

#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

static_assert(sizeof(void*) == 8, "kiemtra::TextView packs a 48-bit address and a 16-bit length in 64 bits");

/// A view of text owned elsewhere (for a row: by the Dataset), like std::string_view, in 8 bytes: the address
/// in the low 48 bits (user-space addresses on Linux, x86-64 and arm64 alike) and the length in the high 16.
/// A text of 65,535 bytes or more keeps its address and length in a `Long` record it points to instead: the
/// reader places those beside the text; a TextView made from such a std::string_view keeps its record for the
/// rest of the process (rare: a cell of 64 KB).
class TextView {
 public:
  /// Where a long text is.
  struct Long {
    const char* data;
    std::size_t size;
  };

  constexpr TextView() noexcept = default;
  TextView(std::string_view s) : bits_(pack(s)) {}  // NOLINT(google-explicit-constructor): stands in for string_view
  TextView(const char* s) : TextView(std::string_view(s)) {}  // NOLINT(google-explicit-constructor)
  /// Any other text type that converts to std::string_view (std::string: the TextView views it, as a
  /// string_view would, and must not outlive it).
  template <class S, std::enable_if_t<std::is_convertible_v<const S&, std::string_view> &&
                                          !std::is_convertible_v<const S&, const char*> &&
                                          !std::is_same_v<S, std::string_view> && !std::is_same_v<S, TextView>,
                                      int> = 0>
  TextView(const S& s) : TextView(std::string_view(s)) {}  // NOLINT(google-explicit-constructor)
  /// A long text whose record `where` outlives the TextView.
  explicit TextView(const Long* where) noexcept : bits_(kLongTag | reinterpret_cast<std::uintptr_t>(where)) {}

  /// Whether `s` fits in a TextView without a Long record.
  static bool fits(std::string_view s) noexcept {
    return s.size() < kLongSize && (reinterpret_cast<std::uintptr_t>(s.data()) >> kAddressBits) == 0;
  }

  const char* data() const noexcept {
    if (is_long()) return long_record()->data;
    return reinterpret_cast<const char*>(static_cast<std::uintptr_t>(bits_ & kAddressMask));
  }
  std::size_t size() const noexcept {
    if (is_long()) return long_record()->size;
    return static_cast<std::size_t>(bits_ >> kAddressBits);
  }
  std::size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return size() == 0; }
  std::string_view view() const noexcept { return {data(), size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)

  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  char operator[](std::size_t i) const noexcept { return data()[i]; }
  char front() const noexcept { return data()[0]; }
  char back() const noexcept { return data()[size() - 1]; }
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const {
    return view().substr(pos, n);
  }
  std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }
  bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
  bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }

  friend bool operator==(TextView a, TextView b) noexcept { return a.view() == b.view(); }
  friend std::strong_ordering operator<=>(TextView a, TextView b) noexcept { return a.view() <=> b.view(); }
  /// Against any text that converts to std::string_view (a literal, a std::string, a string_view).
  template <class S, std::enable_if_t<std::is_convertible_v<const S&, std::string_view> &&
                                          !std::is_same_v<S, TextView>,
                                      int> = 0>
  friend bool operator==(TextView a, const S& b) noexcept {
    return a.view() == std::string_view(b);
  }
  template <class S, std::enable_if_t<std::is_convertible_v<const S&, std::string_view> &&
                                          !std::is_same_v<S, TextView>,
                                      int> = 0>
  friend std::strong_ordering operator<=>(TextView a, const S& b) noexcept {
    return a.view() <=> std::string_view(b);
  }
  template <class Ch, class Tr>
  friend std::basic_ostream<Ch, Tr>& operator<<(std::basic_ostream<Ch, Tr>& os, TextView t) {
    return os << t.view();
  }

 private:
  static constexpr unsigned kAddressBits = 48;
  static constexpr std::uint64_t kAddressMask = (std::uint64_t{1} << kAddressBits) - 1;
  static constexpr std::size_t kLongSize = 0xFFFF;
  static constexpr std::uint64_t kLongTag = std::uint64_t{kLongSize} << kAddressBits;

  bool is_long() const noexcept { return (bits_ >> kAddressBits) == kLongSize; }
  const Long* long_record() const noexcept {
    return reinterpret_cast<const Long*>(static_cast<std::uintptr_t>(bits_ & kAddressMask));
  }

  static std::uint64_t pack(std::string_view s) {
    if (fits(s)) return std::uint64_t{s.size()} << kAddressBits | reinterpret_cast<std::uintptr_t>(s.data());
    return kLongTag | reinterpret_cast<std::uintptr_t>(keep_long(s));
  }
  // The records of long texts made from a plain string_view: kept (and reachable, for leak checkers) for the
  // process's life, since nothing tells when the last copy of the TextView goes away.
  static const Long* keep_long(std::string_view s) {
    static std::mutex lock;
    static std::vector<std::unique_ptr<Long>> kept;
    const std::lock_guard<std::mutex> hold(lock);
    const Long* where = kept.emplace_back(new Long{s.data(), s.size()}).get();
    if ((reinterpret_cast<std::uintptr_t>(where) >> kAddressBits) != 0) std::abort();  // not on Linux
    return where;
  }

  std::uint64_t bits_ = 0;
};

static_assert(sizeof(TextView) == 8 && std::is_trivially_copyable_v<TextView>);

KIEMTRA_NAMESPACE_END

template <>
struct std::hash<kiemtra::TextView> {
  std::size_t operator()(kiemtra::TextView t) const noexcept { return std::hash<std::string_view>()(t.view()); }
};
