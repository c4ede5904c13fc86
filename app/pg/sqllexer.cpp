#include "pg/sqllexer.h"

#include <QCoreApplication>

namespace pg {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pg_lex)
};

bool isIdentStart(QChar c) {
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() > 127;
}
bool isIdentChar(QChar c) {
    return isIdentStart(c) || c.isDigit() || c == QLatin1Char('$');
}
bool isOperatorChar(QChar c) {
    return QStringLiteral("+-*/<>=~!@#%^&|`?").contains(c);
}

class Lexer {
public:
    Lexer(const QString &s, bool keepComments)
        : m_s(s)
        , m_keep(keepComments) {}

    LexResult run() {
        LexResult out;
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos);
            const int start = m_pos;
            const int line = m_line;
            if (c == QLatin1Char('\n')) {
                ++m_line;
                ++m_pos;
                continue;
            }
            if (c.isSpace()) {
                ++m_pos;
                continue;
            }
            Token t;
            t.start = start;
            t.line = line;
            if (c == QLatin1Char('-') && peek(1) == QLatin1Char('-')) {
                while (m_pos < m_s.size() && m_s.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
                emitComment(out, t);
                continue;
            }
            if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                if (!blockComment()) {
                    fail(out, Tr::tr("unterminated /* comment"), line);
                    return out;
                }
                emitComment(out, t);
                continue;
            }
            if (c == QLatin1Char('\'')) {
                if (!quoted(QLatin1Char('\''), false)) {
                    fail(out, Tr::tr("unterminated quoted string"), line);
                    return out;
                }
                push(out, t, Token::Type::String);
                continue;
            }
            if (c == QLatin1Char('"')) {
                if (!quoted(QLatin1Char('"'), false)) {
                    fail(out, Tr::tr("unterminated quoted identifier"), line);
                    return out;
                }
                push(out, t, Token::Type::QuotedIdent);
                out.tokens.last().value = unquoteIdent(out.tokens.last().text);
                continue;
            }
            if (c == QLatin1Char('$')) {
                if (peek(1).isDigit()) {
                    ++m_pos;
                    while (m_pos < m_s.size() && m_s.at(m_pos).isDigit())
                        ++m_pos;
                    push(out, t, Token::Type::Param);
                    continue;
                }
                const QString tag = dollarTag();
                if (!tag.isEmpty()) {
                    const int close = m_s.indexOf(tag, m_pos + tag.size());
                    if (close < 0) {
                        fail(out, Tr::tr("unterminated dollar-quoted string %1").arg(tag), line);
                        return out;
                    }
                    advanceTo(close + tag.size());
                    push(out, t, Token::Type::DollarString);
                    continue;
                }
                ++m_pos;
                push(out, t, Token::Type::Operator);
                continue;
            }
            if (isIdentStart(c)) {
                while (m_pos < m_s.size() && isIdentChar(m_s.at(m_pos)))
                    ++m_pos;
                const QString word = m_s.mid(start, m_pos - start);
                // E'..' B'..' X'..' N'..' are strings with a prefix letter.
                if (word.size() == 1 && QStringLiteral("eEbBxXnN").contains(word.at(0)) &&
                    peek(0) == QLatin1Char('\'')) {
                    const bool backslash = word.at(0).toLower() == QLatin1Char('e');
                    if (!quoted(QLatin1Char('\''), backslash)) {
                        fail(out, Tr::tr("unterminated quoted string"), line);
                        return out;
                    }
                    push(out, t, Token::Type::String);
                    continue;
                }
                push(out, t, Token::Type::Word);
                out.tokens.last().value = word.toLower();
                continue;
            }
            if (c.isDigit() || (c == QLatin1Char('.') && peek(1).isDigit())) {
                number();
                push(out, t, Token::Type::Number);
                continue;
            }
            if (c == QLatin1Char(':') && peek(1) == QLatin1Char(':')) {
                m_pos += 2;
                push(out, t, Token::Type::Operator);
                continue;
            }
            if (QStringLiteral("(),;[].:").contains(c)) {
                ++m_pos;
                push(out, t, Token::Type::Punct);
                continue;
            }
            if (isOperatorChar(c)) {
                while (m_pos < m_s.size() && isOperatorChar(m_s.at(m_pos))) {
                    // A comment start ends an operator (e.g. "=--x").
                    if ((m_s.at(m_pos) == QLatin1Char('-') && peek(1) == QLatin1Char('-')) ||
                        (m_s.at(m_pos) == QLatin1Char('/') && peek(1) == QLatin1Char('*')))
                        break;
                    ++m_pos;
                }
                if (m_pos == start)
                    ++m_pos;
                push(out, t, Token::Type::Operator);
                continue;
            }
            ++m_pos; // anything else (a stray backslash, ...) is an operator-like token
            push(out, t, Token::Type::Operator);
        }
        return out;
    }

