#include "monitor/healthrunner.h"

#include "monitor/healthdata.h"
#include "monitor/healthindexchecks.h"
#include "monitor/healthreplchecks.h"
#include "monitor/healthsessionchecks.h"
#include "monitor/healthtablechecks.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace monitor {

namespace {
// A stand-in for a check whose data could not be read.
HealthCheck failed(const HealthCheck &shape, const pg::Error &e) {
    HealthCheck c;
    c.id = shape.id;
    c.title = shape.title;
    c.description = shape.description;
    c.error = e.toString();
    c.summary = QCoreApplication::translate("health", "Could not check: %1").arg(e.message);
    return c;
}
} // namespace

QStringList healthCheckIds() {
    return {QStringLiteral("unused_indexes"), QStringLiteral("duplicate_indexes"),
            QStringLiteral("invalid_indexes"), QStringLiteral("seq_scans"), QStringLiteral("cache_hit"),
            QStringLiteral("vacuum"), QStringLiteral("analyze"), QStringLiteral("wraparound"),
            QStringLiteral("long_queries"), QStringLiteral("long_transactions"),
            QStringLiteral("idle_in_transaction"), QStringLiteral("connections"), QStringLiteral("sequences"),
            // replVacuumCheckIds() (monitor/healthreplchecks):
            QStringLiteral("replication_slots"), QStringLiteral("replication_lag"),
            QStringLiteral("archiver"), QStringLiteral("xmin_horizon"), QStringLiteral("autovacuum_backlog")};
}

QCoro::Task<HealthReport> runHealthChecks(pg::Connection *c, HealthThresholds t) {
    HealthReport report;
    QPointer<pg::Connection> conn(c);
    if (!conn || !conn->isReady()) {
        report.failure = QCoreApplication::translate("health", "not connected");
        co_return report;
    }
    report.database = conn->facts().database;
    report.serverVersion = conn->facts().shortVersion();
    const int version = conn->facts().versionNum;

    QHash<QString, pg::Result> results;
    const QStringList files = {QStringLiteral("indexes"),  QStringLiteral("tables"),
                               QStringLiteral("cache"),    QStringLiteral("wraparound"),
                               QStringLiteral("sessions"), QStringLiteral("connections"),
                               QStringLiteral("sequences")};
    for (const QString &f : files) {
        const pg::Result r = co_await conn->query(pg::sqlFile(QStringLiteral("health/") + f, version));
        if (!conn) {
            report.failure = QCoreApplication::translate("health", "the connection was closed");
            co_return report;
        }
        results.insert(f, r);
    }
    report.checkedAt = QDateTime::currentDateTimeUtc();

    // Reading the rows and judging them is work for the thread pool: the GUI thread (the Health
    // page, every server of the Fleet page, the alert rules) only takes the finished checks.
    auto judge = QtConcurrent::run([results = std::move(results), t] {
        QList<HealthCheck> checks;
        auto add = [&](const QString &file, HealthCheck check) {
            const pg::Result r = results.value(file);
            checks << (r.ok() ? check : failed(check, *r.error()));
        };
        const HealthCache cache = healthCacheFrom(results.value(QStringLiteral("cache")));
        const auto indexes = healthIndexesFrom(results.value(QStringLiteral("indexes")));
        const auto tables = healthTablesFrom(results.value(QStringLiteral("tables")));
        const auto sessions = healthSessionsFrom(results.value(QStringLiteral("sessions")));
        add(QStringLiteral("indexes"), checkUnusedIndexes(indexes, cache.statsReset, t));
        add(QStringLiteral("indexes"), checkDuplicateIndexes(indexes));
        add(QStringLiteral("indexes"), checkInvalidIndexes(indexes));
        add(QStringLiteral("tables"), checkSeqScans(tables, t));
        add(QStringLiteral("cache"), checkCacheHit(cache, t));
        add(QStringLiteral("tables"), checkVacuum(tables, t));
        add(QStringLiteral("tables"), checkAnalyze(tables, t));
        add(QStringLiteral("wraparound"),
            checkWraparound(healthDatabaseAgesFrom(results.value(QStringLiteral("wraparound"))), t));
        add(QStringLiteral("sessions"), checkLongQueries(sessions, t));
        add(QStringLiteral("sessions"), checkLongTransactions(sessions, t));
        add(QStringLiteral("sessions"), checkIdleInTransaction(sessions, t));
        add(QStringLiteral("connections"),
            checkConnections(healthConnectionsFrom(results.value(QStringLiteral("connections"))), t));
        add(QStringLiteral("sequences"),
            checkSequences(healthSequencesFrom(results.value(QStringLiteral("sequences"))), t));
        return checks;
    });
    auto judged = pg::awaitFuture(judge);
    report.checks = co_await judged;
    if (!conn) {
        report.failure = QCoreApplication::translate("health", "the connection was closed");
        co_return report;
    }
    report.checks << co_await runReplVacuumChecks(conn, ReplVacuumThresholds::load());
    co_return report;
}

} // namespace monitor
