// Temporal expressions in a document, resolved to ISO dates with precision.
//
// Absolute forms: "22 March 2024", "22nd of March 2024", "March 22, 2024",
// "Jan. 3, 2024", "Saturday, March 30, 2024" (the weekday joins the span), a span of
// days ("October 23-26, 2002", "23-26 October 2002": its first day),
// "2024-03-22", "22.03.2024" (day.month.year), "22/03/2024" (day first unless
// the first part exceeds 12), "March 2024", "March of 2024", "the 1980s"
// (decade precision, iso() "1980"), and a year 1900-2099 only in a date
// context: after in/of/since/from/until/by/during/before/after/between/
// through/early/late/mid(-)/a season, inside "(2015)", between "the"/a
// possessive and a word ("the 2017 bombing"), after "and"/"or"/"to"/"-" that
// follow a year, or before an event noun ("2004 Beslan siege", "2017 attack").
// "2,000 people" and "about 2000 people" are never years. "in the summer of
// 2021", "at the beginning of 2024", "in mid-2023" give year precision.
//
// Relative forms resolve against one of two anchors:
// - deictic ones (yesterday, last night, last/this week, last/this month,
//   last/this year, "N days/weeks/months/years ago", weekdays, a month or
//   "March 22" without a year) use the publication date only: a date the text
//   gives is as often a past incident's as the report's own;
// - anaphoric ones ("the year before", "the previous/following year", "a year
//   earlier/later", "that year", "the same year", and the same with month and
//   day) use the most recent date the text established, else the publication date.
// The most recent date is the last date emitted, decades excepted.
// A capitalized weekday counts anywhere ("a bomb Saturday ripped through") except in a
// feast or a prayer ("Good Friday", "Friday prayers"); without an anchor precise to the
// day it is still emitted, with an empty date and its weekday, so that an undated report
// can be matched to an incident on that weekday. A month and day without a year and
// without an anchor ("on January 24" in an undated report) is emitted the same way, with
// its month_day.
// Results: yesterday / last night = anchor - 1 day; "on Friday" = the latest
// Friday on or before the anchor day, "last Friday" strictly before it (day
// precision); "last week" = month precision of anchor - 7 days; "this week",
// "earlier this week" = month precision of the anchor; last month = month
// before the anchor; last year = anchor year - 1; a bare month ("in March")
// takes the anchor's year, or the year before when the month comes after the
// anchor's month ("last March": on or after); "March 22" likewise by day.
// A relative expression whose anchor lacks the needed precision (no anchor,
// or "yesterday" against a year-only anchor) is not emitted.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/extract/date.h"

namespace dossier {

struct DateMention {
  std::uint32_t start = 0, end = 0;  // byte offsets in the document
  PartialDate date;       // empty for a weekday no anchor resolves ("on Sunday", undated report)
  bool relative = false;  // some part of the date came from an anchor
  int weekday = -1;       // 0 (Monday) to 6 when the text names the weekday, else -1
  int month_day = 0;      // month * 100 + day of a month and day no anchor gives a year to
};

// Scans the sentences of one document in order, keeping the anchor state.
class DateFinder {
 public:
  explicit DateFinder(const PartialDate& published) : published_(published) {}

  // Appends the dates of `sentence` (which starts at byte base_offset of the
  // document) to *out in text order, and moves the anchor to the last one.
  void scan(std::string_view sentence, std::uint32_t base_offset, std::vector<DateMention>* out);

  // The most recent date established so far (empty before any).
  const PartialDate& recent() const { return recent_; }

 private:
  PartialDate published_;
  PartialDate recent_;
};

// Every date in `text`, whose sentences are given as [start, end) byte offsets
// in text order; `published` may be empty.
std::vector<DateMention> find_dates(
    std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
    const PartialDate& published);

}  // namespace dossier
