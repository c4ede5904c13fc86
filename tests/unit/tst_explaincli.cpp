// `pgdba explain --input -` as a real process fed through a real pipe (`cat FILE | pgdba ...`):
// standard input is read to its end (plans over 64 KiB arrive in several chunks), and input
// over the size limit files have is refused with a message and a non-zero exit code.
// Also: --output json is compact by default and indented with --pretty.
#include "explain/analysis.h"
#include "explain/planexport.h"
#include "explain/planparser.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QString err;
};

// `sh -c 'cat FILE | pgdba explain --input - ARGS'`: pgdba's standard input is a pipe.
Run pipeInto(const QString &shellInput, const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
    env.insert(QStringLiteral("PGDBA_BIN"), QStringLiteral(PGDBA_BINARY_DIR "/pgdba"));
    p.setProcessEnvironment(env);
    QString cmd = shellInput + QStringLiteral(" | \"$PGDBA_BIN\" explain --input -");
    for (const QString &a : args)
        cmd += QStringLiteral(" ") + a;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cmd});
    if (!p.waitForFinished(240000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

// An Append over `children` Seq Scans, in PostgreSQL's text format.
QByteArray textPlan(int children) {
    QByteArray t = "Append  (cost=0.00..5000.00 rows=" + QByteArray::number(children) +
                   " width=4) (actual time=0.010..50.000 rows=" + QByteArray::number(children) +
                   " loops=1)\n";
    for (int i = 0; i < children; ++i)
        t += "  ->  Seq Scan on t" + QByteArray::number(i) +
             "  (cost=0.00..1.00 rows=1 width=4) (actual time=0.001..0.020 rows=1 loops=1)\n"
             "        Filter: (x = 1)\n"
             "        Rows Removed by Filter: 3\n";
    t += "Planning Time: 0.100 ms\nExecution Time: 51.000 ms\n";
    return t;
}

QByteArray jsonPlan(int children) {
    QJsonArray kids;
    for (int i = 0; i < children; ++i)
        kids << QJsonObject{{QStringLiteral("Node Type"), QStringLiteral("Seq Scan")},
                            {QStringLiteral("Parent Relationship"), QStringLiteral("Member")},
                            {QStringLiteral("Relation Name"), QStringLiteral("t%1").arg(i)},
                            {QStringLiteral("Alias"), QStringLiteral("t%1").arg(i)},
                            {QStringLiteral("Startup Cost"), 0.0},
                            {QStringLiteral("Total Cost"), 1.0},
                            {QStringLiteral("Plan Rows"), 1},
                            {QStringLiteral("Plan Width"), 4},
                            {QStringLiteral("Actual Startup Time"), 0.001},
                            {QStringLiteral("Actual Total Time"), 0.02},
                            {QStringLiteral("Actual Rows"), 1},
                            {QStringLiteral("Actual Loops"), 1},
                            {QStringLiteral("Filter"), QStringLiteral("(x = 1)")},
                            {QStringLiteral("Rows Removed by Filter"), 3}};
    const QJsonObject root{{QStringLiteral("Node Type"), QStringLiteral("Append")},
                           {QStringLiteral("Startup Cost"), 0.0},
                           {QStringLiteral("Total Cost"), 5000.0},
                           {QStringLiteral("Plan Rows"), children},
                           {QStringLiteral("Plan Width"), 4},
                           {QStringLiteral("Actual Startup Time"), 0.01},
                           {QStringLiteral("Actual Total Time"), 50.0},
                           {QStringLiteral("Actual Rows"), children},
                           {QStringLiteral("Actual Loops"), 1},
                           {QStringLiteral("Plans"), kids}};
    return QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("Plan"), root},
                                                {QStringLiteral("Planning Time"), 0.1},
                                                {QStringLiteral("Execution Time"), 51.0}}})
        .toJson(QJsonDocument::Indented);
}

int countNodes(const QJsonObject &node) {
    int n = 1;
    for (const QJsonValue &c : node.value(QStringLiteral("children")).toArray())
        n += countNodes(c.toObject());
    return n;
}

} // namespace

class TestExplainCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &data) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void pipedPlansAreReadToTheEnd_data() {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<int>("nodes");
        // Both far over a pipe's 64 KiB buffer, so they arrive in many chunks.
        QTest::addRow("text, 1500 nodes") << textPlan(1499) << 1500;
        QTest::addRow("json, 1500 nodes") << jsonPlan(1499) << 1500;
        QTest::addRow("text, 40000 nodes (6 MB)") << textPlan(39999) << 40000;
    }

    void pipedPlansAreReadToTheEnd() {
        QFETCH(QByteArray, plan);
        QFETCH(int, nodes);
        QVERIFY(plan.size() > 64 * 1024);
        const QString path = write(QStringLiteral("plan.in"), plan);
        const Run r = pipeInto(QStringLiteral("cat '%1'").arg(path), {QStringLiteral("--output json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(o.value(QStringLiteral("node_count")).toInt(), nodes);
        QCOMPARE(countNodes(o.value(QStringLiteral("plan")).toObject()), nodes);
        QCOMPARE(o.value(QStringLiteral("execution_ms")).toDouble(), 51.0);
    }

    void pipedInputOverTheLimitIsRefused() {
        // A plan followed by endless detail lines: 200 MB through the pipe. Today's code read one
        // chunk and printed a one-node plan with exit code 0.
        const QString path = write(QStringLiteral("head.in"), textPlan(1));
        const Run r = pipeInto(
            QStringLiteral("{ cat '%1'; yes '        Filter: (x = 1)'; } | head -c 200000000").arg(path), {});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("larger than")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Just over the limit is refused too.
        const Run over = pipeInto(
            QStringLiteral("{ cat '%1'; yes ' '; } | head -c %2").arg(path).arg(explain::kMaxPlanBytes + 1),
            {});
        QCOMPARE(over.code, 3);
        QVERIFY2(over.err.contains(QStringLiteral("larger than")), qPrintable(over.err));
    }

    // The compact output is written by its own small writer; it must say exactly what the
    // QJsonObject document (--pretty, and the GUI's export) says, on every fixture.
    void compactJsonIsTheSameDocument() {
        const QDir fixtures(QStringLiteral(PGDBA_FIXTURES_DIR "/plans"));
        int checked = 0;
        for (const QString &name :
             fixtures.entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files)) {
            QFile f(fixtures.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const explain::ParseResult r = explain::loadPlan(f.readAll());
            QVERIFY2(r.ok(), qPrintable(name));
            const QByteArray compact = explain::toAnnotatedJsonText(r.plan);
            QCOMPARE(compact.count('\n'), 1);
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(compact, &e);
            QVERIFY2(e.error == QJsonParseError::NoError,
                     qPrintable(name + QStringLiteral(": ") + e.errorString()));
            QVERIFY2(doc == QJsonDocument(explain::toAnnotatedJson(r.plan)), qPrintable(name));
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    // A pasted psql session with two plans: the first is printed, and stderr says so.
    void transcriptNotesGoToStderr() {
        const Run r =
            pipeInto(QStringLiteral("cat '%1'")
                         .arg(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/nested_loop.form-transcript.txt")),
                     {});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("Exclusive") || r.out.contains("Nested Loop"), r.out.left(200).constData());
        QVERIFY2(r.err.contains(QStringLiteral("2 plans")), qPrintable(r.err));
    }

    void jsonOutputIsCompactUnlessPretty() {
        const QString path = write(QStringLiteral("small.in"), textPlan(3));
        const Run compact = pipeInto(QStringLiteral("cat '%1'").arg(path), {QStringLiteral("--output json")});
        QCOMPARE(compact.code, 0);
        QCOMPARE(compact.out.trimmed().count('\n'), 0);
        const Run pretty = pipeInto(QStringLiteral("cat '%1'").arg(path),
                                    {QStringLiteral("--output json"), QStringLiteral("--pretty")});
        QCOMPARE(pretty.code, 0);
        QVERIFY(pretty.out.count('\n') > 20);
        QCOMPARE(QJsonDocument::fromJson(pretty.out), QJsonDocument::fromJson(compact.out));
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "tst_explaincli.moc"
