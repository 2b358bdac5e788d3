// The bytes of a dataset's files, and whether its manifest names a database.
#include "dataset/dataset_size.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace kiemtra::core::dataset {

namespace {

namespace fs = std::filesystem;

/// Whether the manifest may name a database (the size of its tables is not known from the files).
bool may_name_a_database(const fs::path& manifest) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(manifest, ec);
  if (ec || size > (std::uintmax_t{1} << 20)) return true;  // not a manifest to glance at
  std::ifstream in(manifest, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.find("database") != std::string::npos;
}

bool is_manifest(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

}  // namespace

DatasetSize measure_dataset(const std::string& dataset, std::uintmax_t enough) {
  using Kind = DatasetSize::Kind;
  std::error_code ec;
  const fs::path path(dataset);
  const fs::file_status status = fs::status(path, ec);
  if (ec) return {};
  if (fs::is_regular_file(status)) {
    if (is_manifest(path) && may_name_a_database(path)) return {Kind::database, 0};
    const std::uintmax_t size = fs::file_size(path, ec);
    return ec ? DatasetSize{} : DatasetSize{Kind::files, size};
  }
  if (!fs::is_directory(status)) return {};
  std::uintmax_t total = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
    std::error_code entry_ec;
    if (!e.is_regular_file(entry_ec)) continue;
    const std::string name = e.path().filename().string();
    if ((name == "dataset.yaml" || name == "dataset.yml") && may_name_a_database(e.path())) return {Kind::database, 0};
    total += e.file_size(entry_ec);
    if (entry_ec) return {};
    if (total > enough) break;
  }
  return ec ? DatasetSize{} : DatasetSize{Kind::files, total};
}

bool large_dataset(const DatasetSize& size) {
  return size.kind == DatasetSize::Kind::database ||
         (size.kind == DatasetSize::Kind::files && size.bytes >= kLargeDatasetBytes);
}

bool large_dataset(const std::string& dataset) { return large_dataset(measure_dataset(dataset, kLargeDatasetBytes)); }

}  // namespace kiemtra::core::dataset
