// `dossier export --format csv`: one table of the scope (query/export_scope.h) as
// RFC 4180 CSV: UTF-8, CRLF line ends, one header row, fields quoted when they
// hold a comma, quote or line break. Lists are joined with "; "; unknown
// values are empty fields.
#pragma once

#include <iosfwd>
#include <optional>
#include <string_view>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/store.h"

namespace dossier {

enum class CsvTable {
  kIncidents,  // one row per incident, GTD/ACLED style (columns: incident_record)
  kFigures,    // one row per reported figure, with its sentence, source, attribution, page
  kEntities,   // one row per entity, with aliases and document and mention counts
  kMentions,   // one row per entity mention, with its page (empty without pages)
};

// "incidents", "figures", "entities", "mentions"; nullopt for anything else.
std::optional<CsvTable> parse_csv_table(std::string_view name);

// Streams the table; an ExportScope must be alive. Throws StoreError.
void write_csv_export(Store& store, CsvTable table, EstimatePolicy policy, std::ostream& out);

}  // namespace dossier
