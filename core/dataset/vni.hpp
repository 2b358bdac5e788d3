// VNI (VNI-Windows), the 8-bit Vietnamese font encoding of the VNI fonts still found in government files: a letter
// is a base byte followed by a mark byte, both read as Windows-1252 ("Nguyeãn Vaên Ñöùc" is "Nguyễn Văn Đức").
// iconv does not have it; the table is data, written once (docs/dataset.md, "Legacy encodings").
#pragma once

#include <cstdint>
#include <string>

namespace kiemtra::core::dataset {

/// [begin, end) in VNI, appended to `out` as UTF-8 with combining marks (the caller makes it NFC). A byte that
/// Windows-1252 does not define (0x81 0x8D 0x8F 0x90 0x9D) stops the read with an error naming `file`, the line,
/// the column and the byte offset (plus `base_offset`): nothing is silently replaced.
void vni_to_utf8(const std::string& file, const char* begin, const char* end, std::uint64_t base_offset,
                 std::string& out);

/// How many times a mark byte of VNI follows a letter it can mark in [begin, end) ("eã", "aê", "öù"): the
/// signature of VNI text, for the guess that names a file's encoding.
std::size_t vni_marks_after_vowels(const char* begin, const char* end);

}  // namespace kiemtra::core::dataset
