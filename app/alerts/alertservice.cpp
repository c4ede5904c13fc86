#include "alerts/alertservice.h"

#include "alerts/alertmonitor.h"
#include "alerts/commandhook.h"
#include "history/store.h"
#include "monitor/poller.h"
#include "monitor/sessioncontrol.h"

#include <QDateTime>
#include <QSettings>

namespace alerts {

AlertService::AlertService(history::Store *store, QObject *parent)
    : QObject(parent)
    , m_history(store)
    , m_store(store)
    , m_hook(new CommandHook(this))
    , m_intervalMs(AlertMonitor::DefaultIntervalMs)
    , m_healthIntervalMs(AlertMonitor::DefaultHealthIntervalMs)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch()) {
    m_engine.setRules(defaultRules());
    connect(m_hook, &CommandHook::failed, this, &AlertService::error);
    connect(m_hook, &CommandHook::finished, this, [this](int, const QString &e) {
        if (!e.isEmpty())
            Q_EMIT error(e);
    });
    m_storeCheck.setInterval(StoreCheckMs);
    connect(&m_storeCheck, &QTimer::timeout, this, &AlertService::checkStore);
}

AlertService::~AlertService() = default;

QString AlertService::osUser() {
    return monitor::SessionControl::osUser();
}

QJsonObject AlertService::eventJson(const QString &event, const Alert &alert) {
    QJsonObject o = alert.toJson();
    o.insert(QStringLiteral("event"), event);
    return o;
}

void AlertService::loadSettings() {
    QSettings s;
    m_engine.setRules(loadRules(s));
    m_hook->setCommand(loadHookCommand(s));
    Q_EMIT rulesChanged();
}

void AlertService::saveSettings() const {
    QSettings s;
    saveRules(s, m_engine.rules());
    saveHookCommand(s, m_hook->command());
}

void AlertService::setRules(const QList<Rule> &rules) {
    m_engine.setRules(rules);
    Q_EMIT rulesChanged();
}

bool AlertService::setRuleMuted(const QString &ruleId, bool muted) {
    QList<Rule> rules = m_engine.rules();
    bool found = false;
    for (Rule &r : rules)
        if (r.id == ruleId) {
            found = true;
            r.muted = muted;
        }
    if (!found)
        return false;
    setRules(rules);
    saveSettings();
    return true;
}

void AlertService::setHookCommand(const QString &command) {
    m_hook->setCommand(command);
}

void AlertService::setDeferToRecorders(bool on) {
    m_defer = on;
    if (on)
        m_storeCheck.start();
    else
        m_storeCheck.stop();
}

bool AlertService::deferred(const QString &serverKey) const {
    return m_defer && m_history && m_history->isOpen() &&
           m_history->recordedKinds(serverKey).contains(QLatin1String(HistoryKind));
}

AlertMonitor *AlertService::watch(pg::Connection *conn, const QString &serverKey, const QString &serverName) {
    if (!conn) {
        unwatch(serverKey);
        return nullptr;
    }
    AlertMonitor *m = m_monitors.value(serverKey);
    if (!m) {
        m = new AlertMonitor(this);
        m->poller()->setInterval(m_intervalMs);
        m->setHealthIntervalMs(m_healthIntervalMs);
        if (m_history)
            m->setPlanStore(m_history->database().connectionName());
        connect(m, &AlertMonitor::valuesReady, this, &AlertService::evaluate);
        m_monitors.insert(serverKey, m);
    }
    m->setServer(conn, serverKey, serverName);
    restoreOpen(serverKey);
    m->poller()->setActive(true);
    m->poller()->refreshNow();
    return m;
}

void AlertService::unwatch(const QString &serverKey) {
    if (AlertMonitor *m = m_monitors.take(serverKey)) {
        m->poller()->setActive(false);
        m->setServer(nullptr, serverKey);
        m->deleteLater();
    }
    m_engine.forgetServer(serverKey);
}

