#include "plans/plancollector.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>

namespace plans {

QCoro::Task<StatementCapture> captureStatement(pg::Connection *conn, qint64 queryid, CaptureOptions options) {
    StatementCapture out;
    out.queryid = queryid;
    QPointer<pg::Connection> c(conn);
    if (!c || !c->isReady()) {
        out.error = StatementCapture::tr("not connected");
        co_return out;
    }
    const pg::Result schema = co_await c->query(pg::sqlFile(QStringLiteral("plans/statements_schema")));
    if (!c)
        co_return out;
    if (!schema.ok() || schema.rows() == 0) {
        out.error = schema.ok() ? StatementCapture::tr("pg_stat_statements is not created in this database "
                                                       "(CREATE EXTENSION pg_stat_statements)")
                                : schema.error()->toString();
        co_return out;
    }
    QString sql = pg::sqlFile(QStringLiteral("monitor/statement_by_queryid"), c->facts().versionNum);
    sql.replace(QStringLiteral("{{schema}}"), c->quoteIdent(schema.text(0, 0)));
    QVariantList params;
    params << QVariant(QString::number(queryid));
    const pg::Result r = co_await c->query(sql, params);
    if (!c)
        co_return out;
    if (!r.ok()) {
        out.error = r.error()->toString();
        co_return out;
    }
    if (r.rows() == 0) {
        out.error = StatementCapture::tr("no statement with query id %1 in this database").arg(queryid);
        co_return out;
    }
    out.query = r.text(0, "query");
    out.calls = r.int64(0, "calls");
    if (!r.isNull(0, "mean_ms"))
        out.meanMs = r.text(0, "mean_ms").toDouble();
    out.capture = co_await captureGenericPlan(c, out.query, options);
    co_return out;
}

} // namespace plans
