// The CSV report: one finding per row, UTF-8 with a BOM so that Excel reads Vietnamese correctly.
#include "report/run_report.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core {

void write_csv(const RunReport& r, std::ostream& out) {
  out << "\xEF\xBB\xBF"
      << "organization_id,organization_path,rule,severity,subject_kind,subject_id,subject_name,message,citation,"
         "location,fingerprint,baseline,waiver\r\n";
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  const auto row = [&](std::initializer_list<std::string> fields) {
    bool first = true;
    for (const auto& field : fields) {
      if (!first) out << ',';
      out << csv_field(field);
      first = false;
    }
    out << "\r\n";
  };
  const Dataset& d = r.data;
  for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
    FindingRef f = r.result.findings[i];
    const bool has_org = f.org() != kNone && f.org() < d.organizations.size();
    const Waiver* w = a.waiver_of(r.result.findings[i]);
    row({has_org ? std::string(d.organizations[f.org()].id) : std::string(),
        has_org ? d.path(f.org()) : std::string(),
        f.rule_id(),
        std::string(code(f.severity())),
        std::string(code(f.subject_kind())),
        f.subject_id(),
        f.subject_name(),
        r.lang == "en" ? f.message_en() : f.message_vi(),
        f.citation().text(),
        f.location(),
        r.result.findings[i].fingerprint(),
        baseline_code(r.result.findings[i].baseline()),
        w ? waiver_label(*w, r.lang) : std::string()});
  }
  // The findings of the last run that are gone: baseline "fixed".
  for (const FixedFinding& f : a.fixed)
    row({f.org_id, f.org_path, f.rule_id, std::string(code(f.severity)), f.subject_kind, f.subject_id, f.subject_name,
         r.lang == "en" ? f.message_en : f.message_vi, "", "", f.fingerprint, "fixed", ""});
}

}  // namespace kiemtra::core
