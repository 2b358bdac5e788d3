// The configuration while profiles are applied, and how it becomes the effective Config.
#include "config/profile_state.hpp"

#include <algorithm>

#include "config/vietnam_holidays.hpp"

namespace kiemtra::core::config_detail {
namespace {

bool by_from(const Edition& a, const Edition& b) { return a.from < b.from; }  // no date (kNone) sorts first

// The rule's declared editions, oldest first; one undated edition when it declares none.
std::vector<Edition> declared_editions(const RuleMeta& meta) {
  std::vector<Edition> editions = meta.editions;
  if (editions.empty()) editions.push_back(Edition{});
  std::stable_sort(editions.begin(), editions.end(), by_from);
  return editions;
}

// Every declared parameter, in declared order: its default, overridden by `layers` in order.
Values compose(const RuleMeta& meta, std::initializer_list<const Values*> layers) {
  Values out;
  for (const ParamSpec& spec : meta.params) {
    ParamValue v = spec.default_value;
    for (const Values* layer : layers)
      for (const auto& [name, value] : *layer)
        if (name == spec.name) v = value;
    out.emplace_back(spec.name, std::move(v));
  }
  return out;
}

// The index of the declared edition in force on `d`, as Params::at picks it.
std::size_t in_force(const std::vector<Edition>& editions, Date d) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < editions.size(); ++i)
    if (!editions[i].from.valid() || (d.valid() && editions[i].from <= d)) best = i;
  return best;
}

Params effective_params(const RuleState& rule) {
  const RuleMeta& meta = *rule.meta;
  const std::vector<Edition> declared = declared_editions(meta);
  const Values none;

  struct Pending {
    Edition edition;     // from, citation
    const Values* base;  // the rule's own values for it
    const Values* own = nullptr;
  };
  std::vector<Pending> pending;
  for (const Edition& e : declared) pending.push_back({Edition{e.from, e.citation, {}}, &e.values});
  for (const EditionOverride& o : rule.editions) {
    auto same =
        std::find_if(pending.begin(), pending.end(), [&](const Pending& p) { return p.edition.from == o.from; });
    if (same != pending.end()) {
      if (o.citation) same->edition.citation = *o.citation;
      same->own = &o.params;
    } else {
      // A new edition continues the rule's edition in force on its date: a later regulation
      // changes some numbers and keeps the rest.
      const Edition& before = declared[in_force(declared, o.from)];
      pending.push_back({Edition{o.from, o.citation.value_or(Citation{}), {}}, &before.values, &o.params});
    }
  }

  Params params;
  for (Pending& p : pending) {
    p.edition.values = compose(meta, {p.base, &rule.params, p.own ? p.own : &none});
    params.editions.push_back(std::move(p.edition));
  }
  std::stable_sort(params.editions.begin(), params.editions.end(), by_from);
  return params;
}

}  // namespace

void set_value(Values& values, const std::string& name, ParamValue value) {
  for (auto& [k, v] : values)
    if (k == name) {
      v = std::move(value);
      return;
    }
  values.emplace_back(name, std::move(value));
}

ProfileState initial_state(const std::vector<RuleMeta>& known) {
  ProfileState state;
  for (const RuleMeta& meta : known) {
    RuleState& r = state.rules[meta.id];
    r.meta = &meta;
    r.severity = meta.default_severity;
    state.families.insert(meta.family());
  }
  for (const auto& [id, rule] : state.rules) state.ids.push_back(id);
  // Every configuration starts from the built-in Vietnamese calendar; profiles add to it or replace it.
  const Calendar& builtin = builtin_calendar();
  state.holidays.insert(builtin.holidays.begin(), builtin.holidays.end());
  state.working_days.insert(builtin.extra_working_days.begin(), builtin.extra_working_days.end());
  return state;
}

bool has_edition(const RuleState& rule, Date from) {
  for (const Edition& e : declared_editions(*rule.meta))
    if (e.from == from) return true;
  for (const EditionOverride& o : rule.editions)
    if (o.from == from) return true;
  return false;
}

Config finalize(const ProfileState& state) {
  Config config;
  config.sources = state.sources;
  for (const auto& [id, rule] : state.rules) {
    RuleSettings& s = config.rules[id];
    s.enabled = rule.enabled;
    s.severity = rule.severity;
    s.severity_overridden = rule.severity_overridden;
    s.params = effective_params(rule);
  }
  config.calendar.holidays.assign(state.holidays.begin(), state.holidays.end());
  config.calendar.extra_working_days.assign(state.working_days.begin(), state.working_days.end());
  config.waivers = state.waivers;
  return config;
}

}  // namespace kiemtra::core::config_detail
