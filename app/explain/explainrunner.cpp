#include "explain/explainrunner.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "pg/sqllexer.h"

#include <QCoreApplication>
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

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain::ExplainRunner)
};

struct Pending {
    QString name; // as called: "f" or "schema.f"
    QString via;
};

FunctionInfo infoFrom(const pg::Result &r, int i) {
    FunctionInfo f;
    f.name = r.text(i, "name");
    f.schema = r.text(i, "schema");
    const QString volatility = r.text(i, "volatility"), kind = r.text(i, "kind");
    f.volatility = volatility.isEmpty() ? QChar() : volatility.at(0);
    f.kind = kind.isEmpty() ? QChar() : kind.at(0);
    f.language = r.text(i, "language");
    f.trusted = r.text(i, "trusted") == QLatin1String("t");
    f.source = r.text(i, "source");
    return f;
}

int severity(FunctionEffect::Kind k) {
    switch (k) {
    case FunctionEffect::Kind::None:
        return 0;
    case FunctionEffect::Kind::RolledBack:
        return 1;
    case FunctionEffect::Kind::Unknown:
        return 2;
    case FunctionEffect::Kind::NotRolledBack:
        return 3;
    }
    return 0;
}
} // namespace

QCoro::Task<StatementSafety> assessStatement(pg::Connection *connection, QString sql, QStringList params) {
    StatementSafety s = classifyStatement(sql);
    QPointer<pg::Connection> c(connection);
    if (!c || !c->isReady())
        co_return s;
    // 1. What the statement reaches: a plain EXPLAIN (nothing executes) with views, rules and
    //    column defaults expanded. If it fails, the statement fails under ANALYZE the same way
    //    before executing; the names read from the text stand in meanwhile.
    QStringList names = s.functions;
    QStringList written;
    QVariantList values;
    for (const QString &p : std::as_const(params))
        values << p;
    QStringList prefix;
    for (const QString &l : pg::sqlFile(QStringLiteral("explain/plan_reach")).split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")) && !l.trimmed().isEmpty())
            prefix << l;
    const pg::Result plan =
        co_await c->query(prefix.join(QLatin1Char('\n')) + QLatin1Char('\n') + trimmedStatement(sql), values);
    if (!c)
        co_return s;
    if (plan.ok()) {
        QByteArray json;
        for (int i = 0; i < plan.rows(); ++i)
            json += plan.text(i, 0).toUtf8();
        const PlanReach reach = planReach(json);
        if (reach.ok) {
            names = reach.functions;
            written = reach.writtenRelations;
            s.assessedByServer = true;
        }
    }
    QList<Pending> pending;
    for (const QString &n : std::as_const(names))
        pending << Pending{n, QString()};
    // 2. Triggers of the tables it writes.
    if (!written.isEmpty()) {
        QVariantList tp;
        tp << QVariant(written);
        const pg::Result t = co_await c->query(pg::sqlFile(QStringLiteral("explain/trigger_functions")), tp);
        if (!c)
            co_return s;
        for (int i = 0; t.ok() && i < t.rows(); ++i)
            pending << Pending{t.text(i, "function_schema") + QLatin1Char('.') + t.text(i, "function"),
                               Tr::tr("trigger %1 on %2").arg(t.text(i, "trigger"), t.text(i, "relation"))};
    }
    // 3. The functions, and the functions their sql/plpgsql bodies call, a few levels deep.
    QSet<QString> seen;
    for (int round = 0; round < 6 && !pending.isEmpty(); ++round) {
        QStringList bareNames;
        for (const Pending &p : std::as_const(pending)) {
            const QString b = p.name.section(QLatin1Char('.'), -1);
            if (!bareNames.contains(b))
                bareNames << b;
        }
        QVariantList fp;
        fp << QVariant(bareNames);
        const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("explain/function_info")), fp);
        if (!c)
            co_return s;
        if (!r.ok()) {
            FunctionEffect e;
            e.function = bareNames.join(QStringLiteral(", "));
            e.kind = FunctionEffect::Kind::Unknown;
            e.what = Tr::tr("could not be looked up in the catalog (%1)").arg(r.error()->message);
            s.effects << e;
            break;
        }
        QList<Pending> next;
        for (const Pending &p : std::as_const(pending)) {
            if (seen.contains(p.name))
                continue;
            seen.insert(p.name);
            const QString schema =
                p.name.contains(QLatin1Char('.')) ? p.name.section(QLatin1Char('.'), 0, -2) : QString();
            const QString bare = p.name.section(QLatin1Char('.'), -1);
            QList<int> rows, visibleRows;
            for (int i = 0; i < r.rows(); ++i) {
                if (r.text(i, "name") != bare || (!schema.isEmpty() && r.text(i, "schema") != schema))
                    continue;
                rows << i;
                if (r.text(i, "visible") == QLatin1String("t"))
                    visibleRows << i;
            }
            if (schema.isEmpty() && !visibleRows.isEmpty())
                rows = visibleRows;
            FunctionEffect worst;
            for (int i : std::as_const(rows)) {
                const FunctionInfo f = infoFrom(r, i);
                const FunctionEffect e = classifyFunction(f);
                if (severity(e.kind) > severity(worst.kind))
                    worst = e;
                const QStringList inner = bodyCalls(f);
                for (const QString &n : inner)
                    if (!seen.contains(n))
                        next << Pending{n, Tr::tr("called by %1()").arg(f.name)};
            }
            if (worst.kind == FunctionEffect::Kind::None)
                continue;
            worst.via = p.via;
            bool dup = false;
            for (const FunctionEffect &e : std::as_const(s.effects))
                dup = dup || (e.function == worst.function && e.kind == worst.kind);
            if (!dup)
                s.effects << worst;
        }
        pending = next;
    }
    bool writes = false;
    for (const FunctionEffect &e : std::as_const(s.effects))
        writes = writes || e.kind == FunctionEffect::Kind::RolledBack;
    if (writes && s.kind == StatementSafety::Kind::ReadOnly)
        s.kind = StatementSafety::Kind::UnvouchedCalls;
    co_return s;
}

