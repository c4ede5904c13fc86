#pragma once

#include <QStyledItemDelegate>

namespace ui {

// Paints a cell's background with the heat tint of a 0..1 value held in `role`.
class HeatDelegate : public QStyledItemDelegate {
public:
    HeatDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ui
