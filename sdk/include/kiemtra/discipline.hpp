// Party discipline as events.csv records it: `ky_luat` events whose `detail` names the form, dated the day the
// decision was announced. The effect period is the regulation's, not a column: every form but expulsion ends on
// its own 12 months after the decision when the member commits no new violation (30-QĐ/TW 2016 Art. 40;
// 22-QĐ/TW 2021; 69-QĐ/TW 2022 Art. 2.5; 296-QĐ/TW 2025), so the data needs only the form and the date.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "kiemtra/dataset.hpp"
#include "kiemtra/date.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// The forms of discipline of a party member, mildest first; `other` when the detail names none of them.
enum class DisciplineForm : std::uint8_t { khien_trach, canh_cao, cach_chuc, khai_tru, other };

/// The form a `ky_luat` event's detail names: the contract's code (`canh_cao`) or the Vietnamese word written
/// either way ("Cảnh cáo", "cảnh cáo"; the first letter is left out of the match so that both cases match).
inline DisciplineForm discipline_form(std::string_view detail) {
  const auto has = [&](std::string_view s) { return detail.find(s) != std::string_view::npos; };
  if (has("khai_tru") || has("hai trừ")) return DisciplineForm::khai_tru;
  if (has("cach_chuc") || has("ách chức")) return DisciplineForm::cach_chuc;
  if (has("canh_cao") || has("ảnh cáo")) return DisciplineForm::canh_cao;
  if (has("khien_trach") || has("hiển trách")) return DisciplineForm::khien_trach;
  return DisciplineForm::other;
}

/// The ASCII code of a form, as written in the data and in messages ("khac" for a form the detail does not name).
inline std::string_view code(DisciplineForm f) {
  switch (f) {
    case DisciplineForm::khien_trach: return "khien_trach";
    case DisciplineForm::canh_cao: return "canh_cao";
    case DisciplineForm::cach_chuc: return "cach_chuc";
    case DisciplineForm::khai_tru: return "khai_tru";
    case DisciplineForm::other: return "khac";
  }
  return "khac";
}

/// The form in words, for messages ("cảnh cáo" / "warning").
inline std::string_view label_vi(DisciplineForm f) {
  switch (f) {
    case DisciplineForm::khien_trach: return "khiển trách";
    case DisciplineForm::canh_cao: return "cảnh cáo";
    case DisciplineForm::cach_chuc: return "cách chức";
    case DisciplineForm::khai_tru: return "khai trừ";
    case DisciplineForm::other: return "hình thức không ghi rõ";
  }
  return "";
}
inline std::string_view label_en(DisciplineForm f) {
  switch (f) {
    case DisciplineForm::khien_trach: return "reprimand";
    case DisciplineForm::canh_cao: return "warning";
    case DisciplineForm::cach_chuc: return "removal from post";
    case DisciplineForm::khai_tru: return "expulsion";
    case DisciplineForm::other: return "form not stated";
  }
  return "";
}

/// One discipline of a member in effect on a day.
struct DisciplineInEffect {
  std::uint32_t event = kNone;  ///< the events.csv row
  DisciplineForm form = DisciplineForm::other;
  Date decided_on;
  Date until;  ///< the first day it no longer applies; no date for an expulsion, which does not lapse
};

/// The gravest discipline of member `member` in effect on day `on`: a `ky_luat` event dated on or before both `on`
/// and `as_of` (a decision after the as-of date does not exist yet), whose effect (`effect_months` from the decision;
/// for an expulsion, for good) still covers `on`. A form the detail does not name counts, as the mildest: a
/// decision was taken. nullopt when none is in effect.
inline std::optional<DisciplineInEffect> discipline_in_effect(const Dataset& data, std::uint32_t member, Date on,
                                                              Date as_of, int effect_months) {
  std::optional<DisciplineInEffect> best;
  if (!on.valid()) return best;
  const auto rank = [](DisciplineForm f) { return f == DisciplineForm::other ? -1 : static_cast<int>(f); };
  for (std::uint32_t e : data.events_by_member.of(member)) {
    const Event& ev = data.events[e];
    if (ev.kind != EventKind::ky_luat || !ev.date.valid() || ev.date > on || (as_of.valid() && ev.date > as_of))
      continue;
    const DisciplineForm form = discipline_form(ev.detail);
    const Date until = form == DisciplineForm::khai_tru ? Date{} : ev.date.plus_months(effect_months);
    if (until.valid() && until <= on) continue;
    if (!best || rank(form) > rank(best->form) || (rank(form) == rank(best->form) && ev.date > best->decided_on))
      best = DisciplineInEffect{e, form, ev.date, until};
  }
  return best;
}

KIEMTRA_NAMESPACE_END
