#pragma once

#include "page.h"
#include "pageids.h"

#include <qcoro/qcorotask.h>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace fleet {
class FleetCollector;
class FleetFilter;
class FleetModel;
} // namespace fleet

namespace ui {

// Every saved server at once (the first page when more than one server is saved): grouped by
// the profile's group, one row per server with reachable or why not, version, role, sessions,
// a transactions-per-second sparkline of the last hour, cache hit, replication lag, health
// counts and open alerts. Sort by any column, filter by text; Enter or a double click opens the
// server (openServer, which the main window connects). Data from fleet::FleetCollector
// (app/fleet); it watches while the page is active, whether or not a server is connected.
class FleetPage : public Page {
    Q_OBJECT
public:
    explicit FleetPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~FleetPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Fleet); }
    QString title() const override { return tr("Fleet"); }
    void setActive(bool active) override;
    void refresh() override;

    // For tests and the benchmark.
    fleet::FleetCollector *collector() const { return m_collector; }
    fleet::FleetModel *model() const { return m_model; }
    fleet::FleetFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // True once the saved servers have been handed to the collector (passwords read).
    bool targetsLoaded() const { return m_targetsLoaded; }

Q_SIGNALS:
    void openServer(const QString &profileId);

private:
    QCoro::Task<void> loadTargets();
    void updateSummary();

    fleet::FleetCollector *m_collector;
    fleet::FleetModel *m_model;
    fleet::FleetFilter *m_filter;
    QLabel *m_summary;
    QLineEdit *m_filterEdit;
    QSpinBox *m_interval;
    QTreeView *m_view;
    bool m_targetsLoaded = false;
    quint64 m_loadGeneration = 0;
};

} // namespace ui
