// The canonical YAML of an effective configuration (`--print-config`) and its hash.
#include <fmt/format.h>

#include <cstdint>

#include "config/config.hpp"
#include "config/param_values.hpp"

namespace kiemtra::core {
using config_detail::yaml_quote;
using config_detail::yaml_value;

namespace {

std::string date_list(const std::vector<Date>& dates) {
  if (dates.empty()) return " []\n";
  std::string out = "\n";
  for (Date d : dates) out += "    - " + d.iso() + "\n";
  return out;
}

}  // namespace

std::string Config::to_yaml() const {
  // Written by hand, not by yaml-cpp's emitter, so the text (and the hash) depends on nothing
  // but the configuration: fixed key order, fixed quoting, numbers that read back the same.
  std::string out = "# kiemtra effective configuration\n";
  out += "sources:";
  if (sources.empty()) out += " []";
  out += "\n";
  for (const std::string& s : sources) out += "  - " + yaml_quote(s) + "\n";
  out += "rules:";
  if (rules.empty()) out += " {}";
  out += "\n";
  for (const auto& [id, r] : rules) {
    out += "  " + id + ":\n";
    out += fmt::format("    enabled: {}\n", r.enabled ? "true" : "false");
    out += fmt::format("    severity: {}\n", code(r.severity));
    out += fmt::format("    severity_overridden: {}\n", r.severity_overridden ? "true" : "false");
    out += "    editions:\n";
    for (const Edition& e : r.params.editions) {
      out += "      - from: " + (e.from.valid() ? e.from.iso() : std::string("null")) + "\n";
      out += "        citation: {document: " + yaml_quote(e.citation.document) +
             ", article: " + yaml_quote(e.citation.article) + "}\n";
      out += "        params:";
      if (e.values.empty()) out += " {}";
      out += "\n";
      for (const auto& [name, value] : e.values) out += "          " + name + ": " + yaml_value(value) + "\n";
    }
  }
  out += "calendar:\n";
  out += "  holidays:" + date_list(calendar.holidays);
  out += "  working_days:" + date_list(calendar.extra_working_days);
  // Only when there are some: the text (and hash) of a configuration without waivers stays as it was.
  if (!waivers.empty()) out += "waivers:\n";
  for (const Waiver& w : waivers) {
    out += "  - {rule: " + yaml_quote(w.rule) + ", org: " + yaml_quote(w.org);
    if (!w.subject.empty()) out += ", subject: " + yaml_quote(w.subject);
    out += ", reason: " + yaml_quote(w.reason) + ", owner: " + yaml_quote(w.owner) + ", expires: " + w.expires.iso() +
           "}  # " + w.where() + "\n";
  }
  return out;
}

std::string Config::hash() const {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a 64-bit offset basis
  for (unsigned char c : to_yaml()) {
    h ^= c;
    h *= 1099511628211ull;  // FNV prime
  }
  return fmt::format("{:016x}", h);
}

}  // namespace kiemtra::core
