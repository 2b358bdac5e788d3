// The figures of one organization (or the whole dataset) as labelled cells in the article's order:
// what the figures documents (HTML, XLSX) lay out as rows and columns.
#pragma once

#include <string>
#include <vector>

#include "stats/stats.hpp"

namespace kiemtra::core {

struct FigureCell {
  std::string key;    ///< the JSON key (docs/stats.md)
  std::string label;  ///< the article's words, in the language asked for
  double value = 0;
  bool percent = false;  ///< a share in percent (one decimal), not a count
};

/// The cells of `f`. The admission plan's share is a cell only `with_plan` and when the manifest sets a target
/// (the plan is the whole dataset's); supervisions, which the article does not report, always are.
std::vector<FigureCell> figure_cells(const Figures& f, const StatsReport& stats, bool with_plan, const std::string& lang);

}  // namespace kiemtra::core
