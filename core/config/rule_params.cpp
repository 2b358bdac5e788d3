// Applying `params:` and `editions:` of one rule: values checked against its ParamSpec, editions by date.
#include <fmt/format.h>

#include <algorithm>

#include "config/config_text.hpp"
#include "config/param_values.hpp"
#include "config/profile_apply.hpp"

namespace kiemtra::core::config_detail {
namespace {

const std::vector<std::string> kEditionKeys = {"from", "citation", "params"};
const std::vector<std::string> kCitationKeys = {"document", "article"};

std::string edition_name_vi(Date from) { return from.valid() ? from.iso() : "(từ đầu)"; }
std::string edition_name_en(Date from) { return from.valid() ? from.iso() : "(since always)"; }

std::optional<Citation> read_citation(const YAML::Node& value, const YAML::Node& key, const std::string& rule,
                                      FileContext& ctx) {
  if (value.IsScalar()) return Citation{value.Scalar(), ""};
  const YAML::Node document = value.IsMap() ? value["document"] : YAML::Node();
  if (value.IsMap() && document.IsDefined() && document.IsScalar()) {
    check_keys(value, kCitationKeys, "'citation' của " + rule, "'citation' of " + rule, ctx);
    const YAML::Node article = value["article"];
    return Citation{document.Scalar(), article.IsDefined() && article.IsScalar() ? article.Scalar() : ""};
  }
  ctx.problems.add(where(ctx.file, value, key),
                   fmt::format("'citation' của một phiên bản của {} phải là một bảng {{document: ..., article: ...}} "
                               "(document bắt buộc) hoặc tên văn bản",
                               rule),
                   fmt::format("'citation' of an edition of {} must be a map {{document: ..., article: ...}} "
                               "(document required) or the document's name",
                               rule));
  return std::nullopt;
}

// One item of `editions:`; nothing when it is unusable (the problems say why).
std::optional<EditionOverride> read_edition(const RuleState& rule, const YAML::Node& item, FileContext& ctx) {
  const std::string& id = rule.meta->id;
  if (!item.IsMap()) {
    ctx.problems.add(where(ctx.file, item),
                     fmt::format("mỗi phiên bản (edition) của {} phải là một bảng với from, citation, params", id),
                     fmt::format("each edition of {} must be a map with from, citation and params", id));
    return std::nullopt;
  }
  check_keys(item, kEditionKeys, "một phiên bản của " + id, "an edition of " + id, ctx);
  EditionOverride e;
  bool ok = true;
  for (auto it = item.begin(); it != item.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : "";
    const YAML::Node v = it->second;
    if (k == "from" && !v.IsNull()) {
      const DateText r = v.IsScalar() ? parse_date(v.Scalar(), e.from) : DateText::malformed;
      if (r != DateText::ok) {
        const Shown w = shown(v);
        const std::string why_vi =
            r == DateText::nonexistent ? "một ngày có thật" : "một ngày (YYYY-MM-DD hoặc dd/mm/yyyy)";
        const std::string why_en =
            r == DateText::nonexistent ? "a date that exists" : "a date (YYYY-MM-DD or dd/mm/yyyy)";
        ctx.problems.add(where(ctx.file, v, it->first),
                         fmt::format("'from' của một phiên bản của {} phải là {}, không phải {}", id, why_vi, w.vi),
                         fmt::format("'from' of an edition of {} must be {}, not {}", id, why_en, w.en));
        ok = false;
      }
    } else if (k == "citation") {
      e.citation = read_citation(v, it->first, id, ctx);
      if (!e.citation) ok = false;
    } else if (k == "params") {
      apply_params(rule, v, it->first, e.params, ctx);
    }
  }
  if (!ok) return std::nullopt;
  if (!e.citation && !has_edition(rule, e.from)) {
    // Findings cite the edition in force: a new one without a citation would cite nothing.
    ctx.problems.add(where(ctx.file, item),
                     fmt::format("phiên bản của {} từ {} là phiên bản mới: hãy ghi 'citation' (văn bản quy định nó), "
                                 "vì các phát hiện trích dẫn phiên bản đang có hiệu lực",
                                 id, edition_name_vi(e.from)),
                     fmt::format("the edition of {} from {} is new: give its 'citation' (the regulation that sets "
                                 "it), because findings cite the edition in force",
                                 id, edition_name_en(e.from)));
    return std::nullopt;
  }
  return e;
}

}  // namespace

void apply_params(const RuleState& rule, const YAML::Node& params, const YAML::Node& key, Values& into,
                  FileContext& ctx) {
  const RuleMeta& meta = *rule.meta;
  if (params.IsNull()) return;
  if (!params.IsMap()) {
    ctx.problems.add(where(ctx.file, params, key),
                     fmt::format("'params' của {} phải là một bảng từ tên tham số tới giá trị", meta.id),
                     fmt::format("'params' of {} must be a map of parameter names to values", meta.id));
    return;
  }
  std::vector<std::string> names;
  for (const ParamSpec& p : meta.params) names.push_back(p.name);
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string name = it->first.IsScalar() ? it->first.Scalar() : "?";
    auto spec =
        std::find_if(meta.params.begin(), meta.params.end(), [&](const ParamSpec& p) { return p.name == name; });
    if (spec == meta.params.end()) {
      if (names.empty()) {
        ctx.problems.add(where(ctx.file, it->first),
                         fmt::format("quy tắc {} không có tham số nào, nên không có '{}'", meta.id, name),
                         fmt::format("rule {} has no parameters, so no '{}'", meta.id, name));
      } else {
        const Suggestion hint = did_you_mean(name, names);
        ctx.problems.add(
            where(ctx.file, it->first),
            fmt::format("quy tắc {} không có tham số '{}'{}; các tham số của quy tắc: {}", meta.id, name, hint.vi,
                        join(names)),
            fmt::format("rule {} has no parameter '{}'{}; its parameters: {}", meta.id, name, hint.en, join(names)));
      }
      continue;
    }
    if (auto value = read_param(it->second, it->first, *spec, meta.id, ctx.file, ctx.problems))
      set_value(into, name, std::move(*value));
  }
}

void apply_editions(RuleState& rule, const YAML::Node& editions, const YAML::Node& key, FileContext& ctx) {
  if (editions.IsNull()) return;
  if (!editions.IsSequence()) {
    ctx.problems.add(where(ctx.file, editions, key),
                     fmt::format("'editions' của {} phải là một danh sách phiên bản, mỗi phiên bản là một bảng với "
                                 "from, citation, params",
                                 rule.meta->id),
                     fmt::format("'editions' of {} must be a list of editions, each a map with from, citation and "
                                 "params",
                                 rule.meta->id));
    return;
  }
  for (const YAML::Node& item : editions) {
    std::optional<EditionOverride> e = read_edition(rule, item, ctx);
    if (!e) continue;
    auto same = std::find_if(rule.editions.begin(), rule.editions.end(),
                             [&](const EditionOverride& o) { return o.from == e->from; });
    if (same == rule.editions.end()) {
      rule.editions.push_back(std::move(*e));
      continue;
    }
    // The same date again (here or in a base profile): this entry changes what it writes.
    if (e->citation) same->citation = e->citation;
    for (auto& [name, value] : e->params) set_value(same->params, name, std::move(value));
  }
}

}  // namespace kiemtra::core::config_detail
