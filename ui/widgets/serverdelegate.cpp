#include "widgets/serverdelegate.h"

#include "core/serverlistmodel.h"
#include "pg/connection.h"

#include <QApplication>
#include <QPainter>

namespace ui {

void ServerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter);
    const auto state =
        static_cast<pg::Connection::State>(index.data(core::ServerListModel::StateRole).toInt());
    QColor dot(QStringLiteral("#9e9e9e"));
    if (state == pg::Connection::State::Ready)
        dot = QColor(QStringLiteral("#2e7d32"));
    else if (state == pg::Connection::State::Connecting)
        dot = QColor(QStringLiteral("#f9a825"));
    else if (state == pg::Connection::State::Lost ||
             index.data(core::ServerListModel::StateTextRole).toString() == QObject::tr("failed"))
        dot = QColor(QStringLiteral("#c62828"));
    painter->save();
    const QRect r = option.rect.adjusted(8, 4, -4, -4);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(dot);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QRect(r.left(), r.top() + 5, 10, 10));
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const int lh = option.fontMetrics.height();
    painter->drawText(
        QRect(r.left() + 16, r.top(), r.width() - 16, lh), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideMiddle, r.width() - 16));
    painter->setFont(option.font);
    painter->drawText(QRect(r.left() + 16, r.top() + lh + 2, r.width() - 16, lh),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(core::ServerListModel::DetailRole).toString(),
                                                    Qt::ElideRight, r.width() - 16));
    painter->restore();
}

QSize ServerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return {200, option.fontMetrics.height() * 2 + 12};
}

} // namespace ui
