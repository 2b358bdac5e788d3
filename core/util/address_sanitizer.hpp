// Whether this translation unit is built with AddressSanitizer: gcc says so with __SANITIZE_ADDRESS__, clang
// with __has_feature(address_sanitizer). KIEMTRA_ADDRESS_SANITIZER is defined (to 1) when it is.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define KIEMTRA_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIEMTRA_ADDRESS_SANITIZER 1
#endif
#endif
