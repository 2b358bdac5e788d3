// Dates are ISO text ('2019-09-30') in and out, as the tables hold them; NULL in gives NULL out.
#include "functions.hpp"

#include <fmt/format.h>

#include "helper_views.hpp"
#include "table_def.hpp"

namespace kiemtra::plugins::sql {

namespace {

const RunContext& run_of(sqlite3_context* c) { return *static_cast<const RunContext*>(sqlite3_user_data(c)); }

/// Argument `i` as a date, or no date (NULL, or text that is not a date).
Date date_arg(sqlite3_value** argv, int i) {
  if (sqlite3_value_type(argv[i]) != SQLITE_TEXT) return {};
  const auto* t = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
  return Date::parse(std::string_view(t, static_cast<std::size_t>(sqlite3_value_bytes(argv[i]))));
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"' || ch == '\\') out += '\\';
    if (static_cast<unsigned char>(ch) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(ch));
      continue;
    }
    out += ch;
  }
  return out + "\"";
}

void result_param(sqlite3_context* c, const ParamValue& v) {
  std::visit(
      [c](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, bool>) {
          sqlite3_result_int(c, value ? 1 : 0);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          sqlite3_result_int64(c, value);
        } else if constexpr (std::is_same_v<T, double>) {
          sqlite3_result_double(c, value);
        } else if constexpr (std::is_same_v<T, std::string>) {
          sqlite3_result_text(c, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        } else if constexpr (std::is_same_v<T, Date>) {
          put(c, value);
        } else if constexpr (std::is_same_v<T, std::vector<std::int64_t>>) {
          put(c, fmt::format("[{}]", fmt::join(value, ",")));
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          std::string out = "[";
          for (std::size_t i = 0; i < value.size(); ++i) out += (i ? "," : "") + json_string(value[i]);
          put(c, out + "]");
        } else {
          std::string out = "{";
          for (std::size_t i = 0; i < value.size(); ++i)
            out += (i ? "," : "") + json_string(value[i].first) + ":" + fmt::format("{}", value[i].second);
          put(c, out + "}");
        }
      },
      v);
}

void f_as_of(sqlite3_context* c, int, sqlite3_value**) { put(c, run_of(c).as_of); }
void f_period_start(sqlite3_context* c, int, sqlite3_value**) { put(c, period_start(run_of(c))); }

void f_param(sqlite3_context* c, int, sqlite3_value** argv) {
  const RunContext& x = run_of(c);
  const auto* name = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const std::string_view n = name ? name : "";
  if (const ParamValue* v = x.current().find(n)) return result_param(c, *v);
  std::string known;
  for (const auto& [k, value] : x.current().values) known += (known.empty() ? "" : ", ") + k;
  const std::string msg = fmt::format("param('{}'): the rule declares no such parameter (it declares: {})", n,
                                      known.empty() ? "none" : known);
  sqlite3_result_error(c, msg.c_str(), -1);
}

/// Working days d with a < d <= b: "within N working days" is working_days(a, b) <= N.
void f_working_days(sqlite3_context* c, int, sqlite3_value** argv) {
  const Date a = date_arg(argv, 0), b = date_arg(argv, 1);
  if (!a.valid() || !b.valid()) return sqlite3_result_null(c);
  const Calendar& cal = run_of(c).calendar;
  std::int64_t n = 0;
  const bool forward = a <= b;
  const Date lo = forward ? a : b, hi = forward ? b : a;
  for (Date d = lo.plus_days(1); d <= hi; d = d.plus_days(1))
    if (cal.is_working_day(d)) ++n;
  sqlite3_result_int64(c, forward ? n : -n);
}

void f_full_years(sqlite3_context* c, int, sqlite3_value** argv) {
  const Date a = date_arg(argv, 0), b = date_arg(argv, 1);
  if (!a.valid() || !b.valid()) return sqlite3_result_null(c);
  sqlite3_result_int(c, full_years(a, b));
}

void f_full_months(sqlite3_context* c, int, sqlite3_value** argv) {
  const Date a = date_arg(argv, 0), b = date_arg(argv, 1);
  if (!a.valid() || !b.valid()) return sqlite3_result_null(c);
  sqlite3_result_int(c, full_months(a, b));
}

struct Fn {
  const char* name;
  int args;
  void (*fn)(sqlite3_context*, int, sqlite3_value**);
};
const Fn kFunctions[] = {{"as_of", 0, f_as_of},
                         {"period_start", 0, f_period_start},
                         {"param", 1, f_param},
                         {"working_days", 2, f_working_days},
                         {"full_years", 2, f_full_years},
                         {"full_months", 2, f_full_months}};

}  // namespace

void register_functions(sqlite3* db, const RunContext& x) {
  for (const Fn& f : kFunctions)
    sqlite3_create_function_v2(db, f.name, f.args, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               const_cast<RunContext*>(&x), f.fn, nullptr, nullptr, nullptr);
}

const std::vector<std::string>& function_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const Fn& f : kFunctions) out.emplace_back(f.name);
    return out;
  }();
  return names;
}

}  // namespace kiemtra::plugins::sql
