#include "dossier/store/transaction.h"

#include "dossier/store/statement.h"
#include "dossier/store/store.h"

namespace dossier {

Transaction::Transaction(Store& store) : store_(store) { store_.begin(); }

Transaction::~Transaction() {
  if (!open_ || !store_.in_transaction()) return;
  try {
    store_.rollback();
  } catch (const StoreError&) {
    // The connection is unusable; closing it discards the transaction anyway.
  }
}

void Transaction::commit() {
  store_.commit();
  open_ = false;
}

void Transaction::commit_and_continue() {
  store_.commit();
  open_ = false;
  store_.begin();
  open_ = true;
}

SqlTransaction::SqlTransaction(sqlite3* db, std::string savepoint)
    : db_(db), savepoint_(std::move(savepoint)) {
  exec(db_, savepoint_.empty() ? "BEGIN IMMEDIATE" : "SAVEPOINT " + savepoint_);
}

SqlTransaction::~SqlTransaction() {
  if (!open_) return;
  std::string undo = savepoint_.empty() ? std::string("ROLLBACK")
                                        : "ROLLBACK TO " + savepoint_ + "; RELEASE " + savepoint_;
  sqlite3_exec(db_, undo.c_str(), nullptr, nullptr, nullptr);
}

void SqlTransaction::commit() {
  exec(db_, savepoint_.empty() ? "COMMIT" : "RELEASE " + savepoint_);
  open_ = false;
}

}  // namespace dossier
