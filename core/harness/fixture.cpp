// Runs rule fixtures and compares their findings with the expected ones.
#include "harness/fixture.hpp"

#include "run/validate.hpp"

#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

#include "dataset/reader.hpp"
#include "engine/engine.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::vector<std::string> rules;
  YAML::Node params;
  std::string as_of;
  std::vector<FindingKey> findings;
};

Expectation read_expectation(const fs::path& dir) {
  const fs::path file = dir / "expected.yaml";
  const YAML::Node doc = YAML::LoadFile(file.string());
  Expectation e;
  if (doc["rules"]) {
    for (const auto& r : doc["rules"]) e.rules.push_back(r.as<std::string>());
  } else {
    // tests/rules/<family>/<rule-name>/<case>/ names its rule by its path.
    const fs::path rule_dir = dir.parent_path();
    e.rules.push_back(rule_dir.parent_path().filename().string() + "/" + rule_dir.filename().string());
  }
  if (doc["params"]) e.params = doc["params"];
  if (doc["as_of"]) e.as_of = doc["as_of"].as<std::string>();
  if (doc["findings"]) {
    for (const auto& f : doc["findings"]) {
      FindingKey k;
      k.rule = f["rule"] ? f["rule"].as<std::string>() : (e.rules.size() == 1 ? e.rules[0] : "");
      k.severity = f["severity"] ? f["severity"].as<std::string>() : "";
      k.org = f["org"] ? f["org"].as<std::string>() : "";
      k.subject = f["subject"] ? f["subject"].as<std::string>() : "";
      e.findings.push_back(std::move(k));
    }
  }
  return e;
}

/// The fixture's parameter overrides, validated by the configuration loader like any profile.
Config fixture_config(const Expectation& e, const std::vector<RuleMeta>& known,
                      const std::vector<fs::path>& profile_dirs, const fs::path& dir) {
  if (!e.params || e.params.size() == 0) return default_config(known);
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
  for (const auto& kv : e.params) {
    out << YAML::Key << kv.first.as<std::string>() << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "params" << YAML::Value << kv.second << YAML::EndMap;
  }
  out << YAML::EndMap << YAML::EndMap;
  const fs::path tmp = fs::temp_directory_path() /
                       ("kiemtra-fixture-" + std::to_string(::getpid()) + "-" + dir.filename().string() + ".yaml");
  {
    std::ofstream f(tmp);
    f << out.c_str() << "\n";
  }
  try {
    Config c = load_config_file(tmp, profile_dirs, known);
    fs::remove(tmp);
    return c;
  } catch (...) {
    fs::remove(tmp);
    throw;
  }
}

/// A YAML scalar as written in expected.yaml: plain when it can be, else double-quoted.
std::string yaml_scalar(const std::string& s) {
  const bool plain = !s.empty() && s.find_first_of(":#{}[],&*!|>'\"%@`") == std::string::npos && s.front() != ' ' &&
                     s.front() != '-' && s.front() != '?' && s.back() != ' ' && s != "~" && s != "null" &&
                     s != "Null" && s != "NULL";
  if (plain) return s;
  std::string out = "\"";
  for (char c : s) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return out + "\"";
}

std::string key_text(const FindingKey& k) {
  return "{rule: " + yaml_scalar(k.rule) + ", severity: " + yaml_scalar(k.severity) + ", org: " + yaml_scalar(k.org) +
         ", subject: " + yaml_scalar(k.subject) + "}";
}

Date parse_iso(const std::string& s) { return Date::parse(s); }

}  // namespace

std::vector<fs::path> find_fixtures(const fs::path& root) {
  std::vector<fs::path> out;
  if (fs::exists(root / "expected.yaml")) out.push_back(root);
  if (fs::is_directory(root))
    for (const auto& entry : fs::recursive_directory_iterator(root))
      if (entry.is_regular_file() && entry.path().filename() == "expected.yaml")
        out.push_back(entry.path().parent_path());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

FixtureResult run_fixture(const fs::path& dir, const std::vector<LoadedRule>& rules,
                          const std::vector<fs::path>& profile_dirs) {
  FixtureResult result;
  result.dir = dir;
  try {
    const Expectation e = read_expectation(dir);
    result.rules = e.rules;
    std::vector<RuleMeta> known;
    for (const auto& r : rules) known.push_back(r.meta);
    for (const auto& id : e.rules)
      if (std::none_of(rules.begin(), rules.end(), [&](const LoadedRule& r) { return glob_match(id, r.meta.id); }))
        throw std::runtime_error("no loaded rule matches '" + id + "'");
    const Config config = fixture_config(e, known, profile_dirs, dir);
    const fs::path data_path = fs::exists(dir / "dataset.yaml") ? dir / "dataset.yaml" : dir;
    const auto data = read_dataset(data_path);
    ValidateRequest request;
    RunOptions& options = request.run;
    options.as_of = !e.as_of.empty() ? parse_iso(e.as_of) : data->as_of;
    if (!options.as_of.valid()) throw std::runtime_error("the fixture has no as_of (in dataset.yaml or expected.yaml)");
    options.rule_globs = e.rules;
    PluginSet plugins;
    plugins.rules = rules;
    // The same run as `kiemtra validate`: the fixture's waivers and the run's own findings apply as there.
    const Validation validation = validate(*data, plugins, config, request);
    const RunResult& run = validation.result;
    for (const auto& f : run.failures) throw std::runtime_error("rule " + f.rule_id + " failed: " + f.message);

    std::vector<FindingKey> actual;
    for (const FindingRef f : run.findings) {
      const std::string org = f.org() == kNone ? "" : std::string(data->organizations[f.org()].id);
      actual.push_back({f.rule_id(), std::string(code(f.severity())), org, f.subject_id()});
      const std::string message_en = f.message_en();
      // In expected.yaml's own form, so a reviewed finding can be pasted into the fixture.
      result.actual_text.push_back("- " + key_text(actual.back()) + "  # " + message_en);
      std::string line = key_text(actual.back()) + " | " + f.message_vi() + " | " + message_en + " |";
      std::vector<std::string> evidence;
      for (const auto& e : f.evidence()) evidence.push_back(e.key + "=" + e.value);
      std::sort(evidence.begin(), evidence.end());
      for (const auto& e : evidence) line += " " + e;
      result.messages.push_back(std::move(line));
    }
    std::sort(result.messages.begin(), result.messages.end());
    std::vector<FindingKey> expected = e.findings;
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                        std::back_inserter(result.missing));
    std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                        std::back_inserter(result.unexpected));
  } catch (const UserError& err) {
    result.error = err.text().en;
  } catch (const std::exception& err) {
    result.error = err.what();
  }
  return result;
}

std::string describe(const FixtureResult& r) {
  std::string out = (r.passed() ? "PASS " : "FAIL ") + r.dir.string() + "\n";
  if (!r.error.empty()) out += "  error: " + r.error + "\n";
  for (const auto& k : r.missing) out += "  - expected, not found: " + key_text(k) + "\n";
  for (const auto& k : r.unexpected) out += "  + found, not expected: " + key_text(k) + "\n";
  if (!r.passed() && r.error.empty()) {
    out += r.actual_text.empty() ? "  actual findings: none\n" : "  actual findings (expected.yaml form):\n";
    for (const auto& line : r.actual_text) out += "    " + line + "\n";
  }
  return out;
}

}  // namespace kiemtra::core
