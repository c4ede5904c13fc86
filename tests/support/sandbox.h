#pragma once

#include <QString>
#include <QStringList>

// The PostgreSQL sandbox that CTest's fixture started (scripts/pg-sandbox).
namespace sandbox {

QString env(const QString &key);                                 // a variable from the sandbox's state file
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

// A second, private cluster for tests that must restart or reconfigure a server without
// disturbing the tests running in parallel on the shared one. Stopped in the destructor.
class Private {
public:
    explicit Private(const QStringList &extraEnv = {}); // e.g. {"PGDBA_SANDBOX_NO_PRELOAD=1"}
    ~Private();
    bool ok() const { return m_ok; }
    QString dsn(const QString &dbname = QStringLiteral("postgres")) const;
    bool restart();
    QString stateFile() const { return m_state; }

private:
    bool run(const QString &verb);
    QString m_state;
    QStringList m_env;
    QString m_host, m_port;
    bool m_ok = false;
};

} // namespace sandbox
