// libzip, opened the first time an .xlsx workbook is read instead of linked into kiemtra: Debian's libzip
// needs libcrypto, the largest library kiemtra mapped at every start, and a run that reads CSV never unzips
// anything. The workbook reader calls libzip::zip_open and the rest as it would call libzip.
#pragma once

#include <zip.h>

#include "util/lazy_library.hpp"

namespace kiemtra::core::dataset {

// The list as a list: clang-format would stagger it.
// clang-format off
#define KIEMTRA_LIBZIP_FUNCTIONS(X)                                                                                    \
  X(zip_discard) X(zip_error_fini) X(zip_error_init_with_code) X(zip_error_strerror) X(zip_fclose) X(zip_fopen)        \
  X(zip_fread) X(zip_name_locate) X(zip_open)
// clang-format on

// LibZip, libzip_api() (opening the library on first use; UserError, exit 2, naming the library and the package
// to install when it cannot be) and the forwarders libzip::f.
KIEMTRA_LAZY_API_DECLARATION(LibZip, libzip_api, libzip, KIEMTRA_LIBZIP_FUNCTIONS)

}  // namespace kiemtra::core::dataset
