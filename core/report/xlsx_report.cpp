// The Excel workbook: a summary sheet, every finding with an autofilter and a frozen header, and
// counts per organization grouped like the tree. Written with libxlsxwriter in constant-memory mode.
#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "report/report_model.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core {

namespace {

constexpr lxw_row_t kMaxRows = 1048576;       // Excel's limit per sheet
constexpr std::size_t kMaxCellBytes = 32767;  // Excel keeps at most 32 767 characters in a cell

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* bold;
  lxw_format* wrap;
  lxw_format* severity[3];
  std::vector<lxw_format*> indent;  ///< by depth
};

struct Sheet {
  lxw_worksheet* ws;
  void text(lxw_row_t row, lxw_col_t col, std::string_view s, lxw_format* f = nullptr) const {
    const std::string v = valid_utf8(utf8_prefix(s, kMaxCellBytes));
    worksheet_write_string(ws, row, col, v.c_str(), f);
  }
  void number(lxw_row_t row, lxw_col_t col, double n, lxw_format* f = nullptr) const {
    worksheet_write_number(ws, row, col, n, f);
  }
  void header(lxw_row_t row, const std::vector<std::string>& names, lxw_format* f) const {
    for (std::size_t c = 0; c < names.size(); ++c) text(row, static_cast<lxw_col_t>(c), names[c], f);
  }
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xDDE4EE);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  const lxw_color_t colors[3] = {0x1F5FAD, 0xA15C00, 0xB00020};  // info, warning, error
  for (int s = 0; s < 3; ++s) {
    f.severity[s] = workbook_add_format(wb);
    format_set_font_color(f.severity[s], colors[s]);
    if (s == 2) format_set_bold(f.severity[s]);
  }
  for (int d = 0; d < 16; ++d) {
    lxw_format* x = workbook_add_format(wb);
    format_set_indent(x, static_cast<uint8_t>(d));
    f.indent.push_back(x);
  }
  return f;
}

std::string tr(const RunReport& r, const char* vi, const char* en) { return r.lang == "en" ? en : vi; }

