#include "overview/overviewpage.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "monitor/healthcollector.h"
#include "monitor/overviewcollector.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"
#include "pageregistry.h"
#include "pg/connection.h"
#include "widgets/errorbanner.h"
#include "widgets/sparkline.h"
#include "widgets/theme.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

namespace ui {

namespace {
QString duration(qint64 s) {
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d > 0)
        return OverviewPage::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return OverviewPage::tr("%1 h %2 min").arg(h).arg(m);
    return OverviewPage::tr("%1 min %2 s").arg(m).arg(s % 60);
}

QString link(const QString &pageId, const QString &text) {
    return QStringLiteral("<a href=\"page:%1\">%2</a>").arg(pageId, text.toHtmlEscaped());
}

// What each page is for, one line, for the links into the pages.
QString describePage(const QString &id, QString *title) {
    struct Entry {
        const char *id;
        QString title;
        QString what;
    };
    const Entry entries[] = {
        {pageid::Activity, OverviewPage::tr("Activity"), OverviewPage::tr("sessions now, cancel, terminate")},
        {pageid::Locks, OverviewPage::tr("Locks"), OverviewPage::tr("who blocks whom")},
        {pageid::Dashboard, OverviewPage::tr("Dashboard"), OverviewPage::tr("charts and history")},
        {pageid::Timeline, OverviewPage::tr("Timeline"), OverviewPage::tr("session history, replay")},
        {pageid::Statements, OverviewPage::tr("Statements"), OverviewPage::tr("top statements")},
        {pageid::Advisor, OverviewPage::tr("Index advice"),
         OverviewPage::tr("indexes for the whole workload")},
        {pageid::Replication, OverviewPage::tr("Replication"), OverviewPage::tr("standbys, slots, WAL")},
        {pageid::Vacuum, OverviewPage::tr("Vacuum"), OverviewPage::tr("maintenance, bloat, xmin")},
        {pageid::Explain, OverviewPage::tr("Explain"), OverviewPage::tr("plans and findings")},
        {pageid::Migrations, OverviewPage::tr("Migrations"), OverviewPage::tr("index changes, wizard")},
        {pageid::Audit, OverviewPage::tr("Audit"), OverviewPage::tr("what pgdba did")},
        {pageid::Configuration, OverviewPage::tr("Configuration"), OverviewPage::tr("settings advisor")},
        {pageid::Health, OverviewPage::tr("Health"), OverviewPage::tr("checks")},
        {pageid::Alerts, OverviewPage::tr("Alerts"), OverviewPage::tr("rules, open and past alerts")},
        {pageid::Benchmark, OverviewPage::tr("Benchmark"), OverviewPage::tr("workload, latency")},
        {pageid::Fleet, OverviewPage::tr("Fleet"), OverviewPage::tr("every saved server at once")},
    };
    for (const Entry &e : entries)
        if (id == QLatin1String(e.id)) {
            *title = e.title;
            return e.what;
        }
    *title = id;
    return {};
}
} // namespace

