// The deterministic order of findings in every report.
#pragma once

#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"

namespace kiemtra::core {

/// Sorts findings by the tree order of their organization (parents first), then
/// severity (highest first), rule id, subject, discriminator and message: the same
/// input gives the same order whatever the number of threads.
void sort_findings(const Dataset& data, std::vector<Finding>& findings);

}  // namespace kiemtra::core
