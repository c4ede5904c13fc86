#include "migrate/statementinfo.h"

#include "pg/sqllexer.h"

#include <algorithm>

namespace migrate {

using pg::lex;
using pg::LexResult;
using pg::Token;

namespace {

// A read position over a statement's tokens (comments dropped).
class Cursor {
public:
    Cursor(const QString &src, QList<Token> toks)
        : m_src(src)
        , m_t(std::move(toks)) {}
    bool atEnd() const { return m_i >= m_t.size(); }
    const Token &peek(int ahead = 0) const {
        static const Token none;
        return m_i + ahead < m_t.size() ? m_t.at(m_i + ahead) : none;
    }
    int pos() const { return m_i; }
    void next() { ++m_i; }
    bool accept(const char *word) {
        if (peek().isWord(word) && !atEnd()) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool acceptAll(std::initializer_list<const char *> words) {
        int k = 0;
        for (const char *w : words)
            if (!peek(k++).isWord(w))
                return false;
        m_i += int(words.size());
        return true;
    }
    bool acceptPunct(char c) {
        if (!atEnd() && peek().isPunct(c)) {
            ++m_i;
            return true;
        }
        return false;
    }
    QualifiedName name() {
        QualifiedName n;
        if (atEnd() || !peek().isIdentifier())
            return n;
        const int startTok = m_i;
        QStringList parts;
        parts << peek().value;
        ++m_i;
        while (peek().isPunct('.') && peek(1).isIdentifier()) {
            parts << peek(1).value;
            m_i += 2;
        }
        n.name = parts.takeLast();
        n.schema = parts.value(parts.size() - 1);
        n.sql = text(startTok, m_i - 1);
        return n;
    }
    // The text of a parenthesised group starting at the current '(' (exclusive), split at
    // top-level commas; the cursor moves past the closing ')'.
    QList<QPair<int, int>> group() {
        QList<QPair<int, int>> parts;
        if (!acceptPunct('('))
            return parts;
        int depth = 0;
        int first = m_i;
        for (; m_i < m_t.size(); ++m_i) {
            const Token &t = m_t.at(m_i);
            if (t.isPunct('(') || t.isPunct('['))
                ++depth;
            else if ((t.isPunct(')') || t.isPunct(']')) && depth > 0)
                --depth;
            else if (t.isPunct(')')) {
                if (m_i > first)
                    parts << qMakePair(first, m_i - 1);
                ++m_i;
                return parts;
            } else if (t.isPunct(',') && depth == 0) {
                parts << qMakePair(first, m_i - 1);
                first = m_i + 1;
            }
        }
        return parts;
    }
    QString text(int firstTok, int lastTok) const {
        // A cursor moved past the end (acceptAll, group on a cut statement) asks for tokens that
        // are not there: what exists of the range, never out of bounds (found by fuzz_sqllexer).
        firstTok = std::max(firstTok, 0);
        lastTok = std::min(lastTok, int(m_t.size()) - 1);
        if (firstTok > lastTok)
            return {};
        return m_src.mid(m_t.at(firstTok).start, m_t.at(lastTok).end - m_t.at(firstTok).start);
    }
    QString rest() const { return atEnd() ? QString() : text(m_i, int(m_t.size()) - 1); }
    const Token &at(int i) const { return m_t.at(i); }
    int size() const { return int(m_t.size()); }

private:
    const QString &m_src;
    QList<Token> m_t;
    int m_i = 0;
};

IndexKey keyFrom(const Cursor &c, int first, int last) {
    IndexKey k;
    k.text = c.text(first, last);
    const Token &a = c.at(first);
    if (a.isIdentifier() && (first == last || c.at(first + 1).isIdentifier()))
        k.column = a.value;
    return k;
}

void parseCreateIndex(Cursor &c, StatementInfo &info) {
    IndexDefinition &d = info.index;
    c.accept("create");
    d.unique = c.accept("unique");
    c.accept("index");
    d.concurrently = c.accept("concurrently");
    d.ifNotExists = c.acceptAll({"if", "not", "exists"});
    if (!c.peek().isWord("on"))
        d.name = c.name().name;
    c.accept("on");
    c.accept("only");
    d.table = c.name();
    if (c.accept("using"))
        d.method = c.name().name.toLower();
    for (const auto &[a, b] : c.group())
        d.keys << keyFrom(c, a, b);
    while (!c.atEnd()) {
        if (c.accept("include")) {
            for (const auto &[a, b] : c.group())
                d.include << c.at(a).value;
        } else if (c.accept("nulls")) {
            c.accept("not");
            c.accept("distinct");
        } else if (c.accept("with")) {
            QStringList opts;
            for (const auto &[a, b] : c.group())
                opts << c.text(a, b);
            d.with = opts.join(QStringLiteral(", "));
        } else if (c.accept("tablespace")) {
            d.tablespace = c.name().name;
        } else if (c.accept("where")) {
            d.predicate = c.rest();
            break;
        } else {
            c.next();
        }
    }
    info.concurrently = d.concurrently;
    info.ifExists = d.ifNotExists;
}

void parseNameList(Cursor &c, StatementInfo &info) {
    while (!c.atEnd()) {
        const QualifiedName n = c.name();
        if (n.isEmpty())
            break;
        info.names << n;
        if (!c.acceptPunct(','))
            break;
    }
}

bool isTransactionControl(const Cursor &c) {
    const Token &t = c.peek();
    if (t.isWord("begin") || t.isWord("commit") || t.isWord("rollback") || t.isWord("abort") ||
        t.isWord("savepoint") || t.isWord("release") || t.isWord("end"))
        return true;
    if (t.isWord("start") && c.peek(1).isWord("transaction"))
        return true;
    return t.isWord("prepare") && c.peek(1).isWord("transaction");
}

bool containsWord(const Cursor &c, const char *word) {
    for (int i = 0; i < c.size(); ++i)
        if (c.at(i).isWord(word))
            return true;
    return false;
}

} // namespace

QStringList IndexDefinition::keyColumns() const {
    QStringList cols;
    for (const auto &k : keys)
        if (!k.column.isEmpty())
            cols << k.column;
    return cols;
}

QStringList IndexDefinition::columns() const {
    QStringList cols = keyColumns();
    for (const auto &i : include)
        if (!cols.contains(i))
            cols << i;
    return cols;
}

StatementInfo analyze(const Statement &s) {
    StatementInfo info;
    info.statement = s;
    const LexResult lexed = lex(s.sql);
    Cursor c(info.statement.sql, lexed.tokens);
    if (isTransactionControl(c)) {
        info.kind = StatementInfo::Kind::TransactionControl;
        return info;
    }
    const Token &w0 = c.peek(), &w1 = c.peek(1), &w2 = c.peek(2);
    if (w0.isWord("create") && (w1.isWord("index") || (w1.isWord("unique") && w2.isWord("index")))) {
        info.kind = StatementInfo::Kind::CreateIndex;
        parseCreateIndex(c, info);
    } else if (w0.isWord("drop") && w1.isWord("index")) {
        info.kind = StatementInfo::Kind::DropIndex;
        c.acceptAll({"drop", "index"});
        info.concurrently = c.accept("concurrently");
        info.ifExists = c.acceptAll({"if", "exists"});
        parseNameList(c, info);
    } else if (w0.isWord("reindex")) {
        info.kind = StatementInfo::Kind::Reindex;
        info.concurrently = containsWord(c, "concurrently");
        c.next();
        if (c.peek().isPunct('('))
            c.group();
        const bool wide =
            c.peek().isWord("schema") || c.peek().isWord("database") || c.peek().isWord("system");
        c.next();
        c.accept("concurrently");
        parseNameList(c, info);
        info.outsideTransactionOnly = wide;
    } else if (w0.isWord("create") && w1.isWord("extension")) {
        info.kind = StatementInfo::Kind::CreateExtension;
        c.acceptAll({"create", "extension"});
        info.ifExists = c.acceptAll({"if", "not", "exists"});
        info.extension = c.name().name;
    } else if (w0.isWord("drop") && w1.isWord("extension")) {
        info.kind = StatementInfo::Kind::DropExtension;
        c.acceptAll({"drop", "extension"});
        info.ifExists = c.acceptAll({"if", "exists"});
        info.extension = c.name().name;
    } else if (w0.isWord("create")) {
        int k = 1;
        while (c.peek(k).isWord("global") || c.peek(k).isWord("local") || c.peek(k).isWord("temp") ||
               c.peek(k).isWord("temporary") || c.peek(k).isWord("unlogged"))
            ++k;
        if (c.peek(k).isWord("table")) {
            info.kind = StatementInfo::Kind::CreateTable;
            for (int i = 0; i <= k; ++i)
                c.next();
            info.ifExists = c.acceptAll({"if", "not", "exists"});
            const QualifiedName n = c.name();
            if (!n.isEmpty())
                info.names << n;
        }
    } else if (w0.isWord("drop") && w1.isWord("table")) {
        info.kind = StatementInfo::Kind::DropTable;
        c.acceptAll({"drop", "table"});
        info.ifExists = c.acceptAll({"if", "exists"});
        parseNameList(c, info);
    }
    if (info.concurrently && info.kind != StatementInfo::Kind::Other)
        info.outsideTransactionOnly = true;
    // Statements PostgreSQL refuses inside a transaction block.
    if (w0.isWord("vacuum") || (w0.isWord("alter") && w1.isWord("system")) ||
        ((w0.isWord("create") || w0.isWord("drop")) && (w1.isWord("database") || w1.isWord("tablespace"))) ||
        (w0.isWord("cluster") && c.size() == 1) ||
        (w0.isWord("alter") && w1.isWord("table") && containsWord(c, "detach") &&
         containsWord(c, "concurrently")))
        info.outsideTransactionOnly = true;
    return info;
}

QString StatementInfo::summary() const {
    const QString head = statement.sql.simplified();
    switch (kind) {
    case Kind::CreateIndex:
        return QStringLiteral("CREATE %1INDEX%2 %3 ON %4")
            .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                 index.concurrently ? QStringLiteral(" CONCURRENTLY") : QString(), index.name,
                 index.table.display());
    case Kind::DropIndex: {
        QStringList n;
        for (const auto &q : names)
            n << q.display();
        return QStringLiteral("DROP INDEX%1 %2")
            .arg(concurrently ? QStringLiteral(" CONCURRENTLY") : QString(), n.join(QStringLiteral(", ")));
    }
    default:
        return head.size() > 80 ? head.left(77) + QStringLiteral("...") : head;
    }
}

ScriptInfo analyzeScript(const QString &sql) {
    ScriptInfo out;
    const SplitResult split = splitStatements(sql);
    out.error = split.error;
    out.errorLine = split.errorLine;
    for (const auto &s : split.statements)
        out.statements << analyze(s);
    return out;
}

} // namespace migrate
