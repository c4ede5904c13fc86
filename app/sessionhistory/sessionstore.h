#pragma once

#include "sessionhistory/incidenttracker.h"
#include "sessionhistory/samplecodec.h"
#include "sessionhistory/sessionsample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sessionhistory {

// What a top list or a drill-down groups by.
enum class Dim : int { Wait = 0, Query, User, Application, Database, Client, WaitClass };
std::optional<Dim> dimFromName(const QString &name); // "wait", "query", ..., "class"
QString dimName(Dim d);

// Dictionary kinds (sh_dict.kind).
enum class Kind : int {
    User = 1,
    Database,
    Application,
    Client,
    BackendType,
    State,
    Wait,
    Query,
    LockMode,
    Relation,
    LockType
};

struct Retention {
    qint64 rawMs = 48LL * 3600 * 1000;
    qint64 minuteMs = 30LL * 86400 * 1000;
    qint64 hourMs = 365LL * 86400 * 1000;
};

// Storage levels: raw samples, one-minute and one-hour aggregates.
enum class Level : int { Auto = -1, Raw = 0, Minute = 1, Hour = 2 };
qint64 levelStepMs(Level l); // 0 for raw

// Writes session history into the store's database (the thread that owns the connection):
// texts interned once per server, one row of varints per sample, incidents upserted while open,
// aggregation into minutes and hours, retention. Under the recorder lock only one writer writes a
// server, so dictionary ids are assigned here without a round trip per text.
class SessionWriter {
    Q_DECLARE_TR_FUNCTIONS(sessionhistory::SessionWriter)
public:
    explicit SessionWriter(QSqlDatabase db);
    // Creates the tables when missing (idempotent); false with lastError().
    bool ensureSchema();
    QString lastError() const { return m_error; }

    bool writeSample(const QString &server, const SessionSample &sample);
    bool writeIncident(const QString &server, const Incident &incident);
    // Aggregates every complete minute (and hour) not aggregated yet, up to nowMs less a margin
    // for samples still being written; returns the buckets built, -1 on error.
    int downsample(const QString &server, qint64 nowMs);
    // Deletes what is older than the retention (never raw samples not yet aggregated); rows deleted.
    qint64 enforceRetention(const QString &server, qint64 nowMs, const Retention &retention);

    int serverId(const QString &server); // -1 on error
    bool isPartitioned() const { return !m_sqlite; }
    // PostgreSQL: the day partitions (UTC days) that hold [fromMs, toMs] in every partitioned
    // table, created when missing; and today's to the day after tomorrow ("ahead").
    bool ensurePartitions(qint64 fromMs, qint64 toMs);
    bool ensurePartitionsAhead(qint64 nowMs);
    // PostgreSQL: the partitions of a table, by day (tests, retention).
    QStringList partitions(const QString &table);
    quint32 intern(int srv, Kind kind, const QString &text, qint64 hash = 0);
    PackedRow pack(int srv, const SessionRow &row, qint64 tsMs);

private:
    bool loadDictionary(int srv);
    int aggregateMinutes(int srv, qint64 nowMs);
    int aggregateHours(int srv);
    qint64 progress(int srv, int level);
    bool setProgress(int srv, int level, qint64 nextTs);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection; // by name: no copy of the connection outlives the store's close()
    bool m_sqlite = true;
    QString m_error;
    QHash<QString, int> m_servers;
    struct Dict {
        QHash<QPair<int, qint64>, quint32> ids; // (kind, hash) → id
        quint32 maxId = 0;
    };
    QHash<int, Dict> m_dicts;
    QSet<qint64> m_days; // day partitions known to exist (PostgreSQL)
    qint64 dropExpired(const QString &table, qint64 cutMs);
};

// One entry of a top list.
struct TopEntry {
    QString key;          // the text ("Timeout:PgSleep", a query, a user, ...)
    qint64 samples = 0;   // active session-samples
    double avgActive = 0; // samples / samples in the window
    double share = 0;     // of all active session-samples in the window
    // Queries only, from the statements history over the same window (pg_stat_statements
    // deltas the Statements sampler stores): calls and mean execution time; calls < 0: none
    // stored (no pg_stat_statements, or the statement did not run to completion in the window).
    qint64 calls = -1;
    double meanMs = 0;
};

