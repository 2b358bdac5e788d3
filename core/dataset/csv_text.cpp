// Transcoding with iconv (glibc) and NFC with utf8proc; separator detection from the header line.
#include "dataset/csv_text.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstring>

#include "dataset/messages.hpp"
#include "dataset/text.hpp"
#include "dataset/utf8.hpp"
#include "dataset/vni.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core::dataset {

namespace {

const char* iconv_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::utf16le: return "UTF-16LE";
    case TextEncoding::utf16be: return "UTF-16BE";
    case TextEncoding::windows1258: return "CP1258";
    // TCVN3 (ABC) is the 8-bit part of TCVN 5712:1993 (VN3), which glibc names TCVN5712-1.
    case TextEncoding::tcvn3: return "TCVN5712-1";
    default: return nullptr;
  }
}

// [begin, end) in `from`, converted to UTF-8 into `out`. A byte sequence the encoding does not have stops
// the read at its offset: a file is never read with characters silently replaced.
void iconv_to_utf8(const std::string& file, const char* begin, const char* end, std::uint64_t base_offset,
                   TextEncoding from, std::string& out) {
  iconv_t cd = ::iconv_open("UTF-8", iconv_name(from));
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw UserError(msg_cannot_read(file, os_reason(errno)));
  const std::size_t in_size = static_cast<std::size_t>(end - begin);
  out.resize(in_size * 3 / 2 + 16);
  if (from == TextEncoding::windows1258 || from == TextEncoding::tcvn3) out.resize(in_size * 3 + 16);
  char* in = const_cast<char*>(begin);
  std::size_t in_left = in_size;
  char* o = out.data();
  std::size_t o_left = out.size();
  for (;;) {
    const std::size_t r = ::iconv(cd, &in, &in_left, &o, &o_left);
    if (r != static_cast<std::size_t>(-1)) {
      // Flush what a stateful converter (CP1258 holds back a base letter for its tone mark) still holds.
      const std::size_t f = ::iconv(cd, nullptr, nullptr, &o, &o_left);
      if (f != static_cast<std::size_t>(-1)) break;
    }
    if (errno == E2BIG) {
      const std::size_t used = static_cast<std::size_t>(o - out.data());
      out.resize(out.size() * 2);
      o = out.data() + used;
      o_left = out.size() - used;
      continue;
    }
    ::iconv_close(cd);
    const std::size_t used = static_cast<std::size_t>(o - out.data());
    const TextPos pos = locate(out.data(), out.data() + used);
    throw UserError(msg_bad_encoding(file, pos.line, pos.column,
                                     base_offset + static_cast<std::uint64_t>(in - begin), encoding_name(from)));
  }
  ::iconv_close(cd);
  out.resize(static_cast<std::size_t>(o - out.data()));
}

}  // namespace

CsvText::CsvText(const std::string& file, TextEncoding encoding) : mapped_(std::make_unique<MappedFile>(file)) {
  const char* b = mapped_->data();
  const char* e = mapped_->end();
  const auto size = static_cast<std::size_t>(e - b);
  std::uint64_t skipped = 0;
  // A BOM is unambiguous; it decides over the manifest.
  if (size >= 2 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE) {
    encoding = TextEncoding::utf16le;
    skipped = 2;
  } else if (size >= 2 && static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF) {
    encoding = TextEncoding::utf16be;
    skipped = 2;
  } else if (size >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
    encoding = TextEncoding::utf8;
  }
  if (encoding == TextEncoding::detect || encoding == TextEncoding::utf8) {
    begin_ = b;
    text_ = size >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? b + 3 : b;
    end_ = e;
    return;
  }
  if (encoding == TextEncoding::vni)
    vni_to_utf8(file, b + skipped, e, skipped, decoded_);
  else
    iconv_to_utf8(file, b + skipped, e, skipped, encoding, decoded_);
  // Windows-1258, TCVN3 and VNI write most tones as combining marks; every text kiemtra compares is NFC.
  std::string nfc;
  if (!is_ascii(decoded_)) {
    const std::string_view v = to_nfc(decoded_, nfc);
    if (v.data() == nfc.data()) decoded_.swap(nfc);
  }
  mapped_.reset();
  begin_ = decoded_.data();
  text_ = begin_;
  end_ = begin_ + decoded_.size();
}

char detect_separator(const char* text, const char* end) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  bool has_text = false;  // the line holds more than separators and spaces
  for (const char* p = text; p < end; ++p) {
    const char c = *p;
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice
      has_text = true;
    } else if (quoted) {
      continue;
    } else if (c == '\n' || c == '\r') {
      // The reader skips blank lines (nothing but separators and spaces) before the header: so does this.
      if (has_text) break;
      comma = semicolon = tab = 0;
    } else if (c == ',') {
      ++comma;
    } else if (c == ';') {
      ++semicolon;
    } else if (c == '\t') {
      ++tab;
    } else if (c != ' ') {
      has_text = true;
    }
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

}  // namespace kiemtra::core::dataset
