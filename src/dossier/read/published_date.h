// Normalization of publication dates found in HTML metadata and JSONL records.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// "YYYY-MM-DD" for a recognised calendar date, else "". Accepted forms: ISO 8601 dates
// and date-times ("2024-03-05", "2024-03-05T21:10:00+03:00", "20240305"; the date part
// is kept as written, no time-zone shift), "2024/03/05", and English dates with a month
// name ("March 5, 2024", "5 Mar 2024", RFC 2822 "Tue, 05 Mar 2024 10:00:00 GMT").
// Impossible dates ("2024-02-30") give "".
std::string normalize_date(std::string_view text);

}  // namespace dossier
