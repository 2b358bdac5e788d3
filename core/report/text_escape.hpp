// Making arbitrary data safe for the markup languages the reports are written in.
#pragma once

#include <string>
#include <string_view>

namespace kiemtra::core {

/// `s` with every invalid UTF-8 sequence replaced by U+FFFD (plugins may hand us any bytes).
std::string valid_utf8(std::string_view s);

/// Text for HTML element content or a quoted attribute: & < > " ' escaped, valid UTF-8.
std::string html_escape(std::string_view s);

/// Text for XML 1.0 content or a quoted attribute: markup escaped, characters XML cannot
/// hold (most C0 controls) dropped; in attributes tab and newlines become character references.
std::string xml_escape(std::string_view s, bool attribute = false);

/// JSON text made safe inside an HTML <script> block: '<', '>', '&', U+2028 and U+2029 become
/// \u escapes (only ever inside JSON strings), so no "</script>" or "<!--" can appear.
std::string script_safe_json(std::string_view json);

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
/// = + - @ or tab gets an apostrophe so that Excel does not run it as a formula.
std::string csv_field(std::string_view s);

/// At most `max_bytes` of `s`, cut at a character boundary.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

}  // namespace kiemtra::core
