// The dues records' fast path (dataset/dues_fast_path.hpp) reads what the generic cells read: the same rows, lines,
// issues, dangling codes and date counts, on files of every shape it takes and every shape it leaves to them.
#include "dataset/dues_fast_path.hpp"

#include <gtest/gtest.h>

#include <random>

#include "dataset/table_spec.hpp"
#include "dataset_test_util.hpp"
#include "dues_reading.hpp"

namespace kiemtra::test {
namespace {

using core::dataset::ChunkSink;
using core::dataset::DateColumnCount;
using core::dataset::DuesFastPath;
using core::dataset::HeaderMap;
using core::dataset::RowContext;
using core::dataset::TableSetup;

// Reads `dues` beside three members both ways, on `jobs` threads, and expects the same; returns the description.
std::string same_both_ways(const std::string& name, const std::string& dues, int jobs = 1,
                           const std::string& manifest = "") {
  std::map<std::string, std::string> files{{"organizations.csv", kOrgs}, {"members.csv", kMembers}, {"dues.csv", dues}};
  if (!manifest.empty()) files["dataset.yaml"] = manifest;
  const auto dir = write_dataset("fast-" + name, files);
  core::ReadOptions fast, generic;
  fast.jobs = generic.jobs = jobs;
  generic.fast_paths = false;
  const auto a = read_ok(dir, fast);
  const auto b = read_ok(dir, generic);
  if (!a || !b) return {};
  const std::string da = fuzz::describe_dues_reading(*a), db = fuzz::describe_dues_reading(*b);
  EXPECT_EQ(da, db) << name;
  return da;
}

TEST(DuesFastPath, EveryShapeOfRecordReadsAsTheGenericCellsReadIt) {
  // Records the fast path takes (plain fields, ISO and day-month dates, month forms, grouped amounts, CRLF) and
  // records it leaves (quotes, spaces, tabs, a lone CR, empty and surplus fields, dangling and non-ASCII codes,
  // bad or month-first-only dates, dates with a time, an Excel serial, the largest amount a row holds and one
  // past it, a blank line, a quoted line break, a last line with no line break).
  const std::string dues =
      "member_id,period,amount,paid_on\n"
      "M1,2019-01,79040,2019-01-12\n"
      "M1,02/2019,79.040,12/02/2019\n"
      "M1,2019-03,\"79040\",2019-03-12\r\n"
      "M1,2019-04,79040,2019-04-12\r\n"
      "M1, 2019-05,79040,2019-05-12\n"
      "M1,2019-06,79040,2019-06-12 \n"
      "M1,2019-07,79040,\t2019-07-12\n"
      "M1,2019-08,79040,2019-08-12\r"
      "M1,2019-09,,2019-09-12\n"
      "M1,2019-10,79040,2019-10-12,\n"
      "M1,2019-11,79040,2019-11-12,x\n"
      "M2,2019-01,1,2019-02-30\n"
      "M2,2019-02,1,05/16/2019\n"
      "M2,2019-03,1,2019-03-05 00:00:00\n"
      "M2,2019-04,1,2019-04-05 10:30\n"
      "M2,2019-05,1,43600\n"
      "M2,13/2019,1,2019-05-05\n"
      "M2,2019-06,1.2345,2019-06-05\n"
      "M2,2019-07,2147483647,2019-07-05\n"
      "M2,2019-08,2147483648,2019-08-05\n"
      "\n"
      "GONE,2019-01,5,2019-01-05\n"
      "GONE,2019-02,5,2019-02-05\n"
      "Mé,2019-01,5,2019-01-05\n"
      "M3,2019-01,\"7\n9\",2019-01-05\n"
      "M3,2019-02,9,5/2/2019\n"
      "M3,2019-03,9,2019-03-05";
  const std::string d = same_both_ways("shapes", dues);
  EXPECT_NE(d.find("row 0 member 0 period 24228 amount 79040"), std::string::npos) << d;
  EXPECT_NE(d.find("dangling"), std::string::npos) << d;
  EXPECT_NE(d.find("issue"), std::string::npos) << d;
}

TEST(DuesFastPath, ColumnsInAnotherOrderAndMonthFirstDatesReadAlike) {
  same_both_ways("order", "paid_on,amount,member_id,period\n2019-01-12,79040,M1,2019-01\n12/02/2019,5,M2,2019-02\n");
  same_both_ways("mdy", "member_id,period,amount,paid_on\nM1,2019-01,1,01/12/2019\nM2,2019-01,1,12/25/2019\n", 1,
                 "date_order:\n  dues: mdy\n");
  // A column that looks month first is refused as a whole: the fast path steps aside for it.
  same_both_ways("refused", "member_id,period,amount,paid_on\nM1,2019-01,1,01/12/2019\nM2,2019-01,1,12/25/2019\n");
}

TEST(DuesFastPath, ThousandsOfMixedRecordsInParallelChunksReadAlike) {
  // Over the 1 MB a table needs to be read in chunks: records of every kind at random, so that chunk boundaries
  // fall among them.
  std::mt19937 rng(7);
  const char* const kinds[] = {"M1,2019-01,79040,2019-01-12\n",   "M2,03/2019,1.490.000,12/03/2019\n",
                               "M3,2019-02,5,2019-02-05\r\n",     "GONE,2019-01,5,2019-01-05\n",
                               "M1,2019-02,,2019-02-05\n",        "M2,2019-04,\"5\",2019-04-05\n",
                               "M3,2019-05,5,2019-02-31\n",       "\n",
                               "M1,2019-06,5,2019-06-05 00:00\n", "M2,2019-07,5,13/07/2019\n"};
  std::string dues = "member_id,period,amount,paid_on\n";
  while (dues.size() < (std::size_t{3} << 20)) dues += kinds[rng() % std::size(kinds)];
  const std::string d = same_both_ways("mixed", dues, 2);
  EXPECT_GT(d.size(), 1000u);
}

TEST(DuesFastPath, AnIncomeBasisOrAnExtraColumnLeavesEveryRecordToTheGenericCells) {
  same_both_ways("basis", "member_id,period,amount,paid_on,income_basis\nM1,2019-01,1,2019-01-05,100\n");
  same_both_ways("extra", "member_id,period,amount,paid_on,note\nM1,2019-01,1,2019-01-05,a\n");
}

// The fast path itself, record by record: what it takes and what it leaves.
class DuesFastPathRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    ds_ = read_ok(write_dataset("fast-records", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
    ASSERT_TRUE(ds_);
    header_.cell_of = {0, 1, 2, 3, -1};
    header_.width = 4;
    later_.assign(ds_->members.size(), false);
    setup_ = TableSetup{
        &core::dataset::spec_of(TableId::dues), &header_, &file_, ds_.get(), &later_, &later_, &dates_, nullptr, true};
  }
  // Whether the fast path reads `line` (one record and its line break).
  bool takes(const std::string& line) {
    const auto fast = DuesFastPath::make(setup_);
    if (!fast) return false;
    ChunkSink sink;
    RowContext ctx(setup_, sink);
    Payment p;
    const char* next = fast->read(line.data(), line.data() + line.size(), 0, ',', ctx, sink.date_counts, p);
    if (next != nullptr) {
      EXPECT_EQ(next, line.data() + line.size()) << line;
    }
    return next != nullptr;
  }

  std::shared_ptr<const Dataset> ds_;
  HeaderMap header_;
  std::string file_ = "dues.csv";
  std::vector<bool> later_;
  core::dataset::DateReading dates_;
  TableSetup setup_;
};

TEST_F(DuesFastPathRecords, ItTakesThePlainRecordsOfAnExport) {
  EXPECT_TRUE(takes("M1,2019-01,79040,2019-01-12\n"));
  EXPECT_TRUE(takes("M2,01/2019,1.490.000,12/01/2019\r\n"));
  EXPECT_TRUE(takes("M3,2019-01,5,5/1/2019\n"));
}

TEST_F(DuesFastPathRecords, ItLeavesEveryOtherRecordToTheGenericCells) {
  for (const char* line : {"M1,2019-01,79040,2019-01-12",  // no line break
                           "M1,2019-01,79040,2019-01-12\r", "\"M1\",2019-01,1,2019-01-12\n",
                           "M1 ,2019-01,1,2019-01-12\n", "M1,2019-01,,2019-01-12\n", "M1,2019-01,1,2019-01-12,\n",
                           "M1,2019-01,1\n", "GONE,2019-01,1,2019-01-12\n", "Mé,2019-01,1,2019-01-12\n",
                           "M1,2019-01,1,2019-02-30\n", "M1,2019-01,1,05/16/2019\n", "M1,2019-01,1,2019-01-12T00:00\n",
                           "M1,2019-13,1,2019-01-12\n", "M1,2019-01,1.5,2019-01-12\n", "M1,2019-01,1,43600\n", "\n"})
    EXPECT_FALSE(takes(line)) << line;
}

TEST_F(DuesFastPathRecords, ItStepsAsideForAnIncomeBasisAnExtraColumnATapOrWhenTurnedOff) {
  EXPECT_TRUE(DuesFastPath::make(setup_));
  TableSetup s = setup_;
  s.fast_paths = false;
  EXPECT_FALSE(DuesFastPath::make(s));
  HeaderMap basis = header_;
  basis.cell_of = {0, 1, 2, 3, 4};
  basis.width = 5;
  s = setup_;
  s.header = &basis;
  EXPECT_FALSE(DuesFastPath::make(s));
  HeaderMap extra = header_;
  extra.extra_cells = {4};
  extra.extra_names = {"note"};
  extra.width = 5;
  s.header = &extra;
  EXPECT_FALSE(DuesFastPath::make(s));
  core::dataset::DateReading refused;
  refused.refused.assign(5, false);
  refused.refused[3] = true;
  s = setup_;
  s.dates = &refused;
  EXPECT_FALSE(DuesFastPath::make(s));
}

}  // namespace
}  // namespace kiemtra::test
