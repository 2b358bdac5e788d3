// The one-line diagnostic form: where each finding points an editor when it has no location of its own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;
using ::testing::HasSubstr;
using ::testing::Not;

std::string diagnostics(const ReportFixture& fx) {
  std::ostringstream out;
  write_diagnostics(fx.report("en"), out);
  return out.str();
}

TEST(Diagnostics, AFindingWithoutALocationPointsAtItsSubjectsRow) {
  ReportFixture fx;
  fx.data.members.rows[0].line = 4;
  fx.data.members.rows[1].line = 5;
  // One payment of M2 (member row 1) on line 9 of dues.csv, and one of M1 on line 5: a payment's subject
  // is its member's row, so a payment finding without a location names members.csv, never dues.csv's line
  // numbered like the member's row.
  fx.data.dues.file = "data/dues.csv";
  for (const std::uint32_t member : {1u, 0u}) {
    Payment p;
    p.member = member;
    p.period = Month::of(2019, 7);
    p.amount = 50000;
    fx.data.dues.rows.push_back(p);
  }
  fx.data.dues_lines.push_back(9);
  fx.data.dues_lines.push_back(5);
  Finding paid = ReportFixture::about(SubjectKind::payment, 1, 2);
  paid.month = Month::of(2019, 7);
  fx.add(paid, Severity::warning, "structure/size", "M2/2019-07");
  fx.add(ReportFixture::about(SubjectKind::member, 0, 2), Severity::error, "integrity/status", "M1 again");
  fx.finish();

  const std::string out = diagnostics(fx);
  EXPECT_THAT(out, HasSubstr("data/members.csv:5: warning: Message M2/2019-07"));
  EXPECT_THAT(out, HasSubstr("data/members.csv:4: error: Message M1 again"));
  EXPECT_THAT(out, Not(HasSubstr("dues.csv")));
  // A finding with a location keeps it, in the dataset's folder.
  EXPECT_THAT(out, HasSubstr("members.csv:7:5: error:"));
}

TEST(Diagnostics, ARowWithoutALineOrATableWithoutAFileNamesTheDataset) {
  ReportFixture fx;  // the members have no line
  const std::string out = diagnostics(fx);
  EXPECT_THAT(out, HasSubstr("memory: error: Message M1"));
  EXPECT_THAT(out, HasSubstr("memory: warning: Message D"));  // organizations.csv has no file here
}

}  // namespace
