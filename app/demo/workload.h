#pragma once

#include "pg/conninfo.h"

#include <QJsonObject>
#include <QObject>

#include <random>

#include <qcoro/qcorotask.h>

namespace bench {
class ConnectionPool;
class Pauser;
struct Statements;
} // namespace bench

namespace pg {
class Connection;
}

namespace demo {

// A light, realistic background load on the demo database so every pgdba page shows life:
// stores creating orders, couriers listing, claiming (the ticket's SKIP LOCKED transaction)
// and delivering, customers looking at their order, now and then a slow report, a
// transaction left idle for a while and a short lock chain. Every actor sleeps between
// requests, so the rate stays bounded (a few requests per second). Runs until stop().
class Workload : public QObject {
    Q_OBJECT
public:
    struct Options {
        int couriers = 4;
        double speed = 1.0;        // > 1 makes every pause shorter (tests)
        int idleEverySeconds = 75; // a transaction left idle in transaction
        int idleForSeconds = 25;
        int lockChainEverySeconds = 60;
        int lockHoldSeconds = 12;
        int reportEverySeconds = 40;
        quint32 seed = 0;
    };
    struct Counters {
        qint64 created = 0, listed = 0, claimed = 0, notAvailable = 0, advanced = 0, delivered = 0,
               lookups = 0, reports = 0, idleTransactions = 0, lockChains = 0, errors = 0;
    };

    explicit Workload(QObject *parent = nullptr);
    ~Workload() override;

    // Connects, then runs every actor until stop(); resolves when all have finished.
    QCoro::Task<std::optional<QString>> run(pg::ConnInfo info, Options options);
    void stop();
    bool isStopping() const { return m_stopping; }
    const Counters &counters() const { return m_counters; }
    QString statusLine() const;

Q_SIGNALS:
    void message(const QString &text); // one line for the log
    void started();

private:
    QCoro::Task<void> storeLoop();
    QCoro::Task<void> courierLoop(int courierId);
    QCoro::Task<void> customerLoop();
    QCoro::Task<void> reportLoop();
    QCoro::Task<void> idleTransactionLoop();
    QCoro::Task<void> lockChainLoop();
    QCoro::Task<bool> claimOne(int courierId, qint64 *orderId);
    QCoro::Task<pg::Connection *> dedicated(QString application, int lockTimeoutMs);
    QCoro::Task<void> refreshIdRange(pg::Connection *c);
    int jitter(int baseMs); // baseMs ± 40%, divided by the speed
    qint64 oldOrderId();    // one from the oldest half: nobody else touches it
    void noteError(const QString &where, const QString &what);

    pg::ConnInfo m_info;
    Options m_options;
    bench::ConnectionPool *m_pool = nullptr;
    bench::Pauser *m_pauser = nullptr;
    std::unique_ptr<bench::Statements> m_sql;
    QList<pg::Connection *> m_dedicated;
    std::mt19937 m_rng;
    Counters m_counters;
    qint64 m_minId = 1, m_maxId = 1;
    bool m_stopping = false;
};

} // namespace demo
