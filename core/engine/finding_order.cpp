// Sorting findings into tree order.
#include "engine/finding_order.hpp"

#include <algorithm>
#include <tuple>

namespace kiemtra::core {

void sort_findings(const Dataset& data, std::vector<Finding>& findings) {
  const auto position = [&](std::uint32_t org) -> std::uint32_t {
    if (org == kNone || org >= data.tree.position.size()) return 0;
    return data.tree.position[org];
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    const auto pa = position(a.org), pb = position(b.org);
    if (pa != pb) return pa < pb;
    if (a.severity != b.severity) return a.severity > b.severity;
    return std::tie(a.rule_id, a.subject_id, a.discriminator, a.location, a.message_en) <
           std::tie(b.rule_id, b.subject_id, b.discriminator, b.location, b.message_en);
  });
}

}  // namespace kiemtra::core
