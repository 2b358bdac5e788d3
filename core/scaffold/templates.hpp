// The files a scaffold writes: a rule stub for `new-rule`, a whole plugin project for `new-plugin`.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "kiemtra/rule.hpp"

namespace kiemtra::core::scaffold {

/// Files by path relative to where they go, with their text.
using Files = std::vector<std::pair<std::filesystem::path, std::string>>;

/// Replaces every @KEY@ of `text` by its value.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

/// A C++ string literal holding `s` (quotes, backslashes and newlines escaped; UTF-8 kept).
std::string cpp_string(const std::string& s);

/// `s` as adjacent C++ string literals, each on its own line after `indent` spaces and within 120 columns, as
/// clang-format leaves them: the first line starts with a line break, so it follows "x =" in a template.
std::string cpp_string_lines(const std::string& s, std::size_t indent);

// ---- kiemtra new-rule FAMILY/NAME ----

/// The metadata the rule stub declares (its doc stub is generated from it).
RuleMeta stub_meta(const std::string& family, const std::string& name, Severity severity);
/// <name>_rule.hpp and <name>_rule.cpp of a rule that compiles, registers and finds nothing until filled in.
Files rule_stub(const std::string& family, const std::string& name, Severity severity);
/// fires-example/ and passes-example/ fixtures (dataset.yaml, expected.yaml), to be made real by the author.
Files fixture_stubs(const std::string& family, const std::string& name, Severity severity);

// ---- kiemtra new-plugin NAME DIR ----

/// The metadata of the project's example rule, which reads a column the dataset contract does not name.
RuleMeta example_meta(const std::string& plugin);
/// A buildable project: CMakeLists.txt, README.md, src/ (registration and example rule), tests/ (its fixtures).
/// Its docs/ is generated separately from example_meta() and the fixtures.
Files plugin_project(const std::string& plugin);

}  // namespace kiemtra::core::scaffold
