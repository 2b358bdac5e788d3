// The contract's columns per table, and the mapping of a file's header onto them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dataset/utf8.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// One column of the contract.
struct ColumnSpec {
  std::string_view name;
  bool required;  ///< the header must have it (CSV form)
};

/// One table of the contract.
struct TableSpec {
  TableId id;
  std::string_view file;  ///< e.g. "members.csv"
  std::span<const ColumnSpec> columns;
};

const TableSpec& spec_of(TableId id);
/// The table named `name` ("members"), or false.
bool table_by_name(std::string_view name, TableId& out);

// Column positions in each table's spec, as the row builders use them.
namespace org_col {
enum : int { id, parent_id, name, kind, established_on, last_congress_on, dissolved_on };
}
namespace member_col {
enum : int {
  id,
  org_id,
  full_name,
  gender,
  birth_date,
  citizen_id,
  status,
  admitted_on,
  official_on,
  education,
  card_number,
  card_issued_on,
  exempt,
  dues_category,
  monthly_income,
  readmitted,
  decision_on,
  first_decision_on,
  previous_exit_on,
  badge_years,
  badge_awarded_on,
  exempt_from,
  exempt_until,
  exempt_reason
};
}
namespace dues_col {
enum : int { member_id, period, amount, paid_on, income_basis };
}
namespace candidate_col {
enum : int {
  id,
  org_id,
  full_name,
  gender,
  birth_date,
  education,
  course_certificate_on,
  introducer_1,
  introducer_2,
  introducer_1_since,
  introducer_2_since,
  youth_union_introduced,
  cell_resolution_on,
  decision_on,
  admitted_on,
  readmission,
  previous_exit_on,
  trade_union_introduced,
  introducer_1_replacement,
  introducer_2_replacement,
  record_cleared_on
};
}
namespace committee_col {
enum : int { org_id, term, member_id, role, planned, first_time };
}
namespace transfer_col {
enum : int { member_id, org_id, full_name, direction, issued_on, presented_on, counterpart, kind, ended_on };
}
namespace event_col {
enum : int { kind, date, org_id, member_id, detail };
}
namespace rating_col {
enum : int { member_id, year, rating };
}
namespace meeting_col {
enum : int { id, org_id, date, kind };
}
namespace attendance_col {
enum : int { meeting_id, member_id, present, reason };
}

/// Header aliases of one table: contract column name -> header in the file.
using AliasList = std::vector<std::pair<std::string, std::string>>;

/// Where each contract column and each extra column sits in a record.
struct HeaderMap {
  std::vector<int> cell_of;  ///< contract column -> cell index, -1 when the header lacks it
  std::vector<int> extra_cells;
  std::vector<std::string> extra_names;
  std::size_t width = 0;  ///< cells in the header
};

/// Maps `names` (header cells, trimmed and NFC) onto the contract. Throws UserError for a contract
/// column given twice and, when `require` is set (CSV), for a required column the header lacks.
/// `positions` locate the header cells for messages; `manifest` names the file aliases come from.
/// `later` holds the records after the header (their line and cells), a few of them: when required columns are
/// missing, a later record that has them is named as the real header, under the export's titles.
struct LaterRecord {
  std::uint32_t line = 0;
  std::vector<std::string> names;
};
HeaderMap map_header(const TableSpec& spec, const std::vector<std::string>& names,
                     const std::vector<TextPos>& positions, const AliasList& aliases, const std::string& file,
                     std::string_view manifest, bool require, const std::vector<LaterRecord>& later = {});

}  // namespace kiemtra::core::dataset
