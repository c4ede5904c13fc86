#pragma once

#include "bench/livepoint.h"
#include "bench/runcontext.h"
#include "bench/runresult.h"
#include "pg/conninfo.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace bench {

class Courier;

// Runs one benchmark: N couriers as N coroutines in the caller's event loop (no thread per
// courier), sharing a ConnectionPool; times every request and the pool wait apart; after a
// claim run, checks the result in the database. Never blocks: the GUI can run it directly.
class Runner : public QObject {
    Q_OBJECT
public:
    Runner(pg::ConnInfo info, RunConfig config, QObject *parent = nullptr);
    ~Runner() override;

    // The whole run; the result carries an error text when it could not happen.
    QCoro::Task<RunResult> run();
    // Ends the run early: couriers finish the request in hand, then the check runs.
    void stop();
    bool isRunning() const { return m_running; }
    const RunConfig &config() const { return m_ctx.config; }

Q_SIGNALS:
    void phase(const QString &text); // "connecting", "running", "checking", ...
    void progress(const bench::LivePoint &point);

private:
    QCoro::Task<RunResult> execute();
    void tick();

    pg::ConnInfo m_info;
    RunContext m_ctx;
    pg::Connection *m_control = nullptr;
    std::vector<std::unique_ptr<Courier>> m_couriers;
    QTimer m_ticker;
    QList<LivePoint> m_timeline;
    qint64 m_lastTickMs = 0;
    bool m_running = false;
};

} // namespace bench
