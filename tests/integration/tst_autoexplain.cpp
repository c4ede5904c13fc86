// auto_explain ingestion against the sandbox's own log: the sandbox logs in all three formats
// (scripts/pg-sandbox: logging_collector, stderr + csvlog + jsonlog); a session loads auto_explain
// and runs statements with JSON and with text plans; the reader takes them from the server
// (pg_ls_logdir + pg_read_file) and from the local log folder into the plan history under the
// statements' query ids, with the real durations; each of the three files holds the plans.
#include "explain/planparser.h"
#include "history/store.h"
#include "pg/connection.h"
#include "plans/autoexplain.h"
#include "plans/planshape.h"
#include "plans/planstore.h"
#include "sandbox.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAutoExplain : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_conn;
    qint64 m_jsonId = 0, m_textId = 0;

    qint64 queryId(const QString &like) {
        return testutil::exec(*m_conn,
                              QStringLiteral("SELECT queryid FROM pg_stat_statements WHERE query LIKE '%1' "
                                             "AND dbid = (SELECT oid FROM pg_database WHERE datname = "
                                             "current_database()) LIMIT 1")
                                  .arg(like))
            .int64(0, 0);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        const QString dsn = sandbox::createDatabase(QStringLiteral("ae_test"));
        m_conn = testutil::connect(dsn, QStringLiteral("ae-test"));
        testutil::exec(*m_conn, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        testutil::exec(*m_conn, QStringLiteral("CREATE TABLE ae_orders (id int PRIMARY KEY, status text)"));
        testutil::exec(
            *m_conn, QStringLiteral("INSERT INTO ae_orders SELECT i, 'new' FROM generate_series(1, 2000) i"));
        testutil::exec(*m_conn, QStringLiteral("LOAD 'auto_explain'"));
        testutil::exec(*m_conn, QStringLiteral("SET auto_explain.log_min_duration = 0"));
        testutil::exec(*m_conn, QStringLiteral("SET auto_explain.log_analyze = on"));
        testutil::exec(*m_conn, QStringLiteral("SET auto_explain.log_verbose = on"));
        testutil::exec(*m_conn, QStringLiteral("SET auto_explain.log_format = 'json'"));
        testutil::exec(*m_conn, QStringLiteral("SELECT count(*) FROM ae_orders WHERE status = 'new'"));
        testutil::exec(*m_conn, QStringLiteral("SET auto_explain.log_format = 'text'"));
        testutil::exec(*m_conn, QStringLiteral("SELECT status FROM ae_orders WHERE id = 42"));
        testutil::exec(*m_conn, QStringLiteral("RESET auto_explain.log_min_duration"));
        // A line after the last plan: a reader of a growing stderr log waits for it to end an entry.
        testutil::exec(*m_conn,
                       QStringLiteral("DO $$ BEGIN RAISE LOG 'pgdba auto_explain test done'; END $$"));
        m_jsonId = queryId(QStringLiteral("SELECT count(*) FROM ae_orders WHERE status = $1"));
        m_textId = queryId(QStringLiteral("SELECT status FROM ae_orders WHERE id = $1"));
        QVERIFY(m_jsonId != 0 && m_textId != 0);
    }

    void cleanupTestCase() {
        m_conn.reset();
        m_store.close();
    }

    void fromTheServerThroughPgReadFile() {
        plans::PlanStore store(m_store.database().connectionName());
        QVERIFY(store.ensureSchema());
        plans::AutoExplainReader reader;
        int stored = 0;
        // The logging collector writes on its own time: read until both plans are in.
        QVERIFY(testutil::waitUntil(
            [&] {
                const plans::IngestResult r =
                    QCoro::waitFor(reader.ingestServer(m_conn.get(), &store, QStringLiteral("sandbox:ae")));
                if (!r.error.isEmpty())
                    qWarning("%s", qPrintable(r.error));
                stored += r.stored;
                return !store.shapes(QStringLiteral("sandbox:ae"), m_jsonId).isEmpty() &&
                       !store.shapes(QStringLiteral("sandbox:ae"), m_textId).isEmpty();
            },
            20000));
        const auto json = store.shapes(QStringLiteral("sandbox:ae"), m_jsonId);
        QCOMPARE(json.first().source, QStringLiteral("auto_explain"));
        QVERIFY(json.first().shape.contains(QLatin1String("Seq Scan on public.ae_orders")) ||
                json.first().shape.contains(QLatin1String("Seq Scan on ae_orders")));
        QVERIFY(json.first().meanMs && *json.first().meanMs > 0); // a real duration
        const auto text = store.shapes(QStringLiteral("sandbox:ae"), m_textId);
        QVERIFY2(text.first().shape.contains(QLatin1String("ae_orders_pkey")),
                 qPrintable(text.first().shape));
        // The next pass reads only what is new: nothing stored twice.
        const plans::IngestResult again =
            QCoro::waitFor(reader.ingestServer(m_conn.get(), &store, QStringLiteral("sandbox:ae")));
        QCOMPARE(store.shapes(QStringLiteral("sandbox:ae"), m_jsonId).first().seen, json.first().seen);
        Q_UNUSED(again);
    }

    // Each of the three files (stderr, csvlog, jsonlog) holds both plans.
    void everyFormatOfTheLocalFolder() {
        const QHash<QString, qint64> keys{
            {plans::AutoExplainReader::matchKey(
                 QStringLiteral("SELECT count(*) FROM ae_orders WHERE status = $1")),
             m_jsonId},
            {plans::AutoExplainReader::matchKey(QStringLiteral("SELECT status FROM ae_orders WHERE id = $1")),
             m_textId}};
        const QString folder = sandbox::env(QStringLiteral("PGDBA_SANDBOX_DATA")) + QStringLiteral("/log");
        QVERIFY2(QDir(folder).exists(), qPrintable(folder));
        for (const QString &pattern :
             {QStringLiteral("*.log"), QStringLiteral("*.csv"), QStringLiteral("*.json")}) {
            QSet<qint64> ids;
            QVERIFY(testutil::waitUntil(
                [&] {
                    ids.clear();
                    for (const QString &name : QDir(folder).entryList({pattern}, QDir::Files)) {
                        QFile f(folder + QLatin1Char('/') + name);
                        if (!f.open(QIODevice::ReadOnly))
                            continue;
                        for (const auto &l :
                             plans::parseAutoExplainLog(f.readAll(), plans::logFormatOf(name)))
                            if (explain::parsePlan(l.plan).ok())
                                ids.insert(keys.value(plans::AutoExplainReader::matchKey(
                                    plans::AutoExplainReader::queryTextOf(l.plan))));
                    }
                    return ids.contains(m_jsonId) && ids.contains(m_textId);
                },
                20000));
        }
        // The folder reader stores them too.
        plans::PlanStore store(m_store.database().connectionName());
        plans::AutoExplainReader reader;
        reader.setStatements(keys);
        const plans::IngestResult r = reader.ingestFolder(folder, store, QStringLiteral("local:ae"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.stored >= 6); // two plans in each of three files
        QCOMPARE(store.shapes(QStringLiteral("local:ae"), m_jsonId).size(), 1); // one shape, three sightings
        QVERIFY(store.shapes(QStringLiteral("local:ae"), m_jsonId).first().seen >= 3);
    }

    void unreadableLogSaysWhoMayReadIt() {
        testutil::exec(*m_conn, QStringLiteral("DROP ROLE IF EXISTS ae_nobody"));
        testutil::exec(*m_conn, QStringLiteral("CREATE ROLE ae_nobody LOGIN"));
        auto weak =
            testutil::connect(sandbox::dsn(QStringLiteral("ae_test"))
                                  .replace(QStringLiteral("user=postgres"), QStringLiteral("user=ae_nobody")),
                              QStringLiteral("ae-weak"));
        plans::PlanStore store(m_store.database().connectionName());
        plans::AutoExplainReader reader;
        const plans::IngestResult r =
            QCoro::waitFor(reader.ingestServer(weak.get(), &store, QStringLiteral("x")));
        QVERIFY2(r.error.contains(QLatin1String("ae_nobody")) &&
                     r.error.contains(QLatin1String("pg_monitor")),
                 qPrintable(r.error));
    }
};

QTEST_MAIN(TestAutoExplain)
#include "tst_autoexplain.moc"
