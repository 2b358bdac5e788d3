// The place a message names (integrity/bad-value, duplicate-person) agrees with the finding's location: a
// workbook's cell as Excel names it, a CSV file's line and column, a database row by its order, not its key.
#include <gtest/gtest.h>

#include "engine/findings.hpp"
#include "integrity/integrity_common.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using kiemtra::plugins::integrity::place_of;

TEST(MessagePlace, AWorkbookCellIsNamedAsTheFindingsLocationNamesIt) {
  auto data = test::tiny_dataset();
  data.members.file = "/data/bo-du-lieu/members.xlsx:Danh sách";
  RuleMeta meta;
  meta.id = "t/where";
  meta.messages = {{"m", {}, "ở đây", "here"}};
  core::Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  for (const auto& [line, column] : {std::pair{12u, 3u}, {7u, 28u}, {9u, 16384u}, {5u, 0u}}) {
    Finding f;
    f.org = 1;
    f.at(TableId::members, line, column);
    f.say("m", {});
    store.add(0, f, Severity::error);
    const auto place = place_of(data.members.file, line, column);
    EXPECT_EQ(place.vi, store[store.size() - 1].location());
    EXPECT_EQ(place.en, place.vi);
  }
}

TEST(MessagePlace, ACsvFileNamesItsLineAndColumnWithoutItsFolder) {
  EXPECT_EQ(place_of("/data/bo-du-lieu/members.csv", 12, 5).vi, "members.csv:12:5");
  EXPECT_EQ(place_of("members.csv", 12, 0).en, "members.csv:12");
}

TEST(MessagePlace, ADatabaseRowIsNamedByItsSourceAndOrderInEachLanguage) {
  const auto pg = place_of("postgres:dang_vien[ma_dv]", 2199, 12);
  EXPECT_EQ(pg.vi, "postgres:dang_vien, hàng 2199");
  EXPECT_EQ(pg.en, "postgres:dang_vien, row 2199");
  EXPECT_EQ(place_of("sqlite:dues[member_id,period]", 3, 0).en, "sqlite:dues, row 3");
}

}  // namespace
