// Help and usage errors in the user's language: CLI11 writes English, and the default language is Vietnamese.

// GCC 12 with -fsanitize=address,undefined at -O2 reports the std::function inside libstdc++'s std::regex as
// maybe-uninitialized: a false positive in the library's own code, which -Werror would turn into a failed build.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "cli/cli_language.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <string_view>
#include <vector>

#include "util/name_match.hpp"

namespace kiemtra::core::cli {

namespace {

std::string normalized(std::string_view lang) { return lang == "en" ? "en" : "vi"; }

/// Replaces every whole-word occurrence of `from` by `to`.
void replace_word(std::string& text, const std::string& from, const std::string& to) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::size_t at = 0;
  while ((at = text.find(from, at)) != std::string::npos) {
    const std::size_t end = at + from.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]))) {
      text.replace(at, from.size(), to);
      at += to.size();
    } else {
      at = end;
    }
  }
}

class VietnameseFormatter : public CLI::Formatter {
 public:
  VietnameseFormatter() {
    label("Usage", "Cách dùng");
    label("OPTIONS", "TÙY CHỌN");
    label("SUBCOMMAND", "LỆNH");
    label("SUBCOMMANDS", "LỆNH");
    label("Positionals", "Đối số");
    label("REQUIRED", "BẮT BUỘC");
    label("Env", "biến môi trường");
    label("Needs", "cần");
    label("Excludes", "loại trừ");
  }
  /// CLI11 pads the option column by bytes; Vietnamese value names are wider in bytes than on screen.
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    std::size_t width = 0;
    for (unsigned char c : name) width += (c & 0xC0) != 0x80;  // code points, one column each here
    std::string out = name;
    if (!desc.empty()) {
      if (width >= column_width_) out += "\n" + std::string(column_width_, ' ');
      else out += std::string(column_width_ - width, ' ');
      for (char c : desc) {
        out += c;
        if (c == '\n') out += std::string(column_width_, ' ');
      }
    }
    return out + "\n";
  }
  std::string make_option_opts(const CLI::Option* opt) const override {
    // Value names and validator descriptions come from CLI11 in English: TEXT, INT in [1 - 256], POSITIVE ...
    std::string s = CLI::Formatter::make_option_opts(opt);
    replace_word(s, "TEXT", "CHUỖI");
    replace_word(s, "INT", "SỐ");
    replace_word(s, "UINT", "SỐ");
    replace_word(s, "FLOAT", "SỐ");
    replace_word(s, "NONNEGATIVE", "KHÔNG ÂM");
    replace_word(s, "POSITIVE", "DƯƠNG");
    replace_word(s, "in", "trong");
    return s;
  }
};

/// The subcommand the parser had reached: "kiemtra rules list" is `list`.
const CLI::App& reached(const CLI::App& app) {
  const CLI::App* cur = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const CLI::App* sub : cur->get_subcommands([](const CLI::App* s) { return s->parsed(); })) {
      cur = sub;
      deeper = true;
      break;
    }
  }
  return *cur;
}

/// "kiemtra rules list": the root is named kiemtra whatever argv[0] was.
std::string command_path(const CLI::App& app) {
  std::string path;
  for (const CLI::App* a = &app; a; a = a->get_parent())
    path = (a->get_parent() ? a->get_name() : std::string("kiemtra")) + (path.empty() ? "" : " " + path);
  return path;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const auto& l : o->get_lnames()) names.push_back("--" + l);
    for (const auto& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* s : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(s->get_name());
  return names;
}

std::string hint(const std::string& word, const std::vector<std::string>& candidates, bool en) {
  const std::string best = closest(word, candidates);
  if (best.empty()) return "";
  return en ? " (did you mean " + best + "?)" : " (có phải ý bạn là " + best + "?)";
}

