#include "overview/overviewpage.h"

#include "core/workspace.h"
#include "monitor/overviewcollector.h"
#include "monitor/poller.h"
#include "widgets/errorbanner.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QString duration(qint64 s) {
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d > 0)
        return QObject::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return QObject::tr("%1 h %2 min").arg(h).arg(m);
    return QObject::tr("%1 min %2 s").arg(m).arg(s % 60);
}
} // namespace

OverviewPage::OverviewPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::OverviewCollector(this))
    , m_banner(new ErrorBanner(this))
    , m_server(new QLabel(this))
    , m_uptime(new QLabel(this))
    , m_connections(new QLabel(this))
    , m_cache(new QLabel(this))
    , m_role(new QLabel(this))
    , m_databases(new QTableWidget(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Up for:"), m_uptime);
    form->addRow(tr("Connections:"), m_connections);
    form->addRow(tr("Cache hit ratio:"), m_cache);
    layout->addLayout(form);
    m_databases->setColumnCount(5);
    m_databases->setHorizontalHeaderLabels(
        {tr("Database"), tr("Size"), tr("Connections"), tr("Commits"), tr("XID age")});
    m_databases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_databases->verticalHeader()->hide();
    m_databases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_databases->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_databases, 1);
    connect(m_collector, &monitor::OverviewCollector::dataReady, this, &OverviewPage::showData);
    auto follow = [this] {
        core::ServerSession *s = session();
        m_collector->setServer(s ? s->monitor() : nullptr);
        m_databases->setRowCount(0);
        if (isActive())
            m_collector->poller()->refreshNow();
    };
    connect(workspace, &core::Workspace::currentChanged, this, follow);
    follow();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
}

void OverviewPage::refresh() {
    m_collector->poller()->refreshNow();
}

void OverviewPage::showData(const monitor::OverviewData &d) {
    core::ServerSession *s = session();
    if (!s)
        return;
    if (!d.ok()) {
        m_banner->showError(*d.error, s->facts().role);
        return;
    }
    m_banner->clear();
    const auto &f = s->facts();
    const QLocale loc;
    m_server->setText(QStringLiteral("PostgreSQL %1 — %2").arg(f.version, s->connInfo().displayName()));
    m_role->setText(
        QStringLiteral("%1%2%3").arg(f.role, f.superuser ? tr(" (superuser)") : QString(),
                                     f.pgMonitor && !f.superuser ? tr(" (pg_monitor)") : QString()));
    m_uptime->setText(duration(d.uptimeS));
    m_connections->setText(tr("%1 of %2 (%3 active)").arg(d.connections).arg(d.maxConnections).arg(d.active));
    m_cache->setText(d.cacheHitRatio
                         ? QStringLiteral("%1 %").arg(QLocale().toString(*d.cacheHitRatio * 100, 'f', 2))
                         : tr("n/a"));
    m_databases->setRowCount(int(d.databases.size()));
    for (int r = 0; r < int(d.databases.size()); ++r) {
        const monitor::OverviewDatabase &db = d.databases.at(r);
        auto set = [&](int col, const QString &text, bool right = true) {
            auto *item = m_databases->item(r, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_databases->setItem(r, col, item);
            }
            item->setText(text);
            item->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter
                                         : Qt::AlignLeft | Qt::AlignVCenter);
        };
        set(0, db.name, false);
        set(1, db.sizeBytes ? loc.formattedDataSize(*db.sizeBytes) : tr("no access"));
        set(2, loc.toString(db.connections));
        set(3, loc.toString(db.commits));
        set(4, loc.toString(db.xidAge));
    }
    markDataArrived();
}

} // namespace ui
