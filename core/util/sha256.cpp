// SHA-256 by nettle: the same digests browsers compute, with the CPU's SHA instructions where it has them
// (a fingerprint per finding: millions of hashes at the nation).
#include "util/sha256.hpp"

#include <nettle/sha2.h>

namespace kiemtra::core {

Sha256Digest sha256(std::string_view data) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
  Sha256Digest out{};
  sha256_digest(&ctx, out.size(), out.data());
  return out;
}

std::string to_hex(const Sha256Digest& digest, std::size_t bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < bytes && i < digest.size(); ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

std::string to_base64(const Sha256Digest& digest) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < digest.size(); i += 3) {
    const std::uint32_t n = std::uint32_t(digest[i]) << 16 | (i + 1 < digest.size() ? digest[i + 1] << 8 : 0) |
                            (i + 2 < digest.size() ? digest[i + 2] : 0);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < digest.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < digest.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

}  // namespace kiemtra::core
