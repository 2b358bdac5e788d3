// Fingerprints: a hash of what identifies a finding, independent of its wording.
#include "run/fingerprints.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "util/parallel.hpp"
#include "util/sha256.hpp"

namespace kiemtra::core {

namespace {

/// "kiemtra-finding/1\0rule\0org\0kind\0subject\0discriminator": the identity the history stores.
void identity_key(const Findings& store, FindingRef f, std::string& key) {
  const Dataset& d = store.data();
  key.assign("kiemtra-finding/1");
  key += '\0';
  key += f.rule_id();
  key += '\0';
  if (f.org() != kNone && f.org() < d.organizations.size()) key += d.organizations[f.org()].id;
  key += '\0';
  key += code(f.subject_kind());
  key += '\0';
  key += f.subject_id();
  key += '\0';
  key += f.discriminator();
}

void take(const Sha256Digest& digest, std::array<std::uint8_t, 16>& out) { std::memcpy(out.data(), digest.data(), 16); }

/// Sorts (hash, index) pairs on `threads` threads: split in place by the hashes' top bits into parts in order
/// (hashes are uniform, so the parts are even), each part then sorted on its own. A nation's 2 M pairs, built
/// and sorted: 0.23 s on one thread, 0.17 s on two.
void sort_in_parts(std::vector<std::pair<std::uint64_t, std::uint32_t>>& order, std::size_t threads) {
  using It = std::vector<std::pair<std::uint64_t, std::uint32_t>>::iterator;
  std::vector<std::pair<It, It>> parts{{order.begin(), order.end()}};
  for (int bit = 63; parts.size() < threads && bit > 55; --bit) {
    std::vector<std::pair<It, It>> halves;
    const std::uint64_t mask = std::uint64_t{1} << bit;
    for (const auto& [b, e] : parts) {
      const It mid = std::partition(b, e, [&](const auto& p) { return (p.first & mask) == 0; });
      halves.emplace_back(b, mid);
      halves.emplace_back(mid, e);
    }
    parts = std::move(halves);
  }
  for_each_parallel(static_cast<int>(threads), parts.size(),
                    [&](std::size_t k) { std::sort(parts[k].first, parts[k].second); });
}

}  // namespace

void fingerprint_findings(Findings& findings, int jobs) {
  const std::size_t n = findings.size();
  auto& records = findings.records();
  // Each finding's hash is its own: the store is cut into one slice a thread (a national run has millions).
  const std::size_t threads = std::clamp<std::size_t>(jobs < 1 ? 1 : static_cast<std::size_t>(jobs), 1, 1 + n / 16384);
  const auto hash_slice = [&](std::size_t t) {
    std::string key;
    for (std::size_t i = n * t / threads, end = n * (t + 1) / threads; i < end; ++i) {
      identity_key(findings, findings[i], key);
      take(sha256(key), records[i].fingerprint);
    }
  };
  for_each_parallel(static_cast<int>(threads), threads, hash_slice);

  // Equal identities: the first keeps its hash, the k-th (in the store's order) hashes the key with "#k".
  // Sorting (first half of the hash, index) pairs finds them without a map of every key; equal first halves
  // are then compared whole.
  const auto first_half = [&](std::size_t i) {
    std::uint64_t h;
    std::memcpy(&h, records[i].fingerprint.data(), 8);
    return h;
  };
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = {first_half(i), static_cast<std::uint32_t>(i)};
  sort_in_parts(order, threads);
  std::string key;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && order[j].first == order[i].first) ++j;
    // Within a run of equal first halves (almost always one finding), group whole equal hashes by index order.
    for (std::size_t a = i; a < j; ++a) {
      const std::uint32_t ia = order[a].second;
      if (ia == kNone) continue;
      std::size_t rank = 1;
      const auto whole = records[ia].fingerprint;
      for (std::size_t b = a + 1; b < j; ++b) {
        const std::uint32_t ib = order[b].second;
        if (ib == kNone || records[ib].fingerprint != whole) continue;
        identity_key(findings, findings[ib], key);
        key += '\0';
        key += "#" + std::to_string(++rank);
        take(sha256(key), records[ib].fingerprint);
        order[b].second = kNone;
      }
    }
    i = j;
  }
}

}  // namespace kiemtra::core
