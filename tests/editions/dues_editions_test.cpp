// The dues rules through `kiemtra validate --format json`: each finding cites the edition in force for its month,
// a province's edition added in YAML is used and cited, and `rules explain` shows every edition's rates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

// A student (2,000 đ to January 2026, 5,000 đ from February 2026) and a salaried member with 50 years of party age.
constexpr const char* kDataset = R"(name: Huyện ủy Mẫu
as_of: 2026-03-31
organizations:
  - {id: HU, parent_id: "", name: Huyện ủy Mẫu, kind: cap_tren_co_so}
  - {id: CB01, parent_id: HU, name: Chi bộ Thôn Đông, kind: chi_bo_co_so}
members:
  - {id: DV05, org_id: CB01, full_name: Hoàng Văn Em, gender: nam, birth_date: 2004-07-05, status: chinh_thuc, admitted_on: 2023-03-26, official_on: 2024-03-26, dues_category: hoc_sinh_sinh_vien}
  - {id: DV06, org_id: CB01, full_name: Vũ Văn Phúc, gender: nam, birth_date: 1948-08-06, status: chinh_thuc, admitted_on: 1975-03-01, official_on: 1976-03-01, dues_category: luong, monthly_income: 8000000}
dues:
  - {member_id: DV05, period: 2026-01, amount: 1000, paid_on: 2026-01-20}
  - {member_id: DV05, period: 2026-02, amount: 2000, paid_on: 2026-02-20}
  - {member_id: DV05, period: 2026-03, amount: 5000, paid_on: 2026-03-20}
)";

fs::path write_dataset(const std::string& name) {
  const fs::path dir = kiemtra::test::temp_dir(name);
  std::ofstream(dir / "dataset.yaml") << kDataset;
  return dir;
}

/// A profile file holding `text`.
fs::path profile(const std::string& name, const std::string& text) {
  const fs::path p = kiemtra::test::temp_dir(name) / "profile.yaml";
  std::ofstream(p) << text;
  return p;
}

nlohmann::json validate(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {
      "validate", write_dataset("dues-json").string(), "--format", "json", "--lang", "all", "--rules", "dues/*", "--fail-on", "never"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  // Each finding's citation in place of its position in the report's table.
  for (auto& f : doc["findings"]) f["citation"] = doc["citations"][f["citation"].get<std::size_t>()];
  return doc;
}

/// The findings of `rule` by subject id.
std::map<std::string, nlohmann::json> by_subject(const nlohmann::json& doc, const std::string& rule) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& f : doc["findings"])
    if (f["rule"] == rule) out[f["subject"]["id"].get<std::string>()] = f;
  return out;
}

TEST(DuesEditions, UnderpaidCitesTheEditionOfTheMonthPaidFor) {
  const auto found = by_subject(validate({}), "dues/underpaid");
  ASSERT_EQ(found.size(), 2u);
  const auto& jan = found.at("DV05/2026-01");
  EXPECT_THAT(jan["citation"]["document"].get<std::string>(), HasSubstr("342-QĐ/TW"));
  EXPECT_EQ(jan["evidence"]["required"], "2000");
  EXPECT_EQ(jan["subject"]["kind"], "payment");
  EXPECT_EQ(jan["subject"]["id"], "DV05/2026-01");  // the month is in the subject: no discriminator repeats it
  EXPECT_EQ(jan["org"], "CB01");
  const auto& feb = found.at("DV05/2026-02");
  EXPECT_THAT(feb["citation"]["document"].get<std::string>(), HasSubstr("01-QĐ/TW"));
  EXPECT_EQ(feb["evidence"]["required"], "5000");
  EXPECT_THAT(feb["message_en"].get<std::string>(), HasSubstr("paid 2,000 VND for 2026-02, below the required 5,000"));
  EXPECT_THAT(feb["message_vi"].get<std::string>(), HasSubstr("đóng 2.000 đ cho tháng 02/2026"));
}

