#include "dossier/extract/language_pack.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <utility>

#include "dossier/core/data_dir.h"
#include "dossier/core/error.h"
#include "dossier/extract/site_kinds.h"

namespace dossier {

void WordList::add(std::string_view entry) {
  if (entry.size() > 1 && entry.back() == '*')
    stems_.emplace_back(entry.substr(0, entry.size() - 1));
  else
    words_.emplace(entry);
}

bool WordList::contains(std::string_view word) const {
  if (words_.contains(word)) return true;
  for (const std::string& stem : stems_)
    if (word.starts_with(stem)) return true;
  return false;
}

bool WordList::any_of(const std::vector<std::string>& words) const {
  for (const std::string& w : words)
    if (contains(w)) return true;
  return false;
}

namespace {

// The non-empty pieces of `s` between separators.
std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t at = s.find(sep);
    const std::string_view piece = s.substr(0, at);
    if (!piece.empty()) out.push_back(piece);
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

// Calls fn(line_number, line) for each line of `path` that is not blank or a comment.
template <typename Fn>
void for_each_line(const std::filesystem::path& path, Fn fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot be read");
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    fn(number, std::string_view(line));
  }
}

// The two tab-separated fields of a line; throws Error naming the file and line otherwise.
std::pair<std::string_view, std::string_view> two_fields(const std::filesystem::path& path,
                                                         int number, std::string_view line) {
  const std::vector<std::string_view> f = split(line, '\t');
  if (f.size() != 2)
    throw Error(path.string() + ":" + std::to_string(number) +
                ": expected two tab-separated fields");
  return {f[0], f[1]};
}

}  // namespace

LanguagePack LanguagePack::read(const std::filesystem::path& dir, std::string code) {
  LanguagePack pack;
  pack.code_ = std::move(code);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return pack;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& path : files) {
    const std::string name = path.filename().string();
    if (name == "triggers.tsv") {
      for_each_line(path, [&](int number, std::string_view line) {
        auto [phrase, type] = two_fields(path, number, line);
        const std::vector<std::string_view> words = split(phrase, ' ');
        if (words.empty())
          throw Error(path.string() + ":" + std::to_string(number) + ": a trigger of no words");
        TriggerPhrase t;
        for (std::string_view w : words) t.words.emplace_back().add(w);
        t.type = type;
        const std::size_t index = pack.triggers_.size();
        const std::string_view first = words.front();
        if (first.back() == '*')
          pack.triggers_by_stem_.push_back(index);
        else
          pack.triggers_by_word_[std::string(first)].push_back(index);
        pack.triggers_.push_back(std::move(t));
      });
    } else if (name == "site_kinds.tsv") {
      for_each_line(path, [&](int number, std::string_view line) {
        auto [word, kind] = two_fields(path, number, line);
        const unsigned bit = site_kind_named(kind);
        if (!bit)
          throw Error(path.string() + ":" + std::to_string(number) + ": unknown site kind '" +
                      std::string(kind) + "'");
        if (word.size() > 1 && word.back() == '*')
          pack.site_stems_.emplace_back(word.substr(0, word.size() - 1), bit);
        else
          pack.site_words_[std::string(word)] |= bit;
      });
    } else if (name == "origin_cues.tsv") {
      for_each_line(path, [&](int number, std::string_view line) {
        auto [preposition, words] = two_fields(path, number, line);
        WordList& list = pack.origin_cues_[std::string(preposition)];
        for (std::string_view w : split(words, ' ')) list.add(w);
      });
    } else if (path.extension() == ".txt") {
      WordList& list = pack.lists_[path.stem().string()];
      for_each_line(path, [&](int, std::string_view line) { list.add(line); });
    }
  }
  return pack;
}

const WordList& LanguagePack::list(std::string_view name) const {
  static const WordList kEmpty;
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

std::string_view LanguagePack::trigger(const std::vector<std::string>& words, std::size_t i,
                                       std::size_t* length) const {
  *length = 0;
  // The phrases whose first word is words[i] exactly, with those whose first word is a stem:
  // the first of the file that matches wins.
  std::size_t best = triggers_.size();
  auto try_phrase = [&](std::size_t index) {
    if (index >= best) return;
    const TriggerPhrase& t = triggers_[index];
    if (i + t.words.size() > words.size()) return;
    for (std::size_t k = 0; k < t.words.size(); ++k)
      if (!t.words[k].contains(words[i + k])) return;
    best = index;
  };
  if (auto it = triggers_by_word_.find(words[i]); it != triggers_by_word_.end())
    for (std::size_t index : it->second) try_phrase(index);
  for (std::size_t index : triggers_by_stem_) try_phrase(index);
  if (best == triggers_.size()) return {};
  const TriggerPhrase& t = triggers_[best];
  if (t.type == "raid" && list("police").any_of(words)) return {};
  *length = t.words.size();
  return t.type;
}

unsigned LanguagePack::site_kinds(const std::vector<std::string>& words) const {
  unsigned kinds = 0;
  for (const std::string& w : words) {
    if (auto it = site_words_.find(w); it != site_words_.end()) kinds |= it->second;
    for (const auto& [stem, bit] : site_stems_)
      if (w.starts_with(stem)) kinds |= bit;
  }
  return kinds;
}

bool LanguagePack::origin_cue(std::string_view preposition, std::string_view word) const {
  auto it = origin_cues_.find(preposition);
  return it != origin_cues_.end() && it->second.contains(word);
}

namespace {

struct Packs {
  std::mutex mutex;
  std::filesystem::path dir;
  // By folder and code; never freed, so references stay valid in every thread.
  std::map<std::pair<std::filesystem::path, std::string>, std::unique_ptr<LanguagePack>> read;
};

Packs& packs() {
  static Packs* p = new Packs;
  return *p;
}

}  // namespace

const LanguagePack& language_pack(std::string_view code) {
  Packs& p = packs();
  std::lock_guard lock(p.mutex);
  if (p.dir.empty()) p.dir = data_dir() / "lang";
  auto& pack = p.read[{p.dir, std::string(code)}];
  if (!pack)
    pack = std::make_unique<LanguagePack>(LanguagePack::read(p.dir / code, std::string(code)));
  return *pack;
}

void use_language_packs(const std::filesystem::path& dir) {
  Packs& p = packs();
  std::lock_guard lock(p.mutex);
  p.dir = dir;
}

}  // namespace dossier
