// Session history without a server: the varint codec, query normalisation, the incident tracker on
// made-up samples, and the store's downsampling (totals agree across raw, minute and hour levels)
// and retention.
#include "history/store.h"
#include "monitor/statementtracker.h"
#include "sessionhistory/historytime.h"
#include "sessionhistory/incidenttracker.h"
#include "sessionhistory/replay.h"
#include "sessionhistory/samplecodec.h"
#include "sessionhistory/sessionstore.h"
#include "sessionhistory/timelinecontroller.h"
#include "sessionhistory/toplistmodel.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sessionhistory;

namespace {
SessionRow row(int pid, const QString &state, const QString &waitType = {}, const QString &waitEvent = {},
               QList<int> blockers = {}) {
    SessionRow r;
    r.pid = pid;
    r.state = state;
    r.waitType = waitType;
    r.waitEvent = waitEvent;
    r.blockers = blockers;
    r.user = QStringLiteral("u%1").arg(pid % 3);
    r.database = QStringLiteral("db%1").arg(pid % 2);
    r.application = QStringLiteral("app");
    r.client = QStringLiteral("local");
    r.backendType = QStringLiteral("client backend");
    r.query = QStringLiteral("SELECT $1 FROM t%1").arg(pid % 4);
    r.queryId = 1000 + pid % 4;
    return r;
}

// A random but reproducible sample at ts: up to 12 sessions in assorted states and waits.
SessionSample randomSample(QRandomGenerator &rng, qint64 ts) {
    static const QStringList waits{QString(), QStringLiteral("Timeout:PgSleep"),
                                   QStringLiteral("IO:DataFileRead"), QStringLiteral("Lock:transactionid"),
                                   QStringLiteral("LWLock:WALWrite")};
    SessionSample s;
    s.tsMs = ts;
    s.idle = int(rng.bounded(20));
    const int n = int(rng.bounded(12));
    for (int i = 0; i < n; ++i) {
        const QString w = waits.at(int(rng.bounded(qsizetype(waits.size()))));
        const bool active = rng.bounded(4) != 0;
        SessionRow r = row(100 + int(rng.bounded(40)),
                           active ? QStringLiteral("active") : QStringLiteral("idle in transaction"),
                           w.section(QLatin1Char(':'), 0, 0), w.section(QLatin1Char(':'), 1));
        if (!active)
            r.waitType.clear(), r.waitEvent.clear();
        r.xactStartMs = ts - 5000;
        r.queryStartMs = ts - 100;
        s.rows << r;
    }
    return s;
}

QHash<QString, qint64> totals(const QList<TopEntry> &list) {
    QHash<QString, qint64> out;
    for (const auto &e : list)
        out.insert(e.key, e.samples);
    return out;
}
} // namespace

