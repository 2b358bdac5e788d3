// Every file of a dataset folder is accounted for: a spreadsheet or CSV that is not a table of the contract
// (committee.csv, Dues.csv, members.xlsx) would otherwise be skipped without a word, and the checks of its
// table would quietly find nothing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiemtra::core::dataset {

/// Throws UserError (exit 2) naming every data-like file (.csv, .tsv, .txt, .xlsx, .xls, .xlsm, .ods) directly
/// in `dir` that is not a table file of the contract (members.csv or members.xlsx), not the manifest's
/// `workbook` and matches no glob of `ignore` (the manifest's `ignore:`), each with the table file it resembles;
/// and every table given both as CSV and as .xlsx, since only one would be read. `manifest` is the path of
/// dataset.yaml, for the fix it names.
void check_stray_files(const std::filesystem::path& dir, const std::vector<std::string>& ignore,
                       const std::string& workbook, const std::string& manifest);

/// The table file `name` resembles ("committees.csv" for "committee.csv", "dues.csv" for "Dues.csv" or
/// "dues.xlsx"), or "" when it resembles none.
std::string resembled_table_file(const std::string& name);

}  // namespace kiemtra::core::dataset
