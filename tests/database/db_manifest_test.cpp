// The `database:` block of dataset.yaml: each mistake is refused at file:line:column before anything is read.
#include <gtest/gtest.h>

#include <fstream>

#include "dataset/manifest.hpp"
#include "support/cli.hpp"
#include "util/error.hpp"

namespace kiemtra::test {
namespace {

std::string refusal(const std::string& yaml) {
  const auto file = temp_dir("db-manifest") / "dataset.yaml";
  std::ofstream(file) << yaml;
  try {
    core::dataset::read_manifest(core::dataset::load_yaml_file(file.string()), file.string());
  } catch (const core::UserError& e) {
    return e.text().en;
  }
  return "accepted";
}

TEST(DbManifest, ReadsTablesAndQueries) {
  const auto file = temp_dir("db-manifest-ok") / "dataset.yaml";
  std::ofstream(file) << "database:\n  postgres: service=kiemtra\n  connect_timeout: 5\n  tables:\n"
                         "    members: dang_vien\n    dues: {query: \"SELECT 1\"}\n    organizations: {table: hr.to_chuc}\n";
  const auto m = core::dataset::read_manifest(core::dataset::load_yaml_file(file.string()), file.string());
  EXPECT_EQ(m.database.kind, core::dataset::DbKind::postgres);
  EXPECT_EQ(m.database.target, "service=kiemtra");
  EXPECT_EQ(m.database.connect_timeout, 5);
  EXPECT_EQ(m.database.tables[static_cast<std::size_t>(TableId::members)].table, "dang_vien");
  EXPECT_EQ(m.database.tables[static_cast<std::size_t>(TableId::dues)].query, "SELECT 1");
  EXPECT_EQ(m.database.tables[static_cast<std::size_t>(TableId::organizations)].table, "hr.to_chuc");
  EXPECT_FALSE(m.database.tables[static_cast<std::size_t>(TableId::events)].used);
}

TEST(DbManifest, RefusesMistakesAtTheirLine) {
  EXPECT_NE(refusal("database:\n  postgres: \"host=db password=hunter2\"\n  tables: {members: m}\n")
                .find(":2:13: 'postgres': must not hold a password"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  postgres: postgresql://u:hunter2@db/x\n  tables: {members: m}\n").find("must not hold a password"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  postgres: x=\n  tables: {members: m}\n").find("cannot be read"), std::string::npos);
  EXPECT_NE(refusal("database:\n  postgres: dbname=x\n  sqlite: a.db\n  tables: {members: m}\n").find("one database only"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  postgres: dbname=x\n").find("lacks tables:"), std::string::npos);
  EXPECT_NE(refusal("database:\n  tables: {members: m}\n").find("lacks postgres:"), std::string::npos);
  EXPECT_NE(refusal("database:\n  sqlite: a.db\n  tables: {memberz: m}\n").find(":3:12: 'memberz': is not a table name"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  sqlite: a.db\n  tables: {members: {table: a, query: b}}\n").find("not both"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  sqlite: a.db\n  connect_timeout: soon\n  tables: {members: m}\n").find("number of seconds"),
            std::string::npos);
  EXPECT_NE(refusal("database:\n  sqlite: a.db\n  host: x\n  tables: {members: m}\n").find("unknown key"), std::string::npos);
}

}  // namespace
}  // namespace kiemtra::test
