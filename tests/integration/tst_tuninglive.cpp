// The configuration advisor against the real sandbox: pg_settings and the evidence
// counters, the diff's reload/restart marks checked against the server's own contexts,
// Apply changing reloadable settings for real (SHOW in a new session) and reporting
// restart-only ones as pending, refusal for a role without the privilege, and bad values.
// Every test restores postgresql.auto.conf (ALTER SYSTEM RESET ALL + reload) afterwards.
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "tuning/advisor.h"
#include "tuning/applier.h"
#include "tuning/livestate.h"
#include "tuning/settingsdiff.h"

#include <QTest>

using namespace tuning;

namespace {
QString show(const QString &setting) {
    // A new session, so the value is what new connections get.
    return sandbox::psql(QStringLiteral("SHOW %1").arg(setting));
}

Recommendation rec(const QString &name, const QString &value, bool list = false) {
    Recommendation r;
    r.name = name;
    r.value = value;
    r.list = list;
    return r;
}

const AppliedSetting *find(const ApplyOutcome &o, const QString &name) {
    for (const auto &s : o.settings)
        if (s.name == name)
            return &s;
    return nullptr;
}
} // namespace

class TestTuningLive : public QObject {
    Q_OBJECT

    static void dropPlainRole() {
        if (sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'tuning_plain'")) ==
            QLatin1String("1"))
            sandbox::psql(QStringLiteral("DROP OWNED BY tuning_plain; DROP ROLE tuning_plain"));
    }

