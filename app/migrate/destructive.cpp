#include "migrate/destructive.h"

#include "pg/sqllexer.h"

#include <QSet>

namespace migrate {

namespace {

using pg::Token;

// Reads [schema.]name at i; advances i past it.
QualifiedName nameAt(const QList<Token> &t, qsizetype &i) {
    QualifiedName n;
    if (i >= t.size() || !t[i].isIdentifier())
        return n;
    n.name = t[i].value;
    n.sql = t[i].text;
    ++i;
    if (i + 1 < t.size() && t[i].isPunct('.') && t[i + 1].isIdentifier()) {
        n.schema = n.name;
        n.name = t[i + 1].value;
        n.sql += QLatin1Char('.') + t[i + 1].text;
        i += 2;
    }
    return n;
}

void skipWords(const QList<Token> &t, qsizetype &i, const QSet<QString> &words) {
    while (i < t.size() && t[i].type == Token::Type::Word && words.contains(t[i].value))
        ++i;
}

bool hasTopLevelWord(const QList<Token> &t, qsizetype from, const char *word) {
    int depth = 0;
    for (qsizetype i = from; i < t.size(); ++i) {
        if (t[i].isPunct('('))
            ++depth;
        else if (t[i].isPunct(')'))
            --depth;
        else if (depth == 0 && t[i].isWord(word))
            return true;
    }
    return false;
}

QList<QualifiedName> nameList(const QList<Token> &t, qsizetype i) {
    QList<QualifiedName> out;
    while (i < t.size()) {
        skipWords(t, i, {QStringLiteral("only")});
        const QualifiedName n = nameAt(t, i);
        if (n.isEmpty())
            break;
        out << n;
        if (i < t.size() && t[i].isPunct('*'))
            ++i;
        if (i < t.size() && t[i].isPunct(','))
            ++i;
        else
            break;
    }
    return out;
}

} // namespace

std::optional<Destructive> destructiveOf(const QString &statementSql) {
    const QList<Token> t = pg::lex(statementSql).tokens;
    if (t.isEmpty() || t[0].type != Token::Type::Word)
        return std::nullopt;
    const QString first = t[0].value;
    Destructive d;
    qsizetype i = 1;
    if (first == QLatin1String("drop")) {
        QStringList kind;
        while (i < t.size() && t[i].type == Token::Type::Word && !t[i].isWord("if") &&
               !t[i].isWord("concurrently") && kind.size() < 3) {
            kind << t[i].value.toUpper();
            ++i;
            if (kind.last() != QLatin1String("MATERIALIZED") && kind.last() != QLatin1String("FOREIGN") &&
                kind.last() != QLatin1String("EVENT") && kind.last() != QLatin1String("ACCESS") &&
                kind.last() != QLatin1String("TEXT") && kind.last() != QLatin1String("SEARCH") &&
                kind.last() != QLatin1String("USER"))
                break;
        }
        skipWords(t, i, {QStringLiteral("concurrently"), QStringLiteral("if"), QStringLiteral("exists")});
        d.action = QStringLiteral("DROP ") + kind.join(QLatin1Char(' '));
        const QList<QualifiedName> names = nameList(t, i);
        for (const QualifiedName &n : names)
            d.objects << n.display();
        if (kind == QStringList{QStringLiteral("TABLE")})
            d.tables = names;
        return d;
    }
    if (first == QLatin1String("truncate")) {
        skipWords(t, i, {QStringLiteral("table")});
        d.action = QStringLiteral("TRUNCATE");
        d.tables = nameList(t, i);
        for (const QualifiedName &n : std::as_const(d.tables))
            d.objects << n.display();
        return d;
    }
    if (first == QLatin1String("delete") || first == QLatin1String("update")) {
        if (first == QLatin1String("delete"))
            skipWords(t, i, {QStringLiteral("from")});
        skipWords(t, i, {QStringLiteral("only")});
        qsizetype at = i;
        const QualifiedName table = nameAt(t, at);
        if (table.isEmpty() || hasTopLevelWord(t, at, "where"))
            return std::nullopt;
        d.action = first == QLatin1String("delete") ? QStringLiteral("DELETE without WHERE")
                                                    : QStringLiteral("UPDATE without WHERE");
        d.tables << table;
        d.objects << table.display();
        return d;
    }
    if (first == QLatin1String("alter") && i < t.size() && t[i].isWord("table")) {
        ++i;
        skipWords(t, i, {QStringLiteral("if"), QStringLiteral("exists"), QStringLiteral("only")});
        const QualifiedName table = nameAt(t, i);
        if (table.isEmpty())
            return std::nullopt;
        static const QSet<QString> notDestructive = {QStringLiteral("not"), QStringLiteral("default"),
                                                     QStringLiteral("identity"),
                                                     QStringLiteral("expression")};
        for (; i + 1 < t.size(); ++i) {
            if (!t[i].isWord("drop"))
                continue;
            qsizetype j = i + 1;
            QString what = QStringLiteral("COLUMN");
            if (t[j].isWord("column") || t[j].isWord("constraint")) {
                what = t[j].value.toUpper();
                ++j;
            } else if (t[j].type == Token::Type::Word && notDestructive.contains(t[j].value)) {
                continue;
            }
            skipWords(t, j, {QStringLiteral("if"), QStringLiteral("exists")});
            if (j >= t.size() || !t[j].isIdentifier())
                continue;
            d.action = QStringLiteral("ALTER TABLE ... DROP ") + what;
            d.objects << table.display() + QLatin1Char('.') + t[j].value;
        }
        if (d.objects.isEmpty())
            return std::nullopt;
        return d;
    }
    return std::nullopt;
}

} // namespace migrate
