// The indexes every Dataset carries: the organization tree, the root, and rows grouped by owner.
#pragma once

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Builds Dataset::tree from the organizations' resolved parents. Never loops on a cycle: each
/// cycle is entered at its first row in file order, and the edge that closes it is ignored.
void build_tree(Dataset& ds);

/// Builds tree, root and every Groups of the dataset (payments_by_member: see group_dues), on two threads
/// when `jobs` allows.
void build_indexes(Dataset& ds, int jobs = 1);

}  // namespace kiemtra::core::dataset
