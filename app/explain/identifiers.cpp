#include "explain/identifiers.h"

#include "pg/sqllexer.h"

#include <QSet>

#include <algorithm>

namespace explain {

namespace {
// Keywords quote_identifier() quotes (everything that is not an unreserved keyword).
const QSet<QString> &keywords() {
    static const QSet<QString> set = [] {
        const char *words[] = {"all",
                               "analyse",
                               "analyze",
                               "and",
                               "any",
                               "array",
                               "as",
                               "asc",
                               "asymmetric",
                               "authorization",
                               "between",
                               "bigint",
                               "binary",
                               "bit",
                               "boolean",
                               "both",
                               "case",
                               "cast",
                               "char",
                               "character",
                               "check",
                               "coalesce",
                               "collate",
                               "collation",
                               "column",
                               "concurrently",
                               "constraint",
                               "create",
                               "cross",
                               "current_catalog",
                               "current_date",
                               "current_role",
                               "current_schema",
                               "current_time",
                               "current_timestamp",
                               "current_user",
                               "dec",
                               "decimal",
                               "default",
                               "deferrable",
                               "desc",
                               "distinct",
                               "do",
                               "else",
                               "end",
                               "except",
                               "exists",
                               "extract",
                               "false",
                               "fetch",
                               "float",
                               "for",
                               "foreign",
                               "freeze",
                               "from",
                               "full",
                               "grant",
                               "greatest",
                               "group",
                               "grouping",
                               "having",
                               "ilike",
                               "in",
                               "initially",
                               "inner",
                               "inout",
                               "int",
                               "integer",
                               "intersect",
                               "interval",
                               "into",
                               "is",
                               "isnull",
                               "join",
                               "json",
                               "lateral",
                               "leading",
                               "least",
                               "left",
                               "like",
                               "limit",
                               "localtime",
                               "localtimestamp",
                               "national",
                               "natural",
                               "nchar",
                               "none",
                               "normalize",
                               "not",
                               "notnull",
                               "null",
                               "nullif",
                               "numeric",
                               "offset",
                               "on",
                               "only",
                               "or",
                               "order",
                               "out",
                               "outer",
                               "overlaps",
                               "overlay",
                               "placing",
                               "position",
                               "precision",
                               "primary",
                               "real",
                               "references",
                               "returning",
                               "right",
                               "row",
                               "select",
                               "session_user",
                               "setof",
                               "similar",
                               "smallint",
                               "some",
                               "substring",
                               "symmetric",
                               "system_user",
                               "table",
                               "tablesample",
                               "then",
                               "time",
                               "timestamp",
                               "to",
                               "trailing",
                               "treat",
                               "trim",
                               "true",
                               "union",
                               "unique",
                               "user",
                               "using",
                               "values",
                               "varchar",
                               "variadic",
                               "verbose",
                               "when",
                               "where",
                               "window",
                               "with"};
        QSet<QString> s;
        for (const char *w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}
} // namespace

qint64 toInt64(double v) {
    if (!(v == v) || v > 1e12)
        return v > 1e12 ? qint64(1e12) : 0;
    if (v < -1e12)
        return -qint64(1e12);
    return qint64(v);
}

int toInt(double v) {
    if (!(v == v))
        return 0;
    return int(std::clamp(v, -1e6, 1e6));
}

QString quoteIdent(const QString &ident) {
    if (ident.isEmpty())
        return ident;
    bool safe =
        (ident[0] >= QLatin1Char('a') && ident[0] <= QLatin1Char('z')) || ident[0] == QLatin1Char('_');
    for (int i = 1; safe && i < ident.size(); ++i) {
        const QChar c = ident[i];
        safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    }
    if (safe && !keywords().contains(ident))
        return ident;
    QString q = ident;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString unquoteIdent(const QString &ident) {
    if (ident.size() >= 2 && ident.startsWith(QLatin1Char('"')) && ident.endsWith(QLatin1Char('"'))) {
        QString s = ident.mid(1, ident.size() - 2);
        s.replace(QLatin1String("\"\""), QLatin1String("\""));
        return s;
    }
    return ident;
}

// The three splitters below read expressions through the SQL lexer (pg/sqllexer.h): strings,
// quoted identifiers, dollar quotes and comments are never split, exactly as the server reads
// them. Text the lexer cannot finish (an unterminated string in a cut plan line) keeps its
// unread tail as one piece.
namespace {
bool opens(const pg::Token &t) {
    return t.isPunct('(') || t.isPunct('[');
}
bool closes(const pg::Token &t) {
    return t.isPunct(')') || t.isPunct(']');
}
} // namespace

QStringList splitTopLevel(const QString &text, QChar sep) {
    QStringList out;
    const pg::LexResult lexed = pg::lex(text);
    int depth = 0;
    qsizetype start = 0;
    for (const pg::Token &t : lexed.tokens) {
        if (opens(t))
            ++depth;
        else if (closes(t))
            depth = qMax(0, depth - 1);
        else if (depth == 0 && t.type == pg::Token::Type::Punct && t.text.size() == 1 &&
                 t.text.at(0) == sep) {
            out << text.mid(start, t.start - start).trimmed();
            start = t.end;
        }
    }
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty() || !out.isEmpty())
        out << last;
    return out;
}

QString stripOuterParens(QString text) {
    text = text.trimmed();
    while (text.size() >= 2 && text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        // Only when the first parenthesis closes at the very end: "(a) AND (b)" stays.
        const pg::LexResult lexed = pg::lex(text);
        if (!lexed.ok())
            break;
        int depth = 0;
        bool enclosing = true;
        for (const pg::Token &t : lexed.tokens) {
            if (t.isPunct('('))
                ++depth;
            else if (t.isPunct(')') && --depth == 0 && t.end != text.size()) {
                enclosing = false;
                break;
            }
        }
        if (!enclosing)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

QStringList splitConjuncts(const QString &expr) {
    const QString inner = stripOuterParens(expr);
    QStringList out;
    const pg::LexResult lexed = pg::lex(inner);
    int depth = 0;
    qsizetype start = 0;
    for (const pg::Token &t : lexed.tokens) {
        if (t.isPunct('('))
            ++depth;
        else if (t.isPunct(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0 && t.type == pg::Token::Type::Word && t.text == QLatin1String("AND")) {
            out << inner.mid(start, t.start - start).trimmed();
            start = t.end;
        }
    }
    out << inner.mid(start).trimmed();
    out.removeAll(QString());
    return out;
}

QStringList splitQualified(const QString &name) {
    QStringList parts;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < name.size() && name[i + 1] == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts << cur;
    return parts;
}

} // namespace explain
