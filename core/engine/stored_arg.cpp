// A finding's argument in 8 bytes: a value or a text's place inline, anything larger boxed in the pool.
#include <cstring>
#include <string>
#include <stdexcept>

#include "engine/findings.hpp"

namespace kiemtra::core {

namespace {

constexpr unsigned kTextLenBits = 28;   // text: offset in the low 32 bits, length above
constexpr unsigned kPhraseLenBits = 14;  // phrase: offset, vi length, en length

bool has_text(Arg::Type t) { return t == Arg::Type::text || t == Arg::Type::phrase; }

bool fits_signed(std::int64_t v, unsigned bits) {
  const std::int64_t limit = std::int64_t{1} << (bits - 1);
  return v >= -limit && v < limit;
}

struct Box {
  std::int64_t value;
  std::uint32_t len;
  std::uint32_t len2;
  std::uint8_t type;
  std::uint8_t precision;
};

Box read_box(std::string_view pool, std::uint64_t at) {
  Box b{};
  std::memcpy(&b.value, pool.data() + at, 8);
  std::memcpy(&b.len, pool.data() + at + 8, 4);
  std::memcpy(&b.len2, pool.data() + at + 12, 4);
  b.type = static_cast<std::uint8_t>(pool[at + 16]);
  b.precision = static_cast<std::uint8_t>(pool[at + 17]);
  return b;
}

}  // namespace

StoredArg StoredArg::make(const ArgValue& v, std::string& pool) {
  const auto tag = static_cast<std::uint64_t>(v.type);
  switch (v.type) {
    case Arg::Type::number: break;  // a double and its precision: boxed
    case Arg::Type::text:
      if (v.len < (std::uint32_t{1} << kTextLenBits))
        return of(tag, static_cast<std::uint64_t>(v.value) | std::uint64_t{v.len} << 32);
      break;
    case Arg::Type::phrase:
      if (v.len < (1u << kPhraseLenBits) && v.len2 < (1u << kPhraseLenBits))
        return of(tag, static_cast<std::uint64_t>(v.value) | std::uint64_t{v.len} << 32 |
                           std::uint64_t{v.len2} << (32 + kPhraseLenBits));
      break;
    default:
      if (fits_signed(v.value, kPayloadBits)) return of(tag, static_cast<std::uint64_t>(v.value));
  }
  // The box, then its texts (copied from where they were put: the end of the pool, before the box).
  const std::size_t at = pool.size();
  if (at + kBoxBytes + std::uint64_t{v.len} + v.len2 > 0xFFFFFFF0u)
    throw std::length_error("the findings' text passed 4 GB");
  char box[kBoxBytes] = {};
  std::memcpy(box, &v.value, 8);
  std::memcpy(box + 8, &v.len, 4);
  std::memcpy(box + 12, &v.len2, 4);
  box[16] = static_cast<char>(v.type);
  box[17] = static_cast<char>(v.precision);
  pool.append(box, kBoxBytes);
  if (has_text(v.type)) {
    const std::string texts = pool.substr(static_cast<std::size_t>(v.value), std::size_t{v.len} + v.len2);
    pool.append(texts);
  }
  return of(kBoxedTag, at);
}

ArgValue StoredArg::get(std::string_view pool) const {
  const std::uint64_t tag = bits_ >> kPayloadBits;
  const std::uint64_t payload = bits_ & kPayloadMask;
  ArgValue v;
  if (boxed()) {
    const Box b = read_box(pool, payload);
    v.type = static_cast<Arg::Type>(b.type);
    v.precision = b.precision;
    v.len = b.len;
    v.len2 = b.len2;
    v.value = has_text(v.type) ? static_cast<std::int64_t>(payload + kBoxBytes) : b.value;
    return v;
  }
  v.type = static_cast<Arg::Type>(tag);
  if (v.type == Arg::Type::text) {
    v.value = static_cast<std::int64_t>(payload & 0xFFFFFFFFu);
    v.len = static_cast<std::uint32_t>(payload >> 32);
  } else if (v.type == Arg::Type::phrase) {
    v.value = static_cast<std::int64_t>(payload & 0xFFFFFFFFu);
    v.len = static_cast<std::uint32_t>(payload >> 32) & ((1u << kPhraseLenBits) - 1);
    v.len2 = static_cast<std::uint32_t>(payload >> (32 + kPhraseLenBits));
  } else {
    v.value = static_cast<std::int64_t>(bits_ << (64 - kPayloadBits)) >> (64 - kPayloadBits);  // sign-extended
  }
  return v;
}

bool StoredArg::valid(std::string_view pool) const {
  const std::uint64_t payload = bits_ & kPayloadMask;
  if (boxed() && (payload > pool.size() || pool.size() - payload < kBoxBytes)) return false;
  const ArgValue v = get(pool);  // a box is inside the pool by now
  if (static_cast<std::uint8_t>(v.type) > static_cast<std::uint8_t>(Arg::Type::candidate)) return false;
  return !has_text(v.type) || static_cast<std::uint64_t>(v.value) + v.len + v.len2 <= pool.size();
}

StoredArg StoredArg::rebased(std::uint32_t base) const {
  const std::uint64_t tag = bits_ >> kPayloadBits;
  if (boxed()) return of(tag, (bits_ & kPayloadMask) + base);
  if (!has_text(static_cast<Arg::Type>(tag))) return *this;
  const std::uint64_t payload = bits_ & kPayloadMask;
  return of(tag, (payload & ~std::uint64_t{0xFFFFFFFFu}) | ((payload & 0xFFFFFFFFu) + base));
}

}  // namespace kiemtra::core