OverviewPage::OverviewPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::OverviewCollector(this))
    , m_health(new monitor::HealthCollector(this))
    , m_stats(new monitor::ServerStatsCollector(this))
    , m_banner(new ErrorBanner(this))
    , m_heading(new QLabel(this))
    , m_server(new QLabel(this))
    , m_uptime(new QLabel(this))
    , m_connections(new QLabel(this))
    , m_cache(new QLabel(this))
    , m_role(new QLabel(this))
    , m_size(new QLabel(this))
    , m_healthSummary(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_sessions(new QLabel(this))
    , m_tpsNow(new QLabel(this))
    , m_activeNow(new QLabel(this))
    , m_tps(new Sparkline(this))
    , m_active(new Sparkline(this))
    , m_links(new QLabel(this))
    , m_databases(new QTableWidget(this)) {
    m_stats->setWindowMs(60 * 60 * 1000); // the last hour, from the history store
    m_stats->poller()->setInterval(5000);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    auto *grid = new QGridLayout;
    // Server facts.
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *form = new QFormLayout(serverBox);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Up for:"), m_uptime);
    form->addRow(tr("Connections:"), m_connections);
    form->addRow(tr("Cache hit ratio:"), m_cache);
    form->addRow(tr("Databases:"), m_size);
    m_server->setWordWrap(true);
    grid->addWidget(serverBox, 0, 0);

    // Health: the summary and the criticals (the alert area until pgdba has alert rules).
    auto *healthBox = new QGroupBox(tr("Health and alerts"), this);
    auto *hl = new QVBoxLayout(healthBox);
    m_healthSummary->setObjectName(QStringLiteral("healthSummary"));
    m_healthSummary->setText(tr("Checking…"));
    m_healthSummary->setWordWrap(true); // a long summary (Russian) must not widen the page
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::RichText);
    m_alerts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    hl->addWidget(m_healthSummary);
    hl->addWidget(m_alerts, 1);
    grid->addWidget(healthBox, 0, 1);

    // Sessions now and the last hour.
    auto *activityBox = new QGroupBox(tr("Activity"), this);
    auto *al = new QGridLayout(activityBox);
    m_sessions->setObjectName(QStringLiteral("sessionCounts"));
    m_sessions->setWordWrap(true);
    al->addWidget(m_sessions, 0, 0, 1, 2);
    m_tps->setObjectName(QStringLiteral("tpsSparkline"));
    m_tps->setColor(QColor(0x2e, 0x7d, 0x32));
    m_active->setObjectName(QStringLiteral("activeSparkline"));
    m_active->setColor(QColor(0x15, 0x65, 0xc0));
    m_tpsNow->setObjectName(QStringLiteral("tpsNow"));
    al->addWidget(m_tpsNow, 1, 0);
    al->addWidget(m_tps, 1, 1);
    al->addWidget(m_activeNow, 2, 0);
    al->addWidget(m_active, 2, 1);
    al->setColumnStretch(1, 1);
    grid->addWidget(activityBox, 1, 0);

    // Into every page.
    auto *linksBox = new QGroupBox(tr("Go to"), this);
    auto *ll = new QVBoxLayout(linksBox);
    m_links->setObjectName(QStringLiteral("pageLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    QStringList items;
    for (const PageFactory &f : pageFactories()) {
        if (f.id == QLatin1String(pageid::Overview))
            continue;
        QString title;
        const QString what = describePage(f.id, &title);
        items
            << QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(link(f.id, title), what.toHtmlEscaped());
    }
    m_links->setText(QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(items.join(QString())));
    m_links->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    ll->addWidget(m_links, 1);
    grid->addWidget(linksBox, 0, 2, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    layout->addLayout(grid);

    for (QLabel *l : {m_alerts, m_sessions, m_links, m_healthSummary}) {
        l->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(l, &QLabel::linkActivated, this, [this](const QString &href) {
            if (href.startsWith(QLatin1String("page:")))
                Q_EMIT navigate(href.mid(5), {});
        });
    }

    m_databases->setObjectName(QStringLiteral("databases"));
    m_databases->setColumnCount(5);
    m_databases->setHorizontalHeaderLabels(
        {tr("Database"), tr("Size"), tr("Connections"), tr("Commits"), tr("XID age")});
    m_databases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_databases->verticalHeader()->hide();
    m_databases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_databases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_databases->setMinimumHeight(90);
    layout->addWidget(m_databases, 1);

    connect(m_collector, &monitor::OverviewCollector::dataReady, this, &OverviewPage::showData);
    connect(m_health, &monitor::HealthCollector::reportReady, this, &OverviewPage::showHealth);
    connect(m_stats, &monitor::ServerStatsCollector::pointsReset, this, &OverviewPage::showHistory);
    connect(m_stats, &monitor::ServerStatsCollector::pointAdded, this, &OverviewPage::showHistory);
    connect(workspace, &core::Workspace::currentChanged, this, &OverviewPage::follow);
    follow();
    showHistory();
}

OverviewPage::~OverviewPage() {
    delete m_healthConn.data(); // while this is still an OverviewPage: it may wake its open()
}

void OverviewPage::follow() {
    core::ServerSession *s = session();
    m_collector->setServer(s ? s->monitor() : nullptr);
    m_health->setServer(nullptr);
    if (m_healthConn) {
        m_healthConn->close();
        m_healthConn->deleteLater();
    }
    m_healthFor = nullptr;
    m_stats->setHistory(s ? workspace()->history() : nullptr);
    m_stats->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_databases->setRowCount(0);
    m_healthSummary->setText(tr("Checking…"));
    m_alerts->clear();
    if (isActive()) {
        m_collector->poller()->refreshNow();
        m_stats->poller()->refreshNow();
        ensureHealthConnection();
    }
}

void OverviewPage::ensureHealthConnection() {
    core::ServerSession *s = session();
    if (!s || m_healthFor == s)
        return;
    m_healthFor = s;
    // Opened here and not awaited: the collector skips its checks until the connection is ready,
    // and the first check runs as soon as it is (and after every reconnect).
    pg::Connection::Options opts;
    opts.applicationName = QStringLiteral("pgdba overview health");
    opts.readOnly = true;
    opts.autoReconnect = true;
    opts.statementTimeoutMs = 30000;
    auto *c = new pg::Connection(this);
    c->setOptions(opts);
    connect(c, &pg::Connection::stateChanged, this, [this](pg::Connection::State st) {
        if (st == pg::Connection::State::Ready && isActive())
            m_health->poller()->refreshNow();
    });
    m_healthConn = c;
    m_health->setServer(c);
    c->open(s->connInfo()); // eager; a connection deleted meanwhile ends it
}

void OverviewPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
    m_health->poller()->setActive(active);
    m_stats->poller()->setActive(active);
    if (active)
        ensureHealthConnection();
}

void OverviewPage::refresh() {
    m_collector->poller()->refreshNow();
    m_health->recheck();
}

QStringList OverviewPage::linkedPages() const {
    QStringList ids;
    const QString text = m_links->text();
    for (qsizetype at = text.indexOf(QLatin1String("page:")); at >= 0;
         at = text.indexOf(QLatin1String("page:"), at + 1))
        ids << text.mid(at + 5, text.indexOf(QLatin1Char('"'), at) - at - 5);
    return ids;
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
    m_heading->setText(
        tr("%1 — PostgreSQL %2, %3")
            .arg(s->profile().displayName(), f.shortVersion(), d.inRecovery ? tr("standby") : tr("primary")));
    m_server->setText(QStringLiteral("PostgreSQL %1 — %2").arg(f.version, s->connInfo().displayName()));
    m_role->setText(
        QStringLiteral("%1%2%3").arg(f.role, f.superuser ? tr(" (superuser)") : QString(),
                                     f.pgMonitor && !f.superuser ? tr(" (pg_monitor)") : QString()));
    m_uptime->setText(duration(d.uptimeS));
    m_connections->setText(tr("%1 of %2 (%3 active)").arg(d.connections).arg(d.maxConnections).arg(d.active));
    m_cache->setText(d.cacheHitRatio
                         ? QStringLiteral("%1 %").arg(QLocale().toString(*d.cacheHitRatio * 100, 'f', 2))
                         : tr("n/a"));
    const auto total = d.totalSizeBytes();
    m_size->setText(tr("%n database(s)", nullptr, int(d.databases.size())) +
                    (total ? tr(", %1 in all").arg(loc.formattedDataSize(*total)) : QString()));

    // Sessions now, each count a way into the page that shows them.
    QStringList counts;
    counts << link(QString::fromLatin1(pageid::Activity), tr("%n active", nullptr, int(d.active)));
    counts << link(QString::fromLatin1(pageid::Locks), tr("%n waiting on a lock", nullptr, int(d.waiting)));
    counts << link(QString::fromLatin1(pageid::Activity),
                   tr("%n idle in transaction", nullptr, int(d.idleInTransaction)));
    counts << tr("%n idle", nullptr, int(d.idle));
    if (d.longRunning > 0)
        counts << link(QString::fromLatin1(pageid::Activity),
                       tr("%n running for over a minute", nullptr, int(d.longRunning)));
    m_sessions->setText(counts.join(QStringLiteral(" · ")));

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

void OverviewPage::showHealth(const monitor::HealthReport &report) {
    using monitor::HealthStatus;
    if (!report.failure.isEmpty()) {
        m_healthSummary->setText(tr("Health checks could not run: %1").arg(report.failure));
        m_alerts->clear();
        return;
    }
    const int critical = report.count(HealthStatus::Critical), warning = report.count(HealthStatus::Warning),
              ok = report.count(HealthStatus::Ok);
    theme::setRichText(
        m_healthSummary,
        (tr("<span style='color:#c62828'><b>%1 critical</b></span> · <span style='color:#9a5b00'>%2 "
            "warning(s)</span> · %3 OK — checked %4")
             .arg(critical)
             .arg(warning)
             .arg(ok)
             .arg(QLocale().toString(report.checkedAt.time(), QLocale::ShortFormat))));
    const QList<monitor::OverviewAlert> alerts = monitor::overviewAlerts(report);
    if (alerts.isEmpty()) {
        theme::setRichText(m_alerts, (tr("<span style='color:#2e7d32'>No open alerts.</span> %1")
                                          .arg(link(QString::fromLatin1(pageid::Health), tr("All checks")))));
        return;
    }
    QStringList lines;
    for (const monitor::OverviewAlert &a : alerts)
        lines << QStringLiteral("<span style='color:%1'>●</span> %2: %3")
                     .arg(a.status == HealthStatus::Critical ? QStringLiteral("#c62828")
                                                             : QStringLiteral("#9a5b00"),
                          link(QString::fromLatin1(pageid::Health), a.title), a.summary.toHtmlEscaped());
    theme::setRichText(m_alerts, (lines.join(QStringLiteral("<br>"))));
}

void OverviewPage::showHistory() {
    const QList<monitor::ServerStatsPoint> &points = m_stats->points();
    const QList<double> tps = monitor::transactionRates(points);
    QList<double> active;
    active.reserve(points.size());
    for (const auto &p : points)
        active << double(p.active + p.waiting);
    m_tps->setValues(tps);
    m_active->setValues(active);
    const QLocale loc;
    m_tpsNow->setText(tps.isEmpty() ? tr("Transactions/s")
                                    : tr("%1 transactions/s").arg(loc.toString(tps.last(), 'f', 1)));
    m_activeNow->setText(active.isEmpty() ? tr("Active sessions")
                                          : tr("%n active session(s)", nullptr, int(active.last())));
}

} // namespace ui
