#pragma once

#include "migrate/plan.h"
#include "migrate/progresswatcher.h"
#include "migrate/runresult.h"
#include "migrate/statementinfo.h"

#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// Runs a plan on the migration connection: a "transaction: yes" migration in one
// transaction (verified and recorded inside it), a "transaction: no" one statement by
// statement, so CONCURRENTLY runs outside any transaction block. Build progress is read
// from pg_stat_progress_create_index on the watch connection. After the statements, the
// indexes are verified; only then is the version recorded (or, going down, removed).
// A failed or cancelled concurrent build's INVALID index is dropped when the connection
// is still there and this run built it; when the backend itself died, the next preflight
// finds and offers it. The whole run holds the database's run lock (runlock.h).
class Runner : public QObject {
    Q_OBJECT
public:
    Runner(pg::Connection *run, pg::Connection *watch, QObject *parent = nullptr);
    ~Runner() override;

    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }
    int lockTimeoutMs() const { return m_lockTimeoutMs; }
    void setOsUser(const QString &u) { m_osUser = u; }
    ProgressWatcher *watcher() const { return m_watcher; }

    QCoro::Task<RunResult> run(Plan plan);
    // Cancels the running statement (PQcancel) and stops before the next one.
    QCoro::Task<void> cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void log(const QString &line);
    void migrationStarted(int migration, const QString &title, int statements);
    void statementStarted(int migration, int statement, const QString &summary, const QString &index);
    void statementFinished(int migration, int statement, bool ok, qint64 ms);
    void progress(const migrate::BuildProgress &p);
    void migrationFinished(const migrate::MigrationOutcome &outcome);

private:
    QCoro::Task<MigrationOutcome> runOne(int index, Migration m, Direction d);
    QCoro::Task<bool> runStatements(int index, const QList<StatementInfo> &statements, MigrationOutcome *out);
    QCoro::Task<bool> verifyAndRecord(const QList<StatementInfo> &statements, MigrationOutcome *out);
    // Drops the INVALID index a failed concurrent build of `s` left, only when this run built it:
    // the name was free before the statement (`oidBefore` 0) and the statement did not fail on
    // the name itself; an index found by name that was there before is never touched.
    QCoro::Task<void> cleanUpAfter(const StatementInfo &s, MigrationOutcome *out, qint64 oidBefore,
                                   QString sqlstate);
    QCoro::Task<qint64> indexOid(const StatementInfo &s);
    bool connectionAlive() const;

    QPointer<pg::Connection> m_run;
    ProgressWatcher *m_watcher;
    int m_lockTimeoutMs = 5000;
    QString m_osUser;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_statementRunning = false;
};

} // namespace migrate