void AlertService::setIntervalMs(int ms) {
    m_intervalMs = ms;
    for (auto *m : std::as_const(m_monitors))
        m->poller()->setInterval(ms);
}

void AlertService::setHealthIntervalMs(int ms) {
    m_healthIntervalMs = ms;
    for (auto *m : std::as_const(m_monitors))
        m->setHealthIntervalMs(ms);
}

void AlertService::restoreOpen(const QString &serverKey) {
    m_engine.forgetServer(serverKey);
    for (const Alert &a : m_store.open(serverKey)) {
        m_engine.restoreOpen(serverKey, a.ruleId, a.id);
        m_known.insert(a.id, a.isAcked());
    }
}

void AlertService::evaluate(const QString &serverKey, const QString &serverName, qint64 tsMs,
                            const Values &values) {
    if (deferred(serverKey))
        return;
    const QList<Transition> transitions = m_engine.evaluate(serverKey, serverName, tsMs, values);
    bool changed = false;
    for (const Transition &t : transitions) {
        if (t.kind == Transition::Fired) {
            Alert a;
            a.server = serverKey;
            a.ruleId = t.rule.id;
            a.ruleName = t.rule.name;
            a.metric = t.rule.metric;
            a.severity = t.rule.severity;
            a.comparison = t.rule.comparison;
            a.threshold = t.rule.threshold;
            a.firedMs = t.tsMs;
            a.firedValue = t.value;
            a.id = m_store.fire(a);
            if (a.id == 0 && !m_store.lastError().isEmpty())
                Q_EMIT error(tr("Could not store the alert: %1").arg(m_store.lastError()));
            m_engine.setAlertId(serverKey, t.rule.id, a.id);
            m_known.insert(a.id, false);
            changed = true;
            Q_EMIT alertFired(a);
            m_hook->run(eventJson(QStringLiteral("fired"), a));
        } else {
            if (t.alertId > 0)
                m_store.resolve(t.alertId, t.tsMs, t.value);
            std::optional<Alert> a = t.alertId > 0 ? m_store.alert(t.alertId) : std::nullopt;
            if (!a) {
                a = Alert{};
                a->server = serverKey;
                a->ruleId = t.rule.id;
                a->ruleName = t.rule.name;
                a->metric = t.rule.metric;
                a->resolvedMs = t.tsMs;
                a->resolvedValue = t.value;
            }
            m_known.remove(t.alertId);
            changed = true;
            Q_EMIT alertResolved(*a);
            m_hook->run(eventJson(QStringLiteral("resolved"), *a));
        }
    }
    if (changed)
        Q_EMIT alertsChanged();
}

bool AlertService::acknowledge(qint64 alertId, const QString &by) {
    const QString who = by.isEmpty() ? osUser() : by;
    if (!m_store.acknowledge(alertId, who, QDateTime::currentMSecsSinceEpoch()))
        return false;
    m_known.insert(alertId, true);
    if (auto a = m_store.alert(alertId))
        m_hook->run(eventJson(QStringLiteral("acknowledged"), *a));
    Q_EMIT alertsChanged();
    return true;
}

void AlertService::checkStore() {
    // Alerts another process (a recorder) wrote: new ones are reported once (those that fired
    // before this service started are not news); resolved or acknowledged ones refresh views.
    const QList<Alert> open = m_store.open();
    QHash<qint64, bool> now;
    bool changed = false;
    for (const Alert &a : open) {
        now.insert(a.id, a.isAcked());
        auto it = m_known.constFind(a.id);
        if (it == m_known.cend()) {
            changed = true;
            if (a.firedMs >= m_startedMs)
                Q_EMIT alertFired(a);
        } else if (*it != a.isAcked()) {
            changed = true;
        }
    }
    if (now.size() != m_known.size())
        changed = true;
    m_known = now;
    if (changed)
        Q_EMIT alertsChanged();
}

} // namespace alerts
