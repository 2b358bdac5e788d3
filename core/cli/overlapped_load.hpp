// Loading the plugins while a small dataset is read: at a province's size the two take about as long.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <string>

#include "dataset/dataset_size.hpp"
#include "kiemtra/dataset.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core::cli {

/// Whether `dataset` is files on this machine small enough (32 MB in all) that reading it first cannot keep
/// a mistake in the options or the profile waiting: only then are the plugins loaded while it is read. A
/// manifest with a `database:` block is never overlapped (its tables' size is not known before they are read).
bool overlap_worth_it(const std::string& dataset);
/// The same for a dataset already measured (with `enough` of 32 MB or more).
bool overlap_worth_it(const dataset::DatasetSize& size);

/// Runs `load` on a thread of its own and `read` here, and returns the plugins. The reading starts only once
/// the plugins' first trial process is forked, and a second trial process (after a library killed the first)
/// waits for the reading to end: no process forks while the reader's threads may hold a lock. A loading
/// error is thrown; a reading error is left in `read_error`, for the caller to throw after its own checks of
/// the options and the profile, as a run without overlap would order them.
PluginSet load_while_reading(const std::function<PluginSet(const TrialHooks*)>& load,
                             const std::function<std::shared_ptr<const Dataset>()>& read,
                             std::shared_ptr<const Dataset>& data, std::exception_ptr& read_error);

}  // namespace kiemtra::core::cli
