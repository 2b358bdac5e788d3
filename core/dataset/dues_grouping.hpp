// Keeps dues rows grouped by member, so a member's payments are one contiguous span.
#pragma once

#include <cstddef>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Leaves a file already grouped by member as it is (each known member's rows one run; rows of
/// unknown members anywhere); otherwise reorders the rows (with their extra values and income
/// bases) by member in O(n), keeping file order within a member and putting payments of unknown
/// members last. Unresolved references of dues rows from `unresolved_from` on are renumbered.
/// Builds payments_by_member. The checks and the runs use up to `jobs` threads.
void group_dues(Dataset& ds, std::size_t unresolved_from, int jobs);

}  // namespace kiemtra::core::dataset
