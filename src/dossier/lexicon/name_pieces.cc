#include "dossier/lexicon/name_pieces.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>

#include "dossier/core/ascii.h"
#include "dossier/core/cyrillic.h"
#include "dossier/core/hash64.h"
#include "dossier/core/unicode_case.h"

namespace dossier {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

std::uint64_t mix(std::uint64_t h) { return mix64(h); }

std::uint64_t fnv(std::uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

bool is_space(UChar32 c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0xAD;
}

bool is_dash(UChar32 c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
         c == 0xFF0D;
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x02BB || c == 0x02BE ||
         c == 0x02BF || c == '`' || c == 0xB4 || c == 0x2032;
}

bool is_word(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (is_apostrophe(c) || is_dash(c) || is_space(c)) return false;
  if (u_isalnum(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

// Hash of a non-ASCII word with diacritics removed and case folded.
std::uint64_t hash_folded_unicode(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), status);
  std::uint64_t h = kFnvOffset;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    uint8_t buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    for (int32_t k = 0; k < n; ++k) h = fnv(h, buf[k]);
  }
  return mix(h);
}

std::uint64_t hash_char(unsigned char c) { return mix(fnv(kFnvOffset, c)); }

std::uint64_t hash_ascii(std::string_view lower) {
  std::uint64_t h = kFnvOffset;
  for (char c : lower) h = fnv(h, static_cast<unsigned char>(c));
  return mix(h);
}

// Whether a Cyrillic word is long enough to be compared in Latin letters and by its stem:
// 4 letters or more ("Так" is not the town of Tak).
bool long_enough(std::string_view word) {
  std::size_t letters = 0;
  for (unsigned char c : word) letters += (c & 0xC0) != 0x80;
  return letters >= 4;
}

// An adjective formed from a place, given lower-cased with its stem: "Дзержинском районе",
// "Керченском колледже" (not Dzerzhinsk, not Kerch), "Исламского государства".
bool is_adjective(std::string_view lower, std::string_view stem) {
  if (!(stem.ends_with("ск") || stem.ends_with("цк"))) return false;
  const std::string_view ending = lower.substr(stem.size());
  for (std::string_view e : {"ом", "ой", "ого", "ому", "ый", "ий", "ая", "ое", "ые", "ие", "ых",
                             "их", "ым", "им", "ую", "ыми", "ими", "ей"})
    if (ending == e) return true;
  return false;
}

// The stem path's hash for a name_stem_key (see stem_path_hash), `own` when the key is empty.
// A different seed keeps stem keys apart from whole words ("kerch" the stem of "Керчи" is
// not the word "Kerch": a stem only meets stems).
std::uint64_t stem_hash(const std::string& key, std::uint64_t own) {
  return key.empty() ? own : mix(hash_ascii(key) ^ 0x5bd1e9955bd1e995ULL);
}

// The hashes of a Cyrillic word of 4 letters or more, lowered and stemmed once.
void hash_cyrillic(std::string_view word, Piece* p) {
  const std::string lower = unicode_lower(word);
  const std::string stem = russian_stem(lower);
  p->hash = hash_ascii(cyrillic_to_latin(lower));
  p->stem = stem_hash(stem_key_of(cyrillic_to_latin(stem)), p->hash);
  p->adjective = is_adjective(lower, stem);
}

}  // namespace

void split_pieces(std::string_view text, std::uint32_t begin, std::uint32_t end,
                  std::vector<Piece>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  const auto limit = static_cast<int32_t>(end);
  while (i < limit) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, limit, c);
    if (is_space(c)) continue;
    Piece p{static_cast<std::uint32_t>(start),
            static_cast<std::uint32_t>(i),
            0,
            PieceKind::kOther,
            false,
            false,
            false,
            0,
            false};
    if (is_word(c)) {
      p.kind = PieceKind::kWord;
      p.upper_initial = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
      p.lower_initial = c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c);
      bool ascii = c < 0x80;
      bool cyrillic = c >= 0x400 && c <= 0x4FF;
      bool has_lower = p.lower_initial;
      int32_t j = i;
      while (j < limit) {
        int32_t next = j;
        UChar32 d;
        U8_NEXT_OR_FFFD(s, next, limit, d);
        if (!is_word(d)) break;
        ascii = ascii && d < 0x80;
        cyrillic = cyrillic || (d >= 0x400 && d <= 0x4FF);
        has_lower = has_lower || (d < 0x80 ? (d >= 'a' && d <= 'z') : u_islower(d));
        j = next;
      }
      p.end = static_cast<std::uint32_t>(j);
      p.has_lower = has_lower;
      if (ascii) {
        std::uint64_t h = kFnvOffset;
        for (int32_t k = start; k < j; ++k) {
          h = fnv(h, static_cast<unsigned char>(ascii_lower(static_cast<char>(s[k]))));
        }
        p.hash = mix(h);
      } else if (cyrillic && long_enough(text.substr(start, j - start))) {
        hash_cyrillic(text.substr(start, j - start), &p);
      } else {
        p.hash = hash_folded_unicode(text.substr(start, j - start));
      }
      i = j;
    } else if (is_dash(c)) {
      p.kind = PieceKind::kDash;
      p.hash = hash_char('-');
    } else if (is_apostrophe(c)) {
      p.kind = PieceKind::kApostrophe;
      p.hash = hash_char('\'');
    } else if (c == '.') {
      p.kind = PieceKind::kPeriod;
      p.hash = hash_char('.');
    } else {
      std::uint64_t h = kFnvOffset;
      for (int32_t k = start; k < i; ++k) h = fnv(h, s[k]);
      p.hash = mix(h);
    }
    out->push_back(p);
  }
}

std::uint64_t stem_path_hash(std::string_view text, const Piece& piece) {
  if (piece.kind != PieceKind::kWord) return piece.hash;
  return stem_hash(name_stem_key(text.substr(piece.start, piece.end - piece.start)), piece.hash);
}

std::uint64_t sequence_hash(const std::vector<Piece>& pieces) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (const Piece& p : pieces) h = mix(h ^ p.hash) + 0x9e3779b97f4a7c15ULL;
  return h;
}

}  // namespace dossier
