// State shared by the table readers of one read_dataset call.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "dataset/arena.hpp"
#include "dataset/date_order.hpp"
#include "dataset/encoding.hpp"
#include "dataset/noted_positions.hpp"
#include "dataset/row_context.hpp"
#include "dataset/row_tap.hpp"
#include "dataset/table_spec.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// The dataset being built and the options of the read.
struct ReadState {
  Dataset* dataset = nullptr;
  Arena* storage = nullptr;          ///< adopts the arenas of every worker
  std::array<AliasList, kTableCount> aliases;  ///< manifest `columns`, per TableId
  std::string manifest_file;         ///< where aliases come from, for messages
  /// Positions noted by the rows of the table being read (final lines), see RowContext::note_position.
  NotedPositions positions;
  /// Rows of organizations / members / meetings whose id repeats an earlier row's.
  std::vector<bool> later_duplicate_org, later_duplicate_member, later_duplicate_meeting;
  std::array<bool, kTableCount> month_first{};  ///< manifest `date_order: mdy`, per TableId
  std::array<char, kTableCount> separator{};     ///< manifest `separator:`, per TableId (0: detected from the header line)
  std::array<TextEncoding, kTableCount> encoding{};  ///< manifest `encoding:`, per TableId
  std::array<std::uint32_t, kTableCount> header_row{};  ///< manifest `header_row:`, per TableId (0: the first non-blank line)
  DateReading dates;                   ///< how the table being read reads a/b/yyyy dates
  std::vector<DateColumnCount> date_counts;  ///< per column of the table being read
  bool strict = false;
  int jobs = 1;
  RowTap* tap = nullptr;  ///< ReadOptions::tap
  bool fast_paths = true;  ///< ReadOptions::fast_paths

  /// Tells the tap a table starts; returns the tap for the table's TableSetup.
  RowTap* tap_table(TableId id, const HeaderMap& map) {
    if (tap != nullptr) tap->begin_table(id, map, dates.month_first);
    return tap;
  }
  /// The setting of table `id`'s read from `file` under header `map` (tells the tap the table starts).
  TableSetup table_setup(const TableSpec& spec, const HeaderMap& map, const std::string& file, TableId id) {
    return TableSetup{
        &spec,     &map, &file, dataset, &later_duplicate_org, &later_duplicate_member, &dates, tap_table(id, map),
        fast_paths};
  }
};

}  // namespace kiemtra::core::dataset
