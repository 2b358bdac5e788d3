// The figures as JSON, for pipelines and for the tests of the sample's figures.
#include <nlohmann/json.hpp>

#include "stats/stats.hpp"

namespace kiemtra::core {

namespace {

nlohmann::json figures_json(const Figures& f, const StatsReport& s, bool with_plan) {
  nlohmann::json j = {
      {"grassroots_organizations", f.chi_bo_co_so + f.dang_bo_co_so},
      {"chi_bo_co_so", f.chi_bo_co_so},
      {"dang_bo_co_so", f.dang_bo_co_so},
      {"dang_bo_bo_phan", f.dang_bo_bo_phan},
      {"chi_bo_truc_thuoc", f.chi_bo_truc_thuoc},
      {"members", f.members},
      {"official", f.official},
      {"probationary", f.probationary},
      {"admitted", f.admitted},
      {"converted", f.converted},
      {"transfers_out", f.transfers_out},
      {"transfers_in", f.transfers_in},
      {"cards_issued", f.cards_issued},
      {"badge_proposals", f.badge_proposals},
      {"organizations_inspected", f.orgs_inspected},
      {"members_inspected", f.members_inspected},
      {"supervisions", f.supervisions},
      {"dues_inspections", f.dues_inspections},
      {"discipline_inspections", f.discipline_inspections},
      {"discipline_inspections_by_kind",
       {{"chi_bo_co_so", f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_co_so)]},
        {"chi_bo_truc_thuoc", f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_truc_thuoc)]},
        {"dang_bo_co_so", f.discipline_inspections_by_kind[static_cast<int>(OrgKind::dang_bo_co_so)]}}},
      {"disciplined", f.disciplined},
      {"disciplined_by_form",
       {{"khien_trach", f.disciplined_by_form[0]},
        {"canh_cao", f.disciplined_by_form[1]},
        {"cach_chuc", f.disciplined_by_form[2]},
        {"khai_tru", f.disciplined_by_form[3]},
        {"other", f.disciplined_by_form[4]}}}};
  // The year-end rating table: flat keys, as the figures documents name their cells.
  if (s.ratings_year > 0) {
    j["ratings_year"] = s.ratings_year;
    j["rated"] = f.rated_total();
    j["rated_xuat_sac"] = f.rated[0];
    j["rated_tot"] = f.rated[1];
    j["rated_hoan_thanh"] = f.rated[2];
    j["rated_khong_hoan_thanh"] = f.rated[3];
    j["not_rated"] = f.not_rated;
  }
  // The target is the whole dataset's plan: a share of it means something only for the top organization.
  if (with_plan && s.admission_target && *s.admission_target > 0)
    j["admission_plan_share_percent"] =
        100.0 * static_cast<double>(f.admitted) / static_cast<double>(*s.admission_target);
  return j;
}

}  // namespace

void write_stats_json(const StatsReport& s, const Dataset& d, std::uint32_t org, std::ostream& out) {
  nlohmann::json doc = {{"schema", "kiemtra.stats/1"},
                        {"dataset", d.name},
                        {"period", {{"start", s.period_start.iso()}, {"end", s.as_of.iso()}}},
                        {"admission_target", s.admission_target ? nlohmann::json(*s.admission_target) : nullptr}};
  doc["total"] = figures_json(org == kNone ? s.total : s.per_org[org], s, org == kNone || d.tree.depth[org] == 0);
  // The organizations are written one at a time: a national tree is 300,000 of them, and a document object
  // holding them all would cost more memory than the dataset.
  std::string head = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  head.resize(head.rfind('}'));  // reopen the object: "...\n}" -> "...\n"
  while (!head.empty() && head.back() == '\n') head.pop_back();
  out << head << ",\n  \"organizations\": [";
  bool first = true;
  for (std::uint32_t o : d.tree.preorder) {
    if (org != kNone && !d.tree.within(o, org)) continue;
    const Organization& x = d.organizations[o];
    const nlohmann::json one = {{"id", x.id},
                                {"name", x.name},
                                {"kind", code(x.kind)},
                                {"path", d.path(o)},
                                {"figures", figures_json(s.per_org[o], s, d.tree.depth[o] == 0)}};
    std::string text = one.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    // Indent the object to its place in the array.
    std::string indented = "\n    ";
    for (char c : text) {
      indented += c;
      if (c == '\n') indented += "    ";
    }
    out << (first ? "" : ",") << indented;
    first = false;
  }
  out << (first ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace kiemtra::core
