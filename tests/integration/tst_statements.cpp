// pg_stat_statements on the real sandbox: a known workload on its own database shows with exact
// call counts, rates between two samples, a full reset and a one-statement reset detected,
// the history surviving a restart, live sessions by query id, and every "not usable" state
// made for real (a second sandbox without the preload, a database made from template0, a
// role without pg_read_all_stats).
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/statementsampler.h"
#include "monitor/statementtracker.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using monitor::StatementAvailability;

namespace {
const QString QueryA = QStringLiteral("SELECT count(*) FROM stmt_a WHERE id = $1");
const QString QueryB = QStringLiteral("UPDATE stmt_b SET v = v + 1 WHERE id = $1");

const monitor::StatementRow *findRow(const monitor::StatementSnapshot &s,
                                     const QHash<monitor::StatementKey, QString> &texts,
                                     const QString &needle, const QString &db = QStringLiteral("stmt_test")) {
    for (const auto &r : s.rows)
        if (r.totals.database == db && texts.value(r.totals.key).contains(needle))
            return &r;
    return nullptr;
}

void runMany(pg::Connection &c, const QString &sql, int n) {
    for (int i = 0; i < n; ++i) {
        QVariantList params;
        params << QVariant(i % 10);
        const pg::Result r = QCoro::waitFor(c.query(sql, params));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()->toString()));
    }
}
} // namespace

class TestStatements : public QObject {
    Q_OBJECT
    std::unique_ptr<pg::Connection> m_monitor; // what pgdba reads through (postgres database)
    std::unique_ptr<pg::Connection> m_work;    // the workload, in stmt_test
    QString m_workDsn;

    monitor::StatementFetch fetch(monitor::StatementSampler &s, pg::Connection &c) {
        return QCoro::waitFor(s.fetch(&c));
    }

private Q_SLOTS:
    void initTestCase() {
        m_workDsn = sandbox::createDatabase(QStringLiteral("stmt_test"));
        bool ok = false;
        sandbox::psql(QStringLiteral("CREATE TABLE stmt_a (id int PRIMARY KEY, v int); "
                                     "INSERT INTO stmt_a SELECT g, g FROM generate_series(1, 100) g; "
                                     "CREATE TABLE stmt_b (id int PRIMARY KEY, v int); "
                                     "INSERT INTO stmt_b SELECT g, 0 FROM generate_series(0, 9) g;"),
                      QStringLiteral("stmt_test"), &ok);
        QVERIFY(ok);
        m_monitor = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        m_work = testutil::connect(m_workDsn, QStringLiteral("stmt workload"));
        QVERIFY(m_monitor->isReady() && m_work->isReady());
        // Start from zero for this database only (other databases keep theirs).
        sandbox::psql(
            QStringLiteral("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = "
                           "'stmt_test'), 0)"));
    }

    void workloadShowsExactCallCounts() {
        runMany(*m_work, QueryA, 500);
        runMany(*m_work, QueryB, 20);
        monitor::StatementSampler sampler;
        const auto f = fetch(sampler, *m_monitor);
        QVERIFY2(f.ok(), qPrintable(f.availability.report()));
        QCOMPARE(f.availability.state, StatementAvailability::State::Usable);
        QCOMPARE(f.availability.extVersion, QStringLiteral("1.10"));
        QVERIFY(f.serverMs > 0);
        QVERIFY(f.textsFetched > 0);
        monitor::StatementTracker tracker;
        const auto snap = tracker.add(f.sample);
        const auto *a = findRow(snap, f.texts, QStringLiteral("FROM stmt_a"));
        const auto *b = findRow(snap, f.texts, QStringLiteral("UPDATE stmt_b"));
        QVERIFY(a && b);
        QCOMPARE(f.texts.value(a->totals.key), QueryA);
        QCOMPARE(a->totals.calls, 500);
        QCOMPARE(b->totals.calls, 20);
        QCOMPARE(a->totals.rows, 500); // count(*) returns one row per call
        QCOMPARE(b->totals.rows, 20);  // one row updated per call
        QCOMPARE(a->totals.user, QStringLiteral("postgres"));
        QVERIFY(a->totals.totalExecMs > 0);
        QVERIFY(a->totals.minExecMs <= a->totals.meanExecMs && a->totals.meanExecMs <= a->totals.maxExecMs);
        QVERIFY(a->totals.sharedHit > 0);
        QVERIFY(b->totals.walTracked && b->totals.walBytes > 0); // updates write WAL
        QVERIFY(a->shareOfTotal > 0 && a->shareOfTotal < 1);
        // A second fetch asks only for texts it does not know yet.
        const auto again = fetch(sampler, *m_monitor);
        QVERIFY(again.textsFetched < f.textsFetched);
    }

