#pragma once

#include "pg/error.h"
#include "vacuum/vacuumsnapshot.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}
namespace monitor {
class Poller;
}

namespace vacuum {

struct VacuumFetchOptions {
    bool tables = true; // the slow part: tables ranking and bloat (every table of the database)
    int tableLimit = 200;
    int bloatLimit = 100;
    int indexBloatLimit = 100;
    int exactCount = 5; // pgstattuple reads a table in full: only the largest estimates...
    qint64 exactMaxBytes = qint64(1) << 30; // ...and only tables up to this size
};

struct VacuumFetch {
    VacuumSnapshot snapshot;
    std::optional<pg::Error> error;
};

// The vacuum page's data (sql/vacuum/*.sql) through the monitoring connection while its poller
// is active: running maintenance, autovacuum workers and the xmin horizon holders every
// refresh; the table ranking and bloat (estimate, pgstattuple when installed) every
// tablesIntervalMs, since they read every table. Parsing runs on the thread pool. Bloat per
// table goes to the history store (kind "vacuum", key "bloat") and growth is measured against
// the oldest sample of the last growthWindowMs.
class VacuumCollector : public QObject {
    Q_OBJECT
public:
    explicit VacuumCollector(QObject *parent = nullptr);
    ~VacuumCollector() override;

    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    monitor::Poller *poller() const { return m_poller; }
    void setTablesIntervalMs(qint64 ms) { m_tablesIntervalMs = ms; }
    void setGrowthWindowMs(qint64 ms) { m_growthWindowMs = ms; }
    // The next refresh also reads the tables (e.g. the user pressed Refresh).
    void requestTables() { m_forceTables = true; }

    const VacuumSnapshot &snapshot() const { return m_snapshot; }
    static QString historyKind() { return QStringLiteral("vacuum"); }

    static QCoro::Task<VacuumFetch> fetch(pg::Connection *conn, VacuumFetchOptions options = {});

Q_SIGNALS:
    void snapshotReady();
    void sampleFailed(const pg::Error &error);

private:
    QCoro::Task<void> refresh(quint64 generation);

    monitor::Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_history;
    QString m_serverKey;
    qint64 m_tablesIntervalMs = 60000;
    qint64 m_growthWindowMs = 24LL * 3600 * 1000;
    bool m_forceTables = true;
    VacuumSnapshot m_snapshot;
};

} // namespace vacuum
