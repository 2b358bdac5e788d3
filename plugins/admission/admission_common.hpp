// What the admission rules share: the candidate's reference date, the editions of the implementing regulation,
// dates that exist at the as-of date, unreadable values, and the finding about a candidate.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../shared/implementing_regulation.hpp"

namespace kiemtra::plugins::admission {

/// A date the run may use: valid and not after the as-of date (nothing after it exists yet).
inline Date existing(Date d, Date as_of) { return d.valid() && d <= as_of ? d : Date{}; }

/// The reference date of a candidate (catalog): the cell's resolution date, else the as-of date. A resolution
/// dated after the as-of date does not exist yet (integrity/date-order reports it), so the as-of date is used.
inline Date reference_date(const Candidate& c, Date as_of) {
  const Date r = existing(c.cell_resolution_on, as_of);
  return r.valid() ? r : as_of;
}

/// The candidate rows whose `column` the reader could not read: integrity/bad-value reports those values, so an
/// admission rule does not also read them as "missing". Built once per run (a dataset may hold many read issues).
class UnreadableRows {
 public:
  UnreadableRows(const Dataset& data, std::string_view column) {
    for (const ReadIssue& is : data.read_issues)
      if (is.table == TableId::candidates && is.column_name == column) lines_.push_back(is.line);
    std::sort(lines_.begin(), lines_.end());
  }
  bool contains(const Candidate& c) const { return std::binary_search(lines_.begin(), lines_.end(), c.line); }

 private:
  std::vector<std::uint32_t> lines_;
};

/// A finding about an admission file: it belongs to the proposing cell (the dataset root when unresolved) and
/// cites the edition in force at the candidate's reference date.
inline Finding candidate_finding(const RunContext& ctx, const Candidate& c, Date reference) {
  Finding f;
  f.severity = ctx.severity;
  f.citation = ctx.params.at(reference).citation;
  f.org = c.org;
  f.subject_kind = SubjectKind::candidate;
  f.subject_id = std::string(c.id);
  f.subject_name = std::string(c.full_name);
  return f;
}

/// "Hồ sơ kết nạp Nguyễn Văn A (UV01)" / "The admission file of Nguyễn Văn A (UV01)", to start a sentence.
inline std::string file_vi(const Candidate& c) { return fmt::format("Hồ sơ kết nạp {} ({})", c.full_name, c.id); }
inline std::string file_en(const Candidate& c) {
  return fmt::format("The admission file of {} ({})", c.full_name, c.id);
}

/// "nghị quyết của chi bộ ngày 12/03/2024" / "the cell's resolution of 2024-03-12", or the as-of date when the
/// cell has not resolved yet: says which date the figures of a message are counted at.
inline std::string reference_vi(const Candidate& c, Date reference) {
  return c.cell_resolution_on == reference
             ? fmt::format("ngày chi bộ ra nghị quyết đề nghị kết nạp ({})", reference.vn())
             : fmt::format("ngày tham chiếu {} (chi bộ chưa ra nghị quyết)", reference.vn());
}
inline std::string reference_en(const Candidate& c, Date reference) {
  return c.cell_resolution_on == reference ? fmt::format("the cell's resolution date ({})", reference.iso())
                                           : fmt::format("the as-of date {} (no cell resolution yet)", reference.iso());
}

}  // namespace kiemtra::plugins::admission
