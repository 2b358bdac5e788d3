// congress/secretary-plan: no planned secretary, several, or more planned deputies than a cell (1) or a grassroots
// committee (max_deputies) may have.
#include <string>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {

RuleMeta SecretaryPlanRule::metadata() {
  RuleMeta m;
  m.id = "congress/secretary-plan";
  m.title_vi = "Phương án bí thư, phó bí thư của cấp ủy dự kiến";
  m.title_en = "Secretary and deputies of a planned committee";
  m.description_vi =
      "Cấp ủy dự kiến (committees.csv, planned là true; một cấp ủy là các dòng cùng tổ chức và cùng nhiệm kỳ) của "
      "một tổ chức đang hoạt động không có bí thư (phân biệt: nhiệm kỳ/secretary), có hơn một bí thư (cùng phân "
      "biệt), hoặc có nhiều phó bí thư hơn mức cho phép (nhiệm kỳ/deputies): chi bộ 1, đảng bộ cơ sở max_deputies; "
      "số phó bí thư của đảng bộ bộ phận và cấp trên cơ sở không được xét. Bí thư, phó bí thư đếm theo mã đảng viên "
      "khác nhau; đảng bộ xã, phường, đặc khu (cấp trên cơ sở lãnh đạo trực tiếp chi bộ trực thuộc, từ 7/2025): "
      "max_commune_deputies. Tham số theo chỉ thị của đại hội. Nguồn và độ tin cậy: chi bộ một phó bí thư (Điều lệ "
      "Điều 24.4: cao); đảng ủy cơ sở tối đa 2 phó bí thư là mặc định của hồ sơ cấu hình, không phải con số của chỉ "
      "thị (không tìm được văn bản; thấp); đảng bộ xã 2 phó bí thư (45-CT/TW: vừa-cao).";
  m.description_en =
      "A planned committee (committees.csv, planned true; one committee is the rows of one organization and one "
      "term) of a live organization has no secretary (discriminator term/secretary), more than one (the same), or "
      "more deputies than allowed (term/deputies): a cell 1, a dang_bo_co_so max_deputies; the deputies of "
      "sub-committees and upper levels are not judged. Secretaries and deputies are counted by distinct member "
      "code; a commune, ward or special-zone committee (an upper-level committee leading subordinate cells directly, "
      "from 7/2025): max_commune_deputies. Parameters follow the directive of the congress. Sources and confidence: "
      "one deputy in a cell (Charter Art. 24.4: high); the grassroots cap of 2 deputies is a profile default, not a "
      "directive figure (no text found; low); 2 deputies in a commune committee (45-CT/TW: medium-high).";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("max_deputies", 2, "Số phó bí thư tối đa của đảng ủy cơ sở",
                               "Maximum deputy secretaries of a grassroots party committee"));
  m.params.push_back(param_int("max_commune_deputies", 2, "Số phó bí thư tối đa của đảng ủy xã, phường, đặc khu",
                               "Maximum deputy secretaries of a commune, ward or special-zone committee"));
  m.editions = directive_editions("bí thư, phó bí thư; Điều lệ Đảng 2011, Điều 24.4 (chi bộ)");
  m.messages = {
      {"no_secretary",
       {"term", "_org", "secretaries"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} không có bí thư",
       "The planned {term} committee of {_org} has no secretary"},
      {"secretaries",
       {"term", "_org", "secretaries", "_secretaries"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {secretaries} bí thư ({_secretaries}), chỉ được có 1",
       "The planned {term} committee of {_org} has {secretaries} secretaries ({_secretaries}); there must be 1"},
      {"deputies",
       {"term", "_org", "deputies", "_deputies", "max_deputies"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {deputies} phó bí thư ({_deputies}), nhiều nhất là {max_deputies}",
       "The planned {term} committee of {_org} has {deputies} deputy secretaries ({_deputies}); at most {max_deputies} "
       "allowed"}};
  return m;
}

void SecretaryPlanRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  std::string discriminator;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    const Date cited_at = congress_day(ctx, c);
    const Edition& p = term_edition(ctx, c);
    const auto secretaries = holders(data, c.seats, CommitteeRole::bi_thu);
    if (secretaries.empty()) {
      discriminator.assign(c.term).append("/secretary");
      out.emit(about_org(ctx, c.org, cited_at)
                   .with_discriminator(discriminator)
                   .say("no_secretary", {c.term, organization(c.org), secretaries.size()}));
    } else if (secretaries.size() > 1) {
      discriminator.assign(c.term).append("/secretary");
      out.emit(
          about_org(ctx, c.org, cited_at)
              .with_discriminator(discriminator)
              .say("secretaries", {c.term, organization(c.org), secretaries.size(), name_members(data, secretaries)}));
    }
    std::int64_t max_deputies = -1;
    if (is_cell(o.kind)) max_deputies = 1;
    if (o.kind == OrgKind::dang_bo_co_so) max_deputies = p.integer("max_deputies");
    if (o.kind == OrgKind::cap_tren_co_so && level_of(data, c.org) == Level::commune)
      max_deputies = p.integer("max_commune_deputies");
    const auto deputies = holders(data, c.seats, CommitteeRole::pho_bi_thu);
    if (max_deputies < 0 || static_cast<std::int64_t>(deputies.size()) <= max_deputies) continue;
    discriminator.assign(c.term).append("/deputies");
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(discriminator)
                 .say("deputies",
                      {c.term, organization(c.org), deputies.size(), name_members(data, deputies), max_deputies}));
  }
}

}  // namespace kiemtra::plugins::congress
