// libxlsxwriter, opened the first time an Excel report is written instead of linked into kiemtra: it needs
// libcrypto and minizip, mapped at every start of every command for the few runs that write .xlsx. The
// report writers call xlsxwriter::workbook_new and the rest as they would call libxlsxwriter.
#pragma once

#include <xlsxwriter.h>

#include "util/lazy_library.hpp"

namespace kiemtra::core {

// The list as a list: clang-format would stagger it.
// clang-format off
#define KIEMTRA_XLSXWRITER_FUNCTIONS(X)                                                                                \
  X(format_set_align) X(format_set_bg_color) X(format_set_bold) X(format_set_bottom) X(format_set_font_color)          \
  X(format_set_font_size) X(format_set_indent) X(format_set_num_format) X(format_set_text_wrap) X(lxw_strerror)        \
  X(workbook_add_format) X(workbook_add_worksheet) X(workbook_close) X(workbook_new) X(workbook_new_opt)               \
  X(workbook_set_properties) X(worksheet_autofilter) X(worksheet_fit_to_pages) X(worksheet_freeze_panes)               \
  X(worksheet_repeat_rows) X(worksheet_set_column) X(worksheet_set_landscape) X(worksheet_set_paper)                   \
  X(worksheet_set_row) X(worksheet_set_row_opt) X(worksheet_write_datetime) X(worksheet_write_number)                  \
  X(worksheet_write_string)
// clang-format on

// LibXlsxWriter, xlsxwriter_api() (opening the library on first use; UserError, exit 2, naming the library and the
// package to install when it cannot be) and the forwarders xlsxwriter::f.
KIEMTRA_LAZY_API_DECLARATION(LibXlsxWriter, xlsxwriter_api, xlsxwriter, KIEMTRA_XLSXWRITER_FUNCTIONS)

}  // namespace kiemtra::core
