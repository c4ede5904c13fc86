#include "explain/explainrunner.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>
#include <QSet>

namespace explain {

namespace {
QString trimmedStatement(QString sql) {
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql = sql.chopped(1).trimmed();
    return sql;
}
} // namespace

QString explainStatement(const ExplainRequest &request, int serverVersionNum, int *statementOffset) {
    // The file's comment lines stay out: the server (and pg_stat_activity) sees "EXPLAIN (...".
    QStringList lines;
    for (const QString &l : pg::sqlFile(QStringLiteral("explain/explain")).split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")) && !l.trimmed().isEmpty())
            lines << l;
    QString prefix = lines.join(QLatin1Char('\n')).arg(request.options.optionList(serverVersionNum));
    prefix += QLatin1Char('\n');
    if (statementOffset)
        *statementOffset = int(prefix.size());
    return prefix + trimmedStatement(request.sql);
}

QCoro::Task<StatementSafety> assessStatement(pg::Connection *connection, QString sql) {
    StatementSafety s = classifyStatement(sql);
    QStringList names;
    for (const QString &f : std::as_const(s.functions)) {
        const QString bare = f.section(QLatin1Char('.'), -1);
        if (bare == QLatin1String("nextval") || bare == QLatin1String("setval"))
            s.sequenceChanges = true;
        if (!isKnownHarmless(bare) && !names.contains(bare))
            names << bare;
    }
    if (names.isEmpty() || !connection)
        co_return s;
    QPointer<pg::Connection> guard(connection);
    QVariantList params;
    params << QVariant(names);
    const pg::Result r =
        co_await connection->query(pg::sqlFile(QStringLiteral("explain/function_volatility")), params);
    if (!guard)
        co_return s;
    QSet<QString> risky, known;
    if (r.ok()) {
        for (int i = 0; i < r.rows(); ++i) {
            const QString name = r.text(i, "name");
            known.insert(name);
            if (r.text(i, "volatility") == QLatin1String("v") || r.text(i, "kind") == QLatin1String("p"))
                risky.insert(name);
        }
    }
    for (const QString &n : std::as_const(names)) {
        // Unknown to pg_proc (or the lookup failed): nobody can vouch for it either.
        if (risky.contains(n) || !known.contains(n))
            s.unvouched << n;
    }
    if (!s.unvouched.isEmpty() && s.kind == StatementSafety::Kind::ReadOnly)
        s.kind = StatementSafety::Kind::UnvouchedCalls;
    co_return s;
}

QCoro::Task<ExplainOutcome> runExplain(pg::Connection *connection, ExplainRequest request,
                                       const bool *cancelRequested) {
    ExplainOutcome out;
    QPointer<pg::Connection> c(connection);
    if (!c || !c->isReady()) {
        out.error = pg::Error::connection(c ? c->lastError() : QStringLiteral("no connection"));
        co_return out;
    }
    // Shared, not captured by reference: the lambda must not outlive a frame it points into.
    auto notices = std::make_shared<QStringList>();
    const auto noticeConn = QObject::connect(c, &pg::Connection::noticeReceived, c,
                                             [notices](const QString &n) { *notices << n; });
    QVariantList timeout;
    timeout << QString::number(request.statementTimeoutMs);
    const pg::Result t = co_await c->query(pg::sqlFile(QStringLiteral("explain/set_timeout")), timeout);
    if (!c)
        co_return out;
    if (!t.ok()) {
        out.error = t.error();
        QObject::disconnect(noticeConn);
        co_return out;
    }
    const bool analyze = request.options.analyze;
    if (analyze) {
        const pg::Result b = co_await c->query(pg::sqlFile(QStringLiteral("explain/begin")));
        if (!c)
            co_return out;
        if (!b.ok()) {
            out.error = b.error();
            QObject::disconnect(noticeConn);
            co_return out;
        }
    }
    QVariantList params;
    for (const QString &p : std::as_const(request.params))
        params << p;
    const QString text = explainStatement(request, c->facts().versionNum, &out.statementOffset);
    const pg::Result r = co_await c->query(text, params);
    if (!c)
        co_return out;
    if (analyze) {
        const pg::Result rb = co_await c->query(pg::sqlFile(QStringLiteral("explain/rollback")));
        if (!c)
            co_return out;
        out.rolledBack = rb.ok();
        if (!rb.ok() && r.ok())
            out.error = rb.error();
    }
    QObject::disconnect(noticeConn);
    out.notices = *notices;
    if (!r.ok()) {
        out.error = r.error();
        out.cancelled = cancelRequested && *cancelRequested && r.error()->isQueryCanceled();
        co_return out;
    }
    if (r.rows() < 1 || r.columns() < 1) {
        out.error = pg::Error::client(QStringLiteral("EXPLAIN returned no plan"));
        co_return out;
    }
    // FORMAT JSON is one row; be tolerant of servers that split it.
    for (int i = 0; i < r.rows(); ++i)
        out.json += r.text(i, 0).toUtf8() + '\n';
    co_return out;
}

} // namespace explain
