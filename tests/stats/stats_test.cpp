// `kiemtra stats` on a tiny dataset: what each figure counts, the roll-up of a committee over its cells, --org,
// the Vietnamese and English text, and an unknown --org.
#include "stats/stats.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset/reader.hpp"
#include "support/cli.hpp"

namespace {

namespace fs = std::filesystem;
using kiemtra::test::run_cli;
using ::testing::HasSubstr;
using ::testing::Not;

// A bloc with one grassroots committee (two live cells, one dissolved) and one grassroots cell. Acts dated in
// 2018 are outside the period and must not count, nor do temporary attachments (M5 out, X4 in).
constexpr const char* kDataset = R"(name: Đảng bộ Khối Mẫu
as_of: 2019-09-30
period_start: 2019-01-01
targets: {admissions: 4}
organizations:
  - {id: K, parent_id: "", name: Đảng bộ Khối Mẫu, kind: cap_tren_co_so}
  - {id: DB1, parent_id: K, name: Đảng bộ Sở Một, kind: dang_bo_co_so}
  - {id: DB1.C1, parent_id: DB1, name: Chi bộ Phòng A, kind: chi_bo_truc_thuoc}
  - {id: DB1.C2, parent_id: DB1, name: Chi bộ Phòng B, kind: chi_bo_truc_thuoc}
  - {id: DB1.C3, parent_id: DB1, name: Chi bộ Phòng Cũ, kind: chi_bo_truc_thuoc, dissolved_on: 2019-03-01}
  - {id: CB1, parent_id: K, name: Chi bộ Sở Hai, kind: chi_bo_co_so}
members:
  - {id: M1, org_id: DB1.C1, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-01-01, status: chinh_thuc, admitted_on: 1989-02-01, official_on: 1990-02-01}
  - {id: M2, org_id: DB1.C1, full_name: Trần Thị Bình, gender: nu, birth_date: 1990-01-01, status: chinh_thuc, admitted_on: 2018-02-10, official_on: 2019-02-10}
  - {id: M3, org_id: DB1.C2, full_name: Lê Văn Cường, gender: nam, birth_date: 1995-01-01, status: du_bi, admitted_on: 2019-03-05}
  - {id: M4, org_id: CB1, full_name: Phạm Thị Dung, gender: nu, birth_date: 1996-01-01, status: du_bi, admitted_on: 2019-06-01}
  - {id: M5, org_id: CB1, full_name: Hoàng Văn Em, gender: nam, birth_date: 1975-01-01, status: chinh_thuc, admitted_on: 2000-01-01, official_on: 2001-01-01}
  - {id: M6, org_id: CB1, full_name: Vũ Thị Phương, gender: nu, birth_date: 1994-01-01, status: du_bi, admitted_on: 2018-12-01}
transfers:
  - {member_id: X1, org_id: DB1.C1, full_name: Đỗ Văn Giang, direction: di, issued_on: 2019-04-01, presented_on: 2019-04-05}
  - {member_id: X2, org_id: CB1, full_name: Bùi Văn Hải, direction: den, issued_on: 2019-05-01, presented_on: 2019-05-06}
  - {member_id: X3, org_id: CB1, full_name: Ngô Văn Khoa, direction: di, issued_on: 2018-12-15, presented_on: 2018-12-20}
  - {member_id: M5, org_id: CB1, full_name: Hoàng Văn Em, direction: di, kind: tam_thoi, issued_on: 2019-03-01}
  - {member_id: X4, org_id: DB1.C2, full_name: Lý Văn Long, direction: den, kind: tam_thoi, issued_on: 2019-03-02}
events:
  - {kind: the_dang_vien, date: 2019-08-19, member_id: M2}
  - {kind: huy_hieu_de_nghi, date: 2019-01-10, member_id: M1, detail: "30 năm"}
  - {kind: kiem_tra_to_chuc, date: 2019-04-10, org_id: DB1}
  - {kind: kiem_tra_to_chuc, date: 2019-04-12, org_id: DB1.C2}
  - {kind: kiem_tra_dang_vien, date: 2019-05-05, member_id: M5}
  - {kind: kiem_tra_dang_phi, date: 2019-06-06, org_id: CB1}
  - {kind: kiem_tra_thi_hanh_ky_luat, date: 2019-07-07, org_id: DB1.C1}
  - {kind: ky_luat, date: 2019-06-01, member_id: M1, detail: khien_trach}
  - {kind: ky_luat, date: 2018-11-01, member_id: M5, detail: canh_cao}
)";

