#include "activity/activitytable.h"

#include "activity/activitydelegate.h"
#include "monitor/activitymodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace ui {

using monitor::ActivityModel;

namespace {
const QString &headerKey() {
    static const QString key = QStringLiteral("activity/header");
    return key;
}
} // namespace

ActivityTable::ActivityTable(QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("activityTable"));
    setItemDelegate(new ActivityDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *h = horizontalHeader();
    h->setStretchLastSection(true);
    h->setSectionsMovable(true);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QHeaderView::customContextMenuRequested, this, &ActivityTable::headerMenu);
    connect(h, &QHeaderView::sectionResized, this, &ActivityTable::saveHeader);
    connect(h, &QHeaderView::sectionMoved, this, &ActivityTable::saveHeader);
    connect(h, &QHeaderView::sortIndicatorChanged, this, &ActivityTable::saveHeader);
}

ActivityTable::~ActivityTable() = default;

void ActivityTable::setModel(QAbstractItemModel *model) {
    QTableView::setModel(model);
    QHeaderView *h = horizontalHeader();
    const QByteArray state = QSettings().value(headerKey()).toByteArray();
    const QSignalBlocker block(h); // restoring is not a change worth saving
    if (!state.isEmpty() && h->restoreState(state))
        return;
    for (int c : {ActivityModel::XminAge, ActivityModel::BackendType, ActivityModel::QueryId,
                  ActivityModel::BackendStart, ActivityModel::XactStart, ActivityModel::QueryStart,
                  ActivityModel::StateChange})
        setColumnHidden(c, true);
    const int widths[] = {70, 90, 90, 130, 80, 130, 160, 90, 80, 70};
    for (int c = 0; c < int(std::size(widths)); ++c)
        setColumnWidth(c, widths[c]);
    sortByColumn(ActivityModel::Duration, Qt::DescendingOrder);
}

void ActivityTable::saveHeader() {
    QSettings().setValue(headerKey(), horizontalHeader()->saveState());
}

void ActivityTable::headerMenu(const QPoint &pos) {
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < ActivityModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(ActivityModel::columnName(c));
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveHeader();
        });
    }
    menu->popup(horizontalHeader()->mapToGlobal(pos));
}

} // namespace ui
