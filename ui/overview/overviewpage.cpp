#include "overview/overviewpage.h"

#include "core/workspace.h"
#include "monitor/poller.h"
#include "pg/sqlfile.h"
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
QString duration(qint64 s)
{
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
    , m_poller(new monitor::Poller(this))
    , m_banner(new ErrorBanner(this))
    , m_server(new QLabel(this))
    , m_uptime(new QLabel(this))
    , m_connections(new QLabel(this))
    , m_cache(new QLabel(this))
    , m_role(new QLabel(this))
    , m_databases(new QTableWidget(this))
{
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
    m_databases->setHorizontalHeaderLabels({tr("Database"), tr("Size"), tr("Connections"), tr("Commits"), tr("XID age")});
    m_databases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_databases->verticalHeader()->hide();
    m_databases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_databases->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_databases, 1);
    m_poller->setInterval(5000);
    m_poller->setJob([this](quint64 gen) { return load(gen); });
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        m_poller->invalidate();
        m_databases->setRowCount(0);
        if (isActive())
            m_poller->refreshNow();
    });
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setActive(bool active)
{
    Page::setActive(active);
    m_poller->setActive(active);
}

void OverviewPage::refresh() { m_poller->refreshNow(); }

QCoro::Task<void> OverviewPage::load(quint64 gen)
{
    QPointer<OverviewPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady())
        co_return;
    pg::Connection *c = s->monitor();
    const pg::Result head = co_await c->query(pg::sqlFile(QStringLiteral("monitor/overview")));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    const pg::Result dbs = co_await c->query(pg::sqlFile(QStringLiteral("monitor/databases")));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (!head.ok() || !dbs.ok()) {
        m_banner->showError(head.ok() ? *dbs.error() : *head.error(), s->facts().role);
        co_return;
    }
    m_banner->clear();
    const auto &f = s->facts();
    const QLocale loc;
    m_server->setText(QStringLiteral("PostgreSQL %1 — %2").arg(f.version, s->connInfo().displayName()));
    m_role->setText(QStringLiteral("%1%2%3")
                        .arg(f.role, f.superuser ? tr(" (superuser)") : QString(),
                             f.pgMonitor && !f.superuser ? tr(" (pg_monitor)") : QString()));
    m_uptime->setText(duration(head.int64(0, "uptime_s")));
    m_connections->setText(tr("%1 of %2 (%3 active)")
                               .arg(head.int64(0, "connections"))
                               .arg(head.int64(0, "max_connections"))
                               .arg(head.int64(0, "active")));
    m_cache->setText(head.isNull(0, "cache_hit_ratio") ? tr("n/a")
                                                       : QStringLiteral("%1 %").arg(head.dbl(0, "cache_hit_ratio") * 100, 0, 'f', 2));
    m_databases->setRowCount(dbs.rows());
    for (int r = 0; r < dbs.rows(); ++r) {
        auto set = [&](int col, const QString &text, bool right = true) {
            auto *item = m_databases->item(r, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_databases->setItem(r, col, item);
            }
            item->setText(text);
            item->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        };
        set(0, dbs.text(r, "name"), false);
        set(1, dbs.isNull(r, "size_bytes") ? tr("no access") : loc.formattedDataSize(dbs.int64(r, "size_bytes")));
        set(2, loc.toString(dbs.int64(r, "connections")));
        set(3, loc.toString(dbs.int64(r, "commits")));
        set(4, loc.toString(dbs.int64(r, "xid_age")));
    }
    markDataArrived();
}

} // namespace ui
