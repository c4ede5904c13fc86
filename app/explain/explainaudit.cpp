#include "explain/explainaudit.h"

#include "history/store.h"
#include "monitor/sessioncontrol.h"
#include "pg/sqllexer.h"

#include <QDateTime>

namespace explain {

QList<int> signalledPids(const QString &sql, const QString &function) {
    QList<int> pids;
    const QList<pg::Token> t = pg::lex(sql).tokens;
    for (qsizetype i = 0; i + 2 < t.size(); ++i) {
        if (t[i].isIdentifier() && t[i].value == function && t[i + 1].isPunct('(')) {
            const bool literal = t[i + 2].type == pg::Token::Type::Number &&
                                 (i + 3 >= t.size() || t[i + 3].isPunct(')') || t[i + 3].isPunct(','));
            pids << (literal ? t[i + 2].text.toInt() : 0);
        }
    }
    return pids;
}

int auditSignals(history::Store *store, const QString &serverKey, const QString &database,
                 const QString &dbRole, const ExplainRequest &request, const ExplainOutcome &outcome) {
    if (!store || !request.allowSideEffects || outcome.refused)
        return 0;
    int written = 0;
    for (const FunctionEffect &e : outcome.safety.effects) {
        if (!e.signal)
            continue;
        const QString fn = e.function.section(QLatin1Char('.'), -1);
        QList<int> pids = signalledPids(request.sql, fn);
        if (pids.isEmpty())
            pids << 0; // reached through a view or a function: the target is not in the text
        for (int pid : std::as_const(pids)) {
            history::AuditEntry a;
            a.tsMs = QDateTime::currentMSecsSinceEpoch();
            a.server = serverKey;
            a.database = database;
            a.dbRole = dbRole;
            a.osUser = monitor::SessionControl::osUser();
            a.pid = pid;
            a.targetQuery = request.sql.simplified().left(200);
            a.action = fn == QLatin1String("pg_cancel_backend") ? QStringLiteral("cancel")
                                                                : QStringLiteral("terminate");
            a.outcome = outcome.error && !outcome.error->isQueryCanceled() ? QStringLiteral("failed")
                                                                           : QStringLiteral("done");
            a.message = QStringLiteral("via EXPLAIN ANALYZE (%1, side effects confirmed)%2")
                            .arg(fn, e.via.isEmpty() ? QString() : QStringLiteral(" ") + e.via);
            if (store->appendAudit(a))
                ++written;
        }
    }
    return written;
}

} // namespace explain
