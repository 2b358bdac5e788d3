// Applying the `calendar:` section: holidays and make-up working days, merged over the base profiles' (which
// start from the built-in calendar), or replacing them with `replace: true`.
#include <fmt/format.h>

#include "config/config_text.hpp"
#include "config/param_values.hpp"
#include "config/profile_apply.hpp"

namespace kiemtra::core::config_detail {
namespace {

const std::vector<std::string> kCalendarKeys = {"holidays", "working_days", "replace"};

void add_dates(const YAML::Node& list, const YAML::Node& key, const std::string& name, std::set<Date>& into,
               FileContext& ctx) {
  if (list.IsNull()) return;
  if (!list.IsSequence()) {
    const Shown w = shown(list);
    ctx.problems.add(where(ctx.file, list, key),
                     fmt::format("'calendar.{}' phải là một danh sách ngày, không phải {}", name, w.vi),
                     fmt::format("'calendar.{}' must be a list of dates, not {}", name, w.en));
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node item = list[i];
    Date d;
    const DateText r = item.IsScalar() ? parse_date(item.Scalar(), d) : DateText::malformed;
    if (r == DateText::ok) {
      into.insert(d);
      continue;
    }
    const Shown w = shown(item);
    if (r == DateText::nonexistent) {
      ctx.problems.add(
          where(ctx.file, item, list),
          fmt::format("phần tử thứ {} của 'calendar.{}' phải là một ngày có thật; {} không tồn tại", i + 1, name, w.vi),
          fmt::format("element {} of 'calendar.{}' must be a date that exists; {} does not", i + 1, name, w.en));
    } else {
      ctx.problems.add(where(ctx.file, item, list),
                       fmt::format("phần tử thứ {} của 'calendar.{}' phải là một ngày (YYYY-MM-DD hoặc dd/mm/yyyy), "
                                   "không phải {}",
                                   i + 1, name, w.vi),
                       fmt::format("element {} of 'calendar.{}' must be a date (YYYY-MM-DD or dd/mm/yyyy), not {}",
                                   i + 1, name, w.en));
    }
  }
}

}  // namespace

void apply_calendar(const YAML::Node& calendar, const YAML::Node& key, FileContext& ctx) {
  if (calendar.IsNull()) return;
  if (!calendar.IsMap()) {
    ctx.problems.add(where(ctx.file, calendar, key), "'calendar' phải là một bảng với holidays và working_days",
                     "'calendar' must be a map with holidays and working_days");
    return;
  }
  check_keys(calendar, kCalendarKeys, "'calendar'", "'calendar'", ctx);
  // `replace: true` drops the days known so far (built-in and base profiles'), wherever it is written in the
  // map, so this profile's lists are the whole calendar.
  for (auto it = calendar.begin(); it != calendar.end(); ++it) {
    if (!it->first.IsScalar() || it->first.Scalar() != "replace") continue;
    const std::optional<bool> replace = read_bool(it->second);
    if (!replace) {
      const Shown w = shown(it->second);
      ctx.problems.add(where(ctx.file, it->second, it->first),
                       fmt::format("'calendar.replace' phải là true hoặc false, không phải {}", w.vi),
                       fmt::format("'calendar.replace' must be true or false, not {}", w.en));
    } else if (*replace) {
      ctx.state.holidays.clear();
      ctx.state.working_days.clear();
    }
  }
  for (auto it = calendar.begin(); it != calendar.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : "";
    if (k == "holidays") add_dates(it->second, it->first, k, ctx.state.holidays, ctx);
    if (k == "working_days") add_dates(it->second, it->first, k, ctx.state.working_days, ctx);
  }
}

}  // namespace kiemtra::core::config_detail
