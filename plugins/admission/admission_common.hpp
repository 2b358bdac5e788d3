// What the admission rules share: the candidate's reference date, the editions of the implementing regulation,
// unreadable values, and the two wordings of the reference date in messages.
#pragma once

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../shared/implementing_regulation.hpp"

namespace kiemtra::plugins::admission {

/// The reference date of a candidate (catalog): the cell's resolution date, else the as-of date. A resolution
/// dated after the as-of date does not exist yet (integrity/date-order reports it), so the as-of date is used.
inline Date reference_date(const Candidate& c, Date as_of) {
  const Date r = happened_by(c.cell_resolution_on, as_of);
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

/// The suffix of the key of a message's variant for a file the cell has not resolved yet (see add_at_reference).
inline constexpr std::string_view kNoResolution = "_no_resolution";

/// Adds `spec` as two messages, for a message that says at which date its figures are counted: `{_at}` in its
/// formats. Message `key` words it as the cell's resolution ("ngày chi bộ ra nghị quyết đề nghị kết nạp
/// (12/03/2024)" / "the cell's resolution date (2024-03-12)"), message `key` + kNoResolution as the as-of date
/// ("ngày tham chiếu 28/06/2024 (chi bộ chưa ra nghị quyết)" / "the as-of date 2024-06-28 (no cell resolution
/// yet)"). `spec.args` names `reference_date`; at_reference picks the key.
inline void add_at_reference(std::vector<MessageSpec>& messages, const MessageSpec& spec) {
  const auto put = [](std::string format, std::string_view at) {
    static constexpr std::string_view kAt = "{_at}";
    for (auto p = format.find(kAt); p != std::string::npos; p = format.find(kAt, p + at.size()))
      format.replace(p, kAt.size(), at);
    return format;
  };
  messages.push_back({spec.key, spec.args, put(spec.vi, "ngày chi bộ ra nghị quyết đề nghị kết nạp ({reference_date})"),
                      put(spec.en, "the cell's resolution date ({reference_date})")});
  messages.push_back({spec.key + std::string(kNoResolution), spec.args,
                      put(spec.vi, "ngày tham chiếu {reference_date} (chi bộ chưa ra nghị quyết)"),
                      put(spec.en, "the as-of date {reference_date} (no cell resolution yet)")});
}

/// The key of message `key` (added by add_at_reference) for candidate `c` at its reference date `reference`.
/// A temporary: say it and emit the finding in one expression.
inline std::string at_reference(std::string_view key, const Candidate& c, Date reference) {
  std::string k(key);
  if (c.cell_resolution_on != reference) k += kNoResolution;
  return k;
}

}  // namespace kiemtra::plugins::admission
