// The period's figures as documents a committee pastes into its report (`kiemtra stats --output`):
// an HTML page and an XLSX workbook, for the root (or --org) and each grassroots organization below it.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "stats/stats.hpp"

namespace kiemtra::core {

/// The grassroots organizations (chi bộ cơ sở, đảng bộ cơ sở) live at the as-of date, in tree order;
/// only those under `org` when it is not kNone.
std::vector<std::uint32_t> grassroots_of(const Dataset& data, const StatsReport& stats, std::uint32_t org);

void write_stats_html(const StatsReport& stats, const Dataset& data, std::uint32_t org, const std::string& lang,
                      std::ostream& out);
/// Throws UserError when the file cannot be written.
void write_stats_xlsx(const StatsReport& stats, const Dataset& data, std::uint32_t org, const std::string& lang,
                      const std::string& path);

}  // namespace kiemtra::core
