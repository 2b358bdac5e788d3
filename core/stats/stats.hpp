// The period's figures of a party-building report, per organization and rolled up the tree.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/discipline.hpp"

namespace kiemtra::core {


/// The figures of one organization's subtree (or of the whole dataset) over a period.
struct Figures {
  // Live organizations below (not counting the organization itself), by kind.
  std::int64_t chi_bo_co_so = 0;
  std::int64_t dang_bo_co_so = 0;
  std::int64_t dang_bo_bo_phan = 0;
  std::int64_t chi_bo_truc_thuoc = 0;
  // Members at the as-of date.
  std::int64_t members = 0;
  std::int64_t official = 0;
  std::int64_t probationary = 0;
  // Acts within the period [period_start, as_of].
  std::int64_t admitted = 0;          ///< members whose admitted_on is in the period
  std::int64_t converted = 0;         ///< members whose official_on is in the period
  std::int64_t transfers_out = 0;
  std::int64_t transfers_in = 0;
  std::int64_t cards_issued = 0;      ///< the_dang_vien events
  std::int64_t badge_proposals = 0;   ///< huy_hieu_de_nghi events
  std::int64_t orgs_inspected = 0;    ///< kiem_tra_to_chuc events
  std::int64_t members_inspected = 0; ///< kiem_tra_dang_vien events
  std::int64_t supervisions = 0;      ///< giam_sat events
  std::int64_t dues_inspections = 0;  ///< kiem_tra_dang_phi events
  std::int64_t discipline_inspections = 0;  ///< kiem_tra_thi_hanh_ky_luat events
  /// Discipline-enforcement inspections by the kind of organization inspected (OrgKind order).
  std::array<std::int64_t, 7> discipline_inspections_by_kind{};
  std::int64_t disciplined = 0;       ///< ky_luat events
  std::array<std::int64_t, 5> disciplined_by_form{};  ///< DisciplineForm order
  // The annual quality rating of StatsReport::ratings_year (ratings.csv), of the members listed at the as-of date.
  std::array<std::int64_t, 4> rated{};  ///< by QualityRating (xuat_sac, tot, hoan_thanh, khong_hoan_thanh)
  std::int64_t not_rated = 0;  ///< listed, admitted by the year's end, no readable rating that year (exempt, ill ...)

  std::int64_t rated_total() const { return rated[0] + rated[1] + rated[2] + rated[3]; }

  void add(const Figures& other);
};

struct StatsReport {
  Date period_start;
  Date as_of;
  std::optional<std::int64_t> admission_target;
  /// The year whose ratings the figures count: the latest year rated by the as-of date (the year before it, or
  /// its own from December) that ratings.csv holds; 0 when it holds none.
  int ratings_year = 0;
  Figures total;                  ///< the whole dataset
  std::vector<Figures> per_org;   ///< by organization row, each rolled up over its subtree
};

/// Counts every figure over the period; events, transfers and members count for their
/// organization (a member's event for the member's cell) and for every organization above it.
StatsReport compute_stats(const Dataset& data, Date period_start, Date as_of);

/// The article's figures in its order and wording (Vietnamese), or in English.
/// `org` limits the report to one organization's subtree (kNone: the whole dataset).
void write_stats_text(const StatsReport& stats, const Dataset& data, std::uint32_t org, const std::string& lang,
                      std::ostream& out);
/// The same as JSON: {"period": ..., "total": {...}, "organizations": [{id, name, path, figures}]}.
void write_stats_json(const StatsReport& stats, const Dataset& data, std::uint32_t org, std::ostream& out);

}  // namespace kiemtra::core
