// Reading rule parameter values from YAML, checked against the rule's ParamSpec, and writing them back.
#include "config/param_values.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "config/config_text.hpp"

namespace kiemtra::core::config_detail {
namespace {

// The YAML 1.2 core schema's forms, [-+]?[0-9]+ and
// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, read by hand (std::regex is heavy for this).
std::size_t skip_digits(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i;
}
std::size_t skip_sign(std::string_view s, std::size_t i) {
  return i < s.size() && (s[i] == '-' || s[i] == '+') ? i + 1 : i;
}

bool integer_text(std::string_view s) {
  const std::size_t start = skip_sign(s, 0);
  const std::size_t end = skip_digits(s, start);
  return end > start && end == s.size();
}

bool number_text(std::string_view s) {
  std::size_t i = skip_sign(s, 0);
  const std::size_t int_start = i;
  i = skip_digits(s, i);
  const bool has_int = i > int_start;
  bool has_frac = false;
  if (i < s.size() && s[i] == '.') {
    const std::size_t frac_start = ++i;
    i = skip_digits(s, i);
    has_frac = i > frac_start;
  }
  if (!has_int && !has_frac) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    const std::size_t exp_start = skip_sign(s, i + 1);
    i = skip_digits(s, exp_start);
    if (i == exp_start) return false;
  }
  return i == s.size();
}

bool plain(const YAML::Node& n) { return n.IsScalar() && n.Tag() == "?"; }

std::optional<std::int64_t> as_integer(const YAML::Node& n) {
  if (!plain(n) || !integer_text(n.Scalar())) return std::nullopt;
  std::string_view s = n.Scalar();
  if (s.front() == '+') s.remove_prefix(1);
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;  // out of range
  return v;
}

std::optional<double> as_number(const YAML::Node& n) {
  if (!plain(n) || !number_text(n.Scalar())) return std::nullopt;
  std::string_view s = n.Scalar();
  if (s.front() == '+') s.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// What a value must be, as the end of "... must be <this>".
struct Expected {
  std::string vi;
  std::string en;
};

Expected expected(ParamType t) {
  switch (t) {
    case ParamType::boolean: return {"giá trị đúng/sai (true hoặc false)", "a boolean (true or false)"};
    case ParamType::integer: return {"số nguyên", "an integer"};
    case ParamType::number: return {"số", "a number"};
    case ParamType::string: return {"chuỗi ký tự", "a string"};
    case ParamType::date: return {"ngày (YYYY-MM-DD hoặc dd/mm/yyyy)", "a date (YYYY-MM-DD or dd/mm/yyyy)"};
    case ParamType::integer_list: return {"danh sách số nguyên", "a list of integers"};
    case ParamType::string_list: return {"danh sách chuỗi ký tự", "a list of strings"};
    case ParamType::number_map:
      return {"bảng tên → số (ví dụ {nam: 62, nu: 60})", "a map of names to numbers (e.g. {nam: 62, nu: 60})"};
  }
  return {"?", "?"};
}

// Reads one parameter; `what_vi`/`what_en` name it ("tham số 'x' của r", "element 2 of parameter 'x' of r").
class Reader {
 public:
  Reader(const std::string& rule_id, const ParamSpec& spec, const std::string& file, Problems& problems)
      : rule_(rule_id), spec_(spec), file_(file), problems_(problems) {}

  std::optional<ParamValue> read(const YAML::Node& v, const YAML::Node& key) {
    const std::string vi = fmt::format("tham số '{}' của {}", spec_.name, rule_);
    const std::string en = fmt::format("parameter '{}' of {}", spec_.name, rule_);
    switch (spec_.type) {
      case ParamType::boolean: return wrap(scalar_bool(v, key, vi, en));
      case ParamType::integer: return wrap(scalar_int(v, key, vi, en));
      case ParamType::number: return wrap(scalar_number(v, key, vi, en));
      case ParamType::string: return wrap(scalar_string(v, key, vi, en));
      case ParamType::date: return wrap(scalar_date(v, key, vi, en));
      case ParamType::integer_list: return list<std::int64_t>(v, key, vi, en, &Reader::scalar_int);
      case ParamType::string_list: return list<std::string>(v, key, vi, en, &Reader::scalar_string);
      case ParamType::number_map: return map(v, key, vi, en);
    }
    return std::nullopt;
  }

 private:
  template <class T>
  static std::optional<ParamValue> wrap(std::optional<T> v) {
    if (!v) return std::nullopt;
    return ParamValue(std::move(*v));
  }

  void fail(const YAML::Node& v, const YAML::Node& key, const std::string& vi, const std::string& en, const Expected& e,
            bool quotes_matter) {
    const Shown s = shown(v, quotes_matter);
    problems_.add(where(file_, v, key), fmt::format("{} phải là {}, không phải {}", vi, e.vi, s.vi),
                  fmt::format("{} must be {}, not {}", en, e.en, s.en));
  }

  std::optional<bool> scalar_bool(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                  const std::string& en) {
    if (auto b = read_bool(v)) return b;
    fail(v, key, vi, en, expected(ParamType::boolean), true);
    return std::nullopt;
  }
  std::optional<std::int64_t> scalar_int(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                         const std::string& en) {
    if (auto i = as_integer(v)) return i;
    fail(v, key, vi, en, expected(ParamType::integer), true);
    return std::nullopt;
  }
  std::optional<double> scalar_number(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                      const std::string& en) {
    if (auto d = as_number(v)) return d;
    fail(v, key, vi, en, expected(ParamType::number), true);
    return std::nullopt;
  }
  std::optional<std::string> scalar_string(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                           const std::string& en) {
    // An empty plain value is YAML null, not "": write "" for an empty string.
    if (v.IsScalar()) return v.Scalar();
    fail(v, key, vi, en, expected(ParamType::string), false);
    return std::nullopt;
  }
  std::optional<Date> scalar_date(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                  const std::string& en) {
    Date d;
    const DateText r = v.IsScalar() ? parse_date(v.Scalar(), d) : DateText::malformed;
    if (r == DateText::ok) return d;
    if (r == DateText::nonexistent) {
      problems_.add(where(file_, v, key),
                    fmt::format("{} phải là một ngày có thật; '{}' không tồn tại", vi, v.Scalar()),
                    fmt::format("{} must be a date that exists; '{}' does not", en, v.Scalar()));
    } else {
      fail(v, key, vi, en, expected(ParamType::date), false);
    }
    return std::nullopt;
  }

  template <class T, class F>
  std::optional<ParamValue> list(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                 const std::string& en, F element) {
    if (!v.IsSequence()) {
      fail(v, key, vi, en, expected(spec_.type), false);
      return std::nullopt;
    }
    std::vector<T> out;
    bool ok = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
      const std::string evi = fmt::format("phần tử thứ {} của {}", i + 1, vi);
      const std::string een = fmt::format("element {} of {}", i + 1, en);
      if (auto e = (this->*element)(v[i], v, evi, een))
        out.push_back(std::move(*e));
      else
        ok = false;
    }
    if (!ok) return std::nullopt;
    return ParamValue(std::move(out));
  }

  std::optional<ParamValue> map(const YAML::Node& v, const YAML::Node& key, const std::string& vi,
                                const std::string& en) {
    if (!v.IsMap()) {
      fail(v, key, vi, en, expected(ParamType::number_map), false);
      return std::nullopt;
    }
    NumberMap out;
    bool ok = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string name = it->first.IsScalar() ? it->first.Scalar() : "?";
      const std::string evi = fmt::format("giá trị '{}' của {}", name, vi);
      const std::string een = fmt::format("value '{}' of {}", name, en);
      const auto number = scalar_number(it->second, it->first, evi, een);
      if (!number) {
        ok = false;
        continue;
      }
      auto same = std::find_if(out.begin(), out.end(), [&](const auto& kv) { return kv.first == name; });
      if (same != out.end())
        same->second = *number;  // written twice: the later one wins, as everywhere in a profile
      else
        out.emplace_back(name, *number);
    }
    if (!ok) return std::nullopt;
    return ParamValue(std::move(out));
  }

