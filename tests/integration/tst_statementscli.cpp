// `pgdba statements` against the sandbox: exact counts of a known workload in JSON and text,
// --sort, --top, --since measuring what ran while it waited, the "not usable" exit code with
// the fix on stderr, and bad arguments.
#include "sandbox.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
const QString QueryA = QStringLiteral("SELECT v FROM cli_a WHERE id = $1");
const QString QueryB = QStringLiteral("UPDATE cli_a SET v = v + 1 WHERE id = $1");

void runMany(pg::Connection &c, const QString &sql, int n) {
    for (int i = 0; i < n; ++i) {
        QVariantList params;
        params << QVariant(i % 10 + 1);
        QVERIFY(QCoro::waitFor(c.query(sql, params)).ok());
    }
}

QJsonObject findStatement(const QJsonArray &list, const QString &needle) {
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("database")).toString() == QLatin1String("stmt_cli") &&
            o.value(QStringLiteral("query")).toString().contains(needle))
            return o;
    }
    return {};
}
} // namespace

class TestStatementsCli : public QObject {
    Q_OBJECT
    std::unique_ptr<pg::Connection> m_work;

    struct Run {
        int code = -1;
        QString out, err;
    };
    static QProcess *start(const QStringList &args, QObject *parent) {
        auto *p = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), QStringList{QStringLiteral("statements")} + args);
        return p;
    }
    Run finish(QProcess *p) {
        [&] { QVERIFY(testutil::waitUntil([&] { return p->state() == QProcess::NotRunning; }, 60000)); }();
        Run r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
              QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
        delete p;
        return r;
    }
    Run pgdba(const QStringList &args) { return finish(start(args, this)); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(QStringLiteral(PGDBA_BINARY_DIR "/pgdba")), "build the pgdba target first");
        sandbox::createDatabase(QStringLiteral("stmt_cli"));
        bool ok = false;
        sandbox::psql(QStringLiteral("CREATE TABLE cli_a (id int PRIMARY KEY, v int); "
                                     "INSERT INTO cli_a SELECT g, 0 FROM generate_series(1, 10) g"),
                      QStringLiteral("stmt_cli"), &ok);
        QVERIFY(ok);
        sandbox::psql(
            QStringLiteral("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = "
                           "'stmt_cli'), 0)"));
        m_work = testutil::connect(sandbox::dsn(QStringLiteral("stmt_cli")), QStringLiteral("cli workload"));
        runMany(*m_work, QueryA, 500);
        runMany(*m_work, QueryB, 20);
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("sort") << QStringList{QStringLiteral("--sort"), QStringLiteral("slowest")}
                              << QStringLiteral("--sort");
        QTest::addRow("top") << QStringList{QStringLiteral("--top"), QStringLiteral("0")}
                             << QStringLiteral("--top");
        QTest::addRow("since") << QStringList{QStringLiteral("--since"), QStringLiteral("soon")}
                               << QStringLiteral("--since");
    }
    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = pgdba(args + QStringList{QStringLiteral("--dsn"), sandbox::dsn()});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void jsonHasExactCounts() {
        const Run r =
            pgdba({QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--sort"), QStringLiteral("calls"),
                   QStringLiteral("--top"), QStringLiteral("500"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("sort")).toString(), QStringLiteral("calls"));
        const QJsonArray list = doc.value(QStringLiteral("statements")).toArray();
        QVERIFY(!list.isEmpty());
        const QJsonObject a = findStatement(list, QStringLiteral("FROM cli_a WHERE"));
        const QJsonObject b = findStatement(list, QStringLiteral("UPDATE cli_a"));
        QCOMPARE(a.value(QStringLiteral("query")).toString(), QueryA);
        QCOMPARE(a.value(QStringLiteral("calls")).toInteger(), 500);
        QCOMPARE(b.value(QStringLiteral("calls")).toInteger(), 20);
        QCOMPARE(a.value(QStringLiteral("rows")).toInteger(), 500);
        QVERIFY(a.value(QStringLiteral("mean_exec_ms")).toDouble() > 0);
        QVERIFY(b.value(QStringLiteral("wal_bytes")).toDouble() > 0);
        for (int i = 1; i < list.size(); ++i) // sorted by calls, largest first
            QVERIFY(list[i - 1].toObject().value(QStringLiteral("calls")).toInteger() >=
                    list[i].toObject().value(QStringLiteral("calls")).toInteger());
    }

    void textTopN() {
        const Run r =
            pgdba({QStringLiteral("--dsn"), sandbox::dsn(QStringLiteral("stmt_cli")), QStringLiteral("--top"),
                   QStringLiteral("3"), QStringLiteral("--sort"), QStringLiteral("total")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5); // header, 3 statements, summary
        QVERIFY(lines[0].contains(QStringLiteral("calls")) && lines[0].contains(QStringLiteral("query")));
        QVERIFY(lines[4].contains(QStringLiteral("statements tracked since the last reset")));
    }

    void sinceMeasuresWhatRanMeanwhile() {
        QProcess *p = start({QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--since"),
                             QStringLiteral("3s"), QStringLiteral("--sort"), QStringLiteral("calls"),
                             QStringLiteral("--top"), QStringLiteral("50"), QStringLiteral("--json")},
                            this);
        QTest::qWait(1000); // the first sample is taken
        runMany(*m_work, QueryB, 40);
        const Run r = finish(p);
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(qAbs(doc.value(QStringLiteral("since_seconds")).toDouble() - 3.0) < 1.0);
        QCOMPARE(doc.value(QStringLiteral("reset_detected")).toBool(), false);
        const QJsonObject b =
            findStatement(doc.value(QStringLiteral("statements")).toArray(), QStringLiteral("UPDATE cli_a"));
        QCOMPARE(b.value(QStringLiteral("window")).toObject().value(QStringLiteral("calls")).toInteger(), 40);
        QVERIFY(b.value(QStringLiteral("window")).toObject().value(QStringLiteral("calls_per_s")).toDouble() >
                0);
        // Statement A did not run in the meantime: not listed.
        QVERIFY(findStatement(doc.value(QStringLiteral("statements")).toArray(),
                              QStringLiteral("FROM cli_a WHERE"))
                    .isEmpty());
    }

    void notUsableExitsWithTheFix() {
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS stmt_cli_t0 WITH (FORCE)"));
        sandbox::psql(QStringLiteral("CREATE DATABASE stmt_cli_t0 TEMPLATE template0"));
        const Run r = pgdba({QStringLiteral("--dsn"), sandbox::dsn(QStringLiteral("stmt_cli_t0"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatementsCli)
#include "tst_statementscli.moc"
