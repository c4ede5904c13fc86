// The vacuum collector against the real sandbox: a transaction left open holds the xmin
// horizon and is named as the holder (pid, age growing as other transactions commit), a
// prepared transaction likewise (by its gid); a slowed-down VACUUM of a large table shows its
// phases and growing progress; the table ranking honours per-table reloptions and the backlog
// check flags a table past its threshold; bloat comes from the statistics estimate without
// pgstattuple and from pgstattuple once the extension exists, index bloat from the estimate and
// from pgstatindex; `pgdba vacuum --json` fields. The horizon actions run for real: an idle in
// transaction session terminated, prepared transactions rolled back and committed (a gid with a
// quote in it), each audited; a role without the privilege is refused and the page is told which
// role or grant it needs.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/healthvacuumchecks.h"
#include "vacuum/horizoncontrol.h"
#include "vacuum/vacuumcollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using vacuum::HorizonAction;
using vacuum::HorizonActionOutcome;
using vacuum::HorizonControl;
using vacuum::HorizonHolder;
using vacuum::VacuumCollector;
using vacuum::VacuumSnapshot;

class TestVacuum : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_monitor;
    std::unique_ptr<pg::Connection> m_app;

    VacuumSnapshot read(bool tables = false) {
        vacuum::VacuumFetchOptions o;
        o.tables = tables;
        const auto f = QCoro::waitFor(VacuumCollector::fetch(m_monitor.get(), o));
        if (f.error)
            qWarning("fetch: %s", qPrintable(f.error->message));
        return f.snapshot;
    }
    static const HorizonHolder *holder(const VacuumSnapshot &s, HorizonHolder::Kind kind,
                                       const QString &name) {
        for (const auto &h : s.horizon)
            if (h.kind == kind && h.holder == name)
                return &h;
        return nullptr;
    }
    static std::optional<history::AuditEntry> lastAudit(const history::Store &store, const QString &action) {
        for (const auto &e : store.audit()) // newest first
            if (e.action == action)
                return e;
        return std::nullopt;
    }
    void burnXids(int n) {
        auto c = testutil::connect(m_dsn, QStringLiteral("vacuum test xids"));
        for (int i = 0; i < n; ++i)
            testutil::exec(*c, QStringLiteral("SELECT txid_current()"));
    }

