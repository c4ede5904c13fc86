#include "activity/activitydelegate.h"

#include "widgets/theme.h"

namespace ui {

using H = monitor::ActivityModel::Highlight;

ActivityDelegate::ActivityDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QColor ActivityDelegate::color(H h) {
    // Light backgrounds: the default dark text stays readable on every one.
    switch (h) {
    case H::LongRunning:
        return theme::tint(QColor(0xff, 0xf1, 0xb8)); // amber
    case H::IdleInTransaction:
        return theme::tint(QColor(0xff, 0xd8, 0xa8)); // orange
    case H::Waiting:
        return theme::tint(QColor(0xff, 0xc9, 0xc9)); // red
    case H::Blocking:
        return theme::tint(QColor(0xe9, 0xc6, 0xff)); // violet
    case H::None:
        break;
    }
    return {};
}

QString ActivityDelegate::label(H h) {
    switch (h) {
    case H::LongRunning:
        return tr("long-running");
    case H::IdleInTransaction:
        return tr("idle in transaction");
    case H::Waiting:
        return tr("waiting on a lock");
    case H::Blocking:
        return tr("blocking others");
    case H::None:
        break;
    }
    return {};
}

void ActivityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const auto h = index.data(monitor::ActivityModel::HighlightRole).value<H>();
    if (h != H::None) {
        option->backgroundBrush = color(h);
        if (h == H::Blocking && index.column() == monitor::ActivityModel::Pid)
            option->font.setBold(true);
    }
}

} // namespace ui
