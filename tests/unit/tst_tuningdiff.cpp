// The advisor's comparison without a server: unit normalisation, the diff against
// pg_settings rows (reload/restart), the ALTER SYSTEM script and conf.d snippet, the
// evidence sentences and the settings model.
#include "tuning/advisor.h"
#include "tuning/evidence.h"
#include "tuning/script.h"
#include "tuning/settingsdiff.h"
#include "tuning/settingsmodel.h"
#include "tuning/units.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tuning;

namespace {
Inputs inputs(qint64 ramGb, int cpus, Storage s, Workload w, int connections) {
    Inputs in;
    in.ramMb = ramGb * 1024;
    in.cpus = cpus;
    in.storage = s;
    in.workload = w;
    in.connections = connections;
    in.pgMajor = 15;
    return in;
}

LiveSetting live(const QString &name, const QString &setting, const QString &unit, const QString &vartype,
                 const QString &context, const QString &shown, bool pending = false) {
    LiveSetting s;
    s.name = name;
    s.setting = setting;
    s.unit = unit;
    s.vartype = vartype;
    s.context = context;
    s.shown = shown;
    s.source = QStringLiteral("configuration file");
    s.pendingRestart = pending;
    return s;
}
} // namespace

class TestTuningDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void units_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("vartype");
        QTest::addColumn<bool>("same");
        QTest::addRow("1GB vs 8kB pages") << "1GB"
                                          << "131072"
                                          << "8kB"
                                          << "integer" << true;
        QTest::addRow("16MB wal_buffers") << "16MB"
                                          << "2048"
                                          << "8kB"
                                          << "integer" << true;
        QTest::addRow("128MB is not 1GB") << "1GB"
                                          << "16384"
                                          << "8kB"
                                          << "integer" << false;
        QTest::addRow("kB") << "9709kB"
                            << "9709"
                            << "kB"
                            << "integer" << true;
        QTest::addRow("MB unit") << "4GB"
                                 << "4096"
                                 << "MB"
                                 << "integer" << true;
        QTest::addRow("minutes in seconds") << "1min"
                                            << "60"
                                            << "s"
                                            << "integer" << true;
        QTest::addRow("ms plain") << "1000"
                                  << "1000"
                                  << "ms"
                                  << "integer" << true;
        QTest::addRow("1s is 1000ms") << "1s"
                                      << "1000"
                                      << "ms"
                                      << "integer" << true;
        QTest::addRow("-1 disabled") << "1000"
                                     << "-1"
                                     << "ms"
                                     << "integer" << false;
        QTest::addRow("real") << "0.9"
                              << "0.9"
                              << ""
                              << "real" << true;
        QTest::addRow("real differs") << "1.1"
                                      << "4"
                                      << ""
                                      << "real" << false;
        QTest::addRow("bool spellings") << "on"
                                        << "true"
                                        << ""
                                        << "bool" << true;
        QTest::addRow("bool differs") << "on"
                                      << "off"
                                      << ""
                                      << "bool" << false;
        QTest::addRow("enum") << "lz4"
                              << "pglz"
                              << ""
                              << "enum" << false;
        QTest::addRow("enum case") << "TRY"
                                   << "try"
                                   << ""
                                   << "enum" << true;
        QTest::addRow("list quoting") << "pg_stat_statements,auto_explain"
                                      << "\"pg_stat_statements\", auto_explain"
                                      << ""
                                      << "string" << true;
        QTest::addRow("list order") << "a,b"
                                    << "b,a"
                                    << ""
                                    << "string" << false;
    }

    void units() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, unit);
        QFETCH(QString, vartype);
        QFETCH(bool, same);
        QCOMPARE(sameSettingValue(a, b, unit, vartype), same);
        QCOMPARE(parseQuantity(QStringLiteral("1GB"), QStringLiteral("8kB"))->value, 1073741824.0);
        QVERIFY(!parseQuantity(QStringLiteral("1min"), QStringLiteral("8kB"))); // a time for a memory setting
        QCOMPARE(formatBytes(16.0 * 1024 * 1024), QStringLiteral("16 MB"));
        QCOMPARE(formatMs(60000), QStringLiteral("1 min"));
    }

    void diffMarksRestartAndReload() {
        LiveSettings liveSettings;
        liveSettings.insert(QStringLiteral("shared_buffers"),
                            live(QStringLiteral("shared_buffers"), QStringLiteral("16384"),
                                 QStringLiteral("8kB"), QStringLiteral("integer"),
                                 QStringLiteral("postmaster"), QStringLiteral("128MB")));
        liveSettings.insert(QStringLiteral("work_mem"),
                            live(QStringLiteral("work_mem"), QStringLiteral("9709"), QStringLiteral("kB"),
                                 QStringLiteral("integer"), QStringLiteral("user"),
                                 QStringLiteral("9709kB")));
        liveSettings.insert(QStringLiteral("log_connections"),
                            live(QStringLiteral("log_connections"), QStringLiteral("off"), QString(),
                                 QStringLiteral("bool"), QStringLiteral("superuser-backend"),
                                 QStringLiteral("off")));
        liveSettings.insert(QStringLiteral("max_connections"),
                            live(QStringLiteral("max_connections"), QStringLiteral("1200"), QString(),
                                 QStringLiteral("integer"), QStringLiteral("postmaster"),
                                 QStringLiteral("1200"), true));
        const auto diffs =
            diffSettings(recommend(inputs(4, 2, Storage::Ssd, Workload::Web, 100)), liveSettings);
        auto find = [&](const QString &n) {
            for (const auto &d : diffs)
                if (d.rec.name == n)
                    return d;
            return SettingDiff{};
        };
        QVERIFY(find(QStringLiteral("shared_buffers")).differs);
        QCOMPARE(find(QStringLiteral("shared_buffers")).takes, Takes::Restart);
        QCOMPARE(find(QStringLiteral("shared_buffers")).current(), QStringLiteral("128MB"));
        QVERIFY(!find(QStringLiteral("work_mem")).differs);
        QCOMPARE(find(QStringLiteral("work_mem")).takes, Takes::Reload);
        QCOMPARE(find(QStringLiteral("log_connections")).takes, Takes::NewSessions);
        QVERIFY(find(QStringLiteral("max_connections")).pendingRestart());
        // Not on the server (offline): the known context still says restart or reload.
        QVERIFY(!find(QStringLiteral("huge_pages")).live);
        QCOMPARE(find(QStringLiteral("huge_pages")).takes, Takes::Restart);
        QCOMPARE(find(QStringLiteral("random_page_cost")).takes, Takes::Reload);
    }

    void scripts() {
        const Inputs in = inputs(4, 2, Storage::Ssd, Workload::Web, 100);
        LiveSettings liveSettings;
        liveSettings.insert(QStringLiteral("work_mem"),
                            live(QStringLiteral("work_mem"), QStringLiteral("9709"), QStringLiteral("kB"),
                                 QStringLiteral("integer"), QStringLiteral("user"),
                                 QStringLiteral("9709kB")));
        liveSettings.insert(QStringLiteral("shared_buffers"),
                            live(QStringLiteral("shared_buffers"), QStringLiteral("16384"),
                                 QStringLiteral("8kB"), QStringLiteral("integer"),
                                 QStringLiteral("postmaster"), QStringLiteral("128MB")));
        const auto diffs = diffSettings(recommend(in, QStringLiteral("auto_explain")), liveSettings);
        const QString sql = alterSystemScript(diffs, in, true);
        QVERIFY2(sql.contains(QStringLiteral("ALTER SYSTEM SET shared_buffers = '1GB';")), qPrintable(sql));
        QVERIFY(sql.contains(QStringLiteral("-- restart, now 128MB")));
        QVERIFY(!sql.contains(QStringLiteral("SET work_mem"))); // already as recommended
        QVERIFY(sql.contains(QStringLiteral(
            "ALTER SYSTEM SET shared_preload_libraries = 'auto_explain', 'pg_stat_statements';")));
        QVERIFY(sql.contains(QStringLiteral("ALTER SYSTEM SET pg_stat_statements.track = 'all';")));
        QVERIFY(sql.contains(QStringLiteral("SELECT pg_reload_conf();")));
        QVERIFY(sql.contains(QStringLiteral("These wait for a server restart: ")));
        QVERIFY(sql.contains(QStringLiteral("4 GB RAM, 2 CPUs, SSD, web, 100 connections, PostgreSQL 15")));
        const QString all = alterSystemScript(diffs, in, false);
        QVERIFY(all.contains(QStringLiteral("ALTER SYSTEM SET work_mem = '9709kB';")));
        const QString conf = confSnippet(diffs, in, false);
        QVERIFY2(conf.contains(QStringLiteral("work_mem = '9709kB'")), qPrintable(conf));
        QVERIFY(
            conf.contains(QStringLiteral("shared_preload_libraries = 'auto_explain,pg_stat_statements'")));
        QVERIFY(conf.contains(
            QStringLiteral("log_line_prefix = '%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h '")));
        QVERIFY(conf.contains(QStringLiteral("# Needs a restart: ")));
        QVERIFY(conf.contains(QStringLiteral("include_dir")));
        QCOMPARE(quoteLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
        QCOMPARE(settingNameForScript(QStringLiteral("pg_stat_statements.max")),
                 QStringLiteral("pg_stat_statements.max"));
        QCOMPARE(settingNameForScript(QStringLiteral("Odd-Name")), QStringLiteral("\"Odd-Name\""));
    }

    void evidenceSentences() {
        Evidence e;
        e.valid = true;
        e.tempFiles = 12;
        e.tempBytes = 3 * 1024 * 1024;
        e.checkpointsTimed = 30;
        e.checkpointsRequested = 10;
        e.blocksHit = 985;
        e.blocksRead = 15;
        e.connections = 25;
        e.maxConnections = 100;
        e.reservedConnections = 3;
        QCOMPARE(e.cacheHitRatio().value_or(-1), 0.985);
        QCOMPARE(e.requestedCheckpointShare(), 0.25);
        QVERIFY(
            evidenceFor(QStringLiteral("work_mem"), e).contains(QStringLiteral("12 temporary files, 3 MB")));
        QVERIFY(evidenceFor(QStringLiteral("max_wal_size"), e)
                    .contains(QStringLiteral("10 requested (WAL full) vs 30 timed")));
        QVERIFY(evidenceFor(QStringLiteral("shared_buffers"), e).contains(QStringLiteral("98")));
        QVERIFY(evidenceFor(QStringLiteral("max_connections"), e)
                    .startsWith(QStringLiteral("25 of 100 connections")));
        QVERIFY(evidenceFor(QStringLiteral("random_page_cost"), e).isEmpty());
        QCOMPARE(evidenceLines(e).size(), 4);
        QVERIFY(evidenceLines(Evidence{}).isEmpty());
    }

    void settingsModel() {
        SettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveSettings liveSettings;
        liveSettings.insert(QStringLiteral("shared_buffers"),
                            live(QStringLiteral("shared_buffers"), QStringLiteral("16384"),
                                 QStringLiteral("8kB"), QStringLiteral("integer"),
                                 QStringLiteral("postmaster"), QStringLiteral("128MB")));
        liveSettings.insert(QStringLiteral("random_page_cost"),
                            live(QStringLiteral("random_page_cost"), QStringLiteral("4"), QString(),
                                 QStringLiteral("real"), QStringLiteral("user"), QStringLiteral("4")));
        liveSettings.insert(QStringLiteral("work_mem"),
                            live(QStringLiteral("work_mem"), QStringLiteral("9709"), QStringLiteral("kB"),
                                 QStringLiteral("integer"), QStringLiteral("user"),
                                 QStringLiteral("9709kB")));
        Evidence e;
        e.valid = true;
        e.tempFiles = 3;
        model.setDiffs(diffSettings(recommend(inputs(4, 2, Storage::Ssd, Workload::Web, 100)), liveSettings),
                       e);
        QVERIFY(model.rowCount() > 30);
        QCOMPARE(model.changeCount(), 2);
        const int sb = model.rowOf(QStringLiteral("shared_buffers"));
        const int wm = model.rowOf(QStringLiteral("work_mem"));
        QCOMPARE(model.index(sb, SettingsModel::CurrentColumn).data().toString(), QStringLiteral("128MB"));
        QCOMPARE(model.index(sb, SettingsModel::RecommendedColumn).data().toString(), QStringLiteral("1GB"));
        QCOMPARE(model.index(sb, SettingsModel::TakesColumn).data().toString(), QStringLiteral("restart"));
        QCOMPARE(model.index(sb, SettingsModel::StatusColumn).data().toString(), QStringLiteral("change"));
        QCOMPARE(model.index(wm, SettingsModel::StatusColumn).data().toString(),
                 QStringLiteral("as recommended"));
        QVERIFY(model.index(wm, SettingsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("3 temporary files")));
        QCOMPARE(model.index(sb, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.index(wm, 0).data(Qt::CheckStateRole).isValid()); // nothing to change
        QCOMPARE(model.checkedChanges().size(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(sb, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.checkedChanges().size(), 1);
        QCOMPARE(model.checkedChanges().first().rec.name, QStringLiteral("random_page_cost"));
        QVERIFY(!model.setData(model.index(wm, 0), Qt::Unchecked, Qt::CheckStateRole));
        // The choice survives a refresh.
        model.setDiffs(diffSettings(recommend(inputs(4, 2, Storage::Ssd, Workload::Web, 100)), liveSettings),
                       e);
        QCOMPARE(model.checkedChanges().size(), 1);
        QVERIFY(model.index(sb, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("RAM / 4")));
    }
};

QTEST_GUILESS_MAIN(TestTuningDiff)
#include "tst_tuningdiff.moc"
