// Where a report goes: every write checked, and a file replaced only once its new content is safely on disk.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kiemtra::core {

/// Writes a report to `path` through `to_stream`. A regular file (or one not there yet) is written to a
/// temporary file in the same folder, fsynced and renamed into place, so a failure leaves yesterday's file
/// whole; a symlink is followed and its target replaced. A device or pipe (/dev/null, a FIFO) is written
/// in place. Throws UserError (exit 2) with the OS's reason when any write, sync, close or rename fails.
void write_output_file(const std::string& path, const std::function<void(std::ostream&)>& to_stream);

/// The same for a writer that creates its file itself by name (xlsx): it writes the temporary file.
void write_output_file_by_name(const std::string& path, const std::function<void(const std::string&)>& to_file);

/// Writes to standard output through `to_stream`, every write checked (a full disk, a closed pipe):
/// throws UserError (exit 2) with the OS's reason.
void write_stdout(const std::function<void(std::ostream&)>& to_stream);

/// Standard output for a writer that creates its file by name: a private temporary file, then copied out.
void write_stdout_by_name(const std::function<void(const std::string&)>& to_file);

}  // namespace kiemtra::core
