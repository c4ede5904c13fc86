#include "fleet/fleetpage.h"

#include "core/workspace.h"
#include "fleet/fleetcollector.h"
#include "fleet/fleetmodel.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <QVarLengthArray>

#include <algorithm>

namespace ui {

namespace {
const QColor kBad(0xc6, 0x28, 0x28);
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kWarn(0xb2, 0x6a, 0x00);
const QColor kLine(0x15, 0x65, 0xc0);

// Colours the state and health cells (from ui::Theme) and draws the TPS sparkline with the
// latest rate beside it.
class FleetDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *o, const QModelIndex &i) const override {
        QStyledItemDelegate::initStyleOption(o, i);
        if (i.data(fleet::FleetModel::IsGroupRole).toBool()) {
            o->font.setBold(true);
            return;
        }
        QColor designed;
        if (i.column() == fleet::FleetModel::State) {
            const auto kind = fleet::ServerStatus::State(i.data(fleet::FleetModel::StateKindRole).toInt());
            designed = kind == fleet::ServerStatus::State::Up     ? kGood
                       : kind == fleet::ServerStatus::State::Down ? kBad
                                                                  : kWarn;
        } else if (i.column() == fleet::FleetModel::Health &&
                   i.data(fleet::FleetModel::HealthCriticalRole).toInt() > 0) {
            designed = kBad;
        } else if (i.column() == fleet::FleetModel::Waiting &&
                   i.data(fleet::FleetModel::SortRole).toInt() > 0) {
            designed = kWarn;
        }
        if (designed.isValid() && !(o->state & QStyle::State_Selected)) {
            const QColor bg = o->palette.color(QPalette::Base);
            o->palette.setColor(QPalette::Text, theme::readableOn(designed, bg));
        }
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &i) const override {
        if (i.column() != fleet::FleetModel::Tps || i.data(fleet::FleetModel::IsGroupRole).toBool()) {
            QStyledItemDelegate::paint(p, option, i);
            return;
        }
        QStyleOptionViewItem o = option;
        initStyleOption(&o, i);
        const QString now = o.text;
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);
        const int numberW = o.fontMetrics.horizontalAdvance(QStringLiteral("0000.0")) + 6;
        const QRect r = o.rect.adjusted(4, 4, -numberW, -4);
        const QRect numberRect(r.right() + 4, o.rect.top(), numberW - 6, o.rect.height());
        p->save();
        p->setPen(
            o.palette.color(o.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, now);
        const QList<double> v = i.data(fleet::FleetModel::TpsValuesRole).value<QList<double>>();
        if (v.size() >= 2 && r.width() > 10) {
            p->setRenderHint(QPainter::Antialiasing, true);
            const double top = std::max(1e-9, *std::max_element(v.cbegin(), v.cend()));
            const double step = double(r.width()) / double(v.size() - 1);
            QVarLengthArray<QPointF, 128> line;
            for (qsizetype k = 0; k < v.size(); ++k)
                line.append(QPointF(r.left() + step * double(k),
                                    r.bottom() - double(r.height()) * std::max(0.0, v.at(k)) / top));
            // A one-pixel pen takes the raster engine's fast line path; a wider one is stroked as
            // a path, which for twenty lines cost more than the rest of a refresh.
            p->setPen(QPen(theme::series(kLine), 1.0));
            p->drawPolyline(line.constData(), int(line.size()));
        }
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &i) const override {
        QSize s = QStyledItemDelegate::sizeHint(option, i);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        if (i.column() == fleet::FleetModel::Tps)
            s.setWidth(std::max(s.width(), 200));
        return s;
    }
};
} // namespace

