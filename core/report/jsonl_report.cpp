// JSON Lines: one finding per line, written as it is reached, for runs too large for one document.
#include "report/finding_blocks.hpp"
#include "report/finding_json.hpp"
#include "report/json_writer.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

void write_jsonl(const RunReport& r, std::ostream& out) {
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  JsonWriter w(out);
  const Findings& findings = r.result.findings;
  format_in_blocks(
      findings.size(), r.jobs,
      [&](std::size_t begin, std::size_t end, std::string& text) {
        JsonWriter block(text);
        std::string scratch;
        for (std::size_t i = begin; i < end; ++i) {
          write_finding_json(block, findings[i], a, r.lang, r.all_languages, nullptr, scratch);
          block.raw('\n');
        }
      },
      [&](const std::string& text) {
        w.flush();  // what precedes the block, then the block itself without a copy
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
      });
  // The findings of the last run that are gone, after the others, marked "baseline": "fixed".
  for (const FixedFinding& f : a.fixed) w.raw(dump_json(fixed_json(f, r.lang))).raw('\n');
}

}  // namespace kiemtra::core
