// The organization tree of the synthetic dataset, walked top-down, and the manifest.
#include "gen/generator.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "gen/context.hpp"
#include "gen/names.hpp"

namespace kiemtra::bench {
namespace {

constexpr std::string_view kOrgHeader = "id,parent_id,name,kind,established_on,last_congress_on,dissolved_on";
constexpr std::string_view kMemberHeader =
    "id,org_id,full_name,gender,birth_date,citizen_id,status,admitted_on,official_on,education,card_number,"
    "card_issued_on,exempt,dues_category,monthly_income,readmitted,badge_years,badge_awarded_on,dan_toc,exempt_from";
constexpr std::string_view kDuesHeader = "member_id,period,amount,paid_on";
constexpr std::string_view kCandidateHeader =
    "id,org_id,full_name,gender,birth_date,education,course_certificate_on,introducer_1,introducer_1_since,"
    "introducer_2,introducer_2_since,youth_union_introduced,cell_resolution_on,decision_on,admitted_on,readmission,"
    "previous_exit_on";
constexpr std::string_view kCommitteeHeader = "org_id,term,member_id,role,planned,first_time";
constexpr std::string_view kTransferHeader =
    "member_id,org_id,full_name,direction,issued_on,presented_on,counterpart,kind,ended_on";
constexpr std::string_view kEventHeader = "kind,date,org_id,member_id,detail";
constexpr std::string_view kMeetingHeader = "id,org_id,date,kind";
constexpr std::string_view kAttendanceHeader = "meeting_id,member_id,present,reason";

struct OrgRow {
  std::string_view id, parent, name, kind;
  Date established, last_congress, dissolved;
};

void write_org(Context& c, const OrgRow& o) {
  ++c.org_kinds[std::string(o.kind)];
  c.orgs->raw(o.id).raw(o.parent).text(o.name).raw(o.kind);
  c.orgs->date(o.established).date(o.last_congress).date(o.dissolved).end_row();
}

// Draws are separate statements throughout: the order in which a call's arguments are
// evaluated is unspecified (GCC and Clang differ), and the output must not depend on it.
Date established(Context& c) {
  const int y = c.rng.between(1975, 2012);
  const int m = c.rng.between(1, 12);
  return Date::from_ymd(y, m, c.rng.between(1, 28));
}

/// "2015-2020": the term that began with the congress on `d`, `years` long.
std::string term_of(Date d, int years) { return fmt::format("{}-{}", d.year(), d.year() + years); }

/// Members of one cell; the first three are always official so a cell is valid unless planted.
void write_cell_members(Context& c, std::string_view cell, int size, bool small, std::vector<Person>& out,
                        std::size_t& begin) {
  begin = out.size();
  for (int i = 0; i < size; ++i) {
    out.push_back(write_member(c, cell, small || i < 3));
    if (c.fault(1) == 0) write_member(c, cell, false, true);
  }
}

/// Sizes of the cells of a grassroots committee with `total` members: 8-35 each, the rest in the last.
std::vector<int> cell_sizes(Context& c, int total, std::vector<bool>& small) {
  std::vector<int> sizes;
  for (int rem = total; rem > 0;) {
    int s = rem <= 40 ? rem : c.rng.between(8, 35);
    const bool two = rem - 2 >= 8 && c.fault(1) == 0;
    if (two) s = 2;
    sizes.push_back(s);
    small.push_back(two);
    rem -= s;
  }
  return sizes;
}

/// A cell's part: org row, members, committee, admission files, transfers, events.
void write_cell(Context& c, const std::string& id, std::string_view parent, std::string_view name,
                std::string_view kind, Date last_congress, std::string_view term, int size, bool small,
                std::vector<Person>& people) {
  write_org(c, {id, parent, name, kind, established(c), last_congress, {}});
  std::size_t begin = 0;
  write_cell_members(c, id, size, small, people, begin);
  const std::vector<Person> mine(people.begin() + static_cast<std::ptrdiff_t>(begin), people.end());
  if (small) c.plant("cell-with-2-official-members");
  write_cell_committee(c, id, term, mine);
  write_candidates(c, id, mine);
  write_transfers(c, id, mine);
  write_org_events(c, id, kind == "chi_bo_co_so");
  write_meetings(c, id, mine);
}

void write_grassroots(Context& c, const std::string& district, int index, int size, bool two_member_cell,
                      bool cell_too_big) {
  Rng& r = c.rng;
  const std::string id = fmt::format("{}.{:03}", district, index);
  Date congress = c.as_of.plus_months(-r.between(12, 50)).plus_days(-r.between(0, 27));
  const std::string term = term_of(congress, 5);
  const std::string next_term = term_of(congress.plus_years(5), 5);
  const bool plan = c.as_of >= congress.plus_months(42) && r.chance(0.5);
  if (c.fault(1) == 0) {
    congress = Date{};
    c.plant("missing-congress-date");
  }
  std::vector<Person> people;
  if (size < 30 || cell_too_big) {
    const std::string name = fmt::format("Chi bộ {}", workplace_name(r));
    if (cell_too_big) c.plant("chi-bo-co-so-with-30-plus-members");
    write_cell(c, id, district, name, "chi_bo_co_so", congress, term, size, two_member_cell, people);
    if (plan) write_planned_committee(c, id, next_term, true, people);
    return;
  }
  const bool commune = r.chance(0.55);
  const std::string_view place = place_name(r);
  const std::string name = commune ? fmt::format("Đảng bộ {} {}", r.chance(0.8) ? "xã" : "phường", place)
                                   : fmt::format("Đảng bộ {}", workplace_name(r));
  write_org(c, {id, district, name, "dang_bo_co_so", established(c), congress, {}});

  std::vector<bool> small;
  const std::vector<int> sizes = cell_sizes(c, size, small);
  const int sub = size >= 150 && r.chance(0.3) ? r.between(2, 4) : 0;  // đảng bộ bộ phận
  std::vector<std::string> parents;
  for (int b = 0; b < sub; ++b) {
    parents.push_back(fmt::format("{}.BP{:02}", id, b + 1));
    write_org(c, {parents.back(),
                  id,
                  fmt::format("Đảng bộ bộ phận Khu {}", b + 1),
                  "dang_bo_bo_phan",
                  established(c),
                  congress.valid() ? congress.plus_days(-r.between(20, 60)) : Date{},
                  {}});
  }
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const std::string cell = fmt::format("{}.{:02}", id, i + 1);
    const std::string_view parent = sub ? std::string_view(parents[i * sub / sizes.size()]) : std::string_view(id);
    std::string cell_name = commune ? fmt::format("Chi bộ thôn {}", place_name(r)) : fmt::format("Chi bộ số {}", i + 1);
    if (commune && r.chance(0.03)) cell_name = fmt::format("Chi bộ thôn {}, xã {}", i + 1, place);  // quoted in CSV
    const Date cell_congress = c.as_of.plus_months(-r.between(1, 26)).plus_days(-r.between(0, 27));
    write_cell(c, cell, parent, cell_name, "chi_bo_truc_thuoc", cell_congress,
               term_of(cell_congress, cell_congress.month() <= 6 ? 2 : 3), sizes[i], small[i], people);
  }
  if (r.chance(0.05)) {  // a cell merged away years ago, kept for history
    const Date gone = c.as_of.plus_days(-r.between(365, 1800));
    write_org(c, {fmt::format("{}.{:02}", id, sizes.size() + 1), id, "Chi bộ (đã sáp nhập)", "chi_bo_truc_thuoc",
                  established(c), gone.plus_years(-3), gone});
  }
  write_grassroots_committee(c, id, term, people);
  write_org_events(c, id, true);
  if (plan) write_planned_committee(c, id, next_term, false, people);
}

/// Sizes of the grassroots organizations of one district: 45 % cells of 5-29, the rest 30-600.
void write_district(Context& c, const std::string& id, int budget) {
  Rng& r = c.rng;
  int index = 0;
  for (int rem = budget; rem > 0;) {
    const bool cell = r.chance(0.45);
    const int a = cell ? r.between(5, 29) : r.between(0, 570);
    const int b = cell ? r.between(5, 29) : r.between(0, 1000);
    int s = cell ? (a + b) / 2 : 30 + a * b / 1000;  // cells peak near 17; committees skew small
    bool two = false, too_big = false;
    if (cell) {
      const int f = c.fault(2);
      if (f == 0 && rem - 2 >= 5) {
        two = true;
        s = 2;
      } else if (f == 1) {
        too_big = true;
        s = r.between(30, 34);
      }
    }
    if (rem - s < 5) {
      s = rem;
      two = false;
    }
    if (too_big && s < 30) too_big = false;
    write_grassroots(c, id, ++index, s, two, too_big);
    rem -= s;
  }
}

}  // namespace

