// What the integrity rules share beyond the SDK: the file part of a path, for messages that name a place, and
// the key of a row, for the identity of a finding about it.
#pragma once

#include <kiemtra/dataset.hpp>

#include <string>
#include <string_view>

namespace kiemtra::plugins::integrity {

/// The file part of a path ("data/members.csv" -> "members.csv"): messages must not depend on where the dataset
/// lies, or fingerprints would change when it moves.
inline std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// A row in the data's terms, never its line: "members/DV01" for the tables whose rows carry their own id
/// (organizations, members, candidates), "dues/#3f9c0a…" (a hash of the row's values) for the others, whose
/// member id is shared by many rows. A finding keyed so stays the same finding when the file is re-sorted or
/// rows are added or removed elsewhere (docs/nightly.md, "What makes a finding the same finding").
inline std::string row_subject(TableId table, std::string_view id, std::string_view hash) {
  std::string out(table_name(table));
  if (id.empty() && hash.empty()) return out;  // the table itself (a column refused as a whole)
  out += '/';
  const bool own_id = table == TableId::organizations || table == TableId::members || table == TableId::candidates;
  if (own_id && !id.empty()) {
    out += id;
  } else if (!hash.empty()) {
    out += '#';
    out += hash;
  } else {
    out += id;  // a row whose hash is not known (its table's ids resolved after reading it): its id
  }
  return out;
}

}  // namespace kiemtra::plugins::integrity
