// SHA-256 (FIPS 180-4), for the HTML report's Content-Security-Policy hashes and finding fingerprints.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kiemtra::core {

using Sha256Digest = std::array<std::uint8_t, 32>;

/// The SHA-256 digest of `data`.
Sha256Digest sha256(std::string_view data);

/// Lowercase hexadecimal of the first `bytes` bytes of a digest.
std::string to_hex(const Sha256Digest& digest, std::size_t bytes = 32);

/// Standard base64 (with padding), as CSP 'sha256-…' sources want it.
std::string to_base64(const Sha256Digest& digest);

}  // namespace kiemtra::core
