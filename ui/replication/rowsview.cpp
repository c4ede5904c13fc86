#include "replication/rowsview.h"

#include "widgets/theme.h"

#include "replication/rowsmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <QTreeView>

namespace ui {

void RowsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.data(replication::RowsModel::SeverityRole).toInt()) {
    case 2:
        option->backgroundBrush = theme::tint(QColor(0xff, 0xeb, 0xee));
        option->palette.setColor(
            QPalette::Text, theme::readableOn(QColor(0xb7, 0x1c, 0x1c), option->backgroundBrush.color()));
        break;
    case 1:
        option->backgroundBrush = theme::tint(QColor(0xff, 0xf8, 0xe1));
        option->palette.setColor(
            QPalette::Text, theme::readableOn(QColor(0x8d, 0x5b, 0x00), option->backgroundBrush.color()));
        break;
    default:
        break;
    }
}

void RowsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    const QVariant progress = index.data(replication::RowsModel::ProgressRole);
    if (!progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double f = progress.toDouble();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = f < 0 ? 0 : 1000; // 0..0: busy
    bar.progress = f < 0 ? 0 : int(f * 1000 + 0.5);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QTreeView *rowsView(replication::RowsModel *model, const QString &objectName, QWidget *parent) {
    auto *v = new QTreeView(parent);
    v->setObjectName(objectName);
    v->setModel(model);
    v->setItemDelegate(new RowsDelegate(v));
    v->setRootIsDecorated(false);
    v->setUniformRowHeights(true);
    v->setAlternatingRowColors(true);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->header()->setStretchLastSection(true);
    return v;
}

} // namespace ui
