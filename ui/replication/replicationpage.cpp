#include "replication/replicationpage.h"

#include "widgets/theme.h"

#include "core/workspace.h"
#include "dashboard/timeserieschart.h"
#include "monitor/poller.h"
#include "pg/connection.h"
#include "replication/replicationchartdata.h"
#include "replication/replicationcollector.h"
#include "replication/replicationmodels.h"
#include "replication/rowsview.h"
#include "replication/slotcontrol.h"
#include "widgets/errorbanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {
using replication::bytesText;
using replication::secondsText;
constexpr qint64 Minute = 60 * 1000;
} // namespace

ReplicationPage::ReplicationPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new replication::ReplicationCollector(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(this))
    , m_sendersModel(new replication::SendersModel(this))
    , m_slotsModel(new replication::SlotsModel(this))
    , m_senders(rowsView(m_sendersModel, QStringLiteral("senders"), this))
    , m_slots(rowsView(m_slotsModel, QStringLiteral("slots"), this))
    , m_range(new QComboBox(this))
    , m_slotAdvice(new QLabel(this))
    , m_drop(new QPushButton(tr("Drop slot…"), this))
    , m_standbyBox(new QGroupBox(tr("This server is a standby"), this))
    , m_standby(new QLabel(m_standbyBox))
    , m_lagChart(new TimeSeriesChart(tr("Replication lag"), tr("MB"), this))
    , m_walChart(new TimeSeriesChart(tr("WAL generated per second"), tr("MB/s"), this))
    , m_ioTabs(new QTabWidget(this))
    , m_checkpointCountChart(
          new TimeSeriesChart(tr("Checkpoints since the start of the range"), tr("count"), this))
    , m_checkpointTimeChart(new TimeSeriesChart(
          tr("Checkpoint write and sync time since the start of the range"), tr("s"), this))
    , m_checkpointChart(new TimeSeriesChart(tr("Buffers written per second"), tr("/s"), this)) {
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setToolTip(tr("Time range of the charts (read from the history store)"));
    for (const auto &[label, minutes] : {std::pair{tr("15 min"), 15}, std::pair{tr("1 h"), 60},
                                         std::pair{tr("6 h"), 360}, std::pair{tr("24 h"), 1440}})
        m_range->addItem(label, QVariant::fromValue(qint64(minutes) * Minute));
    m_range->setCurrentIndex(1);
    m_collector->setWindowMs(m_range->currentData().toLongLong());
    m_summary->setObjectName(QStringLiteral("replicationSummary"));
    m_summary->setWordWrap(true);
    m_slotAdvice->setObjectName(QStringLiteral("slotAdvice"));
    m_slotAdvice->setWordWrap(true);
    theme::setTextColor(m_slotAdvice, QColor(0xb7, 0x1c, 0x1c));
    m_drop->setObjectName(QStringLiteral("dropSlot"));
    m_drop->setEnabled(false);
    m_standby->setObjectName(QStringLiteral("standbyStatus"));
    m_standby->setWordWrap(true);
    m_standby->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *standbyLayout = new QVBoxLayout(m_standbyBox);
    standbyLayout->addWidget(m_standby);
    m_standbyBox->setVisible(false);
    m_lagChart->setObjectName(QStringLiteral("chartLag"));
    m_lagChart->addSeries(tr("MB not replayed"), QColor(0xc6, 0x28, 0x28));
    m_lagChart->setRightAxis(tr("seconds"), 0, 60, tr("%.0f s"));
    m_lagChart->addSeries(tr("replay lag (s)"), QColor(0x15, 0x65, 0xc0), TimeSeriesChart::Side::Right);
    m_walChart->setObjectName(QStringLiteral("chartWal"));
    m_walChart->addSeries(tr("WAL"), QColor(0x2e, 0x7d, 0x32));
    m_checkpointCountChart->setObjectName(QStringLiteral("chartCheckpointCount"));
    m_checkpointCountChart->addSeries(tr("timed"), QColor(0x2e, 0x7d, 0x32));
    m_checkpointCountChart->addSeries(tr("requested"), QColor(0xc6, 0x28, 0x28));
    m_checkpointTimeChart->setObjectName(QStringLiteral("chartCheckpointTime"));
    m_checkpointTimeChart->addSeries(tr("write"), QColor(0x15, 0x65, 0xc0));
    m_checkpointTimeChart->addSeries(tr("sync"), QColor(0xef, 0x8f, 0x00));
    m_checkpointChart->setObjectName(QStringLiteral("chartCheckpoints"));
    m_checkpointChart->addSeries(tr("checkpointer"), QColor(0x15, 0x65, 0xc0));
    m_checkpointChart->addSeries(tr("background writer"), QColor(0x2e, 0x7d, 0x32));
    m_checkpointChart->addSeries(tr("backends"), QColor(0xef, 0x8f, 0x00));
    // Two charts high, so that every axis label fits (Qt Charts elides a label taller than
    // its share of the axis): lag always in view, the others in tabs.
    for (auto *c : {m_lagChart, m_walChart, m_checkpointCountChart, m_checkpointTimeChart, m_checkpointChart})
        c->setMinimumHeight(200);
    m_ioTabs->setObjectName(QStringLiteral("checkpointTabs"));
    m_ioTabs->addTab(m_walChart, tr("WAL"));
    m_ioTabs->addTab(m_checkpointCountChart, tr("Checkpoints"));
    m_ioTabs->addTab(m_checkpointTimeChart, tr("Write / sync"));
    m_ioTabs->addTab(m_checkpointChart, tr("Buffers"));

    auto *left = new QVBoxLayout;
    left->addWidget(
        new QLabel(tr("<b>WAL senders</b> (standbys and subscribers reading from this server)"), this));
    left->addWidget(m_senders, 2);
    left->addWidget(new QLabel(tr("<b>Replication slots</b>"), this));
    left->addWidget(m_slots, 2);
    auto *slotBar = new QHBoxLayout;
    slotBar->addWidget(m_slotAdvice, 1);
    slotBar->addWidget(m_drop, 0, Qt::AlignTop);
    left->addLayout(slotBar);
    left->addWidget(m_standbyBox);
    auto *right = new QVBoxLayout;
    auto *rangeBar = new QHBoxLayout;
    rangeBar->addStretch(1);
    rangeBar->addWidget(new QLabel(tr("Charts:"), this));
    rangeBar->addWidget(m_range);
    right->addLayout(rangeBar);
    right->addWidget(m_lagChart, 1);
    right->addWidget(m_ioTabs, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);

    connect(m_collector, &replication::ReplicationCollector::snapshotReady, this, [this] {
        m_banner->clear();
        showSnapshot();
        redrawCharts();
        markDataArrived();
    });
    connect(m_collector, &replication::ReplicationCollector::pointsReset, this,
            &ReplicationPage::redrawCharts);
    connect(m_collector, &replication::ReplicationCollector::sampleFailed, this,
            [this](const pg::Error &e) { m_banner->showError(e, QStringLiteral("pg_monitor")); });
    connect(m_slots->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReplicationPage::updateSlotAdvice);
    connect(m_drop, &QPushButton::clicked, this, [this] {
        if (const QString slot = currentSlot(); !slot.isEmpty())
            requestDropSlot(slot);
    });
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { m_collector->setWindowMs(m_range->currentData().toLongLong()); });
    connect(workspace, &core::Workspace::currentChanged, this, &ReplicationPage::followServer);
    followServer();
}

