// A finding and its organization as JSON objects.
#include "report/finding_json.hpp"

#include "report/finding_blocks.hpp"

namespace kiemtra::core {

using nlohmann::json;

json org_json(const Dataset& d, std::uint32_t org) {
  if (org == kNone || org >= d.organizations.size()) return nullptr;
  const Organization& o = d.organizations[org];
  return {{"id", o.id}, {"name", o.name}, {"kind", code(o.kind)}, {"path", d.path(org)}};
}

CitationTable::CitationTable(const Findings& findings) {
  index.resize(findings.rules().size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const FindingRef f = findings[i];
    auto& slots = index[f.record().rule];
    if (slots.size() <= f.record().edition) slots.resize(f.record().edition + 1u, -1);
    int& slot = slots[f.record().edition];
    if (slot >= 0) continue;
    const Citation* c = &f.citation();
    // Editions of different rules often cite the same article: one entry each.
    for (std::size_t k = 0; k < list.size() && slot < 0; ++k)
      if (list[k]->document == c->document && list[k]->article == c->article) slot = static_cast<int>(k);
    if (slot < 0) {
      slot = static_cast<int>(list.size());
      list.push_back(c);
    }
  }
}

void write_finding_json(JsonWriter& w, FindingRef f, const RunAnnotations& a, const std::string& lang, bool both,
                        const CitationTable* citations, std::string& scratch) {
  const Dataset& d = f.data();
  w.raw("{\"rule\":").str(f.rule_id());
  w.raw(",\"severity\":\"").raw(code(f.severity())).raw('"');
  w.raw(",\"org\":");
  if (f.org() < d.organizations.size())
    w.str(d.organizations[f.org()].id);
  else
    w.null();
  w.raw(",\"subject\":{\"kind\":\"").raw(code(f.subject_kind())).raw("\",\"id\":");
  scratch.clear();
  f.append_subject_id(scratch);
  w.str(scratch);
  scratch.clear();
  f.append_subject_name(scratch);
  if (!scratch.empty()) w.raw(",\"name\":").str(scratch);
  w.raw('}');
  for (const char* l : {"vi", "en"}) {
    if (!both && lang != l) continue;
    w.raw(both ? (l[0] == 'v' ? ",\"message_vi\":\"" : ",\"message_en\":\"") : ",\"message\":\"");
    f.append_message_json(l, w.buffer(), append_json_escaped);
    w.raw('"');
  }
  w.raw(",\"evidence\":");
  f.append_evidence_json(w.buffer(), append_json_escaped);
  if (citations) {
    w.raw(",\"citation\":").num(citations->index[f.record().rule][f.record().edition]);
  } else {
    const Citation& c = f.citation();
    w.raw(",\"citation\":{\"document\":").str(c.document).raw(",\"article\":").str(c.article).raw('}');
  }
  if (f.record().line > 0 || f.record().where != kNoText) {
    scratch.clear();
    f.append_location(scratch);
    w.raw(",\"location\":").str(scratch);
  }
  // The discriminator a rule set; the default ones (a payment's month, a seat's term and role) are in the subject.
  if (f.record().discriminator != kNoText) w.raw(",\"discriminator\":").str(f.discriminator());
  w.raw(",\"fingerprint\":\"");
  f.append_fingerprint(w.buffer());
  w.raw('"');
  if (a.history) w.raw(",\"baseline\":\"").raw(baseline_code(f.baseline())).raw('"');
  if (a.waivers) {
    const Waiver* waiver = a.waiver_of(f);
    w.raw(",\"waived\":").boolean(waiver != nullptr);
    if (waiver) w.raw(",\"waiver\":").raw(dump_json(waiver_json(*waiver)));
  }
  w.raw('}');
}

void write_findings_json(JsonWriter& w, std::ostream& out, const Findings& findings, int jobs, const RunAnnotations& a,
                         const std::string& lang, bool both, const CitationTable* citations, FindingSeparators sep) {
  format_in_blocks(
      findings.size(), jobs,
      [&](std::size_t begin, std::size_t end, std::string& text) {
        JsonWriter block(text);
        std::string scratch;
        for (std::size_t i = begin; i < end; ++i) {
          block.raw(i == 0 ? sep.first : sep.between);
          write_finding_json(block, findings[i], a, lang, both, citations, scratch);
          block.raw(sep.after);
        }
      },
      [&](const std::string& text) {
        w.flush();  // what precedes the block, then the block itself without a copy
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
      });
}

json waiver_json(const Waiver& w) {
  return {{"rule", w.rule},   {"org", w.org},     {"subject", w.subject},           {"reason", w.reason},
          {"owner", w.owner}, {"expires", w.expires.iso()}, {"where", w.where()}};
}

json fixed_json(const FixedFinding& f, const std::string& lang) {
  return {{"rule", f.rule_id},
          {"severity", code(f.severity)},
          {"organization", {{"id", f.org_id}, {"path", f.org_path}}},
          {"subject", {{"kind", f.subject_kind}, {"id", f.subject_id}, {"name", f.subject_name}}},
          {"message", lang == "en" ? f.message_en : f.message_vi},
          {"fingerprint", f.fingerprint},
          {"baseline", "fixed"}};
}

json history_json(const RunAnnotations& a, const std::string& lang) {
  json fixed = json::array();
  for (const auto& f : a.fixed) fixed.push_back(fixed_json(f, lang));
  json previous = nullptr;
  if (a.previous) previous = {{"id", a.previous->id}, {"started_at", a.previous->started_at}, {"as_of", a.previous->as_of}};
  return {{"file", a.history_file},       {"run_id", a.run_id},
          {"previous_run", previous},     {"new", a.count_new()},
          {"unchanged", a.count_unchanged()}, {"fixed_count", a.fixed.size()},
          {"fixed", fixed}};
}

}  // namespace kiemtra::core
