// The run summary on standard error.
#include "cli/run_summary.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <set>

#include "report/ansi.hpp"
#include "report/rule_outcomes.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core::cli {

namespace {

std::string counts(const SeverityCounts& c, const std::string& lang, bool color) {
  const bool en = lang == "en";
  std::string out;
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t n = c[static_cast<int>(s)];
    if (!out.empty()) out += ", ";
    std::string label = format_count(static_cast<std::int64_t>(n), lang) + " " + severity_label(s, lang);
    if (en && n != 1 && s != Severity::info) label += "s";
    out += paint(label, n ? paint_of(s) : Paint::dim, color);
  }
  return out;
}

}  // namespace

std::string run_summary(const RunReport& r, const std::vector<std::string>& written, bool color) {
  const std::string& lang = r.lang;
  const bool en = lang == "en";
  SeverityCounts totals{};
  std::set<std::uint32_t> orgs;
  std::size_t waived = 0;
  for (FindingRef f : r.result.findings) {
    ++totals[static_cast<int>(f.severity())];
    if (f.org() != kNone) orgs.insert(f.org());
    waived += f.waived();
  }
  const auto t = outcome_totals(rule_outcomes(r.result));
  auto n = [&](std::size_t v) { return format_count(static_cast<std::int64_t>(v), lang); };

  std::string out;
  out += fmt::format(fmt::runtime(en ? "{}: {} in {} of {} organizations" : "{}: {} ở {} trên {} tổ chức"),
                     paint(en ? "Findings" : "Phát hiện", Paint::bold, color), counts(totals, lang, color),
                     n(orgs.size()), n(r.data.organizations.size()));
  if (waived) out += fmt::format(fmt::runtime(en ? " ({} waived)" : " ({} được miễn trừ)"), n(waived));
  out += ".\n";
  out += fmt::format(fmt::runtime(en ? "{}: {} run, {} passed, {} failed" : "{}: đã chạy {}, {} đạt, {} có phát hiện"),
                     paint(en ? "Rules" : "Quy tắc", Paint::bold, color), n(t.run),
                     paint(n(t.passed), Paint::passed, color), paint(n(t.failed), t.failed ? Paint::error : Paint::dim, color));
  if (t.broke) out += fmt::format(fmt::runtime(en ? ", {} broke" : ", {} bị lỗi khi chạy"), n(t.broke));
  out += ".\n";
  for (const auto& file : written) out += fmt::format(fmt::runtime(en ? "Wrote {}\n" : "Đã ghi {}\n"), file);
  return out;
}

bool summary_wanted(bool quiet, bool report_on_stdout, const std::string& stdout_format) {
  if (quiet) return false;
  if (!report_on_stdout) return true;
  if (::isatty(STDERR_FILENO) != 1) return false;
  return !(::isatty(STDOUT_FILENO) == 1 && stdout_format == "text");
}

}  // namespace kiemtra::core::cli
