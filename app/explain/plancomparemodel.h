#pragma once

#include "explain/compare.h"

#include <QAbstractTableModel>

namespace explain {

// The per-node rows of a PlanComparison: the merged tree, with what changed between A and B.
class PlanCompareModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Node, Change, TimeA, TimeB, TimeRatio, RowsA, RowsB, RowsRatio, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, KindRole, NodeARole, NodeBRole, DepthRole };

    explicit PlanCompareModel(QObject *parent = nullptr);
    ~PlanCompareModel() override;

    void setComparison(PlanPtr a, PlanPtr b, PlanComparison comparison);
    const PlanComparison &comparison() const { return m_cmp; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    PlanPtr m_a, m_b;
    PlanComparison m_cmp;
};

} // namespace explain
