#pragma once

#include "bench/checkresult.h"
#include "bench/claimcounts.h"
#include "bench/latencysummary.h"
#include "bench/livepoint.h"
#include "bench/runconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace bench {

// Everything a benchmark run measured; saved to the history store as one JSON object
// (kind "bench", key = id) and read back for comparisons.
struct RunResult {
    QString id; // e.g. "20240601-120000-claim-32"
    RunConfig config;
    QDateTime startedAt;
    double elapsedS = 0;
    QString server; // host:port (the history key)
    QString database;
    QString serverVersion;
    qint64 ordersEstimate = 0;
    QStringList indexes; // on orders and order_events when the run started
    QList<LatencySummary> queries;
    LatencySummary poolWait; // time spent waiting for a pooled connection
    int poolOpened = 0;
    int poolPeakInUse = 0;
    ClaimCounts claims;
    CheckResult check;
    QList<LivePoint> timeline;
    QStringList errors; // the first distinct query errors
    QString note;       // e.g. "every new order was claimed after 3.2 s"
    QString error;      // the run could not happen

    bool ok() const { return error.isEmpty(); }
    const LatencySummary *latency(const QString &name) const; // by query name
    QString displayName() const; // "2024-06-01 12:00 · claim · 32 couriers · label"

    QJsonObject toJson() const;
    static RunResult fromJson(const QJsonObject &o);
    static QString makeId(const QDateTime &startedAt, const RunConfig &config);
};

} // namespace bench

Q_DECLARE_METATYPE(bench::RunResult)
