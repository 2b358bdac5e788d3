// JSON Lines: one finding per line, written as it is reached, for runs too large for one document.
#include "report/finding_json.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

void write_jsonl(const RunReport& r, std::ostream& out) {
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
    auto j = finding_json(r.data, r.result.findings[i], r.lang);
    annotate_json(j, a, r.result.findings[i]);
    out << dump_json(j) << '\n';
  }
  // The findings of the last run that are gone, after the others, marked "baseline": "fixed".
  for (const FixedFinding& f : a.fixed) out << dump_json(fixed_json(f, r.lang)) << '\n';
}

}  // namespace kiemtra::core