fs::path dataset() {
  static const fs::path dir = [] {
    const fs::path d = kiemtra::test::temp_dir("stats-tiny");
    std::ofstream(d / "dataset.yaml") << kDataset;
    return d;
  }();
  return dir;
}

nlohmann::json stats_json(const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"stats", dataset().string(), "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

const nlohmann::json& org_figures(const nlohmann::json& doc, const std::string& id) {
  for (const auto& o : doc["organizations"])
    if (o["id"] == id) return o["figures"];
  throw std::runtime_error("no organization " + id);
}

TEST(Stats, WholeDatasetCountsLiveOrganizationsAndActsInThePeriod) {
  const nlohmann::json t = stats_json()["total"];
  EXPECT_EQ(t["grassroots_organizations"], 2);
  EXPECT_EQ(t["chi_bo_co_so"], 1);
  EXPECT_EQ(t["dang_bo_co_so"], 1);
  EXPECT_EQ(t["chi_bo_truc_thuoc"], 2);  // the dissolved cell does not count
  EXPECT_EQ(t["members"], 6);
  EXPECT_EQ(t["official"], 3);
  EXPECT_EQ(t["probationary"], 3);
  EXPECT_EQ(t["admitted"], 2);  // M3, M4; M6 was admitted in 2018
  EXPECT_DOUBLE_EQ(t["admission_plan_share_percent"].get<double>(), 50.0);
  EXPECT_EQ(t["converted"], 1);
  EXPECT_EQ(t["transfers_out"], 1);  // X3 left in 2018; M5's temporary attachment is not a transfer out
  EXPECT_EQ(t["transfers_in"], 1);
  EXPECT_EQ(t["cards_issued"], 1);
  EXPECT_EQ(t["badge_proposals"], 1);
  EXPECT_EQ(t["organizations_inspected"], 2);
  EXPECT_EQ(t["members_inspected"], 1);
  EXPECT_EQ(t["dues_inspections"], 1);
  EXPECT_EQ(t["discipline_inspections"], 1);
  EXPECT_EQ(t["discipline_inspections_by_kind"]["chi_bo_truc_thuoc"], 1);
  EXPECT_EQ(t["disciplined"], 1);  // the 2018 warning is outside the period
  EXPECT_EQ(t["disciplined_by_form"]["khien_trach"], 1);
  EXPECT_EQ(t["disciplined_by_form"]["canh_cao"], 0);
}

TEST(Stats, CommitteeFiguresIncludeItsCells) {
  const nlohmann::json doc = stats_json();
  const nlohmann::json& db = org_figures(doc, "DB1");
  EXPECT_EQ(db["chi_bo_truc_thuoc"], 2);
  EXPECT_EQ(db["members"], 3);  // M1, M2 in C1 and M3 in C2
  EXPECT_EQ(db["admitted"], 1);
  EXPECT_EQ(db["converted"], 1);
  EXPECT_EQ(db["transfers_out"], 1);
  EXPECT_EQ(db["cards_issued"], 1);
  EXPECT_EQ(db["organizations_inspected"], 2);  // its own inspection and its cell C2's
  EXPECT_EQ(db["disciplined"], 1);
  EXPECT_FALSE(db.contains("admission_plan_share_percent"));  // the plan is the bloc's
  const nlohmann::json& c1 = org_figures(doc, "DB1.C1");
  EXPECT_EQ(c1["members"], 2);
  EXPECT_EQ(c1["organizations_inspected"], 0);
  EXPECT_EQ(c1["discipline_inspections"], 1);
  const nlohmann::json& root = org_figures(doc, "K");
  EXPECT_EQ(root, doc["total"]);  // one root: the bloc's figures are the whole dataset's
}

TEST(Stats, OrgLimitsTheReportToThatSubtree) {
  const nlohmann::json doc = stats_json({"--org", "DB1"});
  EXPECT_EQ(doc["total"]["members"], 3);
  EXPECT_FALSE(doc["total"].contains("admission_plan_share_percent"));
  std::vector<std::string> ids;
  for (const auto& o : doc["organizations"]) ids.push_back(o["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"DB1", "DB1.C1", "DB1.C2", "DB1.C3"}));
}

TEST(Stats, TextIsVietnameseByDefaultInTheArticlesWording) {
  const auto r = run_cli({"stats", dataset().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out,
              HasSubstr("Đảng bộ Khối Mẫu hiện có 2 TCCSĐ trực thuộc, gồm 1 chi bộ cơ sở và 1 đảng bộ cơ sở (0 "
                        "đảng bộ bộ phận và 2 chi bộ trực thuộc đảng bộ cơ sở), với 6 đảng viên (3 chính thức, 3 "
                        "dự bị)."));
  EXPECT_THAT(r.out, HasSubstr("Từ 01/01/2019 đến 30/09/2019: kết nạp 2 đảng viên mới (đạt 50,0 % kế hoạch năm: 4 "
                               "đảng viên), xét chuyển đảng chính thức 1 đảng viên dự bị"));
  EXPECT_THAT(r.out, HasSubstr("có 1 đảng viên bị thi hành kỷ luật (khiển trách 1)."));
  EXPECT_THAT(r.out, Not(HasSubstr("cảnh cáo")));  // forms with no case are left out, as in the article
  // Then the committee, rolled up, under its path.
  EXPECT_THAT(r.out, HasSubstr("Đảng bộ Khối Mẫu › Đảng bộ Sở Một [DB1]\nĐảng bộ Sở Một hiện có 2 chi bộ trực thuộc, "
                               "với 3 đảng viên (2 chính thức, 1 dự bị)."));
}

TEST(Stats, TextInEnglish) {
  const auto r = run_cli({"stats", dataset().string(), "--lang", "en", "--org", "DB1.C1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Chi bộ Phòng A has 2 party members (2 official, 0 probationary)."));
  EXPECT_THAT(r.out,
              HasSubstr("From 2019-01-01 to 2019-09-30: admitted 0 new members; 1 probationary member "
                        "converted to official; 1 transfer of party activity out and 0 in; 1 party card issued"));
  EXPECT_THAT(r.out, HasSubstr("discipline enforcement inspected in 1 organization (1 cell under a grassroots "
                               "committee), 1 member disciplined (reprimand 1)."));
  EXPECT_THAT(r.out, Not(HasSubstr("plan")));
}

// The year-end rating table: the latest closed year ratings.csv holds (2018 at 30/09/2019: 2019 is not rated
// before December), per level, rolled up; a member listed without a rating that year is "not rated", one admitted
// after the year's end is not counted at all.
constexpr const char* kRated = R"(name: Đảng bộ Khối Mẫu
as_of: 2019-09-30
organizations:
  - {id: K, parent_id: "", name: Đảng bộ Khối Mẫu, kind: cap_tren_co_so}
  - {id: DB1, parent_id: K, name: Đảng bộ Sở Một, kind: dang_bo_co_so}
  - {id: DB1.C1, parent_id: DB1, name: Chi bộ Phòng A, kind: chi_bo_truc_thuoc}
  - {id: CB1, parent_id: K, name: Chi bộ Sở Hai, kind: chi_bo_co_so}
members:
  - {id: M1, org_id: DB1.C1, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-01-01, status: chinh_thuc, admitted_on: 1989-02-01, official_on: 1990-02-01}
  - {id: M2, org_id: DB1.C1, full_name: Trần Thị Bình, gender: nu, birth_date: 1990-01-01, status: chinh_thuc, admitted_on: 2010-02-10, official_on: 2011-02-10}
  - {id: M3, org_id: CB1, full_name: Lê Văn Cường, gender: nam, birth_date: 1975-01-01, status: chinh_thuc, admitted_on: 2000-01-01, official_on: 2001-01-01}
  - {id: M4, org_id: CB1, full_name: Phạm Thị Dung, gender: nu, birth_date: 1940-01-01, status: chinh_thuc, admitted_on: 1965-06-01, official_on: 1966-06-01, exempt: true}
  - {id: M5, org_id: CB1, full_name: Hoàng Văn Em, gender: nam, birth_date: 1996-01-01, status: du_bi, admitted_on: 2019-06-01}
ratings:
  - {member_id: M1, year: 2018, rating: xuat_sac}
  - {member_id: M2, year: 2018, rating: tot}
  - {member_id: M3, year: 2018, rating: khong_hoan_thanh}
  - {member_id: M1, year: 2017, rating: tot}
  - {member_id: M1, year: 2019, rating: tot}
)";

TEST(Stats, RatingTablePerOrganization) {
  const fs::path dir = kiemtra::test::temp_dir("stats-rated");
  std::ofstream(dir / "dataset.yaml") << kRated;
  const auto r = run_cli({"stats", dir.string(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  const nlohmann::json& t = doc["total"];
  EXPECT_EQ(t["ratings_year"], 2018);
  EXPECT_EQ(t["rated"], 3);
  EXPECT_EQ(t["rated_xuat_sac"], 1);
  EXPECT_EQ(t["rated_tot"], 1);
  EXPECT_EQ(t["rated_hoan_thanh"], 0);
  EXPECT_EQ(t["rated_khong_hoan_thanh"], 1);
  EXPECT_EQ(t["not_rated"], 1);  // M4 (exempt); M5 was admitted after 2018
  const nlohmann::json& db = org_figures(doc, "DB1");
  EXPECT_EQ(db["rated"], 2);
  EXPECT_EQ(db["rated_xuat_sac"], 1);
  EXPECT_EQ(org_figures(doc, "CB1")["rated_khong_hoan_thanh"], 1);
  const auto vi = run_cli({"stats", dir.string()});
  ASSERT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_THAT(vi.out, HasSubstr("Đánh giá, xếp loại chất lượng đảng viên năm 2018: 3 đảng viên được xếp loại, hoàn "
                                "thành xuất sắc nhiệm vụ 1 (33,3 %), hoàn thành tốt nhiệm vụ 1 (33,3 %), hoàn thành "
                                "nhiệm vụ 0 (0,0 %) và không hoàn thành nhiệm vụ 1 (33,3 %); 1 đảng viên không xếp "
                                "loại."));
  const auto en = run_cli({"stats", dir.string(), "--lang", "en", "--org", "DB1"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  EXPECT_THAT(en.out, HasSubstr("Annual quality rating of 2018: 2 members rated, excellent 1 (50.0%), good 1 "
                                "(50.0%), satisfactory 0 (0.0%) and failing 0 (0.0%); 0 not rated."));
}

TEST(Stats, NoRatingTableWithoutRatings) {
  const nlohmann::json t = stats_json()["total"];
  EXPECT_FALSE(t.contains("ratings_year"));
  const auto r = run_cli({"stats", dataset().string()});
  EXPECT_THAT(r.out, Not(HasSubstr("xếp loại chất lượng")));
}

TEST(Stats, UnknownOrgIsAUsageError) {
  const auto vi = run_cli({"stats", dataset().string(), "--org", "ZZ"});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_TRUE(vi.out.empty());
  EXPECT_THAT(vi.err, HasSubstr("--org: không có tổ chức mã 'ZZ'"));
  const auto en = run_cli({"stats", dataset().string(), "--org", "ZZ", "--lang", "en"});
  EXPECT_EQ(en.exit_code, 2);
  EXPECT_THAT(en.err, HasSubstr("--org: no organization with id 'ZZ'"));
}

TEST(Stats, RollUpInTheLibraryMatchesTheSumOfTheCells) {
  const auto data = kiemtra::core::read_dataset(dataset());
  const auto s = kiemtra::core::compute_stats(*data, data->period_start, data->as_of);
  const std::uint32_t db = data->find_org("DB1"), c1 = data->find_org("DB1.C1"), c2 = data->find_org("DB1.C2");
  EXPECT_EQ(s.per_org[db].members, s.per_org[c1].members + s.per_org[c2].members);
  EXPECT_EQ(s.per_org[db].admitted, s.per_org[c1].admitted + s.per_org[c2].admitted);
  EXPECT_EQ(s.per_org[data->find_org("K")].members, s.total.members);
}

}  // namespace
