// SDK and ABI version numbers, the versioned namespace and the toolchain tag.
#pragma once

/// SDK semantic version: plugins built against a different major are refused.
#define KIEMTRA_SDK_VERSION_MAJOR 2
#define KIEMTRA_SDK_VERSION_MINOR 0
#define KIEMTRA_SDK_VERSION_PATCH 0
#define KIEMTRA_SDK_VERSION_STRING "2.0.0"

/// ABI number of the plugin boundary: bumped whenever a type that crosses the
/// boundary changes layout. A plugin must have exactly this number.
#define KIEMTRA_ABI_VERSION 7

#define KIEMTRA_STRINGIFY_IMPL(x) #x
#define KIEMTRA_STRINGIFY(x) KIEMTRA_STRINGIFY_IMPL(x)

// C++ types (std::string, std::vector) cross the plugin boundary, so core and
// plugin must agree on compiler family, standard library and its ABI switch.
#if defined(__clang__)
#define KIEMTRA_COMPILER_TAG "clang-" KIEMTRA_STRINGIFY(__clang_major__)
#elif defined(__GNUC__)
#define KIEMTRA_COMPILER_TAG "gcc-" KIEMTRA_STRINGIFY(__GNUC__)
#else
#define KIEMTRA_COMPILER_TAG "unknown-compiler"
#endif
#if defined(_GLIBCXX_RELEASE)
#define KIEMTRA_STDLIB_TAG \
  "libstdc++-" KIEMTRA_STRINGIFY(_GLIBCXX_RELEASE) "-cxx11abi" KIEMTRA_STRINGIFY(_GLIBCXX_USE_CXX11_ABI)
#elif defined(_LIBCPP_VERSION)
#define KIEMTRA_STDLIB_TAG "libc++-" KIEMTRA_STRINGIFY(_LIBCPP_VERSION)
#else
#define KIEMTRA_STDLIB_TAG "unknown-stdlib"
#endif
/// The toolchain tag a plugin records in its descriptor, e.g. "gcc-12/libstdc++-12-cxx11abi1".
#define KIEMTRA_TOOLCHAIN_TAG KIEMTRA_COMPILER_TAG "/" KIEMTRA_STDLIB_TAG

// Mixing two SDK majors fails to link instead of misbehaving (as fmt does).
#define KIEMTRA_NAMESPACE_BEGIN \
  namespace kiemtra {           \
  inline namespace v2 {
#define KIEMTRA_NAMESPACE_END \
  }                           \
  }

#if defined(_WIN32)
#define KIEMTRA_EXPORT __declspec(dllexport)
#else
/// Marks a symbol visible from a plugin built with -fvisibility=hidden.
#define KIEMTRA_EXPORT __attribute__((visibility("default")))
#endif
