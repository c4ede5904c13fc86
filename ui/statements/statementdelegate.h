#pragma once

#include <QStyledItemDelegate>

namespace ui {

// Rows whose mean time is above the threshold (StatementModel::SlowRole) get an alert
// background, the mean cell in bold; folded "hidden" rows are greyed and italic.
class StatementDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ui
