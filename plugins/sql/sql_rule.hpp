// A rule whose check is an SQL query: each result row is one finding.
#pragma once

#include <kiemtra/rule.hpp>

#include "rule_spec.hpp"

namespace kiemtra::plugins::sql {

class SqlRule : public Rule {
 public:
  explicit SqlRule(SqlRuleSpec spec) : spec_(std::move(spec)) {}
  void check(const RunContext& ctx, FindingSink& out) const override;

 private:
  SqlRuleSpec spec_;
};

/// Prepares the rule's query on an empty dataset, as it is loaded: a syntax error, an unknown table or function,
/// a result without the columns its findings need. (An unknown column may be an extra column of the dataset it
/// will read: that is checked when it runs.)
std::optional<SourceProblem> check_query(const SqlRuleSpec& spec);

}  // namespace kiemtra::plugins::sql
