// Collects configuration problems, each located at file:line:column of a profile.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "config/config.hpp"

namespace kiemtra::core::config_detail {

/// A place in a profile file, 1-based.
struct Where {
  std::string file;
  int line = 1;
  int column = 1;
};

/// The place of `node`; a null node (an empty value) has no useful mark of its own,
/// so `fallback` (usually its key) is used then.
Where where(const std::string& file, const YAML::Node& node, const YAML::Node& fallback = YAML::Node());
Where where(const std::string& file, const YAML::Mark& mark);

/// Every problem found, in the order found.
class Problems {
 public:
  /// Adds a problem; the texts get the "file:line:column: " prefix here.
  void add(const Where& at, const std::string& vi, const std::string& en);
  const std::vector<ConfigProblem>& list() const { return list_; }
  bool empty() const { return list_.empty(); }

 private:
  std::vector<ConfigProblem> list_;
};

/// A value as a user wrote it, for "..., not 'x'" messages.
struct Shown {
  std::string vi;
  std::string en;
};
/// `quotes_matter`: the expected type is not text, so a quoted scalar gets a hint to drop the quotes.
Shown shown(const YAML::Node& node, bool quotes_matter = false);

}  // namespace kiemtra::core::config_detail
