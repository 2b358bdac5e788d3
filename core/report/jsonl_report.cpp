// JSON Lines: one finding per line, written as it is reached, for runs too large for one document.
#include "report/finding_json.hpp"
#include "report/json_writer.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

void write_jsonl(const RunReport& r, std::ostream& out) {
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  JsonWriter w(out);
  write_findings_json(w, out, r.result.findings, r.jobs, a, r.lang, r.all_languages, nullptr, {"", "", "\n"});
  // The findings of the last run that are gone, after the others, marked "baseline": "fixed".
  for (const FixedFinding& f : a.fixed) w.raw(dump_json(fixed_json(f, r.lang))).raw('\n');
}

}  // namespace kiemtra::core
