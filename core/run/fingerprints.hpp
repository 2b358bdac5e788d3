// Stable fingerprints of findings, so that runs on different days can be compared finding by finding.
#pragma once

#include "engine/findings.hpp"

namespace kiemtra::core {

/// Sets every finding's fingerprint, in the store's order: 16 bytes (32 hex digits) of SHA-256 over the rule
/// id, the organization id, the subject kind and id and the discriminator, never the message (whose figures
/// and language change). Findings equal in all of these are told apart by their rank among them ("#2", in
/// the store's order), so each fingerprint is unique within a run. `jobs` threads hash.
void fingerprint_findings(Findings& findings, int jobs = 1);

}  // namespace kiemtra::core
