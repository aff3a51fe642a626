// Russian words in Latin letters and their stems, so that inflected and transliterated
// names meet: "Волгограде" and "Volgograd", "Керчи" and "Kerch".
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// `word` with Cyrillic letters romanised as news agencies write Russian names (BGN/PCGN
// without diacritics: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya, й and ы y; ъ and ь
// dropped), lower case; ASCII letters are lower-cased, other characters kept as they are.
std::string cyrillic_to_latin(std::string_view word);

// The Snowball (libstemmer) Russian stem of a lower-case word: "волгограде" -> "волгоград",
// "керчи" -> "керч". Thread-safe.
std::string russian_stem(std::string_view lower_word);

// A romanised stem or a Latin word as a name_stem_key: without trailing vowels, empty
// when shorter than 4 letters.
std::string stem_key_of(std::string romanised);

// The key that matches an inflected Russian name to its lexicon entry in either script:
// for a Cyrillic word the romanised Snowball stem, for a Latin one its lower-case form;
// both without trailing vowels ("Керчи" and "Kerch" -> "kerch", "Домодедово" and
// "Domodedovo" -> "domodedov", "Грозном" and "Grozny" -> "grozn"). Empty when shorter than 4
// letters: too short to tell names apart.
std::string name_stem_key(std::string_view word);

}  // namespace dossier