Context::Context(const GenOptions& o)
    : opt(o),
      rng(o.seed),
      as_of(o.as_of),
      as_of_month(Month::of(o.as_of)),
      period_start(Date::from_ymd(o.as_of.year(), 1, 1)),
      meeting_rng(o.seed * 7919 + 17) {}

GenSummary generate(const GenOptions& options) {
  if (options.members < 200) throw std::runtime_error("--members must be at least 200");
  std::filesystem::create_directories(options.out);
  Context c(options);
  const auto open = [&](std::unique_ptr<CsvWriter>& w, std::string_view file, std::string_view header, int salt) {
    w = std::make_unique<CsvWriter>(options.out / file, options.seed * 1000003 + static_cast<std::uint64_t>(salt));
    w->header(header);
  };
  open(c.orgs, "organizations.csv", kOrgHeader, 1);
  open(c.members, "members.csv", kMemberHeader, 2);
  open(c.dues, "dues.csv", kDuesHeader, 3);
  open(c.candidates, "candidates.csv", kCandidateHeader, 4);
  open(c.committees, "committees.csv", kCommitteeHeader, 5);
  open(c.transfers, "transfers.csv", kTransferHeader, 6);
  open(c.events, "events.csv", kEventHeader, 7);
  open(c.meetings, "meetings.csv", kMeetingHeader, 8);
  open(c.attendance, "attendance.csv", kAttendanceHeader, 9);

  const std::string root = "TU49";
  write_org(c, {root,
                "",
                "Đảng bộ tỉnh Quảng Nam (dữ liệu mô phỏng)",
                "cap_tren_co_so",
                Date::from_ymd(1930, 3, 28),
                c.as_of.plus_months(-48),
                {}});
  const auto total = static_cast<std::int64_t>(options.members);
  const int districts = static_cast<int>(std::clamp<std::int64_t>(total / 20000, 2, 60));
  for (int d = 0; d < districts; ++d) {
    const std::string id = fmt::format("H{:02}", d + 1);
    std::string name = "Đảng bộ " + district_name(static_cast<std::size_t>(d));
    if (districts >= 4 && d == districts - 2) name = "Đảng bộ Khối các cơ quan tỉnh";
    if (districts >= 4 && d == districts - 1) name = "Đảng bộ Khối Doanh nghiệp tỉnh";
    write_org(c, {id, root, name, "cap_tren_co_so", established(c), c.as_of.plus_months(-c.rng.between(46, 50)), {}});
    const std::int64_t budget = total / districts + (d == districts - 1 ? total % districts : 0);
    write_district(c, id, static_cast<int>(budget));
  }

  GenSummary summary;
  {
    const std::filesystem::path manifest = options.out / "dataset.yaml";
    std::ofstream y(manifest, std::ios::binary);
    y << fmt::format(
        "# Synthetic data written by kiemtra-gen (seed {}, {} members): not real people.\n"
        "name: Đảng bộ tỉnh Quảng Nam (dữ liệu mô phỏng)\n"
        "as_of: {}\nperiod_start: {}\ntargets:\n  admissions: {}\n",
        options.seed, options.members, c.as_of.iso(), c.period_start.iso(), options.members * 3 / 100);
    y.close();
    if (!y) throw std::runtime_error("cannot write " + manifest.string());
    summary.files.push_back({"dataset.yaml", 0, std::filesystem::file_size(manifest)});
  }
  const std::pair<const char*, CsvWriter*> files[] = {{"organizations.csv", c.orgs.get()},
                                                      {"members.csv", c.members.get()},
                                                      {"dues.csv", c.dues.get()},
                                                      {"candidates.csv", c.candidates.get()},
                                                      {"committees.csv", c.committees.get()},
                                                      {"transfers.csv", c.transfers.get()},
                                                      {"events.csv", c.events.get()},
                                                      {"meetings.csv", c.meetings.get()},
                                                      {"attendance.csv", c.attendance.get()}};
  for (const auto& [name, w] : files) {
    const std::uint64_t bytes = w->close();
    summary.files.push_back({name, w->rows(), bytes});
  }
  summary.org_kinds = c.org_kinds;
  summary.planted = c.planted;
  return summary;
}

}  // namespace kiemtra::bench
