// Scoped transactions: writes made while one is open are undone unless it is committed, so
// an exception anywhere between begin and commit leaves the database as it was. The one way
// to make several writes atomic (no hand-written begin / catch / rollback / rethrow).
#pragma once

#include <sqlite3.h>

#include <string>

namespace dossier {

class Store;

// A write transaction on a Store (BEGIN IMMEDIATE; documents enter the full-text index at
// commit). Transactions do not nest.
class Transaction {
 public:
  // Throws StoreError when the transaction cannot begin (e.g. one is already open).
  explicit Transaction(Store& store);
  // Rolls back when not committed; never throws.
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Commits. Throws StoreError; the destructor then rolls back.
  void commit();
  // Commits what was written so far and begins the next transaction: a batching writer's
  // step. Throws StoreError.
  void commit_and_continue();

 private:
  Store& store_;
  bool open_ = true;
};

// The same on a bare connection, for code below the Store (migrations, the store's own
// writes): a named SAVEPOINT, which nests, or with an empty name BEGIN IMMEDIATE.
class SqlTransaction {
 public:
  // Throws StoreError when it cannot begin.
  SqlTransaction(sqlite3* db, std::string savepoint);
  // Rolls back when not committed; never throws.
  ~SqlTransaction();
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;

  // Commits (releases the savepoint). Throws StoreError; the destructor then rolls back.
  void commit();

 private:
  sqlite3* db_;
  std::string savepoint_;
  bool open_ = true;
};

}  // namespace dossier
