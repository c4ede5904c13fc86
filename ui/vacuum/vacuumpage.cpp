#include "vacuum/vacuumpage.h"

#include "core/workspace.h"
#include "monitor/poller.h"
#include "replication/replicationsnapshot.h"
#include "vacuum/vacuumcollector.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {
using replication::bytesText;
using replication::secondsText;

QTreeWidget *table(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setStretchLastSection(true);
    return t;
}

void mark(QTreeWidgetItem *item, const QColor &fg, const QColor &bg) {
    for (int c = 0; c < item->columnCount(); ++c) {
        item->setForeground(c, fg);
        item->setBackground(c, bg);
    }
}

QString kindLabel(const QString &kind) {
    if (kind == QLatin1String("vacuum"))
        return VacuumPage::tr("VACUUM");
    if (kind == QLatin1String("analyze"))
        return VacuumPage::tr("ANALYZE");
    if (kind == QLatin1String("create_index"))
        return VacuumPage::tr("CREATE INDEX");
    if (kind == QLatin1String("cluster"))
        return VacuumPage::tr("CLUSTER / VACUUM FULL");
    if (kind == QLatin1String("basebackup"))
        return VacuumPage::tr("base backup");
    if (kind == QLatin1String("copy"))
        return VacuumPage::tr("COPY");
    return kind;
}

QWidget *section(const QString &title, QWidget *body, QWidget *extra, QWidget *parent) {
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title), w), 1);
    if (extra)
        head->addWidget(extra);
    l->addLayout(head);
    l->addWidget(body, 1);
    return w;
}
} // namespace

VacuumPage::VacuumPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new vacuum::VacuumCollector(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(this))
    , m_running(table({tr("PID"), tr("Command"), tr("Relation"), tr("Phase"), tr("Progress"), tr("Detail")},
                      QStringLiteral("running"), this))
    , m_horizon(table(
          {tr("Holder"), tr("Kind"), tr("Age (xids)"), tr("Age"), tr("Database"), tr("Who"), tr("Action")},
          QStringLiteral("horizon"), this))
    , m_copyAction(new QPushButton(tr("Copy statement"), this))
    , m_tables(table({tr("Table"), tr("Dead tuples"), tr("Autovacuum at"), tr("% of threshold"),
                      tr("Freeze age"), tr("% of freeze max"), tr("Last vacuum")},
                     QStringLiteral("tables"), this))
    , m_bloat(table({tr("Table"), tr("Size"), tr("Bloat"), tr("%"), tr("Source"), tr("Growth")},
                    QStringLiteral("bloat"), this))
    , m_bloatNote(new QLabel(this)) {
    m_summary->setObjectName(QStringLiteral("vacuumSummary"));
    m_summary->setWordWrap(true);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setToolTip(
        tr("Copy the statement that releases the selected holder, to review and run it"));
    m_copyAction->setEnabled(false);
    m_bloatNote->setObjectName(QStringLiteral("bloatNote"));
    m_bloatNote->setWordWrap(true);
    m_running->setMinimumHeight(110);
    m_running->header()->setSectionResizeMode(4, QHeaderView::Fixed);
    m_running->header()->resizeSection(4, 200);

    auto *bloatBox = new QWidget(this);
    auto *bloatLayout = new QVBoxLayout(bloatBox);
    bloatLayout->setContentsMargins(0, 0, 0, 0);
    bloatLayout->addWidget(m_bloat, 1);
    bloatLayout->addWidget(m_bloatNote);

    auto *grid = new QGridLayout;
    grid->addWidget(section(tr("Running maintenance"), m_running, nullptr, this), 0, 0);
    grid->addWidget(section(tr("What holds back the xmin horizon"), m_horizon, m_copyAction, this), 0, 1);
    grid->addWidget(section(tr("Tables closest to autovacuum"), m_tables, nullptr, this), 1, 0);
    grid->addWidget(section(tr("Table bloat"), bloatBox, nullptr, this), 1, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_collector, &vacuum::VacuumCollector::snapshotReady, this, [this] {
        m_banner->clear();
        showSnapshot();
        markDataArrived();
    });
    connect(m_collector, &vacuum::VacuumCollector::sampleFailed, this,
            [this](const pg::Error &e) { m_banner->showError(e, QStringLiteral("pg_monitor")); });
    connect(m_horizon, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_copyAction->setEnabled(item && !item->data(0, Qt::UserRole).toString().isEmpty());
    });
    connect(m_copyAction, &QPushButton::clicked, this, [this] {
        if (auto *item = m_horizon->currentItem())
            QApplication::clipboard()->setText(item->data(0, Qt::UserRole).toString());
    });
    connect(workspace, &core::Workspace::currentChanged, this, &VacuumPage::followServer);
    followServer();
}

VacuumPage::~VacuumPage() = default;

void VacuumPage::followServer() {
    core::ServerSession *s = session();
    m_collector->setHistory(s ? workspace()->history() : nullptr);
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    for (auto *v : {m_running, m_horizon, m_tables, m_bloat})
        v->clear();
    if (isActive())
        m_collector->poller()->refreshNow();
}

void VacuumPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
}

void VacuumPage::refresh() {
    m_collector->requestTables();
    m_collector->poller()->refreshNow();
}