QCoro::Task<ExplainOutcome> assessAndRun(pg::Connection *connection, ExplainRequest request,
                                         std::function<void(const StatementSafety &)> assessed,
                                         const bool *cancelRequested) {
    QPointer<pg::Connection> c(connection);
    StatementSafety safety;
    if (request.options.analyze) {
        safety = co_await assessStatement(c, request.sql, request.params);
        if (!c) {
            ExplainOutcome gone;
            gone.error = pg::Error::connection(Tr::tr("the connection closed"));
            co_return gone;
        }
        if (assessed)
            assessed(safety);
        if (safety.refusedByDefault() && !request.allowSideEffects) {
            ExplainOutcome out;
            out.refused = true;
            out.safety = safety;
            out.error = pg::Error::client(safety.refusal());
            co_return out;
        }
    }
    if (cancelRequested && *cancelRequested) {
        ExplainOutcome out;
        out.cancelled = true;
        out.safety = safety;
        out.error = pg::Error::client(Tr::tr("cancelled before it started"));
        co_return out;
    }
    ExplainOutcome out = co_await runExplain(c, request, cancelRequested);
    out.safety = safety;
    co_return out;
}

int parameterCount(const QString &sql) {
    int highest = 0;
    for (const pg::Token &t : pg::lex(sql).tokens)
        if (t.type == pg::Token::Type::Param)
            highest = std::max(highest, t.text.mid(1).toInt());
    return highest;
}

QCoro::Task<ExplainOutcome> runExplain(pg::Connection *connection, ExplainRequest request,
                                       const bool *cancelRequested) {
    ExplainOutcome out;
    // Said before the server's protocol error ("bind message supplies 1 parameters, but ...").
    if (const int wanted = parameterCount(request.sql); wanted != request.params.size()) {
        out.error = pg::Error::client(
            wanted == 0 ? Tr::tr("The statement has no parameters ($1, $2, ...), but %n value(s) were given.",
                                 "", int(request.params.size()))
                        : Tr::tr("The statement has %n parameter(s) ($1 to $%1), but %2 value(s) were given.",
                                 "", wanted)
                              .arg(wanted)
                              .arg(request.params.size()));
        co_return out;
    }
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