TEST(DuesEditions, UnpaidMonthsLeavesOutExemptMonthsAndCitesTheClosingEdition) {
  // As of 31/03/2026 the months counted are January and February 2026. DV06 paid nothing: January counts
  // (342-QĐ/TW exempts no one), February does not (01-QĐ/TW: 50 years of party age).
  const auto found = by_subject(validate({}), "dues/unpaid-months");
  ASSERT_EQ(found.count("DV06"), 0u);  // 1 unpaid month < 3
  const fs::path max1 = profile("dues-max1", "rules:\n  dues/unpaid-months: {params: {max_unpaid_months: 1}}\n");
  const auto one = by_subject(validate({"--config", max1.string()}), "dues/unpaid-months");
  ASSERT_EQ(one.count("DV06"), 1u);
  const auto& f = one.at("DV06");
  EXPECT_EQ(f["evidence"]["months"], "2026-01");
  EXPECT_EQ(f["evidence"]["months_owed"], "1");
  EXPECT_THAT(f["citation"]["document"].get<std::string>(), HasSubstr("01-QĐ/TW"));
  // As of 15/01/2026 the whole of 2025 is counted, judged by 342-QĐ/TW.
  const auto year2025 = by_subject(validate({"--as-of", "2026-01-15"}), "dues/unpaid-months");
  ASSERT_EQ(year2025.count("DV06"), 1u);
  EXPECT_EQ(year2025.at("DV06")["evidence"]["unpaid_months"], "12");
  EXPECT_THAT(year2025.at("DV06")["citation"]["document"].get<std::string>(), HasSubstr("342-QĐ/TW"));
}

TEST(DuesEditions, AProvinceEditionAddedInYamlIsUsedAndCited) {
  const fs::path tinh = profile("dues-province",
                                "rules:\n"
                                "  dues/underpaid:\n"
                                "    editions:\n"
                                "      - from: 2026-03-01\n"
                                "        citation: {document: \"Hướng dẫn 05-HD/TU tỉnh Mẫu\", article: \"Mục 2\"}\n"
                                "        params: {fixed_amount: {hoc_sinh_sinh_vien: 10000}}\n");
  const auto found = by_subject(validate({"--config", tinh.string()}), "dues/underpaid");
  ASSERT_EQ(found.count("DV05/2026-03"), 1u);
  const auto& mar = found.at("DV05/2026-03");
  EXPECT_EQ(mar["citation"]["document"], "Hướng dẫn 05-HD/TU tỉnh Mẫu");
  EXPECT_EQ(mar["citation"]["article"], "Mục 2");
  EXPECT_EQ(mar["evidence"]["required"], "10000");
  // The months before it keep the national editions.
  EXPECT_THAT(found.at("DV05/2026-02")["citation"]["document"].get<std::string>(), HasSubstr("01-QĐ/TW"));
}

TEST(DuesEditions, AnUnknownCategoryInTheRatesIsARuleFailureNamingIt) {
  const fs::path typo =
      profile("dues-typo", "rules:\n  dues/underpaid:\n    params: {fixed_amount: {hoc_sinh: 2000}}\n");
  const auto r = run_cli({"validate", write_dataset("dues-typo-data").string(), "--rules", "dues/*", "--config",
                          typo.string(), "--lang", "en"});
  EXPECT_THAT(r.out + r.err, HasSubstr("'hoc_sinh' is not a dues category"));
}

TEST(DuesEditions, ExplainShowsEachEditionWithItsRates) {
  const auto r = run_cli({"rules", "explain", "dues/underpaid", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto at342 = r.out.find("from 2011-04-01: Quyết định 342-QĐ/TW");
  const auto at01 = r.out.find("from 2026-02-01: Quy định 01-QĐ/TW");
  ASSERT_NE(at342, std::string::npos) << r.out;
  ASSERT_NE(at01, std::string::npos) << r.out;
  ASSERT_LT(at342, at01);
  const std::string old_rates = r.out.substr(at342, at01 - at342), new_rates = r.out.substr(at01);
  EXPECT_THAT(old_rates, HasSubstr("percent_of_income = {luong: 1, huu_tri: 0.5}"));
  EXPECT_THAT(old_rates, HasSubstr("fixed_amount = {hoc_sinh_sinh_vien: 2000}"));
  EXPECT_THAT(old_rates, HasSubstr("exempt_party_age_years = 0"));
  EXPECT_THAT(new_rates, HasSubstr("fixed_amount = {hoc_sinh_sinh_vien: 5000}"));
  EXPECT_THAT(new_rates, HasSubstr("exempt_party_age_years = 50"));
}

}  // namespace