    void ratesBetweenTwoSamples() {
        monitor::StatementSampler sampler;
        monitor::StatementTracker tracker;
        const auto f1 = fetch(sampler, *m_monitor);
        tracker.add(f1.sample);
        QElapsedTimer clock;
        clock.start();
        runMany(*m_work, QueryA, 300);
        QTest::qWait(1200);
        const auto f2 = fetch(sampler, *m_monitor);
        const double elapsedS = double(clock.elapsed()) / 1000.0;
        const auto snap = tracker.add(f2.sample);
        QVERIFY(!snap.events.resetDetected);
        QVERIFY2(qAbs(snap.windowSeconds - elapsedS) < 0.5, qPrintable(QString::number(snap.windowSeconds)));
        const auto *a = findRow(snap, f2.texts, QStringLiteral("FROM stmt_a"));
        const auto *b = findRow(snap, f2.texts, QStringLiteral("UPDATE stmt_b"));
        QVERIFY(a && b);
        QCOMPARE(a->window.calls, 300);
        QCOMPARE(b->window.calls, 0);
        QCOMPARE(a->window.rows, 300);
        QCOMPARE(snap.rate(double(a->window.calls)), 300.0 / snap.windowSeconds);
        QVERIFY(a->window.execMs > 0 && a->window.execMs <= a->totals.totalExecMs);
        QCOMPARE(a->totals.calls, 800);
    }

