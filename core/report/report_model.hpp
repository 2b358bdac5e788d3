// What the richer report formats share: findings grouped by organization, counts rolled up the
// tree, totals per severity and rule family, rule metadata by id, and the labels they show.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/run_report.hpp"

namespace kiemtra::core {

/// Findings per severity, indexed by the Severity value (info 0, warning 1, error 2).
using SeverityCounts = std::array<std::size_t, 3>;

inline std::size_t sum(const SeverityCounts& c) { return c[0] + c[1] + c[2]; }

/// One node of the report's organization tree.
struct OrgNode {
  std::uint32_t org = kNone;  ///< organization row; kNone for the "(no organization)" node
  std::int32_t parent = -1;   ///< node index of the parent; -1 for a root
  std::uint16_t depth = 0;
  SeverityCounts own{};    ///< findings that belong to this organization
  SeverityCounts total{};  ///< own plus those of every descendant
  std::size_t first = 0;   ///< its findings are ReportModel::order[first, end)
  std::size_t end = 0;
};

/// The report tree and the totals, computed once per report.
struct ReportModel {
  std::vector<OrgNode> nodes;              ///< depth-first order: parents before children
  std::vector<std::uint32_t> node_of_org;  ///< organization row -> node index
  std::vector<std::size_t> order;          ///< indexes into result.findings, grouped by node in node order
  SeverityCounts totals{};
  std::map<std::string, SeverityCounts> by_family;    ///< every family that ran or has findings
  std::map<std::string, const RuleMeta*> rules;       ///< metadata of the loaded rules by id
  std::map<std::string, std::string> plugin_of_rule;  ///< rule id -> plugin name

  const OrgNode& node_of(FindingRef f) const;
};

ReportModel build_model(const RunReport& report);

/// "structure" for "structure/secretary".
std::string family_of(std::string_view rule_id);
/// The finding's message in the report's language.
std::string message_in(FindingRef f, const std::string& lang);
/// The rule's title in `lang`, or "" when the rule's metadata is not known.
std::string rule_title(const ReportModel& model, const std::string& rule_id, const std::string& lang);

/// "Cơ cấu tổ chức" / "Organization structure" for the built-in families; the id for others.
std::string family_label(const std::string& family, const std::string& lang);
/// "đảng viên" / "member" ...
std::string subject_kind_label(SubjectKind kind, const std::string& lang);
/// The organization's name path, or "(không thuộc tổ chức nào)" for the no-organization node.
std::string node_path(const Dataset& data, const OrgNode& node, const std::string& lang);
/// The organization's id, "" for the no-organization node.
std::string node_id(const Dataset& data, const OrgNode& node);
/// "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning"; "không có phát hiện" / "no findings" when all are 0.
std::string counts_label(const SeverityCounts& counts, const std::string& lang);
/// What a finding is about as one line: "Nguyễn Văn An (DV001)", or the id when it has no name.
std::string subject_text(FindingRef f);

}  // namespace kiemtra::core
