// The suite's one PostgreSQL cluster: started once before the first test, stopped after the last. No server
// binaries is a failure, not a skip: CI installs them (scripts/deps.sh).
#include <gtest/gtest.h>

#include "database/pg_cluster.hpp"

namespace kiemtra::test {

PgCluster& cluster() {
  static PgCluster c;
  return c;
}

namespace {

class PgEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { ASSERT_TRUE(cluster().start()) << cluster().error(); }
  void TearDown() override { cluster().stop(); }
};

[[maybe_unused]] ::testing::Environment* const kEnvironment = ::testing::AddGlobalTestEnvironment(new PgEnvironment);

}  // namespace

}  // namespace kiemtra::test
