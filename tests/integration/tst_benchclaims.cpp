// The claim race on a real server: 32 couriers (coroutines, one event loop) on a 10/20
// pool racing for 500 new orders claim each exactly once, and every reported claim is in
// orders and order_events; the deliberately unsafe claim is caught double-claiming; a
// real deadlock fails the check; the pool hands connections over first-come first-served;
// every other scenario runs without errors.
#include "sandbox.h"
#include "testutil.h"

#include "bench/claimcheck.h"
#include "bench/connectionpool.h"
#include "bench/runner.h"
#include "demo/generator.h"

#include <QSignalSpy>
#include <QTest>

class TestBenchClaims : public QObject {
    Q_OBJECT
    QString m_dsn;

    // 2,000 generated orders, none of them new, then exactly 500 new ones on top.
    void fiveHundredNewOrders() {
        bool ok = false;
        sandbox::psql(
            QStringLiteral(
                "UPDATE orders SET status = 'cancelled', cancelled_at = now() WHERE status = 'new';"
                "INSERT INTO orders (status, store_id, pickup_address, delivery_address, boxes_count) "
                "SELECT 'new', 1 + i % 200, 'pickup ' || i, 'delivery ' || i, 1 "
                "FROM generate_series(1, 500) AS i"),
            QStringLiteral("bench_claims"), &ok);
        QVERIFY(ok);
        QCOMPARE(sandbox::psql(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'new'"),
                               QStringLiteral("bench_claims"))
                     .trimmed(),
                 QStringLiteral("500"));
    }

