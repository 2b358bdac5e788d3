// The text report: findings grouped by organization along the tree path.
#include <fmt/format.h>

#include <array>

#include "report/ansi.hpp"
#include "report/run_report.hpp"
#include "report/unreadable_summary.hpp"
#include "util/local_time.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core {

namespace {

// Whether `f` is an integrity/bad-value finding of a column rolled up in the summary (a column of many).
bool rolled_up(FindingRef f, const std::vector<UnreadableColumn>& columns) {
  if (f.rule_id() != "integrity/bad-value") return false;
  std::string table, column;
  f.each_evidence([&](std::string_view key, std::string_view value) {
    if (key == "table") table = value;
    if (key == "column") column = value;
  });
  for (const UnreadableColumn& c : columns)
    if (c.rows >= kRollUpFrom && c.column == column && table_name(c.table) == table) return true;
  return false;
}

using Counts = std::array<std::size_t, 3>;  // by Severity value

std::string count(std::size_t n, const std::string& lang) { return format_count(static_cast<std::int64_t>(n), lang); }

std::string counts_text(const Counts& c, const std::string& lang, bool color) {
  std::string out;
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t n = c[static_cast<int>(s)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    // "13 errors" in English; Vietnamese nouns do not inflect.
    const bool plural = lang == "en" && n != 1 && s != Severity::info;
    out += paint(format_count(static_cast<std::int64_t>(n), lang) + " " + severity_label(s, lang) + (plural ? "s" : ""),
                 paint_of(s), color);
  }
  return out.empty() ? (lang == "en" ? "no findings" : "không có phát hiện") : out;
}

std::string org_heading(const Dataset& data, std::uint32_t org, const std::string& lang) {
  if (org == kNone) return lang == "en" ? "(no organization)" : "(không thuộc tổ chức nào)";
  return fmt::format("{} [{}]", data.path(org), data.organizations[org].id);
}

void write_finding(FindingRef f, const RunAnnotations& a, const std::string& lang, bool color,
                   std::ostream& out) {
  const bool en = lang == "en";
  std::string subject;
  if (f.subject_kind() != SubjectKind::organization) {
    subject = f.subject_name().empty() ? f.subject_id() : fmt::format("{} ({})", f.subject_name(), f.subject_id());
  }
  const char* tag = f.baseline() == Baseline::fresh ? (en ? " [NEW]" : " [MỚI]") : "";
  // Padded before painting: the escape codes take no columns on screen.
  const std::string label = fmt::format("{:<9}", severity_label(f.severity(), lang));
  out << fmt::format("  {} {}{}{}{}\n", paint(label, paint_of(f.severity()), color), f.rule_id(),
                     subject.empty() ? "" : " · ", subject, tag);
  out << fmt::format("            {}\n", lang == "en" ? f.message_en() : f.message_vi());
  std::string tail;
  if (!f.citation().document.empty()) tail = fmt::format("({})", f.citation().text());
  if (!f.location().empty()) tail += (tail.empty() ? "" : " ") + f.location();
  if (!tail.empty()) out << fmt::format("            {}\n", tail);
  if (const Waiver* w = a.waiver_of(f))
    out << fmt::format("            {}: {}\n", en ? "Waived" : "Được miễn trừ", waiver_label(*w, lang));
}

/// New and fixed findings since the last run, and the waivers.
void write_nightly(const RunReport& r, const RunAnnotations& a, std::ostream& out) {
  const bool en = r.lang == "en";
  if (a.history) {
    if (!a.previous) {
      out << (en ? "History: the first run of this dataset; nothing to compare with yet.\n"
                 : "Lịch sử: lần chạy đầu tiên của bộ dữ liệu này, chưa có gì để so sánh.\n");
    } else {
      out << fmt::format(fmt::runtime(en ? "Since run #{} ({}): {} new, {} fixed, {} still open.\n"
                                         : "So với lần chạy #{} ({}): {} mới, {} đã khắc phục, {} vẫn còn.\n"),
                         a.previous->id, display_time(a.previous->started_at, r.lang), count(a.count_new(), r.lang),
                         count(a.fixed.size(), r.lang), count(a.count_unchanged(), r.lang));
      for (const FixedFinding& f : a.fixed)
        out << fmt::format("  {} {} · {} [{}] · {}\n", en ? "fixed" : "đã khắc phục", f.rule_id,
                           f.subject_name.empty() ? f.subject_id : f.subject_name, f.org_id,
                           en ? f.message_en : f.message_vi);
    }
  }
  if (a.waivers && !a.waivers->empty()) {
    out << fmt::format(fmt::runtime(en ? "Waivers: {} findings waived (not counted for the exit code).\n"
                                       : "Miễn trừ: {} phát hiện được miễn trừ (không tính vào mã thoát).\n"),
                       count(a.count_waived(), r.lang));
    for (std::size_t k = 0; k < a.waivers->size(); ++k) {
      const Waiver& w = (*a.waivers)[k];
      out << fmt::format("  {} @ {}{}: {} — {}\n", w.rule, w.org, w.subject.empty() ? "" : " / " + w.subject,
                         waiver_label(w, r.lang), k < a.waiver_uses.size() ? a.waiver_uses[k] : 0);
    }
  }
}

}  // namespace

