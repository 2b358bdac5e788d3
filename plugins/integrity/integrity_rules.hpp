// The integrity plugin's rules: the data can be trusted (always on).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// integrity/bad-value: a value the reader could not read (impossible date, unknown code, missing required
/// value); reports every Dataset::read_issues entry, one finding per unreadable value.
class BadValueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/dangling-reference: rows name an id that does not exist in the table they refer to; reports every
/// Dataset::unresolved entry, one finding per missing id and referring column (listing every row).
class DanglingReferenceRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/date-order: dates after the as-of date, official before admission, admission before 18, birth last;
/// checks the dates of members, candidates and organizations, one finding per (row, problem).
class DateOrderRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/dissolved-attachment: a member, or a live organization, still attached to an organization dissolved by
/// the as-of date.
class DissolvedAttachmentRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/duplicate-person: two member rows that look like the same person: the same citizen_id, or (where one
/// lacks it) the same folded name, birth date and gender.
class DuplicatePersonRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/member-not-in-cell: a member whose org_id is an organization that is not a cell; members must take
/// part in a chi_bo_co_so or a chi_bo_truc_thuoc.
class MemberNotInCellRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/status-mismatch: `chinh_thuc` needs `official_on`; `du_bi` must not have one.
class StatusMismatchRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// integrity/tree-nesting: an organization under a parent of the wrong kind per the dataset contract, or parents
/// that form a cycle.
class TreeNestingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
