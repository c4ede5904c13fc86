#pragma once

#include "pg/conninfo.h"
#include "pg/error.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace demo {

// Fills the demo database (the ticket's orders and order_events) on the server with
// generate_series, in batches of 100,000 orders on two connections at once, and reports
// progress after every batch. Creates the schema (migration 001) when it is missing.
class Generator : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 orders = 1000000;
        qint64 batch = 100000;
        int stores = 200;
        int couriers = 1000;
        int spanDays = 180;  // created_at runs from now - spanDays up to now
        bool reset = false;  // drop and recreate the demo tables when they hold data
        int connections = 2; // batches in flight at once
        bool vacuum = true;  // VACUUM (ANALYZE) at the end
    };

    explicit Generator(QObject *parent = nullptr);
    ~Generator() override;

    QCoro::Task<std::optional<pg::Error>> run(pg::ConnInfo info, Options options);
    // Rows made, by status: {"orders": n, "events": n, "by_status": {...}} (after run()).
    QJsonObject counts() const { return m_counts; }

Q_SIGNALS:
    void phase(const QString &text);
    void progress(qint64 ordersDone, qint64 ordersTotal, double elapsedS);

private:
    QCoro::Task<std::optional<pg::Error>> prepareSchema(pg::Connection *c, bool reset);
    QCoro::Task<std::optional<pg::Error>> worker(pg::Connection *c);
    QCoro::Task<std::optional<pg::Error>> recordSchema(pg::Connection *c);
    std::optional<pg::Error> takeError();

    Options m_options;
    QString m_now;
    qint64 m_nextBatch = 0;
    qint64 m_done = 0;
    qint64 m_startMs = 0;
    std::optional<pg::Error> m_error;
    QJsonObject m_counts;
};

} // namespace demo
