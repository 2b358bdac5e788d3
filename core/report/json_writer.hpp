// A streaming JSON writer: text appended to a buffer and handed to the stream in large blocks, strings
// escaped (and invalid UTF-8 replaced by U+FFFD) as they are written, no document held in memory.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace kiemtra::core {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(&out), buf_(own_) { buf_.reserve(kBlock + 4096); }
  /// A writer that appends to `into` and never flushes (a block of a report formatted apart).
  explicit JsonWriter(std::string& into) : buf_(into) {}
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  /// Text that is already JSON.
  JsonWriter& raw(std::string_view s) {
    buf_.append(s);
    return *this;
  }
  JsonWriter& raw(char c) {
    buf_ += c;
    return *this;
  }
  /// A quoted, escaped string.
  JsonWriter& str(std::string_view s);
  /// `"key":`.
  JsonWriter& key(std::string_view k) {
    str(k);
    buf_ += ':';
    return *this;
  }
  JsonWriter& num(std::int64_t v);
  JsonWriter& num(std::uint64_t v);
  JsonWriter& num(int v) { return num(static_cast<std::int64_t>(v)); }
  JsonWriter& num(unsigned v) { return num(static_cast<std::uint64_t>(v)); }
  JsonWriter& boolean(bool b) { return raw(b ? "true" : "false"); }
  JsonWriter& null() { return raw("null"); }
  /// Hands the buffer to the stream when it is large: call between items.
  void maybe_flush() {
    if (out_ && buf_.size() >= kBlock) flush();
  }
  void flush();
  /// The buffer, for a caller that builds one item and decides where it goes.
  std::string& buffer() { return buf_; }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::ostream* out_ = nullptr;  ///< null: the text stays in buf_
  std::string own_;
  std::string& buf_;
};

/// `s` as a quoted JSON string, appended to `out`.
void append_json_string(std::string_view s, std::string& out);
/// `s` escaped for the inside of a JSON string (no quotes), appended to `out`.
void append_json_escaped(std::string_view s, std::string& out);

}  // namespace kiemtra::core
