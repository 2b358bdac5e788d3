// A run to report on, built in memory: a three-level tree with hostile names, findings of two
// families at every severity, rule metadata and effective settings, a failed rule and a refused plugin.
#pragma once

#include <string>
#include <vector>

#include "report/run_report.hpp"
#include "run/fingerprints.hpp"

namespace kiemtra::test {

using namespace kiemtra::core;

/// Organizations: 0 R (root) > 1 D > {2 C1, 3 C2}; 4 Q, a second cell under R with no findings.
inline Dataset report_dataset() {
  Dataset d;
  d.name = "Bộ <script>alert(1)</script>";
  d.source = "memory";
  const struct {
    const char* id;
    const char* name;
    OrgKind kind;
    std::uint32_t parent;
  } orgs[] = {
      {"R", "Đảng bộ Khối", OrgKind::cap_tren_co_so, kNone},
      {"D", "Đảng bộ \"><img src=x onerror=alert(1)>", OrgKind::dang_bo_co_so, 0},
      {"C1", "Chi bộ <b>Một</b> & Hai", OrgKind::chi_bo_truc_thuoc, 1},
      {"C2", "Chi bộ </script><!-- hai", OrgKind::chi_bo_truc_thuoc, 1},
      {"Q", "Chi bộ Yên", OrgKind::chi_bo_co_so, 0},
  };
  for (const auto& o : orgs) {
    Organization row;
    row.id = o.id;
    row.name = o.name;
    row.kind = o.kind;
    row.parent = o.parent;
    d.organizations.rows.push_back(row);
  }
  d.tree.preorder = {0, 1, 2, 3, 4};
  d.tree.position = {0, 1, 2, 3, 4};
  d.tree.subtree_end = {5, 4, 3, 4, 5};
  d.tree.depth = {0, 1, 2, 2, 1};
  d.tree.in_cycle = {0, 0, 0, 0, 0};
  d.tree.roots = {0};
  d.root = 0;
  d.members.file = "data/members.csv";
  for (const auto& [id, name] : {std::pair{"M1", "<script>alert(1)</script>"}, std::pair{"M2", "=HYPERLINK(\"x\")"}}) {
    Member m;
    m.id = id;
    m.full_name = name;
    m.org = 2;
    d.members.rows.push_back(m);
  }
  return d;
}

inline LoadedRule meta_rule(const std::string& id, Severity s) {
  LoadedRule r;
  r.meta.id = id;
  r.meta.title_vi = "Tiêu đề " + id;
  r.meta.title_en = "Title " + id;
  r.meta.description_vi = "Mô tả " + id;
  r.meta.description_en = "Description of " + id;
  r.meta.default_severity = s;
  r.meta.params = {param_int("min_official", 3, "tối thiểu", "minimum")};
  Edition e;
  e.citation = {"Điều lệ Đảng 2011", "Điều 24.1"};
  e.values = {{"min_official", std::int64_t{3}}};
  r.meta.editions = {e};
  r.meta.messages = {{"m", {"_id"}, "Thông điệp {_id} <i>nghiêng</i>", "Message {_id} <i>italic</i>"},
                     {"text", {"_text"}, "{_text}", "{_text}"}};
  r.plugin = "fakeplug";
  return r;
}

struct ReportFixture {
  Dataset data = report_dataset();
  RunResult result;
  PluginSet plugins;
  Config config;

  ReportFixture() {
    using SK = SubjectKind;
    result.rules_run = {"integrity/dangling-reference", "integrity/quiet", "integrity/status", "structure/min-official",
                        "structure/size"};
    result.failures = {{"structure/boom", "fakeplug", "boom <in> check"}};
    for (const auto& id : result.rules_run) plugins.rules.push_back(meta_rule(id, Severity::error));
    plugins.rules.push_back(meta_rule("structure/boom", Severity::error));
    PluginInfo ok;
    ok.name = "fakeplug";
    ok.version = "1.0.0";
    ok.loaded = true;
    plugins.plugins.push_back(ok);
    PluginInfo bad;
    bad.path = "/x/kiemtra_bad.so";
    bad.error = {"Bị từ chối: ABI 999", "Refused: ABI 999"};
    plugins.plugins.push_back(bad);
    for (const auto& r : plugins.rules) {
      RuleSettings s;
      s.severity = r.meta.default_severity;
      s.params.editions = r.meta.editions;
      config.rules[r.meta.id] = s;
    }
    config.rules["structure/size"].severity = Severity::warning;

    result.findings.set_data(data);
    Finding row;
    row.subject_kind = SK::row;
    row.org = 0;
    row.name = "H06";
    row.discriminator = "org_id";
    row.at(TableId::members, 7, 5);
    add(row, Severity::error, "integrity/dangling-reference", "members.csv:7");
    add(about(SK::organization, 1, 1), Severity::warning, "structure/size", "D");
    add(about(SK::member, 0, 2), Severity::error, "integrity/status", "M1");
    add(about(SK::organization, 2, 2), Severity::error, "structure/min-official", "C1");
    add(about(SK::member, 1, 2), Severity::info, "structure/size", "M2");
    add(about(SK::organization, 3, 3), Severity::error, "structure/min-official", "C2");
    finish();
  }

  /// A finding about row `subject` of the kind's table, belonging to organization `org`.
  static Finding about(SubjectKind kind, std::uint32_t subject, std::uint32_t org) {
    Finding f;
    f.subject_kind = kind;
    f.subject = subject;
    f.org = org;
    return f;
  }
  /// Records `f` for `rule` with the message "Thông điệp <id> <i>nghiêng</i>" (or exactly `text`).
  void add(Finding f, Severity s, const std::string& rule, const std::string& id, const std::string& text = "") {
    int index = result.findings.rule_index(rule);
    if (index < 0) {
      for (const auto& r : plugins.rules)
        if (r.meta.id == rule) index = result.findings.add_rule({rule, r.plugin, &r.meta, &config.rules.at(rule).params});
    }
    if (text.empty())
      f.say("m", {id});
    else
      f.say("text", {text});
    result.findings.add(static_cast<std::uint16_t>(index), f, s);
  }
  /// Fingerprints, as `validate` sets them.
  void finish() { fingerprint_findings(result.findings); }

  RunReport report(const std::string& lang = "vi") const {
    return {data, result, plugins, config, Date::from_ymd(2019, 9, 30), lang};
  }
};

}  // namespace kiemtra::test
