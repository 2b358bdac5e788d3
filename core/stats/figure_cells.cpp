// The figures as labelled cells, in the order of the bloc's nine-month report (docs/stats.md).
#include "stats/figure_cells.hpp"

namespace kiemtra::core {

std::vector<FigureCell> figure_cells(const Figures& f, const StatsReport& s, bool with_plan, const std::string& lang) {
  const bool en = lang == "en";
  std::vector<FigureCell> out;
  const auto add = [&](const char* key, const char* vi, const char* english, double v, bool percent = false) {
    out.push_back({key, en ? english : vi, v, percent});
  };
  const auto d = [](std::int64_t v) { return static_cast<double>(v); };
  add("grassroots_organizations", "TCCSĐ trực thuộc", "Grassroots party organizations", d(f.chi_bo_co_so + f.dang_bo_co_so));
  add("chi_bo_co_so", "Chi bộ cơ sở", "Grassroots cells", d(f.chi_bo_co_so));
  add("dang_bo_co_so", "Đảng bộ cơ sở", "Grassroots party committees", d(f.dang_bo_co_so));
  add("dang_bo_bo_phan", "Đảng bộ bộ phận", "Sub-committees", d(f.dang_bo_bo_phan));
  add("chi_bo_truc_thuoc", "Chi bộ trực thuộc đảng bộ cơ sở", "Cells under grassroots committees", d(f.chi_bo_truc_thuoc));
  add("members", "Đảng viên", "Party members", d(f.members));
  add("official", "Đảng viên chính thức", "Official members", d(f.official));
  add("probationary", "Đảng viên dự bị", "Probationary members", d(f.probationary));
  add("admitted", "Kết nạp đảng viên mới", "New members admitted", d(f.admitted));
  if (with_plan && s.admission_target && *s.admission_target > 0)
    add("admission_plan_share_percent", "Đạt % kế hoạch năm (kết nạp)", "Share of the year's admission plan (%)",
        100.0 * d(f.admitted) / d(*s.admission_target), true);
  add("converted", "Xét chuyển đảng chính thức", "Converted to official", d(f.converted));
  add("transfers_out", "Chuyển sinh hoạt đảng đi (lượt)", "Transfers out", d(f.transfers_out));
  add("transfers_in", "Tiếp nhận sinh hoạt đảng đến (lượt)", "Transfers in", d(f.transfers_in));
  add("cards_issued", "Cấp Thẻ đảng viên", "Party cards issued", d(f.cards_issued));
  add("badge_proposals", "Đề nghị tặng Huy hiệu Đảng", "Proposed for the party badge", d(f.badge_proposals));
  add("organizations_inspected", "Kiểm tra tổ chức đảng", "Party organizations inspected", d(f.orgs_inspected));
  add("members_inspected", "Kiểm tra đảng viên", "Party members inspected", d(f.members_inspected));
  add("supervisions", "Giám sát (lượt)", "Supervisions", d(f.supervisions));
  add("dues_inspections", "Kiểm tra nhiệm vụ kiểm tra, giám sát và thu, nộp đảng phí",
      "Inspected on inspection, supervision and dues", d(f.dues_inspections));
  add("discipline_inspections", "Kiểm tra việc thi hành kỷ luật (tổ chức đảng)",
      "Discipline enforcement inspected (organizations)", d(f.discipline_inspections));
  add("disciplined", "Đảng viên bị thi hành kỷ luật", "Members disciplined", d(f.disciplined));
  if (s.ratings_year > 0) {
    add("rated", "Đảng viên được xếp loại chất lượng", "Members rated", d(f.rated_total()));
    add("rated_xuat_sac", "Hoàn thành xuất sắc nhiệm vụ", "Rated excellent", d(f.rated[0]));
    add("rated_tot", "Hoàn thành tốt nhiệm vụ", "Rated good", d(f.rated[1]));
    add("rated_hoan_thanh", "Hoàn thành nhiệm vụ", "Rated satisfactory", d(f.rated[2]));
    add("rated_khong_hoan_thanh", "Không hoàn thành nhiệm vụ", "Rated failing", d(f.rated[3]));
    add("not_rated", "Không xếp loại", "Not rated", d(f.not_rated));
  }
  return out;
}

}  // namespace kiemtra::core