private:
    QChar peek(int ahead) const {
        const int p = m_pos + ahead;
        return p < m_s.size() ? m_s.at(p) : QChar();
    }
    void advanceTo(int p) {
        for (int i = m_pos; i < p; ++i)
            if (m_s.at(i) == QLatin1Char('\n'))
                ++m_line;
        m_pos = p;
    }
    void push(LexResult &out, Token t, Token::Type type) {
        t.type = type;
        t.end = m_pos;
        t.text = m_s.mid(t.start, t.end - t.start);
        t.value = t.text;
        out.tokens << t;
    }
    void emitComment(LexResult &out, const Token &t) {
        if (m_keep)
            push(out, t, Token::Type::Comment);
    }
    void fail(LexResult &out, const QString &msg, int line) {
        out.error = msg;
        out.errorLine = line;
    }
    bool blockComment() {
        int depth = 0;
        while (m_pos < m_s.size()) {
            if (m_s.at(m_pos) == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                ++depth;
                m_pos += 2;
            } else if (m_s.at(m_pos) == QLatin1Char('*') && peek(1) == QLatin1Char('/')) {
                m_pos += 2;
                if (--depth == 0)
                    return true;
            } else {
                if (m_s.at(m_pos) == QLatin1Char('\n'))
                    ++m_line;
                ++m_pos;
            }
        }
        return false;
    }
    // m_pos is at the opening quote. Doubled quotes escape; backslashes too in E'' strings.
    bool quoted(QChar q, bool backslash) {
        ++m_pos;
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos);
            if (c == QLatin1Char('\n'))
                ++m_line;
            if (backslash && c == QLatin1Char('\\')) {
                if (peek(1) == QLatin1Char('\n'))
                    ++m_line;
                m_pos += 2;
                continue;
            }
            if (c == q) {
                if (peek(1) == q) {
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }
    // "$tag$" at m_pos, or empty when this '$' does not open a dollar quote.
    QString dollarTag() const {
        int p = m_pos + 1;
        if (p < m_s.size() && m_s.at(p) == QLatin1Char('$'))
            return QStringLiteral("$$");
        if (p >= m_s.size() || !isIdentStart(m_s.at(p)))
            return {};
        while (p < m_s.size() && (isIdentStart(m_s.at(p)) || m_s.at(p).isDigit()))
            ++p;
        if (p < m_s.size() && m_s.at(p) == QLatin1Char('$'))
            return m_s.mid(m_pos, p - m_pos + 1);
        return {};
    }
    void number() {
        while (m_pos < m_s.size() && (m_s.at(m_pos).isDigit() || m_s.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        if (m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char('.') && peek(1) != QLatin1Char('.')) {
            ++m_pos;
            while (m_pos < m_s.size() && m_s.at(m_pos).isDigit())
                ++m_pos;
        }
        if (m_pos < m_s.size() && (m_s.at(m_pos) == QLatin1Char('e') || m_s.at(m_pos) == QLatin1Char('E'))) {
            const int save = m_pos;
            ++m_pos;
            if (m_pos < m_s.size() &&
                (m_s.at(m_pos) == QLatin1Char('+') || m_s.at(m_pos) == QLatin1Char('-')))
                ++m_pos;
            if (m_pos < m_s.size() && m_s.at(m_pos).isDigit()) {
                while (m_pos < m_s.size() && m_s.at(m_pos).isDigit())
                    ++m_pos;
            } else {
                m_pos = save;
            }
        }
    }
    static QString unquoteIdent(const QString &raw) {
        QString v = raw.mid(1, raw.size() - 2);
        v.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return v;
    }

    const QString &m_s;
    bool m_keep;
    int m_pos = 0;
    int m_line = 1;
};
} // namespace

LexResult lex(const QString &sql, bool keepComments) {
    return Lexer(sql, keepComments).run();
}

} // namespace pg
