// The figures as text, in the order and wording of the bloc's nine-month report.
#include <fmt/format.h>

#include "stats/stats.hpp"

namespace kiemtra::core {

namespace {

/// 2700 -> "2.700" (vi) or "2,700" (en).
std::string num(std::int64_t v, bool en) {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += en ? ',' : '.';
    out += digits[i];
  }
  return v < 0 ? "-" + out : out;
}

/// 72.5 -> "72,5" (vi) or "72.5" (en), one decimal.
std::string pct(double v, bool en) {
  std::string s = fmt::format("{:.1f}", v);
  if (!en) s.replace(s.find('.'), 1, ",");
  return s;
}

void write_block(const Figures& f, const StatsReport& s, const std::string& name, bool en, std::ostream& out) {
  const std::int64_t grassroots = f.chi_bo_co_so + f.dang_bo_co_so;
  if (en) {
    out << fmt::format("{} has {} grassroots party organizations directly under it: {} grassroots cells and {} grassroots "
                       "party committees ({} sub-committees and {} cells under grassroots committees), with {} party "
                       "members ({} official, {} probationary).\n",
                       name, num(grassroots, en), num(f.chi_bo_co_so, en), num(f.dang_bo_co_so, en),
                       num(f.dang_bo_bo_phan, en), num(f.chi_bo_truc_thuoc, en), num(f.members, en),
                       num(f.official, en), num(f.probationary, en));
    out << fmt::format("From {} to {}: admitted {} new members", s.period_start.iso(), s.as_of.iso(), num(f.admitted, en));
    if (s.admission_target && *s.admission_target > 0)
      out << fmt::format(" ({}% of the year's plan of {})", pct(100.0 * f.admitted / *s.admission_target, en),
                         num(*s.admission_target, en));
    out << fmt::format("; {} probationary members converted to official; {} transfers of party activity out and {} "
                       "in; {} party cards issued; {} members proposed for the party badge.\n",
                       num(f.converted, en), num(f.transfers_out, en), num(f.transfers_in, en), num(f.cards_issued, en),
                       num(f.badge_proposals, en));
    out << fmt::format("Inspected {} party organizations and {} party members; {} supervisions; {} organizations "
                       "inspected on inspection duty and dues; discipline enforcement inspected in {} organizations "
                       "({} grassroots cells, {} subordinate cells); {} members disciplined (reprimand {}, warning {}, "
                       "dismissal {}, expulsion {}).\n",
                       num(f.orgs_inspected, en), num(f.members_inspected, en), num(f.supervisions, en),
                       num(f.dues_inspections, en), num(f.discipline_inspections, en),
                       num(f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_co_so)], en),
                       num(f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_truc_thuoc)], en),
                       num(f.disciplined, en), num(f.disciplined_by_form[0], en), num(f.disciplined_by_form[1], en),
                       num(f.disciplined_by_form[2], en), num(f.disciplined_by_form[3], en));
    return;
  }
  out << fmt::format("{} hiện có {} TCCSĐ trực thuộc, gồm {} chi bộ cơ sở và {} đảng bộ cơ sở ({} đảng bộ bộ phận và "
                     "{} chi bộ trực thuộc đảng bộ cơ sở), với {} đảng viên ({} chính thức, {} dự bị).\n",
                     name, num(grassroots, en), num(f.chi_bo_co_so, en), num(f.dang_bo_co_so, en),
                     num(f.dang_bo_bo_phan, en), num(f.chi_bo_truc_thuoc, en), num(f.members, en), num(f.official, en),
                     num(f.probationary, en));
  out << fmt::format("Từ {} đến {}: kết nạp {} đảng viên mới", s.period_start.vn(), s.as_of.vn(), num(f.admitted, en));
  if (s.admission_target && *s.admission_target > 0)
    out << fmt::format(" (đạt {}% kế hoạch năm {})", pct(100.0 * f.admitted / *s.admission_target, en),
                       num(*s.admission_target, en));
  out << fmt::format(", xét chuyển đảng chính thức {} đảng viên dự bị; chuyển sinh hoạt đảng đi cho {} lượt đảng viên, "
                     "tiếp nhận chuyển sinh hoạt đảng đến {} lượt đảng viên; cấp Thẻ đảng viên cho {} đảng viên; đề "
                     "nghị tặng Huy hiệu Đảng cho {} đồng chí.\n",
                     num(f.converted, en), num(f.transfers_out, en), num(f.transfers_in, en), num(f.cards_issued, en),
                     num(f.badge_proposals, en));
  out << fmt::format("Kiểm tra {} tổ chức đảng, {} đảng viên; giám sát {} lượt; kiểm tra {} tổ chức đảng về thực hiện "
                     "nhiệm vụ kiểm tra, giám sát và thu, nộp đảng phí; kiểm tra việc thi hành kỷ luật đối với {} tổ "
                     "chức đảng ({} chi bộ cơ sở, {} chi bộ trực thuộc); {} đảng viên bị thi hành kỷ luật (khiển "
                     "trách {}, cảnh cáo {}, cách chức {}, khai trừ {}).\n",
                     num(f.orgs_inspected, en), num(f.members_inspected, en), num(f.supervisions, en),
                     num(f.dues_inspections, en), num(f.discipline_inspections, en),
                     num(f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_co_so)], en),
                     num(f.discipline_inspections_by_kind[static_cast<int>(OrgKind::chi_bo_truc_thuoc)], en),
                     num(f.disciplined, en), num(f.disciplined_by_form[0], en), num(f.disciplined_by_form[1], en),
                     num(f.disciplined_by_form[2], en), num(f.disciplined_by_form[3], en));
}

}  // namespace

void write_stats_text(const StatsReport& s, const Dataset& d, std::uint32_t org, const std::string& lang,
                      std::ostream& out) {
  const bool en = lang == "en";
  if (org != kNone) {
    write_block(s.per_org[org], s, std::string(d.organizations[org].name), en, out);
    return;
  }
  write_block(s.total, s, d.name, en, out);
  // Then each grassroots organization and committee below the top, rolled up, in tree order.
  for (std::uint32_t o : d.tree.preorder) {
    const Organization& x = d.organizations[o];
    if (d.tree.depth[o] == 0 || !x.live_at(s.as_of)) continue;
    if (x.kind != OrgKind::cap_tren_co_so && x.kind != OrgKind::dang_bo_co_so && x.kind != OrgKind::dang_bo_bo_phan)
      continue;
    out << "\n" << d.path(o) << " [" << x.id << "]\n";
    write_block(s.per_org[o], s, std::string(x.name), en, out);
  }
}

}  // namespace kiemtra::core
