#pragma once

#include "explain/plan.h"

#include <QAbstractItemModel>

namespace explain {

// The tree-table view of a plan: one row per node, children under their parent.
class PlanTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Exclusive, Inclusive, RowsFactor, Rows, PlanRows, Loops, Buffers, Node, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1, // raw number (or text for Node)
        NodeIdRole,                  // int
        HeatRole,                    // double 0..1: the node's share of the total time
        MisestimateRole,             // double >= 1
        FindingCountRole,            // int
    };

    explicit PlanTreeModel(QObject *parent = nullptr);
    ~PlanTreeModel() override;

    void setPlan(PlanPtr plan);
    const PlanPtr &plan() const { return m_plan; }
    QModelIndex indexForNode(int nodeId, int column = Node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    PlanPtr m_plan;
    QList<int> m_rowInParent; // by node id
};

} // namespace explain
