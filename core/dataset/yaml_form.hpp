// The single-file form: tables as YAML lists of maps, read through the same row builders as CSV.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "dataset/read_state.hpp"

namespace kiemtra::core::dataset {

/// Reads the table under key `node` (a list of maps, or null for an empty table) of `file`.
/// Keys are the headers; a key missing from a row is an empty value; positions come from the YAML marks.
template <class Row>
void read_yaml_table(const YAML::Node& node, const std::string& file, TableId id, ReadState& st, Table<Row>& table);

}  // namespace kiemtra::core::dataset
