#pragma once

#include "plans/plancapture.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace plans {

// One plan shape of a statement as the store keeps it.
struct PlanShape {
    qint64 queryid = 0;
    QString fingerprint;
    qint64 firstSeenMs = 0, lastSeenMs = 0;
    int seen = 0;
    QString source; // "generic (PREPARE)", "generic (GENERIC_PLAN)", "auto_explain"
    QString shape;
    QString planJson;
    QString query;
    std::optional<double> meanMs; // the statement's mean time over this shape's captures
};

// A statement whose plan changed: the shape before and the shape now.
struct PlanChange {
    qint64 queryid = 0;
    QString query;
    PlanShape before, after;
    qint64 changedMs = 0; // the first capture of the new shape
};

// Plan history in the history store (SQLite or the team's PostgreSQL), on the thread that owns
// the store's connection (the collector's; readers on a worker clone it by name).
class PlanStore {
    Q_DECLARE_TR_FUNCTIONS(plans::PlanStore)
public:
    explicit PlanStore(const QString &connectionName);
    bool ensureSchema();
    QString lastError() const { return m_error; }

    // One capture of a statement: its shape is added or seen again, the capture kept with the
    // statement's mean time and calls at that moment (unknown: nullopt / -1).
    bool record(const QString &server, qint64 queryid, const QString &query, const Capture &capture,
                qint64 tsMs, std::optional<double> meanMs, qint64 calls = -1);

    QList<PlanShape> shapes(const QString &server, qint64 queryid);
    // Statements with more than one shape whose newest shape first appeared at or after sinceMs.
    QList<PlanChange> changes(const QString &server, qint64 sinceMs = 0);
    QList<qint64> queryIds(const QString &server); // every statement with a capture
    // The literal statement texts auto_explain logged for this server, per query id, with how often
    // each shape was seen (the workload advisor's constants).
    QHash<qint64, QList<QPair<QString, int>>> literalTexts(const QString &server);
    static QHash<qint64, QList<QPair<QString, int>>> readLiteralTexts(const QString &storeConnection,
                                                                      const QString &server);

    // The same on any thread (a worker's own clone of the store's connection).
    static QList<PlanChange> readChanges(const QString &storeConnection, const QString &server,
                                         qint64 sinceMs = 0);
    static QList<PlanShape> readShapes(const QString &storeConnection, const QString &server, qint64 queryid);

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
    QString m_error;
};

} // namespace plans
