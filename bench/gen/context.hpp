// State shared by the parts of the generator while it writes one dataset.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gen/csv_writer.hpp"
#include "gen/generator.hpp"
#include "gen/prng.hpp"
#include "kiemtra/date.hpp"

namespace kiemtra::bench {

/// What later parts of a grassroots organization (committees, candidates) need of a member.
struct Person {
  std::string id;
  bool female = false;
  /// Official at the as-of date as the rules will see it: a member whose planted fault
  /// clouds that (no official_on, an unreadable birth date) is not counted, so committees
  /// and introducers drawn from officials do not cascade into findings nobody planted.
  bool official = false;
  Date birth;
  Date official_on;
  Date admitted;
  Date exempt_from;  ///< exempt from work and meetings from this day (no date: not exempt)
};

/// Member-level violation kinds; each is planted on about `violations` of the members.
enum class MemberFault : int {
  none = -1,
  probation_overdue,
  unpaid_months,
  underpaid,
  impossible_date,
  dangling_dues,
  official_date,
  card_missing,
  duplicate_payment,
  late_payment,
  status_mismatch,
  duplicate_person,
  count,
};

/// The generator's running state: options, random stream, open files, counters.
struct Context {
  explicit Context(const GenOptions& o);

  GenOptions opt;
  Rng rng;
  Date as_of;
  Month as_of_month;
  Date period_start;
  std::unique_ptr<CsvWriter> orgs, members, dues, candidates, committees, transfers, events, meetings, attendance;
  /// The stream behind meetings, attendance and exemption dates: its own, so that the other files stay the bytes
  /// they were before these tables existed.
  Rng meeting_rng;
  std::uint64_t next_meeting = 0;
  std::uint64_t next_member = 0;  ///< sequence behind member ids (transferred-out members use it too)
  std::uint64_t next_card = 0;
  std::uint64_t next_candidate = 0;
  std::uint64_t written_members = 0;
  std::string last_citizen_id;
  std::map<std::string, std::uint64_t> planted;
  std::map<std::string, std::uint64_t> org_kinds;

  std::string member_id() { return fmt::format("49{:07}", ++next_member); }
  /// Whether to plant a violation of a kind with `kinds` alternatives; returns its index or -1.
  int fault(int kinds) {
    const double u = rng.unit();
    const double r = opt.violations;
    return u < r * kinds ? static_cast<int>(u / r) : -1;
  }
  void plant(std::string_view kind) { ++planted[std::string(kind)]; }
  /// A day uniformly in [lo, hi] (lo when hi < lo).
  Date day_between(Date lo, Date hi) { return day_between_with(rng, lo, hi); }
  static Date day_between_with(Rng& r, Date lo, Date hi) {
    return hi <= lo ? lo : Date{static_cast<std::int32_t>(r.between(lo.days, hi.days))};
  }
};

// Members and their dues (members.cpp).
/// Writes one member of `cell` (its row, its dues, its own events) and returns it.
/// `force_official` keeps the member official and free of planted faults. A `stray`
/// member names an organization that does not exist (a planted dangling reference) and
/// is written beside the cell's members, so the cell's own counts stay as planned.
Person write_member(Context& c, std::string_view cell, bool force_official, bool stray = false);

// Committees, candidates, transfers and organization events (extras.cpp).
void write_cell_committee(Context& c, std::string_view cell, std::string_view term, const std::vector<Person>& people);
void write_grassroots_committee(Context& c, std::string_view org, std::string_view term,
                                const std::vector<Person>& people);
/// A planned committee for the coming congress; `cell` caps it as a cell's.
void write_planned_committee(Context& c, std::string_view org, std::string_view term, bool cell,
                             const std::vector<Person>& people);
void write_candidates(Context& c, std::string_view cell, const std::vector<Person>& people);
void write_transfers(Context& c, std::string_view cell, const std::vector<Person>& people);
void write_org_events(Context& c, std::string_view org, bool grassroots);

// Cell meetings and who missed them (meetings.cpp).
/// A regular meeting every month of the last twelve up to the as-of date, a topical one every quarter, and the
/// absences: few, most with a reason, never a third month without one in a year (clean data); exempt members miss
/// meetings after their exemption began, which must not count.
void write_meetings(Context& c, std::string_view cell, const std::vector<Person>& people);

}  // namespace kiemtra::bench
