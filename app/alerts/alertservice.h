#pragma once

#include "alerts/alertstore.h"
#include "alerts/engine.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace alerts {

class AlertMonitor;
class CommandHook;

// The alerts of a process (the GUI or `pgdba record`): the rules, the engine, one AlertMonitor
// per watched server, the history (AlertStore) and the command hook. A transition is written to
// the store, then reported (alertFired / alertResolved, which the GUI turns into notifications)
// and handed to the hook. When a live recorder in another process evaluates a server into the
// same store (its lock names the kind "alerts"), the GUI leaves that server's evaluation to it
// and learns of new alerts by reading the store (checkStore, every StoreCheckMs).
class AlertService : public QObject {
    Q_OBJECT
public:
    static constexpr char HistoryKind[] = "alerts"; // the recorder lock's kind
    static constexpr int StoreCheckMs = 5000;

    explicit AlertService(history::Store *store, QObject *parent = nullptr);
    ~AlertService() override;

    // Rules and hook from QSettings (alerts/rules, alerts/hook); saveSettings writes them back.
    void loadSettings();
    void saveSettings() const;
    QList<Rule> rules() const { return m_engine.rules(); }
    void setRules(const QList<Rule> &rules);
    bool setRuleMuted(const QString &ruleId, bool muted); // saved at once
    CommandHook *hook() const { return m_hook; }
    void setHookCommand(const QString &command);

    // Watch a server on conn (nullptr: stop watching it). The monitor is returned for tuning
    // (interval, health interval); it is active until unwatch().
    AlertMonitor *watch(pg::Connection *conn, const QString &serverKey, const QString &serverName = {});
    void unwatch(const QString &serverKey);
    AlertMonitor *monitor(const QString &serverKey) const { return m_monitors.value(serverKey); }
    void setIntervalMs(int ms); // every monitor, now and later
    void setHealthIntervalMs(int ms);
    // The GUI: defer to recorders (see the class comment). Off in the recorder itself.
    void setDeferToRecorders(bool on);

    // Feed a reading (what the monitors do; tests may call it directly).
    void evaluate(const QString &serverKey, const QString &serverName, qint64 tsMs, const Values &values);

    bool acknowledge(qint64 alertId, const QString &by = {}); // by: the OS user when empty
    AlertStore *store() { return &m_store; }
    history::Store *historyStore() const { return m_history; }
    QList<Alert> openAlerts(const QString &server = {}) const { return m_store.open(server); }
    OpenSummary openSummary(const QString &server = {}) const {
        return AlertStore::summarize(openAlerts(server));
    }

    static QString osUser();
    // The hook's JSON for an event: the alert's JSON plus "event" (fired/resolved/acknowledged).
    static QJsonObject eventJson(const QString &event, const Alert &alert);

Q_SIGNALS:
    void alertFired(const alerts::Alert &alert);
    void alertResolved(const alerts::Alert &alert);
    void alertsChanged(); // anything in the store changed (fired, resolved, acknowledged)
    void rulesChanged();
    void error(const QString &message);

private:
    void restoreOpen(const QString &serverKey);
    void checkStore();
    bool deferred(const QString &serverKey) const;

    QPointer<history::Store> m_history;
    AlertStore m_store;
    Engine m_engine;
    CommandHook *m_hook;
    QHash<QString, AlertMonitor *> m_monitors;
    int m_intervalMs;
    int m_healthIntervalMs;
    bool m_defer = false;
    QTimer m_storeCheck;
    QHash<qint64, bool> m_known; // open alert ids seen (checkStore), value: acknowledged
    qint64 m_startedMs;
};

} // namespace alerts
