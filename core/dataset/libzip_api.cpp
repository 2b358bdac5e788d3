// Opening libzip.so.4 on first use (libzip_api.hpp).
#include "dataset/libzip_api.hpp"

namespace kiemtra::core::dataset {

namespace {

// KIEMTRA_LIBZIP names another build of libzip (a path, or a name the loader searches for).
constexpr LazyLibrary kLibZip{"libzip.so.4",
                              "KIEMTRA_LIBZIP",
                              "libzip4",
                              "libzip",
                              "libzip",
                              "để đọc tệp Excel (.xlsx)",
                              "to read Excel workbooks (.xlsx)"};

}  // namespace

KIEMTRA_LAZY_API_DEFINITION(LibZip, libzip_api, KIEMTRA_LIBZIP_FUNCTIONS, kLibZip)

}  // namespace kiemtra::core::dataset
