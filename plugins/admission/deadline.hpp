// The working-day deadline shared by admission/decision-deadline and admission/ceremony-deadline.
#pragma once

#include <fmt/format.h>

#include <kiemtra/sdk.hpp>
#include <optional>
#include <string>

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

/// The finding for an act due within `working_days` working days of `start`, when it is late or missing at the
/// as-of date; nullopt when it is on time, or when the deadline has not passed yet. "Within N working days of D"
/// means on or before the N-th working day after D. An act dated after the as-of date has not happened yet; an
/// act written but unreadable is integrity/bad-value's, not judged here.
inline std::optional<Finding> deadline_finding(const RunContext& ctx, const Candidate& c, Date start, Date act,
                                               const DeadlineText& t, const UnreadableRows& unreadable) {
  start = existing(start, ctx.as_of);
  if (!start.valid()) return std::nullopt;
  const Date ref = reference_date(c, ctx.as_of);
  const auto working_days = static_cast<int>(ctx.params.at(ref).integer("working_days"));
  const Date deadline = ctx.calendar.add_working_days(start, working_days);
  Finding f = candidate_finding(ctx, c, ref);
  f.evidence = {{"start", start.iso()}, {"deadline", deadline.iso()}, {"working_days", std::to_string(working_days)}};
  if (existing(act, ctx.as_of).valid()) {
    if (act <= deadline) return std::nullopt;
    f.discriminator = "late";
    f.message_vi =
        fmt::format("{}: {} ngày {}, quá hạn {} ngày làm việc kể từ {} ngày {} (hạn cuối {}, trễ {} ngày)", file_vi(c),
                    t.act_vi, act.vn(), working_days, t.start_vi, start.vn(), deadline.vn(), act.days - deadline.days);
    f.message_en = fmt::format("{}: {} on {}, past {} working days after {} on {} (deadline {}, {} late)", file_en(c),
                               t.act_en, act.iso(), working_days, t.start_en, start.iso(), deadline.iso(),
                               count_en(act.days - deadline.days, "day"));
    f.evidence.push_back({t.column, act.iso()});
    return f;
  }
  if (!act.valid() && unreadable.contains(c)) return std::nullopt;
  if (ctx.as_of <= deadline) return std::nullopt;
  f.discriminator = "missing";
  f.message_vi = fmt::format("{}: chưa có {} tại {}, đã quá hạn {} ngày làm việc kể từ {} ngày {} (hạn cuối {})",
                             file_vi(c), t.act_vi, ctx.as_of.vn(), working_days, t.start_vi, start.vn(), deadline.vn());
  f.message_en = fmt::format("{}: no {} by {}, past the deadline of {} working days after {} on {} ({})", file_en(c),
                             t.act_en, ctx.as_of.iso(), working_days, t.start_en, start.iso(), deadline.iso());
  f.evidence.push_back({t.column, ""});
  return f;
}

}  // namespace kiemtra::plugins::admission
