// The words of a run's annotations: baseline codes and waiver labels.
#include "run/annotations.hpp"

#include <algorithm>


namespace kiemtra::core {

const char* baseline_code(Baseline b) {
  switch (b) {
    case Baseline::fresh: return "new";
    case Baseline::unchanged: return "unchanged";
    case Baseline::none: return "";
  }
  return "";
}

std::string waiver_label(const Waiver& w, const std::string& lang) {
  if (lang == "en") return w.reason + " (" + w.owner + ", until " + w.expires.iso() + "; " + w.where() + ")";
  return w.reason + " (" + w.owner + ", đến " + w.expires.vn() + "; " + w.where() + ")";
}

}  // namespace kiemtra::core
