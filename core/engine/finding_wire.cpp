// Encoding of the child-to-parent messages: little-endian integers and length-prefixed strings.
#include "engine/finding_wire.hpp"

#include <cstring>
#include <stdexcept>

namespace kiemtra::core::wire {

namespace {

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

/// Starts a frame: its length is filled in by `end_frame`.
std::size_t begin_frame(std::string& out, Kind kind, std::uint32_t job) {
  const std::size_t at = out.size();
  put_u32(out, 0);
  out += static_cast<char>(kind);
  put_u32(out, job);
  return at;
}
void end_frame(std::string& out, std::size_t at) {
  const auto length = static_cast<std::uint32_t>(out.size() - at - 4);
  for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>((length >> (8 * i)) & 0xFF);
}

class Reader {
 public:
  Reader(std::string_view body) : body_(body) {}
  std::uint32_t u32() {
    need(4);
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(body_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  template <class T>
  std::vector<T> pod() {
    const std::uint32_t n = u32();
    if (n > (body_.size() - pos_) / sizeof(T)) throw std::runtime_error("truncated message from a rule process");
    std::vector<T> v(n);
    if (n > 0) std::memcpy(static_cast<void*>(v.data()), body_.data() + pos_, n * sizeof(T));  // memcpy(null, …, 0) is UB
    pos_ += n * sizeof(T);
    return v;
  }
  std::uint8_t u8() {
    need(1);
    return static_cast<std::uint8_t>(body_[pos_++]);
  }
  std::string str() {
    const std::uint32_t n = u32();
    need(n);
    std::string s(body_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool at_end() const { return pos_ == body_.size(); }

 private:
  void need(std::size_t n) const {
    if (body_.size() - pos_ < n) throw std::runtime_error("truncated message from a rule process");
  }
  std::string_view body_;
  std::size_t pos_ = 0;
};

std::uint32_t peek_u32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}

}  // namespace

void put_started(std::string& out, std::uint32_t job) { end_frame(out, begin_frame(out, Kind::started, job)); }

template <class Array>
void put_pod(std::string& out, const Array& v) {
  put_u32(out, static_cast<std::uint32_t>(v.size()));
  if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(*v.data()));
}

void put_findings(std::string& out, std::uint32_t job, const Findings& store) {
  const std::size_t at = begin_frame(out, Kind::findings, job);
  put_pod(out, store.records());
  put_pod(out, store.args());
  put_str(out, store.pool());
  end_frame(out, at);
}

void put_done(std::string& out, std::uint32_t job, bool failed, const std::string& error) {
  const std::size_t at = begin_frame(out, Kind::done, job);
  out += static_cast<char>(failed ? 1 : 0);
  put_str(out, error);
  end_frame(out, at);
}

std::optional<Message> take(const std::string& buffer, std::size_t& offset, std::size_t max_length) {
  if (buffer.size() - offset < 4) return std::nullopt;
  const std::uint32_t length = peek_u32(buffer, offset);
  if (length > max_length) throw std::runtime_error("overlong message from a rule process");
  if (buffer.size() - offset - 4 < length) return std::nullopt;
  Reader r(std::string_view(buffer).substr(offset + 4, length));
  Message m;
  const std::uint8_t kind = r.u8();
  if (kind < 1 || kind > 3) throw std::runtime_error("unknown message from a rule process");
  m.kind = static_cast<Kind>(kind);
  m.job = r.u32();
  if (m.kind == Kind::findings) {
    // Checked field by field when the parent appends them (Findings::append_raw).
    m.records = r.pod<FindingRecord>();
    m.args = r.pod<StoredArg>();
    m.pool = r.str();
  } else if (m.kind == Kind::done) {
    m.failed = r.u8() != 0;
    m.error = r.str();
  }
  if (!r.at_end()) throw std::runtime_error("overlong message from a rule process");
  offset += 4 + length;
  return m;
}

}  // namespace kiemtra::core::wire
