// The statements model and its filter proxy under QAbstractItemModelTester: refreshes that
// add, update and remove rows, sorting, the slow threshold, filters, selection following a
// statement through re-sorts.
#include "monitor/statementfilterproxy.h"
#include "monitor/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace monitor;

namespace {
StatementRow row(qint64 queryid, qint64 calls, double totalMs, const QString &db, const QString &user,
                 const QString &text) {
    StatementRow r;
    r.totals.key = {10, 5, queryid, true, false};
    r.totals.calls = calls;
    r.totals.totalExecMs = totalMs;
    r.totals.meanExecMs = calls ? totalMs / double(calls) : 0;
    r.totals.database = db;
    r.totals.user = user;
    r.totals.sharedHit = 90;
    r.totals.sharedRead = 10;
    r.text = text;
    return r;
}

StatementSnapshot snapshot(QList<StatementRow> rows, double windowSeconds = 0) {
    StatementSnapshot s;
    double total = 0;
    for (const auto &r : rows)
        total += r.totals.totalExecMs;
    for (auto &r : rows) {
        r.shareOfTotal = total > 0 ? r.totals.totalExecMs / total : 0;
        r.hasWindow = windowSeconds > 0;
    }
    s.rows = rows;
    s.totalExecMs = total;
    s.windowSeconds = windowSeconds;
    return s;
}

QList<qint64> order(const QAbstractItemModel &m) {
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.index(r, 0).data(StatementModel::QueryIdRole).toLongLong();
    return ids;
}
} // namespace

class TestStatementModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refreshesUnderTester() {
        StatementModel model;
        StatementFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setSnapshot(snapshot(
            {row(1, 500, 50, QStringLiteral("shop"), QStringLiteral("app"), QStringLiteral("SELECT 1")),
             row(2, 20, 4000, QStringLiteral("shop"), QStringLiteral("app"),
                 QStringLiteral("SELECT pg_sleep($1)")),
             row(3, 7, 70, QStringLiteral("crm"), QStringLiteral("bob"),
                 QStringLiteral("UPDATE t SET x = $1"))}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(order(model), (QList<qint64>{2, 3, 1})); // by total time, largest first
        QCOMPARE(model.index(0, StatementModel::Share).data().toString(), QStringLiteral("97.1 %"));
        QCOMPARE(model.index(0, StatementModel::MeanTime).data().toString(), QStringLiteral("200.00 ms"));
        QCOMPARE(model.index(0, StatementModel::HitRatio).data().toString(), QStringLiteral("90.00 %"));
        QCOMPARE(model.index(0, StatementModel::CallsPerSec).data().toString(),
                 QStringLiteral("—")); // no window yet

        // Keep a persistent index on statement 3, then refresh: 1 gone, 4 new, 3 grows to the top.
        QPersistentModelIndex p3 = model.index(1, 0);
        QCOMPARE(p3.data(StatementModel::QueryIdRole).toLongLong(), 3);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSnapshot(snapshot(
            {row(2, 21, 4100, QStringLiteral("shop"), QStringLiteral("app"),
                 QStringLiteral("SELECT pg_sleep($1)")),
             row(3, 70, 9000, QStringLiteral("crm"), QStringLiteral("bob"),
                 QStringLiteral("UPDATE t SET x = $1")),
             row(4, 1, 1, QStringLiteral("crm"), QStringLiteral("app"), QStringLiteral("DELETE FROM t"))},
            10));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(order(model), (QList<qint64>{3, 2, 4}));
        QVERIFY(p3.isValid());
        QCOMPARE(p3.row(), 0);
        QCOMPARE(p3.data(StatementModel::QueryIdRole).toLongLong(), 3);
        QCOMPARE(model.index(0, StatementModel::Calls).data().toString(), QStringLiteral("70"));
        QVERIFY(model.index(0, StatementModel::CallsPerSec).data().toString() != QStringLiteral("—"));
    }

    void sortsEveryColumn() {
        StatementModel model;
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(
            snapshot({row(1, 500, 50, QStringLiteral("b"), QStringLiteral("z"), QStringLiteral("select b")),
                      row(2, 20, 4000, QStringLiteral("a"), QStringLiteral("y"), QStringLiteral("select a")),
                      row(3, 70, 70, QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("select c"))},
                     5));
        for (int c = 0; c < StatementModel::ColumnCount; ++c) {
            for (auto o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(c, o);
                for (int r = 1; r < model.rowCount(); ++r) {
                    const QVariant a = model.index(r - 1, c).data(StatementModel::SortRole);
                    const QVariant b = model.index(r, c).data(StatementModel::SortRole);
                    const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                    : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                           : 0;
                    QVERIFY2(o == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(StatementModel::columnTitle(c)));
                }
            }
        }
        model.sort(StatementModel::Calls, Qt::DescendingOrder);
        QCOMPARE(order(model), (QList<qint64>{1, 3, 2}));
        model.sort(StatementModel::MeanTime, Qt::DescendingOrder);
        QCOMPARE(order(model), (QList<qint64>{2, 3, 1}));
    }

    void slowThresholdAndFilters() {
        StatementModel model;
        StatementFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({row(1, 500, 50, QStringLiteral("shop"), QStringLiteral("app"),
                                        QStringLiteral("SELECT * FROM orders WHERE id = $1")),
                                    row(2, 20, 4000, QStringLiteral("shop"), QStringLiteral("app"),
                                        QStringLiteral("SELECT pg_sleep($1)")),
                                    row(3, 7, 770, QStringLiteral("crm"), QStringLiteral("bob"),
                                        QStringLiteral("UPDATE t SET x = $1"))}));
        QCOMPARE(model.slowCount(), 2); // 200 ms and 110 ms means are above 100 ms
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSlowThresholdMs(150);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.slowCount(), 1);
        QVERIFY(model.index(model.rowOf({10, 5, 2, true, false}), 0).data(StatementModel::SlowRole).toBool());

