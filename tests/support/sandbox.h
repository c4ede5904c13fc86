#pragma once

#include <QString>
#include <QStringList>

// The PostgreSQL sandbox that CTest's fixture started (scripts/pg-sandbox).
namespace sandbox {

QString env(const QString &key);   // a variable from the sandbox's state file
QString dsn(const QString &dbname = QStringLiteral("postgres")); // Unix socket, trusted
QString tcpDsn(const QString &password = {}, const QString &dbname = QStringLiteral("postgres"));
QString password();
int port();
QString dataDir();
// Runs a pg-sandbox verb (e.g. "restart") in a child process; the event loop keeps running.
bool run(const QString &verb, int timeoutMs = 60000);
// psql -c SQL against the sandbox (setup/verification only; never used by product code).
QString psql(const QString &sql, const QString &dbname = QStringLiteral("postgres"), bool *ok = nullptr);
// A fresh database created from template1 (pg_stat_statements, hypopg present).
QString createDatabase(const QString &name);

} // namespace sandbox
