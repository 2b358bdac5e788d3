// Fingerprints: a hash of what identifies a finding, independent of its wording.
#include "run/fingerprints.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>

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

}  // namespace

void fingerprint_findings(Findings& findings) {
  const std::size_t n = findings.size();
  std::string key;
  for (std::size_t i = 0; i < n; ++i) {
    identity_key(findings, findings[i], key);
    take(sha256(key), findings.records()[i].fingerprint);
  }
  // Equal identities: the first keeps its hash, the k-th (in the store's order) hashes the key with "#k".
  // Sorting indexes by hash finds them without a map of every key.
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  auto& records = findings.records();
  const auto halves = [&](std::uint32_t i) {
    std::uint64_t h[2];
    std::memcpy(h, records[i].fingerprint.data(), 16);
    return std::pair(h[0], h[1]);
  };
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto ha = halves(a), hb = halves(b);
    return ha != hb ? ha < hb : a < b;
  });
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && records[order[j]].fingerprint == records[order[i]].fingerprint) ++j;
    for (std::size_t k = i + 1; k < j; ++k) {
      identity_key(findings, findings[order[k]], key);
      key += '\0';
      key += "#" + std::to_string(k - i + 1);
      take(sha256(key), records[order[k]].fingerprint);
    }
    i = j;
  }
}

}  // namespace kiemtra::core
