// What the database suites share: the bloc loaded once per database, a dataset folder whose manifest reads
// tables from it, and the findings of a run compared without their locations.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/cli.hpp"

namespace kiemtra::test {

/// examples/khoi-cqt-2019.
std::filesystem::path bloc_dir();

/// A fresh folder holding the bloc's dataset.yaml with `database_block` (YAML, starting "database:") appended,
/// and copies of the bloc's CSV files named in `csv_tables`.
std::filesystem::path db_dataset(const std::string& name, const std::string& database_block,
                                 const std::vector<std::string>& csv_tables = {});

/// `validate <dataset> --format json` and the findings as sorted lines "rule|severity|org|subject|evidence",
/// which hold no file location, so a table read from a database compares equal to the same table as CSV.
struct ValidateRun {
  CliResult cli;
  std::vector<std::string> findings;
  std::vector<std::string> locations;  ///< "rule|subject -> location :: message"
};
ValidateRun validate_json(const std::filesystem::path& dataset, const std::vector<std::string>& extra = {},
                  const std::vector<std::string>& env = {});

/// "  members: members\n" ... for the bloc's tables, under "  tables:".
std::string all_tables_block();

/// For the batch tests, whose 30,000 dues hold the bad amounts x17000 and x25001 on the rows of those
/// numbers: both are reported in order with their lines, and --strict stops at the first. `context` names the
/// case in a failure.
void expect_the_two_bad_amounts(const std::filesystem::path& dataset, int jobs, const std::string& context);

}  // namespace kiemtra::test
