#pragma once

#include "pg/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pg {
class Result;
struct ServerFacts;
} // namespace pg

namespace monitor {

// Whether pg_stat_statements can be read on this server by this role, and if not, exactly
// why and what fixes it. Built from statements_probe.sql, refined by the sample's error.
struct StatementAvailability {
    enum class State {
        Unknown,
        Usable,
        ServerTooOld,      // before PostgreSQL 10 (no pg_read_all_stats, old counters)
        NotInstalled,      // the extension's files are not on the server
        NotPreloaded,      // not in shared_preload_libraries: ALTER SYSTEM + restart
        NotCreated,        // preloaded, but CREATE EXTENSION was not run in this database
        ExtensionOutdated, // created at an older version than the server's library
        Failed,            // any other error (privileges, connection): see error
    };
    static constexpr int MinimumVersionNum = 100000;

    State state = State::Unknown;
    int serverVersionNum = 0;
    QString serverVersion;
    QString database;
    QString role;
    bool superuser = false;
    bool readAllStats = false;
    bool canReset = false;
    bool preloadKnown = false; // this role may read shared_preload_libraries
    QStringList preloadLibraries;
    bool preloadPendingRestart = false;
    bool libraryLoaded = false; // pg_stat_statements.* settings exist in this session
    QString extVersion;         // empty: not created in this database
    QString extSchema;
    QString availableVersion; // empty: not installed on the server
    QString track;
    bool trackPlanning = false;
    QString computeQueryId;
    bool trackIoTiming = true;
    int hiddenStatements = 0; // set from samples
    std::optional<pg::Error> error;

    static StatementAvailability fromProbe(const pg::Result &probe, const pg::ServerFacts &facts);
    static StatementAvailability tooOld(const pg::ServerFacts &facts);
    // The counters query failed although the probe looked fine: say why.
    void applySampleError(const pg::Error &e);

    bool usable() const { return state == State::Usable; }
    bool canCreateExtension() const { return state == State::NotCreated && superuser; }
    bool restartNeeded() const { return state == State::NotPreloaded; }
    bool hasQueryIdInActivity() const { return serverVersionNum >= 140000; }
    bool canResetOne() const { return canReset && serverVersionNum >= 120000; }

    // For the user: a headline, what it means, the exact SQL that fixes it (one statement a
    // line, comments start with --), and notes that leave it usable but incomplete.
    QString headline() const;
    QString explanation() const;
    QString fixSql() const;
    QStringList warnings() const;
    // A role or schema name as a DBA would type it: bare when unambiguous, else quoted.
    static QString sqlName(const QString &name);
    // Everything above as plain text, for the CLI and logs.
    QString report() const;
};

} // namespace monitor
