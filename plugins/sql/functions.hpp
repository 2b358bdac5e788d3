// The SQL functions rules call: as_of(), period_start(), param('name'), working_days(a, b), full_years(a, b),
// full_months(a, b).
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

#include <kiemtra/rule.hpp>

namespace kiemtra::plugins::sql {

/// Registers every function on `db`, reading the run `x` (which must outlive `db`).
void register_functions(sqlite3* db, const RunContext& x);

/// The names of the functions, for "did you mean".
const std::vector<std::string>& function_names();

}  // namespace kiemtra::plugins::sql
