#include "migrate/runner.h"

#include "migrate/dbstate.h"
#include "migrate/preflight.h"
#include "migrate/runlock.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace migrate {

namespace {
QString sqlOf(const QString &name) {
    return pg::sqlFile(QStringLiteral("migrate/") + name);
}
} // namespace

Runner::Runner(pg::Connection *run, pg::Connection *watch, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_watcher(new ProgressWatcher(watch, this))
    , m_osUser(VersionStore::osUser()) {
    qRegisterMetaType<migrate::MigrationOutcome>();
    connect(m_watcher, &ProgressWatcher::progress, this, &Runner::progress);
}

Runner::~Runner() = default;

bool Runner::connectionAlive() const {
    return m_run && m_run->isReady();
}

QCoro::Task<void> Runner::cancel() {
    if (!m_running)
        co_return;
    m_cancelRequested = true;
    Q_EMIT log(tr("Cancel requested."));
    if (m_statementRunning && m_run)
        co_await m_run->cancel();
}

QCoro::Task<RunResult> Runner::run(Plan plan) {
    QPointer<Runner> self(this);
    RunResult res;
    if (m_running) {
        res.error = tr("A run is already in progress.");
        co_return res;
    }
    if (plan.isEmpty()) {
        res.error = plan.error.isEmpty() ? tr("Nothing to run.") : plan.error;
        co_return res;
    }
    if (!connectionAlive()) {
        res.error = tr("The migration connection is not open.");
        co_return res;
    }
    m_running = true;
    m_cancelRequested = false;
    // One run per database: never two runs' statements and clean-ups interleaved.
    const RunLock::Outcome lock = co_await RunLock::acquire(m_run, false);
    if (!self)
        co_return res;
    if (!lock.acquired) {
        m_running = false;
        res.locked = !lock.error.has_value();
        res.error = lock.error
                        ? tr("Could not take the migration run lock: %1").arg(lock.error->toString())
                        : tr("Another migration run is in progress on this database: %1. Nothing was run.")
                              .arg(lock.holder ? lock.holder->describe() : tr("a session that just ended"));
        Q_EMIT log(res.error);
        co_return res;
    }
    const auto setup = co_await Preflight::setupSession(m_run, m_lockTimeoutMs);
    if (!self)
        co_return res;
    if (setup) {
        m_running = false;
        res.error = tr("Could not prepare the session: %1").arg(setup->toString());
        co_return res;
    }
    Q_EMIT log(tr("Connected as %1 (backend pid %2), lock_timeout %3 ms.")
                   .arg(m_run->facts().role)
                   .arg(m_run->facts().backendPid)
                   .arg(m_lockTimeoutMs));
    for (int i = 0; i < plan.migrations.size(); ++i) {
        const MigrationOutcome o = co_await runOne(i, plan.migrations.at(i), plan.direction);
        if (!self)
            co_return res;
        res.migrations << o;
        Q_EMIT migrationFinished(o);
        if (!o.ok()) {
            res.cancelled = o.cancelled;
            res.error = o.error;
            break;
        }
    }
    res.ok = res.error.isEmpty() && res.migrations.size() == plan.migrations.size();
    co_await RunLock::release(m_run);
    if (!self)
        co_return res;
    m_running = false;
    Q_EMIT log(res.ok ? tr("Done.") : (res.cancelled ? tr("Cancelled.") : tr("Stopped: %1").arg(res.error)));
    co_return res;
}

QCoro::Task<MigrationOutcome> Runner::runOne(int index, Migration m, Direction d) {
    QPointer<Runner> self(this);
    MigrationOutcome out;
    out.migration = m;
    out.direction = d;
    const ScriptInfo script = analyzeScript(m.sql(d));
    if (!script.ok()) {
        out.error = tr("%1 cannot be split into statements: %2 (line %3)")
                        .arg(m.title(), script.error)
                        .arg(script.errorLine);
        co_return out;
    }
    const bool tx = m.transactional(d);
    Q_EMIT migrationStarted(index, m.title(), int(script.statements.size()));
    Q_EMIT log(tr("== %1 %2 — %3")
                   .arg(d == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"), m.title(),
                        tx ? tr("in one transaction") : tr("statement by statement, outside transactions")));
    QElapsedTimer clock;
    clock.start();
    bool ok = true;
    if (tx) {
        const pg::Result b = co_await m_run->query(sqlOf(QStringLiteral("begin")));
        if (!self)
            co_return out;
        if (!b.ok()) {
            out.error = tr("BEGIN failed: %1").arg(b.error()->toString());
            co_return out;
        }
    }
    ok = co_await runStatements(index, script.statements, &out);
    if (!self)
        co_return out;
    out.durationMs = clock.elapsed();
    if (ok) {
        out.ran = true;
        ok = co_await verifyAndRecord(script.statements, &out);
        if (!self)
            co_return out;
    }
    if (tx) {
        if (ok) {
            const pg::Result c = co_await m_run->query(sqlOf(QStringLiteral("commit")));
            if (!self)
                co_return out;
            if (!c.ok()) {
                ok = false;
                out.recorded = false;
                out.error = tr("COMMIT failed: %1").arg(c.error()->toString());
            }
        } else if (connectionAlive()) {
            co_await m_run->query(sqlOf(QStringLiteral("rollback")));
            if (!self)
                co_return out;
            out.recorded = false;
            Q_EMIT log(tr("Rolled back: nothing of %1 stays applied.").arg(m.title()));
        }
    }
    if (ok && out.recorded)
        Q_EMIT log(d == Direction::Up ? tr("Recorded %1 in the version table.").arg(m.title())
                                      : tr("Removed %1 from the version table.").arg(m.title()));
    co_return out;
}

QCoro::Task<bool> Runner::runStatements(int index, const QList<StatementInfo> &statements,
                                        MigrationOutcome *out) {
    QPointer<Runner> self(this);
    const bool tx = out->migration.transactional(out->direction);
    for (int j = 0; j < statements.size(); ++j) {
        const StatementInfo &s = statements.at(j);
        if (m_cancelRequested) {
            out->cancelled = true;
            out->error = tr("Cancelled before %1.").arg(s.summary());
            co_return false;
        }
        Q_EMIT statementStarted(index, j, s.summary(),
                                s.kind == StatementInfo::Kind::CreateIndex ? s.index.name : QString());
        Q_EMIT log(QStringLiteral("→ ") + s.summary());
        const bool watch =
            s.kind == StatementInfo::Kind::CreateIndex || s.kind == StatementInfo::Kind::Reindex;
        const bool concurrentBuild = s.kind == StatementInfo::Kind::CreateIndex && s.concurrently && !tx;
        qint64 oidBefore = 0;
        if (concurrentBuild) {
            oidBefore = co_await indexOid(s);
            if (!self)
                co_return false;
        }
        if (watch)
            m_watcher->start(m_run->facts().backendPid);
        QElapsedTimer clock;
        clock.start();
        m_statementRunning = true;
        const pg::Result r = co_await m_run->query(s.statement.sql);
        if (!self)
            co_return false;
        m_statementRunning = false;
        m_watcher->stop();
        StatementOutcome so;
        so.summary = s.summary();
        so.ok = r.ok();
        so.ms = clock.elapsed();
        so.error = r.error();
        out->statements << so;
        Q_EMIT statementFinished(index, j, r.ok(), so.ms);
        const QStringList notices = r.notices();
        for (const QString &n : notices)
            Q_EMIT log(QStringLiteral("   ") + n.trimmed());
        if (r.ok()) {
            Q_EMIT log(tr("✓ %1 ms").arg(so.ms));
            continue;
        }
        const pg::Error e = *r.error();
        out->cancelled = m_cancelRequested && e.isQueryCanceled();
        out->error = out->cancelled ? tr("Cancelled during %1.").arg(s.summary())
                                    : tr("%1 failed: %2").arg(s.summary(), e.toString());
        Q_EMIT log(QStringLiteral("✗ ") + out->error);
        if (!connectionAlive() || e.isConnectionLoss()) {
            out->error += QLatin1Char(' ') +
                          tr("The connection to the server was lost, so nothing was recorded; an "
                             "INVALID index the build may have left is found by the next preflight.");
            Q_EMIT log(tr("Connection lost: no clean-up possible from here."));
        } else if (concurrentBuild) {
            co_await cleanUpAfter(s, out, oidBefore, e.sqlState);
        }
        co_return false;
    }
    co_return true;
}

namespace {
QString qualifiedIndexName(const StatementInfo &s) {
    return s.index.table.schema.isEmpty()
               ? pg::Connection::quoteIdentOffline(s.index.name)
               : pg::Connection::quoteIdentOffline(s.index.table.schema) + QLatin1Char('.') +
                     pg::Connection::quoteIdentOffline(s.index.name);
}
} // namespace

QCoro::Task<qint64> Runner::indexOid(const StatementInfo &s) {
    if (s.index.name.isEmpty())
        co_return 0;
    QVariantList params;
    params << qualifiedIndexName(s);
    const pg::Result r = co_await m_run->query(sqlOf(QStringLiteral("index_owner")), params);
    co_return r.ok() && r.rows() > 0 ? r.text(0, "oid").toLongLong() : 0;
}

QCoro::Task<void> Runner::cleanUpAfter(const StatementInfo &s, MigrationOutcome *out, qint64 oidBefore,
                                       QString sqlstate) {
    QPointer<Runner> self(this);
    if (s.index.name.isEmpty())
        co_return;
    QVariantList params;
    params << qualifiedIndexName(s);
    const pg::Result r = co_await m_run->query(sqlOf(QStringLiteral("index_owner")), params);
    if (!self || !r.ok() || r.rows() < 1)
        co_return;
    const qint64 oid = r.text(0, "oid").toLongLong();
    const bool valid = r.boolean(0, "valid");
    const QString qualified = r.text(0, "qualified");
    if (valid)
        co_return;
    // 42P07: the name was taken when the statement ran, so whatever has it is not this run's.
    if (oidBefore != 0 || sqlstate == QLatin1String("42P07")) {
        out->leftInvalid << qualified;
        Q_EMIT log(tr("INVALID index %1 was there before this run's statement: it is not this run's and is "
                      "left alone.")
                       .arg(qualified));
        co_return;
    }
    Q_EMIT log(
        tr("Cleaning up: the failed build left INVALID index %1 (OID %2, built by this run); dropping it.")
            .arg(qualified)
            .arg(oid));
    const auto dropErr = co_await Preflight::dropIndex(m_run, qualified);
    if (!self)
        co_return;
    if (dropErr) {
        Q_EMIT log(tr("Could not drop %1: %2 (the next preflight offers it again).")
                       .arg(qualified, dropErr->toString()));
        out->error += QLatin1Char(' ') +
                      tr("INVALID index %1 could not be dropped: %2").arg(qualified, dropErr->message);
    } else {
        out->cleanedUp << s.index.name;
        Q_EMIT log(tr("Dropped INVALID index %1.").arg(s.index.name));
    }
}

QCoro::Task<bool> Runner::verifyAndRecord(const QList<StatementInfo> &statements, MigrationOutcome *out) {
    QPointer<Runner> self(this);
    std::optional<pg::Error> err;
    out->indexes = co_await Verifier::verify(m_run, statements, &err);
    if (!self)
        co_return false;
    if (err) {
        out->error = tr("Verification could not run: %1").arg(err->toString());
        co_return false;
    }
    QStringList bad;
    for (const auto &v : std::as_const(out->indexes)) {
        Q_EMIT log(tr("   verify %1: %2").arg(v.name, v.verdict()));
        if (!v.ok())
            bad << QStringLiteral("%1 (%2)").arg(v.name, v.verdict());
    }
    if (!bad.isEmpty()) {
        out->error =
            tr("Verification failed: %1. The version is not recorded.").arg(bad.join(QStringLiteral(", ")));
        Q_EMIT log(QStringLiteral("✗ ") + out->error);
        co_return false;
    }
    out->verified = true;
    if (out->migration.oneOff) {
        Q_EMIT log(tr("One-off migration: verified; not recorded (it has no file)."));
        co_return true;
    }
    const Migration &m = out->migration;
    std::optional<pg::Error> recErr;
    if (out->direction == Direction::Up) {
        recErr = co_await VersionStore::ensureTable(m_run);
        if (!self)
            co_return false;
        if (!recErr)
            recErr = co_await VersionStore::record(m_run, m.version, m.name, m.checksum, m_osUser,
                                                   out->durationMs);
    } else {
        recErr = co_await VersionStore::remove(m_run, m.version);
    }
    if (!self)
        co_return false;
    if (recErr) {
        out->error = tr("Could not update the version table: %1").arg(recErr->toString());
        co_return false;
    }
    out->recorded = true;
    co_return true;
}

} // namespace migrate
