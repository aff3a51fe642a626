// Escaping text for markup: the one table of character references that the HTML pages of
// `dossier serve` and the GraphML export share. Pure.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// `text` with & < > " ' replaced by character references: safe in HTML element content and
// in quoted attribute values. Every other byte is kept.
std::string html_escape(std::string_view text);

// `text` with & < > " replaced by character references and the characters XML 1.0 forbids
// (C0 controls other than tab, LF and CR) dropped: safe in XML element content and in
// "-quoted attribute values. Every other byte is kept.
std::string xml_escape(std::string_view text);

}  // namespace dossier
