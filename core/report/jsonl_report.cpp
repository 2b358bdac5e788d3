// JSON Lines: one finding per line, written as it is reached, for runs too large for one document.
#include "report/finding_json.hpp"
#include "report/fingerprint.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

void write_jsonl(const RunReport& r, std::ostream& out) {
  Fingerprinter fingerprints(r.data);
  for (const auto& f : r.result.findings) {
    auto j = finding_json(r.data, f, r.lang);
    j["fingerprint"] = fingerprints.next(f);
    out << dump_json(j) << '\n';
  }
}

}  // namespace kiemtra::core
