// Findings formatted block by block on several threads and written in their order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace kiemtra::core {

/// Calls format(begin, end, text) for consecutive blocks of the findings [0, n), appending block [begin, end)'s
/// text to `text`, on up to `jobs` threads (this one included), and write(text) for each block in order.
/// A round of a few blocks per thread is formatted while the round before is written: the memory held is two
/// rounds' text, never the report's. The first exception thrown by `format` or `write` is rethrown here.
void format_in_blocks(std::size_t n, int jobs, const std::function<void(std::size_t, std::size_t, std::string&)>& format,
                      const std::function<void(const std::string&)>& write);

}  // namespace kiemtra::core