struct TimelineData {
    Level level = Level::Raw;
    qint64 fromMs = 0, toMs = 0, bucketMs = 0;
    QList<qint64> ts;                                    // bucket starts
    QList<std::array<float, int(WaitClass::Count)>> aas; // average active per class per bucket
    qint64 samples = 0;                                  // samples read
    double maxStacked() const;
};

// A filter for drill-down: only sessions whose dim has this text.
struct Filter {
    Dim dim = Dim::Wait;
    QString key;
};

// Reads session history. Each instance owns a connection cloned from the store's (Qt Sql
// connections belong to the thread that opened them): create it on the worker thread that reads.
class SessionReader {
    Q_DECLARE_TR_FUNCTIONS(sessionhistory::SessionReader)
public:
    explicit SessionReader(const QString &storeConnectionName);
    ~SessionReader();
    SessionReader(const SessionReader &) = delete;
    SessionReader &operator=(const SessionReader &) = delete;
    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    QStringList servers();
    // Raw samples with their texts (replay, tests), oldest first.
    QList<SessionSample> samples(const QString &server, qint64 fromMs, qint64 toMs);
    // The sample at or before tsMs (replay), and its neighbours' times.
    std::optional<SessionSample> sampleAt(const QString &server, qint64 tsMs);
    qint64 neighbour(const QString &server, qint64 tsMs, int direction); // 0 when none

    Level chooseLevel(const QString &server, qint64 fromMs, qint64 toMs, qint64 nowMs);
    TimelineData timeline(const QString &server, qint64 fromMs, qint64 toMs, int maxBuckets,
                          Level level = Level::Auto, const std::optional<Filter> &filter = {});
    QList<TopEntry> top(const QString &server, qint64 fromMs, qint64 toMs, Dim dim, int limit,
                        Level level = Level::Auto, const std::optional<Filter> &filter = {});
    // Every dimension's top list at once: raw samples are decoded once for all of them.
    QHash<int, QList<TopEntry>> topAll(const QString &server, qint64 fromMs, qint64 toMs,
                                       const QList<Dim> &dims, int limit, Level level,
                                       const std::optional<Filter> &filter = {});
    // Calls and mean execution time of top-query entries (Dim::Query keys) from the statements
    // history of the same window: the pg_stat_statements deltas the Statements sampler stores
    // (kind "statement"), joined by query id; entries with nothing stored keep calls = -1.
    void addStatementStats(const QString &server, qint64 fromMs, qint64 toMs, QList<TopEntry> *queries);
    // Samples in the window at a level (the denominator of avg_active).
    qint64 sampleCount(const QString &server, qint64 fromMs, qint64 toMs, Level level);
    QList<Incident> incidents(const QString &server, qint64 fromMs, qint64 toMs);
    // Whether minute/hour aggregates can answer a top list under a drill-down filter: they keep
    // (wait, query) and (user|application|database|client, wait) pairs, so e.g. the users of one
    // query need the raw samples (48 h).
    static bool aggregatesAnswer(Dim target, const std::optional<Filter> &filter);

private:
    struct AggPlan {
        int dim = 0;
        QString group; // k1 or k2
        QString where; // " AND k1 IN (...)"
    };
    std::optional<AggPlan> aggPlan(Dim target, const std::optional<Filter> &filter) const;
    QList<quint32> idsOf(const Filter &f) const;

public:
    // The query ids behind a normalised query text of the server last read (the dictionary
    // keeps one entry per query id; texts without a query id are not listed).
    QList<qint64> queryIds(const QString &text) const { return m_queryIds.values(text); }

private:
    int serverId(const QString &server);
    bool loadDictionary(int srv);
    QString text(quint32 id) const { return m_text.value(id); }
    QString keyOf(Dim dim, quint32 wait, quint32 query, quint32 user, quint32 app, quint32 db,
                  quint32 client) const;
    SessionSample unpack(qint64 ts, int idle, const QList<PackedRow> &rows) const;

    QString m_name;
    bool m_open = false;
    QString m_error;
    int m_dictSrv = -1;
    QMultiHash<QString, qint64> m_queryIds; // query text -> query id (sh_dict.hash of Kind::Query)
    QHash<quint32, QString> m_text;
    QHash<QPair<int, QString>, quint32> m_ids; // (kind, text) → id
};

} // namespace sessionhistory
