#pragma once

#include "page.h"
#include "pageids.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QGroupBox;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace pg {
class Connection;
}
namespace replication {
class ReplicationCollector;
class SendersModel;
class SlotControl;
class SlotsModel;
struct SlotDropOutcome;
} // namespace replication

namespace ui {

class ErrorBanner;
class TimeSeriesChart;

// Replication and WAL: WAL senders with lag, replication slots (an inactive slot keeping WAL,
// or one past "reserved", stands out with what to do; "Drop slot…" after a confirmation that
// names what breaks, audited), the standby side (receiver, replay delay, paused, conflicts),
// archiving, and charts over a chosen range (15 min to 24 h, read from the history store on a
// worker thread) of lag, WAL generation, checkpoints timed vs requested, checkpoint write/sync
// time and buffers written. The data comes from replication::ReplicationCollector and the
// models in app/replication; this page only presents it.
class ReplicationPage : public Page {
    Q_OBJECT
public:
    explicit ReplicationPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~ReplicationPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Replication); }
    QString title() const override { return tr("Replication"); }
    void setActive(bool active) override;
    void refresh() override;

    replication::ReplicationCollector *collector() const { return m_collector; }
    QTreeView *sendersView() const { return m_senders; }
    QTreeView *slotsView() const { return m_slots; }
    replication::SendersModel *sendersModel() const { return m_sendersModel; }
    replication::SlotsModel *slotsModel() const { return m_slotsModel; }
    QComboBox *rangeBox() const { return m_range; }
    // Asks to drop the slot: opens the confirmation (returned); on "Drop slot" it is dropped.
    QMessageBox *requestDropSlot(const QString &slotName);

Q_SIGNALS:
    void slotDropFinished(const QString &slotName, const QString &outcome);

private:
    void followServer();
    void showSnapshot();
    void redrawCharts();
    void updateSlotAdvice();
    QString currentSlot() const;
    QCoro::Task<replication::SlotDropOutcome> dropSlot(QString slotName);

    replication::ReplicationCollector *m_collector;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    replication::SendersModel *m_sendersModel;
    replication::SlotsModel *m_slotsModel;
    QTreeView *m_senders;
    QTreeView *m_slots;
    QComboBox *m_range;
    QLabel *m_slotAdvice;
    QPushButton *m_drop;
    QGroupBox *m_standbyBox;
    QLabel *m_standby;
    TimeSeriesChart *m_lagChart;
    TimeSeriesChart *m_walChart;
    QTabWidget *m_ioTabs;
    TimeSeriesChart *m_checkpointCountChart;
    TimeSeriesChart *m_checkpointTimeChart;
    TimeSeriesChart *m_checkpointChart;
    QPointer<pg::Connection> m_actions;
    QPointer<replication::SlotControl> m_slotControl;
};

} // namespace ui
