// Reads profile files and their `extends` chain, applying each to the configuration being built.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "config/problems.hpp"
#include "config/profile_apply.hpp"
#include "config/profile_state.hpp"

namespace kiemtra::core::config_detail {

/// Applies a profile and, first, the profiles it extends, collecting every problem.
class ProfileReader {
 public:
  ProfileReader(Mode mode, const std::vector<std::filesystem::path>& profile_dirs, const std::vector<RuleMeta>& known)
      : mode_(mode), dirs_(profile_dirs), state_(initial_state(known)) {}

  /// Applies the file a user named; throws UserError when it cannot be read.
  void apply_top(const std::filesystem::path& file);

  const Problems& problems() const { return problems_; }
  const ProfileState& state() const { return state_; }

 private:
  void apply_file(const std::filesystem::path& path, const std::string& shown, const Where* named_at);
  void apply_extends(const YAML::Node& value, const YAML::Node& key, const std::filesystem::path& current,
                     const std::string& current_shown);
  void apply_base(const YAML::Node& item, const std::filesystem::path& current, const std::string& current_shown);

  Mode mode_;
  const std::vector<std::filesystem::path>& dirs_;
  Problems problems_;
  ProfileState state_;
  std::vector<std::filesystem::path> chain_;  ///< files being applied (canonical), outermost first
  std::vector<std::string> chain_shown_;
  std::set<std::filesystem::path> applied_;  ///< a base reached twice is applied once
};

/// The file a profile name or path refers to; throws UserError naming the folders searched.
std::filesystem::path resolve_profile(const std::string& name, const std::vector<std::filesystem::path>& dirs);

/// A path as shown in messages.
std::string shown_path(const std::filesystem::path& p);

}  // namespace kiemtra::core::config_detail
