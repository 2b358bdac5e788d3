// Opening libxlsxwriter.so.4 on first use (xlsxwriter_api.hpp).
#include "report/xlsxwriter_api.hpp"

namespace kiemtra::core {

namespace {

// KIEMTRA_LIBXLSXWRITER names another build of libxlsxwriter (a path, or a name the loader searches for).
constexpr LazyLibrary kLibXlsxWriter{
    "libxlsxwriter.so.4",           "KIEMTRA_LIBXLSXWRITER",         "libxlsxwriter4", "libxlsxwriter", "libxlsxwriter",
    "để ghi báo cáo Excel (.xlsx)", "to write Excel reports (.xlsx)"};

}  // namespace

KIEMTRA_LAZY_API_DEFINITION(LibXlsxWriter, xlsxwriter_api, KIEMTRA_XLSXWRITER_FUNCTIONS, kLibXlsxWriter)

}  // namespace kiemtra::core
