// The publication date a report states in its dateline, for inputs (plain
// text) that carry no date metadata.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// Looks at the first lines (up to ~600 bytes) for a dateline: a date precise
// to the day followed by a dash ("BRUSSELS, March 23, 2016 — ..."), a line
// holding only a date ("Saturday, March 30, 2024"), or a line opening with
// "Published", "Posted", "Updated" or "Date". Returns the date as
// YYYY-MM-DD, or "" when the text has no dateline.
std::string find_dateline(std::string_view text);

struct DateMention;
// Whether a date found in `text` has the shape of a dateline (as above), or is a date
// without its year right after a capitalised place and before a dash or an agency
// ("CAIRO, Nov 25 (Reuters) -"), which needs the publication date to resolve.
bool is_dateline_date(std::string_view text, const DateMention& date);

// Whether the name at [start, end) of `text` opens a line as a dateline's place, the
// newsroom a report was filed from: "DUSHANBE - ...", "NEW YORK (AP) — ...", "Kabul,
// Afghanistan — ...", "PARIS, Nov. 14 — ...": in the first 600 bytes, at the start of its
// line, and followed within 40 bytes (an optional ", Country", agency or date) by a dash.
bool is_dateline_place(std::string_view text, std::uint32_t start, std::uint32_t end);

}  // namespace dossier
