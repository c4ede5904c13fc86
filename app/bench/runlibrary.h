#pragma once

#include "bench/runresult.h"
#include "history/store.h" // QPointer needs the complete type
#include "pg/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace bench {

// What the Benchmark page shows about the connected database before a run
// (sql/bench/preflight.sql): is it a demo database, and what does it hold?
struct ServerCheck {
    std::optional<pg::Error> error;
    bool hasSchema = false;
    QString database;
    qint64 ordersEstimate = 0;
    QStringList indexes;
    bool ok() const { return !error.has_value(); }
};

// The Benchmark page's collector: the preflight read, and the saved runs of one server in the
// history store (kind "bench", see RunArchive). Runs are read on a worker thread through a
// connection of their own (the store may hold hundreds of runs with their timelines).
class RunLibrary : public QObject {
    Q_OBJECT
public:
    explicit RunLibrary(QObject *parent = nullptr);

    void setStore(history::Store *store);
    history::Store *store() const { return m_store; }

    static QCoro::Task<ServerCheck> check(pg::Connection *conn);
    // Every saved run of the server, oldest first (empty without a store).
    QCoro::Task<QList<RunResult>> load(QString server) const;
    // Saves a finished run; false when there is no store or the write failed.
    bool save(const QString &server, const RunResult &run);

private:
    QPointer<history::Store> m_store;
};

} // namespace bench
