// Parameter values checked against the rule's declared types, each error located and in both languages.
#include <gtest/gtest.h>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

// Writes "rules: / RULE: / params: / NAME: VALUE" (the value on line 4) and returns check-config's problems.
std::vector<std::string> check_param(ProfileDir& d, const std::string& rule, const std::string& name,
                                     const std::string& value, std::filesystem::path& file) {
  file = d.write(name + ".yaml", "rules:\n  " + rule + ":\n    params:\n      " + name + ": " + value + "\n");
  return check_texts(file);
}

struct TypeCase {
  std::string rule;
  std::string name;
  std::string value;
  std::string expected;  ///< after "file:4:<column of the value>: "
};

TEST(ConfigTypes, EveryTypeErrorNamesThePlaceTheParameterAndTheValue) {
  const std::string cmo = "structure/cell-min-official-members";
  const std::vector<TypeCase> cases = {
      {cmo, "min_official", "ba", "parameter 'min_official' of " + cmo + " must be an integer, not 'ba'"},
      {cmo, "min_official", "3.0", "parameter 'min_official' of " + cmo + " must be an integer, not '3.0'"},
      {cmo, "min_official", "\"3\"",
       "parameter 'min_official' of " + cmo + " must be an integer, not the quoted text '3' (write it without quotes)"},
      {cmo, "min_official", "99999999999999999999",
       "parameter 'min_official' of " + cmo + " must be an integer, not '99999999999999999999'"},
      {cmo, "min_official", "[3]", "parameter 'min_official' of " + cmo + " must be an integer, not a list"},
      {"dues/underpaid", "tolerance", "abc", "parameter 'tolerance' of dues/underpaid must be a number, not 'abc'"},
      {"dues/underpaid", "tolerance", ".nan", "parameter 'tolerance' of dues/underpaid must be a number, not '.nan'"},
      {"dues/underpaid", "exempt_after_50", "maybe",
       "parameter 'exempt_after_50' of dues/underpaid must be a boolean (true or false), not 'maybe'"},
      {"dues/underpaid", "categories", "luong",
       "parameter 'categories' of dues/underpaid must be a list of strings, not 'luong'"},
      {"dues/underpaid", "checked_from", "2019-02-29",
       "parameter 'checked_from' of dues/underpaid must be a date that exists; '2019-02-29' does not"},
      {"dues/underpaid", "checked_from", "31/4/2019",
       "parameter 'checked_from' of dues/underpaid must be a date that exists; '31/4/2019' does not"},
      {"dues/underpaid", "checked_from", "soon",
       "parameter 'checked_from' of dues/underpaid must be a date (YYYY-MM-DD or dd/mm/yyyy), not 'soon'"},
      {"dues/underpaid", "checked_from", "2019-9-1",
       "parameter 'checked_from' of dues/underpaid must be a date (YYYY-MM-DD or dd/mm/yyyy), not '2019-9-1'"},
      {"membership/badge-due", "milestones", "30",
       "parameter 'milestones' of membership/badge-due must be a list of integers, not '30'"},
      {"membership/badge-due", "award_days", "{a: 1}",
       "parameter 'award_days' of membership/badge-due must be a list of strings, not a map"},
      {"congress/working-time-left", "retirement_age", "[62, 60]",
       "parameter 'retirement_age' of congress/working-time-left must be a map of names to numbers (e.g. {nam: 62, "
       "nu: 60}), not a list"},
  };
  ProfileDir d("types");
  for (const TypeCase& c : cases) {
    std::filesystem::path f;
    const auto problems = check_param(d, c.rule, c.name, c.value, f);
    const int column = 7 + static_cast<int>(c.name.size()) + 2;
    EXPECT_EQ(problems, std::vector<std::string>{at(f, 4, column) + c.expected}) << c.name << ": " << c.value;
  }
}

