// The findings a run adds about itself: crashed plugins, and waivers expired or matching nothing.
#pragma once

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

/// Adds an engine/plugin-crashed finding (on the dataset root) per crash of `result`.
void add_crash_findings(const Dataset& data, const Config& config, RunResult& result);

/// Applies config.waivers as of `as_of`: adds engine/waiver-expired (an expired waiver, which waives
/// nothing) and engine/waiver-unused (a waiver in force that matches no finding), re-sorts the findings,
/// sets each finding's waiver, and fills a.waivers, a.waiver_uses and a.waived_count. Findings of
/// engine/* rules are never waived.
void apply_waivers(const Dataset& data, const Config& config, Date as_of, RunResult& result, RunAnnotations& a);

}  // namespace kiemtra::core