    void restore() {
        bool ok = false;
        sandbox::psql(QStringLiteral("ALTER SYSTEM RESET ALL"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        sandbox::psql(QStringLiteral("SELECT pg_reload_conf()"));
        // Wait until the reload reached a fresh session and nothing is pending any more.
        QVERIFY(testutil::waitUntil(
            [] {
                return sandbox::psql(QStringLiteral(
                           "SELECT count(*) FROM pg_settings WHERE pending_restart")) == QLatin1String("0") &&
                       show(QStringLiteral("random_page_cost")) == QLatin1String("4");
            },
            10000));
    }

private Q_SLOTS:
    void initTestCase() { restore(); }
    void cleanup() { restore(); }
    void cleanupTestCase() { dropPlainRole(); }

    void liveStateReadsSettingsAndEvidence() {
        auto c = testutil::connect(sandbox::dsn());
        // Real counters: a sort that spills (temporary file), a requested checkpoint, and
        // three more connections.
        testutil::exec(*c, QStringLiteral("SET work_mem = '64kB'"));
        testutil::exec(
            *c, QStringLiteral(
                    "SELECT count(*) FROM (SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC) s"));
        testutil::exec(*c, QStringLiteral("CHECKPOINT"));
        testutil::exec(*c, QStringLiteral("SELECT pg_stat_force_next_flush()"));
        auto before = QCoro::waitFor(loadLiveState(c.get()));
        auto e1 = testutil::connect(sandbox::dsn()), e2 = testutil::connect(sandbox::dsn()),
             e3 = testutil::connect(sandbox::dsn());

        LoopChecker loop;
        const LiveState live = QCoro::waitFor(loadLiveState(c.get()));
        QVERIFY(loop.maxGapMs() < 100);
        QVERIFY2(!live.error, live.error ? qPrintable(live.error->toString()) : "");
        QCOMPARE(live.versionNum / 10000, 15);
        const LiveSetting sb = live.settings.value(QStringLiteral("shared_buffers"));
        QCOMPARE(sb.unit, QStringLiteral("8kB"));
        QCOMPARE(sb.setting, QStringLiteral("16384"));
        QCOMPARE(sb.shown, QStringLiteral("128MB"));
        QCOMPARE(sb.context, QStringLiteral("postmaster"));
        QCOMPARE(sb.source, QStringLiteral("configuration file"));
        QVERIFY(
            live.settings.contains(QStringLiteral("pg_stat_statements.track"))); // preloaded in the sandbox
        QVERIFY(live.evidence.valid);
        QVERIFY2(live.evidence.tempFiles >= 1, qPrintable(QString::number(live.evidence.tempFiles)));
        QVERIFY(live.evidence.tempBytes > 0);
        QVERIFY(live.evidence.checkpointsRequested >= 1);
        QCOMPARE(live.evidence.maxConnections, 1200);
        QCOMPARE(live.evidence.connections, before.evidence.connections + 3);
        QVERIFY(live.evidence.cacheHitRatio().has_value());
        QVERIFY(evidenceFor(QStringLiteral("work_mem"), live.evidence)
                    .contains(QStringLiteral("temporary files")));
        QVERIFY(
            evidenceFor(QStringLiteral("max_wal_size"), live.evidence).contains(QStringLiteral("requested")));
        QVERIFY(evidenceFor(QStringLiteral("max_connections"), live.evidence)
                    .contains(QStringLiteral(" of 1200 connections")));
    }

    // Every context the advisor knows offline matches the server, and the diff marks
    // restart-only settings from the live context.
    void diffMarksRestartOnlySettings() {
        auto c = testutil::connect(sandbox::dsn());
        const LiveState live = QCoro::waitFor(loadLiveState(c.get()));
        QVERIFY(!live.error);
        const QString preload = live.settings.value(QStringLiteral("shared_preload_libraries")).setting;
        const auto diffs = diffSettings(recommend(Inputs{}, preload), live.settings);
        QStringList restart, reload;
        for (const auto &d : diffs) {
            QVERIFY2(d.live, qPrintable(d.rec.name));
            QCOMPARE(d.live->context, knownContext(d.rec.name));
            QCOMPARE(d.takes, takesFromContext(d.live->context));
            (d.takes == Takes::Restart ? restart : reload) << d.rec.name;
        }
        for (const char *name :
             {"shared_buffers", "max_connections", "huge_pages", "wal_buffers", "shared_preload_libraries",
              "track_activity_query_size", "autovacuum_max_workers", "pg_stat_statements.max"})
            QVERIFY2(restart.contains(QLatin1String(name)), name);
        for (const char *name : {"work_mem", "effective_cache_size", "random_page_cost", "max_wal_size",
                                 "log_min_duration_statement", "track_io_timing",
                                 "autovacuum_vacuum_scale_factor", "checkpoint_completion_target"})
            QVERIFY2(reload.contains(QLatin1String(name)), name);
        auto diff = [&](const QString &n) {
            for (const auto &d : diffs)
                if (d.rec.name == n)
                    return d;
            return SettingDiff{};
        };
        // The sandbox: shared_buffers 128MB, random_page_cost 4 differ; track_io_timing on,
        // pg_stat_statements preloaded, max_connections 1200 (100 recommended).
        QVERIFY(diff(QStringLiteral("shared_buffers")).differs);
        QVERIFY(diff(QStringLiteral("random_page_cost")).differs);
        QVERIFY(diff(QStringLiteral("max_connections")).differs);
        QVERIFY(!diff(QStringLiteral("track_io_timing")).differs);
        QVERIFY(!diff(QStringLiteral("shared_preload_libraries")).differs);
        QVERIFY(!diff(QStringLiteral("log_lock_waits")).differs);
        QVERIFY(!diff(QStringLiteral("checkpoint_completion_target")).differs); // 0.9 is the default since 14
        QCOMPARE(diff(QStringLiteral("log_connections")).takes, Takes::NewSessions);
    }

    void applyReloadsAndReportsRestart() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba tuning"));
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("4"));
        QList<Recommendation> changes = {
            rec(QStringLiteral("random_page_cost"), QStringLiteral("1.1")),
            rec(QStringLiteral("work_mem"), QStringLiteral("9709kB")),
            rec(QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("0.1")),
            rec(QStringLiteral("shared_buffers"), QStringLiteral("1GB")),
            rec(QStringLiteral("log_connections"), QStringLiteral("on"))};
        LoopChecker loop;
        const ApplyOutcome o = QCoro::waitFor(applySettings(c.get(), changes));
        QVERIFY(loop.maxGapMs() < 100);
        QVERIFY2(o.refusal.isEmpty() && !o.error, qPrintable(o.summary()));
        QVERIFY(o.reloaded);
        QCOMPARE(o.failed(), QStringList());
        QCOMPARE(find(o, QStringLiteral("work_mem"))->statement,
                 QStringLiteral("ALTER SYSTEM SET \"work_mem\" TO '9709kB'"));
        QVERIFY(o.inEffect().contains(QStringLiteral("random_page_cost")));
        QVERIFY(o.inEffect().contains(QStringLiteral("work_mem")));
        QVERIFY(o.inEffect().contains(QStringLiteral("autovacuum_vacuum_scale_factor")));
        QCOMPARE(o.pendingRestart(), QStringList{QStringLiteral("shared_buffers")});
        QCOMPARE(find(o, QStringLiteral("shared_buffers"))->nowShown, QStringLiteral("128MB"));
        QVERIFY(!find(o, QStringLiteral("log_connections"))->pendingRestart);
        QVERIFY(
            o.summary().contains(QStringLiteral("Written, waiting for a server restart: shared_buffers.")));

        // For real: new sessions see the reloadable values, the server flags the restart.
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        QCOMPARE(show(QStringLiteral("work_mem")), QStringLiteral("9709kB"));
        QCOMPARE(show(QStringLiteral("log_connections")), QStringLiteral("on"));
        QCOMPARE(show(QStringLiteral("shared_buffers")), QStringLiteral("128MB"));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'shared_buffers'")),
                 QStringLiteral("t"));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT setting FROM pg_file_settings WHERE name = 'shared_buffers' AND "
                                    "sourcefile LIKE '%postgresql.auto.conf'")),
                 QStringLiteral("1GB"));

        // The advisor's next look shows the change and the pending restart.
        const LiveState live = QCoro::waitFor(loadLiveState(c.get()));
        const auto diffs =
            diffSettings(recommend(Inputs{}, QStringLiteral("pg_stat_statements")), live.settings);
        for (const auto &d : diffs) {
            if (d.rec.name == QLatin1String("random_page_cost"))
                QVERIFY(!d.differs);
            if (d.rec.name == QLatin1String("shared_buffers")) {
                QVERIFY(d.pendingRestart());
                QVERIFY(d.differs); // still 128MB until the restart
            }
        }
    }

    void listSettingGetsOneLiteralPerItem() {
        auto c = testutil::connect(sandbox::dsn());
        const ApplyOutcome o = QCoro::waitFor(
            applySettings(c.get(), {rec(QStringLiteral("shared_preload_libraries"),
                                        QStringLiteral("pg_stat_statements,auto_explain"), true)}));
        QVERIFY2(o.failed().isEmpty() && !o.error, qPrintable(o.summary()));
        QCOMPARE(
            find(o, QStringLiteral("shared_preload_libraries"))->statement,
            QStringLiteral(
                "ALTER SYSTEM SET \"shared_preload_libraries\" TO 'pg_stat_statements', 'auto_explain'"));
        QCOMPARE(o.pendingRestart(), QStringList{QStringLiteral("shared_preload_libraries")});
        // Two libraries, not one library named "pg_stat_statements,auto_explain".
        QCOMPARE(sandbox::psql(QStringLiteral(
                     "SELECT setting FROM pg_file_settings WHERE name = 'shared_preload_libraries' "
                     "AND sourcefile LIKE '%postgresql.auto.conf'")),
                 QStringLiteral("pg_stat_statements, auto_explain"));
    }

    void badValueIsReportedAndOthersApply() {
        auto c = testutil::connect(sandbox::dsn());
        const ApplyOutcome o = QCoro::waitFor(applySettings(
            c.get(),
            {rec(QStringLiteral("work_mem"), QStringLiteral("lots")),
             rec(QStringLiteral("random_page_cost"), QStringLiteral("1.1")),
             rec(QStringLiteral("effective_cache_size"), QStringLiteral("3GB'; DROP TABLE x; --"))}));
        QCOMPARE(o.failed(),
                 (QStringList{QStringLiteral("work_mem"), QStringLiteral("effective_cache_size")}));
        QVERIFY2(find(o, QStringLiteral("work_mem"))->error.contains(QStringLiteral("22023")),
                 qPrintable(find(o, QStringLiteral("work_mem"))->error));
        // The quote stays inside the literal: the server rejects the value, nothing else runs.
        QVERIFY(find(o, QStringLiteral("effective_cache_size"))
                    ->statement.contains(QStringLiteral("'3GB''; DROP TABLE x; --'")));
        QCOMPARE(o.inEffect(), QStringList{QStringLiteral("random_page_cost")});
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        QVERIFY(o.summary().contains(QStringLiteral("work_mem failed")));
    }

    void nonSuperuserIsRefusedUntilGranted() {
        dropPlainRole();
        sandbox::psql(QStringLiteral("CREATE ROLE tuning_plain LOGIN"));
        const QString dsn =
            sandbox::dsn().replace(QStringLiteral("user=postgres"), QStringLiteral("user=tuning_plain"));
        auto c = testutil::connect(dsn);
        QVERIFY(c->isReady());
        QVERIFY(!c->facts().superuser);
        const QList<Recommendation> changes = {rec(QStringLiteral("random_page_cost"), QStringLiteral("1.1")),
                                               rec(QStringLiteral("work_mem"), QStringLiteral("9709kB"))};
        ApplyOutcome o = QCoro::waitFor(applySettings(c.get(), changes));
        QVERIFY(o.settings.isEmpty());
        QVERIFY2(o.refusal.contains(
                     QStringLiteral("Role \"tuning_plain\" may not change random_page_cost, work_mem")),
                 qPrintable(o.refusal));
        QVERIFY(o.refusal.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("4"));

        // PostgreSQL 15: ALTER SYSTEM can be granted per parameter; the reload needs its own grant.
        sandbox::psql(QStringLiteral("GRANT ALTER SYSTEM ON PARAMETER random_page_cost TO tuning_plain"));
        o = QCoro::waitFor(applySettings(c.get(), {changes.first()}));
        QVERIFY2(o.refusal.contains(QStringLiteral("may not run pg_reload_conf()")), qPrintable(o.refusal));
        QVERIFY(o.settings.isEmpty());
        QCOMPARE(sandbox::psql(QStringLiteral(
                     "SELECT count(*) FROM pg_file_settings WHERE sourcefile LIKE '%postgresql.auto.conf'")),
                 QStringLiteral("0"));
        sandbox::psql(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_reload_conf() TO tuning_plain"));
        o = QCoro::waitFor(applySettings(c.get(), {changes.first()}));
        QVERIFY2(o.refusal.isEmpty() && o.failed().isEmpty() && !o.error, qPrintable(o.summary()));
        QCOMPARE(o.inEffect(), QStringList{QStringLiteral("random_page_cost")});
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        sandbox::psql(QStringLiteral("REVOKE EXECUTE ON FUNCTION pg_reload_conf() FROM tuning_plain"));
        dropPlainRole();
    }
};

QTEST_GUILESS_MAIN(TestTuningLive)
#include "tst_tuninglive.moc"
