#pragma once

#include "monitor/statementavailability.h"
#include "monitor/statementsample.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace monitor {

// One fetch: whether the extension is usable, and if so the sample and the query texts.
struct StatementFetch {
    StatementAvailability availability;
    std::optional<pg::Error> error; // a passing failure (connection lost, timeout): try again later
    StatementSample sample;
    QHash<StatementKey, QString> texts; // every known text (implicitly shared)
    double serverMs = 0;                // round trip of the counters query
    int textsFetched = 0;               // new texts loaded by this fetch
    int rowsSent = 0;                   // entries the server sent (those whose calls moved)
    QList<StatementKey> sentKeys;       // which ones
    int entriesDropped = 0;             // held entries the server named as gone (evicted, reset)
    int fullRefetches = 0;              // 1 when what was held did not add up: all sent again

    bool ok() const { return availability.usable() && !error; }
};

// Reads pg_stat_statements through a connection: probes once (and again after any problem),
// then per fetch the counters without texts (the variant for the server's version) of the
// entries whose calls moved since its previous fetch (statements_delta*.sql; the others are kept
// from that fetch; entries that went, evicted or reset, are named by the server and dropped;
// should the count or checksum still differ, everything is read again), the eviction/reset info,
// and the texts of statements it has not seen yet. Parsing runs on the thread pool. Used by the statements
// page, the CLI and the tests.
class StatementSampler : public QObject {
    Q_OBJECT
public:
    explicit StatementSampler(QObject *parent = nullptr);

    QCoro::Task<StatementFetch> fetch(pg::Connection *conn);
    // Probe again on the next fetch and forget the texts (server switched, extension created).
    void invalidate();
    // The next fetch asks for every entry (the texts it knows are kept): what each sample cost
    // before samples sent only what moved (bench_refresh_bytes).
    void resetDelta();
    const StatementAvailability &availability() const { return m_availability; }
    const QHash<StatementKey, QString> &texts() const { return m_texts; }

    // The SQL of sql/monitor/<name>.sql for this server with {{schema}} replaced by the
    // extension's schema, quoted for conn.
    static QString sql(const QString &name, pg::Connection *conn, const QString &schema);

private:
    QCoro::Task<bool> probe(pg::Connection *conn);

    StatementAvailability m_availability;
    QHash<StatementKey, QString> m_texts;
    QList<StatementCounters> m_held; // the previous sample's entries with a query id, in order
    QVariant m_heldParam;            // them as $1 of statements_delta*.sql (made on the worker)
};

} // namespace monitor
