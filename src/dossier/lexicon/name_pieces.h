// Splits names and text into the pieces the gazetteer compares: runs of letters
// and digits, single dashes, apostrophes and other punctuation. Whitespace only
// separates pieces, so "St.Petersburg" and "St. Petersburg" have the same pieces,
// and every Unicode dash is one "-" piece, so "State–Khorasan", "State-Khorasan"
// and "State – Khorasan" do too. Cyrillic words are compared in Latin letters, and carry
// the hash of their stem for inflected forms ("Волгограде").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier {

enum class PieceKind : std::uint8_t { kWord, kDash, kApostrophe, kPeriod, kOther };

struct Piece {
  std::uint32_t start, end;  // bytes in the split text
  std::uint64_t hash;        // of the folded form: case and diacritics removed
  PieceKind kind;
  bool upper_initial;  // a word starting with an upper-case letter
  bool lower_initial;  // a word starting with a lower-case letter
  bool has_lower;      // a word containing a lower-case letter
  std::uint64_t stem;  // Cyrillic words: stem_path_hash() of the word; 0 for all others
  bool adjective;  // a Cyrillic adjective formed from a name: "Дзержинском", "Исламского"
};

// Appends the pieces of text[begin, end) to *out; offsets are relative to text.
void split_pieces(std::string_view text, std::uint32_t begin, std::uint32_t end,
                  std::vector<Piece>* out);

// The hash of a word piece on a name's stem path: that of name_stem_key() (core/cyrillic.h)
// for a word of 4 letters or more, else the piece's own hash. A Cyrillic word's own hash is
// that of its romanised form, so "Домодедово" has the hash of "Domodedovo".
std::uint64_t stem_path_hash(std::string_view text, const Piece& piece);

// Combines the piece hashes of a whole name into one value.
std::uint64_t sequence_hash(const std::vector<Piece>& pieces);

}  // namespace dossier
