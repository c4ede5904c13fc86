#include "explain/plancomparewidget.h"

#include "explain/format.h"
#include "explain/plancomparemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

// Tints rows by what happened to the node: added (green), removed (red), changed (amber).
class ChangeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        using Kind = explain::NodeChange::Kind;
        const auto kind = Kind(index.data(explain::PlanCompareModel::KindRole).toInt());
        QColor tint;
        if (kind == Kind::Added)
            tint = QColor(0xe8, 0xf5, 0xe9);
        else if (kind == Kind::Removed)
            tint = QColor(0xfd, 0xec, 0xea);
        else if (kind == Kind::Changed)
            tint = QColor(0xff, 0xf8, 0xe1);
        if (tint.isValid() && !(option.state & QStyle::State_Selected))
            p->fillRect(option.rect, tint);
        QStyledItemDelegate::paint(p, option, index);
    }
};

QString ratio(double a, double b) {
    return a > 0 && b >= 0 ? QStringLiteral("%1x").arg(QLocale().toString(b / a, 'g', 3))
                           : QStringLiteral("-");
}

} // namespace

PlanCompareWidget::PlanCompareWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new explain::PlanCompareModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("planCompare"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChangeDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(explain::PlanCompareModel::Node, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    l->addWidget(m_summary);
    l->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT nodeActivated(i.data(explain::PlanCompareModel::NodeARole).toInt(),
                             i.data(explain::PlanCompareModel::NodeBRole).toInt());
    });
    clear();
}

PlanCompareWidget::~PlanCompareWidget() = default;

const explain::PlanComparison &PlanCompareWidget::comparison() const {
    return m_model->comparison();
}

void PlanCompareWidget::clear() {
    m_a.reset();
    m_b.reset();
    m_model->clear();
    m_summary->setText(tr("Choose two plans to compare."));
}

void PlanCompareWidget::setPlans(explain::PlanPtr a, explain::PlanPtr b, const QString &labelA,
                                 const QString &labelB) {
    if (!a || !b) {
        clear();
        return;
    }
    m_a = std::move(a);
    m_b = std::move(b);
    explain::PlanComparison c = explain::compare(*m_a, *m_b);
    const QString la = labelA.isEmpty() ? tr("A") : labelA, lb = labelB.isEmpty() ? tr("B") : labelB;
    namespace fmt = explain::format;
    auto ms = [](double v) { return v >= 0 ? fmt::ms(v) : QStringLiteral("-"); };
    const QString row = QStringLiteral(
        "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right><b>%4</b></td></tr>");
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3>");
    html += row.arg(QString(), la.toHtmlEscaped(), lb.toHtmlEscaped(), tr("B/A"));
    html += row.arg(tr("Total time"), ms(c.totalMsA), ms(c.totalMsB), ratio(c.totalMsA, c.totalMsB));
    html += row.arg(tr("Planning time"), ms(c.planningMsA), ms(c.planningMsB),
                    ratio(c.planningMsA, c.planningMsB));
    html += row.arg(tr("Execution time"), ms(c.executionMsA), ms(c.executionMsB),
                    ratio(c.executionMsA, c.executionMsB));
    html += row.arg(tr("Buffers (blocks)"), fmt::count(double(c.buffersA.total())),
                    fmt::count(double(c.buffersB.total())),
                    ratio(double(c.buffersA.total()), double(c.buffersB.total())));
    html += row.arg(tr("Shared read"), fmt::count(double(c.buffersA.sharedRead)),
                    fmt::count(double(c.buffersB.sharedRead)),
                    ratio(double(c.buffersA.sharedRead), double(c.buffersB.sharedRead)));
    html += QStringLiteral("</table>");
    html += tr("<p>%1 nodes changed, %2 only in %3, %4 only in %5.</p>")
                .arg(c.changedCount)
                .arg(c.addedCount)
                .arg(lb.toHtmlEscaped())
                .arg(c.removedCount)
                .arg(la.toHtmlEscaped());
    m_summary->setText(html);
    m_model->setComparison(m_a, m_b, std::move(c));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(explain::PlanCompareModel::Node, QHeaderView::Stretch);
}

QString PlanCompareWidget::summaryText() const {
    return m_model->comparison().summary();
}

} // namespace ui
