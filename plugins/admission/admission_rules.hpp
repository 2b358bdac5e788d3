// The rules of the admission plugin: checks of admission files (candidates.csv).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// admission/age: at the reference date a candidate is at least a full min_age and, counted by months, at most
/// max_age.
class AgeRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/ceremony-deadline: the cell holds the admission ceremony within working_days working days of the
/// decision.
class CeremonyDeadlineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/course-certificate: a candidate's file holds a certificate of the course on the Party, at most
/// validity_months old.
class CourseCertificateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/decision-deadline: the competent committee decides within working_days working days of the cell's
/// resolution.
class DecisionDeadlineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/education: a candidate has at least min_grade/12 of general education.
class EducationRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/introducer-discipline: no introducer is under a discipline in effect at the file's reference date.
class IntroducerDisciplineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/introducers: a candidate has two valid introducers (one on the Youth Union path): distinct official
/// members of the dataset who have worked with the candidate long enough.
class IntroducersRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// admission/readmission: a readmission is considered at least min_months_since_exit months after the person left.
class ReadmissionRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
