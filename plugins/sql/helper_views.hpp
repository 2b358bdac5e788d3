// The helper views a rule writer needs beside the tables: the organization tree, its ancestors, members'
// status at the as-of date and the months of the period. Each is computed from the dataset's indexes on demand.
#pragma once

#include <vector>

#include "table_def.hpp"

namespace kiemtra::plugins::sql {

/// Appends org_tree, org_ancestors, member_status and period_months to `defs`.
void add_helper_views(std::vector<TableDef>& defs);

/// The first day of the period: the manifest's period_start when it is on or before the as-of date, else
/// 1 January of the as-of date's year.
Date period_start(const RunContext& x);

}  // namespace kiemtra::plugins::sql