void write_summary(const RunReport& r, const RunAnnotations& a, const ReportModel& m, const Formats& fm, Sheet s) {
  worksheet_set_column(s.ws, 0, 0, 48, nullptr);
  worksheet_set_column(s.ws, 1, 5, 14, nullptr);
  lxw_row_t row = 0;
  s.text(row++, 0, tr(r, "Báo cáo kiểm tra — ", "Validation report — ") + r.data.name, fm.title);
  const std::pair<std::string, std::string> facts[] = {
      {tr(r, "Ngày tham chiếu", "As of"), r.lang == "en" ? r.as_of.iso() : r.as_of.vn()},
      {tr(r, "Nguồn dữ liệu", "Dataset source"), r.data.source},
      {tr(r, "Số tổ chức", "Organizations"), std::to_string(r.data.organizations.size())},
      {tr(r, "Số đảng viên", "Members"), std::to_string(r.data.members.size())},
      {tr(r, "Số quy tắc đã chạy", "Rules run"), std::to_string(r.result.rules_run.size())},
      {tr(r, "Cấu hình", "Configuration"), r.config.hash()},
      {"kiemtra", KIEMTRA_VERSION},
  };
  for (const auto& [k, v] : facts) {
    s.text(row, 0, k, fm.bold);
    s.text(row++, 1, v);
  }
  if (a.history) {
    s.text(row, 0, tr(r, "Lần chạy trước", "Previous run"), fm.bold);
    s.text(row++, 1, a.previous ? "#" + std::to_string(a.previous->id) + " " + a.previous->started_at : "—");
    s.text(row, 0, tr(r, "Phát hiện mới", "New findings"), fm.bold);
    s.number(row++, 1, static_cast<double>(a.count_new()));
    s.text(row, 0, tr(r, "Đã khắc phục", "Fixed"), fm.bold);
    s.number(row++, 1, static_cast<double>(a.fixed.size()));
  }
  if (a.waivers) {
    s.text(row, 0, tr(r, "Được miễn trừ", "Waived"), fm.bold);
    s.number(row++, 1, static_cast<double>(a.count_waived()));
  }
  row++;
  s.header(row++, {tr(r, "Mức độ", "Severity"), tr(r, "Số phát hiện", "Findings")}, fm.header);
  for (Severity sev : {Severity::error, Severity::warning, Severity::info}) {
    s.text(row, 0, severity_label(sev, r.lang), fm.severity[static_cast<int>(sev)]);
    s.number(row++, 1, static_cast<double>(m.totals[static_cast<int>(sev)]));
  }
  s.text(row, 0, tr(r, "Tổng cộng", "Total"), fm.bold);
  s.number(row++, 1, static_cast<double>(sum(m.totals)), fm.bold);
  row++;
  s.header(
      row++,
      {tr(r, "Nhóm quy tắc", "Rule family"), tr(r, "Mã nhóm", "Family id"), severity_label(Severity::error, r.lang),
       severity_label(Severity::warning, r.lang), severity_label(Severity::info, r.lang), tr(r, "Tổng", "Total")},
      fm.header);
  for (const auto& [family, c] : m.by_family) {
    s.text(row, 0, family_label(family, r.lang));
    s.text(row, 1, family);
    for (int k = 0; k < 3; ++k) s.number(row, static_cast<lxw_col_t>(2 + k), static_cast<double>(c[2 - k]));
    s.number(row++, 5, static_cast<double>(sum(c)));
  }
  row++;
  // The organizations that need attention first: most errors of their own, then tree order.
  std::vector<std::size_t> with_errors;
  for (std::size_t k = 0; k < m.nodes.size(); ++k)
    if (m.nodes[k].own[2] > 0) with_errors.push_back(k);
  std::stable_sort(with_errors.begin(), with_errors.end(),
                   [&](std::size_t a, std::size_t b) { return m.nodes[a].own[2] > m.nodes[b].own[2]; });
  s.text(row++, 0, tr(r, "Tổ chức có lỗi: ", "Organizations with errors: ") + std::to_string(with_errors.size()),
         fm.bold);
  s.header(row++,
           {tr(r, "Tổ chức", "Organization"), tr(r, "Mã", "Id"), severity_label(Severity::error, r.lang),
            severity_label(Severity::warning, r.lang), severity_label(Severity::info, r.lang)},
           fm.header);
  for (std::size_t k : with_errors) {
    if (row >= kMaxRows) break;
    s.text(row, 0, node_path(r.data, m.nodes[k], r.lang));
    s.text(row, 1, node_id(r.data, m.nodes[k]));
    for (int c = 0; c < 3; ++c)
      s.number(row, static_cast<lxw_col_t>(2 + c), static_cast<double>(m.nodes[k].own[2 - c]));
    ++row;
  }
  for (const auto& f : r.result.failures)
    if (row < kMaxRows) s.text(++row, 0, tr(r, "Quy tắc bị lỗi: ", "Rule failed: ") + f.rule_id + ": " + f.message);
  for (const auto& p : r.plugins.plugins)
    if (!p.loaded && row < kMaxRows)
      s.text(++row, 0, tr(r, "Không nạp được plugin: ", "Plugin not loaded: ") + p.error.in(r.lang));
}

lxw_worksheet* findings_sheet(lxw_workbook* wb, const RunReport& r, const Formats& fm, int part) {
  std::string name = tr(r, "Phát hiện", "Findings");
  if (part > 1) name += " " + std::to_string(part);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  Sheet s{ws};
  s.header(0,
           {tr(r, "Tổ chức (đường dẫn)", "Organization (path)"), tr(r, "Mã tổ chức", "Organization id"),
            tr(r, "Quy tắc", "Rule"), tr(r, "Mức độ", "Severity"), tr(r, "Loại đối tượng", "Subject kind"),
            tr(r, "Mã đối tượng", "Subject id"), tr(r, "Đối tượng", "Subject"), tr(r, "Nội dung", "Message"),
            tr(r, "Căn cứ", "Citation"), tr(r, "Vị trí", "Location"), tr(r, "So với lần trước", "Since last run"),
            tr(r, "Miễn trừ", "Waiver"), tr(r, "Dấu vân tay", "Fingerprint")},
           fm.header);
  const double widths[] = {50, 12, 34, 10, 14, 16, 26, 80, 36, 18, 14, 40, 34};
  for (lxw_col_t c = 0; c < 13; ++c) worksheet_set_column(ws, c, c, widths[c], c == 7 ? fm.wrap : nullptr);
  worksheet_freeze_panes(ws, 1, 0);
  return ws;
}

