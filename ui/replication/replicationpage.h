#pragma once

#include "page.h"
#include "pageids.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

class QLabel;
class QGroupBox;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace pg {
class Connection;
}
namespace replication {
class ReplicationCollector;
class SlotControl;
struct SlotDropOutcome;
} // namespace replication

namespace ui {

class ErrorBanner;
class TimeSeriesChart;

// Replication and WAL: WAL senders with lag, replication slots (an inactive slot keeping WAL,
// or one past "reserved", stands out with what to do; "Drop slot…" after a confirmation that
// names what breaks, audited), the standby side (receiver, replay delay, paused, conflicts),
// archiving, and charts over time of lag, WAL generation and checkpoints. The data comes from
// replication::ReplicationCollector; this page only presents it.
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
    QTreeWidget *sendersView() const { return m_senders; }
    QTreeWidget *slotsView() const { return m_slots; }
    // Asks to drop the slot: opens the confirmation (returned); on "Drop slot" it is dropped.
    QMessageBox *requestDropSlot(const QString &slotName);

Q_SIGNALS:
    void slotDropFinished(const QString &slotName, const QString &outcome);

private:
    void followServer();
    void showSnapshot();
    void redrawCharts();
    void updateSlotAdvice();
    QCoro::Task<replication::SlotDropOutcome> dropSlot(QString slotName);

    replication::ReplicationCollector *m_collector;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QTreeWidget *m_senders;
    QTreeWidget *m_slots;
    QLabel *m_slotAdvice;
    QPushButton *m_drop;
    QGroupBox *m_standbyBox;
    QLabel *m_standby;
    TimeSeriesChart *m_lagChart;
    TimeSeriesChart *m_walChart;
    TimeSeriesChart *m_checkpointChart;
    QPointer<pg::Connection> m_actions;
    QPointer<replication::SlotControl> m_slotControl;
};

} // namespace ui
