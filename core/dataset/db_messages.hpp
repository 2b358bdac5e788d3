// The one-sentence errors of a database source (vi + en): what failed, for which table, and what to do.
#pragma once

#include <string>
#include <string_view>

#include "dataset/db_config.hpp"
#include "util/error.hpp"

namespace kiemtra::core::dataset {

/// The connection (or the SQLite file) cannot be opened. `detail` is the driver's message; the advice is
/// chosen from it (password, refused, timeout, unknown host, missing database).
Text msg_db_connect(const DbConfig& cfg, std::string_view table, std::string_view detail);

/// The table or view `source` of contract table `table` does not exist; `suggestion` is did_you_mean's.
Text msg_db_no_table(const DbConfig& cfg, std::string_view table, std::string_view source, const std::string& vi_hint,
                     const std::string& en_hint);

/// The database refused the SELECT of contract table `table`.
Text msg_db_query(const DbConfig& cfg, std::string_view table, std::string_view source, std::string_view detail);

/// The connection was lost while table `table` was being read: nothing is reported or recorded.
Text msg_db_lost(const DbConfig& cfg, std::string_view table, std::string_view source, std::string_view detail);

/// First line of a driver's message, trimmed ("FATAL:  password authentication failed for user \"x\"").
std::string first_line(std::string_view detail);

}  // namespace kiemtra::core::dataset
