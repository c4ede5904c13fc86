#include "migrate/verifier.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_Verifier)
};
} // namespace

QString IndexVerification::verdict() const {
    if (!expectPresent)
        return present ? Tr::tr("still present") : Tr::tr("dropped");
    if (!present)
        return Tr::tr("missing");
    if (!valid)
        return ready ? Tr::tr("INVALID (ready, not valid)") : Tr::tr("INVALID");
    if (!ready)
        return Tr::tr("valid, not ready");
    return Tr::tr("valid and ready, %1").arg(QLocale().formattedDataSize(sizeBytes));
}

QString IndexVerification::state() const {
    if (expectPresent && present && valid && ready)
        return QCoreApplication::translate("migrate::Verifier", "valid and ready");
    return verdict();
}

bool Verifier::allOk(const QList<IndexVerification> &v) {
    for (const auto &i : v)
        if (!i.ok())
            return false;
    return true;
}

QCoro::Task<QList<IndexVerification>> Verifier::verify(pg::Connection *c, QList<StatementInfo> statements,
                                                       std::optional<pg::Error> *error) {
    QPointer<pg::Connection> conn(c);
    QList<IndexVerification> out;
    QStringList tables, names, dropped;
    for (const auto &s : statements) {
        if (s.kind == StatementInfo::Kind::CreateIndex && !s.index.name.isEmpty()) {
            tables << s.index.table.sql;
            names << s.index.name;
        } else if (s.kind == StatementInfo::Kind::DropIndex) {
            for (const auto &n : s.names)
                dropped << n.sql;
        }
    }
    if (!names.isEmpty()) {
        QVariantList p;
        p << QVariant(tables) << QVariant(names);
        const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/index_state")), p);
        if (!conn)
            co_return out;
        if (!r.ok()) {
            if (error)
                *error = r.error();
            co_return out;
        }
        for (int i = 0; i < r.rows(); ++i) {
            IndexVerification v;
            v.name = r.text(i, "name");
            v.table = r.text(i, "table_sql");
            v.present = r.boolean(i, "present");
            v.valid = r.boolean(i, "valid");
            v.ready = r.boolean(i, "ready");
            v.sizeBytes = r.int64(i, "size_bytes");
            v.tableBytes = r.int64(i, "table_bytes");
            v.definition = r.text(i, "definition");
            v.method = r.text(i, "method");
            out << v;
        }
    }
    if (!dropped.isEmpty()) {
        QVariantList p;
        p << QVariant(dropped);
        const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/relations_exist")), p);
        if (!conn)
            co_return out;
        if (!r.ok()) {
            if (error)
                *error = r.error();
            co_return out;
        }
        for (int i = 0; i < r.rows(); ++i) {
            IndexVerification v;
            v.name = r.text(i, "name");
            v.expectPresent = false;
            v.present = r.boolean(i, "present");
            out << v;
        }
    }
    co_return out;
}

} // namespace migrate
