#include "migrate/baseline.h"

#include "migrate/dbstate.h"
#include "migrate/statementinfo.h"
#include "migrate/verifier.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QPointer>

namespace migrate {

QCoro::Task<Baseline::Outcome> Baseline::run(pg::Connection *c, Migration m, QString osUser) {
    QPointer<pg::Connection> conn(c);
    Outcome out;
    const ScriptInfo script = analyzeScript(m.upSql);
    if (!script.ok()) {
        out.error = script.error;
        co_return out;
    }
    QStringList tables;
    for (const auto &s : script.statements)
        if (s.kind == StatementInfo::Kind::CreateTable)
            for (const auto &n : s.names)
                tables << n.sql;
    if (!tables.isEmpty()) {
        QVariantList p;
        p << QVariant(tables);
        const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/relations_exist")), p);
        if (!conn)
            co_return out;
        if (!r.ok()) {
            out.error = r.error()->toString();
            co_return out;
        }
        for (int i = 0; i < r.rows(); ++i)
            (r.boolean(i, "present") ? out.found : out.missing)
                << QCoreApplication::translate("migrate::Baseline", "table %1").arg(r.text(i, "name"));
    }
    std::optional<pg::Error> err;
    const QList<IndexVerification> indexes = co_await Verifier::verify(c, script.statements, &err);
    if (!conn)
        co_return out;
    if (err) {
        out.error = err->toString();
        co_return out;
    }
    for (const auto &v : indexes) {
        if (!v.expectPresent)
            continue;
        (v.ok() ? out.found : out.missing)
            << QCoreApplication::translate("migrate::Baseline", "index %1 (%2)").arg(v.name, v.verdict());
    }
    if (!out.missing.isEmpty())
        co_return out;
    if (auto e = co_await VersionStore::ensureTable(c)) {
        out.error = e->toString();
        co_return out;
    }
    if (!conn)
        co_return out;
    if (auto e = co_await VersionStore::record(c, m.version, m.name, m.checksum, osUser, 0)) {
        out.error = e->toString();
        co_return out;
    }
    out.ok = true;
    co_return out;
}

} // namespace migrate
