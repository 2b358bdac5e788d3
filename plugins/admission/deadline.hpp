// The working-day deadline shared by admission/decision-deadline and admission/ceremony-deadline.
#pragma once

#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <optional>
#include <string>
#include <vector>

#include "admission_common.hpp"

namespace kiemtra::plugins::admission {

/// The words of one deadline: the step that starts it and the act that must follow.
struct DeadlineText {
  const char* column;  ///< the act's column, e.g. "decision_on"
  const char* start_vi;
  const char* start_en;
  const char* act_vi;
  const char* act_en;
};

/// The messages of a deadline rule: "late" (the act came after the deadline) and "missing" (no act, and the
/// deadline has passed at the as-of date). Their evidence: start, deadline, working_days and the act's column.
inline std::vector<MessageSpec> deadline_messages(const DeadlineText& t) {
  const std::string column = t.column;
  const std::string act_vi = t.act_vi, act_en = t.act_en, start_vi = t.start_vi, start_en = t.start_en;
  return {{"late",
           {"_candidate", "start", "deadline", "working_days", column, "_days_late"},
           "{_candidate}: " + act_vi + " ngày {" + column + "}, quá hạn {working_days} ngày làm việc kể từ " +
               start_vi + " ngày {start} (hạn cuối {deadline}, trễ {_days_late} ngày)",
           "{_candidate}: " + act_en + " on {" + column + "}, past {working_days} working days after " + start_en +
               " on {start} (deadline {deadline}, {_days_late} {_days_late:day|days} late)"},
          {"missing",
           {"_candidate", "start", "deadline", "working_days", column, "_as_of"},
           "{_candidate}: chưa có " + act_vi + " tại {_as_of}, đã quá hạn {working_days} ngày làm việc kể từ " +
               start_vi + " ngày {start} (hạn cuối {deadline})",
           "{_candidate}: no " + act_en + " by {_as_of}, past the deadline of {working_days} working days after " +
               start_en + " on {start} ({deadline})"}};
}

/// The finding about candidate row `row` for an act due within `working_days` working days of `start`, when it
/// is late or missing at the as-of date; nullopt when it is on time, or when the deadline has not passed yet.
/// "Within N working days of D" means on or before the N-th working day after D. An act dated after the as-of
/// date has not happened yet; an act written but unreadable is integrity/bad-value's, not judged here.
inline std::optional<Finding> deadline_finding(const RunContext& ctx, std::uint32_t row, Date start, Date act,
                                               const UnreadableRows& unreadable) {
  const Candidate& c = ctx.data.candidates[row];
  start = happened_by(start, ctx.as_of);
  if (!start.valid()) return std::nullopt;
  const Date ref = reference_date(c, ctx.as_of);
  const auto working_days = static_cast<int>(ctx.params.at(ref).integer("working_days"));
  const Date deadline = ctx.calendar.add_working_days(start, working_days);
  if (happened_by(act, ctx.as_of).valid()) {
    if (act <= deadline) return std::nullopt;
    return about_candidate(ctx, row, ref)
        .with_discriminator("late")
        .say("late", {candidate(row), start, deadline, working_days, act, act.days - deadline.days});
  }
  if (!act.valid() && unreadable.contains(c)) return std::nullopt;
  if (ctx.as_of <= deadline) return std::nullopt;
  return about_candidate(ctx, row, ref)
      .with_discriminator("missing")
      .say("missing", {candidate(row), start, deadline, working_days, Date{}, ctx.as_of});
}

}  // namespace kiemtra::plugins::admission