    bench::RunResult run(bench::Scenario s, int couriers, int seconds, int poolMin = 10, int poolMax = 20) {
        bench::RunConfig c;
        c.scenario = s;
        c.couriers = couriers;
        c.durationS = seconds;
        c.poolMin = poolMin;
        c.poolMax = poolMax;
        bench::Runner runner(pg::ConnInfo(m_dsn), c);
        return QCoro::waitFor(runner.run());
    }

private Q_SLOTS:
    void initTestCase() {
        m_dsn = sandbox::createDatabase(QStringLiteral("bench_claims"));
        demo::Generator g;
        demo::Generator::Options o;
        o.orders = 2000;
        o.batch = 1000;
        const auto err = QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o));
        QVERIFY2(!err, err ? qPrintable(err->toString()) : "");
    }

    void thirtyTwoCouriersClaimEachOrderOnce() {
        fiveHundredNewOrders();
        const bench::RunResult r = run(bench::Scenario::Claim, 32, 120);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // They ran out of orders long before the two minutes were up.
        QVERIFY2(r.note.contains(QStringLiteral("Every new order was claimed")), qPrintable(r.note));
        QCOMPARE(r.claims.claimed, qint64(500));
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        // They competed for the same top orders: some claims found the order gone.
        QVERIFY(r.claims.notAvailable > 0);
        QCOMPARE(r.claims.skippedLocked + r.claims.alreadyTaken, r.claims.notAvailable);
        QCOMPARE(r.claims.attempts, r.claims.claimed + r.claims.notAvailable);
        QCOMPARE(r.claims.deadlocks, qint64(0));
        // The database agrees.
        QVERIFY(r.check.performed);
        QVERIFY2(r.check.ok, qPrintable(r.check.summary()));
        QCOMPARE(r.check.reported, qint64(500));
        QCOMPARE(r.check.reportedOrders, qint64(500));
        QCOMPARE(r.check.storedEvents, qint64(500));
        QCOMPARE(r.check.doubleClaims, qint64(0));
        const QString db = QStringLiteral("bench_claims");
        QCOMPARE(
            sandbox::psql(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'new'"), db).trimmed(),
            QStringLiteral("0"));
        QCOMPARE(sandbox::psql(
                     QStringLiteral(
                         "SELECT count(*) FROM (SELECT order_id FROM order_events WHERE type = "
                         "'assigned' AND payload->>'run' = '%1' GROUP BY order_id HAVING count(*) > 1) x")
                         .arg(r.id),
                     db)
                     .trimmed(),
                 QStringLiteral("0"));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT count(DISTINCT courier_id) > 1 FROM orders o JOIN order_events e "
                                    "ON e.order_id = o.id WHERE e.payload->>'run' = '%1'")
                         .arg(r.id),
                     db)
                     .trimmed(),
                 QStringLiteral("t"));
        // Timed per request, with the pool wait apart; the pool stayed inside 10..20.
        QVERIFY(r.latency(QStringLiteral("claim")));
        QCOMPARE(r.latency(QStringLiteral("claim"))->count, qint64(500));
        QVERIFY(r.latency(QStringLiteral("list_new"))->count > 0);
        QVERIFY(r.latency(QStringLiteral("claim_miss"))->count > 0);
        QVERIFY(r.poolWait.count > 0);
        QVERIFY(r.poolPeakInUse <= 20);
        QVERIFY(r.poolOpened >= 10 && r.poolOpened <= 20);
        QVERIFY(!r.timeline.isEmpty());
    }

    void unsafeClaimIsCaughtDoubleClaiming() {
        fiveHundredNewOrders();
        const bench::RunResult r = run(bench::Scenario::ClaimUnsafe, 32, 120);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.check.performed);
        // The check must catch it: if the unsafe variant ever passes, this test fails.
        QVERIFY2(!r.check.ok, qPrintable(r.check.summary()));
        QVERIFY2(r.check.doubleClaims > 0, qPrintable(r.check.summary()));
        QVERIFY(r.check.reported > r.check.reportedOrders); // two couriers both told "yours"
        QVERIFY(r.check.notInOrders > 0);                   // only one of them got the order
        QVERIFY(!r.check.examples.isEmpty());
        QVERIFY(r.check.summary().startsWith(QStringLiteral("FAILED")));
        qInfo("unsafe claim: %s", qPrintable(r.check.summary()));
    }

    void aDeadlockFailsTheCheck() {
        // Two sessions lock two orders in opposite order: the server kills one (40P01).
        const QString db = QStringLiteral("bench_claims");
        const QString before =
            sandbox::psql(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = "
                                         "current_database()"),
                          db)
                .trimmed();
        auto a = testutil::connect(m_dsn);
        auto b = testutil::connect(m_dsn);
        QVERIFY(a->isReady() && b->isReady());
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*b, QStringLiteral("BEGIN"));
        testutil::exec(*a, QStringLiteral("UPDATE orders SET updated_at = now() WHERE id = 1"));
        testutil::exec(*b, QStringLiteral("UPDATE orders SET updated_at = now() WHERE id = 2"));
        auto ta = a->query(QStringLiteral("UPDATE orders SET updated_at = now() WHERE id = 2"));
        auto tb = b->query(QStringLiteral("UPDATE orders SET updated_at = now() WHERE id = 1"));
        const pg::Result ra = QCoro::waitFor(std::move(ta));
        const pg::Result rb = QCoro::waitFor(std::move(tb));
        QVERIFY(!ra.ok() || !rb.ok());
        const pg::Error e = ra.ok() ? *rb.error() : *ra.error();
        QCOMPARE(e.sqlState, QStringLiteral("40P01"));
        testutil::exec(*a, QStringLiteral("ROLLBACK"));
        testutil::exec(*b, QStringLiteral("ROLLBACK"));
        testutil::exec(*a, QStringLiteral("SELECT pg_stat_force_next_flush()"));
        testutil::exec(*b, QStringLiteral("SELECT pg_stat_force_next_flush()"));
        a->close();
        b->close();
        auto checker = testutil::connect(m_dsn);
        bench::CheckResult r;
        QVERIFY(testutil::waitUntil(
            [&] {
                r = QCoro::waitFor(bench::ClaimCheck::run(checker.get(), QStringLiteral("no-such-run"), {},
                                                          before.toLongLong(), 0));
                return r.deadlocks > 0;
            },
            15000));
        QVERIFY(!r.ok);
        QVERIFY(r.summary().contains(QStringLiteral("deadlock")));
    }

    void poolHandsConnectionsOverInOrder() {
        bench::ConnectionPool::Options o;
        o.minSize = 2;
        o.maxSize = 3;
        bench::ConnectionPool pool(pg::ConnInfo(m_dsn), o);
        QVERIFY(!QCoro::waitFor(pool.start()));
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.idleCount(), 2);
        QList<pg::Connection *> got;
        auto c1 = pool.acquire();
        auto c2 = pool.acquire();
        auto c3 = pool.acquire(); // opens the third
        got << QCoro::waitFor(std::move(c1)) << QCoro::waitFor(std::move(c2))
            << QCoro::waitFor(std::move(c3));
        QCOMPARE(pool.size(), 3);
        QCOMPARE(pool.inUse(), 3);
        for (auto *c : got)
            QVERIFY(c && c->isReady());
        // Two more must wait, first come first served.
        QList<int> order;
        auto w1 = pool.acquire();
        auto w2 = pool.acquire();
        QCOMPARE(pool.waiting(), 2);
        QCoro::connect(std::move(w1), &pool, [&](pg::Connection *c) {
            order << 1;
            got << c;
        });
        QCoro::connect(std::move(w2), &pool, [&](pg::Connection *c) {
            order << 2;
            got << c;
        });
        pool.release(got[1]);
        QVERIFY(testutil::waitUntil([&] { return order.size() == 1; }));
        QCOMPARE(order, QList<int>{1});
        QCOMPARE(got.last(), got[1]); // the very connection that was given back
        pool.release(got[0]);
        QVERIFY(testutil::waitUntil([&] { return order.size() == 2; }));
        QCOMPARE(order, (QList<int>{1, 2}));
        QCOMPARE(pool.size(), 3);
        QCOMPARE(pool.peakInUse(), 3);
        QCOMPARE(pool.opened(), 3);
        // Closing the pool answers waiters with nullptr.
        auto late = pool.acquire();
        pool.close();
        QVERIFY(!QCoro::waitFor(std::move(late)));
    }

    void everyScenarioRunsCleanly_data() {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QStringList>("queries");
        QTest::addRow("list_new") << int(bench::Scenario::ListNew) << QStringList{QStringLiteral("list_new")};
        QTest::addRow("list_status") << int(bench::Scenario::ListStatus)
                                     << QStringList{QStringLiteral("list_status")};
        QTest::addRow("get_order") << int(bench::Scenario::GetOrder)
                                   << QStringList{QStringLiteral("get_order")};
        QTest::addRow("create_order")
            << int(bench::Scenario::CreateOrder) << QStringList{QStringLiteral("create_order")};
        QTest::addRow("courier_orders")
            << int(bench::Scenario::CourierOrders) << QStringList{QStringLiteral("courier_orders")};
        QTest::addRow("mixed") << int(bench::Scenario::Mixed)
                               << QStringList{QStringLiteral("list_new"), QStringLiteral("get_order"),
                                              QStringLiteral("create_order"),
                                              QStringLiteral("courier_orders")};
    }
    void everyScenarioRunsCleanly() {
        QFETCH(int, scenario);
        QFETCH(QStringList, queries);
        fiveHundredNewOrders();
        const bench::RunResult r = run(bench::Scenario(scenario), 6, 2, 2, 4);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        for (const QString &q : queries) {
            const bench::LatencySummary *s = r.latency(q);
            QVERIFY2(s && s->count > 0, qPrintable(q));
            QCOMPARE(s->errors, qint64(0));
            QVERIFY(s->p50 <= s->p95 && s->p95 <= s->p99 && s->p99 <= s->max);
            QCOMPARE(s->histogram.total(), s->count);
        }
        QVERIFY(r.poolPeakInUse <= 4);
        QCOMPARE(r.check.performed, bench::scenarioClaims(bench::Scenario(scenario)));
        if (r.check.performed)
            QVERIFY2(r.check.ok, qPrintable(r.check.summary()));
    }

    void missingSchemaIsAClearError() {
        bench::RunConfig c;
        c.durationS = 1;
        bench::Runner runner(pg::ConnInfo(sandbox::createDatabase(QStringLiteral("bench_empty"))), c);
        const bench::RunResult r = QCoro::waitFor(runner.run());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("pgdba demo init")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestBenchClaims)
#include "tst_benchclaims.moc"
