// A finding's argument in 8 bytes: values and texts inline where they fit, the rest boxed in the pool, and
// both kinds moved with their pool when one store takes another's findings.
#include "engine/findings.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>

#include "../support/tiny_dataset.hpp"

namespace kiemtra::core {
namespace {

ArgValue round_trip(const ArgValue& v, std::string& pool) { return StoredArg::make(v, pool).get(pool); }

TEST(StoredArg, ValuesThatFitSixtyBitsStayInlineAndLargerOnesAreBoxed) {
  for (const std::int64_t x : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{2'500'000'000},
                               (std::int64_t{1} << 59) - 1, -(std::int64_t{1} << 59)}) {
    std::string pool;
    ArgValue v;
    v.type = Arg::Type::money;
    v.value = x;
    const ArgValue back = round_trip(v, pool);
    EXPECT_EQ(back.type, Arg::Type::money);
    EXPECT_EQ(back.value, x);
    EXPECT_TRUE(pool.empty()) << x;  // inline
  }
  for (const std::int64_t x : {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(),
                               std::int64_t{1} << 59}) {
    std::string pool;
    ArgValue v;
    v.value = x;
    const ArgValue back = round_trip(v, pool);
    EXPECT_EQ(back.type, Arg::Type::integer);
    EXPECT_EQ(back.value, x);
    EXPECT_EQ(pool.size(), StoredArg::kBoxBytes) << x;  // boxed
  }
}

TEST(StoredArg, ADecimalKeepsItsPrecisionAndAPhraseItsTwoTexts) {
  std::string pool;
  ArgValue n;
  n.type = Arg::Type::number;
  const double d = 95.25;
  std::memcpy(&n.value, &d, sizeof d);
  n.precision = 1;
  const ArgValue nb = round_trip(n, pool);
  EXPECT_EQ(nb.type, Arg::Type::number);
  EXPECT_EQ(nb.precision, 1);
  EXPECT_EQ(nb.value, n.value);

  const std::string vi(20000, 'v'), en = "long";  // the vi text is past 14 bits: boxed with its texts
  ArgValue p;
  p.type = Arg::Type::phrase;
  p.value = static_cast<std::int64_t>(pool.size());
  p.len = static_cast<std::uint32_t>(vi.size());
  p.len2 = static_cast<std::uint32_t>(en.size());
  pool += vi + en;
  const ArgValue pb = round_trip(p, pool);
  EXPECT_EQ(pb.type, Arg::Type::phrase);
  EXPECT_EQ(pool.substr(static_cast<std::size_t>(pb.value), pb.len), vi);
  EXPECT_EQ(pool.substr(static_cast<std::size_t>(pb.value) + pb.len, pb.len2), en);

  ArgValue t;
  t.type = Arg::Type::text;
  t.value = static_cast<std::int64_t>(pool.size());
  t.len = 3;
  pool += "abc";
  const std::size_t before = pool.size();
  const ArgValue tb = round_trip(t, pool);
  EXPECT_EQ(pool.size(), before);  // inline
  EXPECT_EQ(pool.substr(static_cast<std::size_t>(tb.value), tb.len), "abc");
}

TEST(StoredArg, TakenIntoAnotherStoreEveryTextIsFoundWhereItMoved) {
  const auto data = test::tiny_dataset();
  RuleMeta meta;
  meta.id = "t/args";
  meta.messages = {{"m", {"a", "b", "c", "d"}, "{a} {b} {c} {d}", "{a} {b} {c} {d}"}};
  Findings first(data), second(data), all(data);
  for (Findings* s : {&first, &second, &all}) s->add_rule({meta.id, "t", &meta, nullptr});
  const std::string long_vi(17000, 'x');
  Finding f;
  f.say("m", {"một", phrase(long_vi, "en"), std::int64_t{1} << 62, 7});
  first.add(0, f, Severity::error);
  Finding g;
  g.say("m", {"hai", phrase("có", "yes"), 2, number(12.5, 1)});
  second.add(0, g, Severity::error);
  all.append(std::move(first));
  all.append(std::move(second));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].message("vi"), "một " + long_vi + " 4.611.686.018.427.387.904 7");
  EXPECT_EQ(all[0].message("en"), "một en 4,611,686,018,427,387,904 7");
  EXPECT_EQ(all[1].message("vi"), "hai có 2 12,5");
  EXPECT_EQ(all[1].message("en"), "hai yes 2 12.5");
}

TEST(StoredArg, ABoxOutsideItsPoolIsRefused) {
  std::string pool;
  ArgValue v;
  v.type = Arg::Type::text;
  v.value = 0;
  v.len = 2;
  pool = "ab";
  const StoredArg inline_text = StoredArg::make(v, pool);
  EXPECT_TRUE(inline_text.valid(pool));
  EXPECT_FALSE(inline_text.valid("a"));
  v.type = Arg::Type::number;
  const StoredArg boxed = StoredArg::make(v, pool);
  EXPECT_TRUE(boxed.valid(pool));
  EXPECT_FALSE(boxed.valid(std::string_view(pool).substr(0, pool.size() - 1)));
}

}  // namespace
}  // namespace kiemtra::core
