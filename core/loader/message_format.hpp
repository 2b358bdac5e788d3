// A rule's message formats, parsed once: literal text and placeholders, per language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/rule.hpp"

namespace kiemtra::core {

/// A piece of a format: literal text, or an argument (with the two forms of `{n:one|other}`).
struct FormatPiece {
  std::string text;  ///< literal text; for a choice, the form for 1
  int arg = -1;      ///< argument index, or -1 for literal text
  bool choice = false;
  std::string other;  ///< a choice's form for any other number
  bool plain = false;  ///< text and other hold no '"', '\\' or control character: a JSON string as they are
};

/// Whether `s` can stand inside a JSON string as it is: valid UTF-8 without '"', '\\' or a control character.
bool json_plain(std::string_view s);

struct CompiledMessage {
  std::string key;
  std::vector<std::string> names;
  std::vector<bool> evidence;  ///< per argument: shown as evidence (its name does not start with '_')
  std::vector<bool> optional;  ///< per argument: left out of the evidence when empty (declared "name?")
  std::vector<std::string> json_keys;  ///< per argument: `"name":` as a JSON object writes it
  std::vector<FormatPiece> vi, en;
};

struct CompiledRule {
  std::vector<CompiledMessage> messages;
  /// The index of message `key`, or -1.
  int find(std::string_view key) const {
    for (std::size_t i = 0; i < messages.size(); ++i)
      if (messages[i].key == key) return static_cast<int>(i);
    return -1;
  }
};

/// Parses every message of `meta`; throws std::invalid_argument naming the rule, message and problem.
CompiledRule compile_messages(const RuleMeta& meta);

/// The first problem of `meta`'s messages, or "": what the loader checks before it accepts a rule.
std::string check_messages(const RuleMeta& meta);

}  // namespace kiemtra::core