FleetPage::FleetPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new fleet::FleetCollector(this))
    , m_model(new fleet::FleetModel(m_collector, this))
    , m_filter(new fleet::FleetFilter(this))
    , m_summary(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_view(new QTreeView(this)) {
    m_collector->setIntervalMs(fleet::FleetCollector::settingsIntervalMs());
    m_collector->setHistory(workspace->history());

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    top->addWidget(m_summary, 1);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    m_filterEdit->setObjectName(QStringLiteral("fleetFilter"));
    m_filterEdit->setPlaceholderText(tr("name, group, status, version"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(220);
    top->addWidget(filterLabel);
    top->addWidget(m_filterEdit);
    auto *intervalLabel = new QLabel(tr("&Refresh every:"), this);
    intervalLabel->setBuddy(m_interval);
    m_interval->setObjectName(QStringLiteral("fleetInterval"));
    m_interval->setRange(fleet::FleetCollector::MinSettingS, fleet::FleetCollector::MaxSettingS);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(fleet::FleetCollector::settingsIntervalMs() / 1000);
    top->addWidget(intervalLabel);
    top->addWidget(m_interval);
    layout->addLayout(top);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new FleetDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(fleet::FleetModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(fleet::FleetModel::State, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    const struct {
        int column, chars;
    } widths[] = {{fleet::FleetModel::Name, 20},    {fleet::FleetModel::Version, 7},
                  {fleet::FleetModel::Role, 10},    {fleet::FleetModel::Active, 9},
                  {fleet::FleetModel::Waiting, 9},  {fleet::FleetModel::Tps, 18},
                  {fleet::FleetModel::CacheHit, 9}, {fleet::FleetModel::Lag, 11},
                  {fleet::FleetModel::Health, 16},  {fleet::FleetModel::Alerts, 8}};
    for (const auto &w : widths)
        m_view->header()->resizeSection(w.column, w.chars * em + 10);
    layout->addWidget(m_view, 1);
    auto *hint = new QLabel(
        tr("Enter or a double click opens the server. Unreachable servers are retried with a growing "
           "pause (up to a minute); hover the status for libpq's message."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setText(t);
        m_view->expandAll();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int s) {
        QSettings().setValue(QStringLiteral("fleet/intervalS"), s);
        m_collector->setIntervalMs(s * 1000);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        const QString id = i.data(fleet::FleetModel::ProfileIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openServer(id);
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_model, &fleet::FleetModel::rowsUpdated, this, [this] {
        updateSummary();
        markDataArrived();
    });
    connect(m_collector, &fleet::FleetCollector::serversChanged, this, &FleetPage::updateSummary);
    connect(workspace->profiles(), &core::ProfileStore::changed, this, [this] { loadTargets(); });
    loadTargets();
    updateSummary();
}

FleetPage::~FleetPage() = default;

QCoro::Task<void> FleetPage::loadTargets() {
    QPointer<FleetPage> self(this);
    const quint64 gen = ++m_loadGeneration;
    const QList<fleet::Target> targets =
        co_await fleet::FleetCollector::targets(workspace()->profiles()->profiles());
    if (!self || gen != m_loadGeneration)
        co_return;
    m_collector->setTargets(targets);
    m_targetsLoaded = true;
    m_view->expandAll();
}

void FleetPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->setActive(active);
}

void FleetPage::refresh() {
    // F5: sample every server now (those in backoff included).
    m_collector->setActive(false);
    m_collector->setActive(isActive());
}

void FleetPage::updateSummary() {
    const QList<fleet::ServerStatus> all = m_collector->statuses();
    int up = 0, down = 0, critical = 0;
    for (const fleet::ServerStatus &s : all) {
        up += s.reachable() ? 1 : 0;
        down += s.state == fleet::ServerStatus::State::Down ? 1 : 0;
        critical += std::max(0, s.healthCritical);
    }
    if (all.isEmpty()) {
        m_summary->setText(tr("No saved servers yet: add one with Server → New connection, or "
                              "<code>pgdba server add NAME --dsn DSN</code>."));
        return;
    }
    m_summary->setText(tr("<b>%n server(s)</b>: %1 reachable, %2 unreachable, %3 critical health checks",
                          nullptr, int(all.size()))
                           .arg(up)
                           .arg(down)
                           .arg(critical));
}

} // namespace ui
