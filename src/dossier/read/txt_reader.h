// Plain-text reports.
#pragma once

#include <string>

#include "dossier/read/reader.h"

namespace dossier {

// Appends one Document (format "txt", no title or date: none is guessed) holding `text`
// (decoded: valid UTF-8, LF line ends) to `out`, or a kRejected diagnostic when the text
// is blank.
void read_txt(std::string text, const std::string& source, ReadResult* out);

}  // namespace dossier
