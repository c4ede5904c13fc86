#include "explain/heatdelegate.h"

#include "explain/heatcolor.h"

#include <QPainter>

namespace ui {

HeatDelegate::HeatDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role) {}

void HeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    const double share = index.data(m_role).toDouble();
    if (share > 0.005 && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, heatTint(share));
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace ui
