// The store's schema as an ordered list of SQL scripts. The database's `PRAGMA user_version`
// is the number of scripts applied; opening a store applies the missing ones, each in its
// own transaction. To change the schema, append a script to the list in migrations.cc
// (never edit or reorder a released one).
#pragma once

#include <sqlite3.h>

#include <span>
#include <string>
#include <string_view>

namespace dossier {

// Script i upgrades a database from version i to version i + 1.
std::span<const std::string_view> migrations();

// The version this binary writes: migrations().size().
int schema_version();

// The database's current version (PRAGMA user_version). Throws StoreError.
int database_version(sqlite3* db);

// Applies every missing migration, each in a BEGIN IMMEDIATE transaction that also sets
// user_version, so a crash leaves the database at some whole version. Throws Error when the
// database is newer than this binary knows, and StoreError when a script fails (its
// transaction is rolled back). A database already at schema_version() is only read, so
// opening it never waits for another connection's write transaction.
void migrate(sqlite3* db);

}  // namespace dossier
