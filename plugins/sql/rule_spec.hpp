// One SQL rule as its YAML file describes it: the metadata every rule has, the query, and where each line of
// the query is in the file (so an error SQLite reports at an offset is shown at the file's line and column).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kiemtra/configured.hpp>
#include <kiemtra/rule.hpp>

namespace kiemtra::plugins::sql {

/// A place in a file, 1-based.
struct Place {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// How a result column becomes a message argument (`types:` of a message); `automatic` follows SQLite's type.
enum class ArgKind : std::uint8_t { automatic, text, integer, number, date, month, money, member, member_name, organization };

struct ArgType {
  ArgKind kind = ArgKind::automatic;
  int precision = 1;  ///< number(N)
};

/// The result columns with a meaning of their own.
inline constexpr const char* kSubjectKind = "subject_kind";
inline constexpr const char* kSubjectId = "subject_id";
inline constexpr const char* kOrgId = "org_id";
inline constexpr const char* kMessage = "message";
inline constexpr const char* kMonth = "month";
/// The message every SQL rule has besides its own: its query returned more rows than max_rows.
inline constexpr const char* kRowLimitMessage = "row-limit";
/// The most rows a query may return unless its rule says (max_rows): past it the rest is dropped and reported.
inline constexpr std::int64_t kDefaultMaxRows = 100000;

struct SqlRuleSpec {
  RuleMeta meta;
  std::string file;
  Place at;                               ///< the rule's `id:`
  std::string query;
  Place query_at;                         ///< the `query:` key
  std::vector<Place> query_lines;         ///< where line i of the query starts in the file
  std::optional<SubjectKind> subject;     ///< `subject:`; else each row's subject_kind column says
  std::map<std::string, std::map<std::string, ArgType>> arg_types;  ///< message key -> argument -> type
  std::int64_t max_rows = kDefaultMaxRows;

  /// The place in the file of byte `offset` of the query (the query's start when it cannot tell).
  Place place_of(std::size_t offset) const;
};

/// Reads every rule of `file` (one rule, or `rules:` with several); problems are appended, each located.
std::vector<SqlRuleSpec> read_rule_file(const std::string& file, std::vector<SourceProblem>& problems);

/// `subject_kind` text as a kind ("member", "organization" ...).
std::optional<SubjectKind> subject_kind_named(std::string_view name);

}  // namespace kiemtra::plugins::sql
