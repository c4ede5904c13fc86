#include "explain/statementsafety.h"

#include "pg/sqllexer.h"

#include <QCoreApplication>

namespace explain {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain::StatementSafety)
};

QString effectLine(const FunctionEffect &e) {
    QString line = QStringLiteral("%1(): %2").arg(e.function, e.what);
    if (!e.via.isEmpty())
        line += QStringLiteral(" [%1]").arg(e.via);
    return line;
}

const QString &undoes() {
    static const QString s =
        Tr::tr("A rollback undoes changes to table rows and DDL; it does not undo work done "
               "outside the transaction.");
    return s;
}
} // namespace

QList<FunctionEffect> StatementSafety::sideEffects() const {
    QList<FunctionEffect> out;
    for (const FunctionEffect &e : effects)
        if (e.refusedByDefault())
            out << e;
    return out;
}

bool StatementSafety::sendsSignals() const {
    for (const FunctionEffect &e : effects)
        if (e.signal)
            return true;
    return false;
}

StatementSafety classifyStatement(const QString &sql) {
    StatementSafety s;
    const QList<pg::Token> t = pg::lex(sql).tokens;
    auto word = [&](qsizetype k) {
        return k >= 0 && k < t.size() && t[k].type == pg::Token::Type::Word ? t[k].value : QString();
    };
    QString first;
    for (const pg::Token &tok : t)
        if (tok.type == pg::Token::Type::Word) {
            first = tok.value;
            break;
        }
    auto modify = [&](StatementSafety::Kind kind, const QString &why) {
        if (s.kind == StatementSafety::Kind::ReadOnly || s.kind == StatementSafety::Kind::UnvouchedCalls) {
            s.kind = kind;
            s.reason = why;
        }
    };
    if (first == QLatin1String("insert") || first == QLatin1String("update") ||
        first == QLatin1String("delete") || first == QLatin1String("merge")) {
        modify(StatementSafety::Kind::DataModifying, first.toUpper());
    } else if (first == QLatin1String("create")) {
        modify(StatementSafety::Kind::Ddl, Tr::tr("DDL (CREATE TABLE AS creates a table)"));
    } else if (first == QLatin1String("execute")) {
        s.kind = StatementSafety::Kind::UnvouchedCalls;
        s.reason = Tr::tr("a prepared statement (EXECUTE) whose text pgdba cannot see");
    }
    for (qsizetype k = 0; k < t.size(); ++k) {
        const QString w = word(k);
        if (w.isEmpty())
            continue;
        const QString prev = word(k - 1);
        if ((w == QLatin1String("insert") || w == QLatin1String("update") || w == QLatin1String("delete") ||
             w == QLatin1String("merge")) &&
            first == QLatin1String("with") && prev != QLatin1String("for") && prev != QLatin1String("no") &&
            prev != QLatin1String("key") && prev != QLatin1String("do"))
            modify(StatementSafety::Kind::DataModifying,
                   Tr::tr("a data-modifying WITH (%1)").arg(w.toUpper()));
        else if (w == QLatin1String("into") && first == QLatin1String("select"))
            modify(StatementSafety::Kind::Ddl, Tr::tr("DDL (SELECT INTO creates a table)"));
        else if (w == QLatin1String("for") && first != QLatin1String("insert")) {
            const QString next = word(k + 1);
            if (next == QLatin1String("update") || next == QLatin1String("share") ||
                next == QLatin1String("no") || next == QLatin1String("key"))
                modify(StatementSafety::Kind::DataModifying,
                       Tr::tr("a locking read (FOR %1)").arg(next.toUpper()));
        }
    }
    // Names that are not functions (a table's column list) are dropped by the catalog lookup.
    s.functions = calledNames(sql);
    return s;
}

QString StatementSafety::noticeBefore() const {
    const QList<FunctionEffect> side = sideEffects();
    if (!side.isEmpty()) {
        QStringList lines;
        for (const FunctionEffect &e : side)
            lines << effectLine(e);
        return Tr::tr("EXPLAIN ANALYZE executes the statement inside BEGIN ... ROLLBACK. %1 Not undone: %2.")
            .arg(undoes(), lines.join(QStringLiteral("; ")));
    }
    QString why = reason;
    if (why.isEmpty() || kind == Kind::UnvouchedCalls) {
        QStringList writers;
        for (const FunctionEffect &e : effects)
            if (e.kind == FunctionEffect::Kind::RolledBack)
                writers << e.function;
        if (!writers.isEmpty())
            why = Tr::tr("functions that write table data (%1)").arg(writers.join(QStringLiteral(", ")));
    }
    if (kind == Kind::Ddl)
        return Tr::tr(
                   "EXPLAIN ANALYZE executes the statement, which is %1: it runs inside BEGIN ... ROLLBACK, "
                   "so the table it creates is removed again.")
            .arg(why);
    return Tr::
        tr("EXPLAIN ANALYZE executes the statement, which contains %1: it runs inside BEGIN ... ROLLBACK, "
           "so its changes to table rows are undone.")
            .arg(why);
}

QString StatementSafety::refusal() const {
    QStringList lines;
    for (const FunctionEffect &e : sideEffects())
        lines << effectLine(e);
    return Tr::tr(
               "Not run: under EXPLAIN ANALYZE the statement would execute %1. %2 Run it without ANALYZE, or "
               "confirm that these effects may happen (pgdba explain: --allow-side-effects).")
        .arg(lines.join(QStringLiteral("; ")), undoes());
}

QString StatementSafety::confirmation() const {
    QStringList lines;
    for (const FunctionEffect &e : sideEffects())
        lines << QStringLiteral("• ") + effectLine(e);
    return Tr::
        tr("EXPLAIN ANALYZE executes the statement. It runs inside BEGIN ... ROLLBACK, which undoes changes "
           "to table rows and DDL, but NOT what these functions do:\n\n%1\n\nRun it anyway?")
            .arg(lines.join(QLatin1Char('\n')));
}

QString StatementSafety::noticeAfter() const {
    const QList<FunctionEffect> side = sideEffects();
    if (side.isEmpty())
        return Tr::tr(
            "The statement ran under EXPLAIN ANALYZE and was rolled back: its changes to table rows "
            "were undone.");
    QStringList names;
    for (const FunctionEffect &e : side)
        names << e.function + QStringLiteral("()");
    return Tr::tr(
               "The statement ran under EXPLAIN ANALYZE and was rolled back: its changes to table rows were "
               "undone, but what %1 did was not.")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace explain
