#include "explain/statementsafety.h"

#include <QCoreApplication>
#include <QSet>

namespace explain {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("explain", s);
}

struct Token {
    QString word; // lower-case word, or a single punctuation character
    bool isWord = false;
};

// Words with strings, quoted identifiers, dollar quotes and comments removed.
QList<Token> tokenize(const QString &sql) {
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < n ? sql[k] : QChar(); };
    while (i < n) {
        const QChar c = sql[i];
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 0;
            do {
                if (sql[i] == QLatin1Char('/') && at(i + 1) == QLatin1Char('*'))
                    ++depth, ++i;
                else if (sql[i] == QLatin1Char('*') && at(i + 1) == QLatin1Char('/'))
                    --depth, ++i;
                ++i;
            } while (i < n && depth > 0);
        } else if (c == QLatin1Char('\'')) {
            const bool escapes = i > 0 && (sql[i - 1] == QLatin1Char('E') || sql[i - 1] == QLatin1Char('e'));
            ++i;
            while (i < n) {
                if (escapes && sql[i] == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (sql[i] == QLatin1Char('\'')) {
                    if (at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            out << Token{QStringLiteral("'"), false};
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            QString ident;
            while (j < n && !(sql[j] == QLatin1Char('"') && at(j + 1) != QLatin1Char('"'))) {
                if (sql[j] == QLatin1Char('"'))
                    ++j;
                ident += sql[j++];
            }
            i = j + 1;
            out << Token{ident, true};
        } else if (c == QLatin1Char('$') &&
                   (at(i + 1) == QLatin1Char('$') || at(i + 1).isLetter() || at(i + 1) == QLatin1Char('_'))) {
            qsizetype j = i + 1;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_')))
                ++j;
            if (j < n && sql[j] == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
                out << Token{QStringLiteral("'"), false};
            } else {
                i = j;
            }
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < n &&
                   (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_') || sql[j] == QLatin1Char('$')))
                ++j;
            out << Token{sql.mid(i, j - i).toLower(), true};
            i = j;
        } else if (c.isSpace()) {
            ++i;
        } else {
            out << Token{QString(c), false};
            ++i;
        }
    }
    return out;
}

// Words that may stand before "(" without being a function call.
const QSet<QString> &notFunctions() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"in",         "exists",      "any",       "all",        "some",      "values",
              "cast",       "coalesce",    "nullif",    "greatest",   "least",     "extract",
              "overlay",    "position",    "substring", "trim",       "row",       "array",
              "over",       "filter",      "within",    "using",      "on",        "as",
              "from",       "join",        "where",     "and",        "or",        "not",
              "select",     "lateral",     "rows",      "range",      "groups",    "interval",
              "with",       "into",        "table",     "when",       "then",      "else",
              "case",       "by",          "having",    "union",      "except",    "intersect",
              "is",         "distinct",    "returning", "set",        "limit",     "offset",
              "fetch",      "grouping",    "cube",      "rollup",     "sets",      "materialized",
              "recursive",  "numeric",     "decimal",   "varchar",    "char",      "character",
              "varying",    "bit",         "timestamp", "time",       "float",     "precision",
              "conflict",   "do",          "only",      "xmlelement", "xmlforest", "json_object",
              "json_array", "tablesample", "collate",   "like",       "ilike",     "similar",
              "between",    "escape",      "default",   "insert",     "update",    "delete",
              "merge",      "matched",     "order",     "partition",  "window",    "for",
              "of",         "nowait",      "skip",      "locked"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

} // namespace

bool isKnownHarmless(const QString &function) {
    static const QSet<QString> harmless = {QStringLiteral("random"),
                                           QStringLiteral("clock_timestamp"),
                                           QStringLiteral("timeofday"),
                                           QStringLiteral("gen_random_uuid"),
                                           QStringLiteral("pg_sleep"),
                                           QStringLiteral("uuid_generate_v4"),
                                           QStringLiteral("random_normal"),
                                           QStringLiteral("setseed"),
                                           QStringLiteral("txid_current"),
                                           QStringLiteral("pg_current_xact_id"),
                                           QStringLiteral("now"),
                                           QStringLiteral("statement_timestamp"),
                                           QStringLiteral("pg_backend_pid"),
                                           QStringLiteral("generate_series"),
                                           QStringLiteral("unnest")};
    return harmless.contains(function.section(QLatin1Char('.'), -1));
}

StatementSafety classifyStatement(const QString &sql) {
    StatementSafety s;
    const QList<Token> t = tokenize(sql);
    auto word = [&](qsizetype k) { return k >= 0 && k < t.size() && t[k].isWord ? t[k].word : QString(); };
    QString first;
    for (const Token &tok : t) {
        if (tok.isWord) {
            first = tok.word;
            break;
        }
    }
    auto modify = [&](const QString &why) {
        if (s.kind != StatementSafety::Kind::DataModifying) {
            s.kind = StatementSafety::Kind::DataModifying;
            s.reason = why;
        }
    };
    if (first == QLatin1String("insert") || first == QLatin1String("update") ||
        first == QLatin1String("delete") || first == QLatin1String("merge"))
        modify(first.toUpper());
    else if (first == QLatin1String("create"))
        modify(tr("CREATE TABLE AS"));
    else if (first == QLatin1String("execute")) {
        s.kind = StatementSafety::Kind::UnvouchedCalls;
        s.reason = tr("a prepared statement (EXECUTE) whose text pgdba cannot see");
    }
    for (qsizetype k = 0; k < t.size(); ++k) {
        const QString w = word(k);
        if (w.isEmpty())
            continue;
        const QString prev = word(k - 1);
        if ((w == QLatin1String("insert") || w == QLatin1String("update") || w == QLatin1String("delete") ||
             w == QLatin1String("merge")) &&
            first == QLatin1String("with") && prev != QLatin1String("for") && prev != QLatin1String("no") &&
            prev != QLatin1String("key"))
            modify(tr("a data-modifying WITH (%1)").arg(w.toUpper()));
        else if (w == QLatin1String("into") && first == QLatin1String("select"))
            modify(tr("SELECT INTO (creates a table)"));
        else if (w == QLatin1String("for") && first != QLatin1String("insert")) {
            const QString next = word(k + 1);
            if (next == QLatin1String("update") || next == QLatin1String("share") ||
                next == QLatin1String("no") || next == QLatin1String("key"))
                modify(tr("a locking read (FOR %1)").arg(next.toUpper()));
        }
        // A call: word "(" (optionally schema "." word "("), not a keyword, not a type after "::".
        if (k + 1 < t.size() && t[k + 1].word == QLatin1String("(") && !notFunctions().contains(w)) {
            const bool afterCast =
                k >= 2 && t[k - 1].word == QLatin1String(":") && t[k - 2].word == QLatin1String(":");
            if (!afterCast) {
                QString name = w;
                if (k >= 2 && t[k - 1].word == QLatin1String(".") && t[k - 2].isWord)
                    name = t[k - 2].word + QLatin1Char('.') + w;
                if (!s.functions.contains(name))
                    s.functions << name;
            }
        }
    }
    return s;
}

QString StatementSafety::noticeBefore() const {
    QString why = reason;
    if (!unvouched.isEmpty())
        why = tr("functions that may write data (%1)").arg(unvouched.join(QStringLiteral(", ")));
    QString text =
        tr("EXPLAIN ANALYZE executes the statement, which contains %1: it runs inside BEGIN ... ROLLBACK, "
           "so nothing it changes is kept.")
            .arg(why);
    if (sequenceChanges)
        text += QLatin1Char(' ') + tr("Sequence values it takes (nextval) are not rolled back.");
    return text;
}

QString StatementSafety::noticeAfter() const {
    return tr("The statement ran under EXPLAIN ANALYZE and was rolled back: the data is unchanged.");
}

} // namespace explain
