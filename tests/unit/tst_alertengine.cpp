// The alert evaluator (alerts::Engine) on synthetic series: duration, hysteresis (no flapping at
// the threshold), muting, scope, missing values, removed rules, restored alerts; rules in
// settings; the alert history (alerts::AlertStore) in a real SQLite store.
#include "alerts/alertmonitor.h"
#include "alerts/alertsmodel.h"
#include "alerts/alertstore.h"
#include "alerts/engine.h"
#include "alerts/rule.h"
#include "history/store.h"
#include "plans/planstore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace alerts;

namespace {
Rule rule(const QString &id, Comparison c, double threshold, qint64 forMs, double margin = -1) {
    Rule r;
    r.id = id;
    r.name = id;
    r.metric = QString::fromLatin1(metric::ConnectionsPct);
    r.comparison = c;
    r.threshold = threshold;
    r.forMs = forMs;
    r.margin = margin;
    return r;
}

Values v(double x) {
    return {{QString::fromLatin1(metric::ConnectionsPct), x}};
}

struct Counts {
    int fired = 0;
    int resolved = 0;
};

// Feeds the series (one value per stepMs) and counts the transitions.
Counts run(Engine &e, const QList<double> &series, qint64 stepMs, qint64 t0 = 1000000,
           const QString &server = QStringLiteral("s:5432")) {
    Counts c;
    qint64 t = t0;
    for (double x : series) {
        for (const Transition &tr : e.evaluate(server, {}, t, std::isnan(x) ? Values{} : v(x)))
            (tr.kind == Transition::Fired ? c.fired : c.resolved)++;
        t += stepMs;
    }
    return c;
}
} // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test-alertengine"));
    }

    void valueAtThresholdDoesNotFlap() {
        // Jitter around the threshold (80 ± 1, margin 4): fires once at the first breach, never
        // resolves while the value sits there, resolves once when it goes below 76.
        Engine e;
        e.setRules({rule(QStringLiteral("r"), Comparison::Above, 80, 0)});
        QList<double> series;
        for (int i = 0; i < 200; ++i)
            series << (i % 2 ? 81.0 : 79.0) + 0.001 * (i % 7);
        Counts c = run(e, series, 1000);
        QCOMPARE(c.fired, 1);
        QCOMPARE(c.resolved, 0);
        QVERIFY(e.isFiring(QStringLiteral("s:5432"), QStringLiteral("r")));
        c = run(e, {77, 76.5, 76.01}, 1000, 2000000); // inside the margin: still open
        QCOMPARE(c.resolved, 0);
        c = run(e, {75, 74, 79}, 1000, 3000000);
        QCOMPARE(c.resolved, 1);
        QCOMPARE(c.fired, 0);
        c = run(e, {81, 79, 77, 70}, 1000, 4000000); // a new breach: forMs 0 fires at once
        QCOMPARE(c.fired, 1);
        QCOMPARE(c.resolved, 1);
    }

    void jitterShorterThanDurationNeverFires() {
        // "for 10 s" with a value crossing the threshold every 3 s: the wait restarts each time.
        Engine e;
        e.setRules({rule(QStringLiteral("r"), Comparison::Above, 80, 10000)});
        QList<double> series;
        for (int i = 0; i < 300; ++i)
            series << ((i / 3) % 2 ? 80.5 : 79.5);
        const Counts c = run(e, series, 1000);
        QCOMPARE(c.fired, 0);
        QCOMPARE(c.resolved, 0);
    }

    void durationHoldsBeforeFiringAndClearing() {
        Engine e;
        e.setRules({rule(QStringLiteral("r"), Comparison::Above, 80, 5000)});
        // 90 for 4 s: nothing; the reading 5 s after the first fires.
        Counts c = run(e, {90, 90, 90, 90, 90, 50}, 1000);
        QCOMPARE(c.fired, 0);
        c = run(e, {90, 90, 90, 90, 90, 90}, 1000, 1500000);
        QCOMPARE(c.fired, 1);
        c = run(e, {50, 50, 50, 50, 50}, 1000, 2000000); // clear for 4 s: still open
        QCOMPARE(c.resolved, 0);
        c = run(e, {50}, 1000, 2005000); // 5 s after the first clear reading
        QCOMPARE(c.resolved, 1);
        // One bad reading during the clear wait restarts it.
        e = Engine();
        e.setRules({rule(QStringLiteral("r"), Comparison::Above, 80, 2000)});
        c = run(e, {90, 90, 90, 10, 10, 85, 10, 10, 10}, 1000);
        QCOMPARE(c.fired, 1);
        QCOMPARE(c.resolved, 1);
    }

    void belowWithAbsoluteMargin() {
        // Cache hit under 99 % with a margin of 0.5 points.
        Engine e;
        e.setRules({rule(QStringLiteral("cache"), Comparison::Below, 99, 0, 0.5)});
        Counts c = run(e, {99.5, 98.9, 99.1, 99.4, 98.99, 99.2}, 1000);
        QCOMPARE(c.fired, 1);
        QCOMPARE(c.resolved, 0);
        c = run(e, {99.5}, 1000, 2000000);
        QCOMPARE(c.resolved, 1);
    }

    void missingValuesChangeNothing() {
        const double nan = std::nan("");
        Engine e;
        e.setRules({rule(QStringLiteral("r"), Comparison::Above, 80, 3000)});
        Counts c = run(e, {90, nan, nan, 90, nan, 90}, 1000);
        QCOMPARE(c.fired, 1); // 90 at 0 s and 3 s: held for 3 s
        c = run(e, {nan, nan, nan}, 1000, 2000000);
        QCOMPARE(c.resolved, 0);
    }

    void mutedAndScoped() {
        Engine e;
        Rule r = rule(QStringLiteral("r"), Comparison::Above, 80, 0);
        r.muted = true;
        e.setRules({r});
        QCOMPARE(run(e, {90, 95, 99}, 1000).fired, 0);
        r.muted = false;
        r.servers = {QStringLiteral("prod")};
        e.setRules({r});
        QCOMPARE(run(e, {90}, 1000).fired, 0); // server s:5432 without a name: out of scope
        QCOMPARE(e.evaluate(QStringLiteral("s:5432"), QStringLiteral("prod"), 5, v(90)).size(), 1);
        // Muting an open alert's rule: the alert still resolves.
        r.muted = true;
        e.setRules({r});
        const auto t = e.evaluate(QStringLiteral("s:5432"), QStringLiteral("prod"), 10, v(10));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().kind, Transition::Resolved);
    }

    void removedRuleResolvesRestoredAlertResolves() {
        Engine e;
        e.setRules({rule(QStringLiteral("a"), Comparison::Above, 80, 0)});
        e.restoreOpen(QStringLiteral("s:5432"), QStringLiteral("a"), 42);
        // Still bad after a restart: no second alert.
        QCOMPARE(run(e, {90, 91}, 1000).fired, 0);
        auto t = e.evaluate(QStringLiteral("s:5432"), {}, 5000000, v(10));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().alertId, qint64(42));
        e.restoreOpen(QStringLiteral("s:5432"), QStringLiteral("gone"), 43);
        t = e.evaluate(QStringLiteral("s:5432"), {}, 5001000, v(10));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().kind, Transition::Resolved);
        QCOMPARE(t.first().alertId, qint64(43));
    }

    void defaultsAndSettings() {
        const QList<Rule> defaults = defaultRules();
        QCOMPARE(defaults.size(), 10);
        QSet<QString> ids, metrics;
        for (const Rule &r : defaults) {
            ids << r.id;
            metrics << r.metric;
            QVERIFY2(metricInfo(r.metric), qPrintable(r.metric));
            QVERIFY(!r.conditionText().isEmpty());
            QCOMPARE(Rule::fromJson(r.toJson()), r);
        }
        QCOMPARE(ids.size(), 10);
        QCOMPARE(metrics.size(), 10);
        QSettings s;
        s.remove(QStringLiteral("alerts"));
        QCOMPARE(loadRules(s), defaults);
        QList<Rule> mine = defaults;
        mine[1].threshold = 70;
        mine[1].muted = true;
        mine.append(rule(QStringLiteral("custom"), Comparison::Below, 5, 60000, 1));
        saveRules(s, mine);
        QCOMPARE(loadRules(s), mine);
        // A list saved before a rule was shipped gets it; one the user removed stays removed.
        QList<Rule> older = mine;
        older.removeIf([](const Rule &r) { return r.id == QLatin1String("plan_regression"); });
        saveRules(s, older);
        s.remove(QStringLiteral("alerts/shippedRules")); // as wave 1 saved it: no such key
        const QList<Rule> upgraded = loadRules(s);
        QCOMPARE(upgraded.size(), older.size() + 1);
        QCOMPARE(upgraded.last().id, QStringLiteral("plan_regression"));
        QCOMPARE(upgraded.first(), older.first()); // the user's own are kept as they were
        saveRules(s, older); // removed by the user now: the list knows every shipped rule
        QCOMPARE(loadRules(s), older);
        saveHookCommand(s, QStringLiteral("/usr/bin/mailer --to 'dba team'"));
        QCOMPARE(loadHookCommand(s), QStringLiteral("/usr/bin/mailer --to 'dba team'"));
        QCOMPARE(durationText(120000), QStringLiteral("2 min"));
        QCOMPARE(formatValue(QString::fromLatin1(metric::ConnectionsPct), 85), QStringLiteral("85 %"));
    }

    void storeFireAckResolveAcrossReopen() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("h.sqlite"));
        qint64 id = 0;
        {
            history::Store store;
            QVERIFY(store.open(file));
            AlertStore as(&store);
            QVERIFY2(as.isReady(), qPrintable(as.lastError()));
            Alert a;
            a.server = QStringLiteral("db1:5432");
            a.ruleId = QStringLiteral("connections");
            a.ruleName = QStringLiteral("Connections");
            a.metric = QString::fromLatin1(metric::ConnectionsPct);
            a.severity = Severity::Critical;
            a.threshold = 80;
            a.firedMs = 1000;
            a.firedValue = 85;
            id = as.fire(a);
            QVERIFY(id > 0);
            a.server = QStringLiteral("db2:5432");
            a.severity = Severity::Warning;
            a.firedMs = 5000;
            const qint64 id2 = as.fire(a);
            QVERIFY(id2 > id);
            QVERIFY(as.acknowledge(id, QStringLiteral("alice"), 2000));
            QVERIFY(!as.acknowledge(id, QStringLiteral("bob"), 3000)); // the first one stays
            QVERIFY(as.resolve(id2, 6000, 10));
            QVERIFY(!as.resolve(id2, 7000, 10));
            QCOMPARE(as.open().size(), 1);
            QCOMPARE(as.recent().size(), 2);
        }
        history::Store store;
        QVERIFY(store.open(file));
        AlertStore as(&store);
        const auto a = as.alert(id);
        QVERIFY(a);
        QVERIFY(a->isOpen());
        QCOMPARE(a->ackedBy, QStringLiteral("alice"));
        QCOMPARE(a->ackedMs, qint64(2000));
        const QString conn = store.database().connectionName();
        QCOMPARE(AlertStore::readFired(conn, QStringLiteral("db1:5432"), 0, 2000).size(), 1);
        QCOMPARE(AlertStore::readFired(conn, QStringLiteral("db1:5432"), 1001, 9000).size(), 0);
        QCOMPARE(AlertStore::readFired(conn, {}, 0, 9000).size(), 2);
        const auto summary = AlertStore::readOpenSummary(conn);
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.value(QStringLiteral("db1:5432")).open, 1);
        QCOMPARE(summary.value(QStringLiteral("db1:5432")).unacknowledged, 0);
        QCOMPARE(summary.value(QStringLiteral("db1:5432")).worst, int(Severity::Critical));

        AlertsModel model;
        QAbstractItemModelTester tester(&model);
        model.setAlerts(as.recent());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.openCount(), 1);
        QVERIFY(model.data(model.index(0, AlertsModel::Acknowledged))
                    .toString()
                    .contains(QStringLiteral("alice")));
        RulesModel rules;
        QAbstractItemModelTester rulesTester(&rules);
        rules.setRules(defaultRules());
        QCOMPARE(rules.rowCount(), 10);
    }

    // A plan change whose new shape runs slower: the plan history gives the rise of the mean, and
    // the shipped rule (over 50 %) fires on it and resolves when the plan comes back.
    void planChangeWithARegressionFires() {
        QTemporaryDir dir;
        history::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("plans.sqlite"))));
        plans::PlanStore plans(store.database().connectionName());
        QVERIFY(plans.ensureSchema());
        const QString server = QStringLiteral("db:5432");
        plans::Capture index, seq;
        index.outcome = seq.outcome = plans::Capture::Outcome::Captured;
        index.fingerprint = QStringLiteral("aaaaaaaaaaaaaaaa");
        index.shape = QStringLiteral("Limit(Index Scan using t_idx on t)");
        seq.fingerprint = QStringLiteral("bbbbbbbbbbbbbbbb");
        seq.shape = QStringLiteral("Limit(Sort(Seq Scan on t))");
        index.planJson = seq.planJson = QStringLiteral("[]");
        index.method = seq.method = QStringLiteral("generic (PREPARE)");
        QVERIFY(plans.record(server, 7, QStringLiteral("SELECT 1"), index, 1000, 2.0, 100));
        QVERIFY(plans.record(server, 7, QStringLiteral("SELECT 1"), index, 2000, 2.0, 200));
        // No change yet: nothing rose.
        QCOMPARE(alerts::planRegressionPct(
                     plans::PlanStore::readChanges(store.database().connectionName(), server)),
                 0.0);
        QVERIFY(plans.record(server, 7, QStringLiteral("SELECT 1"), seq, 3000, 9.0, 300));
        qint64 which = 0;
        const double rise = alerts::planRegressionPct(
            plans::PlanStore::readChanges(store.database().connectionName(), server), &which);
        QCOMPARE(rise, 350.0);
        QCOMPARE(which, qint64(7));
        Rule rule;
        for (const Rule &r : defaultRules())
            if (r.metric == QLatin1String(metric::PlanRegressionPct))
                rule = r;
        QCOMPARE(rule.id, QStringLiteral("plan_regression"));
        QVERIFY(rule.breached(rise));
        Engine e;
        e.setRules({rule});
        QCOMPARE(e.evaluate(server, {}, 10, {{QString::fromLatin1(metric::PlanRegressionPct), rise}}).size(),
                 1);
        // A change back to a faster plan is not a regression.
        QVERIFY(plans.record(server, 7, QStringLiteral("SELECT 1"), index, 4000, 2.0, 400));
        QVERIFY(alerts::planRegressionPct(
                    plans::PlanStore::readChanges(store.database().connectionName(), server, 3500)) <= 0.0);
        store.close();
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
