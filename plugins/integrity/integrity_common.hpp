// What the integrity rules share beyond the SDK: the file part of a path, for messages that name a place.
#pragma once

#include <string_view>

namespace kiemtra::plugins::integrity {

/// The file part of a path ("data/members.csv" -> "members.csv"): messages must not depend on where the dataset
/// lies, or fingerprints would change when it moves.
inline std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace kiemtra::plugins::integrity
