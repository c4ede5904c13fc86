#include "plans/plancapture.h"

#include "explain/planparser.h"
#include "explain/statementsafety.h"
#include "pg/connection.h"
#include "plans/planshape.h"

#include <QPointer>
#include <QRegularExpression>

#include <atomic>

namespace plans {

namespace {
// The statement's first keyword, lower-case ("select", "with", "update" …).
QString firstKeyword(const QString &text) {
    // Past leading comments ("-- …" lines, "/* … */") and opening parentheses.
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:\s+|--[^\n]*(?:\n|$)|/\*(?:[^*]|\*(?!/))*\*/)*(?:\(\s*)*([A-Za-z]+))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

std::atomic<int> g_counter{0};
} // namespace

namespace {
const QStringList &plannableKeywords() {
    static const QStringList plannable{QStringLiteral("select"), QStringLiteral("with"),
                                       QStringLiteral("values"), QStringLiteral("table"),
                                       QStringLiteral("insert"), QStringLiteral("update"),
                                       QStringLiteral("delete"), QStringLiteral("merge")};
    return plannable;
}
} // namespace

int parameterCount(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(\$(\d+))"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext();)
        n = std::max(n, it.next().captured(1).toInt());
    return n;
}

bool isUtility(const QString &text) {
    const QString kw = firstKeyword(text);
    return !kw.isEmpty() && !plannableKeywords().contains(kw);
}

QString refusal(const QString &text, const CaptureOptions &options) {
    const QString kw = firstKeyword(text);
    if (kw.isEmpty())
        return Capture::tr("no statement text");
    if (!plannableKeywords().contains(kw))
        return Capture::tr("%1 is a utility statement: it has no plan").arg(kw.toUpper());
    const explain::StatementSafety safety = explain::classifyStatement(text);
    if (safety.kind != explain::StatementSafety::Kind::ReadOnly && !options.allowWrites)
        return Capture::tr("it writes (%1): plans of statements that write are captured only when you ask "
                           "(pin it with writes allowed); even then it is never run")
            .arg(safety.reason);
    return {};
}

QCoro::Task<std::optional<pg::Error>> prepareDeclaringText(pg::Connection *conn, QString name, QString text,
                                                           bool inTransaction) {
    QPointer<pg::Connection> c(conn);
    const pg::Error closed = pg::Error::client(QStringLiteral("connection closed"));
    if (!c)
        co_return closed;
    const int params = parameterCount(text);
    QStringList types;
    for (int i = 0; i < params; ++i)
        types << QStringLiteral("unknown");
    static const QRegularExpression undetermined(QStringLiteral(R"(parameter \$(\d+))"));
    const bool savepoints = inTransaction && params > 0;
    const QString savepoint = QStringLiteral("SAVEPOINT pgdba_prepare");
    const QString rollbackTo = QStringLiteral("ROLLBACK TO SAVEPOINT pgdba_prepare");
    for (int attempt = 0;; ++attempt) {
        if (savepoints) {
            const pg::Result sp = co_await c->query(savepoint);
            if (!c)
                co_return closed;
            if (!sp.ok())
                co_return *sp.error();
        }
        const QString prepare =
            QStringLiteral("PREPARE %1").arg(name) +
            (types.isEmpty() ? QString()
                             : QLatin1Char('(') + types.join(QLatin1Char(',')) + QLatin1Char(')')) +
            QStringLiteral(" AS ") + text;
        const pg::Result r = co_await c->query(prepare);
        if (!c)
            co_return closed;
        if (r.ok())
            co_return std::nullopt;
        const auto m = undetermined.match(r.error()->message);
        const int which = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (r.error()->sqlState != QLatin1String("42P18") || which < 1 || which > params ||
            types[which - 1] == QLatin1String("text") || attempt == params)
            co_return *r.error();
        types[which - 1] = QStringLiteral("text");
        if (savepoints) {
            const pg::Result back = co_await c->query(rollbackTo);
            if (!c)
                co_return closed;
            if (!back.ok())
                co_return *back.error();
        }
    }
}

QString executeWithNulls(const QString &name, const QString &text) {
    QStringList nulls;
    for (int i = 0; i < parameterCount(text); ++i)
        nulls << QStringLiteral("NULL");
    return QStringLiteral("EXECUTE ") + name +
           (nulls.isEmpty() ? QString() : QLatin1Char('(') + nulls.join(QLatin1Char(',')) + QLatin1Char(')'));
}

QCoro::Task<Capture> captureGenericPlan(pg::Connection *conn, QString text, CaptureOptions options) {
    Capture out;
    if (const QString why = refusal(text, options); !why.isEmpty()) {
        out.outcome = Capture::Outcome::Skipped;
        out.reason = why;
        co_return out;
    }
    QPointer<pg::Connection> c(conn);
    if (!c || !c->isReady()) {
        out.reason = Capture::tr("not connected");
        co_return out;
    }
    const bool generic16 = c->facts().versionNum >= 160000;
    const QString name = QStringLiteral("pgdba_capture_%1").arg(++g_counter);
    // Each step is a plain local string: no temporaries inside a co_await (g++ 12 coroutines).
    QStringList steps{
        QStringLiteral("BEGIN READ ONLY"),
        QStringLiteral("SET LOCAL statement_timeout = %1").arg(std::max(100, options.statementTimeoutMs)),
        QStringLiteral("SET LOCAL lock_timeout = 500")};
    if (generic16) {
        steps << QStringLiteral("EXPLAIN (GENERIC_PLAN, FORMAT JSON) ") + text;
        out.method = QStringLiteral("generic (GENERIC_PLAN)");
    } else {
        steps << QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan");
        out.method = QStringLiteral("generic (PREPARE)");
    }
    std::optional<pg::Error> failure;
    bool prepared = false;
    pg::Result explained;
    for (const QString &sql : std::as_const(steps)) {
        const QString stepSql = sql;
        pg::Result r = co_await c->query(stepSql);
        if (!c)
            co_return out;
        if (!r.ok()) {
            failure = *r.error();
            break;
        }
        explained = r;
    }
    if (!generic16 && !failure) {
        failure = co_await prepareDeclaringText(c, name, text, true);
        if (!c)
            co_return out;
        prepared = !failure;
        if (prepared) {
            const QString explain = QStringLiteral("EXPLAIN (FORMAT JSON) ") + executeWithNulls(name, text);
            pg::Result r = co_await c->query(explain);
            if (!c)
                co_return out;
            if (!r.ok())
                failure = *r.error();
            else
                explained = r;
        }
    }
    // The transaction goes first (after a failed step it accepts nothing else), then the
    // prepared statement, which outlives it.
    if (c) {
        const QString rollback = QStringLiteral("ROLLBACK");
        co_await c->query(rollback);
    }
    if (prepared && c) {
        const QString deallocate = QStringLiteral("DEALLOCATE %1").arg(name);
        co_await c->query(deallocate);
    }
    if (!c)
        co_return out;
    if (failure) {
        out.reason = failure->sqlState == QLatin1String("57014")
                         ? Capture::tr("planning took longer than the %1 ms statement timeout")
                               .arg(options.statementTimeoutMs)
                         : failure->message;
        co_return out;
    }
    if (explained.rows() < 1) {
        out.reason = Capture::tr("EXPLAIN returned nothing");
        co_return out;
    }
    out.planJson = explained.text(0, 0);
    const explain::ParseResult parsed = explain::parsePlan(out.planJson.toUtf8());
    if (!parsed.ok()) {
        out.reason = parsed.error;
        co_return out;
    }
    out.shape = shapeText(parsed.plan);
    out.fingerprint = fingerprint(parsed.plan);
    out.totalCost = parsed.plan.root().totalCost;
    out.outcome = Capture::Outcome::Captured;
    co_return out;
}

} // namespace plans
