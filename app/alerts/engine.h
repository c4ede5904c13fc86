#pragma once

#include "alerts/rule.h"

#include <QHash>
#include <QList>
#include <QString>

namespace alerts {

// One reading of a server's metrics: metric id -> value. A metric that could not be read this
// time (no standby, pg_stat_statements missing, first sample of a rate) is absent and changes
// nothing.
using Values = QHash<QString, double>;

// What evaluate() decided: an alert fires or resolves.
struct Transition {
    enum Kind { Fired, Resolved };
    Kind kind = Fired;
    QString server;
    Rule rule;
    double value = 0;
    qint64 tsMs = 0;
    qint64 alertId = 0; // Resolved: the alert's id (from setAlertId/restoreOpen); Fired: 0
};

// The evaluator, pure (no I/O): per server and rule a small state machine with hysteresis.
//   clear --breached--> pending --breached for forMs--> FIRED (firing)
//   pending --not breached--> clear (a value on the good side restarts the wait)
//   firing --cleared (past the threshold by the margin)--> clearing --cleared for forMs--> RESOLVED
//   clearing --not cleared--> firing
// A value sitting at the threshold therefore fires at most once and does not resolve until it
// is back past the margin for the rule's duration. Muted rules start nothing (an open alert of
// a muted rule still resolves). An open alert whose rule is gone resolves.
class Engine {
public:
    void setRules(const QList<Rule> &rules) { m_rules = rules; }
    const QList<Rule> &rules() const { return m_rules; }

    QList<Transition> evaluate(const QString &server, const QString &serverName, qint64 tsMs,
                               const Values &values);

    // The store's id of an alert that fired (evaluate() reports Fired, the caller stores it).
    void setAlertId(const QString &server, const QString &ruleId, qint64 id);
    // An alert the store says is open (after a restart): the rule is firing.
    void restoreOpen(const QString &server, const QString &ruleId, qint64 id);
    bool isFiring(const QString &server, const QString &ruleId) const;
    void forgetServer(const QString &server);

private:
    enum class Phase { Clear, Pending, Firing, Clearing };
    struct State {
        Phase phase = Phase::Clear;
        qint64 sinceMs = 0;
        qint64 alertId = 0;
    };
    QList<Rule> m_rules;
    QHash<QString, QHash<QString, State>> m_states; // server -> rule id -> state
};

} // namespace alerts
