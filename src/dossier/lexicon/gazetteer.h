// Finds the names of the shipped lexicons (countries, regions, actors,
// demonyms, cities, subdivisions) in tokenized text.
//
// Matching is over pieces (see name_pieces.h) of the text's tokens: the longest
// name starting at the earliest piece wins, and matches never overlap. A match
// starts and ends on token boundaries, or inside a hyphenated token at a dash
// whose neighbours are not connectors like "e", "al", "bin" ("US" in
// "US-backed", both names in "Russia-Ukraine", but nothing inside
// "Tehrik-e-Taliban" unless the whole is a name).
//
// Case policy: an alias without lower-case letters (ISKP, US, U.S., UN) matches
// only with exactly that spelling; any other alias matches ignoring case and
// diacritics, but the text's first piece must not start with a lower-case
// letter unless the alias itself does ("al-Qaeda"). So "us" and "turkey" are
// not found.
//
// A facility, landmark or venue listed without coordinates takes those of the city its name
// starts with, in its country ("Domodedovo Airport" lies at Domodedovo).
//
// Where several entries share a name, one is preferred: country > region >
// actor > demonym > capital > default city > subdivision > other city, then
// the larger population. Names listed in stopnames.tsv are never indexed.
//
// A loaded Gazetteer is immutable; match() and lookup() are thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dossier/lexicon/lexicon_entry.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

class Gazetteer {
 public:
  // Loads every lexicon file present in dir (countries.tsv, regions.tsv,
  // actors.tsv, demonyms.tsv, cities.tsv, subdivisions.tsv, towns.tsv, counties.tsv,
  // stopnames.tsv).
  // Never returns null. Throws Error ("file:line: what") on a malformed line, a
  // duplicate key, a parent or links_to naming no entry, or when dir holds none
  // of the files.
  static std::unique_ptr<Gazetteer> load(const std::filesystem::path& dir);

  // The matches in text, whose tokens are given in order, sorted by start.
  std::vector<LexMatch> match(std::string_view text, std::span<const Token> tokens) const;

  const LexEntry& entry(std::uint32_t index) const { return entries_[index]; }
  std::size_t size() const { return entries_.size(); }

  // All entries having name as name or alias, compared ignoring case,
  // diacritics, dash style and spacing (a superset of name_key equality), the
  // preferred first. No case policy applies. Empty when none.
  std::span<const std::uint32_t> lookup(std::string_view name) const;

  // The towns (towns.tsv: small places, and places whose name is also an English word;
  // counties.tsv: US counties, "Cumberland County") named `name`, compared by name_key, most
  // populous first. Towns are entries like any
  // other (entry(), region_of(), find_key()) but match() never finds them: only a reader
  // that knows the words around a name is a place ("in Troy", "Orange, Texas") asks here.
  std::span<const std::uint32_t> towns(std::string_view name) const;

  // The cities and towns whose name is a stop name (stopnames.tsv: "Austin" and "Charlotte"
  // are first names too), compared by name_key, most populous first. Neither match() nor
  // towns() finds them; a reader that weighs the words around a name may.
  std::span<const std::uint32_t> stopped_places(std::string_view name) const;

  // Index of the entry with this key, or -1.
  std::int64_t find_key(std::string_view key) const;

  // The name of the first-level subdivision (ISO 3166-2) a place lies in: a subdivision's
  // own name, a city's from its GeoNames admin1 code ("Krasnogorsk" -> "Moscow Oblast"), a
  // facility's from the city it is located at; "" when unknown or not a place.
  std::string region_of(std::uint32_t index) const;

  ~Gazetteer();

 private:
  struct Index;
  Gazetteer();
  // Gives a facility, landmark or venue without coordinates those of the city of its
  // country that its name starts with ("Domodedovo Airport" -> Domodedovo), and that
  // city's subdivision as its parent.
  void locate_sites();
  void index_town(std::uint32_t i, const std::unordered_set<std::string>& stop_keys);
  std::vector<LexEntry> entries_;
  std::unique_ptr<Index> index_;
};

}  // namespace dossier
