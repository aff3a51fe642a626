// Splitting document text into sentences and tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier {

// A token as [start, end) byte offsets into the document text.
struct Token {
  std::uint32_t start, end;
};

// A sentence as [start, end) byte offsets (first token start to last token end) and its
// tokens as the index range [first_token, end_token) into Segmentation::tokens.
struct Sentence {
  std::uint32_t start, end, first_token, end_token;
};

inline constexpr std::uint32_t kMaxSentenceTokens = 256;

struct Segmentation {
  std::vector<Sentence> sentences;  // in text order, each with at least one token
  std::vector<Token> tokens;        // in text order, never empty, never overlapping
};

// Splits `text` (valid UTF-8, under 4 GiB) into tokens and sentences.
//
// Tokens follow CoNLL/Penn news conventions: words and numbers ("290,000", "3.5",
// "10:30") are single tokens; "4000-6000" is three; hyphenated words ("ISIS-K",
// "al-Qaeda", "U.S.-led") are one; punctuation is separate except "..." and "--" runs;
// clitics split off ("Iran" "'s", "do" "n't", "they" "'ll", also with ’); initialisms
// ("U.S.", "a.m."), known abbreviations ("Gen.", "Mar.", "Mr.") and single capital
// initials ("E.") keep their period; en and em dashes are tokens of their own; URLs
// are one token.
//
// Sentences come from ICU's sentence break rules, with two changes: every line break is
// a sentence boundary (headlines and list items have no final period) except a single one
// before a lower-case word after a line that does not end a sentence (a hard-wrapped
// paragraph: "six of\nwhom were children"), and there is no
// boundary after titles ("Gen.", "Dr.", "No. 5") nor after other abbreviations and
// initials ("U.S.", "Michel E. Kurilla") unless a typical sentence opener ("The", "He")
// follows. A run of more than kMaxSentenceTokens tokens without a boundary (a page flattened
// into one line, a list without punctuation) is cut into sentences of kMaxSentenceTokens
// tokens, the last one shorter: later stages look at a sentence's tokens in pairs, so this
// keeps them linear in the length of the text.
Segmentation segment(std::string_view text);

}  // namespace dossier
