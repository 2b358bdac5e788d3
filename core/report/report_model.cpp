// Builds the report tree: nodes in depth-first order, findings grouped per node, counts rolled up.
#include "report/report_model.hpp"

#include <numeric>

#include "engine/engine_rules.hpp"

namespace kiemtra::core {

namespace {

/// Organization rows parents first: the dataset's preorder, or row order when it has none.
std::vector<std::uint32_t> org_order(const Dataset& d, std::vector<std::uint16_t>& depth) {
  const std::size_t n = d.organizations.size();
  if (d.tree.preorder.size() == n && d.tree.depth.size() == n) {
    depth.clear();
    for (std::uint32_t row : d.tree.preorder) depth.push_back(d.tree.depth[row]);
    return d.tree.preorder;
  }
  std::vector<std::uint32_t> rows(n);
  std::iota(rows.begin(), rows.end(), 0u);
  depth.assign(n, 0);
  return rows;
}

}  // namespace

const OrgNode& ReportModel::node_of(FindingRef f) const {
  if (f.org() != kNone && f.org() < node_of_org.size()) return nodes[node_of_org[f.org()]];
  return nodes.back();  // only reached when a "(no organization)" node exists: it is always last
}

ReportModel build_model(const RunReport& r) {
  ReportModel m;
  const Dataset& d = r.data;
  std::vector<std::uint16_t> depth;
  const auto rows = org_order(d, depth);

  // A node's parent is the nearest earlier node one level up: this follows the tree's own
  // order even for the entry of a cycle, whose `parent` column points inside its subtree.
  m.node_of_org.assign(d.organizations.size(), 0);
  std::vector<std::int32_t> last_at_depth;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    OrgNode node;
    node.org = rows[k];
    node.depth = depth[k];
    if (node.depth > last_at_depth.size()) node.depth = static_cast<std::uint16_t>(last_at_depth.size());
    last_at_depth.resize(node.depth + 1u);
    node.parent = node.depth == 0 ? -1 : last_at_depth[node.depth - 1];
    last_at_depth[node.depth] = static_cast<std::int32_t>(k);
    m.node_of_org[node.org] = static_cast<std::uint32_t>(k);
    m.nodes.push_back(node);
  }

  const auto& fs = r.result.findings;
  const std::size_t orphan = m.nodes.size();  // the "(no organization)" node, when needed
  const auto node_index = [&](FindingRef f) -> std::size_t {
    return f.org() != kNone && f.org() < m.node_of_org.size() ? m.node_of_org[f.org()] : orphan;
  };
  bool orphans = false;
  for (const auto& f : fs) orphans = orphans || node_index(f) == orphan;
  if (orphans) m.nodes.push_back(OrgNode{});  // the "(no organization)" root, last

  // Counting sort of the findings by node keeps each node's findings in the engine's order.
  std::vector<std::size_t> start(m.nodes.size() + 1, 0);
  for (const auto& f : fs) ++start[node_index(f) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  m.order.resize(fs.size());
  std::vector<std::size_t> next(start.begin(), start.end() - 1);
  for (std::size_t i = 0; i < fs.size(); ++i) m.order[next[node_index(fs[i])]++] = i;

  for (std::size_t k = 0; k < m.nodes.size(); ++k) {
    m.nodes[k].first = start[k];
    m.nodes[k].end = start[k + 1];
  }
  for (const auto& f : fs) {
    const int s = static_cast<int>(f.severity());
    ++m.nodes[node_index(f)].own[s];
    ++m.totals[s];
    ++m.by_family[family_of(f.rule_id())][s];
  }
  for (auto& node : m.nodes) node.total = node.own;
  for (std::size_t k = m.nodes.size(); k-- > 0;)
    if (m.nodes[k].parent >= 0)
      for (int s = 0; s < 3; ++s) m.nodes[m.nodes[k].parent].total[s] += m.nodes[k].total[s];

  for (const auto& id : r.result.rules_run) m.by_family.try_emplace(family_of(id));
  for (const auto& rule : r.plugins.rules) {
    m.rules.emplace(rule.meta.id, &rule.meta);
    m.plugin_of_rule.emplace(rule.meta.id, rule.plugin);
  }
  for (const auto& meta : engine_rules()) {
    m.rules.emplace(meta.id, &meta);
    m.plugin_of_rule.emplace(meta.id, "kiemtra");
  }
  return m;
}

std::string family_of(std::string_view rule_id) { return std::string(rule_id.substr(0, rule_id.find('/'))); }

std::string message_in(FindingRef f, const std::string& lang) { return f.message(lang); }

std::string rule_title(const ReportModel& model, const std::string& rule_id, const std::string& lang) {
  const auto it = model.rules.find(rule_id);
  if (it == model.rules.end()) return {};
  return lang == "en" ? it->second->title_en : it->second->title_vi;
}

std::string node_path(const Dataset& data, const OrgNode& node, const std::string& lang) {
  if (node.org == kNone) return lang == "en" ? "(no organization)" : "(không thuộc tổ chức nào)";
  return data.path(node.org);
}

std::string node_id(const Dataset& data, const OrgNode& node) {
  return node.org == kNone ? std::string() : std::string(data.organizations[node.org].id);
}

std::string subject_text(FindingRef f) {
  std::string id = f.subject_id(), name = f.subject_name();
  if (name.empty() || name == id) return id;
  if (id.empty()) return name;
  return name + " (" + id + ")";
}

}  // namespace kiemtra::core
