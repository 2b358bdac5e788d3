// The rule interface, its metadata, and the context a rule runs in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kiemtra/calendar.hpp"
#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"
#include "kiemtra/params.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// Everything known about a rule without running it; feeds `rules list`, `rules explain` and the docs.
struct RuleMeta {
  std::string id;  ///< "family/name", kebab-case
  std::string title_vi;
  std::string title_en;
  std::string description_vi;
  std::string description_en;
  Severity default_severity = Severity::error;
  std::vector<ParamSpec> params;
  /// The regulation editions this rule enforces, oldest first; at least one.
  /// Each may override parameter defaults from its `from` date.
  std::vector<Edition> editions;
  /// The messages its findings say, each with its arguments and its format in Vietnamese and English.
  std::vector<MessageSpec> messages;

  /// The family part of the id ("structure").
  std::string family() const { return id.substr(0, id.find('/')); }
};

/// What a rule sees when it runs.
struct RunContext {
  const Dataset& data;
  Date as_of;                 ///< the run's reference date: nothing after it exists
  const Params& params;       ///< effective editions, every declared parameter filled
  const Calendar& calendar;   ///< working days

  /// The edition in force at the as-of date.
  const Edition& current() const { return params.at(as_of); }
  /// The index of the edition in force on d, for Finding::edition (the builders fill it).
  std::uint8_t edition_at(Date d) const { return params.index_at(d); }
};

/// A rule. Implementations must be stateless across runs: `check` may run on any thread.
class Rule {
 public:
  virtual ~Rule() = default;
  /// Examines the dataset and emits every finding; throwing reports a rule failure.
  virtual void check(const RunContext& ctx, FindingSink& out) const = 0;
};

KIEMTRA_NAMESPACE_END
