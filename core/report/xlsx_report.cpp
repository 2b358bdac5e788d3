// The Excel workbook: a summary sheet, every finding with an autofilter and a frozen header, and
// counts per organization grouped like the tree. Written with libxlsxwriter in constant-memory mode.

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>

#include "report/report_model.hpp"
#include "report/rule_outcomes.hpp"
#include "report/text_escape.hpp"
#include "report/xlsxwriter_api.hpp"
#include "util/local_time.hpp"

namespace kiemtra::core {

namespace {

constexpr lxw_row_t kMaxRows = 1048576;       // Excel's limit per sheet
constexpr std::size_t kMaxCellBytes = 32767;  // Excel keeps at most 32 767 characters in a cell

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* bold;
  lxw_format* wrap;
  lxw_format* count;     ///< whole numbers, grouped as the reader's Excel groups them
  lxw_format* date;      ///< a real date cell, shown in the report's language
  lxw_format* datetime;  ///< a real date and time cell
  lxw_format* severity[3];
  std::vector<lxw_format*> indent;  ///< by depth
};

struct Sheet {
  lxw_worksheet* ws;
  void text(lxw_row_t row, lxw_col_t col, std::string_view s, lxw_format* f = nullptr) const {
    const std::string v = valid_utf8(utf8_prefix(s, kMaxCellBytes));
    xlsxwriter::worksheet_write_string(ws, row, col, v.c_str(), f);
  }
  void number(lxw_row_t row, lxw_col_t col, double n, lxw_format* f = nullptr) const {
    xlsxwriter::worksheet_write_number(ws, row, col, n, f);
  }
  void date(lxw_row_t row, lxw_col_t col, Date d, lxw_format* f) const {
    if (!d.valid()) return;
    const auto ymd = d.ymd();
    // Excel's dates start in 1900: an earlier one stays text.
    if (ymd.year < 1900) return text(row, col, d.iso());
    lxw_datetime dt{ymd.year, ymd.month, ymd.day, 0, 0, 0};
    xlsxwriter::worksheet_write_datetime(ws, row, col, &dt, f);
  }
  void header(lxw_row_t row, const std::vector<std::string>& names, lxw_format* f) const {
    for (std::size_t c = 0; c < names.size(); ++c) text(row, static_cast<lxw_col_t>(c), names[c], f);
  }
};

Formats make_formats(lxw_workbook* wb, bool vi) {
  Formats f{};
  f.title = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_bold(f.title);
  xlsxwriter::format_set_font_size(f.title, 14);
  f.header = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_bold(f.header);
  xlsxwriter::format_set_bg_color(f.header, 0xDDE4EE);
  xlsxwriter::format_set_bottom(f.header, LXW_BORDER_THIN);
  f.bold = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_bold(f.bold);
  f.count = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_num_format(f.count, "#,##0");
  xlsxwriter::format_set_align(f.count, LXW_ALIGN_LEFT);
  f.date = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_num_format(f.date, vi ? "dd/mm/yyyy" : "yyyy-mm-dd");
  xlsxwriter::format_set_align(f.date, LXW_ALIGN_LEFT);
  f.datetime = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_num_format(f.datetime, vi ? "dd/mm/yyyy hh:mm:ss" : "yyyy-mm-dd hh:mm:ss");
  xlsxwriter::format_set_align(f.datetime, LXW_ALIGN_LEFT);
  f.wrap = xlsxwriter::workbook_add_format(wb);
  xlsxwriter::format_set_text_wrap(f.wrap);
  xlsxwriter::format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  const lxw_color_t colors[3] = {0x1F5FAD, 0xA15C00, 0xB00020};  // info, warning, error
  for (int s = 0; s < 3; ++s) {
    f.severity[s] = xlsxwriter::workbook_add_format(wb);
    xlsxwriter::format_set_font_color(f.severity[s], colors[s]);
    if (s == 2) xlsxwriter::format_set_bold(f.severity[s]);
  }
  for (int d = 0; d < 16; ++d) {
    lxw_format* x = xlsxwriter::workbook_add_format(wb);
    xlsxwriter::format_set_indent(x, static_cast<uint8_t>(d));
    f.indent.push_back(x);
  }
  return f;
}

std::string tr(const RunReport& r, const char* vi, const char* en) { return r.lang == "en" ? en : vi; }

/// A history time ("2026-12-04T15:37:31+0700") as a date-time cell in local time; as text when unreadable.
void write_time(const Sheet& s, lxw_row_t row, lxw_col_t col, const std::string& stored, lxw_format* f) {
  // display_time gives "dd/mm/yyyy hh:mm:ss +zz:zz" in the reader's zone; Excel cells hold no zone.
  const std::string local = display_time(stored, "vi");
  int d = 0, mo = 0, y = 0, h = 0, mi = 0, sec = 0;
  if (std::sscanf(local.c_str(), "%2d/%2d/%4d %2d:%2d:%2d", &d, &mo, &y, &h, &mi, &sec) != 6) {
    s.text(row, col, stored);
    return;
  }
  lxw_datetime dt{y, mo, d, h, mi, static_cast<double>(sec)};
  xlsxwriter::worksheet_write_datetime(s.ws, row, col, &dt, f);
}

/// Printed for a meeting: A4 landscape, as wide as the page, the header row on every page.
void print_setup(lxw_worksheet* ws, bool repeat_header) {
  xlsxwriter::worksheet_set_paper(ws, 9);  // A4
  xlsxwriter::worksheet_set_landscape(ws);
  xlsxwriter::worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many tall as needed
  if (repeat_header) xlsxwriter::worksheet_repeat_rows(ws, 0, 0);
}

/// Every rule that ran and how it came out (passed: no finding).
void write_rules(const RunReport& r, const ReportModel& m, const Formats& fm, Sheet s) {
  s.header(0,
           {tr(r, "Quy tắc", "Rule"), tr(r, "Tên", "Title"), tr(r, "Nhóm quy tắc", "Rule family"),
            tr(r, "Kết quả", "Result"), severity_label(Severity::error, r.lang),
            severity_label(Severity::warning, r.lang), severity_label(Severity::info, r.lang)},
           fm.header);
  const double widths[] = {40, 60, 22, 16, 10, 12, 12};
  for (lxw_col_t c = 0; c < 7; ++c) xlsxwriter::worksheet_set_column(s.ws, c, c, widths[c], c == 1 ? fm.wrap : nullptr);
  xlsxwriter::worksheet_freeze_panes(s.ws, 1, 0);
  print_setup(s.ws, true);
  lxw_row_t row = 1;
  for (const auto& o : rule_outcomes(r.result)) {
    s.text(row, 0, o.id);
    s.text(row, 1, rule_title(m, o.id, r.lang), fm.wrap);
    s.text(row, 2, family_label(family_of(o.id), r.lang));
    s.text(row, 3,
           o.broke      ? tr(r, "bị lỗi khi chạy", "broke")
           : o.passed() ? tr(r, "đạt", "passed")
                        : tr(r, "có phát hiện", "failed"),
           o.passed() ? nullptr : fm.severity[2]);
    for (int k = 0; k < 3; ++k)
      s.number(row, static_cast<lxw_col_t>(4 + k), static_cast<double>(o.counts[2 - k]), fm.count);
    ++row;
  }
  xlsxwriter::worksheet_autofilter(s.ws, 0, 0, row > 1 ? row - 1 : 1, 6);
}

void write_summary(const RunReport& r, const RunAnnotations& a, const ReportModel& m, const Formats& fm, Sheet s) {
  print_setup(s.ws, false);
  xlsxwriter::worksheet_set_column(s.ws, 0, 0, 48, nullptr);
  xlsxwriter::worksheet_set_column(s.ws, 1, 5, 14, nullptr);
  lxw_row_t row = 0;
  s.text(row++, 0, tr(r, "Báo cáo kiểm tra — ", "Validation report — ") + r.data.name, fm.title);
  // Numbers and dates as real cells, so the sheet sums, sorts and prints them in the reader's locale.
  const auto fact = [&](const std::string& k) { s.text(row, 0, k, fm.bold); };
  fact(tr(r, "Ngày tham chiếu", "As of"));
  s.date(row++, 1, r.as_of, fm.date);
  fact(tr(r, "Nguồn dữ liệu", "Dataset source"));
  s.text(row++, 1, r.data.source);
  const std::pair<std::string, std::size_t> counts[] = {
      {tr(r, "Số tổ chức", "Organizations"), r.data.organizations.size()},
      {tr(r, "Số đảng viên", "Members"), r.data.members.size()},
      {tr(r, "Số quy tắc đã chạy", "Rules run"), r.result.rules_run.size()},
  };
  for (const auto& [k, n] : counts) {
    fact(k);
    s.number(row++, 1, static_cast<double>(n), fm.count);
  }
  const auto totals = outcome_totals(rule_outcomes(r.result));
  fact(tr(r, "Số quy tắc đạt", "Rules passed"));
  s.number(row++, 1, static_cast<double>(totals.passed), fm.count);
  fact(tr(r, "Số quy tắc có phát hiện", "Rules failed"));
  s.number(row++, 1, static_cast<double>(totals.failed), fm.count);
  fact(tr(r, "Cấu hình", "Configuration"));
  s.text(row++, 1, r.config.hash());
  fact("kiemtra");
  s.text(row++, 1, KIEMTRA_VERSION);
  if (a.history) {
    fact(tr(r, "Lần chạy trước", "Previous run"));
    if (a.previous) {
      s.number(row, 1, static_cast<double>(a.previous->id), fm.count);
      write_time(s, row, 2, a.previous->started_at, fm.datetime);
      ++row;
    } else {
      s.text(row++, 1, "—");
    }
    fact(tr(r, "Phát hiện mới", "New findings"));
    s.number(row++, 1, static_cast<double>(a.count_new()), fm.count);
    fact(tr(r, "Đã khắc phục", "Fixed"));
    s.number(row++, 1, static_cast<double>(a.fixed.size()), fm.count);
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
  s.text(row, 0, tr(r, "Tổ chức có lỗi", "Organizations with errors"), fm.bold);
  s.number(row++, 1, static_cast<double>(with_errors.size()), fm.count);
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
  lxw_worksheet* ws = xlsxwriter::workbook_add_worksheet(wb, name.c_str());
  Sheet s{ws};
  s.header(0,
           {tr(r, "Tổ chức (đường dẫn)", "Organization (path)"), tr(r, "Mã tổ chức", "Organization id"),
            tr(r, "Quy tắc", "Rule"), tr(r, "Mức độ", "Severity"), tr(r, "Loại đối tượng", "Subject kind"),
            tr(r, "Mã đối tượng", "Subject id"), tr(r, "Đối tượng", "Subject"), tr(r, "Nội dung", "Message"),
            tr(r, "Căn cứ", "Citation"), tr(r, "Vị trí", "Location"), tr(r, "So với lần trước", "Since last run"),
            tr(r, "Miễn trừ", "Waiver"), tr(r, "Dấu vân tay", "Fingerprint")},
           fm.header);
  const double widths[] = {50, 12, 34, 10, 14, 16, 26, 80, 36, 18, 14, 40, 34};
  for (lxw_col_t c = 0; c < 13; ++c) xlsxwriter::worksheet_set_column(ws, c, c, widths[c], c == 7 ? fm.wrap : nullptr);
  xlsxwriter::worksheet_freeze_panes(ws, 1, 0);
  print_setup(ws, true);
  return ws;
}

void write_findings(lxw_workbook* wb, const RunReport& r, const RunAnnotations& a, const Formats& fm) {
  const Dataset& d = r.data;
  const auto& fs = r.result.findings;
  int part = 1;
  lxw_worksheet* ws = findings_sheet(wb, r, fm, part);
  lxw_row_t row = 1;
  const auto finish = [&] { xlsxwriter::worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 1, 12); };
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
  for (lxw_col_t c = 0; c < 10; ++c) xlsxwriter::worksheet_set_column(s.ws, c, c, widths[c], nullptr);
  xlsxwriter::worksheet_freeze_panes(s.ws, 1, 0);
  print_setup(s.ws, true);
  lxw_row_t row = 1;
  for (const auto& n : m.nodes) {
    if (row >= kMaxRows) break;
    // Excel groups rows by outline level (at most 7): the tree can be folded like in the HTML report.
    lxw_row_col_options outline{0, static_cast<uint8_t>(std::min<int>(n.depth, 7)), 0};
    xlsxwriter::worksheet_set_row_opt(s.ws, row, LXW_DEF_ROW_HEIGHT, nullptr, &outline);
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
  xlsxwriter::worksheet_autofilter(s.ws, 0, 0, row > 1 ? row - 1 : 1, 9);
}

/// The findings of the last run that are gone.
void write_fixed(const RunReport& r, const RunAnnotations& a, const Formats& fm, Sheet s) {
  s.header(0,
           {tr(r, "Tổ chức (đường dẫn)", "Organization (path)"), tr(r, "Mã tổ chức", "Organization id"),
            tr(r, "Quy tắc", "Rule"), tr(r, "Mức độ", "Severity"), tr(r, "Mã đối tượng", "Subject id"),
            tr(r, "Đối tượng", "Subject"), tr(r, "Nội dung", "Message"), tr(r, "Dấu vân tay", "Fingerprint")},
           fm.header);
  print_setup(s.ws, true);
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
  xlsxwriter::worksheet_freeze_panes(s.ws, 1, 0);
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
  lxw_workbook* wb = xlsxwriter::workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr)
    throw UserError({"Không tạo được tệp Excel '" + path + "'.", "Cannot create the Excel file '" + path + "'."});
  const Formats fm = make_formats(wb, r.lang != "en");
  const std::string title = valid_utf8(tr(r, "Báo cáo kiểm tra — ", "Validation report — ") + r.data.name);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.author = const_cast<char*>("kiemtra " KIEMTRA_VERSION);
  xlsxwriter::workbook_set_properties(wb, &props);

  // Each sheet is written top to bottom in turn, as constant-memory mode requires.
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  write_summary(r, a, m, fm, Sheet{xlsxwriter::workbook_add_worksheet(wb, tr(r, "Tóm tắt", "Summary").c_str())});
  write_findings(wb, r, a, fm);
  write_by_org(r, m, fm,
               Sheet{xlsxwriter::workbook_add_worksheet(wb, tr(r, "Theo tổ chức", "By organization").c_str())});
  if (!a.fixed.empty())
    write_fixed(r, a, fm, Sheet{xlsxwriter::workbook_add_worksheet(wb, tr(r, "Đã khắc phục", "Fixed").c_str())});
  write_rules(r, m, fm, Sheet{xlsxwriter::workbook_add_worksheet(wb, tr(r, "Quy tắc đã chạy", "Rules run").c_str())});

  if (const lxw_error err = xlsxwriter::workbook_close(wb); err != LXW_NO_ERROR)
    throw UserError({"Ghi tệp Excel '" + path + "' bị lỗi: " + xlsxwriter::lxw_strerror(err) + ".",
                     "Writing the Excel file '" + path + "' failed: " + xlsxwriter::lxw_strerror(err) + "."});
}

}  // namespace kiemtra::core
