// A trie over piece hashes (see name_pieces.h) mapping names to lexicon entries.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/lexicon/name_pieces.h"

namespace dossier {

class NameTrie {
 public:
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNone = 0;  // the root is never a child

  // One name of one entry ending at a node.
  struct Terminal {
    std::uint32_t entry;
    std::uint32_t exact_begin, exact_end;  // exact-case form in exact_forms(); empty if none
    bool lower_initial;                    // the name starts with a lower-case letter
  };

  NameTrie();

  // Adds a name of entry, split into pieces of name. With exact, the name
  // matches only text of the same spelling (see exact_form()).
  void insert(std::string_view name, const std::vector<Piece>& pieces, std::uint32_t entry,
              bool exact);

  // Sorts each node's terminals by priority[entry] (smaller first); call once
  // after the last insert and before terminals() or entries().
  void finalize(const std::vector<std::uint64_t>& priority);

  std::uint32_t child(std::uint32_t node, std::uint64_t hash) const;
  std::span<const Terminal> terminals(std::uint32_t node) const;
  // The distinct entries of a node's terminals, preferred first.
  std::span<const std::uint32_t> entries(std::uint32_t node) const;
  std::string_view exact_form(const Terminal& t) const {
    return std::string_view(exact_forms_).substr(t.exact_begin, t.exact_end - t.exact_begin);
  }

  // The spelling compared for exact names: the bytes of the pieces other than
  // dashes and apostrophes, so "IS-K" and "IS–K" compare equal.
  static void append_exact_form(std::string_view text, const Piece& piece, std::string* out);

 private:
  struct Slot {
    std::uint64_t hash;
    std::uint32_t node, child;
  };
  std::size_t slot_of(std::uint32_t node, std::uint64_t hash) const;
  void grow();

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
  std::uint32_t nodes_ = 1;
  std::vector<std::pair<std::uint32_t, Terminal>> pending_;
  std::vector<std::uint32_t> terminal_offsets_, entry_offsets_;
  std::vector<Terminal> terminals_;
  std::vector<std::uint32_t> entries_;
  std::string exact_forms_;
};

}  // namespace dossier
