// The text report: findings grouped by organization along the tree path.
#include <fmt/format.h>

#include <array>

#include "report/run_report.hpp"
#include "report/unreadable_summary.hpp"

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

std::string counts_text(const Counts& c, const std::string& lang) {
  std::string out;
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t n = c[static_cast<int>(s)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", n, severity_label(s, lang));
  }
  return out.empty() ? (lang == "en" ? "no findings" : "không có phát hiện") : out;
}

std::string org_heading(const Dataset& data, std::uint32_t org, const std::string& lang) {
  if (org == kNone) return lang == "en" ? "(no organization)" : "(không thuộc tổ chức nào)";
  return fmt::format("{} [{}]", data.path(org), data.organizations[org].id);
}

void write_finding(FindingRef f, const RunAnnotations& a, const std::string& lang,
                   std::ostream& out) {
  const bool en = lang == "en";
  std::string subject;
  if (f.subject_kind() != SubjectKind::organization) {
    subject = f.subject_name().empty() ? f.subject_id() : fmt::format("{} ({})", f.subject_name(), f.subject_id());
  }
  const char* tag = f.baseline() == Baseline::fresh ? (en ? " [NEW]" : " [MỚI]") : "";
  out << fmt::format("  {:<9} {}{}{}{}\n", severity_label(f.severity(), lang), f.rule_id(), subject.empty() ? "" : " · ",
                     subject, tag);
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
                         a.previous->id, a.previous->started_at, a.count_new(), a.fixed.size(), a.count_unchanged());
      for (const FixedFinding& f : a.fixed)
        out << fmt::format("  {} {} · {} [{}] · {}\n", en ? "fixed" : "đã khắc phục", f.rule_id,
                           f.subject_name.empty() ? f.subject_id : f.subject_name, f.org_id,
                           en ? f.message_en : f.message_vi);
    }
  }
  if (a.waivers && !a.waivers->empty()) {
    out << fmt::format(fmt::runtime(en ? "Waivers: {} findings waived (not counted for the exit code).\n"
                                       : "Miễn trừ: {} phát hiện được miễn trừ (không tính vào mã thoát).\n"),
                       a.count_waived());
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
                     en ? r.as_of.iso() : r.as_of.vn(), d.organizations.size(), d.members.size(), d.dues.size(),
                     r.result.rules_run.size(), r.config.hash());
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
    out << fmt::format("{} — {}\n", org_heading(d, fs[i].org(), r.lang), counts_text(c, r.lang));
    std::size_t rolled = 0;
    for (; i < j; ++i) {
      if (rolled_up(fs[i], unreadable)) {
        ++rolled;
        continue;
      }
      write_finding(fs[i], a, r.lang, out);
    }
    if (rolled > 0)
      out << fmt::format(fmt::runtime(en ? "  {} integrity/bad-value: unreadable values summed up above "
                                           "(each in the JSON, CSV and XLSX reports)\n"
                                         : "  {} integrity/bad-value: giá trị không đọc được, đã tóm tắt ở trên "
                                           "(từng giá trị có trong báo cáo JSON, CSV và XLSX)\n"),
                         rolled);
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
                     counts_text(total, r.lang), orgs_with_findings);
}

}  // namespace kiemtra::core
