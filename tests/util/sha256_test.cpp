// SHA-256 against the FIPS 180-4 examples: fingerprints and CSP hashes must be the standard digest.
#include "util/sha256.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kiemtra::core {
namespace {

TEST(Sha256, MatchesTheStandardExamples) {
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(to_hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks once padded.
  EXPECT_EQ(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(to_hex(sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, HexAndBase64OfADigest) {
  const Sha256Digest d = sha256("abc");
  EXPECT_EQ(to_hex(d, 4), "ba7816bf");
  EXPECT_EQ(to_base64(d), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

}  // namespace
}  // namespace kiemtra::core
