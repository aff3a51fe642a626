// A PDF's metadata: title, author and creation date, from its information dictionary and its
// XMP packet.
#pragma once

#include <string>
#include <string_view>

namespace poppler {
class document;
}

namespace dossier {

struct PdfMeta {
  std::string title, author;  // "" when unknown
  std::string created;        // YYYY-MM-DD (as written, no time-zone shift) or ""
};

// The metadata of an XMP packet: dc:title (its first rdf:li), dc:creator (its rdf:li joined
// by ", ") and xmp:CreateDate, as elements or attributes; XML character references decoded.
// Missing or malformed parts give "".
PdfMeta parse_xmp(std::string_view xml);

// The metadata of an open, unlocked document: each field from the information dictionary
// (Title, Author, CreationDate), else from the XMP packet; title and author with their
// characters normalized as normalize_pdf_word does (no control characters).
PdfMeta read_pdf_meta(const poppler::document& doc);

}  // namespace dossier
