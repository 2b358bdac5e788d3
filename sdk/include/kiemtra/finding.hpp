// A finding: what a rule reports, and the sink it reports it to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/params.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

inline std::string_view code(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

/// What a finding is about.
enum class SubjectKind : std::uint8_t { organization, member, candidate, payment, committee_seat, transfer, event, row };

inline std::string_view code(SubjectKind k) {
  switch (k) {
    case SubjectKind::organization: return "organization";
    case SubjectKind::member: return "member";
    case SubjectKind::candidate: return "candidate";
    case SubjectKind::payment: return "payment";
    case SubjectKind::committee_seat: return "committee_seat";
    case SubjectKind::transfer: return "transfer";
    case SubjectKind::event: return "event";
    case SubjectKind::row: return "row";
  }
  return "?";
}

/// A named figure that makes a finding true ("official_members" = "2").
struct Evidence {
  std::string key;
  std::string value;
};

/// One finding. A rule fills everything but `rule_id`, which the engine sets.
struct Finding {
  std::string rule_id;
  Severity severity = Severity::error;
  std::uint32_t org = kNone;  ///< organization row it belongs to (a member's: the member's cell); kNone: the dataset root
  SubjectKind subject_kind = SubjectKind::organization;
  std::string subject_id;     ///< member id, candidate id, organization id, "file:line" for a row ...
  std::string subject_name;   ///< a readable name for the subject, when there is one
  std::string message_vi;
  std::string message_en;
  std::vector<Evidence> evidence;
  Citation citation;
  std::string discriminator;  ///< the rule's own key for the fingerprint (a month, a column ...)
  std::string location;       ///< "members.csv:12:3" when the finding is about a place in a file
};

/// Receives findings from a rule. Implemented by the engine.
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void emit(Finding&& finding) = 0;
};

KIEMTRA_NAMESPACE_END
