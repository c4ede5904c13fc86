#pragma once

#include "alerts/rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <limits>
#include <optional>

namespace history {
class Store;
}

namespace alerts {

// One alert of the history: fired, maybe acknowledged, maybe resolved.
struct Alert {
    qint64 id = 0;
    QString server; // host:port, the history key
    QString ruleId;
    QString ruleName;
    QString metric;
    Severity severity = Severity::Warning;
    Comparison comparison = Comparison::Above;
    double threshold = 0;
    qint64 firedMs = 0;
    double firedValue = 0;
    qint64 ackedMs = 0; // 0: not acknowledged
    QString ackedBy;
    qint64 resolvedMs = 0; // 0: open
    double resolvedValue = 0;

    bool isOpen() const { return resolvedMs == 0; }
    bool isAcked() const { return ackedMs != 0; }
    QString message() const; // "Connections near the limit: 85 % (over 80 %)" (translated)
    QJsonObject toJson() const;
};

// The open alerts of one server, for the Fleet page: how many, how many not acknowledged, and
// the worst severity (0 none, else Severity).
struct OpenSummary {
    int open = 0;
    int unacknowledged = 0;
    int worst = 0; // 0, int(Severity::Warning) or int(Severity::Critical)
};

// The alert history in the history store (table alert_event, sql/history/alerts_schema_v1.sql).
// Writes on the store's thread (small, local); the static read*() functions are for worker
// threads (a connection cloned from the store's, like history::Store::readSamples).
class AlertStore {
    Q_DECLARE_TR_FUNCTIONS(alerts::AlertStore)
public:
    explicit AlertStore(history::Store *store);
    bool ensureSchema(); // idempotent; done by the constructor when the store is open
    bool isReady() const;
    QString lastError() const { return m_error; }

    qint64 fire(const Alert &a); // returns the new id (0 on failure)
    bool resolve(qint64 id, qint64 tsMs, double value);
    // Only an alert not yet acknowledged; the first acknowledgement is kept.
    bool acknowledge(qint64 id, const QString &by, qint64 tsMs);

    QList<Alert> open(const QString &server = {}) const;
    QList<Alert> recent(const QString &server = {}, int limit = 500) const;
    std::optional<Alert> alert(qint64 id) const;

    // For worker threads. connectionName: history::Store::database().connectionName().
    // Alerts that fired in [fromMs, toMs] for a server (empty: all), oldest first (the report).
    static QList<Alert> readFired(const QString &connectionName, const QString &server, qint64 fromMs,
                                  qint64 toMs = std::numeric_limits<qint64>::max());
    // Open alerts first (newest first), then the most recent others, at most limit in all.
    static QList<Alert> readRecent(const QString &connectionName, const QString &server, int limit = 500);
    // Per server: open alerts, not acknowledged, worst severity (the Fleet page).
    static QHash<QString, OpenSummary> readOpenSummary(const QString &connectionName);
    static OpenSummary summarize(const QList<Alert> &alerts);

private:
    QPointer<history::Store> m_store;
    QString m_error;
    bool m_ready = false;
};

} // namespace alerts
