// Row builders: one per table of the contract, reading a row's cells through a RowContext.
#pragma once

#include "dataset/row_context.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Organization::parent is resolved once the whole table is read (resolve_parents).
void build_row(RowContext& ctx, Organization& row);
void build_row(RowContext& ctx, Member& row);
void build_row(RowContext& ctx, Payment& row);
void build_row(RowContext& ctx, Candidate& row);
void build_row(RowContext& ctx, CommitteeSeat& row);
void build_row(RowContext& ctx, Transfer& row);
void build_row(RowContext& ctx, Event& row);
void build_row(RowContext& ctx, Rating& row);
void build_row(RowContext& ctx, Meeting& row);
void build_row(RowContext& ctx, Attendance& row);

}  // namespace kiemtra::core::dataset
