#include "cli/option_checks.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace dossier::cli {

std::optional<std::int64_t> parse_id(std::string_view text, char prefix) {
  if (!text.empty() && text[0] == prefix) text.remove_prefix(1);
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

CLI::Validator id_of(char prefix) {
  const std::string form = std::string(1, prefix) + "<N> or N";
  return CLI::Validator(
      [prefix, form](std::string& value) -> std::string {
        if (parse_id(value, prefix)) return {};
        return "\"" + value + "\" is not an id (" + form + ")";
      },
      form);
}

CLI::Validator megabytes() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        char* end = nullptr;
        const double mb = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || !std::isfinite(mb) || mb * 1024 * 1024 < 1 ||
            mb > kMaxSizeMb)
          return "\"" + value + "\" is not a size in MB from 1 byte to " +
                 std::to_string(static_cast<long>(kMaxSizeMb)) + " MB";
        return {};
      },
      "MB > 0");
}

CLI::Validator whole_number(int min, int max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        char* end = nullptr;
        errno = 0;
        const long n = std::strtol(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || errno == ERANGE || n < min || n > max)
          return "\"" + value + "\" is not a whole number from " + std::to_string(min) + " to " +
                 std::to_string(max);
        return {};
      },
      std::to_string(min) + ".." + std::to_string(max));
}

}  // namespace dossier::cli
