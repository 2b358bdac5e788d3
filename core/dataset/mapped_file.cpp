// The reader's mapped input: a FileMap, or the file's name in a user error.
#include "dataset/mapped_file.hpp"

#include "dataset/messages.hpp"

namespace kiemtra::core::dataset {

MappedFile::MappedFile(const std::string& path) {
  Text reason;
  if (!open(path, reason)) throw UserError(msg_cannot_read(path, reason));
  sequential();
}

}  // namespace kiemtra::core::dataset