  const std::string& rule_;
  const ParamSpec& spec_;
  const std::string& file_;
  Problems& problems_;
};

bool simple_key(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  // Words YAML would read as booleans or null stay quoted.
  static const char* kReserved[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "null"};
  const std::string lower = ascii_lower(s);
  for (const char* r : kReserved)
    if (lower == r) return false;
  return true;
}

}  // namespace

std::optional<bool> read_bool(const YAML::Node& value) {
  if (!plain(value)) return std::nullopt;
  const std::string s = ascii_lower(value.Scalar());
  if (s == "true" || s == "on" || s == "yes") return true;
  if (s == "false" || s == "off" || s == "no") return false;
  return std::nullopt;
}

std::optional<ParamValue> read_param(const YAML::Node& value, const YAML::Node& key, const ParamSpec& spec,
                                     const std::string& rule_id, const std::string& file, Problems& problems) {
  return Reader(rule_id, spec, file, problems).read(value, key);
}

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        else
          out += c;
    }
  }
  return out + "\"";
}

std::string yaml_number(double value) {
  std::string s = fmt::format("{}", value);
  // "1" would read back as an integer: keep a number parameter visibly a number.
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

std::string yaml_value(const ParamValue& value) {
  struct Visitor {
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return yaml_number(d); }
    std::string operator()(const std::string& s) const { return yaml_quote(s); }
    std::string operator()(Date d) const { return d.valid() ? d.iso() : "null"; }
    std::string operator()(const std::vector<std::int64_t>& v) const {
      std::vector<std::string> parts;
      for (auto i : v) parts.push_back(std::to_string(i));
      return "[" + join(parts) + "]";
    }
    std::string operator()(const std::vector<std::string>& v) const {
      std::vector<std::string> parts;
      for (const auto& s : v) parts.push_back(yaml_quote(s));
      return "[" + join(parts) + "]";
    }
    std::string operator()(const NumberMap& m) const {
      std::vector<std::string> parts;
      for (const auto& [k, v] : m) parts.push_back((simple_key(k) ? k : yaml_quote(k)) + ": " + yaml_number(v));
      return "{" + join(parts) + "}";
    }
  };
  return std::visit(Visitor{}, value);
}

}  // namespace kiemtra::core::config_detail
