// The figures as text, in the order and wording of the bloc's nine-month report.
#include <fmt/format.h>

#include <vector>

#include "stats/stats.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core {

namespace {

/// 2700 -> "2.700" (vi) or "2,700" (en): the one format every report uses (util/numbers.hpp).
std::string num(std::int64_t v, bool en) { return format_count(v, en ? "en" : "vi"); }

/// "1 member", "2 members" (English only: Vietnamese nouns do not inflect).
std::string count_en(std::int64_t v, const std::string& one, const std::string& many) {
  return num(v, true) + " " + (v == 1 ? one : many);
}

/// 72.5 -> "72,5 %" (vi) or "72.5%" (en), one decimal, with its sign.
std::string pct(double v, bool en) { return format_percent(v, 1, en ? "en" : "vi"); }

/// "a, b và c" / "a, b and c".
std::string join(const std::vector<std::string>& parts, bool en) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += i + 1 == parts.size() ? (en ? " and " : " và ") : ", ";
    out += parts[i];
  }
  return out;
}

/// What the organization is made of, by its kind: the bloc counts grassroots organizations, a committee its
/// cells, a cell only its members.
std::string structure_sentence(const Figures& f, const std::string& name, OrgKind kind, bool en) {
  const std::string members =
      en ? fmt::format("{} ({} official, {} probationary)", count_en(f.members, "party member", "party members"),
                       num(f.official, en), num(f.probationary, en))
         : fmt::format("{} đảng viên ({} chính thức, {} dự bị)", num(f.members, en), num(f.official, en),
                       num(f.probationary, en));
  if (kind == OrgKind::cap_tren_co_so) {
    if (en)
      return fmt::format(
          "{} has {} directly under it: {} and {} ({} and {} under grassroots committees), with {}.", name,
          count_en(f.chi_bo_co_so + f.dang_bo_co_so, "grassroots party organization", "grassroots party organizations"),
          count_en(f.chi_bo_co_so, "grassroots cell", "grassroots cells"),
          count_en(f.dang_bo_co_so, "grassroots party committee", "grassroots party committees"),
          count_en(f.dang_bo_bo_phan, "sub-committee", "sub-committees"),
          count_en(f.chi_bo_truc_thuoc, "cell", "cells"), members);
    return fmt::format(
        "{} hiện có {} TCCSĐ trực thuộc, gồm {} chi bộ cơ sở và {} đảng bộ cơ sở ({} đảng bộ bộ phận và {} chi bộ trực "
        "thuộc đảng bộ cơ sở), với {}.",
        name, num(f.chi_bo_co_so + f.dang_bo_co_so, en), num(f.chi_bo_co_so, en), num(f.dang_bo_co_so, en),
        num(f.dang_bo_bo_phan, en), num(f.chi_bo_truc_thuoc, en), members);
  }
  if (kind == OrgKind::dang_bo_co_so || kind == OrgKind::dang_bo_bo_phan) {
    std::vector<std::string> parts;
    if (f.dang_bo_bo_phan)
      parts.push_back(en ? count_en(f.dang_bo_bo_phan, "sub-committee", "sub-committees")
                         : num(f.dang_bo_bo_phan, en) + " đảng bộ bộ phận");
    parts.push_back(en ? count_en(f.chi_bo_truc_thuoc, "cell", "cells")
                       : num(f.chi_bo_truc_thuoc, en) + " chi bộ trực thuộc");
    return en ? fmt::format("{} has {}, with {}.", name, join(parts, en), members)
              : fmt::format("{} hiện có {}, với {}.", name, join(parts, en), members);
  }
  return en ? fmt::format("{} has {}.", name, members) : fmt::format("{} hiện có {}.", name, members);
}