        proxy.setDatabase(QStringLiteral("shop"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setUser(QStringLiteral("bob"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setDatabase({});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setUser({});
        proxy.setText(QStringLiteral("orders"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(StatementModel::QueryIdRole).toLongLong(), 1);
        proxy.setText(QStringLiteral("SELECT"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOnlySlow(true);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setOnlySlow(false);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 3);

        // Sorting through the proxy sorts the source; filtered rows keep that order.
        proxy.sort(StatementModel::Calls, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(StatementModel::Calls));
        QCOMPARE(order(proxy), (QList<qint64>{3, 2, 1}));
    }

    void resetIsAModelReset() {
        StatementModel model;
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<StatementRow> many;
        for (int i = 1; i <= 300; ++i)
            many << row(i, i, i, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("q%1").arg(i));
        model.setSnapshot(snapshot(many));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // After pg_stat_statements_reset() nearly every key is gone at once.
        model.setSnapshot(snapshot(
            {row(1000, 1, 1, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("SELECT 1"))}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setSnapshot(snapshot({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void formats() {
        QCOMPARE(StatementModel::formatMs(0.1234), QStringLiteral("0.123 ms"));
        QCOMPARE(StatementModel::formatMs(12.345), QStringLiteral("12.35 ms"));
        QCOMPARE(StatementModel::formatMs(2500), QStringLiteral("2.50 s"));
        QCOMPARE(StatementModel::formatMs(150000), QStringLiteral("2.5 min"));
        QCOMPARE(StatementModel::formatMs(5400000), QStringLiteral("1.50 h"));
        StatementRow hidden;
        hidden.totals.key.hidden = true;
        hidden.totals.hiddenCount = 3;
        hidden.totals.user = QStringLiteral("app");
        hidden.totals.database = QStringLiteral("shop");
        QVERIFY(StatementModel::oneLine(hidden).contains(QStringLiteral("3 statement")));
        StatementRow longText =
            row(1, 1, 1, {}, {},
                QStringLiteral("SELECT\n   a,\n   b FROM   t ") + QString(400, QLatin1Char('x')));
        const QString line = StatementModel::oneLine(longText, 40);
        QCOMPARE(line.size(), 40);
        QVERIFY(line.startsWith(QStringLiteral("SELECT a, b FROM t x")));
        // Leading comments are skipped for the one-line form (the full text keeps them).
        const StatementRow commented =
            row(2, 1, 1, {}, {}, QStringLiteral("-- what pgdba reads\n/* v2 */ SELECT 1"));
        QCOMPARE(StatementModel::oneLine(commented), QStringLiteral("SELECT 1"));
        const StatementRow onlyComment = row(3, 1, 1, {}, {}, QStringLiteral("-- nothing else"));
        QCOMPARE(StatementModel::oneLine(onlyComment), QStringLiteral("-- nothing else"));
    }
};

QTEST_GUILESS_MAIN(TestStatementModel)
#include "tst_statementmodel.moc"
