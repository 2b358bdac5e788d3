// Times the history recorded, shown in the reader's local time zone (TZ) with the zone written out.
#pragma once

#include <string>
#include <string_view>

namespace kiemtra::core {

/// "2026-12-04T08:37:31+0000" (or ...Z, or +07:00) in local time: "04/12/2026 15:37:31 +07:00" (vi),
/// "2026-12-04 15:37:31 +07:00" (en). Text that is not such a time comes back unchanged.
std::string display_time(std::string_view stored, std::string_view lang);

}  // namespace kiemtra::core
