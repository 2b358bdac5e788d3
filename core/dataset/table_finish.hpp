// Steps after a table is read: code indexes, duplicate ids, parents, issue order, --strict.
#pragma once

#include <cstddef>

#include "dataset/read_state.hpp"

namespace kiemtra::core::dataset {

/// Builds org_index, reports duplicate ids (the later row is kept, not indexed) and resolves
/// parent_id (dangling parents become unresolved references).
void finish_organizations(ReadState& st, std::size_t issues_before);
/// Builds member_index and reports duplicate ids.
void finish_members(ReadState& st, std::size_t issues_before);
/// Builds meeting_index and reports duplicate meeting ids.
void finish_meetings(ReadState& st, std::size_t issues_before);
/// Resolves attendance's meeting_id against the meetings (dangling ids become unresolved references).
void finish_attendance(ReadState& st, std::size_t issues_before);
/// Orders the issues the current table added by line and column; with --strict throws on the first.
void finish_issues(ReadState& st, std::size_t issues_before);

}  // namespace kiemtra::core::dataset
