// The rules of the structure family: counts of the organization tree and of its sitting committees.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// structure/cell-leadership: a small cell has only secretaries and at most one deputy; a large one a cell
/// committee of bounded size.
class CellLeadershipRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/cell-min-official-members: every live cell needs at least `min_official` official members at the
/// as-of date.
class CellMinOfficialMembersRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/committee-without-cells: a live dang_bo_co_so or dang_bo_bo_phan must have at least one live cell in
/// its subtree.
class CommitteeWithoutCellsRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/grassroots-size-kind: a chi_bo_co_so of `threshold` members or more, or a dang_bo_co_so with fewer in
/// its subtree.
class GrassrootsSizeKindRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/meeting-missing: a live cell with no regular meeting in a month its grassroots organization's minutes
/// cover.
class MeetingMissingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/secretary: the sitting committee of a live cell or grassroots committee has exactly one secretary.
class SecretaryRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/topical-meeting-missing: a live cell with fewer than min_per_quarter topical meetings in a quarter its
/// minutes cover.
class TopicalMeetingMissingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// structure/merger-totals: a dissolved organization names a live successor, and the members the merger decisions
/// state are those the data holds on the merger day.
class MergerTotalsRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
