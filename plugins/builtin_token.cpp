// The build tree's token, in every built-in plugin: the loader reads it from the file, without loading it, and
// loads a library that carries its own token without a trial in a child (core/loader/builtin_token.cpp).
// Plugins built with the SDK alone have none, and are tried first.
#include "kiemtra_builtin_token.hpp"

extern "C" __attribute__((visibility("default"), used)) const char kiemtra_builtin_token[] = KIEMTRA_BUILTIN_TOKEN;