void write_findings(lxw_workbook* wb, const RunReport& r, const RunAnnotations& a, const Formats& fm) {
  const Dataset& d = r.data;
  const auto& fs = r.result.findings;
  int part = 1;
  lxw_worksheet* ws = findings_sheet(wb, r, fm, part);
  lxw_row_t row = 1;
  const auto finish = [&] { worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, 12); };
  for (std::size_t i = 0; i < fs.size(); ++i) {
    FindingRef f = fs[i];
    if (row == kMaxRows) {  // the next findings go on "Findings 2"
      finish();
      ws = findings_sheet(wb, r, fm, ++part);
      row = 1;
    }
    Sheet s{ws};
    const bool has_org = f.org() != kNone && f.org() < d.organizations.size();
    s.text(row, 0, has_org ? d.path(f.org()) : tr(r, "(không thuộc tổ chức nào)", "(no organization)"));
    if (has_org) s.text(row, 1, d.organizations[f.org()].id);
    s.text(row, 2, f.rule_id());
    s.text(row, 3, severity_label(f.severity(), r.lang), fm.severity[static_cast<int>(f.severity())]);
    s.text(row, 4, subject_kind_label(f.subject_kind(), r.lang));
    s.text(row, 5, f.subject_id());
    s.text(row, 6, f.subject_name());
    s.text(row, 7, message_in(f, r.lang), fm.wrap);
    s.text(row, 8, f.citation().text());
    s.text(row, 9, f.location());
    if (fs[i].baseline() != Baseline::none)
      s.text(row, 10, fs[i].baseline() == Baseline::fresh ? tr(r, "mới", "new") : tr(r, "vẫn còn", "unchanged"));
    if (const Waiver* w = a.waiver_of(fs[i])) s.text(row, 11, waiver_label(*w, r.lang));
    s.text(row, 12, fs[i].fingerprint());
    ++row;
  }
  finish();
}

void write_by_org(const RunReport& r, const ReportModel& m, const Formats& fm, Sheet s) {
  const std::string e = severity_label(Severity::error, r.lang), w = severity_label(Severity::warning, r.lang),
                    i = severity_label(Severity::info, r.lang);
  const std::string own = tr(r, " (riêng)", " (own)"), all = tr(r, " (gồm cấp dưới)", " (with descendants)");
  s.header(0,
           {tr(r, "Tổ chức", "Organization"), tr(r, "Mã", "Id"), tr(r, "Loại", "Kind"), e + own, w + own, i + own,
            e + all, w + all, i + all, tr(r, "Đường dẫn", "Path")},
           fm.header);
  const double widths[] = {44, 12, 20, 10, 12, 12, 14, 16, 16, 60};
  for (lxw_col_t c = 0; c < 10; ++c) worksheet_set_column(s.ws, c, c, widths[c], nullptr);
  worksheet_freeze_panes(s.ws, 1, 0);
  lxw_row_t row = 1;
  for (const auto& n : m.nodes) {
    if (row >= kMaxRows) break;
    // Excel groups rows by outline level (at most 7): the tree can be folded like in the HTML report.
    lxw_row_col_options outline{0, static_cast<uint8_t>(std::min<int>(n.depth, 7)), 0};
    worksheet_set_row_opt(s.ws, row, LXW_DEF_ROW_HEIGHT, nullptr, &outline);
    const bool org = n.org != kNone;
    s.text(row, 0, org ? std::string(r.data.organizations[n.org].name) : node_path(r.data, n, r.lang),
           fm.indent[std::min<std::size_t>(n.depth, fm.indent.size() - 1)]);
    s.text(row, 1, node_id(r.data, n));
    if (org) {
      const OrgKind kind = r.data.organizations[n.org].kind;
      s.text(row, 2, r.lang == "en" ? label_en(kind) : label_vi(kind));
    }
    for (int k = 0; k < 3; ++k) {
      s.number(row, static_cast<lxw_col_t>(3 + k), static_cast<double>(n.own[2 - k]));
      s.number(row, static_cast<lxw_col_t>(6 + k), static_cast<double>(n.total[2 - k]),
               n.total[2 - k] ? fm.bold : nullptr);
    }
    s.text(row, 9, node_path(r.data, n, r.lang));
    ++row;
  }
  worksheet_autofilter(s.ws, 0, 0, row > 1 ? row - 1 : 1, 9);
}

