// The HTML report: one self-contained page. The summary is static HTML; the organization tree is
// rendered by one inline script from a JSON data block, lazily, with every value set as text.
#include <fmt/format.h>

#include <algorithm>

#include "report/unreadable_summary.hpp"
#include "report/html_parts.hpp"
#include "report/rule_outcomes.hpp"
#include "util/local_time.hpp"
#include "util/numbers.hpp"
#include "util/sha256.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core {

namespace {

constexpr std::size_t kAttentionRows = 100;  // the summary's list; the tree holds them all

std::string esc(std::string_view s) { return html_escape(s); }

std::string num(std::size_t n, const std::string& lang) { return format_count(static_cast<std::int64_t>(n), lang); }

std::string replace_n(std::string text, std::size_t n, const std::string& lang) {
  const auto at = text.find("{n}");
  if (at != std::string::npos) text.replace(at, 3, num(n, lang));
  return text;
}

void write_head(const RunReport& r, std::ostream& out) {
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  // Nothing may load from anywhere; the one script and the one stylesheet run because their hashes match.
  const std::string csp = fmt::format(
      "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; img-src 'none'; font-src 'none'; "
      "connect-src 'none'; base-uri 'none'; form-action 'none'",
      to_base64(sha256(html::kScript)), to_base64(sha256(html::kStyle)));
  out << "<!DOCTYPE html>\n<html lang=\"" << (r.lang == "en" ? "en" : "vi") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << csp << "\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"kiemtra " << KIEMTRA_VERSION << "\">\n"
      << "<title>" << esc(L("title")) << " — " << esc(r.data.name) << "</title>\n"
      << "<style>" << html::kStyle << "</style>\n</head>\n<body>\n";
}

void write_header(const RunReport& r, std::ostream& out) {
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  out << "<header>\n<h1>" << esc(L("title")) << " — <span id=\"dataset-name\">" << esc(r.data.name) << "</span></h1>\n"
      << "<p class=\"meta\">" << esc(L("as_of")) << " <strong>" << (r.lang == "en" ? r.as_of.iso() : r.as_of.vn())
      << "</strong> · " << num(r.data.organizations.size(), r.lang) << ' ' << esc(L("organizations")) << " · "
      << num(r.data.members.size(), r.lang) << ' ' << esc(L("members")) << " · " << num(r.result.rules_run.size(), r.lang) << ' '
      << esc(L("rules_run")) << " · " << esc(L("configuration")) << " <code>" << esc(r.config.hash())
      << "</code> · kiemtra " << KIEMTRA_VERSION << "</p>\n"
      << "<p class=\"meta source\">" << esc(r.data.source) << "</p>\n</header>\n";
}

void write_summary(const RunReport& r, const ReportModel& m, std::ostream& out) {
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  std::vector<std::size_t> with_errors;
  for (std::size_t k = 0; k < m.nodes.size(); ++k)
    if (m.nodes[k].own[2] > 0) with_errors.push_back(k);
  std::stable_sort(with_errors.begin(), with_errors.end(),
                   [&](std::size_t a, std::size_t b) { return m.nodes[a].own[2] > m.nodes[b].own[2]; });

  out << "<section id=\"summary\">\n<h2>" << esc(L("summary")) << "</h2>\n<div class=\"cards\">\n"
      << "<div class=\"card\"><span class=\"n\" id=\"sum-total\">" << num(sum(m.totals), r.lang) << "</span><span>"
      << esc(L("findings")) << "</span></div>\n";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out << "<div class=\"card sev-" << code(s) << "\"><span class=\"n\" id=\"sum-" << code(s) << "\">"
        << num(m.totals[static_cast<int>(s)], r.lang) << "</span><span>" << esc(html::severity_plural(s, r.lang))
        << "</span></div>\n";
  out << "<div class=\"card\"><span class=\"n\" id=\"sum-orgs-with-errors\">" << num(with_errors.size(), r.lang)
      << "</span><span>"
      << esc(L("orgs_with_errors")) << "</span></div>\n</div>\n";
  html::write_charts(r, m, out);

  out << "<h3>" << esc(L("by_family")) << "</h3>\n<table class=\"grid\" id=\"families\"><thead><tr><th>"
      << esc(L("family")) << "</th>";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out << "<th class=\"num\">" << esc(severity_label(s, r.lang)) << "</th>";
  out << "<th class=\"num\">" << esc(L("total")) << "</th></tr></thead><tbody>\n";
  for (const auto& [family, c] : m.by_family) {
    out << "<tr data-family=\"" << esc(family) << "\"><td>" << esc(family_label(family, r.lang)) << " <code>"
        << esc(family) << "</code></td>";
    for (int s = 2; s >= 0; --s) out << "<td class=\"num\">" << num(c[s], r.lang) << "</td>";
    out << "<td class=\"num\">" << num(sum(c), r.lang) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";

  out << "<h3>" << esc(L("orgs_with_errors")) << " (" << num(with_errors.size(), r.lang) << ")</h3>\n";
  if (with_errors.empty()) {
    out << "<p>" << esc(L("none_with_errors")) << "</p>\n";
  } else {
    out << "<p class=\"hint\">" << esc(L("orgs_with_errors_hint")) << "</p>\n"
        << "<table class=\"grid\" id=\"attention\"><thead><tr><th>" << esc(html::label("col_org", r.lang)) << "</th>";
    for (Severity s : {Severity::error, Severity::warning, Severity::info})
      out << "<th class=\"num\">" << esc(severity_label(s, r.lang)) << "</th>";
    out << "</tr></thead><tbody>\n";
    for (std::size_t i = 0; i < with_errors.size() && i < kAttentionRows; ++i) {
      const OrgNode& n = m.nodes[with_errors[i]];
      out << "<tr><td><a href=\"#org-" << with_errors[i] << "\" data-node=\"" << with_errors[i] << "\">"
          << esc(node_path(r.data, n, r.lang)) << "</a> <code>" << esc(node_id(r.data, n)) << "</code></td>";
      for (int s = 2; s >= 0; --s) out << "<td class=\"num\">" << num(n.own[s], r.lang) << "</td>";
      out << "</tr>\n";
    }
    out << "</tbody></table>\n";
    if (with_errors.size() > kAttentionRows)
      out << "<p class=\"hint\">" << esc(replace_n(L("more_orgs"), with_errors.size() - kAttentionRows, r.lang)) << "</p>\n";
  }

  if (!r.result.failures.empty() || !r.plugins.all_loaded()) {
    out << "<h3 class=\"sev-error\">" << esc(L("problems")) << "</h3>\n<ul id=\"problems\">\n";
    for (const auto& p : r.plugins.plugins)
      if (!p.loaded) out << "<li>" << esc(L("plugin_failed")) << ": " << esc(p.error.in(r.lang)) << "</li>\n";
    for (const auto& f : r.result.failures)
      out << "<li>" << esc(L("rule_failed")) << ": <code>" << esc(f.rule_id) << "</code> (" << esc(f.plugin)
          << "): " << esc(f.message) << "</li>\n";
    out << "</ul>\n";
  }
  // Unreadable values once per column (issue 20): the cause of a flood of integrity/bad-value, said first.
  if (const std::vector<UnreadableColumn> unreadable = unreadable_columns(r.data); !unreadable.empty()) {
    out << "<h3 id=\"unreadable\">" << esc(r.lang == "en" ? "Unreadable values" : "Giá trị không đọc được")
        << "</h3>\n<ul id=\"unreadable-columns\">\n";
    for (const UnreadableColumn& c : unreadable) out << "<li>" << esc(unreadable_sentence(c, r.lang)) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

/// Every rule that ran and how it came out: a committee shows what was checked and passed, not only what was found.
void write_rules_run(const RunReport& r, const ReportModel& m, std::ostream& out) {
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  const auto outcomes = rule_outcomes(r.result);
  const auto t = outcome_totals(outcomes);
  out << "<section id=\"rules-run\">\n<h2>" << esc(L("rules_section")) << "</h2>\n<p class=\"meta\">"
      << esc(replace_n(L("rules_ran"), t.run, r.lang)) << " · <span class=\"passed\" id=\"rules-passed\">"
      << esc(replace_n(L("rules_passed"), t.passed, r.lang)) << "</span> · <span class=\"sev-error\" id=\"rules-failed\">"
      << esc(replace_n(L("rules_failed"), t.failed, r.lang)) << "</span>";
  if (t.broke) out << " · <span class=\"sev-error\">" << esc(replace_n(L("rules_broke"), t.broke, r.lang)) << "</span>";
  out << "</p>\n<table class=\"grid\" id=\"rules\"><thead><tr><th>" << esc(L("col_rule")) << "</th><th>"
      << esc(L("family")) << "</th><th>" << esc(L("col_result")) << "</th>";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out << "<th class=\"num\">" << esc(severity_label(s, r.lang)) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (const auto& o : outcomes) {
    const char* result = o.broke ? "broke" : o.passed() ? "passed" : "failed";
    out << "<tr data-rule=\"" << esc(o.id) << "\" data-result=\"" << result << "\"><td><code>" << esc(o.id)
        << "</code>";
    const std::string title = rule_title(m, o.id, r.lang);
    if (!title.empty()) out << " " << esc(title);
    out << "</td><td>" << esc(family_label(family_of(o.id), r.lang)) << "</td><td class=\""
        << (o.passed() ? "passed" : "sev-error") << "\">" << esc(L(std::string("result_") + result)) << "</td>";
    for (int s = 2; s >= 0; --s) out << "<td class=\"num\">" << num(o.counts[s], r.lang) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table>\n</section>\n";
}

void write_nightly(const RunReport& r, std::ostream& out) {
  if (!r.annotations) return;
  const RunAnnotations& a = *r.annotations;
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  if (a.history) {
    out << "<section id=\"history\">\n<h2>" << esc(L("history")) << "</h2>\n";
    if (!a.previous) {
      out << "<p>" << esc(L("history_first")) << "</p>\n";
    } else {
      out << "<p class=\"meta\">" << esc(L("previous_run")) << " #" << a.previous->id << " · "
          << esc(display_time(a.previous->started_at, r.lang)) << "</p>\n<div class=\"cards\">\n"
          << "<div class=\"card sev-error\"><span class=\"n\" id=\"sum-new\">" << a.count_new() << "</span><span>"
          << esc(L("new_findings")) << "</span></div>\n"
          << "<div class=\"card\"><span class=\"n\" id=\"sum-fixed\">" << a.fixed.size() << "</span><span>"
          << esc(L("fixed_findings")) << "</span></div>\n"
          << "<div class=\"card\"><span class=\"n\" id=\"sum-unchanged\">" << a.count_unchanged()
          << "</span><span>" << esc(L("unchanged_findings")) << "</span></div>\n</div>\n";
    }
    if (!a.fixed.empty()) {
      out << "<h3>" << esc(L("fixed_list")) << " (" << a.fixed.size() << ")</h3>\n<table class=\"grid\" id=\"fixed\">"
          << "<thead><tr><th>" << esc(L("col_org")) << "</th><th>" << esc(html::label("col_rule", r.lang))
          << "</th><th>" << esc(html::label("col_subject", r.lang)) << "</th><th>"
          << esc(html::label("col_message", r.lang)) << "</th></tr></thead><tbody>\n";
      for (const FixedFinding& f : a.fixed)
        out << "<tr><td>" << esc(f.org_path) << " <code>" << esc(f.org_id) << "</code></td><td><code>"
            << esc(f.rule_id) << "</code></td><td>" << esc(f.subject_name.empty() ? f.subject_id : f.subject_name)
            << "</td><td>" << esc(r.lang == "en" ? f.message_en : f.message_vi) << "</td></tr>\n";
      out << "</tbody></table>\n";
    }
    out << "</section>\n";
  }
  if (a.waivers && !a.waivers->empty()) {
    out << "<section id=\"waivers\">\n<h2>" << esc(L("waivers")) << "</h2>\n<p><span id=\"sum-waived\">"
        << a.count_waived() << "</span> " << esc(L("waived_findings")) << "</p>\n<table class=\"grid\"><thead><tr><th>"
        << esc(html::label("col_rule", r.lang)) << "</th><th>" << esc(L("col_org")) << "</th><th>"
        << esc(L("col_reason")) << "</th><th>" << esc(L("col_owner")) << "</th><th>" << esc(L("col_expires"))
        << "</th><th class=\"num\">" << esc(L("col_uses")) << "</th></tr></thead><tbody>\n";
    for (std::size_t k = 0; k < a.waivers->size(); ++k) {
      const Waiver& w = (*a.waivers)[k];
      out << "<tr><td><code>" << esc(w.rule) << "</code></td><td><code>" << esc(w.org) << "</code>"
          << (w.subject.empty() ? "" : " / " + esc(w.subject)) << "</td><td>" << esc(w.reason) << "</td><td>"
          << esc(w.owner) << "</td><td>" << esc(r.lang == "en" ? w.expires.iso() : w.expires.vn())
          << "</td><td class=\"num\">" << (k < a.waiver_uses.size() ? a.waiver_uses[k] : 0) << "</td></tr>\n";
    }
    out << "</tbody></table>\n</section>\n";
  }
}

void write_controls(const RunReport& r, const ReportModel& m, std::ostream& out) {
  const auto& L = [&](std::string_view k) -> const std::string& { return html::label(k, r.lang); };
  out << "<section id=\"tree-section\">\n<h2>" << esc(L("tree")) << "</h2>\n<p class=\"hint\">" << esc(L("tree_hint"))
      << " <span class=\"print-only\">" << esc(L("print_note")) << "</span></p>\n"
      << "<noscript><p class=\"sev-error\">" << esc(L("noscript")) << "</p></noscript>\n"
      << "<div class=\"controls\" role=\"search\">\n<label>" << esc(L("severity"))
      << " <select id=\"f-severity\"><option value=\"\">" << esc(L("all")) << "</option>";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out << "<option value=\"" << static_cast<int>(s) << "\">" << esc(severity_label(s, r.lang)) << "</option>";
  out << "</select></label>\n<label>" << esc(L("family")) << " <select id=\"f-family\"><option value=\"\">"
      << esc(L("all")) << "</option>";
  std::size_t index = 0;
  for (const auto& [family, c] : m.by_family)
    out << "<option value=\"" << index++ << "\">" << esc(family_label(family, r.lang)) << "</option>";
  out << "</select></label>\n<label>" << esc(L("search")) << " <input id=\"f-text\" type=\"search\" placeholder=\""
      << esc(L("search_placeholder")) << "\" autocomplete=\"off\"></label>\n"
      << "<label><input id=\"f-nonempty\" type=\"checkbox\" checked> " << esc(L("only_with_findings")) << "</label>\n"
      << "<button id=\"f-clear\" type=\"button\">" << esc(L("clear")) << "</button>\n"
      << "<button id=\"f-expand\" type=\"button\">" << esc(L("expand_all")) << "</button>\n"
      << "<button id=\"f-collapse\" type=\"button\">" << esc(L("collapse_all")) << "</button>\n"
      << "<button id=\"f-print\" type=\"button\">" << esc(L("print")) << "</button>\n"
      << "<span id=\"status\" aria-live=\"polite\"></span>\n</div>\n<div id=\"tree\"></div>\n</section>\n";
}

}  // namespace

void write_html(const RunReport& r, std::ostream& out) {
  const ReportModel m = build_model(r);
  write_head(r, out);
  write_header(r, out);
  write_summary(r, m, out);
  write_rules_run(r, m, out);
  write_nightly(r, out);
  write_controls(r, m, out);
  // Data, not code: never executed, and escaped so that no value can close the element.
  out << "<script type=\"application/json\" id=\"kiemtra-data\">";
  html::write_page_data(r, m, out);
  out << "</script>\n<script>" << html::kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace kiemtra::core
