// A seeded PRNG whose output is the same on every platform and standard library.
#pragma once

#include <cstdint>

namespace kiemtra::bench {

/// xoshiro256** seeded through splitmix64. std::uniform_*_distribution is not used
/// because its output differs between standard libraries: the same --seed must give
/// the same bytes everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& word : s_) word = splitmix64(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// Uniform integer in [lo, hi] (Lemire's multiply-shift; the tiny bias is irrelevant here).
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<std::int64_t>(static_cast<unsigned __int128>(next()) * span >> 64);
  }
  int between(int lo, int hi) {
    return static_cast<int>(between(static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)));
  }
  /// Index in [0, n).
  std::size_t index(std::size_t n) { return static_cast<std::size_t>(between(std::int64_t{0}, std::int64_t(n) - 1)); }
  /// Uniform in [0, 1) with 53 bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// True with probability p.
  bool chance(double p) { return unit() < p; }

  /// An independent stream for a sub-task, so adding draws in one part does not shift another.
  Rng fork(std::uint64_t salt) { return Rng(next() ^ (salt * 0x9E3779B97F4A7C15ull)); }

 private:
  static std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace kiemtra::bench