/// Words split on spaces.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find(' ', at);
    if (end != at) out.push_back(text.substr(at, end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

std::string extras(const std::string& raw, const CLI::App& cur, bool en) {
  const std::size_t colon = raw.find(": ");
  std::string out;
  auto args = words(colon == std::string::npos ? raw : raw.substr(colon + 2));
  std::reverse(args.begin(), args.end());  // CLI11 lists them last first
  for (const auto& arg : args) {
    if (!out.empty()) out += "; ";
    if (arg.rfind("-", 0) == 0) {
      const std::string name = arg.substr(0, arg.find('='));
      out += fmt::format(fmt::runtime(en ? "no option {}{}" : "không có tùy chọn {}{}"), name,
                         hint(name, option_names(cur), en));
    } else {
      const auto subs = subcommand_names(cur);
      out += fmt::format(fmt::runtime(en ? "unexpected argument '{}'{}" : "thừa đối số '{}'{}"), arg,
                         subs.empty() ? "" : hint(arg, subs, en));
    }
  }
  return out;
}

std::string required(const std::string& raw, const CLI::App& cur, bool en) {
  if (raw.rfind("A subcommand", 0) == 0) {
    const auto subs = subcommand_names(cur);
    // A mistyped command is left over rather than parsed: say which word was not a command.
    for (const auto& word : cur.remaining())
      if (!word.empty() && word[0] != '-')
        return fmt::format(fmt::runtime(en ? "no command '{}'{}" : "không có lệnh '{}'{}"), word, hint(word, subs, en));
    std::string list;
    for (const auto& s : subs) list += (list.empty() ? "" : ", ") + s;
    return fmt::format(fmt::runtime(en ? "a command is needed: one of {}" : "thiếu lệnh: chọn một trong {}"), list);
  }
  const std::string name = raw.substr(0, raw.find(" is required"));
  std::string what;
  for (const CLI::Option* o : cur.get_options())
    if (o->get_name(true, false) == name || o->get_name() == name) what = o->get_description();
  return fmt::format(fmt::runtime(en ? "{} is required{}" : "thiếu {} (bắt buộc){}"), name,
                     what.empty() ? "" : ": " + what);
}

/// CLI11's English message matched against the forms it builds (CLI/Error.hpp, CLI/Validators.hpp).
std::string translated(const std::string& kind, const std::string& raw, const CLI::App& cur, bool en) {
  std::smatch m;
  auto say = [en](const char* vi, const char* english, auto&&... args) {
    return fmt::format(fmt::runtime(en ? english : vi), args...);
  };
  // ExtrasError carries the subcommand's name as its kind when raised by one: known by its message.
  if (kind == "ExtrasError" || raw.rfind("The following argument", 0) == 0) return extras(raw, cur, en);
  if (kind == "RequiredError") return required(raw, cur, en);
  static const std::regex not_in(R"(^(\S+): (.*) not in \{(.*)\}$)");
  static const std::regex range(R"(^(\S+): Value (\S+) not in range (\S+) to (\S+)$)");
  static const std::regex not_allowed(R"(^The value (.*) is not an allowed value for (\S+)$)");
  static const std::regex convert(R"(^Could not convert: (\S+) = (.*)$)");
  static const std::regex flag(R"(^(\S+): (too many inputs for a flag|Should be true/false or a number)$)");
  static const std::regex missing(R"(^(\S+): \d+ required \S+ missing$)");
  static const std::regex exactly(R"(^Expected (?:exactly|at least) (\d+) arguments? to (\S+), got (\d+)$)");
  static const std::regex file(R"(^(.*) was not readable \(missing\?\)$)");
  if (std::regex_match(raw, m, not_in))
    return say("{} không nhận '{}': chọn một trong {}", "{} does not take '{}': choose one of {}", m[1].str(),
               m[2].str(), m[3].str());
  if (std::regex_match(raw, m, range)) {
    if (std::stod(m[4].str()) > 1e300)
      return say("{} cần một số {}, không phải {}", "{} takes a {} number, not {}", m[1].str(),
                 std::stod(m[3].str()) > 0 ? (en ? "positive" : "dương") : (en ? "non-negative" : "không âm"),
                 m[2].str());
    return say("{} nhận từ {} đến {}, không phải {}", "{} takes {} to {}, not {}", m[1].str(), m[3].str(),
               m[4].str(), m[2].str());
  }
  if (std::regex_match(raw, m, not_allowed))
    return say("{} không nhận '{}'", "{} does not take '{}'", m[2].str(), m[1].str());
  if (std::regex_match(raw, m, convert))
    return say("{} không nhận '{}': không phải giá trị hợp lệ", "{} does not take '{}': not a valid value", m[1].str(),
               m[2].str());
  if (std::regex_match(raw, m, flag))
    return say("{} là cờ bật/tắt, không nhận giá trị", "{} is a flag and takes no value", m[1].str());
  if (std::regex_match(raw, m, missing)) return say("{} cần một giá trị", "{} needs a value", m[1].str());
  if (std::regex_match(raw, m, exactly))
    return say("{} cần {} giá trị, có {}", "{} needs {} values, got {}", m[2].str(), m[1].str(), m[3].str());
  if (std::regex_match(raw, m, file))
    return say("không đọc được {} (không tồn tại?)", "cannot read {} (missing?)", m[1].str());
  return en ? raw : "lỗi dòng lệnh: " + raw;
}

}  // namespace

std::string command_line_language(int argc, char** argv) {
  // Only a known value counts: `--lang fr` is refused later, and that refusal is said in KIEMTRA_LANG's language.
  auto known = [](std::string_view v) { return v == "vi" || v == "en" || v == "all"; };
  std::string lang;
  if (const char* env = std::getenv("KIEMTRA_LANG"); env && known(env)) lang = env;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") break;
    std::string_view value;
    if (a == "--lang" && i + 1 < argc) value = argv[++i];
    else if (a.rfind("--lang=", 0) == 0) value = a.substr(7);
    if (known(value)) lang = std::string(value);
  }
  return normalized(lang);
}

std::shared_ptr<CLI::Formatter> help_formatter(const std::string& lang) {
  if (lang == "en") return std::make_shared<CLI::Formatter>();
  return std::make_shared<VietnameseFormatter>();
}

std::string usage_error_text(const CLI::ParseError& e, const CLI::App& app, const std::string& lang) {
  const bool en = lang == "en";
  const CLI::App& cur = reached(app);
  const std::string path = command_path(cur);
  return fmt::format(fmt::runtime(en ? "{}: {}\nSee `{} --help`." : "{}: {}\nXem `{} --help`."), path,
                     translated(e.get_name(), e.what(), cur, en), path);
}

}  // namespace kiemtra::core::cli
