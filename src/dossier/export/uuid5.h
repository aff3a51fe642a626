// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), the
// deterministic identifiers of the STIX export.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

using Uuid = std::array<std::uint8_t, 16>;

// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (lowercase) as bytes; nullopt when malformed.
std::optional<Uuid> parse_uuid(std::string_view text);

// The version 5 UUID of `name` in `space`, as lowercase text.
std::string uuid5(const Uuid& space, std::string_view name);

}  // namespace dossier
