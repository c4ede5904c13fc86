#pragma once

#include "alerts/alertstore.h"

#include <QAbstractTableModel>

#include <qcoro/qcorotask.h>

namespace history {
class Store;
}

namespace alerts {

// Open and past alerts (open first, newest first) as a table for the Alerts page.
class AlertsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, State, Rule, Server, Value, Fired, Acknowledged, Resolved, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, SeverityRole, IdRole, OpenRole, AckedRole };

    explicit AlertsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void setAlerts(const QList<Alert> &alerts);
    // Reads from the store on a worker thread (AlertStore::readRecent); a load overtaken by a
    // newer one is dropped. Returns false if dropped.
    QCoro::Task<bool> load(history::Store *store, QString server, int limit = 1000);
    const Alert *alertAt(int row) const;
    int openCount() const;

private:
    QList<Alert> m_alerts;
    quint64 m_loads = 0;
};

// The rules as a table for the rules editor.
class RulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Condition, Severity, Scope, Muted, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SeverityRole, MutedRole };
    explicit RulesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void setRules(const QList<alerts::Rule> &rules);
    const alerts::Rule *ruleAt(int row) const;

private:
    QList<alerts::Rule> m_rules;
};

} // namespace alerts
