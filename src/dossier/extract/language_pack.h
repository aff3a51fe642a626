// The word lists of one language for the incident stage, read from a folder of data
// (data/lang/<code>/, described in data/lang/README.md): incident triggers, the kinds of site
// common nouns name, and named lists of words (aftermath words, place prepositions, statement
// verbs ...). The scanner (event_finder) is written once against these lists; what a language
// cannot say as a list (how it writes figures and dates) is its grammar module
// (incident_language.h).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dossier {

// Hashes std::string and std::string_view alike, so lookups need no copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Lower-case words and stems: an entry ending in '*' matches every word it begins
// ("взрыв*" matches "взрыва"), any other entry only itself.
class WordList {
 public:
  void add(std::string_view entry);
  bool contains(std::string_view word) const;
  // Whether any of the words is in the list.
  bool any_of(const std::vector<std::string>& words) const;
  bool empty() const { return words_.empty() && stems_.empty(); }

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
  std::vector<std::string> stems_;
};

struct TriggerPhrase {
  std::vector<WordList> words;  // one entry per word of the phrase
  std::string type;             // "bombing", "shooting", ...
};

class LanguagePack {
 public:
  // Reads every file of `dir`: triggers.tsv (words TAB type), site_kinds.tsv (word TAB
  // kind name, see site_kinds.h), origin_cues.tsv (preposition TAB the words before it that
  // make the place after it an origin), and NAME.txt (one entry per line) as the list NAME.
  // Lines starting with '#' and blank lines are skipped. Throws Error naming the file and line
  // of a malformed one; a missing folder is an empty pack.
  static LanguagePack read(const std::filesystem::path& dir, std::string code);

  const std::string& code() const { return code_; }
  // The list read from NAME.txt; an empty list when the pack has none.
  const WordList& list(std::string_view name) const;
  // The incident type the words starting at words[i] name ("suicide bomber" -> "suicide
  // bombing"), "" when none: the first trigger phrase of the file that matches. *length
  // receives the number of words used. A raid whose sentence has a word of the list
  // "police" is an operation, not an incident.
  std::string_view trigger(const std::vector<std::string>& words, std::size_t i,
                           std::size_t* length) const;
  // The kinds of site (site_kinds.h bits) the words name.
  unsigned site_kinds(const std::vector<std::string>& words) const;
  // Whether `word` before `preposition` makes the place after them an origin ("born in").
  bool origin_cue(std::string_view preposition, std::string_view word) const;

 private:
  std::string code_;
  std::vector<TriggerPhrase> triggers_;
  // Triggers by their first word, when it is exact; by a stem, in triggers_by_stem_.
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>>
      triggers_by_word_;
  std::vector<std::size_t> triggers_by_stem_;
  // Site kinds by exact word, and by stem.
  std::unordered_map<std::string, unsigned, StringHash, std::equal_to<>> site_words_;
  std::vector<std::pair<std::string, unsigned>> site_stems_;
  std::unordered_map<std::string, WordList, StringHash, std::equal_to<>> origin_cues_;
  std::unordered_map<std::string, WordList, StringHash, std::equal_to<>> lists_;
};

// The pack of a language, read once from the packs folder: data_dir()/lang unless
// use_language_packs() named another. Throws Error when a file of it is malformed.
const LanguagePack& language_pack(std::string_view code);

// Reads packs from `dir` (one folder per language code) from now on; called before the first
// language_pack() (Models::load does, with its data directory).
void use_language_packs(const std::filesystem::path& dir);

}  // namespace dossier
