#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace replication {
class RowsModel;
}

namespace ui {

// Draws a replication::RowsModel: SeverityRole colours the row (warning amber, alert red) and the
// model's progress column is painted as a progress bar (busy when the total is unknown).
class RowsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// A flat, sortless table view of `model` with the delegate above.
QTreeView *rowsView(replication::RowsModel *model, const QString &objectName, QWidget *parent);

} // namespace ui
