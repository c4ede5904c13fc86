#include "widgets/sqlhighlighter.h"

#include "widgets/theme.h"

#include <QSet>

namespace ui {

namespace {
const QSet<QString> &keywords() {
    static const QSet<QString> set = [] {
        const char *const words[] = {
            "ALL",          "ALTER",
            "ANALYZE",      "AND",
            "ANY",          "ARRAY",
            "AS",           "ASC",
            "BEGIN",        "BETWEEN",
            "BY",           "CASCADE",
            "CASE",         "CAST",
            "CHECK",        "COLLATE",
            "COLUMN",       "COMMIT",
            "CONCURRENTLY", "CONFLICT",
            "CONSTRAINT",   "COPY",
            "CREATE",       "CROSS",
            "CURRENT_DATE", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "CURSOR",
            "DEALLOCATE",   "DECLARE",
            "DEFAULT",      "DELETE",
            "DESC",         "DISTINCT",
            "DO",           "DROP",
            "ELSE",         "END",
            "EXCEPT",       "EXECUTE",
            "EXISTS",       "EXPLAIN",
            "EXTENSION",    "FALSE",
            "FETCH",        "FILTER",
            "FIRST",        "FOR",
            "FOREIGN",      "FROM",
            "FULL",         "FUNCTION",
            "GRANT",        "GROUP",
            "HAVING",       "IF",
            "ILIKE",        "IN",
            "INDEX",        "INNER",
            "INSERT",       "INTERSECT",
            "INTERVAL",     "INTO",
            "IS",           "ISNULL",
            "JOIN",         "KEY",
            "LAST",         "LATERAL",
            "LEFT",         "LIKE",
            "LIMIT",        "LOCK",
            "LOCKED",       "MATERIALIZED",
            "NATURAL",      "NOT",
            "NOTHING",      "NOTNULL",
            "NOWAIT",       "NULL",
            "NULLS",        "OF",
            "OFFSET",       "ON",
            "ONLY",         "OR",
            "ORDER",        "OUTER",
            "OVER",         "PARTITION",
            "PREPARE",      "PRIMARY",
            "PROCEDURE",    "RECURSIVE",
            "REFERENCES",   "REINDEX",
            "RELEASE",      "RETURNING",
            "RETURNS",      "REVOKE",
            "RIGHT",        "ROLLBACK",
            "ROW",          "ROWS",
            "SAVEPOINT",    "SCHEMA",
            "SELECT",       "SEQUENCE",
            "SESSION_USER", "SET",
            "SHARE",        "SHOW",
            "SIMILAR",      "SKIP",
            "SOME",         "START",
            "TABLE",        "TEMP",
            "TEMPORARY",    "THEN",
            "TO",           "TRANSACTION",
            "TRIGGER",      "TRUE",
            "TRUNCATE",     "UNION",
            "UNIQUE",       "UNLOGGED",
            "UPDATE",       "USING",
            "VACUUM",       "VALUES",
            "VIEW",         "WHEN",
            "WHERE",        "WINDOW",
            "WITH",         "WITHIN",
            "WITHOUT",      "WORK",
        };
        QSet<QString> s;
        for (const char *w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

bool isIdentStart(QChar c) {
    return c.isLetter() || c == QLatin1Char('_');
}
bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

constexpr int InString = 100, InEscapeString = 101, InIdentifier = 102, InDollar = 1000;
} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    m_keyword.setFontWeight(QFont::Bold);
    m_parameter.setFontWeight(QFont::Bold);
    m_comment.setFontItalic(true);
    applyColors();
    if (Theme *t = Theme::instance())
        connect(t, &Theme::changed, this, [this] {
            applyColors();
            rehighlight();
        });
}

void SqlHighlighter::applyColors() {
    using theme::Role;
    m_keyword.setForeground(theme::color(Role::SqlKeyword));
    m_string.setForeground(theme::color(Role::SqlString));
    m_identifier.setForeground(theme::color(Role::SqlIdentifier));
    m_number.setForeground(theme::color(Role::SqlNumber));
    m_parameter.setForeground(theme::color(Role::SqlParameter));
    m_comment.setForeground(theme::color(Role::SqlComment));
}

SqlHighlighter::~SqlHighlighter() = default;

bool SqlHighlighter::isKeyword(const QString &word) {
    return keywords().contains(word.toUpper());
}

QTextCharFormat SqlHighlighter::format(Token t) const {
    switch (t) {
    case Token::Keyword:
        return m_keyword;
    case Token::String:
        return m_string;
    case Token::Identifier:
        return m_identifier;
    case Token::Number:
        return m_number;
    case Token::Parameter:
        return m_parameter;
    case Token::Comment:
        return m_comment;
    case Token::Plain:
        break;
    }
    return {};
}

int SqlHighlighter::tagIndex(const QString &tag) {
    int i = int(m_tags.indexOf(tag));
    if (i < 0) {
        m_tags << tag;
        i = int(m_tags.size()) - 1;
    }
    return i;
}

// From inside a comment at depth: returns the end position; *endDepth 0 when it closed.
int SqlHighlighter::scanComment(const QString &text, int i, int depth, int *endDepth) {
    const int n = int(text.size());
    while (i < n && depth > 0) {
        if (text.mid(i, 2) == QLatin1String("/*")) {
            ++depth;
            i += 2;
        } else if (text.mid(i, 2) == QLatin1String("*/")) {
            --depth;
            i += 2;
        } else {
            ++i;
        }
    }
    *endDepth = depth;
    return i;
}

// From inside a quoted token: returns the position after the closing quote (or the end).
int SqlHighlighter::scanQuoted(const QString &text, int i, QChar quote, bool backslash, bool *closed) {
    const int n = int(text.size());
    while (i < n) {
        if (backslash && text[i] == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (text[i] == quote) {
            if (i + 1 < n && text[i + 1] == quote) { // doubled quote
                i += 2;
                continue;
            }
            *closed = true;
            return i + 1;
        }
        ++i;
    }
    *closed = false;
    return n;
}

void SqlHighlighter::highlightBlock(const QString &text) {
    const int n = int(text.size());
    int i = 0;
    int state = qMax(0, previousBlockState());
    setCurrentBlockState(0);
    // Continue a token that started on an earlier line.
    if (state > 0) {
        int end = 0;
        if (state < InString) {
            int depth = 0;
            end = scanComment(text, 0, state, &depth);
            setFormat(0, end, m_comment);
            if (depth > 0) {
                setCurrentBlockState(depth);
                return;
            }
        } else if (state >= InDollar) {
            const QString tag = m_tags.value(state - InDollar);
            const int close = text.indexOf(tag);
            if (close < 0) {
                setFormat(0, n, m_string);
                setCurrentBlockState(state);
                return;
            }
            end = close + int(tag.size());
            setFormat(0, end, m_string);
        } else {
            bool closed = false;
            const QChar q = state == InIdentifier ? QLatin1Char('"') : QLatin1Char('\'');
            end = scanQuoted(text, 0, q, state == InEscapeString, &closed);
            setFormat(0, end, state == InIdentifier ? m_identifier : m_string);
            if (!closed) {
                setCurrentBlockState(state);
                return;
            }
        }
        i = end;
    }
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && text[i + 1] == QLatin1Char('-')) {
            setFormat(i, n - i, m_comment);
            return;
        } else if (c == QLatin1Char('/') && i + 1 < n && text[i + 1] == QLatin1Char('*')) {
            int depth = 0;
            const int end = scanComment(text, i + 2, 1, &depth);
            setFormat(i, end - i, m_comment);
            if (depth > 0) {
                setCurrentBlockState(depth);
                return;
            }
            i = end;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            bool closed = false;
            const int end = scanQuoted(text, i + 1, c, false, &closed);
            const bool ident = c == QLatin1Char('"');
            setFormat(i, end - i, ident ? m_identifier : m_string);
            if (!closed) {
                setCurrentBlockState(ident ? InIdentifier : InString);
                return;
            }
            i = end;
        } else if (c == QLatin1Char('$') && i + 1 < n && text[i + 1].isDigit()) {
            int end = i + 1;
            while (end < n && text[end].isDigit())
                ++end;
            setFormat(i, end - i, m_parameter);
            i = end;
        } else if (c == QLatin1Char('$')) {
            // $$ or $tag$ opens a dollar-quoted string.
            int end = i + 1;
            while (end < n && (text[end].isLetterOrNumber() || text[end] == QLatin1Char('_')))
                ++end;
            if (end < n && text[end] == QLatin1Char('$')) {
                const QString tag = text.mid(i, end - i + 1);
                const int close = text.indexOf(tag, end + 1);
                if (close < 0) {
                    setFormat(i, n - i, m_string);
                    setCurrentBlockState(InDollar + tagIndex(tag));
                    return;
                }
                setFormat(i, close + int(tag.size()) - i, m_string);
                i = close + int(tag.size());
            } else {
                i = end;
            }
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text[i + 1].isDigit())) {
            int end = i;
            while (end < n &&
                   (text[end].isDigit() || text[end] == QLatin1Char('.') || text[end] == QLatin1Char('e') ||
                    text[end] == QLatin1Char('E') || text[end] == QLatin1Char('_')))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (isIdentStart(c)) {
            int end = i + 1;
            while (end < n && isIdentChar(text[end]))
                ++end;
            const QString word = text.mid(i, end - i);
            if (end < n && text[end] == QLatin1Char('\'') &&
                word.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0) {
                bool closed = false; // E'...' with backslash escapes
                const int stop = scanQuoted(text, end + 1, QLatin1Char('\''), true, &closed);
                setFormat(i, stop - i, m_string);
                if (!closed) {
                    setCurrentBlockState(InEscapeString);
                    return;
                }
                i = stop;
                continue;
            }
            if (isKeyword(word))
                setFormat(i, end - i, m_keyword);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace ui
