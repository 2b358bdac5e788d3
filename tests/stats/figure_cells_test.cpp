// The figures documents' cells: the article's order, the plan's share only where the plan applies.
#include "stats/figure_cells.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiemtra::core {
namespace {

StatsReport report_with_target(std::optional<std::int64_t> target) {
  StatsReport s;
  s.admission_target = target;
  s.total.chi_bo_co_so = 42;
  s.total.dang_bo_co_so = 31;
  s.total.admitted = 87;
  s.total.members = 2774;
  return s;
}

const FigureCell* find(const std::vector<FigureCell>& cells, const std::string& key) {
  const auto it = std::find_if(cells.begin(), cells.end(), [&](const FigureCell& c) { return c.key == key; });
  return it == cells.end() ? nullptr : &*it;
}

TEST(FigureCells, TheRootHasTheArticlesFiguresInItsOrder) {
  const StatsReport s = report_with_target(120);
  const auto cells = figure_cells(s.total, s, true, "vi");
  ASSERT_GE(cells.size(), 18u);
  EXPECT_EQ(cells.front().key, "grassroots_organizations");
  EXPECT_EQ(cells.front().value, 73);
  EXPECT_EQ(cells.front().label, "TCCSĐ trực thuộc");
  EXPECT_EQ(cells.back().key, "disciplined");
  const FigureCell* share = find(cells, "admission_plan_share_percent");
  ASSERT_NE(share, nullptr);
  EXPECT_TRUE(share->percent);
  EXPECT_NEAR(share->value, 72.5, 1e-9);
  EXPECT_EQ(find(cells, "members")->value, 2774);
}

TEST(FigureCells, NoPlanShareWithoutATargetOrBelowTheRoot) {
  const StatsReport none = report_with_target(std::nullopt);
  EXPECT_EQ(find(figure_cells(none.total, none, true, "vi"), "admission_plan_share_percent"), nullptr);
  const StatsReport zero = report_with_target(0);
  EXPECT_EQ(find(figure_cells(zero.total, zero, true, "vi"), "admission_plan_share_percent"), nullptr);
  const StatsReport s = report_with_target(120);
  EXPECT_EQ(find(figure_cells(s.total, s, false, "vi"), "admission_plan_share_percent"), nullptr);
}

TEST(FigureCells, EveryColumnIsTheSameForEveryOrganization) {
  const StatsReport s = report_with_target(120);
  Figures other;
  other.disciplined = 3;
  const auto a = figure_cells(s.total, s, false, "en"), b = figure_cells(other, s, false, "en");
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t k = 0; k < a.size(); ++k) EXPECT_EQ(a[k].key, b[k].key);
  EXPECT_EQ(a.front().label, "Grassroots party organizations");
}

}  // namespace
}  // namespace kiemtra::core
