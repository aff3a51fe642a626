// `dossier export --format stix`: the scope (query/export_scope.h) as one STIX 2.1
// bundle, streamed one object per line, in this order:
// - the `identity` of dossier itself (created_by_ref of everything else) and the
//   `extension-definition` of the dossier property extension;
// - one `report` per document: name (title, else source), published (the
//   publication date, else the ingest time), object_refs (what the document
//   names and reports) and an external reference with URL, external id, source
//   and SHA-256;
// - entities: persons `identity` (individual), organizations `identity`
//   (organization) or, when the lexicon calls them armed groups, `intrusion-set`;
//   groups `identity` (class); places `location` with country code and, where
//   the lexicon has them, coordinates (region = the name when neither is known);
// - incidents `incident`, each followed by its `relationship`s: attributed-to
//   (perpetrators), targets, located-at (place).
// Every entity and incident carries the dossier extension: its dossier id and
// type; entities their subtype, aliases and counts; incidents their date and
// precision, country, every figure with its sentence, report (and its page, for a
// paged report such as a PDF), attribution and hedges, and the best estimate of each measure under
// the chosen policy. Empty lists are left out (STIX custom properties may not be empty arrays).
//
// Identifiers are UUIDv5 of stable keys (a report: its text's SHA-256; an entity:
// its lexicon key, else type and name; an incident: the first document
// reporting it and its position there; a relationship: its ends and type), and
// timestamps come from the store (created / modified: the first and last ingest
// of the documents behind an object), so exporting the same store again gives
// the same bytes and a re-import updates objects instead of duplicating them.
#pragma once

#include <iosfwd>
#include <string>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/store.h"

namespace dossier {

// "extension-definition--<uuid>": the definition every extended object names.
std::string stix_extension_id();

// Streams the bundle; an ExportScope must be alive. Throws StoreError.
void write_stix_export(Store& store, EstimatePolicy policy, std::ostream& out);

}  // namespace dossier
