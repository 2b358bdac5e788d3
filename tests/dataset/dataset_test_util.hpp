// Helpers of the dataset reader tests: write a small dataset to a temporary directory and read it.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "dataset/reader.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {

/// organizations.csv with a root committee and two cells.
inline const std::string kOrgs =
    "id,parent_id,name,kind\n"
    "T,,Đảng bộ Khối,cap_tren_co_so\n"
    "CB01,T,Chi bộ Sở Tư pháp,chi_bo_co_so\n"
    "CB02,T,Chi bộ Sở Y tế,chi_bo_co_so\n";

inline const std::string kMemberHeader = "id,org_id,full_name,gender,birth_date,status,admitted_on\n";

/// Two members of CB01 and one of CB02.
inline const std::string kMembers = kMemberHeader +
                                    "M1,CB01,Nguyễn Văn An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                                    "M2,CB01,Trần Thị Bình,nu,1990-05-06,du_bi,2019-01-01\n"
                                    "M3,CB02,Lê Văn Cường,nam,1975-07-08,chinh_thuc,2000-09-10\n";

/// Writes `files` (name -> bytes) into a fresh directory `name` and returns it.
inline std::filesystem::path write_dataset(const std::string& name, const std::map<std::string, std::string>& files) {
  const auto dir = temp_dir("dataset-" + name);
  for (const auto& [file, content] : files) {
    std::ofstream out(dir / file, std::ios::binary);
    out << content;
  }
  return dir;
}

/// Reads `path`; fails the test (and returns null) on a UserError.
inline std::shared_ptr<const Dataset> read_ok(const std::filesystem::path& path, core::ReadOptions options = {}) {
  try {
    return core::read_dataset(path, options);
  } catch (const core::UserError& e) {
    ADD_FAILURE() << "unexpected UserError: " << e.what();
    return nullptr;
  }
}

/// Reads `path` expecting a fatal UserError with exit code 2; returns its text.
inline core::Text read_fatal(const std::filesystem::path& path, core::ReadOptions options = {}) {
  try {
    core::read_dataset(path, options);
  } catch (const core::UserError& e) {
    EXPECT_EQ(e.exit_code(), core::kExitUsage);
    EXPECT_EQ(e.text().en, e.what());
    EXPECT_FALSE(e.text().vi.empty());
    return e.text();
  }
  ADD_FAILURE() << "expected a UserError reading " << path;
  return {};
}

/// The only read issue of `ds` (fails the test if there is not exactly one).
inline ReadIssue only_issue(const Dataset& ds) {
  if (ds.read_issues.size() != 1) {
    ADD_FAILURE() << "expected exactly one read issue, got " << ds.read_issues.size();
    for (const auto& is : ds.read_issues)
      ADD_FAILURE() << "issue " << is.file << ":" << is.line << ":" << is.column << " " << is.column_name << " '"
                    << is.value << "' " << is.reason_en;
  }
  return ds.read_issues.empty() ? ReadIssue{} : ds.read_issues.front();
}

}  // namespace kiemtra::test
