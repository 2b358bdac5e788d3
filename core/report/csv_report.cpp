// The CSV report: one finding per row, UTF-8 with a BOM so that Excel reads Vietnamese correctly.
#include "report/run_report.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core {

void write_csv(const RunReport& r, std::ostream& out) {
  out << "\xEF\xBB\xBF"
      << "organization_id,organization_path,rule,severity,subject_kind,subject_id,subject_name,message,citation,"
         "location\r\n";
  const Dataset& d = r.data;
  for (const auto& f : r.result.findings) {
    const bool has_org = f.org != kNone && f.org < d.organizations.size();
    const std::string fields[] = {
        has_org ? std::string(d.organizations[f.org].id) : std::string(),
        has_org ? d.path(f.org) : std::string(),
        f.rule_id,
        std::string(code(f.severity)),
        std::string(code(f.subject_kind)),
        f.subject_id,
        f.subject_name,
        r.lang == "en" ? f.message_en : f.message_vi,
        f.citation.text(),
        f.location,
    };
    bool first = true;
    for (const auto& field : fields) {
      if (!first) out << ',';
      out << csv_field(field);
      first = false;
    }
    out << "\r\n";
  }
}

}  // namespace kiemtra::core