void VacuumPage::showSnapshot() {
    const vacuum::VacuumSnapshot &s = m_collector->snapshot();
    const auto &w = s.workers;
    QStringList summary;
    summary << tr("Autovacuum workers: <b>%1 of %2</b> busy").arg(w.busy).arg(w.max);
    if (!w.enabled)
        summary << tr("<span style='color:#b71c1c'><b>autovacuum is OFF</b></span>");
    summary << tr("database age %1 of %2 (forced vacuum)").arg(w.databaseFreezeAge).arg(w.freezeMaxAge);
    summary << tr("%n command(s) running", nullptr, int(s.running.size()));
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    // Running maintenance: rebuilt each refresh (a handful of rows), one progress bar each.
    m_running->clear();
    for (const auto &p : s.running) {
        auto *item = new QTreeWidgetItem(
            m_running,
            {QString::number(p.pid), kindLabel(p.kind) + (p.autovacuum ? tr(" (auto)") : QString()),
             p.relation.isEmpty() ? p.database : p.relation, p.phase, QString(), p.detail});
        auto *bar = new QProgressBar(m_running);
        bar->setObjectName(QStringLiteral("progress"));
        bar->setMinimumWidth(140);
        if (p.fraction() < 0) {
            bar->setRange(0, 0);
            bar->setFormat(tr("%1 %2").arg(p.done).arg(p.unit));
        } else {
            bar->setRange(0, 1000);
            bar->setValue(int(std::lround(p.fraction() * 1000)));
            bar->setFormat(tr("%1 % of %2 %3").arg(p.fraction() * 100, 0, 'f', 0).arg(p.total).arg(p.unit));
        }
        bar->setToolTip(tr("running for %1").arg(secondsText(p.runningS)));
        m_running->setItemWidget(item, 4, bar);
    }

    const QString selected = m_horizon->currentItem() ? m_horizon->currentItem()->text(0) : QString();
    m_horizon->clear();
    for (const auto &h : s.horizon) {
        QStringList whoParts;
        for (const QString &part : {h.role, h.application, h.state})
            if (!part.isEmpty())
                whoParts << part;
        const QString who = whoParts.join(QStringLiteral(" · "));
        auto *item = new QTreeWidgetItem(m_horizon, {h.kind == vacuum::HorizonHolder::Kind::Transaction ||
                                                             h.kind == vacuum::HorizonHolder::Kind::Snapshot
                                                         ? tr("pid %1").arg(h.pid)
                                                         : h.holder,
                                                     h.kindLabel(), QString::number(h.ageXids),
                                                     h.ageS < 0 ? QStringLiteral("–") : secondsText(h.ageS),
                                                     h.database, who, h.action()});
        item->setData(0, Qt::UserRole, h.actionSql());
        item->setToolTip(6, h.actionSql());
        if (!h.query.isEmpty())
            item->setToolTip(0, h.query);
        if (h.ageS >= 300 || h.ageXids >= 1000000)
            mark(item, QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0xeb, 0xee));
        if (item->text(0) == selected)
            m_horizon->setCurrentItem(item);
    }

    m_tables->clear();
    for (const auto &t : s.tables) {
        auto *item = new QTreeWidgetItem(
            m_tables,
            {t.relation, QString::number(t.deadTuples), QString::number(qint64(t.threshold)),
             QStringLiteral("%1 %").arg(t.vacuumRatio * 100, 0, 'f', 0), QString::number(t.freezeAge),
             QStringLiteral("%1 %").arg(t.freezeRatio * 100, 0, 'f', 1),
             t.lastVacuum.isValid() ? t.lastVacuum.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : tr("never")});
        if (!t.autovacuumEnabled)
            item->setToolTip(0, tr("autovacuum is disabled for this table (reloptions)"));
        else if (t.hasReloptions)
            item->setToolTip(0, tr("per-table autovacuum settings apply"));
        if (t.freezeRatio >= 1 || t.pastThreshold())
            mark(item, QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0xeb, 0xee));
        else if (t.vacuumRatio >= 0.8)
            mark(item, QColor(0x8d, 0x5b, 0x00), QColor(0xff, 0xf8, 0xe1));
    }

    m_bloat->clear();
    for (const auto &b : s.bloat) {
        new QTreeWidgetItem(
            m_bloat,
            {b.relation, bytesText(b.bytes), bytesText(b.bloatBytes),
             QStringLiteral("%1").arg(b.bloatPct, 0, 'f', 1),
             b.exact ? tr("pgstattuple") : (b.statsComplete ? tr("estimate") : tr("estimate*")),
             std::isnan(b.growthBytes) ? QStringLiteral("–")
                                       : (b.growthBytes >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                             bytesText(qint64(std::abs(b.growthBytes)))});
    }
    m_bloatNote->setText(
        s.pgstattuple
            ? tr("Exact figures from pgstattuple for the largest tables; estimates from statistics for "
                 "the rest. Growth: since the oldest sample of the last 24 h.")
            : tr("Estimates from statistics (reltuples, pg_stats widths). CREATE EXTENSION pgstattuple "
                 "for exact figures. * some columns have no statistics: ANALYZE the table."));
}

} // namespace ui
