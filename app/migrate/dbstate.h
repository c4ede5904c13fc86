#pragma once

#include "pg/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// A row of pgdba's version table (public.pgdba_migrations).
struct AppliedVersion {
    QString version;
    QString name;
    QString checksum;
    QDateTime appliedAt;
    QString appliedBy;
    qint64 durationMs = 0;
};

// An index PostgreSQL marks INVALID: a failed or cancelled concurrent build (or one running now).
struct InvalidIndex {
    QString schema;
    QString name;
    QString table;
    QString definition;
    bool ready = false;
    qint64 sizeBytes = 0;
    int buildingPid = 0; // > 0: a CREATE INDEX CONCURRENTLY is building it right now

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
};

// What the database says about migrations: recorded versions, Alembic's table, leftovers.
struct DatabaseState {
    bool versionTable = false;
    QList<AppliedVersion> applied;
    bool alembicTable = false;
    QStringList alembicVersions;
    QList<InvalidIndex> invalidIndexes;
    QString database;
    QString role;
    QString hypopg; // HypoPG's version when installed in this database
    std::optional<pg::Error> error;

    const AppliedVersion *appliedVersion(const QString &version) const;
};

// Reads and writes pgdba's version table. The table is created on first use by a run.
class VersionStore {
public:
    static QCoro::Task<DatabaseState> read(pg::Connection *c);
    static QCoro::Task<QList<InvalidIndex>> invalidIndexes(pg::Connection *c,
                                                           std::optional<pg::Error> *error);
    static QCoro::Task<std::optional<pg::Error>> ensureTable(pg::Connection *c);
    static QCoro::Task<std::optional<pg::Error>> record(pg::Connection *c, QString version, QString name,
                                                        QString checksum, QString osUser, qint64 durationMs);
    static QCoro::Task<std::optional<pg::Error>> remove(pg::Connection *c, QString version);
    static QString osUser(); // user@host of whoever runs pgdba
};

} // namespace migrate
