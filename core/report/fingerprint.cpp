// Fingerprints: a hash of what identifies a finding, independent of its wording.
#include "report/fingerprint.hpp"

#include "report/sha256.hpp"

namespace kiemtra::core {

std::string Fingerprinter::next(const Finding& f) {
  std::string key = "kiemtra-finding/1";
  for (std::string_view part :
       {std::string_view(f.rule_id),
        f.org != kNone && f.org < data_.organizations.size() ? data_.organizations[f.org].id : std::string_view(),
        code(f.subject_kind), std::string_view(f.subject_id), std::string_view(f.discriminator)}) {
    key += '\0';
    key += part;
  }
  const unsigned rank = ++seen_[key];
  if (rank > 1) {
    key += '\0';
    key += "#" + std::to_string(rank);
  }
  return to_hex(sha256(key), 16);
}

}  // namespace kiemtra::core
