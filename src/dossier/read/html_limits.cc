#include "dossier/read/html_limits.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace dossier {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements without contents.
constexpr std::array<std::string_view, 19> kVoid = {
    "area",  "base",   "basefont", "bgsound",  "br",   "col",   "embed",  "hr",    "image", "img",
    "input", "keygen", "link",     "menuitem", "meta", "param", "source", "track", "wbr"};
// Elements that a start tag of a sibling, or of their parent, closes, and the document's
// own html, head and body: none nests in itself.
constexpr std::array<std::string_view, 21> kClosedBySiblings = {
    "html",   "head",     "body",     "p",  "li", "dd",    "dt",
    "option", "optgroup", "tr",       "td", "th", "tbody", "thead",
    "tfoot",  "caption",  "colgroup", "rb", "rt", "rp",    "rtc"};
// Elements whose contents are text up to their end tag (outside svg and math).
constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea",
                                                      "title",  "xmp",   "plaintext"};

// One past the end of a comment, doctype or other "<!...>", "<?...>", "</...>" at `lt`:
// the earliest place the HTML tokenizer may end it.
std::size_t skip_markup(std::string_view html, std::size_t lt) {
  if (html.substr(lt, 4) == "<!--") {
    const std::size_t body = lt + 4;
    if (html.substr(body, 1) == ">") return body + 1;   // <!-->
    if (html.substr(body, 2) == "->") return body + 2;  // <!--->
    const std::size_t end = std::min(html.find("-->", body), html.find("--!>", body));
    if (end == std::string_view::npos) return html.size();
    return end + (html[end + 2] == '!' ? 4 : 3);
  }
  const std::size_t gt = html.find('>', lt + 2);
  return gt == std::string_view::npos ? html.size() : gt + 1;
}

// Where the raw text of element `name` opened before `from` ends: the '<' of the first
// "</name" followed by a space, '/' or '>' (ASCII case ignored), or the end of `html`.
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view name) {
  if (name == "plaintext") return html.size();
  for (std::size_t lt = html.find("</", from); lt != std::string_view::npos;
       lt = html.find("</", lt + 2)) {
    const std::size_t after = lt + 2 + name.size();
    if (after > html.size()) break;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k)
      same = to_lower(html[lt + 2 + k]) == name[k];
    if (same && (after == html.size() || is_space(html[after]) || html[after] == '/' ||
                 html[after] == '>')) {
      return lt;
    }
  }
  return html.size();
}

// A start or end tag: its lowercase name, where it ends and where its attributes beyond
// kMaxHtmlAttributes begin.
struct Tag {
  std::string name;
  std::size_t end = 0;                          // one past '>', or the end of the input
  std::size_t excess = std::string_view::npos;  // first attribute to remove; npos: none
  std::size_t gt = 0;                           // the '>' (or the end of the input)
};

// Reads the tag whose name starts at `name_start`, the way the HTML tokenizer does:
// attribute values may be quoted, and a '>' inside quotes does not end the tag.
Tag read_tag(std::string_view html, std::size_t name_start) {
  Tag tag;
  const std::size_t n = html.size();
  std::size_t i = name_start;
  while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>') {
    tag.name.push_back(to_lower(html[i++]));
  }
  std::size_t attributes = 0;
  for (;;) {
    while (i < n && (is_space(html[i]) || html[i] == '/')) ++i;
    if (i >= n || html[i] == '>') break;
    if (++attributes == kMaxHtmlAttributes + 1) tag.excess = i;
    ++i;  // a name may start with '='
    while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    std::size_t j = i;
    while (j < n && is_space(html[j])) ++j;
    if (j >= n || html[j] != '=') continue;
    i = j + 1;
    while (i < n && is_space(html[i])) ++i;
    if (i < n && (html[i] == '"' || html[i] == '\'')) {
      const std::size_t close = html.find(html[i], i + 1);
      i = close == std::string_view::npos ? n : close + 1;
    } else {
      while (i < n && !is_space(html[i]) && html[i] != '>') ++i;
    }
  }
  tag.gt = i;
  tag.end = i < n ? i + 1 : n;
  return tag;
}

// One pass over a page; see bound_html_shape().
class ShapeBounder {
 public:
  explicit ShapeBounder(std::string_view html) : html_(html) {}

  std::optional<std::string> run() {
    std::size_t i = 0;
    while ((i = html_.find('<', i)) != std::string_view::npos) {
      const char next = i + 1 < html_.size() ? html_[i + 1] : '\0';
      if (is_letter(next)) {
        i = start_tag(i);
      } else if (next == '/' && i + 2 < html_.size() && is_letter(html_[i + 2])) {
        i = end_tag(i);
      } else if (next == '!' || next == '?' || next == '/') {
        i = skip_markup(html_, i);
      } else {
        ++i;
      }
    }
    if (copied_ == 0) return std::nullopt;
    out_.append(html_.substr(copied_));
    return std::move(out_);
  }

 private:
  std::size_t start_tag(std::size_t lt) {
    Tag tag = read_tag(html_, lt + 1);
    if (foreign_ == 0 && is_one_of(tag.name, kRawText)) {
      remove_excess(tag);
      return raw_text_end(html_, tag.end, tag.name);
    }
    const bool counted = !is_one_of(tag.name, kVoid) && !is_one_of(tag.name, kClosedBySiblings) &&
                         !((tag.name == "a" || tag.name == "nobr") && is_open(tag.name));
    if (counted && open_.size() >= kMaxHtmlDepth) {
      remove(lt, tag.end);
      ++removed_[tag.name];
      return tag.end;
    }
    remove_excess(tag);
    if (counted) {
      if (is_foreign_root(tag.name)) ++foreign_;
      open_.push_back(std::move(tag.name));
    }
    return tag.end;
  }

  std::size_t end_tag(std::size_t lt) {
    Tag tag = read_tag(html_, lt + 2);
    if (auto it = removed_.find(tag.name); it != removed_.end() && it->second > 0) {
      --it->second;
      remove(lt, tag.end);
      return tag.end;
    }
    remove_excess(tag);
    for (std::size_t k = open_.size(); k-- > 0;) {
      if (open_[k] != tag.name) continue;
      for (std::size_t j = k; j < open_.size(); ++j) foreign_ -= is_foreign_root(open_[j]);
      open_.resize(k);
      break;
    }
    return tag.end;
  }

  static bool is_foreign_root(std::string_view name) { return name == "svg" || name == "math"; }

  bool is_open(std::string_view name) const {
    return std::find(open_.begin(), open_.end(), name) != open_.end();
  }

  void remove_excess(const Tag& tag) {
    if (tag.excess != std::string_view::npos) remove(tag.excess, tag.gt);
  }

  // Leaves html_[from, to) out of the output; ranges come in increasing order.
  void remove(std::size_t from, std::size_t to) {
    out_.append(html_.substr(copied_, from - copied_));
    copied_ = to;
  }

  std::string_view html_;
  std::string out_;
  std::size_t copied_ = 0;  // html_[0, copied_) is accounted for in out_; 0: nothing removed
  std::vector<std::string> open_;
  std::size_t foreign_ = 0;                               // svg and math elements in open_
  std::unordered_map<std::string, std::size_t> removed_;  // start tags removed, end tags due
};

}  // namespace

std::optional<std::string> bound_html_shape(std::string_view html) {
  return ShapeBounder(html).run();
}

}  // namespace dossier
