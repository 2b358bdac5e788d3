// Loading the plugins while a small dataset is read.
#include "cli/overlapped_load.hpp"

#include <future>
#include <mutex>
#include <thread>

namespace kiemtra::core::cli {

namespace {

constexpr std::uintmax_t kOverlapMaxBytes = std::uintmax_t{32} << 20;

}  // namespace

bool overlap_worth_it(const std::string& dataset) {
  return overlap_worth_it(dataset::measure_dataset(dataset, kOverlapMaxBytes));
}

bool overlap_worth_it(const dataset::DatasetSize& size) {
  // A path that cannot be looked at is not overlapped: the read reports it.
  return size.kind == dataset::DatasetSize::Kind::files && size.bytes <= kOverlapMaxBytes;
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
