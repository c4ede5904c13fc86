#include "migrate/dbstate.h"

#include "monitor/sessioncontrol.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDir>
#include <QHostInfo>

namespace migrate {

const AppliedVersion *DatabaseState::appliedVersion(const QString &version) const {
    for (const auto &a : applied) {
        bool okA = false, okB = false;
        const qulonglong x = a.version.toULongLong(&okA), y = version.toULongLong(&okB);
        if (a.version == version || (okA && okB && x == y))
            return &a;
    }
    return nullptr;
}

QCoro::Task<QList<InvalidIndex>> VersionStore::invalidIndexes(pg::Connection *c,
                                                              std::optional<pg::Error> *error) {
    QList<InvalidIndex> out;
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/invalid_indexes")));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        co_return out;
    }
    for (int i = 0; i < r.rows(); ++i) {
        InvalidIndex x;
        x.schema = r.text(i, "schema");
        x.name = r.text(i, "name");
        x.table = r.text(i, "table_name");
        x.definition = r.text(i, "definition");
        x.ready = r.boolean(i, "ready");
        x.sizeBytes = r.int64(i, "size_bytes");
        x.buildingPid = int(r.int64(i, "building_pid"));
        out << x;
    }
    co_return out;
}

QCoro::Task<DatabaseState> VersionStore::read(pg::Connection *c) {
    DatabaseState s;
    const pg::Result st = co_await c->query(pg::sqlFile(QStringLiteral("migrate/state")));
    if (!st.ok()) {
        s.error = st.error();
        co_return s;
    }
    s.versionTable = st.boolean(0, "version_table");
    s.alembicTable = st.boolean(0, "alembic_table");
    s.database = st.text(0, "database");
    s.role = st.text(0, "role");
    s.hypopg = st.text(0, "hypopg");
    if (s.versionTable) {
        const pg::Result v = co_await c->query(pg::sqlFile(QStringLiteral("migrate/versions")));
        if (!v.ok()) {
            s.error = v.error();
            co_return s;
        }
        for (int i = 0; i < v.rows(); ++i) {
            AppliedVersion a;
            a.version = v.text(i, "version");
            a.name = v.text(i, "name");
            a.checksum = v.text(i, "checksum");
            a.appliedAt = v.timestamp(i, "applied_at");
            a.appliedBy = v.text(i, "applied_by");
            a.durationMs = v.int64(i, "duration_ms");
            s.applied << a;
        }
    }
    if (s.alembicTable) {
        const pg::Result a = co_await c->query(pg::sqlFile(QStringLiteral("migrate/alembic_version")));
        if (a.ok()) {
            for (int i = 0; i < a.rows(); ++i)
                s.alembicVersions << a.text(i, "version_num");
        } else {
            s.alembicVersions << QStringLiteral("(%1)").arg(a.error()->message);
        }
    }
    std::optional<pg::Error> err;
    s.invalidIndexes = co_await invalidIndexes(c, &err);
    if (err)
        s.error = err;
    co_return s;
}

QCoro::Task<std::optional<pg::Error>> VersionStore::ensureTable(pg::Connection *c) {
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/version_table_create")));
    co_return r.error();
}

QCoro::Task<std::optional<pg::Error>> VersionStore::record(pg::Connection *c, QString version, QString name,
                                                           QString checksum, QString osUser,
                                                           qint64 durationMs) {
    QVariantList params;
    params << version << name << checksum << osUser << durationMs;
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/version_record")), params);
    co_return r.error();
}

QCoro::Task<std::optional<pg::Error>> VersionStore::remove(pg::Connection *c, QString version) {
    QVariantList params;
    params << version;
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/version_delete")), params);
    co_return r.error();
}

QString VersionStore::osUser() {
    // The same account lookup as the audit log ($USER, $LOGNAME, then the process's account).
    const QString user = monitor::SessionControl::osUser();
    const QString host = QHostInfo::localHostName();
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

} // namespace migrate
