// Stable fingerprints of findings, so that runs on different days can be compared finding by finding.
#pragma once

#include <string>
#include <unordered_map>

#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"

namespace kiemtra::core {

/// Gives each finding of a run its fingerprint: 32 hex digits of SHA-256 over the rule id, the
/// organization id, the subject kind and id and the discriminator, never the message (whose
/// figures and language change). Findings equal in all of these are told apart by their rank
/// among them ("#2"), so each fingerprint is unique within a run.
class Fingerprinter {
 public:
  explicit Fingerprinter(const Dataset& data) : data_(data) {}
  /// Call once per finding, in the report's order.
  std::string next(const Finding& f);

 private:
  const Dataset& data_;
  std::unordered_map<std::string, unsigned> seen_;
};

}  // namespace kiemtra::core
