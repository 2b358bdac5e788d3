// Loading the plugins while a small dataset is read.
#include "cli/overlapped_load.hpp"

#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <mutex>
#include <thread>

namespace kiemtra::core::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kOverlapMaxBytes = std::uintmax_t{32} << 20;

/// Whether the manifest may name a database (the size of its tables is not known from the files).
bool may_name_a_database(const fs::path& manifest) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(manifest, ec);
  if (ec || size > (std::uintmax_t{1} << 20)) return true;  // not a manifest to glance at
  std::ifstream in(manifest, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.find("database") != std::string::npos;
}

}  // namespace

bool overlap_worth_it(const std::string& dataset) {
  std::error_code ec;
  const fs::path path(dataset);
  const fs::file_status status = fs::status(path, ec);
  if (ec) return false;  // the read reports it
  if (fs::is_regular_file(status)) {
    const std::string ext = path.extension().string();
    if ((ext == ".yaml" || ext == ".yml") && may_name_a_database(path)) return false;
    const std::uintmax_t size = fs::file_size(path, ec);
    return !ec && size <= kOverlapMaxBytes;
  }
  if (!fs::is_directory(status)) return false;
  std::uintmax_t total = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
    std::error_code entry_ec;
    if (!e.is_regular_file(entry_ec)) continue;
    const std::string name = e.path().filename().string();
    if ((name == "dataset.yaml" || name == "dataset.yml") && may_name_a_database(e.path())) return false;
    total += e.file_size(entry_ec);
    if (entry_ec || total > kOverlapMaxBytes) return false;
  }
  return !ec;
}

PluginSet load_while_reading(const std::function<PluginSet(const TrialHooks*)>& load,
                             const std::function<std::shared_ptr<const Dataset>()>& read,
                             std::shared_ptr<const Dataset>& data, std::exception_ptr& read_error) {
  std::promise<void> forked;
  std::once_flag forked_once;
  const auto tell_forked = [&] { std::call_once(forked_once, [&] { forked.set_value(); }); };
  std::promise<void> read_done;
  const std::shared_future<void> read_finished = read_done.get_future().share();
  TrialHooks hooks;
  hooks.forked_first = tell_forked;
  hooks.before_refork = [read_finished] { read_finished.wait(); };

  PluginSet plugins;
  std::exception_ptr load_error;
  std::thread loader([&] {
    try {
      plugins = load(&hooks);
    } catch (...) {
      load_error = std::current_exception();
    }
    tell_forked();  // loading ended before any fork (no library, or an error): the reading may start
  });
  forked.get_future().wait();
  try {
    data = read();
  } catch (...) {
    read_error = std::current_exception();
  }
  read_done.set_value();
  loader.join();
  if (load_error) std::rethrow_exception(load_error);
  return plugins;
}

}  // namespace kiemtra::core::cli
