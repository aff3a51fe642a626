// Locates the shipped data (lexicons, NER model).
#pragma once

#include <filesystem>

namespace dossier {

// $DOSSIER_DATA when set, else the data/ directory the build was configured with.
std::filesystem::path data_dir();

}  // namespace dossier
