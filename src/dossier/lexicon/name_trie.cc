#include "dossier/lexicon/name_trie.h"

#include <algorithm>

namespace dossier {
namespace {

std::uint64_t slot_hash(std::uint32_t node, std::uint64_t hash) {
  std::uint64_t h = hash ^ (static_cast<std::uint64_t>(node) * 0x9e3779b97f4a7c15ULL);
  h ^= h >> 29;
  return h * 0xbf58476d1ce4e5b9ULL;
}

}  // namespace

NameTrie::NameTrie() : slots_(1 << 16, Slot{0, 0, kNone}) {}

std::size_t NameTrie::slot_of(std::uint32_t node, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot_hash(node, hash) & mask;
  while (slots_[i].child != kNone && (slots_[i].node != node || slots_[i].hash != hash))
    i = (i + 1) & mask;
  return i;
}

void NameTrie::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{0, 0, kNone});
  for (const Slot& s : old)
    if (s.child != kNone) slots_[slot_of(s.node, s.hash)] = s;
}

void NameTrie::insert(std::string_view name, const std::vector<Piece>& pieces, std::uint32_t entry,
                      bool exact) {
  if (pieces.empty()) return;
  std::uint32_t node = kRoot;
  for (const Piece& p : pieces) {
    std::size_t i = slot_of(node, p.hash);
    if (slots_[i].child == kNone) {
      if ((used_ + 1) * 2 > slots_.size()) {
        grow();
        i = slot_of(node, p.hash);
      }
      slots_[i] = Slot{p.hash, node, nodes_++};
      ++used_;
    }
    node = slots_[i].child;
  }
  Terminal t{entry, 0, 0, pieces.front().lower_initial};
  if (exact) {
    t.exact_begin = static_cast<std::uint32_t>(exact_forms_.size());
    for (const Piece& p : pieces) append_exact_form(name, p, &exact_forms_);
    t.exact_end = static_cast<std::uint32_t>(exact_forms_.size());
  }
  pending_.emplace_back(node, t);
}

void NameTrie::finalize(const std::vector<std::uint64_t>& priority) {
  std::stable_sort(pending_.begin(), pending_.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return priority[a.second.entry] < priority[b.second.entry];
  });
  terminal_offsets_.assign(nodes_ + 1, 0);
  entry_offsets_.assign(nodes_ + 1, 0);
  terminals_.clear();
  entries_.clear();
  std::size_t k = 0;
  for (std::uint32_t node = 0; node < nodes_; ++node) {
    terminal_offsets_[node] = static_cast<std::uint32_t>(terminals_.size());
    entry_offsets_[node] = static_cast<std::uint32_t>(entries_.size());
    const std::size_t first_entry = entries_.size();
    for (; k < pending_.size() && pending_[k].first == node; ++k) {
      const Terminal& t = pending_[k].second;
      terminals_.push_back(t);
      if (std::find(entries_.begin() + first_entry, entries_.end(), t.entry) == entries_.end())
        entries_.push_back(t.entry);
    }
  }
  terminal_offsets_[nodes_] = static_cast<std::uint32_t>(terminals_.size());
  entry_offsets_[nodes_] = static_cast<std::uint32_t>(entries_.size());
  pending_.clear();
  pending_.shrink_to_fit();
}

std::uint32_t NameTrie::child(std::uint32_t node, std::uint64_t hash) const {
  return slots_[slot_of(node, hash)].child;
}

std::span<const NameTrie::Terminal> NameTrie::terminals(std::uint32_t node) const {
  return std::span<const Terminal>(terminals_.data() + terminal_offsets_[node],
                                   terminal_offsets_[node + 1] - terminal_offsets_[node]);
}

std::span<const std::uint32_t> NameTrie::entries(std::uint32_t node) const {
  return std::span<const std::uint32_t>(entries_.data() + entry_offsets_[node],
                                        entry_offsets_[node + 1] - entry_offsets_[node]);
}

void NameTrie::append_exact_form(std::string_view text, const Piece& piece, std::string* out) {
  if (piece.kind == PieceKind::kDash || piece.kind == PieceKind::kApostrophe) return;
  out->append(text.substr(piece.start, piece.end - piece.start));
}

}  // namespace dossier
