// Paragraph fingerprints for finding text repeated within and across documents
// (boilerplate, wire copy, quoted statements).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier {

struct ParagraphHash {
  std::uint32_t start;  // [start, end) byte offsets into the text, surrounding spaces trimmed
  std::uint32_t end;
  std::uint64_t hash;  // of the normalized paragraph
};

// Paragraphs shorter than this (normalized bytes) are too generic to count as repeats.
constexpr std::size_t kMinParagraphBytes = 80;

// Every line of `text` is a paragraph (blank lines separate nothing more). Its normalized
// form has ASCII letters lowercased and each run of whitespace (ASCII or U+00A0) as one
// space; paragraphs whose normalized form is shorter than `min_bytes` are left out.
// Two paragraphs that differ only in case and spacing get the same hash.
std::vector<ParagraphHash> hash_paragraphs(std::string_view text,
                                           std::size_t min_bytes = kMinParagraphBytes);

}  // namespace dossier
