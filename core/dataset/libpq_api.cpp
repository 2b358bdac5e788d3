// Loading libpq.so.5 on first use (libpq_api.hpp).
#include "dataset/libpq_api.hpp"

namespace kiemtra::core::dataset {

namespace {

// KIEMTRA_LIBPQ names another build of libpq (a path, or a name the loader searches for).
constexpr LazyLibrary kLibPq{"libpq.so.5",
                             "KIEMTRA_LIBPQ",
                             "libpq5",
                             "PostgreSQL",
                             "PostgreSQL",
                             "để đọc dữ liệu từ PostgreSQL",
                             "to read data from PostgreSQL"};

}  // namespace

KIEMTRA_LAZY_API_DEFINITION(LibPq, libpq, KIEMTRA_LIBPQ_FUNCTIONS, kLibPq)

}  // namespace kiemtra::core::dataset
