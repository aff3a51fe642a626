// `dossier resolve`: links every stored document entity and incident report again, with
// the current lexicons, aliases and rules, without re-reading any document.
#pragma once

#include "dossier/pipeline/models.h"
#include "dossier/store/store.h"

namespace dossier {

// Forgets every global entity and incident and links all stored document entities and
// incident reports again, in document order, then places undated incidents; all in one
// transaction. Throws StoreError (nothing is changed then).
void resolve_store(Store& store, const Models& models);

}  // namespace dossier
