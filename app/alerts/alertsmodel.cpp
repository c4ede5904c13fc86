#include "alerts/alertsmodel.h"

#include "history/store.h"
#include "pg/awaitfuture.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent>

namespace alerts {

namespace {
QString timeText(qint64 ms) {
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("MM-dd HH:mm:ss"))
              : QString();
}
} // namespace

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int AlertsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case State:
        return tr("State");
    case Rule:
        return tr("Rule");
    case Server:
        return tr("Server");
    case Value:
        return tr("Value");
    case Fired:
        return tr("Fired");
    case Acknowledged:
        return tr("Acknowledged");
    case Resolved:
        return tr("Resolved");
    }
    return {};
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(a.severity);
    case IdRole:
        return a.id;
    case OpenRole:
        return a.isOpen();
    case AckedRole:
        return a.isAcked();
    case Qt::ToolTipRole:
        return a.message();
    case SortRole:
        switch (index.column()) {
        case Severity:
            return int(a.severity);
        case State:
            return a.isOpen() ? (a.isAcked() ? 1 : 2) : 0;
        case Value:
            return a.firedValue;
        case Fired:
            return a.firedMs;
        case Acknowledged:
            return a.ackedMs;
        case Resolved:
            return a.resolvedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return severityLabel(a.severity);
        case State:
            return a.isOpen() ? (a.isAcked() ? tr("open, acknowledged") : tr("open")) : tr("resolved");
        case Rule:
            return ruleDisplayName(a.ruleId, a.ruleName);
        case Server:
            return a.server;
        case Value:
            return QString(formatValue(a.metric, a.firedValue) + QStringLiteral(" / ") +
                           formatValue(a.metric, a.threshold));
        case Fired:
            return timeText(a.firedMs);
        case Acknowledged:
            return a.isAcked() ? tr("%1 by %2").arg(timeText(a.ackedMs), a.ackedBy) : QString();
        case Resolved:
            return timeText(a.resolvedMs);
        }
        break;
    default:
        break;
    }
    return {};
}

void AlertsModel::setAlerts(const QList<Alert> &alerts) {
    // Small lists (at most the load limit): same ids in the same order → dataChanged, else reset.
    bool sameIds = alerts.size() == m_alerts.size();
    for (qsizetype i = 0; sameIds && i < alerts.size(); ++i)
        sameIds = alerts.at(i).id == m_alerts.at(i).id;
    if (sameIds) {
        m_alerts = alerts;
        if (!m_alerts.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

QCoro::Task<bool> AlertsModel::load(history::Store *store, QString server, int limit) {
    QPointer<AlertsModel> self(this);
    const quint64 mine = ++m_loads;
    QList<Alert> alerts;
    if (store && store->isOpen()) {
        const QString connection = store->database().connectionName();
        auto work = QtConcurrent::run(
            [connection, server, limit] { return AlertStore::readRecent(connection, server, limit); });
        auto awaiter = pg::awaitFuture(work);
        alerts = co_await awaiter;
    }
    if (!self || mine != m_loads)
        co_return false;
    setAlerts(alerts);
    co_return true;
}

const Alert *AlertsModel::alertAt(int row) const {
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertsModel::openCount() const {
    int n = 0;
    for (const Alert &a : m_alerts)
        n += a.isOpen() ? 1 : 0;
    return n;
}

// ---------------------------------------------------------------------------------------------
RulesModel::RulesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RulesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rule");
    case Condition:
        return tr("Condition");
    case Severity:
        return tr("Severity");
    case Scope:
        return tr("Servers");
    case Muted:
        return tr("Muted");
    }
    return {};
}

QVariant RulesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const alerts::Rule &r = m_rules.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SeverityRole)
        return int(r.severity);
    if (role == MutedRole)
        return r.muted;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.displayName();
    case Condition:
        return r.conditionText();
    case Severity:
        return severityLabel(r.severity);
    case Scope:
        return r.servers.isEmpty() ? tr("all") : r.servers.join(QStringLiteral(", "));
    case Muted:
        return r.muted ? tr("muted") : QString();
    }
    return {};
}

void RulesModel::setRules(const QList<alerts::Rule> &rules) {
    bool sameIds = rules.size() == m_rules.size();
    for (qsizetype i = 0; sameIds && i < rules.size(); ++i)
        sameIds = rules.at(i).id == m_rules.at(i).id;
    if (sameIds) {
        m_rules = rules;
        if (!m_rules.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rules.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

const alerts::Rule *RulesModel::ruleAt(int row) const {
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

} // namespace alerts
