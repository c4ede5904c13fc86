#pragma once

#include "page.h"
#include "pageids.h"
#include "sessionhistory/sessionstore.h"
#include "sessionhistory/timelinecontroller.h"

#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace sessionhistory {
class IncidentListModel;
class TopListModel;
} // namespace sessionhistory

namespace ui {

class TimelineChart;

// "What happened at 03:12, and who did it?": average active sessions by wait class over a range
// (15 min to 30 days) from the session history that this window and `pgdba record` sample; under
// it the top wait events, queries, users, applications, databases and clients of the selected
// window and its lock incidents. Double-click an entry to drill down (only that query, that
// wait event, ...); click a moment to replay it in Activity and Locks.
class TimelinePage : public Page {
    Q_OBJECT
public:
    explicit TimelinePage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~TimelinePage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Timeline); }
    QString title() const override { return tr("Timeline"); }
    void setActive(bool active) override;
    void refresh() override;

    sessionhistory::TimelineController *controller() const { return m_controller; }
    TimelineChart *chart() const { return m_chart; }
    sessionhistory::TopListModel *topModel(sessionhistory::Dim dim) const { return m_tops.value(int(dim)); }
    sessionhistory::IncidentListModel *incidentModel() const { return m_incidents; }
    QTabWidget *lists() const { return m_tabs; }
    // The range shown (live: ends now and follows it) and the selected window.
    void setRangeMs(qint64 spanMs);
    void setRange(qint64 fromMs, qint64 toMs, bool live);
    void selectWindow(qint64 fromMs, qint64 toMs);
    void setFilter(const std::optional<sessionhistory::Filter> &filter);
    std::optional<sessionhistory::Filter> filter() const { return m_filter; }
    bool isLive() const { return m_live; }
    int windowsShown() const { return m_windowsShown; }
    int timelinesShown() const { return m_timelinesShown; }
    void replayAt(qint64 tsMs); // opens Activity at that recorded moment
    void showIncident(int row); // the recorded forest

private:
    // The Range box says what the chart shows: the preset of that length, or "Custom: 37 min".
    void syncRangeBox();
    void followServer();
    void reload();
    void reloadWindow();
    void updateStatus();
    QTableView *addList(sessionhistory::Dim dim, const QString &title);
    void drillDown(sessionhistory::Dim dim, const QString &key);

    sessionhistory::TimelineController *m_controller;
    TimelineChart *m_chart;
    QComboBox *m_range;
    int m_presetRanges = 0; // the box's presets; a custom span is one more item after them
    QPushButton *m_now;
    QLineEdit *m_goTo;
    QLabel *m_filterLabel;
    QPushButton *m_clearFilter;
    QLabel *m_status;
    QLabel *m_windowLabel;
    QTabWidget *m_tabs;
    QHash<int, sessionhistory::TopListModel *> m_tops;
    sessionhistory::IncidentListModel *m_incidents;
    QTableView *m_incidentView;
    QTimer *m_liveTick;
    std::optional<sessionhistory::Filter> m_filter;
    qint64 m_from = 0, m_to = 0, m_selFrom = 0, m_selTo = 0;
    bool m_live = true;
    int m_windowsShown = 0;
    int m_timelinesShown = 0;
};

} // namespace ui
