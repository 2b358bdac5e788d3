// Libraries kiemtra opens only when a run needs them (util/lazy_library.hpp): a run from CSV to JSON maps
// neither libzip nor libxlsxwriter, nor the libcrypto both pull in; a run that needs one opens it, and without
// it exits 2 naming the file and the package to install.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::slurp;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

fs::path sample() { return kiemtra::test::source_dir() / "examples" / "sample"; }

TEST(LazyLibraries, ACsvRunToJsonOpensNeitherZipNorExcelWriterAndAnExcelReportOpensItsWriter) {
  // The dynamic loader names each library it maps on standard error when LD_DEBUG=files.
  const fs::path dir = kiemtra::test::temp_dir("lazy-libraries");
  const auto json =
      run_cli({"validate", sample().string(), "--output", (dir / "r.json").string(), "--quiet"}, {"LD_DEBUG=files"});
  EXPECT_EQ(json.exit_code, 1) << json.err;
  ASSERT_THAT(json.err, HasSubstr("libfmt.so"));  // the loader did speak: the absences below mean something
  EXPECT_THAT(json.err, Not(HasSubstr("libzip.so")));
  EXPECT_THAT(json.err, Not(HasSubstr("libxlsxwriter.so")));
  EXPECT_THAT(json.err, Not(HasSubstr("libcrypto.so")));
  EXPECT_EQ(slurp(dir / "r.json").substr(0, 1), "{");

  const auto xlsx =
      run_cli({"validate", sample().string(), "--output", (dir / "r.xlsx").string(), "--quiet"}, {"LD_DEBUG=files"});
  EXPECT_EQ(xlsx.exit_code, 1) << xlsx.err;
  EXPECT_THAT(xlsx.err, HasSubstr("libxlsxwriter.so.4"));
  EXPECT_THAT(xlsx.err, Not(HasSubstr("libzip.so")));
  EXPECT_EQ(slurp(dir / "r.xlsx").substr(0, 2), "PK");  // a workbook is a zip
}

TEST(LazyLibraries, WithoutLibxlsxwriterAnExcelReportExitsTwoNamingThePackage) {
  const fs::path dir = kiemtra::test::temp_dir("lazy-no-xlsxwriter");
  const std::string missing = "KIEMTRA_LIBXLSXWRITER=/nonexistent/libxlsxwriter.so.4";
  const auto en = run_cli(
      {"validate", sample().string(), "--output", (dir / "r.xlsx").string(), "--quiet", "--lang", "en"}, {missing});
  EXPECT_EQ(en.exit_code, 2) << en.err;
  EXPECT_THAT(en.err, HasSubstr("Cannot load the libxlsxwriter library /nonexistent/libxlsxwriter.so.4"));
  EXPECT_THAT(en.err, HasSubstr("apt-get install libxlsxwriter4"));
  EXPECT_THAT(en.err, HasSubstr("to write Excel reports (.xlsx)"));
  const auto vi = run_cli({"validate", sample().string(), "--output", (dir / "r.xlsx").string(), "--quiet"}, {missing});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_THAT(vi.err, HasSubstr("Không nạp được thư viện libxlsxwriter /nonexistent/libxlsxwriter.so.4"));
  EXPECT_THAT(vi.err, HasSubstr("để ghi báo cáo Excel (.xlsx)"));
  // A report that needs no writer library is written as before.
  const auto json =
      run_cli({"validate", sample().string(), "--output", (dir / "r.json").string(), "--quiet"}, {missing});
  EXPECT_EQ(json.exit_code, 1) << json.err;
}

TEST(LazyLibraries, WithoutLibzipAWorkbookDatasetExitsTwoNamingThePackage) {
  // The organizations of the sample come as a workbook; the other tables stay CSV.
  const fs::path dir = kiemtra::test::temp_dir("lazy-no-libzip");
  for (const auto& e : fs::directory_iterator(sample())) fs::copy(e.path(), dir / e.path().filename());
  fs::remove(dir / "organizations.csv");
  std::ofstream(dir / "organizations.xlsx") << "not a workbook";
  const std::string missing = "KIEMTRA_LIBZIP=/nonexistent/libzip.so.4";
  const auto en = run_cli({"validate", dir.string(), "--quiet", "--lang", "en"}, {missing});
  EXPECT_EQ(en.exit_code, 2) << en.err;
  EXPECT_THAT(en.err, HasSubstr("Cannot load the libzip library /nonexistent/libzip.so.4"));
  EXPECT_THAT(en.err, HasSubstr("apt-get install libzip4"));
  EXPECT_THAT(en.err, HasSubstr("to read Excel workbooks (.xlsx)"));
  // With libzip the same file is read, and refused as what it is.
  const auto read = run_cli({"validate", dir.string(), "--quiet", "--lang", "en"});
  EXPECT_EQ(read.exit_code, 2) << read.err;
  EXPECT_THAT(read.err, Not(HasSubstr("Cannot load")));
  EXPECT_THAT(read.err, HasSubstr("organizations.xlsx"));
}

}  // namespace
