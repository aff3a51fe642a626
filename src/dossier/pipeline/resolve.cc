#include "dossier/pipeline/resolve.h"

#include "dossier/pipeline/knowledge_writer.h"
#include "dossier/store/transaction.h"

namespace dossier {

void resolve_store(Store& store, const Models& models) {
  Transaction transaction(store);
  KnowledgeWriter writer(store.handle(), models);
  writer.resolve_all();
  writer.settle_undated();
  transaction.commit();
}

}  // namespace dossier
