// Folding of names for integrity/duplicate-person: Vietnamese letters to lower case, white space collapsed,
// broken UTF-8 kept as it is.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "integrity/name_fold.hpp"

namespace {

using kiemtra::plugins::integrity::ByteHash;
using kiemtra::plugins::integrity::fold_name;
using kiemtra::plugins::integrity::folded_name_hash;

/// The ByteHash of `text` as it is.
std::uint64_t text_hash(std::string_view text) {
  ByteHash h;
  for (const char c : text) h.put(c);
  return h.done();
}

TEST(NameFold, VietnameseNamesFoldToLowerCaseWithSpacesCollapsed) {
  std::string out;
  fold_name("  NGUYỄN\tVăn   ĐỨC\xC2\xA0", out);
  EXPECT_EQ(out, "nguyễn văn đức");
  fold_name("ƠN ƯU Ăn Ĩ Ũ Ạ Ỹ", out);
  EXPECT_EQ(out, "ơn ưu ăn ĩ ũ ạ ỹ");
  fold_name("", out);
  EXPECT_EQ(out, "");
  fold_name("   ", out);
  EXPECT_EQ(out, "");
  fold_name("Lê \xC3 THỊ", out);  // a lone lead byte is kept, the rest still folds
  EXPECT_EQ(out, "lê \xC3 thị");
}

TEST(NameFold, TheFoldedHashIsTheHashOfTheFoldedText) {
  // integrity/duplicate-person groups names by this hash and compares the folded texts only within a group: a
  // name whose hash differed from its folded text's would never meet its duplicate.
  const std::vector<std::string> names = {"  NGUYỄN\tVăn   ĐỨC\xC2\xA0",
                                          "nguyễn văn đức",
                                          "ƠN ƯU Ăn Ĩ Ũ Ạ Ỹ",
                                          "",
                                          "   ",
                                          "Lê \xC3 THỊ",
                                          "A\xE1\xBA",
                                          "TRẦN thị   MAI",
                                          "x\t\ty"};
  std::string folded;
  for (const std::string& name : names) {
    fold_name(name, folded);
    EXPECT_EQ(folded_name_hash(name), text_hash(folded)) << name;
  }
  EXPECT_EQ(folded_name_hash("  NGUYỄN\tVăn   ĐỨC\xC2\xA0"), folded_name_hash("nguyễn văn đức"));
  EXPECT_NE(folded_name_hash("nguyễn văn đức"), folded_name_hash("nguyễn văn đúc"));
  // Texts that differ only past their first eight bytes, or only in length, hash apart.
  EXPECT_NE(text_hash("nguyễn văn a"), text_hash("nguyễn văn b"));
  EXPECT_NE(text_hash("abcdefgh"), text_hash(std::string("abcdefgh\0", 9)));
}

}  // namespace
