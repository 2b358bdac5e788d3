// Rule parameters: declared specs, typed values, and editions of them by effective date.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "kiemtra/date.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// The type of a parameter, as declared by its rule and checked against configuration.
enum class ParamType : std::uint8_t { boolean, integer, number, string, date, integer_list, string_list, number_map };

/// "integer", "number" ... as written in docs and error messages.
inline std::string_view type_name(ParamType t) {
  switch (t) {
    case ParamType::boolean: return "boolean";
    case ParamType::integer: return "integer";
    case ParamType::number: return "number";
    case ParamType::string: return "string";
    case ParamType::date: return "date";
    case ParamType::integer_list: return "list of integers";
    case ParamType::string_list: return "list of strings";
    case ParamType::number_map: return "map of numbers";
  }
  return "?";
}

/// A key -> number map, e.g. retirement_age {nam: 62, nu: 60}; order as written.
using NumberMap = std::vector<std::pair<std::string, double>>;

/// A parameter value; the alternative matches the ParamType in the same order.
using ParamValue = std::variant<bool, std::int64_t, double, std::string, Date, std::vector<std::int64_t>,
                                std::vector<std::string>, NumberMap>;

/// A declared parameter of a rule.
struct ParamSpec {
  std::string name;
  ParamType type = ParamType::integer;
  ParamValue default_value;
  std::string description_vi;
  std::string description_en;
};

/// Where a rule's requirement comes from: "Điều lệ Đảng 2011", "Điều 24.1".
struct Citation {
  std::string document;
  std::string article;
  /// "Điều lệ Đảng 2011, Điều 24.1"
  std::string text() const { return article.empty() ? document : document + ", " + article; }
};

/// A set of parameter values in force from a date, with the regulation that set them.
struct Edition {
  Date from;  ///< no date: in force since always
  Citation citation;
  /// Values of this edition; in a rule's declared editions only those differing from
  /// the defaults; in a RunContext every declared parameter.
  std::vector<std::pair<std::string, ParamValue>> values;

  const ParamValue* find(std::string_view name) const {
    for (const auto& [k, v] : values)
      if (k == name) return &v;
    return nullptr;
  }
  bool boolean(std::string_view name) const { return get<bool>(name); }
  std::int64_t integer(std::string_view name) const { return get<std::int64_t>(name); }
  /// A number parameter (an integer value is widened).
  double number(std::string_view name) const {
    const ParamValue& v = at(name);
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    return std::get<double>(v);
  }
  const std::string& string(std::string_view name) const { return get<std::string>(name); }
  Date date(std::string_view name) const { return get<Date>(name); }
  const std::vector<std::int64_t>& integers(std::string_view name) const { return get<std::vector<std::int64_t>>(name); }
  const std::vector<std::string>& strings(std::string_view name) const { return get<std::vector<std::string>>(name); }
  const NumberMap& numbers(std::string_view name) const { return get<NumberMap>(name); }

 private:
  const ParamValue& at(std::string_view name) const {
    if (const ParamValue* v = find(name)) return *v;
    throw std::logic_error("parameter '" + std::string(name) + "' is not declared by this rule");
  }
  template <class T>
  const T& get(std::string_view name) const {
    const ParamValue& v = at(name);
    if (const T* p = std::get_if<T>(&v)) return *p;
    throw std::logic_error("parameter '" + std::string(name) + "' is read with the wrong type");
  }
};

/// The effective editions of one rule, oldest first; never empty in a RunContext.
struct Params {
  std::vector<Edition> editions;

  /// The edition in force on date d (the oldest one when d precedes them all).
  const Edition& at(Date d) const { return editions[index_at(d)]; }
  /// The index of the edition `at(d)` returns.
  std::uint8_t index_at(Date d) const {
    std::size_t best = 0;
    for (std::size_t i = 0; i < editions.size() && i < 256; ++i)
      if (!editions[i].from.valid() || (d.valid() && editions[i].from <= d)) best = i;
    return static_cast<std::uint8_t>(best);
  }
};

/// Helpers to declare parameters in a rule's metadata.
inline ParamSpec param_int(std::string name, std::int64_t def, std::string vi, std::string en) {
  return {std::move(name), ParamType::integer, def, std::move(vi), std::move(en)};
}
inline ParamSpec param_number(std::string name, double def, std::string vi, std::string en) {
  return {std::move(name), ParamType::number, def, std::move(vi), std::move(en)};
}
inline ParamSpec param_bool(std::string name, bool def, std::string vi, std::string en) {
  return {std::move(name), ParamType::boolean, def, std::move(vi), std::move(en)};
}
inline ParamSpec param_string(std::string name, std::string def, std::string vi, std::string en) {
  return {std::move(name), ParamType::string, std::move(def), std::move(vi), std::move(en)};
}
inline ParamSpec param_date(std::string name, Date def, std::string vi, std::string en) {
  return {std::move(name), ParamType::date, def, std::move(vi), std::move(en)};
}
inline ParamSpec param_ints(std::string name, std::vector<std::int64_t> def, std::string vi, std::string en) {
  return {std::move(name), ParamType::integer_list, std::move(def), std::move(vi), std::move(en)};
}
inline ParamSpec param_strings(std::string name, std::vector<std::string> def, std::string vi, std::string en) {
  return {std::move(name), ParamType::string_list, std::move(def), std::move(vi), std::move(en)};
}
inline ParamSpec param_map(std::string name, NumberMap def, std::string vi, std::string en) {
  return {std::move(name), ParamType::number_map, std::move(def), std::move(vi), std::move(en)};
}

KIEMTRA_NAMESPACE_END