    void oneStatementResetIsNotNegative() {
        monitor::StatementSampler sampler;
        monitor::StatementTracker tracker;
        const auto f1 = fetch(sampler, *m_monitor);
        const auto first = tracker.add(f1.sample);
        const auto *b = findRow(first, f1.texts, QStringLiteral("UPDATE stmt_b"));
        QVERIFY(b);
        const auto key = b->totals.key;
        // What "Reset this statement" runs.
        auto actions = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba statements"));
        QVariantList params;
        params << QVariant(qint64(key.userid)) << QVariant(qint64(key.dbid)) << QVariant(key.queryid);
        const pg::Result r = QCoro::waitFor(
            actions->query(monitor::StatementSampler::sql(QStringLiteral("statements_reset_one"),
                                                          actions.get(), QStringLiteral("public")),
                           params));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()->toString()));
        const auto gone = tracker.add(fetch(sampler, *m_monitor).sample);
        QCOMPARE(gone.events.entriesGone, 1);
        QVERIFY(!gone.events.resetDetected);
        runMany(*m_work, QueryB, 3);
        const auto f3 = fetch(sampler, *m_monitor);
        const auto back = tracker.add(f3.sample);
        const auto *b3 = findRow(back, f3.texts, QStringLiteral("UPDATE stmt_b"));
        QVERIFY(b3);
        QCOMPARE(b3->totals.calls, 3);
        QCOMPARE(back.events.newEntries >= 1, true);
        for (const auto &row : back.rows) {
            QVERIFY(row.window.calls >= 0 && row.window.execMs >= 0 && row.window.rows >= 0);
        }
    }

    // Issue 20: after the first sample only the entries whose calls moved come from the server,
    // and what the sampler holds is what a fresh full sample reads.
    void laterSamplesSendOnlyEntriesWhoseCallsMoved() {
        monitor::StatementSampler sampler;
        const auto f1 = fetch(sampler, *m_monitor);
        QVERIFY(f1.ok());
        QCOMPARE(f1.rowsSent, f1.sample.hiddenStatements + int(f1.sample.rows.size()));
        // Many entries the workload will not touch, so "sent" is visibly smaller than "held".
        for (int i = 0; i < 30; ++i)
            testutil::exec(*m_work,
                           QStringLiteral("SELECT %1 AS n FROM stmt_a WHERE id = %1 AND v >= 0 LIMIT %2")
                               .arg(i)
                               .arg(i + 1));
        const auto f2 = fetch(sampler, *m_monitor);
        QVERIFY(f2.ok());
        runMany(*m_work, QueryA, 7);
        const auto f3 = fetch(sampler, *m_monitor);
        QVERIFY(f3.ok());
        // QueryA and the monitoring connection's own statements moved; the 30 others did not.
        // (Tests running in parallel move entries of other databases: only this one's count.)
        QHash<monitor::StatementKey, QString> dbOf;
        for (const auto &e : std::as_const(f3.sample.rows))
            dbOf.insert(e.key, e.database);
        int sentHere = 0;
        for (const auto &k : std::as_const(f3.sentKeys))
            sentHere += dbOf.value(k) == QStringLiteral("stmt_test") ? 1 : 0;
        QCOMPARE(f3.sentKeys.size(), f3.rowsSent);
        QVERIFY2(sentHere >= 1 && sentHere <= 8, qPrintable(QString::number(sentHere)));
        QCOMPARE(f3.fullRefetches, 0);
        QVERIFY(f3.sample.rows.size() >= 32);
        auto callsIn = [](const monitor::StatementSample &s, const QString &db,
                          const QHash<monitor::StatementKey, QString> &texts) {
            QMap<QString, qint64> out;
            for (const auto &e : s.rows)
                if (e.database == db && !e.key.hidden)
                    out.insert(e.key.toString() + QLatin1Char(' ') + texts.value(e.key), e.calls);
            return out;
        };
        const auto merged = callsIn(f3.sample, QStringLiteral("stmt_test"), f3.texts);
        monitor::StatementSampler fresh;
        const auto full = fetch(fresh, *m_monitor);
        QVERIFY(full.ok());
        QCOMPARE(merged, callsIn(full.sample, QStringLiteral("stmt_test"), full.texts));
        bool sawA = false;
        for (auto it = merged.cbegin(); it != merged.cend(); ++it)
            if (it.key().contains(QueryA)) {
                sawA = true;
                QVERIFY(it.value() >= 7);
            }
        QVERIFY(sawA);
        // This database's entries reset: the server names them as gone, the sampler drops them
        // without reading everything again.
        sandbox::psql(QStringLiteral("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE "
                                     "datname = 'stmt_test'), 0)"));
        const auto f4 = fetch(sampler, *m_monitor);
        QVERIFY(f4.ok());
        QCOMPARE(f4.fullRefetches, 0);
        QVERIFY2(f4.entriesDropped >= merged.size(), qPrintable(QString::number(f4.entriesDropped)));
        QVERIFY(callsIn(f4.sample, QStringLiteral("stmt_test"), f4.texts).isEmpty());
    }

    // Issue 20: an entry that did not run is not sent again while one that ran is, and an entry
    // reset on its own (pg_stat_statements_reset(userid, dbid, queryid)) disappears from what the
    // sampler holds at its next sample, without everything being read again.
    void unchangedEntryKeptChangedSentResetOneGone() {
        const QString stay = QStringLiteral("SELECT max(v) FROM stmt_a WHERE v < $1 /* stays */");
        const QString moves = QStringLiteral("SELECT min(v) FROM stmt_b WHERE id > $1 /* moves */");
        const QString goes = QStringLiteral("SELECT sum(v) FROM stmt_a WHERE id <> $1 /* goes */");
        runMany(*m_work, stay, 2);
        runMany(*m_work, moves, 1);
        runMany(*m_work, goes, 4);
        monitor::StatementSampler sampler;
        const auto f1 = fetch(sampler, *m_monitor);
        QVERIFY(f1.ok());
        auto keyOf = [](const monitor::StatementFetch &f, const QString &text) {
            for (const auto &e : f.sample.rows)
                if (e.database == QStringLiteral("stmt_test") && f.texts.value(e.key) == text)
                    return std::optional<monitor::StatementKey>(e.key);
            return std::optional<monitor::StatementKey>();
        };
        auto callsOf = [](const monitor::StatementFetch &f, const monitor::StatementKey &k) {
            for (const auto &e : f.sample.rows)
                if (e.key == k)
                    return e.calls;
            return qint64(-1);
        };
        const auto kStay = keyOf(f1, stay), kMoves = keyOf(f1, moves), kGoes = keyOf(f1, goes);
        QVERIFY(kStay && kMoves && kGoes);
        QCOMPARE(callsOf(f1, *kStay), 2);
        QCOMPARE(callsOf(f1, *kMoves), 1);
        QCOMPARE(callsOf(f1, *kGoes), 4);

        runMany(*m_work, moves, 5);
        const auto f2 = fetch(sampler, *m_monitor);
        QVERIFY(f2.ok());
        QCOMPARE(f2.fullRefetches, 0);
        QVERIFY(f2.sentKeys.contains(*kMoves));
        QVERIFY(!f2.sentKeys.contains(*kStay));
        QVERIFY(!f2.sentKeys.contains(*kGoes));
        QCOMPARE(callsOf(f2, *kMoves), 6);
        QCOMPARE(callsOf(f2, *kStay), 2); // kept from the first sample
        QCOMPARE(callsOf(f2, *kGoes), 4);

        auto actions = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba statements"));
        QVariantList params;
        params << QVariant(qint64(kGoes->userid)) << QVariant(qint64(kGoes->dbid))
               << QVariant(kGoes->queryid);
        const pg::Result r = QCoro::waitFor(
            actions->query(monitor::StatementSampler::sql(QStringLiteral("statements_reset_one"),
                                                          actions.get(), QStringLiteral("public")),
                           params));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()->toString()));
        const auto f3 = fetch(sampler, *m_monitor);
        QVERIFY(f3.ok());
        QCOMPARE(f3.fullRefetches, 0);
        QVERIFY(f3.entriesDropped >= 1);
        QCOMPARE(callsOf(f3, *kGoes), -1); // gone
        QVERIFY(!f3.sentKeys.contains(*kStay));
        QCOMPARE(callsOf(f3, *kStay), 2);
        QCOMPARE(callsOf(f3, *kMoves), 6);
        // What the sampler holds for this database is what a fresh full sample reads.
        monitor::StatementSampler fresh;
        const auto full = fetch(fresh, *m_monitor);
        QVERIFY(full.ok());
        auto here = [](const monitor::StatementFetch &f) {
            QMap<QString, qint64> out;
            for (const auto &e : f.sample.rows)
                if (e.database == QStringLiteral("stmt_test") && !e.key.hidden)
                    out.insert(e.key.toString(), e.calls);
            return out;
        };
        QCOMPARE(here(f3), here(full));
    }

    void fullResetDetected() {
        monitor::StatementSampler sampler;
        monitor::StatementTracker tracker;
        tracker.add(fetch(sampler, *m_monitor).sample);
        QTest::qWait(50);
        sandbox::psql(QStringLiteral("SELECT pg_stat_statements_reset()"));
        runMany(*m_work, QueryA, 7);
        const auto f = fetch(sampler, *m_monitor);
        const auto snap = tracker.add(f.sample);
        QVERIFY(snap.events.resetDetected);
        QVERIFY(snap.events.resetAtMs > 0);
        QCOMPARE(snap.events.entriesGone, 0); // a reset is not reported as evictions
        const auto *a = findRow(snap, f.texts, QStringLiteral("FROM stmt_a"));
        QVERIFY(a);
        QCOMPARE(a->totals.calls, 7);
        QCOMPARE(a->window.calls, 7); // counted from the reset, never 7 - 800
        for (const auto &row : snap.rows)
            QVERIFY(row.window.calls >= 0 && row.window.execMs >= 0 && row.window.sharedRead >= 0);
    }

    void historySurvivesRestart() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        const QString server = QStringLiteral("sandbox:%1").arg(sandbox::port());
        qint64 rowsWritten = 0;
        {
            history::Store store;
            QVERIFY(store.open(file));
            monitor::StatementSampler sampler;
            monitor::StatementTracker tracker(15 * 60000);
            tracker.setHistoryEveryMs(0); // every sample, for the test
            tracker.add(fetch(sampler, *m_monitor).sample);
            runMany(*m_work, QueryB, 11);
            QTest::qWait(100);
            tracker.add(fetch(sampler, *m_monitor).sample);
            const auto rows = tracker.takeHistoryRows();
            QVERIFY(rows.size() >= 2); // at least statement B and the marker
            rowsWritten = rows.size();
            QVERIFY(store.appendBatch(server, QStringLiteral("statement"), rows));
        }
        // pgdba restarts: a new store on the same file, a new tracker.
        history::Store store;
        QVERIFY(store.open(file));
        QCOMPARE(store.countSamples(server, QStringLiteral("statement")), rowsWritten);
        monitor::StatementSampler sampler;
        monitor::StatementTracker tracker(15 * 60000);
        const auto stored = store.samplesAllKeys(server, QStringLiteral("statement"),
                                                 QDateTime::currentMSecsSinceEpoch() - 15 * 60000);
        QCOMPARE(tracker.seed(stored), 1);
        const auto f = fetch(sampler, *m_monitor);
        const auto snap = tracker.add(f.sample);
        const auto *b = findRow(snap, f.texts, QStringLiteral("UPDATE stmt_b"));
        QVERIFY(b);
        QCOMPARE(b->window.calls, 11); // the curve from before the restart is there
        QVERIFY(snap.windowSeconds > 0);
    }

    void liveSessionsByQueryId() {
        const QString sleepSql = QStringLiteral("SELECT pg_sleep($1::float8) /* stmt_live */");
        QVariantList quick;
        quick << QVariant(0.01);
        QVERIFY(QCoro::waitFor(m_work->query(sleepSql, quick)).ok());
        monitor::StatementSampler sampler;
        const auto f = fetch(sampler, *m_monitor);
        monitor::StatementTracker tracker;
        const auto snap = tracker.add(f.sample);
        const auto *row = findRow(snap, f.texts, QStringLiteral("stmt_live"));
        QVERIFY(row);
        QVariantList longer;
        longer << QVariant(2.0);
        auto running = m_work->query(sleepSql, longer);
        QVERIFY(
            testutil::waitForActivity(QStringLiteral("pid = %1 AND wait_event = 'PgSleep' AND "
                                                     "clock_timestamp() - query_start >= interval '300 ms'")
                                          .arg(m_work->facts().backendPid)));
        QVariantList params;
        params << QVariant(row->totals.key.queryid);
        const pg::Result s = QCoro::waitFor(m_monitor->query(
            pg::sqlFile(QStringLiteral("monitor/statements_sessions"), m_monitor->facts().versionNum),
            params));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error()->toString()));
        QCOMPARE(s.rows(), 1);
        QCOMPARE(s.int64(0, "pid"), qint64(m_work->facts().backendPid));
        QCOMPARE(s.text(0, "application_name"), QStringLiteral("stmt workload"));
        QVERIFY(s.int64(0, "running_ms") >= 200);
        QVERIFY(QCoro::waitFor(running).ok());
        // Idle again: pg_stat_activity still shows the last query id, but it is not running.
        const pg::Result after = QCoro::waitFor(m_monitor->query(
            pg::sqlFile(QStringLiteral("monitor/statements_sessions"), m_monitor->facts().versionNum),
            params));
        QCOMPARE(after.rows(), 0);
    }

    void notCreatedInTemplate0Database() {
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS stmt_t0 WITH (FORCE)"));
        bool ok = false;
        sandbox::psql(QStringLiteral("CREATE DATABASE stmt_t0 TEMPLATE template0"),
                      QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto c = testutil::connect(sandbox::dsn(QStringLiteral("stmt_t0")));
        monitor::StatementSampler sampler;
        auto f = fetch(sampler, *c);
        QCOMPARE(f.availability.state, StatementAvailability::State::NotCreated);
        QVERIFY(f.availability.canCreateExtension()); // postgres is a superuser
        QCOMPARE(f.availability.fixSql(),
                 QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"));
        QVERIFY(f.availability.headline().contains(QStringLiteral("stmt_t0")));

        // A non-superuser is told to ask one: no offer.
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS stmt_plain; CREATE ROLE stmt_plain LOGIN"));
        auto plain =
            testutil::connect(sandbox::dsn(QStringLiteral("stmt_t0")) + QStringLiteral(" user=stmt_plain"));
        monitor::StatementSampler plainSampler;
        const auto pf = fetch(plainSampler, *plain);
        QCOMPARE(pf.availability.state, StatementAvailability::State::NotCreated);
        QVERIFY(!pf.availability.canCreateExtension());
        QVERIFY(pf.availability.explanation().contains(QStringLiteral("superuser")));

        // What the page's "Create the extension" button runs, then the page works.
        auto rw =
            testutil::connect(sandbox::dsn(QStringLiteral("stmt_t0")), QStringLiteral("pgdba statements"));
        const pg::Result r = QCoro::waitFor(rw->query(monitor::StatementSampler::sql(
            QStringLiteral("statements_create_extension"), rw.get(), QString())));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()->toString()));
        f = fetch(sampler, *c);
        QVERIFY2(f.ok(), qPrintable(f.availability.report()));
        QVERIFY(!f.sample.rows.isEmpty());
    }

    void textsHiddenWithoutReadAllStats() {
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS stmt_nopriv; CREATE ROLE stmt_nopriv LOGIN; "
                                     "DROP ROLE IF EXISTS stmt_other; CREATE ROLE stmt_other LOGIN"));
        auto other =
            testutil::connect(m_workDsn + QStringLiteral(" user=stmt_other"), QStringLiteral("other"));
        QVERIFY(other->isReady());
        runMany(*other, QStringLiteral("SELECT $1::text AS stmt_secret_col"), 6);
        auto weak = testutil::connect(m_workDsn + QStringLiteral(" user=stmt_nopriv"),
                                      QStringLiteral("pgdba monitor"));
        monitor::StatementSampler sampler;
        auto f = fetch(sampler, *weak);
        QVERIFY2(f.ok(), qPrintable(f.availability.report()));
        QVERIFY(f.sample.hiddenStatements > 0);
        const QStringList w = f.availability.warnings();
        QVERIFY(!w.isEmpty());
        QVERIFY2(w.first().contains(QStringLiteral("GRANT pg_read_all_stats TO stmt_nopriv;")),
                 qPrintable(w.first()));
        bool sawFolded = false;
        for (const auto &e : f.sample.rows) {
            QVERIFY(!f.texts.value(e.key).contains(QStringLiteral("stmt_secret_")));
            if (e.key.hidden && e.user == QStringLiteral("stmt_other") &&
                e.database == QStringLiteral("stmt_test")) {
                sawFolded = true;
                QVERIFY(e.calls >= 6); // the counters are there, summed, without text
            }
        }
        QVERIFY(sawFolded);

        sandbox::psql(QStringLiteral("GRANT pg_read_all_stats TO stmt_nopriv"));
        auto granted = testutil::connect(m_workDsn + QStringLiteral(" user=stmt_nopriv"),
                                         QStringLiteral("pgdba monitor"));
        monitor::StatementSampler sampler2;
        f = fetch(sampler2, *granted);
        QCOMPARE(f.sample.hiddenStatements, 0);
        QVERIFY(f.availability.warnings().isEmpty() ||
                !f.availability.warnings().first().contains(QStringLiteral("pg_read_all_stats")));
        monitor::StatementTracker tracker;
        const auto snap = tracker.add(f.sample);
        const auto *secret = findRow(snap, f.texts, QStringLiteral("stmt_secret_"));
        QVERIFY(secret);
        QCOMPARE(secret->totals.calls, 6);
        QCOMPARE(secret->totals.user, QStringLiteral("stmt_other"));
    }

    void notPreloadedOnSecondSandbox() {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("nopreload.env"));
        auto script = [&](const QString &verb) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGDBA_SANDBOX_NO_PRELOAD"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"), {verb, state});
            QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 90000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        };
        script(QStringLiteral("start"));
        QFile f(state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString host = QRegularExpression(QStringLiteral("PGHOST=(\\S+)")).match(text).captured(1);
        const QString port = QRegularExpression(QStringLiteral("PGPORT=(\\d+)")).match(text).captured(1);
        const QString dsn = QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres").arg(host, port);
        {
            auto c = testutil::connect(dsn);
            QVERIFY(c->isReady());
            monitor::StatementSampler sampler;
            auto fetched = fetch(sampler, *c);
            QCOMPARE(fetched.availability.state, StatementAvailability::State::NotPreloaded);
            QVERIFY(fetched.availability.restartNeeded());
            QVERIFY(fetched.availability.preloadKnown);
            const QString fix = fetched.availability.fixSql();
            QVERIFY2(fix.startsWith(
                         QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements';")),
                     qPrintable(fix));
            QVERIFY(fix.contains(QStringLiteral("restart")));
            QVERIFY(fix.contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;")));

            // Created without the preload: reading the counters fails with the server's own reason,
            // which pgdba turns into the same guidance.
            auto rw = testutil::connect(dsn, QStringLiteral("pgdba statements"));
            QVERIFY(QCoro::waitFor(rw->query(monitor::StatementSampler::sql(
                                       QStringLiteral("statements_create_extension"), rw.get(), QString())))
                        .ok());
            const pg::Result r = QCoro::waitFor(c->query(monitor::StatementSampler::sql(
                QStringLiteral("statements"), c.get(), QStringLiteral("public"))));
            QVERIFY(!r.ok());
            QCOMPARE(r.error()->sqlState, QStringLiteral("55000"));
            StatementAvailability a;
            a.applySampleError(*r.error());
            QCOMPARE(a.state, StatementAvailability::State::NotPreloaded);
            fetched = fetch(sampler, *c);
            QCOMPARE(fetched.availability.state, StatementAvailability::State::NotPreloaded);
            QVERIFY(!fetched.availability.fixSql().contains(
                QStringLiteral("CREATE EXTENSION"))); // already created
        }
        script(QStringLiteral("stop"));
    }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