/// Admissions, conversions, transfers, cards and badges; the plan's share only for the body the plan is for.
std::string members_sentence(const Figures& f, const StatsReport& s, bool with_plan, bool en) {
  const bool plan = with_plan && s.admission_target && *s.admission_target > 0;
  const double share = plan ? 100.0 * static_cast<double>(f.admitted) / static_cast<double>(*s.admission_target) : 0;
  if (en)
    return fmt::format(
        "From {} to {}: admitted {}{}; {} converted to official; {} out and {} in; {} issued; {} proposed for the "
        "party badge.",
        s.period_start.iso(), s.as_of.iso(), count_en(f.admitted, "new member", "new members"),
        plan ? fmt::format(" ({} of the year's plan of {})", pct(share, en), num(*s.admission_target, en)) : "",
        count_en(f.converted, "probationary member", "probationary members"),
        count_en(f.transfers_out, "transfer of party activity", "transfers of party activity"), num(f.transfers_in, en),
        count_en(f.cards_issued, "party card", "party cards"), count_en(f.badge_proposals, "member", "members"));
  return fmt::format(
      "Từ {} đến {}: kết nạp {} đảng viên mới{}, xét chuyển đảng chính thức {} đảng viên dự bị; chuyển sinh hoạt "
      "đảng đi cho {} lượt đảng viên, tiếp nhận chuyển sinh hoạt đảng đến {} lượt đảng viên; cấp Thẻ đảng viên cho {} "
      "đảng viên; đề nghị tặng Huy hiệu Đảng cho {} đồng chí.",
      s.period_start.vn(), s.as_of.vn(), num(f.admitted, en),
      plan ? fmt::format(" (đạt {} kế hoạch năm: {} đảng viên)", pct(share, en), num(*s.admission_target, en)) : "",
      num(f.converted, en), num(f.transfers_out, en), num(f.transfers_in, en), num(f.cards_issued, en),
      num(f.badge_proposals, en));
}

/// Inspection, supervision (only when recorded: the article has none) and discipline.
std::string inspection_sentence(const Figures& f, bool en) {
  const auto by_kind = [&](OrgKind k) { return f.discipline_inspections_by_kind[static_cast<int>(k)]; };
  std::vector<std::string> kinds;
  const std::pair<OrgKind, const char*> kind_names[] = {
      {OrgKind::chi_bo_co_so, en ? "grassroots cell|grassroots cells" : "chi bộ cơ sở"},
      {OrgKind::dang_bo_co_so, en ? "grassroots committee|grassroots committees" : "đảng bộ cơ sở"},
      {OrgKind::dang_bo_bo_phan, en ? "sub-committee|sub-committees" : "đảng bộ bộ phận"},
      {OrgKind::chi_bo_truc_thuoc,
       en ? "cell under a grassroots committee|cells under grassroots committees" : "chi bộ trực thuộc đảng ủy cơ sở"}};
  for (const auto& [kind, words] : kind_names) {
    if (!by_kind(kind)) continue;
    const std::string w = words;
    kinds.push_back(en ? count_en(by_kind(kind), w.substr(0, w.find('|')), w.substr(w.find('|') + 1))
                       : num(by_kind(kind), en) + " " + w);
  }
  std::vector<std::string> forms;
  const char* form_names[][2] = {{"khiển trách", "reprimand"},
                                 {"cảnh cáo", "warning"},
                                 {"cách chức", "dismissal"},
                                 {"khai trừ", "expulsion"},
                                 {"hình thức khác", "other"}};
  for (std::size_t i = 0; i < f.disciplined_by_form.size(); ++i)
    if (f.disciplined_by_form[i])
      forms.push_back(fmt::format("{} {}", form_names[i][en], num(f.disciplined_by_form[i], en)));
  const auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
    return v.empty() ? std::string() : " (" + out + ")";
  };
  if (en)
    return fmt::format(
        "Inspected {} and {}{}; {} inspected on their inspection and supervision duty and the collection and payment "
        "of dues; discipline enforcement inspected in {}{}, {} disciplined{}.",
        count_en(f.orgs_inspected, "party organization", "party organizations"),
        count_en(f.members_inspected, "party member", "party members"),
        f.supervisions ? "; " + count_en(f.supervisions, "supervision", "supervisions") : "",
        count_en(f.dues_inspections, "organization", "organizations"),
        count_en(f.discipline_inspections, "organization", "organizations"), list(kinds),
        count_en(f.disciplined, "member", "members"), list(forms));
  return fmt::format(
      "Kiểm tra {} tổ chức đảng, {} đảng viên{}; kiểm tra {} tổ chức đảng về thực hiện nhiệm vụ kiểm tra, giám sát và "
      "thu, nộp đảng phí; kiểm tra việc thi hành kỷ luật trong Đảng đối với {} tổ chức đảng{}, có {} đảng viên bị thi "
      "hành kỷ luật{}.",
      num(f.orgs_inspected, en), num(f.members_inspected, en),
      f.supervisions ? fmt::format("; giám sát {} lượt", num(f.supervisions, en)) : "", num(f.dues_inspections, en),
      num(f.discipline_inspections, en), list(kinds), num(f.disciplined, en), list(forms));
}