class TestSessionHistory : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void codecRoundTrip() {
        QList<PackedRow> rows;
        PackedRow a;
        a.pid = 4242;
        a.active = true;
        a.user = 1, a.database = 2, a.application = 3, a.client = 400, a.backendType = 5, a.state = 6;
        a.wait = 7, a.query = 70000;
        a.xactAgeMs = 123500, a.queryAgeMs = 0, a.waitAgeMs = -1; // ages are kept to 100 ms
        PackedRow b = a;
        b.pid = 17;
        b.active = false;
        b.blockers = {4242, 99};
        b.waitAgeMs = 2500;
        b.lockMode = 9, b.relation = 10;
        b.lockType = 11, b.transactionId = 3'000'000'123ULL, b.page = 0, b.tuple = 7;
        b.xactAgeMs = -1;
        rows << a << b;
        const QByteArray blob = encodeRows(rows);
        QList<PackedRow> back;
        QVERIFY(decodeRows(blob, &back));
        QCOMPARE(back, (QList<PackedRow>{b, a})); // sorted by pid
        QVERIFY2(blob.size() < 80, qPrintable(QString::number(blob.size())));
        // 100 ms units: 123,456 ms reads back as 123,500.
        PackedRow odd = a;
        odd.xactAgeMs = 123456;
        QVERIFY(decodeRows(encodeRows({odd}), &back));
        QCOMPARE(back.first().xactAgeMs, 123500);
        // A damaged blob is refused, not read past its end.
        QVERIFY(!decodeRows(blob.left(blob.size() - 3), &back));
        QVERIFY(!decodeRows(QByteArray(), &back));
        ClassCounts c{};
        c[int(WaitClass::Cpu)] = 3;
        c[int(WaitClass::Timeout)] = 300;
        QCOMPARE(decodeClasses(encodeClasses(c)), c);
    }

    void normalisesQueries() {
        QCOMPARE(normaliseQuery(QStringLiteral("select * from t where id = 42 and name = 'x''y'  -- hi")),
                 QStringLiteral("select * from t where id = $1 and name = $2"));
        QCOMPARE(normaliseQuery(QStringLiteral("SELECT pg_sleep(5)")),
                 QStringLiteral("SELECT pg_sleep ( $1 )"));
        QCOMPARE(textHash(QStringLiteral("a")), textHash(QStringLiteral("a")));
        QVERIFY(textHash(QStringLiteral("a")) != textHash(QStringLiteral("b")));
        QVERIFY(textHash(QStringLiteral("a")) > 0);
        QCOMPARE(waitClassNameOfKey(QStringLiteral("Timeout:PgSleep")), QStringLiteral("Timeout"));
        QCOMPARE(waitClassNameOfKey(QStringLiteral("CPU")), QStringLiteral("CPU"));
    }

    void parsesTimes() {
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(*parseHistoryTime(QStringLiteral("-15m"), now), now - 15 * 60000);
        QCOMPARE(*parseHistoryTime(QStringLiteral("now"), now), now);
        QCOMPARE(*parseHistoryTime(QStringLiteral("2026-12-06T03:12:05Z"), now),
                 QDateTime(QDate(2026, 12, 6), QTime(3, 12, 5), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!parseHistoryTime(QStringLiteral("yesterday-ish"), now));
    }

    void incidentFollowsTheRoot() {
        IncidentTracker t(1000);
        // pid 1 idle in transaction holds the row; 2 waits for 1; 3 waits for 2 (behind it).
        auto sample = [](qint64 ts, bool third, qint64 waitStart) {
            SessionSample s;
            s.tsMs = ts;
            SessionRow root = row(1, QStringLiteral("idle in transaction"));
            root.query = QStringLiteral("UPDATE r SET v = $1 WHERE id = $2");
            s.rows << root;
            SessionRow w = row(2, QStringLiteral("active"), QStringLiteral("Lock"),
                               QStringLiteral("transactionid"), {1});
            w.waitStartMs = waitStart;
            w.lockMode = QStringLiteral("ShareLock");
            w.relation = QStringLiteral("transactionid");
            s.rows << w;
            if (third) {
                SessionRow w3 =
                    row(3, QStringLiteral("active"), QStringLiteral("Lock"), QStringLiteral("tuple"), {2});
                w3.waitStartMs = waitStart + 500;
                s.rows << w3;
            }
            return s;
        };
        QVERIFY(t.update(sample(10'000, false, 9'500)).isEmpty()); // waited 0.5 s: not yet
        auto c = t.update(sample(11'000, true, 9'500));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().rootPid, 1);
        QCOMPARE(c.first().startMs, 9'500);
        QCOMPARE(c.first().blockedMax, 2);
        QCOMPARE(c.first().rootState, QStringLiteral("idle in transaction"));
        QCOMPARE(c.first().waitMode, QStringLiteral("ShareLock"));
        QCOMPARE(c.first().forest.size(), 3);
        QVERIFY(c.first().open);
        c = t.update(sample(12'000, false, 9'500));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().blockedMax, 2); // kept at its worst
        QCOMPARE(c.first().startMs, 9'500);
        SessionSample calm;
        calm.tsMs = 13'000;
        c = t.update(calm);
        QCOMPARE(c.size(), 1);
        QVERIFY(!c.first().open);
        QCOMPARE(c.first().endMs, 12'000);
        QCOMPARE(t.openCount(), 0);
    }

    void waitCycleHasOneRoot() {
        SessionSample s;
        s.tsMs = 1;
        s.rows << row(5, QStringLiteral("active"), QStringLiteral("Lock"), QStringLiteral("transactionid"),
                      {6})
               << row(6, QStringLiteral("active"), QStringLiteral("Lock"), QStringLiteral("transactionid"),
                      {5});
        const auto roots = IncidentTracker::roots(s);
        QCOMPARE(roots.size(), 2);
        QCOMPARE(roots.value(5), roots.value(6));
    }

    void downsampledTotalsEqualRaw() {
        QVERIFY(m_dir.isValid());
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("totals.sqlite"))));
        SessionWriter w(store.database());
        QVERIFY2(w.ensureSchema(), qPrintable(w.lastError()));
        const QString server = QStringLiteral("test:1");
        const qint64 hour = 3600 * 1000;
        const qint64 t0 = 1'800'000'000'000 / hour * hour; // an hour boundary
        QRandomGenerator rng(42);
        // 2.5 hours at one sample every 2 s, with a gap (recorder down) in the middle.
        for (qint64 ts = t0 + 700; ts < t0 + 5 * hour / 2; ts += 2000) {
            if (ts > t0 + hour + 600'000 && ts < t0 + hour + 900'000)
                continue;
            QVERIFY2(w.writeSample(server, randomSample(rng, ts)), qPrintable(w.lastError()));
        }
        // Aggregation in several calls, as the sampler does once a minute.
        QVERIFY(w.downsample(server, t0 + 40 * 60000) > 0);
        QVERIFY(w.downsample(server, t0 + 3 * hour) > 0);
        QCOMPARE(w.downsample(server, t0 + 3 * hour), 0); // nothing new: idempotent
        SessionReader r(store.database().connectionName());
        QVERIFY(r.isOpen());
        const qint64 from = t0, to = t0 + 2 * hour;
        const qint64 rawSamples = r.sampleCount(server, from, to, Level::Raw);
        QVERIFY(rawSamples > 3000);
        QCOMPARE(r.sampleCount(server, from, to, Level::Minute), rawSamples);
        QCOMPARE(r.sampleCount(server, from, to, Level::Hour), rawSamples);
        for (Dim d : {Dim::Wait, Dim::Query, Dim::User, Dim::Application, Dim::Database, Dim::Client,
                      Dim::WaitClass}) {
            const auto raw = totals(r.top(server, from, to, d, 0, Level::Raw));
            QVERIFY(!raw.isEmpty());
            QCOMPARE(totals(r.top(server, from, to, d, 0, Level::Minute)), raw);
            QCOMPARE(totals(r.top(server, from, to, d, 0, Level::Hour)), raw);
        }
        // Drill-down agrees too: the wait events of one query.
        const Filter q{Dim::Query, QStringLiteral("SELECT $1 FROM t1")};
        QCOMPARE(totals(r.top(server, from, to, Dim::Wait, 0, Level::Hour, q)),
                 totals(r.top(server, from, to, Dim::Wait, 0, Level::Raw, q)));
        const Filter sleep{Dim::Wait, QStringLiteral("Timeout:PgSleep")};
        const Filter u{Dim::User, QStringLiteral("u1")};
        const Filter cls{Dim::WaitClass, QStringLiteral("Lock")};
        for (const Filter &f : {q, sleep, u, cls})
            for (Dim d : {Dim::Wait, Dim::Query, Dim::User, Dim::Application, Dim::Database, Dim::Client,
                          Dim::WaitClass}) {
                if (!SessionReader::aggregatesAnswer(d, f)) {
                    QVERIFY(r.top(server, from, to, d, 0, Level::Minute, f).isEmpty());
                    continue;
                }
                const auto raw = totals(r.top(server, from, to, d, 0, Level::Raw, f));
                QVERIFY(!raw.isEmpty());
                QCOMPARE(totals(r.top(server, from, to, d, 0, Level::Minute, f)), raw);
                QCOMPARE(totals(r.top(server, from, to, d, 0, Level::Hour, f)), raw);
            }
        QVERIFY(!SessionReader::aggregatesAnswer(Dim::User, q)); // (user, query) pairs are not kept
        // topAll (one decoding pass for every list) gives what top gives, filtered or not.
        const QList<Dim> all{Dim::Wait, Dim::Query, Dim::User, Dim::Application, Dim::Database, Dim::Client};
        for (const std::optional<Filter> &f : {std::optional<Filter>(), std::optional<Filter>(q),
                                               std::optional<Filter>(cls), std::optional<Filter>(u)}) {
            const auto lists = r.topAll(server, from, to, all, 0, Level::Raw, f);
            for (Dim d : all)
                QCOMPARE(totals(lists.value(int(d))), totals(r.top(server, from, to, d, 0, Level::Raw, f)));
        }
        // A raw window reads the complete minutes already aggregated from the aggregates and
        // decodes only its edges and the newest samples: the same counts as decoding it all. A
        // window off the minute boundaries, and one whose end is newer than the aggregation.
        for (qint64 ts = t0 + 3 * hour + 100; ts < t0 + 3 * hour + 150'000; ts += 2000)
            QVERIFY2(w.writeSample(server, randomSample(rng, ts)), qPrintable(w.lastError()));
        const QList<std::pair<qint64, qint64>> rawWindows{
            {t0 + 7 * 60000 + 1300, t0 + 67 * 60000 + 41'000},
            {t0 + 2 * hour + 13 * 60000 + 17'000, t0 + 3 * hour + 140'000},
            {t0 + 20'000, t0 + 50'000}};
        for (const auto &[a, b] : rawWindows) {
            const auto lists = r.topAll(server, a, b, all, 0, Level::Raw, std::nullopt);
            for (Dim d : all) {
                QVERIFY(!lists.value(int(d)).isEmpty());
                QCOMPARE(totals(lists.value(int(d))), totals(r.top(server, a, b, d, 0, Level::Raw)));
                const auto listed = lists.value(int(d));
                const auto single = r.top(server, a, b, d, 0, Level::Raw);
                QCOMPARE(listed.first().avgActive, single.first().avgActive);
            }
        }
        // At the aggregate levels, unfiltered topAll reads the window once for every list.
        const QList<Dim> withClass{Dim::Wait,     Dim::Query,  Dim::User,     Dim::Application,
                                   Dim::Database, Dim::Client, Dim::WaitClass};
        for (Level l : {Level::Minute, Level::Hour}) {
            const auto lists = r.topAll(server, from, to, withClass, 0, l, std::nullopt);
            for (Dim d : withClass) {
                QVERIFY(!lists.value(int(d)).isEmpty());
                QCOMPARE(totals(lists.value(int(d))), totals(r.top(server, from, to, d, 0, Level::Raw)));
            }
            // A window not on hour boundaries: minutes at its edges, the full hour between.
            const qint64 a = t0 + 7 * 60000, b = t0 + 2 * hour + 13 * 60000;
            if (l == Level::Minute) {
                const auto odd = r.topAll(server, a, b, withClass, 0, l, std::nullopt);
                for (Dim d : withClass)
                    QCOMPARE(totals(odd.value(int(d))), totals(r.top(server, a, b, d, 0, Level::Raw)));
            }
            const auto cut = r.topAll(server, from, to, withClass, 2, l, std::nullopt);
            QCOMPARE(totals(cut.value(int(Dim::Query))), totals(r.top(server, from, to, Dim::Query, 2, l)));
        }
        // A filtered timeline integrates alike at every level.
        for (const Filter &f : {q, sleep, u, cls}) {
            auto sum = [&](Level l) {
                double s = 0;
                for (const auto &a : r.timeline(server, from, to, 1, l, f).aas)
                    for (float v : a)
                        s += double(v);
                return s;
            };
            QVERIFY2(qAbs(sum(Level::Hour) - sum(Level::Raw)) < 1e-3, qPrintable(f.key));
        }
        // The timeline integrates to the same session-samples at every level.
        auto integral = [&](Level l) {
            const TimelineData t = r.timeline(server, from, to, 2, l);
            double sum = 0;
            for (const auto &a : t.aas)
                for (float v : a)
                    sum += double(v);
            return sum * double(rawSamples) / double(t.aas.size()); // buckets hold equal sample counts
        };
        const auto rawTotal = [&] {
            qint64 n = 0;
            for (qint64 v : totals(r.top(server, from, to, Dim::Wait, 0, Level::Raw)))
                n += v;
            return n;
        }();
        QVERIFY(qAbs(integral(Level::Raw) - double(rawTotal)) / double(rawTotal) < 0.02);
        QVERIFY(qAbs(integral(Level::Hour) - integral(Level::Raw)) < 1.0);

        // Retention: raw goes after 48 h, but never before it is aggregated.
        Retention keep;
        QCOMPARE(w.enforceRetention(server, t0 + 3 * hour, keep), 0);
        QVERIFY(w.enforceRetention(server, t0 + 52 * hour, keep) > 0);
        QCOMPARE(r.sampleCount(server, from, to, Level::Raw), 0);
        QCOMPARE(r.sampleCount(server, from, to, Level::Hour), rawSamples);
        QCOMPARE(r.sampleCount(server, from, to, Level::Minute), rawSamples);
        QVERIFY(w.enforceRetention(server, t0 + 31 * 24 * hour, keep) > 0);
        QCOMPARE(r.sampleCount(server, from, to, Level::Minute), 0);
        QCOMPARE(r.sampleCount(server, from, to, Level::Hour), rawSamples);
    }

    // Top queries carry calls and mean time from the statements history of the same window,
    // matched by query id (never by a query id that merely starts with the same digits).
    void topQueriesCarryCallsAndMean() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("calls.sqlite"))));
        SessionWriter w(store.database());
        QVERIFY2(w.ensureSchema(), qPrintable(w.lastError()));
        const QString server = QStringLiteral("test:calls");
        const qint64 t0 = 1'800'000'000'000;
        for (int i = 0; i < 10; ++i) {
            SessionSample s;
            s.tsMs = t0 + i * 1000;
            s.rows << row(101, QStringLiteral("active")) << row(102, QStringLiteral("active"));
            QVERIFY2(w.writeSample(server, s), qPrintable(w.lastError()));
        }
        const QString kind = QString::fromLatin1(monitor::StatementTracker::HistoryKind);
        auto delta = [](qint64 ts, const QString &key, qint64 calls, double ms) {
            QJsonObject o;
            o.insert(QStringLiteral("d_calls"), calls);
            o.insert(QStringLiteral("d_ms"), ms);
            return history::Sample{ts, key, o};
        };
        // pid 101 runs query id 1001 and pid 102 query id 1002 (row() above).
        QVERIFY(store.appendBatch(server, kind,
                                  {delta(t0 + 3000, QStringLiteral("1001/5/10"), 4, 10.0),
                                   delta(t0 + 6000, QStringLiteral("1001/5/11"), 6, 30.0),
                                   delta(t0 + 6000, QStringLiteral("10011/5/10"), 1000, 1.0),   // another id
                                   delta(t0 + 60000, QStringLiteral("1001/5/10"), 50, 50.0)})); // outside
        const WindowData win = TimelineController::readWindow(store.database().connectionName(), server, t0,
                                                              t0 + 10000, std::nullopt, 10);
        const QList<TopEntry> queries = win.tops.value(int(Dim::Query));
        QCOMPARE(queries.size(), 2);
        const TopEntry *a = nullptr, *b = nullptr;
        for (const TopEntry &e : queries)
            (e.key.contains(QStringLiteral("t1")) ? a : b) = &e;
        QVERIFY(a && b);
        QCOMPARE(a->calls, 10);
        QCOMPARE(a->meanMs, 4.0);
        QCOMPARE(b->calls, -1); // nothing stored for 1002
        TopListModel model(Dim::Query);
        model.setEntries(queries);
        QCOMPARE(model.columnCount(), int(TopListModel::ColumnCount));
        const int rowA = int(a - queries.constData());
        QCOMPARE(model.index(rowA, TopListModel::Calls).data().toString(), QStringLiteral("10"));
        QVERIFY(model.index(rowA, TopListModel::MeanMs).data().toString().startsWith(QStringLiteral("4")));
        QCOMPARE(TopListModel(Dim::User).columnCount(), int(TopListModel::Calls));
    }

    void replayReadsTheMoment() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("replay.sqlite"))));
        SessionWriter w(store.database());
        QVERIFY(w.ensureSchema());
        SessionSample s;
        s.tsMs = 5'000;
        s.idle = 7;
        SessionRow a =
            row(11, QStringLiteral("active"), QStringLiteral("Timeout"), QStringLiteral("PgSleep"));
        a.xactStartMs = 4'000;
        a.queryStartMs = 4'500;
        SessionRow b =
            row(12, QStringLiteral("active"), QStringLiteral("Lock"), QStringLiteral("transactionid"), {13});
        b.waitStartMs = 4'900;
        b.lockMode = QStringLiteral("ShareLock");
        b.relation = QStringLiteral("transactionid");
        b.lockType = QStringLiteral("transactionid");
        b.transactionId = 48'213;
        SessionRow c =
            row(14, QStringLiteral("active"), QStringLiteral("Lock"), QStringLiteral("tuple"), {12});
        c.lockMode = QStringLiteral("ExclusiveLock");
        c.relation = QStringLiteral("orders");
        c.lockType = QStringLiteral("tuple");
        c.page = 0;
        c.tuple = 1;
        s.rows << a << b << row(13, QStringLiteral("idle in transaction")) << c;
        QVERIFY(w.writeSample(QStringLiteral("s"), s));
        SessionSample later = s;
        later.tsMs = 6'000;
        QVERIFY(w.writeSample(QStringLiteral("s"), later));
        SessionReader r(store.database().connectionName());
        const auto got = r.sampleAt(QStringLiteral("s"), 5'500);
        QVERIFY(got);
        for (auto &row : s.rows)
            row.queryId = 0; // the id lives in the dictionary, not in the row
        QCOMPARE(*got, s);
        // Replayed in Locks, the waits read as the live page reads them.
        const monitor::LockForest forest = toLockForest(*got);
        QHash<int, QString> targets;
        for (const monitor::LockNode &n : forest.nodes())
            if (n.isWaiting())
                targets.insert(n.session.pid, n.session.wait.target());
        QCOMPARE(targets.value(12), QStringLiteral("transaction 48213"));
        QCOMPARE(targets.value(14), QStringLiteral("row (0,1) of orders"));
        // A sample stored before the lock type was kept says what it knows.
        SessionSample old = *got;
        for (SessionRow &o : old.rows) {
            o.lockType.clear();
            o.transactionId = 0;
            o.page = o.tuple = -1;
        }
        const monitor::LockForest oldForest = toLockForest(old);
        for (const monitor::LockNode &n : oldForest.nodes())
            if (n.session.pid == 12)
                QCOMPARE(n.session.wait.target(), QStringLiteral("a transaction (id not recorded)"));
        QCOMPARE(r.neighbour(QStringLiteral("s"), 5'000, +1), 6'000);
        QCOMPARE(r.neighbour(QStringLiteral("s"), 5'000, -1), 0);
        QCOMPARE(r.servers(), QStringList{QStringLiteral("s")});
    }
};

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
