// Names as users type them: rule-id globs and "did you mean", shared by profiles, --rules, waivers and the CLI.
#include <gtest/gtest.h>

#include "util/name_match.hpp"

namespace {

using namespace kiemtra::core;

TEST(Glob, MatchesStarsAndLiterals) {
  EXPECT_TRUE(glob_match("structure/*", "structure/secretary"));
  EXPECT_TRUE(glob_match("*", "a/b"));
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("*/secretary", "structure/secretary"));
  EXPECT_TRUE(glob_match("s*e/*y", "structure/secretary"));
  EXPECT_FALSE(glob_match("structure/*", "integrity/bad-value"));
  EXPECT_FALSE(glob_match("structure/secretary", "structure/secretar"));
  EXPECT_TRUE(glob_match("structure/secretary", "structure/secretary"));
}

TEST(Glob, StaysLinearOnManyStars) {
  // A backtracking matcher with recursion would take exponential time on this.
  const std::string text(20000, 'a');
  EXPECT_FALSE(glob_match(std::string(50, '*') + std::string(30, 'a') + "b", text));
}

TEST(DidYouMean, SuggestsTheClosestNameIgnoringCase) {
  const std::vector<std::string> ids = {"structure/cell-min-official-members", "structure/secretary", "dues/unpaid"};
  EXPECT_EQ(closest("structure/cell-min-oficial-members", ids), "structure/cell-min-official-members");
  EXPECT_EQ(closest("STRUCTURE/SECRETARY", ids), "structure/secretary");
  EXPECT_EQ(closest("congress/due", ids), "");
  const Suggestion s = did_you_mean("structure/secretry", ids);
  EXPECT_EQ(s.vi, " (có phải ý bạn là 'structure/secretary'?)");
  EXPECT_EQ(s.en, " (did you mean 'structure/secretary'?)");
  EXPECT_TRUE(did_you_mean("structure/secretary", ids).en.empty()) << "an exact name needs no suggestion";
}

TEST(DidYouMean, TakesAShortenedWordForTheWholeOne) {
  EXPECT_EQ(closest("warn", {"error", "warning", "info"}), "warning");
}

}  // namespace
