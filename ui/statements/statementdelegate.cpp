#include "statements/statementdelegate.h"

#include "widgets/theme.h"

#include "monitor/statementmodel.h"

namespace ui {

void StatementDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(monitor::StatementModel::SlowRole).toBool()) {
        option->backgroundBrush = theme::tint(QColor(0xfd, 0xe3, 0xe0));
        option->palette.setColor(
            QPalette::Text, theme::readableOn(QColor(0x7f, 0x1d, 0x1d), option->backgroundBrush.color()));
        if (index.column() == monitor::StatementModel::MeanTime)
            option->font.setBold(true);
    }
    if (index.data(monitor::StatementModel::HiddenRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, theme::text(QColor(0x6b, 0x6b, 0x6b)));
    }
}

} // namespace ui
