// The team store: session history in a shared PostgreSQL database (QPSQL), with the tables
// partitioned by day (future days created ahead, expired days dropped instead of DELETE), the same
// totals as SQLite after downsampling, and ten `pgdba record` processes of ten databases writing
// into it at once: every sample each recorder says it wrote is there once, with no gap, and each
// server's history reads back as the GUI reads it. PGDBA_TEAM_SECONDS sets the run (default 60).
#include "history/store.h"
#include "sandbox.h"
#include "sessionhistory/sessionstore.h"
#include "sessionhistory/timelinecontroller.h"
#include "testutil.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace sessionhistory;

namespace {
constexpr qint64 kDay = 86400 * 1000;

bool openTeamStore(history::Store &store, const QString &database) {
    return store.open(database, QStringLiteral("QPSQL"), sandbox::env(QStringLiteral("PGHOST")),
                      sandbox::env(QStringLiteral("PGPORT")).toInt(), QStringLiteral("postgres"));
}

SessionSample sample(qint64 ts, int active) {
    SessionSample s;
    s.tsMs = ts;
    s.idle = 3;
    for (int i = 0; i < active; ++i) {
        SessionRow r;
        r.pid = 100 + i;
        r.state = QStringLiteral("active");
        r.waitType = i % 2 ? QStringLiteral("Timeout") : QString();
        r.waitEvent = i % 2 ? QStringLiteral("PgSleep") : QString();
        r.user = QStringLiteral("team");
        r.database = QStringLiteral("db%1").arg(i % 3);
        r.query = QStringLiteral("SELECT $1 -- %1").arg(i % 4);
        r.queryId = 500 + i % 4;
        s.rows << r;
    }
    return s;
}
} // namespace

class TestTeamStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void partitionsByDayAndDropsExpiredDays() {
        sandbox::createDatabase(QStringLiteral("sh_team_parts"));
        history::Store store;
        QVERIFY2(openTeamStore(store, QStringLiteral("sh_team_parts")), qPrintable(store.lastError()));
        SessionWriter w(store.database());
        QVERIFY2(w.ensureSchema(), qPrintable(w.lastError()));
        QVERIFY(w.isPartitioned());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 today = now / kDay * kDay;
        // Today and the two days ahead exist before anything is written.
        const QString todayName =
            QStringLiteral("sh_sample_p") +
            QDateTime::fromMSecsSinceEpoch(today, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
        const QString aheadName =
            QStringLiteral("sh_sample_p") +
            QDateTime::fromMSecsSinceEpoch(today + 2 * kDay, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
        QVERIFY(w.partitions(QStringLiteral("sh_sample")).contains(todayName));
        QVERIFY(w.partitions(QStringLiteral("sh_sample")).contains(aheadName));
        // Samples three days ago get their day's partition on the way in.
        const QString server = QStringLiteral("team:1");
        const qint64 old = today - 3 * kDay + 3600 * 1000;
        for (int i = 0; i < 180; ++i)
            QVERIFY2(w.writeSample(server, sample(old + i * 1000, 1 + i % 4)), qPrintable(w.lastError()));
        const QString oldName =
            QStringLiteral("sh_sample_p") +
            QDateTime::fromMSecsSinceEpoch(old, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
        QVERIFY(w.partitions(QStringLiteral("sh_sample")).contains(oldName));
        // Downsampling on PostgreSQL: the same totals at every level.
        QVERIFY(w.downsample(server, old + 3600 * 1000) > 0);
        {
            SessionReader r(store.database().connectionName());
            const qint64 from = old / 60000 * 60000, to = from + 3 * 60000;
            QCOMPARE(r.sampleCount(server, from, to, Level::Minute),
                     r.sampleCount(server, from, to, Level::Raw));
            for (Dim d : {Dim::Wait, Dim::Query, Dim::Database}) {
                auto totals = [&](Level l) {
                    QHash<QString, qint64> m;
                    for (const auto &e : r.top(server, from, to, d, 0, l))
                        m.insert(e.key, e.samples);
                    return m;
                };
                QVERIFY(!totals(Level::Raw).isEmpty());
                QCOMPARE(totals(Level::Minute), totals(Level::Raw));
            }
            // A raw window's lists: aggregated minutes inside, raw edges; as top() decodes them.
            const QList<Dim> dims{Dim::Wait, Dim::Query, Dim::User, Dim::Database};
            const auto lists = r.topAll(server, old + 13'000, old + 170'000, dims, 0, Level::Raw);
            for (Dim d : dims) {
                QHash<QString, qint64> a, b;
                for (const auto &e : lists.value(int(d)))
                    a.insert(e.key, e.samples);
                for (const auto &e : r.top(server, old + 13'000, old + 170'000, d, 0, Level::Raw))
                    b.insert(e.key, e.samples);
                QVERIFY(!a.isEmpty());
                QCOMPARE(a, b);
            }
            // Calls and mean of the top queries from the statements deltas (jsonb sums here).
            auto delta = [](qint64 ts, const QString &key, qint64 calls, double ms) {
                return history::Sample{
                    ts, key, QJsonObject{{QStringLiteral("d_calls"), calls}, {QStringLiteral("d_ms"), ms}}};
            };
            QVERIFY(store.appendBatch(server, QStringLiteral("statement"),
                                      {delta(old + 30'000, QStringLiteral("500/10/1"), 4, 10.0),
                                       delta(old + 90'000, QStringLiteral("500/10/2"), 6, 30.0),
                                       delta(old + 90'000, QStringLiteral("5000/10/1"), 99, 1.0)}));
            QList<TopEntry> queries = r.top(server, from, to, Dim::Query, 0, Level::Raw);
            r.addStatementStats(server, from, to, &queries);
            QVERIFY2(r.lastError().isEmpty(), qPrintable(r.lastError()));
            bool found = false;
            for (const TopEntry &e : std::as_const(queries)) {
                if (e.key != QLatin1String("SELECT $1 -- 0")) {
                    QCOMPARE(e.calls, -1);
                    continue;
                }
                found = true;
                QCOMPARE(e.calls, 10);
                QCOMPARE(e.meanMs, 4.0);
            }
            QVERIFY(found);
        }
        QVERIFY(w.writeSample(server, sample(now, 2)));
        // Retention: the raw day three days ago is past 48 h: its partition is dropped, today's stays.
        QVERIFY(w.enforceRetention(server, now, Retention{}) > 0);
        const QStringList after = w.partitions(QStringLiteral("sh_sample"));
        QVERIFY(!after.contains(oldName));
        QVERIFY(after.contains(todayName));
        QVERIFY(
            w.partitions(QStringLiteral("sh_agg_l1"))
                .contains(QStringLiteral("sh_agg_l1_p") +
                          QDateTime::fromMSecsSinceEpoch(old, Qt::UTC).toString(QStringLiteral("yyyyMMdd"))));
        SessionReader r(store.database().connectionName());
        QCOMPARE(r.sampleCount(server, 0, now + 1, Level::Raw), 1);
        QVERIFY(r.sampleCount(server, 0, now, Level::Minute) >= 180); // the minutes stay 30 days
        // Lock incidents are partitioned by the day they started too, and kept a year: an
        // incident of three days ago stays, one of 400 days ago goes with its partition.
        Incident inc;
        inc.startMs = old;
        inc.endMs = old + 5000;
        inc.rootPid = 4242;
        inc.blockedMax = 2;
        QVERIFY2(w.writeIncident(server, inc), qPrintable(w.lastError()));
        Incident ancient = inc;
        ancient.startMs = today - 400 * kDay + 3600 * 1000;
        ancient.endMs = ancient.startMs + 5000;
        ancient.rootPid = 4343;
        QVERIFY2(w.writeIncident(server, ancient), qPrintable(w.lastError()));
        const QString ancientName =
            QStringLiteral("sh_incident_p") +
            QDateTime::fromMSecsSinceEpoch(ancient.startMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
        QVERIFY(w.partitions(QStringLiteral("sh_incident")).contains(ancientName));
        QCOMPARE(r.incidents(server, 0, now).size(), 2);
        QVERIFY(w.enforceRetention(server, now, Retention{}) > 0);
        QVERIFY(!w.partitions(QStringLiteral("sh_incident")).contains(ancientName));
        const auto kept = r.incidents(server, 0, now);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().rootPid, 4242);
    }

    void tenRecordersIntoOneStore() {
        const int seconds = qEnvironmentVariableIntValue("PGDBA_TEAM_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("PGDBA_TEAM_SECONDS")
                                : 60;
        sandbox::createDatabase(QStringLiteral("sh_team"));
        const QString storeDsn = sandbox::dsn(QStringLiteral("sh_team"));
        std::vector<std::unique_ptr<QProcess>> recorders;
        QStringList sources;
        for (int i = 0; i < 10; ++i)
            sources << sandbox::createDatabase(QStringLiteral("sh_team_src%1").arg(i));
        auto start = [&](int i) {
            const QString dsn = sources.at(i);
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                     {QStringLiteral("record"), QStringLiteral("--dsn"), dsn, QStringLiteral("--store"),
                      storeDsn, QStringLiteral("--server-key"), QStringLiteral("team-%1").arg(i),
                      QStringLiteral("--interval"), QStringLiteral("10s"),
                      QStringLiteral("--statements-interval"), QStringLiteral("0"),
                      QStringLiteral("--sessions-interval"), QStringLiteral("1s")});
            recorders.push_back(std::move(p));
        };
        auto counts = [&] {
            QHash<QString, qint64> out;
            history::Store s;
            if (!openTeamStore(s, QStringLiteral("sh_team")))
                return out;
            QSqlQuery q(s.database());
            if (q.exec(QStringLiteral(
                    "SELECT v.name, count(x.ts) FROM sh_server v LEFT JOIN sh_sample x ON x.srv = v.id "
                    "GROUP BY v.name")))
                while (q.next())
                    out.insert(q.value(0).toString(), q.value(1).toLongLong());
            return out;
        };
        // All ten start together on the brand-new store: one creates its tables, the others wait
        // for it (an advisory lock in Store::migrate and SessionWriter::ensureSchema) instead of
        // racing on CREATE TABLE IF NOT EXISTS.
        for (int i = 0; i < 10; ++i)
            start(i);
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto c = counts();
                for (int i = 0; i < 10; ++i)
                    if (c.value(QStringLiteral("team-%1").arg(i)) == 0)
                        return false;
                return true;
            },
            60000));
        QTest::qWait(seconds * 1000); // the run itself: time must pass
        for (auto &p : recorders)
            p->terminate();
        QHash<QString, qint64> written;
        static const QRegularExpression re(QStringLiteral("(\\d+) session samples written in all"));
        for (int i = 0; i < 10; ++i) {
            QProcess &p = *recorders.at(i);
            QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 30000));
            const QString out = QString::fromUtf8(p.readAll());
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
            const auto m = re.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            written.insert(QStringLiteral("team-%1").arg(i), m.captured(1).toLongLong());
        }
        const auto stored = counts();
        qint64 total = 0;
        for (int i = 0; i < 10; ++i) {
            const QString key = QStringLiteral("team-%1").arg(i);
            // Nothing lost, nothing twice: the store holds exactly what each recorder wrote.
            QCOMPARE(stored.value(key), written.value(key));
            QVERIFY2(written.value(key) >= seconds * 8 / 10, qPrintable(QString::number(written.value(key))));
            total += written.value(key);
        }
        qInfo("10 recorders, %d s: %lld session samples in the team store", seconds, total);
        // Each server reads back as the Timeline reads it, and without holes (1 s interval).
        history::Store reader;
        QVERIFY(openTeamStore(reader, QStringLiteral("sh_team")));
        SessionReader r(reader.database().connectionName());
        for (int i = 0; i < 10; ++i) {
            const QString key = QStringLiteral("team-%1").arg(i);
            const auto samples = r.samples(key, 0, std::numeric_limits<qint64>::max());
            QCOMPARE(qint64(samples.size()), written.value(key));
            for (qsizetype k = 1; k < samples.size(); ++k)
                QVERIFY2(samples.at(k).tsMs - samples.at(k - 1).tsMs < 3000,
                         qPrintable(QStringLiteral("%1: a gap of %2 ms")
                                        .arg(key)
                                        .arg(samples.at(k).tsMs - samples.at(k - 1).tsMs)));
            const WindowData w =
                TimelineController::readWindow(reader.database().connectionName(), key, samples.first().tsMs,
                                               samples.last().tsMs + 1, std::nullopt, 10);
            QCOMPARE(w.samples, written.value(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
