// The rules of the membership plugin: status of members (probation, official date, transfers, cards, badges).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// membership/badge-due: members whose party age reaches a badge milestone by the next award date, with no
/// huy_hieu_de_nghi event for it.
class BadgeDueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/card-invalid: a card number two members hold, a card issued before official_on, a card held by a
/// probationary member.
class CardInvalidRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/card-missing: official members with no card_number more than grace_days days after official_on.
class CardMissingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/meeting-absences: members absent from cell meetings without a reason in max_months months of a year.
class MeetingAbsencesRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/official-date: official members whose official_on is not admitted_on + probation_months.
class OfficialDateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/deceased-listed: no member with a recorded death is still listed or paying.
class DeceasedListedRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/temporary-overstay: no temporary attachment lasts longer than max_months.
class TemporaryOverstayRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/implausible-age: no listed member is older than max_age.
class ImplausibleAgeRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/probation-overdue: probationary members whose probation ended more than review_working_days working
/// days before the as-of date.
class ProbationOverdueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/rating-excellent-cap: grassroots organizations with more members rated xuat_sac in a year than
/// max_percent % of those rated tot.
class RatingExcellentCapRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/rating-failed-twice: members still on the roll after two years running rated khong_hoan_thanh.
class RatingFailedTwiceRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/rating-missing: members with no rating for the latest closed year the data rates.
class RatingMissingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// membership/transfer-not-presented: transfers presented more than present_within_working_days working days after
/// issued_on, or not presented by then.
class TransferNotPresentedRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
