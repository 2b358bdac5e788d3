// TextView: a row's text in 8 bytes that reads, compares and hashes as the std::string_view it stands for.
#include "kiemtra/text_view.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <unordered_set>

namespace kiemtra {
namespace {

TEST(TextView, ViewsTheTextItWasMadeFromWithoutCopyingIt) {
  const std::string s = "Nguyễn Văn An";
  const TextView t = s;
  EXPECT_EQ(t.data(), s.data());
  EXPECT_EQ(t.size(), s.size());
  EXPECT_EQ(t.view(), std::string_view(s));
  EXPECT_EQ(std::string(t), s);
  const TextView none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.view(), std::string_view());
  EXPECT_EQ(sizeof(TextView), 8u);
}

TEST(TextView, ComparesWithTextsLiteralsStringsAndViews) {
  const std::string a = "DV01", b = "DV02";
  const TextView ta = a, tb = b;
  EXPECT_TRUE(ta == "DV01");
  EXPECT_TRUE("DV01" == ta);
  EXPECT_TRUE(ta == a);
  EXPECT_TRUE(std::string_view("DV01") == ta);
  EXPECT_FALSE(ta == tb);
  EXPECT_TRUE(ta < tb);
  EXPECT_TRUE(ta < "DV015");
  EXPECT_TRUE(b > ta);
  std::map<TextView, int> by_text{{tb, 2}, {ta, 1}};
  EXPECT_EQ(by_text.begin()->second, 1);
  std::unordered_set<TextView> seen{ta};
  EXPECT_EQ(seen.count(TextView("DV01")), 1u);
  EXPECT_EQ(std::hash<TextView>()(ta), std::hash<std::string_view>()("DV01"));
  std::ostringstream out;
  out << ta << '|' << tb.substr(2) << '|' << ta.find('0');
  EXPECT_EQ(out.str(), "DV01|02|2");
}

TEST(TextView, KeepsTheLengthOfATextLongerThanSixteenBitsCanHold) {
  const std::string big(70000, 'x');
  const TextView t = big;  // through a record kept for the process
  EXPECT_EQ(t.size(), 70000u);
  EXPECT_EQ(t.data(), big.data());
  EXPECT_FALSE(TextView::fits(big));
  const TextView::Long where{big.data(), big.size()};
  const TextView placed(&where);  // as the reader places it beside the text
  EXPECT_EQ(placed.size(), 70000u);
  EXPECT_TRUE(placed == t);
  const std::string edge(0xFFFE, 'y');  // the longest that fits
  EXPECT_TRUE(TextView::fits(edge));
  EXPECT_EQ(TextView(edge).size(), 0xFFFEu);
  EXPECT_EQ(TextView(std::string(0xFFFF, 'z')).size(), 0xFFFFu);
}

}  // namespace
}  // namespace kiemtra
