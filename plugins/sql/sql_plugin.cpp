// The sql plugin: rules written as a SELECT in YAML files, made at load time from the files a profile
// (`sql_rules:`) or `--sql-rules` names. See docs/sql-rules.md.
#include <kiemtra/configured.hpp>

#include "sql_rule.hpp"

namespace {

kiemtra::ConfiguredRules make_sql_rules(const std::vector<std::string>& files) {
  using namespace kiemtra::plugins::sql;
  kiemtra::ConfiguredRules out;
  for (const std::string& file : files) {
    for (SqlRuleSpec& spec : read_rule_file(file, out.problems)) {
      if (auto problem = check_query(spec)) {
        out.problems.push_back(std::move(*problem));
        continue;
      }
      kiemtra::ConfiguredRule r;
      r.meta = spec.meta;
      r.file = spec.file;
      r.line = spec.at.line;
      r.rule = std::make_unique<SqlRule>(std::move(spec));
      out.rules.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace

KIEMTRA_CONFIGURED_PLUGIN("sql", "1.0.0", make_sql_rules)