/// The year-end table of quality ratings, one level after another with its share of those rated.
std::string ratings_sentence(const Figures& f, int year, bool en) {
  const std::int64_t total = f.rated_total();
  const auto share = [&](std::int64_t n) {
    return total > 0 ? pct(100.0 * static_cast<double>(n) / static_cast<double>(total), en) : pct(0, en);
  };
  const char* levels[][2] = {{"hoàn thành xuất sắc nhiệm vụ", "excellent"},
                             {"hoàn thành tốt nhiệm vụ", "good"},
                             {"hoàn thành nhiệm vụ", "satisfactory"},
                             {"không hoàn thành nhiệm vụ", "failing"}};
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < f.rated.size(); ++i)
    parts.push_back(fmt::format("{} {} ({})", levels[i][en], num(f.rated[i], en), share(f.rated[i])));
  if (en)
    return fmt::format("Annual quality rating of {}: {} rated, {}; {} not rated.", year,
                       count_en(total, "member", "members"), join(parts, en), num(f.not_rated, en));
  return fmt::format("Đánh giá, xếp loại chất lượng đảng viên năm {}: {} đảng viên được xếp loại, {}; {} đảng viên "
                     "không xếp loại.",
                     year, num(total, en), join(parts, en), num(f.not_rated, en));
}

void write_block(const Figures& f, const StatsReport& s, const std::string& name, OrgKind kind, bool with_plan, bool en,
                 std::ostream& out) {
  out << structure_sentence(f, name, kind, en) << "\n"
      << members_sentence(f, s, with_plan, en) << "\n"
      << inspection_sentence(f, en) << "\n";
  if (s.ratings_year > 0) out << ratings_sentence(f, s.ratings_year, en) << "\n";
}

}  // namespace

void write_stats_text(const StatsReport& s, const Dataset& d, std::uint32_t org, const std::string& lang,
                      std::ostream& out) {
  const bool en = lang == "en";
  if (org != kNone) {
    const Organization& x = d.organizations[org];
    // The admission target is the whole dataset's plan: its share is shown only for a top organization.
    write_block(s.per_org[org], s, std::string(x.name), x.kind, d.tree.depth[org] == 0, en, out);
    return;
  }
  write_block(s.total, s, d.name, OrgKind::cap_tren_co_so, true, en, out);
  // Then each committee below the top (grassroots and sub-committees), rolled up, in tree order.
  for (std::uint32_t o : d.tree.preorder) {
    const Organization& x = d.organizations[o];
    if (d.tree.depth[o] == 0 || !x.live_at(s.as_of)) continue;
    if (x.kind != OrgKind::cap_tren_co_so && x.kind != OrgKind::dang_bo_co_so && x.kind != OrgKind::dang_bo_bo_phan)
      continue;
    out << "\n" << d.path(o) << " [" << x.id << "]\n";
    write_block(s.per_org[o], s, std::string(x.name), x.kind, false, en, out);
  }
}

}  // namespace kiemtra::core
