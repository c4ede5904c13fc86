#pragma once

#include "monitor/activitymodel.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ui {

// Paints the row of a session that stands out (ActivityModel::HighlightRole) in its colour.
class ActivityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ActivityDelegate(QObject *parent = nullptr);
    static QColor color(monitor::ActivityModel::Highlight h);
    static QString label(monitor::ActivityModel::Highlight h);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ui