ReplicationPage::~ReplicationPage() = default;

void ReplicationPage::followServer() {
    core::ServerSession *s = session();
    m_collector->setHistory(s ? workspace()->history() : nullptr);
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_sendersModel->clearRows();
    m_slotsModel->clearRows();
    if (m_actions)
        m_actions->deleteLater();
    if (m_slotControl)
        m_slotControl->deleteLater();
    if (isActive())
        m_collector->poller()->refreshNow();
}

void ReplicationPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
}

void ReplicationPage::refresh() {
    m_collector->poller()->refreshNow();
}

void ReplicationPage::showSnapshot() {
    const replication::ReplicationSnapshot &s = m_collector->snapshot();
    QStringList summary;
    summary << (s.inRecovery ? tr("<b>Standby</b>, replayed up to %1").arg(s.walLsn)
                             : tr("<b>Primary</b>, WAL at %1").arg(s.walLsn));
    summary << tr("%n WAL sender(s)", nullptr, int(s.senders.size()));
    summary << tr("%n slot(s)", nullptr, int(s.replicationSlots.size()));
    const auto &a = s.archiver;
    if (a.mode == QLatin1String("off"))
        summary << tr("archiving off");
    else if (a.failing())
        summary << tr("<span style='color:#b71c1c'><b>archiving FAILING</b>: %1 at %2 (%3 failures)</span>")
                       .arg(a.lastFailedWal, a.lastFailed.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                       .arg(a.failed);
    else
        summary
            << tr("archived %1 (last %2), %3 failures").arg(a.archived).arg(a.lastArchivedWal).arg(a.failed);
    if (!m_collector->points().isEmpty() && !std::isnan(m_collector->points().last().walBytesPerS))
        summary << tr("WAL %1/s").arg(bytesText(qint64(m_collector->points().last().walBytesPerS)));
    theme::setRichText(m_summary, summary.join(QStringLiteral(" · ")));

    m_sendersModel->setSnapshot(s);
    m_slotsModel->setSnapshot(s);
    updateSlotAdvice();

    m_standbyBox->setVisible(s.inRecovery);
    if (s.inRecovery) {
        const auto &b = s.standby;
        qint64 conflicts = 0;
        QStringList perDb;
        for (const auto &c : b.conflicts) {
            conflicts += c.total();
            if (c.total() > 0)
                perDb << tr("%1: %2 (snapshot %3, lock %4, buffer pin %5)")
                             .arg(c.database)
                             .arg(c.total())
                             .arg(c.snapshot)
                             .arg(c.lock)
                             .arg(c.bufferpin);
        }
        QStringList lines;
        lines << tr("WAL receiver: <b>%1</b> from %2, slot %3")
                     .arg(b.receiverStatus.isEmpty() ? tr("not running") : b.receiverStatus,
                          b.sender.isEmpty() ? tr("–") : b.sender,
                          b.receiverSlot.isEmpty() ? tr("none") : b.receiverSlot);
        lines << tr("Received %1 · replayed %2 · %3 waiting to be replayed")
                     .arg(b.receiveLsn, b.replayLsn, bytesText(b.replayGapBytes));
        lines << tr("Replay delay (now − last replayed transaction): <b>%1</b>%2")
                     .arg(secondsText(b.replayDelayS),
                          b.paused ? tr(" · <span style='color:#b71c1c'><b>REPLAY PAUSED</b></span> "
                                        "(SELECT pg_wal_replay_resume() to continue)")
                                   : QString());
        lines << tr("Recovery conflicts (queries cancelled): %1%2")
                     .arg(conflicts)
                     .arg(perDb.isEmpty() ? QString()
                                          : QStringLiteral(" — ") + perDb.join(QStringLiteral("; ")));
        theme::setRichText(m_standby, lines.join(QStringLiteral("<br>")));
    }
}

QString ReplicationPage::currentSlot() const {
    return m_slotsModel->keyAt(m_slots->currentIndex().row());
}

void ReplicationPage::updateSlotAdvice() {
    const auto &s = m_collector->snapshot();
    const QString name = currentSlot();
    const replication::ReplicationSlot *slot = name.isEmpty() ? nullptr : s.slot(name);
    m_drop->setEnabled(slot && !slot->active);
    m_drop->setToolTip(slot && slot->active
                           ? tr("In use by pid %1: a slot in use cannot be dropped").arg(slot->activePid)
                           : QString());
    QStringList advice;
    for (const auto &l : s.replicationSlots) {
        const QString p = l.problem(replication::SlotsModel::AttentionBytes);
        if (!p.isEmpty())
            advice << tr("<b>%1</b>: %2").arg(l.name, p.toHtmlEscaped());
    }
    m_slotAdvice->setText(advice.join(QStringLiteral("<br>")));
    m_slotAdvice->setVisible(!advice.isEmpty());
}

void ReplicationPage::redrawCharts() {
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - m_collector->windowMs();
    const auto d = replication::ReplicationChartData::from(m_collector->points(), from);
    m_lagChart->setData(d.ts, d.lag, from, to);
    m_walChart->setData(d.ts, d.wal, from, to);
    m_checkpointCountChart->setData(d.ts, d.checkpoints, from, to);
    m_checkpointTimeChart->setData(d.ts, d.ckptTime, from, to);
    m_checkpointChart->setData(d.ts, d.buffers, from, to);
    m_checkpointCountChart->chart()->setTitle(tr("Checkpoints in the range: %1 timed, %2 requested")
                                                  .arg(qint64(d.checkpointsTimed))
                                                  .arg(qint64(d.checkpointsRequested)));
    m_checkpointTimeChart->chart()->setTitle(tr("Checkpoint time in the range: write %1, sync %2")
                                                 .arg(secondsText(d.writeS), secondsText(d.syncS)));
}

QMessageBox *ReplicationPage::requestDropSlot(const QString &slotName) {
    const replication::ReplicationSlot *slot = m_collector->snapshot().slot(slotName);
    if (!slot)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Drop replication slot"),
                                tr("Drop the replication slot \"%1\" on %2?")
                                    .arg(slotName, session() ? session()->historyKey() : QString()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("dropSlotConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("It frees %1 of WAL kept for it.\n\nWhat breaks: %2\n\nThis cannot be undone and is "
           "written to the audit log.")
            .arg(bytesText(slot->retainedBytes), slot->dropConsequence()));
    QPushButton *drop = box->addButton(tr("Drop slot"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, drop, slotName](QAbstractButton *b) {
        if (b != drop)
            return;
        QCoro::connect(dropSlot(slotName), this, [this, slotName](const replication::SlotDropOutcome &o) {
            if (o.status == replication::SlotDropOutcome::Status::Done)
                m_banner->showMessage(o.message, ErrorBanner::Level::Info);
            else
                m_banner->showMessage(tr("Slot \"%1\" not dropped: %2").arg(slotName, o.message));
            Q_EMIT slotDropFinished(slotName, o.statusText());
            refresh();
        });
    });
    box->open();
    return box;
}

QCoro::Task<replication::SlotDropOutcome> ReplicationPage::dropSlot(QString slotName) {
    QPointer<ReplicationPage> self(this);
    core::ServerSession *s = session();
    if (!s) {
        replication::SlotDropOutcome o;
        o.message = tr("not connected to a server");
        co_return o;
    }
    if (!m_slotControl || !m_actions || !m_actions->isReady()) {
        pg::Connection *c = co_await s->openConnection(QStringLiteral("actions"), this);
        if (!self)
            co_return {};
        if (!c->isReady()) {
            replication::SlotDropOutcome o;
            o.message = tr("could not open the actions connection: %1").arg(c->lastError());
            c->deleteLater();
            co_return o;
        }
        m_actions = c;
        m_slotControl = new replication::SlotControl(c, s->historyKey(), workspace()->history(), this);
    }
    const replication::SlotDropOutcome o = co_await m_slotControl->dropSlot(slotName);
    co_return o;
}

} // namespace ui