TEST(ConfigTypes, MessageReadsInVietnameseToo) {
  ProfileDir d("types-vi");
  const auto f = d.write("my.yaml", R"(rules:
  structure/cell-min-official-members:
    params:
      min_official: ba
)");
  const Text t = load_error(f);
  EXPECT_EQ(t.en, at(f, 4, 21) +
                      "parameter 'min_official' of structure/cell-min-official-members must be an integer, not 'ba'");
  EXPECT_EQ(t.vi, at(f, 4, 21) +
                      "tham số 'min_official' của structure/cell-min-official-members phải là số nguyên, không phải "
                      "'ba'");
}

TEST(ConfigTypes, ListElementsAndMapValuesAreLocatedOneByOne) {
  ProfileDir d("types-elements");
  const auto f = d.write("p.yaml", R"(rules:
  membership/badge-due:
    params:
      milestones: [30, x, 50, 4.5]
  congress/working-time-left:
    params:
      retirement_age:
        nam: old
        nu: 60
)");
  const auto p = check_texts(f);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0],
            at(f, 4, 24) + "element 2 of parameter 'milestones' of membership/badge-due must be an integer, not 'x'");
  EXPECT_EQ(p[1],
            at(f, 4, 31) + "element 4 of parameter 'milestones' of membership/badge-due must be an integer, not '4.5'");
  EXPECT_EQ(p[2], at(f, 8, 14) +
                      "value 'nam' of parameter 'retirement_age' of congress/working-time-left must be a number, not "
                      "'old'");
}

TEST(ConfigTypes, EmptyValueIsLocatedAtItsKey) {
  ProfileDir d("types-empty");
  const auto f =
      d.write("p.yaml", "rules:\n  structure/cell-min-official-members:\n    params:\n      min_official:\n");
  EXPECT_EQ(check_texts(f),
            std::vector<std::string>{at(f, 4, 7) + "parameter 'min_official' of structure/cell-min-official-members "
                                                   "must be an integer, not an empty value"});
}

TEST(ConfigTypes, UnknownParameterSuggestsAndListsTheRulesParameters) {
  ProfileDir d("types-unknown");
  const auto f = d.write("p.yaml", R"(rules:
  structure/cell-min-official-members:
    params: {min_oficial: 3}
  dues/underpaid:
    params: {tolerence: 1, zzz: 2}
  structure/secretary:
    params: {x: 1}
  structure/grassroots-size-kind:
    params: 25
)");
  const auto p = check_texts(f);
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0], at(f, 3, 14) +
                      "rule structure/cell-min-official-members has no parameter 'min_oficial' (did you mean "
                      "'min_official'?); its parameters: min_official");
  EXPECT_EQ(p[1], at(f, 5, 14) +
                      "rule dues/underpaid has no parameter 'tolerence' (did you mean 'tolerance'?); its parameters: "
                      "tolerance, student_amount, exempt_after_50, categories, checked_from");
  EXPECT_EQ(p[2], at(f, 5, 28) +
                      "rule dues/underpaid has no parameter 'zzz'; its parameters: tolerance, student_amount, "
                      "exempt_after_50, categories, checked_from");
  EXPECT_EQ(p[3], at(f, 7, 14) + "rule structure/secretary has no parameters, so no 'x'");
  EXPECT_EQ(p[4],
            at(f, 9, 13) + "'params' of structure/grassroots-size-kind must be a map of parameter names to values");
  const Text t = load_error(f);
  EXPECT_NE(t.vi.find("quy tắc structure/cell-min-official-members không có tham số 'min_oficial' (có phải ý bạn là "
                      "'min_official'?); các tham số của quy tắc: min_official"),
            std::string::npos);
}

TEST(ConfigTypes, ValidValuesInTheSameFileStillLoadWhenNothingIsWrong) {
  ProfileDir d("types-ok");
  const auto f = d.write("p.yaml", "rules:\n  dues/underpaid:\n    params:\n      checked_from: 2019-02-28\n");
  EXPECT_TRUE(check_texts(f).empty());
}

}  // namespace
}  // namespace kiemtra::core::testing