private Q_SLOTS:
    void initTestCase() {
        m_dsn = sandbox::createDatabase(QStringLiteral("vacuum_test"));
        m_monitor = testutil::connect(m_dsn, QStringLiteral("pgdba monitor"));
        m_app = testutil::connect(m_dsn, QStringLiteral("vacuum test app"));
        QVERIFY(m_monitor->isReady() && m_app->isReady());
        testutil::exec(*m_app, QStringLiteral("CREATE TABLE small (id int PRIMARY KEY, v text)"));
        testutil::exec(*m_app,
                       QStringLiteral("INSERT INTO small SELECT g, 'v' FROM generate_series(1, 100) g"));
    }
    void cleanupTestCase() {
        sandbox::psql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'vacuum_test'"));
        if (sandbox::psql(QStringLiteral(
                "SELECT count(*) FROM pg_prepared_xacts WHERE gid = 'tst_vacuum_gid'")) == QLatin1String("1"))
            sandbox::psql(QStringLiteral("ROLLBACK PREPARED 'tst_vacuum_gid'"));
        sandbox::psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                     "usename IN ('tst_horizon_weak', 'tst_horizon_other')"));
        const QString gids = sandbox::psql(QStringLiteral(
            "SELECT string_agg(gid, ',') FROM pg_prepared_xacts WHERE gid LIKE 'tst_horizon%'"));
        for (const QString &gid : gids.split(QLatin1Char(','), Qt::SkipEmptyParts))
            sandbox::psql(QStringLiteral("ROLLBACK PREPARED %1").arg(HorizonControl::quoteLiteral(gid)),
                          QStringLiteral("vacuum_test"));
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS vacuum_test WITH (FORCE)"));
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS tst_horizon_weak"));
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS tst_horizon_other"));
    }

    void horizonActionsRunAndAreAudited() {
        QTemporaryDir dir;
        history::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        HorizonControl control{pg::ConnInfo(m_dsn), QStringLiteral("sandbox"), &store};

        // A session left idle in transaction holds the horizon; terminating it releases it.
        auto idle = testutil::connect(m_dsn, QStringLiteral("idle in transaction app"));
        testutil::exec(*idle, QStringLiteral("BEGIN"));
        testutil::exec(*idle, QStringLiteral("INSERT INTO small VALUES (3000, 'idle')"));
        const int pid = idle->facts().backendPid;
        QVERIFY(
            testutil::waitForActivity(QStringLiteral("pid = %1 AND state = 'idle in transaction'").arg(pid)));
        VacuumSnapshot s = read();
        const HorizonHolder *h = holder(s, HorizonHolder::Kind::Transaction, QString::number(pid));
        QVERIFY(h);
        QVERIFY(h->backendStart.isValid());
        QCOMPARE(HorizonControl::actionsFor(*h), QList<HorizonAction>{HorizonAction::Terminate});
        const QString confirm = HorizonControl::confirmationText(*h, HorizonAction::Terminate);
        QVERIFY2(confirm.contains(QStringLiteral("SELECT pg_terminate_backend($1)")), qPrintable(confirm));
        QVERIFY(confirm.contains(QStringLiteral("$1 = %1").arg(pid)));
        QVERIFY(confirm.contains(QStringLiteral("idle in transaction app")));
        HorizonActionOutcome o = QCoro::waitFor(control.run(*h, HorizonAction::Terminate));
        QCOMPARE(o.statusText(), QStringLiteral("done"));
        QVERIFY(testutil::waitUntil(
            [&] { return testutil::activityCount(QStringLiteral("pid = %1").arg(pid)) == 0; }, 10000));
        QVERIFY(!holder(read(), HorizonHolder::Kind::Transaction, QString::number(pid)));
        std::optional<history::AuditEntry> e = lastAudit(store, QStringLiteral("terminate"));
        QVERIFY(e);
        QCOMPARE(e->pid, pid);
        QCOMPARE(e->outcome, QStringLiteral("done"));
        QCOMPARE(e->targetApplication, QStringLiteral("idle in transaction app"));
        QCOMPARE(e->database, QStringLiteral("vacuum_test"));
        // The same holder again: the pid is gone, nothing is sent.
        o = QCoro::waitFor(control.run(*h, HorizonAction::Terminate));
        QCOMPARE(o.statusText(), QStringLiteral("already gone"));

        // A prepared transaction, rolled back through the page's action.
        testutil::exec(*m_app, QStringLiteral("BEGIN"));
        testutil::exec(*m_app, QStringLiteral("INSERT INTO small VALUES (3001, 'rolled back')"));
        testutil::exec(*m_app, QStringLiteral("PREPARE TRANSACTION 'tst_horizon_rollback'"));
        s = read();
        h = holder(s, HorizonHolder::Kind::Prepared, QStringLiteral("tst_horizon_rollback"));
        QVERIFY(h);
        QCOMPARE(HorizonControl::statementFor(*h, HorizonAction::RollbackPrepared).sql,
                 QStringLiteral("ROLLBACK PREPARED 'tst_horizon_rollback'"));
        QCOMPARE(HorizonControl::statementFor(*h, HorizonAction::RollbackPrepared).database,
                 QStringLiteral("vacuum_test"));
        o = QCoro::waitFor(control.run(*h, HorizonAction::RollbackPrepared));
        QVERIFY2(o.status == HorizonActionOutcome::Status::Done, qPrintable(o.message));
        QCOMPARE(sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_prepared_xacts WHERE gid = "
                                              "'tst_horizon_rollback'")),
                 QStringLiteral("0"));
        QCOMPARE(sandbox::psql(QStringLiteral("SELECT count(*) FROM small WHERE id = 3001"),
                               QStringLiteral("vacuum_test")),
                 QStringLiteral("0"));
        e = lastAudit(store, QStringLiteral("rollback prepared"));
        QVERIFY(e);
        QCOMPARE(e->outcome, QStringLiteral("done"));
        QCOMPARE(e->targetQuery, QStringLiteral("ROLLBACK PREPARED 'tst_horizon_rollback'"));
        QCOMPARE(e->targetUser, QStringLiteral("postgres"));
        o = QCoro::waitFor(control.run(*h, HorizonAction::RollbackPrepared));
        QCOMPARE(o.statusText(), QStringLiteral("already gone"));

        // Committed, with a gid that needs quoting (a quote and a backslash).
        testutil::exec(*m_app, QStringLiteral("BEGIN"));
        testutil::exec(*m_app, QStringLiteral("INSERT INTO small VALUES (3002, 'committed')"));
        testutil::exec(*m_app, QStringLiteral("PREPARE TRANSACTION 'tst_horizon_o''k\\1'"));
        const QString gid = QStringLiteral("tst_horizon_o'k\\1");
        s = read();
        h = holder(s, HorizonHolder::Kind::Prepared, gid);
        QVERIFY2(h, "the gid with a quote and a backslash is listed as it is");
        QCOMPARE(HorizonControl::statementFor(*h, HorizonAction::CommitPrepared).sql,
                 QStringLiteral("COMMIT PREPARED E'tst_horizon_o''k\\\\1'"));
        o = QCoro::waitFor(control.run(*h, HorizonAction::CommitPrepared));
        QVERIFY2(o.status == HorizonActionOutcome::Status::Done, qPrintable(o.message));
        QCOMPARE(sandbox::psql(QStringLiteral("SELECT count(*) FROM small WHERE id = 3002"),
                               QStringLiteral("vacuum_test")),
                 QStringLiteral("1"));
        QVERIFY(lastAudit(store, QStringLiteral("commit prepared")));
    }

    void horizonActionsNameTheMissingPrivilege() {
        sandbox::psql(
            QStringLiteral("DROP ROLE IF EXISTS tst_horizon_weak; CREATE ROLE tst_horizon_weak LOGIN;"
                           "DROP ROLE IF EXISTS tst_horizon_other; CREATE ROLE tst_horizon_other LOGIN;"
                           "GRANT ALL ON TABLE small TO tst_horizon_other"),
            QStringLiteral("vacuum_test"));
        QTemporaryDir dir;
        history::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        pg::ConnInfo weak(m_dsn);
        weak.set("user", QStringLiteral("tst_horizon_weak"));
        HorizonControl control{weak, QStringLiteral("sandbox"), &store};

        // Another role's prepared transaction: only its owner or a superuser may finish it.
        testutil::exec(*m_app, QStringLiteral("BEGIN"));
        testutil::exec(*m_app, QStringLiteral("INSERT INTO small VALUES (3003, 'not yours')"));
        testutil::exec(*m_app, QStringLiteral("PREPARE TRANSACTION 'tst_horizon_weak_gid'"));
        VacuumSnapshot s = read();
        const HorizonHolder *h =
            holder(s, HorizonHolder::Kind::Prepared, QStringLiteral("tst_horizon_weak_gid"));
        QVERIFY(h);
        HorizonActionOutcome o = QCoro::waitFor(control.run(*h, HorizonAction::RollbackPrepared));
        QCOMPARE(o.statusText(), QStringLiteral("not permitted"));
        QVERIFY2(o.message.contains(QStringLiteral("\"tst_horizon_weak\"")) &&
                     o.message.contains(QStringLiteral("\"postgres\"")) &&
                     o.message.contains(QStringLiteral("superuser")),
                 qPrintable(o.message));
        QCOMPARE(sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_prepared_xacts WHERE gid = "
                                              "'tst_horizon_weak_gid'")),
                 QStringLiteral("1"));
        std::optional<history::AuditEntry> e = lastAudit(store, QStringLiteral("rollback prepared"));
        QVERIFY(e);
        QCOMPARE(e->outcome, QStringLiteral("not permitted"));
        QCOMPARE(e->dbRole, QStringLiteral("tst_horizon_weak"));
        sandbox::psql(QStringLiteral("ROLLBACK PREPARED 'tst_horizon_weak_gid'"),
                      QStringLiteral("vacuum_test"));

        // Another (non-superuser) role's session: pg_signal_backend is named.
        pg::ConnInfo other(m_dsn);
        other.set("user", QStringLiteral("tst_horizon_other"));
        pg::Connection otherConn;
        QVERIFY(!QCoro::waitFor(otherConn.open(other)));
        testutil::exec(otherConn, QStringLiteral("BEGIN"));
        testutil::exec(otherConn, QStringLiteral("INSERT INTO small VALUES (3004, 'other')"));
        const int pid = otherConn.facts().backendPid;
        s = read();
        h = holder(s, HorizonHolder::Kind::Transaction, QString::number(pid));
        QVERIFY(h);
        o = QCoro::waitFor(control.run(*h, HorizonAction::Terminate));
        QCOMPARE(o.statusText(), QStringLiteral("not permitted"));
        QVERIFY2(o.message.contains(QStringLiteral("pg_signal_backend")) &&
                     o.message.contains(QStringLiteral("tst_horizon_weak")),
                 qPrintable(o.message));
        QCOMPARE(testutil::activityCount(QStringLiteral("pid = %1").arg(pid)), 1);
        e = lastAudit(store, QStringLiteral("terminate"));
        QVERIFY(e);
        QCOMPARE(e->outcome, QStringLiteral("not permitted"));
        testutil::exec(otherConn, QStringLiteral("ROLLBACK"));
    }

    void openTransactionHoldsHorizon() {
        auto holderConn = testutil::connect(m_dsn, QStringLiteral("forgot to commit"));
        testutil::exec(*holderConn, QStringLiteral("BEGIN"));
        testutil::exec(*holderConn, QStringLiteral("INSERT INTO small VALUES (1000, 'open')"));
        const QString pid = QString::number(holderConn->facts().backendPid);
        VacuumSnapshot a = read();
        const HorizonHolder *h = holder(a, HorizonHolder::Kind::Transaction, pid);
        QVERIFY2(h, "the open transaction is named as a holder");
        QCOMPARE(h->application, QStringLiteral("forgot to commit"));
        QCOMPARE(h->database, QStringLiteral("vacuum_test"));
        const qint64 age = h->ageXids;
        burnXids(20);
        const VacuumSnapshot b = read();
        h = holder(b, HorizonHolder::Kind::Transaction, pid);
        QVERIFY(h);
        QVERIFY2(h->ageXids >= age + 20, qPrintable(QStringLiteral("%1 -> %2").arg(age).arg(h->ageXids)));
        for (int i = 1; i < b.horizon.size(); ++i) // ranked, oldest first
            QVERIFY(b.horizon.at(i - 1).ageXids >= b.horizon.at(i).ageXids);
        QVERIFY(h->actionSql().contains(QStringLiteral("pg_terminate_backend(%1)").arg(pid)));

        monitor::ReplVacuumThresholds t;
        t.horizonWarnXids = 10;
        const monitor::HealthCheck c = monitor::checkXminHorizon(b, t);
        QCOMPARE(c.status, monitor::HealthStatus::Warning);
        QVERIFY(c.findings.first().object.contains(pid));

        testutil::exec(*holderConn, QStringLiteral("COMMIT"));
        QVERIFY(!holder(read(), HorizonHolder::Kind::Transaction, pid));
    }

    void preparedTransactionHoldsHorizon() {
        testutil::exec(*m_app, QStringLiteral("BEGIN"));
        testutil::exec(*m_app, QStringLiteral("INSERT INTO small VALUES (2000, 'prepared')"));
        testutil::exec(*m_app, QStringLiteral("PREPARE TRANSACTION 'tst_vacuum_gid'"));
        burnXids(5);
        const VacuumSnapshot s = read();
        const HorizonHolder *h = holder(s, HorizonHolder::Kind::Prepared, QStringLiteral("tst_vacuum_gid"));
        QVERIFY2(h, "the prepared transaction is named by its gid");
        QCOMPARE(h->database, QStringLiteral("vacuum_test"));
        QVERIFY(h->ageXids >= 5);
        QVERIFY(h->ageS >= 0);
        QVERIFY(h->action().contains(QStringLiteral("ROLLBACK PREPARED")));
        QVERIFY(h->actionSql().startsWith(QStringLiteral("ROLLBACK PREPARED 'tst_vacuum_gid'")));
        monitor::ReplVacuumThresholds t;
        t.horizonWarnXids = 3;
        const auto c = monitor::checkXminHorizon(s, t);
        bool named = false;
        for (const auto &f : c.findings)
            named = named ||
                    f.values.value(QStringLiteral("holder")).toString() == QLatin1String("tst_vacuum_gid");
        QVERIFY(named);
        testutil::exec(*m_app, QStringLiteral("ROLLBACK PREPARED 'tst_vacuum_gid'"));
        QVERIFY(!holder(read(), HorizonHolder::Kind::Prepared, QStringLiteral("tst_vacuum_gid")));
    }

    void vacuumShowsPhasesAndProgress() {
        testutil::exec(*m_app,
                       QStringLiteral("CREATE TABLE big (id int, pad text) WITH (autovacuum_enabled = off)"));
        testutil::exec(
            *m_app,
            QStringLiteral("INSERT INTO big SELECT g, repeat('p', 60) FROM generate_series(1, 300000) g"));
        testutil::exec(*m_app, QStringLiteral("CREATE INDEX big_id ON big (id)"));
        testutil::exec(*m_app, QStringLiteral("DELETE FROM big WHERE id % 2 = 0"));
        auto vac = testutil::connect(m_dsn, QStringLiteral("slow vacuum"));
        // Cost-based delay makes the VACUUM slow enough to watch (about 10 s).
        testutil::exec(*vac, QStringLiteral("SET vacuum_cost_delay = '10ms'"));
        testutil::exec(*vac, QStringLiteral("SET vacuum_cost_limit = 60"));
        auto running = vac->query(QStringLiteral("VACUUM big"));
        const int pid = vac->facts().backendPid;
        QSet<QString> phases;
        QList<double> progress;
        QVERIFY(testutil::waitUntil(
            [&] {
                for (const auto &p : read().running) {
                    if (p.pid != pid)
                        continue;
                    if (p.kind != QLatin1String("vacuum") || p.relation != QLatin1String("big") ||
                        p.unit != QLatin1String("blocks"))
                        return false;
                    phases << p.phase;
                    if (p.phase == QLatin1String("scanning heap") &&
                        (progress.isEmpty() || p.fraction() > progress.last()))
                        progress << p.fraction();
                }
                return phases.size() >= 2 && progress.size() >= 2;
            },
            60000));
        QVERIFY(phases.contains(QStringLiteral("scanning heap")));
        QVERIFY(progress.last() > progress.first());
        QVERIFY(progress.last() <= 1.0);
        // Not ours to wait for: cancel it.
        testutil::exec(*m_app, QStringLiteral("SELECT pg_cancel_backend($1)"), {pid});
        const pg::Result r = QCoro::waitFor(std::move(running));
        Q_UNUSED(r);
        QVERIFY(testutil::waitUntil(
            [&] {
                for (const auto &p : read().running)
                    if (p.pid == pid)
                        return false;
                return true;
            },
            10000));
    }

    void rankingHonoursReloptions() {
        testutil::exec(
            *m_app, QStringLiteral("CREATE TABLE due (id int) WITH (autovacuum_enabled = off, "
                                   "autovacuum_vacuum_threshold = 10, autovacuum_vacuum_scale_factor = 0)"));
        testutil::exec(*m_app, QStringLiteral("INSERT INTO due SELECT generate_series(1, 100)"));
        testutil::exec(*m_app, QStringLiteral("ANALYZE due"));
        testutil::exec(*m_app, QStringLiteral("DELETE FROM due WHERE id <= 50"));
        const vacuum::TableVacuumState *due = nullptr;
        VacuumSnapshot s;
        QVERIFY(testutil::waitUntil( // the statistics collector reports dead tuples after the commit
            [&] {
                s = read(true);
                due = nullptr;
                for (const auto &t : s.tables)
                    if (t.relation == QLatin1String("public.due"))
                        due = &t;
                return due && due->deadTuples >= 50;
            },
            15000));
        QCOMPARE(due->threshold, 10.0);
        QVERIFY(!due->autovacuumEnabled);
        QVERIFY(due->hasReloptions);
        QVERIFY(due->pastThreshold());
        QCOMPARE(s.tables.first().relation, QStringLiteral("public.due")); // 5x its threshold: first
        QCOMPARE(s.workers.max, 3);
        monitor::ReplVacuumThresholds t;
        t.backlogWarnMin = 0;
        const auto c = monitor::checkAutovacuumBacklog(s, t);
        bool flagged = false;
        for (const auto &f : c.findings)
            flagged = flagged || (f.object == QLatin1String("public.due") &&
                                  f.evidence.contains(QStringLiteral("disabled")));
        QVERIFY(flagged);
    }

    void bloatEstimateThenPgstattuple() {
        testutil::exec(*m_app, QStringLiteral("ANALYZE big"));
        VacuumSnapshot s = read(true);
        QVERIFY(!s.pgstattuple);
        const vacuum::TableBloat *b = s.bloatOf(QStringLiteral("public.big"));
        QVERIFY(b);
        QVERIFY(!b->exact);
        QVERIFY(b->bytes > 0);
        QVERIFY(b->bloatPct >= 0 && b->bloatPct <= 100);
        // The index: half its entries point to deleted rows (the cancelled VACUUM did not reach
        // the index cleanup), so the estimate sees bloat.
        auto indexOf = [](const VacuumSnapshot &snap) -> const vacuum::IndexBloat * {
            for (const auto &i : snap.indexBloat)
                if (i.index == QLatin1String("public.big_id"))
                    return &i;
            return nullptr;
        };
        const vacuum::IndexBloat *ib = indexOf(s);
        QVERIFY2(ib, "the B-tree index of big is estimated");
        QCOMPARE(ib->table, QStringLiteral("public.big"));
        QVERIFY(!ib->exact);
        QVERIFY(ib->statsComplete);
        const qint64 indexSize =
            testutil::exec(*m_app, QStringLiteral("SELECT pg_relation_size('big_id')")).int64(0, 0);
        QCOMPARE(ib->bytes, indexSize);
        QVERIFY2(ib->bloatPct > 20 && ib->bloatPct < 80, qPrintable(QString::number(ib->bloatPct)));

        testutil::exec(*m_app, QStringLiteral("CREATE EXTENSION pgstattuple"));
        s = read(true);
        QVERIFY(s.pgstattuple);
        b = s.bloatOf(QStringLiteral("public.big"));
        QVERIFY(b);
        QVERIFY(b->exact);
        const qint64 size =
            testutil::exec(*m_app, QStringLiteral("SELECT pg_relation_size('big')")).int64(0, 0);
        QCOMPARE(b->bytes, size);
        // Half the rows were deleted; the cancelled VACUUM pruned some pages (dead rows became
        // free space), the rest are still dead tuples: together about half the table.
        QVERIFY2(b->bloatPct > 30, qPrintable(QString::number(b->bloatPct)));
        QCOMPARE(b->bloatBytes, b->deadBytes + b->freeBytes);
        ib = indexOf(s);
        QVERIFY(ib);
        QVERIFY2(ib->exact, "pgstatindex's figures for the index");
        QCOMPARE(ib->bytes, indexSize);
        QVERIFY(ib->leafDensity > 0 && ib->leafDensity <= 100);
        QVERIFY(ib->bloatBytes >= 0 && ib->bloatBytes < ib->bytes);
    }

    void cliJson() {
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("vacuum"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(o.value(QStringLiteral("running")).isArray());
        QVERIFY(o.value(QStringLiteral("horizon")).isArray());
        const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QVERIFY(!tables.isEmpty());
        for (const char *k : {"relation", "dead_tuples", "threshold", "freeze_age"})
            QVERIFY2(tables.first().toObject().contains(QLatin1String(k)), k);
        QVERIFY(o.value(QStringLiteral("pgstattuple")).toBool());
        const QJsonArray indexes = o.value(QStringLiteral("index_bloat")).toArray();
        QVERIFY(!indexes.isEmpty());
        for (const char *k : {"index", "table", "bytes", "bloat_bytes", "bloat_pct", "source"})
            QVERIFY2(indexes.first().toObject().contains(QLatin1String(k)), k);

        QProcess bad;
        bad.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                  {QStringLiteral("vacuum"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--limit"),
                   QStringLiteral("x")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 64);
    }
};

QTEST_GUILESS_MAIN(TestVacuum)
#include "tst_vacuum.moc"
