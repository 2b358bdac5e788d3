// Where a finding is when its table came from a database: the source table and the row's key, as a user
// would look it up there ("dang_vien[ma_dv=DV00042]", "dues[member_id=DV00042,period=2019-03]").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core {

/// Appends the location of row `line` (1-based, in the order read) of table `t`, whose file is a database
/// source as the reader names it ("postgres:dang_vien[ma_dv]", "sqlite:members[id]"). False, appending nothing,
/// for a table read from a file.
bool append_db_row(const Dataset& d, TableId t, std::string_view file, std::uint32_t line, std::string& out);

}  // namespace kiemtra::core