/// The findings of the last run that are gone.
void write_fixed(const RunReport& r, const RunAnnotations& a, const Formats& fm, Sheet s) {
  s.header(0,
           {tr(r, "Tổ chức (đường dẫn)", "Organization (path)"), tr(r, "Mã tổ chức", "Organization id"),
            tr(r, "Quy tắc", "Rule"), tr(r, "Mức độ", "Severity"), tr(r, "Mã đối tượng", "Subject id"),
            tr(r, "Đối tượng", "Subject"), tr(r, "Nội dung", "Message"), tr(r, "Dấu vân tay", "Fingerprint")},
           fm.header);
  lxw_row_t row = 1;
  for (const FixedFinding& f : a.fixed) {
    if (row >= kMaxRows) break;
    s.text(row, 0, f.org_path);
    s.text(row, 1, f.org_id);
    s.text(row, 2, f.rule_id);
    s.text(row, 3, severity_label(f.severity, r.lang));
    s.text(row, 4, f.subject_id);
    s.text(row, 5, f.subject_name);
    s.text(row, 6, r.lang == "en" ? f.message_en : f.message_vi);
    s.text(row++, 7, f.fingerprint);
  }
  worksheet_freeze_panes(s.ws, 1, 0);
}

}  // namespace

void write_xlsx(const RunReport& r, const std::string& path) {
  // libxlsxwriter only opens the file when closing the workbook, and then complains on stderr:
  // an unwritable path is caught here first, with the same message as the other formats.
  if (!std::ofstream(path, std::ios::binary))
    throw UserError({"Không ghi được tệp '" + path + "'.", "Cannot write the file '" + path + "'."});
  const ReportModel m = build_model(r);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to a temporary file as written: 300 000 findings stay cheap
  options.use_zip64 = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr)
    throw UserError({"Không tạo được tệp Excel '" + path + "'.", "Cannot create the Excel file '" + path + "'."});
  const Formats fm = make_formats(wb);
  const std::string title = valid_utf8(tr(r, "Báo cáo kiểm tra — ", "Validation report — ") + r.data.name);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.author = const_cast<char*>("kiemtra " KIEMTRA_VERSION);
  workbook_set_properties(wb, &props);

  // Each sheet is written top to bottom in turn, as constant-memory mode requires.
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  write_summary(r, a, m, fm, Sheet{workbook_add_worksheet(wb, tr(r, "Tóm tắt", "Summary").c_str())});
  write_findings(wb, r, a, fm);
  write_by_org(r, m, fm, Sheet{workbook_add_worksheet(wb, tr(r, "Theo tổ chức", "By organization").c_str())});
  if (!a.fixed.empty()) write_fixed(r, a, fm, Sheet{workbook_add_worksheet(wb, tr(r, "Đã khắc phục", "Fixed").c_str())});

  if (const lxw_error err = workbook_close(wb); err != LXW_NO_ERROR)
    throw UserError({"Ghi tệp Excel '" + path + "' bị lỗi: " + lxw_strerror(err) + ".",
                     "Writing the Excel file '" + path + "' failed: " + lxw_strerror(err) + "."});
}

}  // namespace kiemtra::core
