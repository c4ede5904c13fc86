#pragma once

#include "explain/plan.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace explain {
class PlanTreeModel;
}

namespace ui {

// The plan as a tree-table: exclusive, inclusive, rows x, rows, estimated, loops, buffers,
// node; heat-tinted time cells; sortable within each level.
class PlanTreeTable : public QWidget {
    Q_OBJECT
public:
    explicit PlanTreeTable(QWidget *parent = nullptr);
    ~PlanTreeTable() override;

    void setPlan(const explain::PlanPtr &plan);
    void selectNode(int nodeId);
    QTreeView *view() const { return m_view; }
    explain::PlanTreeModel *model() const { return m_model; }

Q_SIGNALS:
    void nodeActivated(int nodeId);

private:
    explain::PlanTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace ui
