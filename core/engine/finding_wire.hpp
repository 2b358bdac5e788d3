// The messages a rule's child process sends its parent over a pipe: rule started, a batch of findings as
// compact records (the same binary as the parent: records, arguments and text are sent as they are stored),
// rule done.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/findings.hpp"
#include <vector>

namespace kiemtra::core::wire {

enum class Kind : std::uint8_t { started = 1, findings = 2, done = 3 };

/// One decoded message. `job` indexes the engine's job list.
struct Message {
  Kind kind = Kind::started;
  std::uint32_t job = 0;
  std::vector<FindingRecord> records;  ///< for Kind::findings
  std::vector<StoredArg> args;
  std::string pool;
  bool failed = false;  ///< for Kind::done: the rule threw
  std::string error;    ///< for Kind::done
};

/// Appends one framed message to `out` (4-byte length, then the body).
void put_started(std::string& out, std::uint32_t job);
/// The findings `store` holds (a batch; the caller then clears it).
void put_findings(std::string& out, std::uint32_t job, const Findings& store);
void put_done(std::string& out, std::uint32_t job, bool failed, const std::string& error);

/// Takes the first complete message off the front of `buffer` (from `offset`), advancing `offset`.
/// nullopt when no complete message is there yet; throws std::runtime_error on a malformed one, or one whose
/// length passes `max_length` (announced before its body arrives: nothing that long is ever buffered).
std::optional<Message> take(const std::string& buffer, std::size_t& offset,
                            std::size_t max_length = std::size_t{1} << 30);

}  // namespace kiemtra::core::wire
