#pragma once

#include "sessionhistory/sessionstore.h"

#include <QAbstractTableModel>

namespace sessionhistory {

// One top list under the Timeline (waits, queries, users, ...): key, average active sessions,
// share, samples; for queries also calls and mean time from the statements history ("DB time"
// next to what pg_stat_statements counted). KeyRole gives the key text for drill-down.
class TopListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key = 0, AvgActive, Share, Samples, Calls, MeanMs, ColumnCount };
    enum Roles { KeyRole = Qt::UserRole + 1, SortRole };
    explicit TopListModel(Dim dim, QObject *parent = nullptr);

    Dim dim() const { return m_dim; }
    void setEntries(const QList<TopEntry> &entries);
    const QList<TopEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const final;

private:
    Dim m_dim;
    QList<TopEntry> m_entries;
};

// The lock incidents of the selected window.
class IncidentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Start = 0, Duration, Blocked, RootPid, RootState, Lock, RootQuery, ColumnCount };
    explicit IncidentListModel(QObject *parent = nullptr);
    void setIncidents(const QList<Incident> &incidents);
    const QList<Incident> &incidents() const { return m_incidents; }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const final;

private:
    QList<Incident> m_incidents;
};

} // namespace sessionhistory
