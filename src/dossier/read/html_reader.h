// HTML reports: main text, title, publication date and canonical URL.
#pragma once

#include <string>
#include <string_view>

#include "dossier/read/reader.h"

namespace dossier {

// Appends one Document (format "html") read from `html` (decoded: valid UTF-8) to `out`:
// text from html_main_text, title/published/url from read_html_meta. A page without any
// text is rejected with "HTML without a body".
void read_html(std::string_view html, const std::string& source, ReadResult* out);

}  // namespace dossier
