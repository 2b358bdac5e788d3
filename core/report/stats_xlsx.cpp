// The figures as a workbook: one sheet of the root's figures, one of the grassroots organizations (a row each),
// headers frozen and filters on, ready to copy into the committee's own tables.

#include <fstream>

#include "report/stats_documents.hpp"
#include "report/text_escape.hpp"
#include "report/xlsxwriter_api.hpp"
#include "stats/figure_cells.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

namespace {

constexpr std::size_t kMaxCellBytes = 32767;  // Excel's limit on a cell's text

void text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view s, lxw_format* f = nullptr) {
  const std::string v = valid_utf8(utf8_prefix(s, kMaxCellBytes));
  xlsxwriter::worksheet_write_string(ws, row, col, v.c_str(), f);
}

}  // namespace

void write_stats_xlsx(const StatsReport& s, const Dataset& d, std::uint32_t org, const std::string& lang,
                      const std::string& path) {
  const bool en = lang == "en";
  if (!std::ofstream(path, std::ios::binary))
    throw UserError({"Không ghi được tệp '" + path + "'.", "Cannot write the file '" + path + "'."});
  lxw_workbook* wb = xlsxwriter::workbook_new(path.c_str());
  if (wb == nullptr)
    throw UserError({"Không tạo được tệp Excel '" + path + "'.", "Cannot create the Excel file '" + path + "'."});
  lxw_format* header = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_bold(header);
  xlsxwriter::format_set_bg_color(header, 0xDDE4EE);
  xlsxwriter::format_set_bottom(header, LXW_BORDER_THIN);
  xlsxwriter::format_set_text_wrap(header);
  xlsxwriter::format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* count = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_num_format(count, "#,##0");
  lxw_format* percent = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_num_format(percent, "0.0");
  const std::string name = org == kNone ? d.name : std::string(d.organizations[org].name);
  const std::string title = valid_utf8((en ? "Figures of the period — " : "Số liệu của kỳ — ") + name);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.author = const_cast<char*>("kiemtra " KIEMTRA_VERSION);
  xlsxwriter::workbook_set_properties(wb, &props);

  // The root's figures: one row each, as the report states them.
  lxw_worksheet* root = xlsxwriter::workbook_add_worksheet(wb, en ? "Root" : "Toàn đảng bộ");
  text(root, 0, 0, en ? "Figure" : "Chỉ tiêu", header);
  text(root, 0, 1, en ? "Key" : "Mã", header);
  text(root, 0, 2, en ? "Value" : "Số liệu", header);
  xlsxwriter::worksheet_set_column(root, 0, 0, 58, nullptr);
  xlsxwriter::worksheet_set_column(root, 1, 1, 30, nullptr);
  xlsxwriter::worksheet_set_column(root, 2, 2, 14, nullptr);
  const Figures& figures = org == kNone ? s.total : s.per_org[org];
  lxw_row_t row = 1;
  for (const FigureCell& c : figure_cells(figures, s, org == kNone || d.tree.depth[org] == 0, lang)) {
    text(root, row, 0, c.label);
    text(root, row, 1, c.key);
    xlsxwriter::worksheet_write_number(root, row++, 2, c.value, c.percent ? percent : count);
  }
  const std::string period = (en ? "Period: " : "Kỳ: ") + (en ? s.period_start.iso() : s.period_start.vn()) + " – " +
                             (en ? s.as_of.iso() : s.as_of.vn()) + " · " + name;
  text(root, row + 1, 0, period);
  xlsxwriter::worksheet_freeze_panes(root, 1, 0);
  xlsxwriter::worksheet_autofilter(root, 0, 0, row - 1, 2);

  // One row per grassroots organization, the same figures as columns (no plan share: the plan is the root's).
  lxw_worksheet* orgs = xlsxwriter::workbook_add_worksheet(wb, en ? "Grassroots organizations" : "Tổ chức cơ sở");
  const std::vector<FigureCell> heads = figure_cells(Figures{}, s, false, lang);
  text(orgs, 0, 0, en ? "Organization id" : "Mã tổ chức", header);
  text(orgs, 0, 1, en ? "Organization" : "Tổ chức", header);
  text(orgs, 0, 2, en ? "Kind" : "Loại", header);
  text(orgs, 0, 3, en ? "Path" : "Đường dẫn", header);
  for (std::size_t k = 0; k < heads.size(); ++k) text(orgs, 0, static_cast<lxw_col_t>(4 + k), heads[k].label, header);
  xlsxwriter::worksheet_set_row(orgs, 0, 48, nullptr);
  xlsxwriter::worksheet_set_column(orgs, 0, 0, 12, nullptr);
  xlsxwriter::worksheet_set_column(orgs, 1, 1, 36, nullptr);
  xlsxwriter::worksheet_set_column(orgs, 2, 2, 14, nullptr);
  xlsxwriter::worksheet_set_column(orgs, 3, 3, 50, nullptr);
  xlsxwriter::worksheet_set_column(orgs, 4, static_cast<lxw_col_t>(3 + heads.size()), 13, nullptr);
  row = 1;
  for (std::uint32_t o : grassroots_of(d, s, org)) {
    const Organization& x = d.organizations[o];
    text(orgs, row, 0, x.id);
    text(orgs, row, 1, x.name);
    text(orgs, row, 2, en ? label_en(x.kind) : label_vi(x.kind));
    text(orgs, row, 3, d.path(o));
    const std::vector<FigureCell> cells = figure_cells(s.per_org[o], s, false, lang);
    for (std::size_t k = 0; k < cells.size(); ++k)
      xlsxwriter::worksheet_write_number(orgs, row, static_cast<lxw_col_t>(4 + k), cells[k].value, count);
    ++row;
  }
  xlsxwriter::worksheet_freeze_panes(orgs, 1, 2);  // the header and the organization stay in view
  xlsxwriter::worksheet_autofilter(orgs, 0, 0, row > 1 ? row - 1 : 1, static_cast<lxw_col_t>(3 + heads.size()));

  if (const lxw_error err = xlsxwriter::workbook_close(wb); err != LXW_NO_ERROR)
    throw UserError({"Ghi tệp Excel '" + path + "' bị lỗi: " + xlsxwriter::lxw_strerror(err) + ".",
                     "Writing the Excel file '" + path + "' failed: " + xlsxwriter::lxw_strerror(err) + "."});
}

}  // namespace kiemtra::core
