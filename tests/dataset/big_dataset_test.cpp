// Timing check at national scale, run by hand: generate a dataset with gen_big_dataset.py, then run
//   KIEMTRA_BIG_DATASET=/tmp/big KIEMTRA_JOBS=2 /usr/bin/time -v kiemtra_dataset_tests
//     --gtest_also_run_disabled_tests --gtest_filter='DatasetBig.*'
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "dataset/reader.hpp"

namespace kiemtra::test {
namespace {

TEST(DatasetBig, DISABLED_ReadsNationalScale) {
  const char* path = std::getenv("KIEMTRA_BIG_DATASET");
  if (path == nullptr) GTEST_SKIP() << "set KIEMTRA_BIG_DATASET to a generated dataset";
  core::ReadOptions options;
  if (const char* jobs = std::getenv("KIEMTRA_JOBS")) options.jobs = std::atoi(jobs);
  const auto start = std::chrono::steady_clock::now();
  const auto ds = core::read_dataset(path, options);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::cout << "read " << ds->organizations.size() << " organizations, " << ds->members.size() << " members, "
            << ds->dues.size() << " payments in " << took.count() << " s with " << options.jobs << " job(s); "
            << ds->read_issues.size() << " issues, " << ds->unresolved.size() << " unresolved\n";
  EXPECT_TRUE(ds->read_issues.empty());
  EXPECT_TRUE(ds->unresolved.empty());
  EXPECT_EQ(ds->payments_of(0).size(), ds->dues.size() / ds->members.size());
}

}  // namespace
}  // namespace kiemtra::test
