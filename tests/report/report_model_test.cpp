// The report tree: depth-first nodes, findings grouped per organization, counts rolled up to the root.
#include "report/report_model.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

SeverityCounts counts(std::size_t error, std::size_t warning, std::size_t info) { return {info, warning, error}; }

TEST(ReportModel, RollsCountsUpTheTree) {
  ReportFixture fx;
  const ReportModel m = build_model(fx.report());
  ASSERT_EQ(m.nodes.size(), 5u);
  EXPECT_EQ(m.nodes[0].total, counts(4, 1, 1));  // R: everything
  EXPECT_EQ(m.nodes[0].own, counts(1, 0, 0));
  EXPECT_EQ(m.nodes[1].total, counts(3, 1, 1));  // D: itself, C1 and C2
  EXPECT_EQ(m.nodes[1].own, counts(0, 1, 0));
  EXPECT_EQ(m.nodes[2].total, counts(2, 0, 1));  // C1
  EXPECT_EQ(m.nodes[3].total, counts(1, 0, 0));  // C2
  EXPECT_EQ(m.nodes[4].total, counts(0, 0, 0));  // Q: nothing found
  EXPECT_EQ(m.nodes[2].parent, 1);
  EXPECT_EQ(m.nodes[4].parent, 0);
  EXPECT_EQ(m.totals, counts(4, 1, 1));
  EXPECT_EQ(m.by_family.at("structure"), counts(2, 1, 1));
  EXPECT_EQ(m.by_family.at("integrity"), counts(2, 0, 0));
}

TEST(ReportModel, GroupsFindingsOfEachOrganizationEvenWhenUnsorted) {
  ReportFixture fx;
  std::swap(fx.result.findings.records()[0], fx.result.findings.records()[5]);  // C2's finding first, R's last
  const ReportModel m = build_model(fx.report());
  for (std::size_t k = 0; k < m.nodes.size(); ++k)
    for (std::size_t p = m.nodes[k].first; p < m.nodes[k].end; ++p)
      EXPECT_EQ(fx.result.findings[m.order[p]].org(), m.nodes[k].org) << "node " << k;
  EXPECT_EQ(m.nodes[0].end - m.nodes[0].first, 1u);
  EXPECT_EQ(m.nodes[2].end - m.nodes[2].first, 3u);
  EXPECT_EQ(m.order.size(), fx.result.findings.size());
}

TEST(ReportModel, FindingsWithoutOrganizationGetTheirOwnRootNode) {
  ReportFixture fx;
  fx.result.findings.add_rule({"a/b", "fakeplug", &fx.plugins.rules[0].meta, nullptr});
  Finding f;
  f.subject_kind = SubjectKind::row;
  f.say("m", {"x"});
  fx.result.findings.add(static_cast<std::uint16_t>(fx.result.findings.rule_index("a/b")), f, Severity::warning);
  const ReportModel m = build_model(fx.report("en"));
  ASSERT_EQ(m.nodes.size(), 6u);
  EXPECT_EQ(m.nodes.back().org, kNone);
  EXPECT_EQ(m.nodes.back().parent, -1);
  EXPECT_EQ(m.nodes.back().total, counts(0, 1, 0));
  EXPECT_EQ(node_path(fx.data, m.nodes.back(), "en"), "(no organization)");
  EXPECT_EQ(m.nodes[0].total, counts(4, 1, 1));  // not counted under R
}

TEST(ReportModel, RulesThatRanAreFamiliesEvenWithoutFindings) {
  ReportFixture fx;
  fx.result.rules_run.push_back("dues/late");
  const ReportModel m = build_model(fx.report());
  EXPECT_EQ(m.by_family.at("dues"), counts(0, 0, 0));
  EXPECT_EQ(rule_title(m, "structure/size", "en"), "Title structure/size");
  EXPECT_EQ(rule_title(m, "no/such", "en"), "");
}

TEST(ReportLabels, CountAndNameInBothLanguages) {
  EXPECT_EQ(counts_label(counts(2, 1, 0), "vi"), "2 lỗi, 1 cảnh báo");
  EXPECT_EQ(counts_label(counts(2, 1, 3), "en"), "2 errors, 1 warning, 3 info");
  EXPECT_EQ(counts_label(counts(0, 0, 0), "en"), "no findings");
  EXPECT_EQ(family_label("structure", "vi"), "Cơ cấu tổ chức");
  EXPECT_EQ(family_label("custom", "vi"), "custom");
  EXPECT_EQ(subject_kind_label(SubjectKind::member, "vi"), "đảng viên");
}

}  // namespace
