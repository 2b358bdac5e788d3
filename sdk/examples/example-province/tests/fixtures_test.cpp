// The plugin's fixtures from GoogleTest: kiemtra/testing.hpp runs `kiemtra test-rules` and reads its verdicts.
#include <gtest/gtest.h>

#include <kiemtra/testing.hpp>

TEST(ExampleProvince, EveryFixturePasses) {
  const auto run = kiemtra::testing::run_fixtures(KIEMTRA_TESTING_FIXTURES, KIEMTRA_TESTING_PLUGIN);
  ASSERT_EQ(run.fixtures.size(), 4u) << run.report();
  for (const auto& fixture : run.fixtures) EXPECT_TRUE(fixture.passed) << fixture.dir << "\n" << fixture.details;
  EXPECT_TRUE(run.ok()) << run.report();
}
