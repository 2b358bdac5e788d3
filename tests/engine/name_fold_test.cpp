// Folding of names for integrity/duplicate-person: Vietnamese letters to lower case, white space collapsed,
// broken UTF-8 kept as it is.
#include <gtest/gtest.h>

#include <string>

#include "integrity/name_fold.hpp"

namespace {

using kiemtra::plugins::integrity::fold_name;

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

}  // namespace
