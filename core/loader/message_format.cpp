// Parsing message formats: "{name}", "{name:one|other}", "{{" and "}}".
#include "loader/message_format.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "util/utf8_sequence.hpp"

namespace kiemtra::core {

namespace {

std::vector<FormatPiece> parse(const std::string& format, const std::vector<std::string>& names,
                               const std::string& where) {
  std::vector<FormatPiece> pieces;
  std::string literal;
  const auto flush = [&] {
    if (!literal.empty()) pieces.push_back({std::move(literal), -1, false, {}});
    literal.clear();
  };
  for (std::size_t i = 0; i < format.size(); ++i) {
    const char c = format[i];
    if (c == '}') {
      if (i + 1 < format.size() && format[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      throw std::invalid_argument(where + ": a lone '}' at byte " + std::to_string(i) + " (write '}}')");
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < format.size() && format[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    const auto close = format.find('}', i);
    if (close == std::string::npos) throw std::invalid_argument(where + ": '{' without '}' at byte " + std::to_string(i));
    const std::string inside = format.substr(i + 1, close - i - 1);
    const auto colon = inside.find(':');
    const std::string name = inside.substr(0, colon);
    int arg = -1;
    for (std::size_t k = 0; k < names.size(); ++k)
      if (names[k] == name) arg = static_cast<int>(k);
    if (arg < 0) throw std::invalid_argument(where + ": '{" + name + "}' is not one of the message's arguments");
    flush();
    FormatPiece p;
    p.arg = arg;
    if (colon != std::string::npos) {
      const std::string forms = inside.substr(colon + 1);
      const auto bar = forms.find('|');
      if (bar == std::string::npos)
        throw std::invalid_argument(where + ": '{" + inside + "}' needs two forms, 'one|other'");
      p.choice = true;
      p.text = forms.substr(0, bar);
      p.other = forms.substr(bar + 1);
    }
    pieces.push_back(std::move(p));
    i = close;
  }
  flush();
  for (FormatPiece& p : pieces) p.plain = json_plain(p.text) && json_plain(p.other);
  return pieces;
}

}  // namespace

bool json_plain(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return false;
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(s, i); n != 0) {
      i += n;
    } else {
      return false;  // not UTF-8: the escaper replaces it
    }
  }
  return true;
}

CompiledRule compile_messages(const RuleMeta& meta) {
  CompiledRule rule;
  for (const MessageSpec& m : meta.messages) {
    const std::string where = meta.id + ", message '" + m.key + "'";
    if (m.key.empty()) throw std::invalid_argument(meta.id + ": a message without a key");
    if (rule.find(m.key) >= 0) throw std::invalid_argument(where + ": declared twice");
    if (m.args.size() > kMaxArgs) throw std::invalid_argument(where + ": more than 16 arguments");
    CompiledMessage c;
    c.key = m.key;
    for (std::string n : m.args) {
      const bool optional = !n.empty() && n.back() == '?';
      if (optional) n.pop_back();
      if (n.empty()) throw std::invalid_argument(where + ": an argument without a name");
      for (const auto& seen : c.names)
        if (seen == n) throw std::invalid_argument(where + ": the argument '" + n + "' is declared twice");
      c.evidence.push_back(n[0] != '_');
      c.optional.push_back(optional);
      c.names.push_back(std::move(n));
    }
    for (const std::string& n : c.names) {
      // Names are identifiers in practice; one that is not is escaped here, once.
      std::string key = "\"";
      for (const char ch : n) {
        const auto u = static_cast<unsigned char>(ch);
        if (u == '"' || u == '\\') key += '\\';
        if (u < 0x20) key += fmt::format("\\u{:04x}", u);
        else key += ch;
      }
      c.json_keys.push_back(key + "\":");
    }
    c.vi = parse(m.vi, c.names, where + " (vi)");
    c.en = parse(m.en, c.names, where + " (en)");
    rule.messages.push_back(std::move(c));
  }
  return rule;
}

std::string check_messages(const RuleMeta& meta) {
  try {
    compile_messages(meta);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return {};
}

}  // namespace kiemtra::core
