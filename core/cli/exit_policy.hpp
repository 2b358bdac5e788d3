// The exit code of `kiemtra validate`.
#pragma once

#include "cli/app.hpp"
#include "engine/engine.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core::cli {

/// 3 when a plugin was refused, a rule failed or a plugin crashed; else 1 when unwaived findings (only
/// the new ones with --fail-on-new) reach --fail-on or exceed --max-warnings; else 0.
int exit_policy(const ValidateOptions& o, const PluginSet& plugins, const RunResult& result);

}  // namespace kiemtra::core::cli
