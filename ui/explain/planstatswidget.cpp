#include "explain/planstatswidget.h"

#include "explain/heatdelegate.h"
#include "explain/planstatsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

using explain::PlanStatsModel;

PlanStatsWidget::PlanStatsWidget(QWidget *parent)
    : QWidget(parent)
    , m_types(new PlanStatsModel(tr("Node type"), this))
    , m_tables(new PlanStatsModel(tr("Table"), this))
    , m_indexes(new PlanStatsModel(tr("Index"), this)) {
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    addTable(m_types, tr("Per node type"))->setObjectName(QStringLiteral("statsNodeTypes"));
    addTable(m_tables, tr("Per table"))->setObjectName(QStringLiteral("statsTables"));
    addTable(m_indexes, tr("Per index"))->setObjectName(QStringLiteral("statsIndexes"));
}

PlanStatsWidget::~PlanStatsWidget() = default;

QTableView *PlanStatsWidget::addTable(PlanStatsModel *model, const QString &title) {
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(PlanStatsModel::SortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(PlanStatsModel::ExclusiveTime, Qt::DescendingOrder);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(PlanStatsModel::Key, QHeaderView::Stretch);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegateForColumn(PlanStatsModel::Share, new HeatDelegate(PlanStatsModel::HeatRole, view));
    layout()->addWidget(label);
    layout()->addWidget(view);
    return view;
}

void PlanStatsWidget::setStats(const explain::PlanStats &stats) {
    m_types->setRows(stats.byNodeType);
    m_tables->setRows(stats.byTable);
    m_indexes->setRows(stats.byIndex);
}

} // namespace ui
