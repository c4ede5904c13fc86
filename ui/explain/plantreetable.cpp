#include "explain/plantreetable.h"

#include "explain/heatdelegate.h"
#include "explain/plantreemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

using explain::PlanTreeModel;

PlanTreeTable::PlanTreeTable(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this)) {
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanTreeModel::SortRole);
    m_view->setObjectName(QStringLiteral("planTreeTable"));
    m_view->setModel(m_proxy);
    m_view->setTreePosition(PlanTreeModel::Node);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // plan order until the user sorts
    m_view->header()->setStretchLastSection(true);
    auto *heat = new HeatDelegate(PlanTreeModel::HeatRole, this);
    m_view->setItemDelegateForColumn(PlanTreeModel::Exclusive, heat);
    l->addWidget(m_view);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        Q_EMIT nodeActivated(i.data(PlanTreeModel::NodeIdRole).toInt());
    });
}

PlanTreeTable::~PlanTreeTable() = default;

void PlanTreeTable::setPlan(const explain::PlanPtr &plan) {
    m_model->setPlan(plan);
    m_view->expandAll();
    for (int c = 0; c < PlanTreeModel::Node; ++c)
        m_view->resizeColumnToContents(c);
}

void PlanTreeTable::selectNode(int nodeId) {
    const QModelIndex src = m_model->indexForNode(nodeId, PlanTreeModel::Node);
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

} // namespace ui
