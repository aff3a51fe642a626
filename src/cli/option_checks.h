// Checks for numeric options and id arguments: a value out of range or with trailing text
// is a usage error (exit 2) naming the option, never clamped, truncated or ignored.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace dossier::cli {

// Most worker threads `ingest --jobs` accepts.
inline constexpr int kMaxJobs = 256;
// Largest `--max-size` in MB (1 TiB): more than any report, small enough to count in bytes.
inline constexpr double kMaxSizeMb = 1024 * 1024;

// The number of an id written "<prefix>N" or "N": N is 1 to 18 ASCII digits, with nothing
// before or after ("v1xyz", "v-1", "v 1" and "" are not ids). nullopt otherwise.
std::optional<std::int64_t> parse_id(std::string_view text, char prefix);

// Accepts what parse_id(text, prefix) accepts.
CLI::Validator id_of(char prefix);

// Accepts a decimal number of megabytes of at least one byte and at most kMaxSizeMb (not
// nan or inf).
CLI::Validator megabytes();

// Accepts a whole number in [min, max].
CLI::Validator whole_number(int min, int max);

// Accepts a whole number from 1 up.
inline CLI::Validator positive() { return whole_number(1, std::numeric_limits<int>::max()); }

}  // namespace dossier::cli
