// The plugin descriptor, checked before any C++ symbol is used, and the registration macro.
#pragma once

#include <cstdint>
#include <span>

#include <boost/dll/alias.hpp>

#include "kiemtra/rule.hpp"
#include "kiemtra/version.hpp"

/// Plain C descriptor every plugin exports as `kiemtra_plugin_descriptor`.
/// Its layout never changes: the loader reads it before trusting anything else.
extern "C" struct KiemtraPluginDescriptor {
  std::uint32_t abi_version;  ///< KIEMTRA_ABI_VERSION at build time
  std::uint32_t sdk_major;
  std::uint32_t sdk_minor;
  std::uint32_t sdk_patch;
  const char* toolchain;  ///< KIEMTRA_TOOLCHAIN_TAG at build time
  const char* name;       ///< plugin name, e.g. "structure"
  const char* version;    ///< plugin version, e.g. "1.0.0"
};

KIEMTRA_NAMESPACE_BEGIN

/// One rule of a plugin: how to describe it and how to make it.
struct RuleEntry {
  RuleMeta (*meta)();
  Rule* (*create)();
};

/// The entry of rule class T, which has `static RuleMeta metadata()` and a default constructor.
template <class T>
constexpr RuleEntry rule() {
  return RuleEntry{&T::metadata, []() -> Rule* { return new T(); }};
}

/// Signature of the function a plugin exports under the alias `kiemtra_plugin_rules`.
using PluginRulesFn = std::span<const RuleEntry>();

KIEMTRA_NAMESPACE_END

/// Declares a plugin: its name, version and rules (one `kiemtra::rule<T>()` per line, sorted).
/// Use once per plugin, in its registration file.
#define KIEMTRA_PLUGIN(NAME, VERSION, ...)                                                                         \
  extern "C" KIEMTRA_EXPORT const KiemtraPluginDescriptor kiemtra_plugin_descriptor = {                           \
      KIEMTRA_ABI_VERSION, KIEMTRA_SDK_VERSION_MAJOR, KIEMTRA_SDK_VERSION_MINOR, KIEMTRA_SDK_VERSION_PATCH,         \
      KIEMTRA_TOOLCHAIN_TAG, NAME, VERSION};                                                                       \
  namespace kiemtra_plugin_registration {                                                                          \
  static const ::kiemtra::RuleEntry entries[] = {__VA_ARGS__};                                                     \
  std::span<const ::kiemtra::RuleEntry> rules() { return entries; }                                               \
  }                                                                                                                \
  BOOST_DLL_ALIAS(kiemtra_plugin_registration::rules, kiemtra_plugin_rules)