void write_text(const RunReport& r, std::ostream& out) {
  const bool en = r.lang == "en";
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  const Dataset& d = r.data;
  out << fmt::format("kiemtra {} — {} ({})\n", KIEMTRA_VERSION, d.name, d.source);
  out << fmt::format(fmt::runtime(en ? "As of {} · {} organizations, {} members, {} dues payments · {} rules run · configuration {}\n"
                        : "Ngày tham chiếu {} · {} tổ chức, {} đảng viên, {} lượt đóng đảng phí · {} quy tắc · cấu hình {}\n"),
                     en ? r.as_of.iso() : r.as_of.vn(), count(d.organizations.size(), r.lang),
                     count(d.members.size(), r.lang), count(d.dues.size(), r.lang), count(r.result.rules_run.size(), r.lang),
                     r.config.hash());
  if (!d.dues.present)
    out << (en ? "No dues.csv: the dues checks were skipped.\n" : "Không có dues.csv: bỏ qua các kiểm tra đảng phí.\n");
  out << "\n";
  const std::vector<UnreadableColumn> unreadable = unreadable_columns(d);
  write_unreadable_text(unreadable, r.lang, out);

  Counts total{};
  std::size_t orgs_with_findings = 0;
  const auto& fs = r.result.findings;
  for (std::size_t i = 0; i < fs.size();) {
    std::size_t j = i;
    Counts c{};
    while (j < fs.size() && fs[j].org() == fs[i].org()) ++c[static_cast<int>(fs[j++].severity())];
    ++orgs_with_findings;
    for (int s = 0; s < 3; ++s) total[s] += c[s];
    out << fmt::format("{} — {}\n", paint(org_heading(d, fs[i].org(), r.lang), Paint::bold, r.color),
                       counts_text(c, r.lang, r.color));
    std::size_t rolled = 0;
    for (; i < j; ++i) {
      if (rolled_up(fs[i], unreadable)) {
        ++rolled;
        continue;
      }
      write_finding(fs[i], a, r.lang, r.color, out);
    }
    if (rolled > 0)
      out << fmt::format(fmt::runtime(en ? "  {} integrity/bad-value: unreadable values summed up above "
                                           "(each in the JSON, CSV and XLSX reports)\n"
                                         : "  {} integrity/bad-value: giá trị không đọc được, đã tóm tắt ở trên "
                                           "(từng giá trị có trong báo cáo JSON, CSV và XLSX)\n"),
                         count(rolled, r.lang));
    out << "\n";
  }

  for (const auto& p : r.plugins.plugins)
    if (!p.loaded)
      out << fmt::format(fmt::runtime(en ? "Plugin not loaded: {}\n" : "Không nạp được plugin: {}\n"), p.error.in(r.lang));
  for (const auto& f : r.result.failures)
    out << fmt::format(fmt::runtime(en ? "Rule failed: {} (plugin {}): {}\n" : "Quy tắc bị lỗi: {} (plugin {}): {}\n"), f.rule_id,
                       f.plugin, f.message);
  write_nightly(r, a, out);
  out << fmt::format(fmt::runtime(en ? "Total: {} in {} organizations.\n" : "Tổng cộng: {} ở {} tổ chức.\n"),
                     counts_text(total, r.lang, r.color), count(orgs_with_findings, r.lang));
}

}  // namespace kiemtra::core
