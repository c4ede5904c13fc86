// The Alerts page offscreen against the real sandbox: a rule (saved in the settings, threshold
// lowered) fires on a transaction really left open; the alert is listed, the tab badge and the
// tray icon show it, and with no desktop notification service the tray shows the balloon; the
// page acknowledges it (confirmation naming the alert, server and user) and mutes its rule
// (saved); the alert still resolves when the transaction ends. The rule dialog builds the rule
// from its fields. The page is grabbed to PNGs (light and dark).
#include "sandbox.h"
#include "testutil.h"

#include "alerts/alertservice.h"
#include "alerts/alertsmodel.h"
#include "alerts/alertspage.h"
#include "alerts/alerttray.h"
#include "alerts/notifier.h"
#include "alerts/rule.h"
#include "alerts/ruledialog.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestAlertsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no notification service: the tray fallback
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test-alerts"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-alerts"));
    }

    void ruleDialogBuildsTheRule() {
        alerts::Rule r = alerts::defaultRules().at(1);
        ui::RuleDialog d(r, false);
        d.findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(QStringLiteral("Pool almost full"));
        d.findChild<QDoubleSpinBox *>(QStringLiteral("ruleThreshold"))->setValue(70);
        d.findChild<QSpinBox *>(QStringLiteral("ruleDuration"))->setValue(120);
        auto *sev = d.findChild<QComboBox *>(QStringLiteral("ruleSeverity"));
        sev->setCurrentIndex(1);
        d.findChild<QLineEdit *>(QStringLiteral("ruleServers"))->setText(QStringLiteral("prod, db2:5432"));
        const alerts::Rule out = d.rule();
        QCOMPARE(out.id, r.id);
        QCOMPARE(out.name, QStringLiteral("Pool almost full"));
        QCOMPARE(out.threshold, 70.0);
        QCOMPARE(out.forMs, qint64(120000));
        QCOMPARE(out.severity, alerts::Severity::Critical);
        QCOMPARE(out.servers, (QStringList{QStringLiteral("prod"), QStringLiteral("db2:5432")}));
        QCOMPARE(out.conditionText(), QStringLiteral("Connections of max_connections over 70 % for 2 min"));
        ui::RuleDialog fresh(alerts::Rule{}, true);
        QVERIFY(fresh.rule().id.startsWith(QStringLiteral("custom-")));
    }

    void firesAcknowledgeMuteResolve() {
        alerts::Rule rule = alerts::defaultRules().at(3); // long transaction
        QCOMPARE(rule.id, QStringLiteral("long_transaction"));
        rule.threshold = 1;
        {
            QSettings s;
            alerts::saveRules(s, {rule});
        }
        ui::Theme theme;
        theme.setMode(ui::Theme::Mode::Light, false);
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("p.ini")));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::AlertsPage *>(w.page(QStringLiteral("alerts")));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->alertsView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->service()->rules().size(), 1);
        QCOMPARE(page->rulesView()->model()->rowCount(), 1);
        page->service()->setIntervalMs(200);
        QVERIFY(w.showPage(QStringLiteral("alerts")));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn())));

        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("alerts page open transaction"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("SELECT txid_current()"));
        QVERIFY(testutil::waitUntil([&] { return page->model()->openCount() == 1; }, 20000));
        QCOMPARE(page->badge(), QStringLiteral("1"));
        QCOMPARE(page->tray()->worst(), int(alerts::Severity::Warning));
        QVERIFY(page->tray()->toolTip().contains(QStringLiteral("Long transaction")));
        QVERIFY(testutil::waitUntil([&] { return page->tray()->messagesShown() >= 1; }, 10000));
        QCOMPARE(page->notifier()->deliveredCount(), 0);

        // Acknowledge, with a confirmation that says what and as whom.
        QString asked;
        page->setConfirm([&](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QTableView *view = page->alertsView();
        view->selectRow(0);
        QVERIFY(page->acknowledgeSelected());
        QVERIFY(asked.contains(QStringLiteral("Long transaction")));
        QVERIFY(asked.contains(alerts::AlertService::osUser()));
        QVERIFY(testutil::waitUntil([&] { return page->badge().isEmpty(); }, 5000));
        QVERIFY(testutil::waitUntil(
            [&] {
                return view->model()
                    ->index(0, alerts::AlertsModel::Acknowledged)
                    .data()
                    .toString()
                    .contains(alerts::AlertService::osUser());
            },
            5000));
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-alerts.png"));

        // Mute its rule (declined first: nothing changes).
        view->selectRow(0);
        page->setConfirm([](const QString &, const QString &) { return false; });
        QVERIFY(!page->muteSelectedRule());
        QVERIFY(!page->service()->rules().first().muted);
        page->setConfirm([&](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        view->selectRow(0);
        QVERIFY(page->muteSelectedRule());
        QVERIFY(asked.contains(QStringLiteral("Mute the rule")));
        QVERIFY(page->service()->rules().first().muted);
        {
            QSettings s;
            QVERIFY(alerts::loadRules(s).first().muted);
        }
        QCOMPARE(page->rulesView()->model()->index(0, alerts::RulesModel::Muted).data().toString(),
                 QStringLiteral("muted"));

        // The open alert of the muted rule still resolves.
        testutil::exec(*holder, QStringLiteral("COMMIT"));
        QVERIFY(testutil::waitUntil(
            [&] { return page->model()->openCount() == 0 && page->model()->rowCount() == 1; }, 20000));
        QCOMPARE(page->tray()->worst(), 0);
        QVERIFY(!view->model()->index(0, alerts::AlertsModel::Resolved).data().toString().isEmpty());
        theme.setMode(ui::Theme::Mode::Dark, false);
        testutil::settle();
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-alerts-dark.png"));
        theme.setMode(ui::Theme::Mode::Light, false);
        w.close();
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
