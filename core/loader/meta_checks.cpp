// Checks of the metadata a plugin declares for its rules, each problem one sentence in vi and en.
#include <fmt/format.h>

#include "loader/message_format.hpp"

#include <set>

#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

namespace {

bool kebab(std::string_view part) {
  if (part.empty() || part.front() == '-' || part.back() == '-') return false;
  for (char c : part)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

/// Whether `value` holds the alternative of `type` (an integer is accepted where a number is declared,
/// as Edition::number widens it).
bool value_fits(ParamType type, const ParamValue& value) {
  if (type == ParamType::number && std::holds_alternative<std::int64_t>(value)) return true;
  return value.index() == static_cast<std::size_t>(type);
}

bool known_type(ParamType t) { return static_cast<unsigned>(t) <= static_cast<unsigned>(ParamType::number_map); }

}  // namespace

bool valid_rule_id(std::string_view id) {
  const std::size_t slash = id.find('/');
  if (slash == std::string_view::npos) return false;
  return kebab(id.substr(0, slash)) && kebab(id.substr(slash + 1));
}

std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

Text join(const std::vector<Text>& sentences) {
  Text out;
  for (const Text& t : sentences) {
    if (!out.vi.empty()) out.vi += ' ';
    if (!out.en.empty()) out.en += ' ';
    out.vi += t.vi;
    out.en += t.en;
  }
  return out;
}

std::vector<Text> check_meta(const RuleMeta& m, const std::string& ref_en, const std::string& ref_vi) {
  std::vector<Text> problems;
  if (!valid_rule_id(m.id)) {
    // The id is unusable as a name, so the sentence names the plugin instead.
    problems.push_back(
        {fmt::format("{} khai báo một quy tắc có mã '{}', không theo dạng nhóm/tên gồm chữ thường, chữ số và '-': "
                     "hãy sửa mã của quy tắc.",
                     capitalize(ref_vi), m.id),
         fmt::format("{} declares a rule with the id '{}', which is not of the form family/name in lowercase "
                     "letters, digits and '-': fix the rule's id.",
                     capitalize(ref_en), m.id)});
    return problems;
  }
  const std::string rule_vi = fmt::format("Quy tắc '{}' của {}", m.id, ref_vi);
  const std::string rule_en = fmt::format("The rule '{}' of {}", m.id, ref_en);
  if (m.title_vi.empty())
    problems.push_back({rule_vi + " không có tiêu đề tiếng Việt: hãy đặt title_vi trong metadata của quy tắc.",
                        rule_en + " has no Vietnamese title: set title_vi in the rule's metadata."});
  if (m.title_en.empty())
    problems.push_back({rule_vi + " không có tiêu đề tiếng Anh: hãy đặt title_en trong metadata của quy tắc.",
                        rule_en + " has no English title: set title_en in the rule's metadata."});
  if (static_cast<unsigned>(m.default_severity) > static_cast<unsigned>(Severity::error))
    problems.push_back({rule_vi + " có mức độ mặc định không hợp lệ: hãy dùng info, warning hoặc error.",
                        rule_en + " has an unknown default severity: use info, warning or error."});
  if (m.editions.empty())
    problems.push_back({rule_vi + " không khai báo phiên bản quy định (edition) nào: hãy thêm ít nhất một phiên bản "
                                  "vào metadata của quy tắc.",
                        rule_en + " declares no regulation edition: add at least one edition to the rule's metadata."});

  std::set<std::string> declared;
  for (const ParamSpec& p : m.params) {
    if (!declared.insert(p.name).second) {
      problems.push_back(
          {fmt::format("{} khai báo tham số '{}' hai lần: hãy bỏ một khai báo.", rule_vi, p.name),
           fmt::format("{} declares the parameter '{}' twice: remove one declaration.", rule_en, p.name)});
    } else if (!known_type(p.type) || !value_fits(p.type, p.default_value)) {
      const std::string type = known_type(p.type) ? std::string(type_name(p.type)) : "?";
      problems.push_back(
          {fmt::format("{} khai báo tham số '{}' kiểu {} nhưng giá trị mặc định lại thuộc kiểu khác: hãy sửa giá trị "
                       "mặc định trong metadata.",
                       rule_vi, p.name, type),
           fmt::format("{} declares the parameter '{}' as {} but gives it a default of another type: fix the "
                       "default in the rule's metadata.",
                       rule_en, p.name, type)});
    }
  }

  // Params::at picks the last edition in force, which is only right when they are oldest first.
  for (std::size_t i = 1; i < m.editions.size(); ++i) {
    const Date prev = m.editions[i - 1].from, cur = m.editions[i].from;
    if (!cur.valid() || (prev.valid() && cur <= prev)) {
      problems.push_back(
          {rule_vi + " liệt kê các phiên bản quy định không theo thứ tự ngày hiệu lực: hãy xếp phiên bản cũ nhất "
                     "trước.",
           rule_en + " lists its regulation editions out of date order: list the oldest first."});
      break;
    }
  }
  for (const Edition& e : m.editions) {
    for (const auto& [name, value] : e.values) {
      const ParamSpec* spec = nullptr;
      for (const ParamSpec& p : m.params)
        if (p.name == name) spec = &p;
      if (!spec) {
        problems.push_back(
            {fmt::format("{} đặt tham số '{}' trong một phiên bản quy định nhưng không khai báo nó: hãy khai báo nó "
                         "trong params, hoặc bỏ nó khỏi phiên bản.",
                         rule_vi, name),
             fmt::format("{} sets the parameter '{}' in a regulation edition but does not declare it: declare it "
                         "in params, or remove it from the edition.",
                         rule_en, name)});
      } else if (known_type(spec->type) && !value_fits(spec->type, value)) {
        problems.push_back(
            {fmt::format("{} đặt tham số '{}' (kiểu {}) thành một giá trị khác kiểu trong một phiên bản quy định: "
                         "hãy sửa giá trị trong phiên bản.",
                         rule_vi, name, type_name(spec->type)),
             fmt::format("{} sets the parameter '{}' ({}) to a value of another type in a regulation edition: fix "
                         "the value in the edition.",
                         rule_en, name, type_name(spec->type))});
      }
    }
  }
  if (const std::string bad = check_messages(m); !bad.empty())
    problems.push_back({rule_vi + " khai báo một thông điệp không dùng được: " + bad + ".",
                        rule_en + " declares a message that cannot be used: " + bad + "."});
  return problems;
}

}  // namespace kiemtra::core::loader_detail
