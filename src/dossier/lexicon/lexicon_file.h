// Reads the lexicon TSV files in data/lexicon/.
//
// Format: UTF-8, one entry per line, fields separated by tabs. Blank lines and
// lines starting with '#' are skipped. The first other line is the header that
// names the columns, in any order, from: key, type, subtype, name, aliases
// ('|'-separated), country, parent, lat, lon, population, default (0 or 1),
// links_to. key, type and name are required. A row may leave trailing fields
// out (they are empty) but may not have more fields than the header.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "dossier/lexicon/lexicon_entry.h"

namespace dossier {

// Appends the entries of the file at path to *entries and their 1-based line
// numbers to *lines. Throws Error "path:line: what is wrong" (or "path: cannot open");
// *entries may then hold part of the file.
void read_lexicon_file(const std::filesystem::path& path, std::vector<LexEntry>* entries,
                       std::vector<std::uint32_t>* lines);

// Reads a stopnames file: a header with a "name" column (other columns are
// notes) and one name per line. Appends the names to *names. Throws Error as
// read_lexicon_file does.
void read_stopnames_file(const std::filesystem::path& path, std::vector<std::string>* names);

}  // namespace dossier
