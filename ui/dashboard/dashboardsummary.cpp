#include "dashboard/dashboardsummary.h"

#include "widgets/theme.h"

#include "monitor/serverstatspoint.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ui {

namespace {
QString rate(double v) {
    return QLocale().toString(v, 'f', v < 10 ? 1 : 0);
}

void setText(QLabel *l, const QString &t) {
    if (l->text() != t)
        l->setText(t);
}
} // namespace

DashboardSummary::DashboardSummary(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_footnote(new QLabel(this)) {
    setObjectName(QStringLiteral("dashboardSummary"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(3);
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 2);
    const QStringList names{tr("Sessions"), tr("Commits / rollbacks"), tr("Tuples in"), tr("Tuples out"),
                            tr("Blocks"),   tr("Cache hit ratio")};
    for (int i = 0; i < names.size(); ++i) {
        auto *n = new QLabel(names.at(i), this);
        auto *v = new QLabel(this);
        v->setFont(bold);
        v->setTextFormat(Qt::PlainText);
        grid->addWidget(n, i + 1, 0);
        grid->addWidget(v, i + 1, 1);
        m_names << n;
        m_values << v;
    }
    m_footnote->setWordWrap(true);
    m_footnote->setTextFormat(Qt::PlainText);
    theme::setTextColor(m_footnote, QColor(0x55, 0x55, 0x55));
    grid->addWidget(m_footnote, int(names.size()) + 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(int(names.size()) + 2, 1);
}

DashboardSummary::~DashboardSummary() = default;

void DashboardSummary::setPoint(const monitor::ServerStatsPoint *p, const QString &database) {
    setText(m_title, tr("Now — %1").arg(database));
    if (!p) {
        setText(m_values[0], tr("collecting: rates appear after the second sample"));
        for (int i = 1; i < m_values.size(); ++i)
            setText(m_values[i], QString());
        return;
    }
    setText(m_values[0], tr("%1 (%2 active, %3 waiting, %4 idle in transaction)")
                             .arg(p->sessions())
                             .arg(p->active)
                             .arg(p->waiting)
                             .arg(p->idleInTransaction));
    setText(m_values[1], tr("%1 / %2 per s").arg(rate(p->commits), rate(p->rollbacks)));
    setText(m_values[2],
            tr("%1 ins, %2 upd, %3 del per s").arg(rate(p->inserted), rate(p->updated), rate(p->deleted)));
    setText(m_values[3], tr("%1 fetched, %2 returned per s").arg(rate(p->fetched), rate(p->returned)));
    setText(m_values[4], tr("%1 read, %2 hit per s").arg(rate(p->blksRead), rate(p->blksHit)));
    setText(m_values[5], p->hitRatio < 0
                             ? tr("n/a")
                             : QStringLiteral("%1 %").arg(QLocale().toString(p->hitRatio * 100, 'f', 2)));
}

void DashboardSummary::setFootnote(const QString &text) {
    setText(m_footnote, text);
}

QString DashboardSummary::text() const {
    QStringList lines{m_title->text()};
    for (int i = 0; i < m_names.size(); ++i)
        lines << m_names.at(i)->text() + QStringLiteral(": ") + m_values.at(i)->text();
    lines << m_footnote->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui
