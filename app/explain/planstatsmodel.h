#pragma once

#include "explain/planstats.h"

#include <QAbstractTableModel>

namespace explain {

// One statistics table (per node type, per table or per index).
class PlanStatsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Nodes, ExclusiveTime, Share, Rows, Blocks, WorstMisestimate, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, HeatRole };

    explicit PlanStatsModel(QString keyTitle, QObject *parent = nullptr);
    ~PlanStatsModel() override;

    void setRows(QList<StatsRow> rows);
    const QList<StatsRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QString m_keyTitle;
    QList<StatsRow> m_rows;
};

} // namespace explain
