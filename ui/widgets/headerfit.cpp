#include "widgets/headerfit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace ui {

void fitHeaderTitles(QHeaderView *h) {
    if (!h || h->orientation() != Qt::Horizontal || !h->model())
        return;
    QStyleOptionHeader opt;
    opt.initFrom(h);
    const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, &opt, h);
    // Room for the sort arrow in every column: clicking another column moves it there.
    const int mark = h->isSortIndicatorShown() || h->sectionsClickable()
                         ? h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &opt, h) + margin / 2
                         : 0;
    const int last = h->logicalIndex(h->count() - 1);
    for (int i = 0; i < h->count(); ++i) {
        // A stretched last column fills what is left, down to the size it was given last: a
        // narrow view scrolls instead of cutting its title.
        const bool stretched = h->stretchLastSection() && i == last;
        if (h->isSectionHidden(i) || (!stretched && h->sectionResizeMode(i) != QHeaderView::Interactive))
            continue;
        const QString t = h->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
        if (t.isEmpty())
            continue;
        QFont f = h->font();
        if (const QVariant fv = h->model()->headerData(i, Qt::Horizontal, Qt::FontRole); fv.isValid())
            f = fv.value<QFont>();
        const QFontMetrics fm(f);
        int text = 0;
        for (const QString &line : t.split(QLatin1Char('\n')))
            text = std::max(text, fm.horizontalAdvance(line));
        const int need = text + margin + mark + 2;
        if (need > h->sectionSize(i))
            h->resizeSection(i, need);
    }
}

void keepHeaderTitlesFitting(QWidget *root) {
    const auto headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *h : headers) {
        if (h->orientation() != Qt::Horizontal)
            continue;
        fitHeaderTitles(h);
        QObject::connect(
            h, &QHeaderView::sectionCountChanged, h, [h] { fitHeaderTitles(h); },
            Qt::QueuedConnection); // after the view has set its own widths
    }
}

} // namespace ui
