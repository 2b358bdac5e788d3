// The figures as one HTML page: the root's figures as the article's sentences and as a table, then one row
// per grassroots organization. No script; names escaped.
#include <fmt/format.h>

#include <sstream>

#include "report/stats_documents.hpp"
#include "report/text_escape.hpp"
#include "stats/figure_cells.hpp"
#include "util/numbers.hpp"
#include "util/sha256.hpp"

namespace kiemtra::core {

namespace {

constexpr std::string_view kFiguresStyle = R"CSS(
*{box-sizing:border-box}
body{margin:0;padding:1.25rem 2rem 3rem;font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #d5dae1;padding-bottom:.25rem}
.meta{color:#5b6470;margin:.15rem 0}
.prose p{max-width:60rem;margin:.4rem 0}
table.grid{border-collapse:collapse;margin:.25rem 0;font-size:.9em}
table.grid th,table.grid td{border:1px solid #d5dae1;padding:.3rem .5rem;text-align:left;vertical-align:top}
table.grid thead th{background:#f6f7f9;position:sticky;top:0}
.num{text-align:right!important;font-variant-numeric:tabular-nums}
.wide{overflow-x:auto}
#org-figures td:first-child{min-width:16rem}
#org-figures th{font-size:.85em}
code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace}
@media print{@page{size:A4 landscape;margin:12mm}body{padding:0;font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}}
)CSS";

std::string value_text(const FigureCell& c, const std::string& lang) {
  return c.percent ? format_percent(c.value, 1, lang) : format_count(static_cast<std::int64_t>(c.value), lang);
}

}  // namespace

std::vector<std::uint32_t> grassroots_of(const Dataset& d, const StatsReport& s, std::uint32_t org) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t o : d.tree.preorder) {
    const Organization& x = d.organizations[o];
    if (x.kind != OrgKind::chi_bo_co_so && x.kind != OrgKind::dang_bo_co_so) continue;
    if (!x.live_at(s.as_of) || (org != kNone && !d.tree.within(o, org))) continue;
    out.push_back(o);
  }
  return out;
}

void write_stats_html(const StatsReport& s, const Dataset& d, std::uint32_t org, const std::string& lang,
                      std::ostream& out) {
  const bool en = lang == "en";
  const auto esc = [](std::string_view v) { return html_escape(v); };
  const std::string name = org == kNone ? d.name : std::string(d.organizations[org].name);
  const Figures& root = org == kNone ? s.total : s.per_org[org];
  const bool with_plan = org == kNone || d.tree.depth[org] == 0;
  const std::string title = (en ? "Figures of the period — " : "Số liệu của kỳ — ") + name;
  const std::string csp = fmt::format(
      "default-src 'none'; script-src 'none'; style-src 'sha256-{}'; img-src 'none'; base-uri 'none'; form-action 'none'",
      to_base64(sha256(kFiguresStyle)));
  out << "<!DOCTYPE html>\n<html lang=\"" << (en ? "en" : "vi") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << csp << "\">\n<meta name=\"generator\" content=\"kiemtra "
      << KIEMTRA_VERSION << "\">\n<title>" << esc(title) << "</title>\n<style>" << kFiguresStyle << "</style>\n</head>\n<body>\n"
      << "<header><h1>" << esc(en ? "Figures of the period" : "Số liệu của kỳ") << " — <span id=\"root-name\">" << esc(name)
      << "</span></h1>\n<p class=\"meta\">" << esc(en ? "From " : "Từ ")
      << (en ? s.period_start.iso() : s.period_start.vn()) << esc(en ? " to " : " đến ")
      << (en ? s.as_of.iso() : s.as_of.vn()) << " · kiemtra " << KIEMTRA_VERSION << "</p></header>\n";

  // The article's sentences, ready to paste.
  std::ostringstream prose;
  write_stats_text(s, d, org == kNone ? kNone : org, lang, prose);
  std::string block = prose.str();
  if (org == kNone) block = block.substr(0, block.find("\n\n"));  // the root's block; the others are rows below
  out << "<section id=\"prose\" class=\"prose\">\n<h2>" << esc(en ? "As the report states it" : "Theo lời văn báo cáo")
      << "</h2>\n";
  std::istringstream lines(block);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) out << "<p>" << esc(line) << "</p>\n";
  out << "</section>\n";

  out << "<section id=\"root\">\n<h2>" << esc(name) << "</h2>\n<table class=\"grid\" id=\"root-figures\"><thead><tr><th>#</th><th>"
      << esc(en ? "Figure" : "Chỉ tiêu") << "</th><th class=\"num\">" << esc(en ? "Value" : "Số liệu")
      << "</th></tr></thead><tbody>\n";
  int index = 0;
  for (const FigureCell& c : figure_cells(root, s, with_plan, lang))
    out << "<tr data-key=\"" << esc(c.key) << "\" data-value=\"" << c.value << "\"><td class=\"num\">" << ++index
        << "</td><td>" << esc(c.label) << "</td><td class=\"num\">" << value_text(c, lang) << "</td></tr>\n";
  out << "</tbody></table>\n</section>\n";

  const std::vector<std::uint32_t> orgs = grassroots_of(d, s, org);
  const std::vector<FigureCell> heads = figure_cells(Figures{}, s, false, lang);
  out << "<section id=\"grassroots\">\n<h2>" << esc(en ? "Grassroots organizations" : "Tổ chức cơ sở đảng") << " ("
      << format_count(static_cast<std::int64_t>(orgs.size()), lang) << ")</h2>\n<div class=\"wide\"><table class=\"grid\" "
      << "id=\"org-figures\"><thead><tr><th>" << esc(en ? "Organization" : "Tổ chức") << "</th>";
  for (const FigureCell& c : heads) out << "<th class=\"num\" data-key=\"" << esc(c.key) << "\">" << esc(c.label) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (std::uint32_t o : orgs) {
    const Organization& x = d.organizations[o];
    out << "<tr data-org=\"" << esc(x.id) << "\"><td>" << esc(x.name) << " <code>" << esc(x.id) << "</code></td>";
    for (const FigureCell& c : figure_cells(s.per_org[o], s, false, lang))
      out << "<td class=\"num\" data-key=\"" << esc(c.key) << "\">" << value_text(c, lang) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n</body>\n</html>\n";
}

}  // namespace kiemtra::core
