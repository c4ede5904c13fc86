#include "explain/indexcandidate.h"

#include "explain/identifiers.h"

#include <QRegularExpression>

namespace explain {

namespace {

const QString kIdent = QStringLiteral(R"((?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"))");

// A literal as EXPLAIN prints it: 'text'::type, 42, -1.5, true, NULL, with optional casts.
bool isConstant(const QString &s, bool *numeric = nullptr) {
    static const QRegularExpression re(QStringLiteral(
        R"(^\(?('(?:[^']|'')*'|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|NULL)\)?(?:::[A-Za-z_][\w ]*(?:\(\d+(?:,\d+)?\))?(?:\[\])?)*$)"));
    const auto m = re.match(s.trimmed());
    if (numeric)
        *numeric =
            m.hasMatch() && (m.captured(1).front().isDigit() || m.captured(1).front() == QLatin1Char('-'));
    return m.hasMatch();
}

// A column of the scanned table: "status", "o.status", "\"Order\"".  Returns it unqualified.
QString asColumn(QString s, const QString &alias, const QString &table) {
    static const QRegularExpression re(QStringLiteral("^(?:(%1)\\.)?(%1)$").arg(kIdent));
    s = stripOuterParens(s);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    const QString qual = unquoteIdent(m.captured(1));
    if (!qual.isEmpty() && qual != alias && qual != table)
        return {};
    const QString col = unquoteIdent(m.captured(2));
    if (col == QLatin1String("true") || col == QLatin1String("false") || col == QLatin1String("NULL"))
        return {};
    return col;
}

// Position of the first top-level comparison operator " op ", with the operator.
qsizetype findOperator(const QString &s, QString *op) {
    static const QStringList ops = {QStringLiteral("<="), QStringLiteral(">="),  QStringLiteral("<>"),
                                    QStringLiteral("!="), QStringLiteral("~~*"), QStringLiteral("!~~"),
                                    QStringLiteral("~~"), QStringLiteral("="),   QStringLiteral("<"),
                                    QStringLiteral(">")};
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(' ') && depth == 0) {
            for (const QString &o : ops) {
                if (QStringView(s).mid(i + 1).startsWith(QString(o + QLatin1Char(' ')))) {
                    *op = o;
                    return i;
                }
            }
        }
    }
    return -1;
}

QString qualifierFree(QString text, const QString &alias, const QString &table) {
    // Drops "prefix." where it starts a name: at the start or after a character that cannot
    // be part of an identifier, a qualified name or a quoted name. (A regular expression built
    // per call cost a JIT compilation for every Seq Scan of a 10,000-node plan.)
    const auto continuesName = [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
               c == QLatin1Char('$') || c == QLatin1Char('.') || c == QLatin1Char('"');
    };
    for (const QString &q : {alias, table}) {
        if (q.isEmpty())
            continue;
        const QString prefix = quoteIdent(q) + QLatin1Char('.');
        qsizetype at = text.indexOf(prefix);
        if (at < 0)
            continue;
        QString out;
        out.reserve(text.size());
        qsizetype copied = 0;
        for (; at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at < copied || (at > 0 && continuesName(text[at - 1])))
                continue;
            out += QStringView(text).mid(copied, at - copied);
            copied = at + prefix.size();
        }
        out += QStringView(text).mid(copied);
        text = out;
    }
    return text;
}

} // namespace

IndexCandidate IndexCandidate::fromFilter(const QString &schema, const QString &table, const QString &alias,
                                          const QString &filter) {
    IndexCandidate c;
    c.schema = schema;
    c.table = table;
    QStringList eqKeys, anyKeys, rangeKeys, constEqCols, nullCols, predicate;
    static const QRegularExpression nullTest(QStringLiteral("^(.+) IS (NOT )?NULL$"));
    static const QRegularExpression anyTest(QStringLiteral(R"(^(.+) = ANY \((.+)\)$)"));
    for (const QString &raw : splitConjuncts(filter)) {
        const QString part = stripOuterParens(raw);
        const QString clean = qualifierFree(part, alias, table);
        if (part.contains(QLatin1String(" OR "))) {
            c.ignored << clean;
            continue;
        }
        if (const auto m = nullTest.match(part); m.hasMatch()) {
            const QString col = asColumn(m.captured(1), alias, table);
            if (col.isEmpty()) {
                c.ignored << clean;
            } else {
                nullCols << col;
                predicate << clean;
            }
            continue;
        }
        if (const auto m = anyTest.match(part); m.hasMatch()) {
            const QString col = asColumn(m.captured(1), alias, table);
            if (col.isEmpty())
                c.ignored << clean;
            else if (isConstant(m.captured(2))) {
                constEqCols << col;
                predicate << clean;
            } else {
                anyKeys << col;
            }
            continue;
        }
        QString op;
        const qsizetype at = findOperator(part, &op);
        if (at < 0) {
            // A bare boolean column ("active", "NOT active") is a predicate of its own.
            QString b = part;
            if (b.startsWith(QLatin1String("NOT ")))
                b = b.mid(4);
            if (!asColumn(b, alias, table).isEmpty())
                predicate << clean;
            else
                c.ignored << clean;
            continue;
        }
        QString lhs = part.left(at).trimmed(), rhs = part.mid(at + op.size() + 2).trimmed();
        QString col = asColumn(lhs, alias, table);
        if (col.isEmpty() && !asColumn(rhs, alias, table).isEmpty() && isConstant(lhs)) {
            col = asColumn(rhs, alias, table);
            std::swap(lhs, rhs);
        }
        if (col.isEmpty()) {
            c.ignored << clean;
            continue;
        }
        bool numeric = false;
        const bool constant = isConstant(rhs, &numeric);
        const bool equality = op == QLatin1String("=");
        if (constant && equality && !numeric) {
            // status = 'new': a constant a partial index can carry.
            constEqCols << col;
            predicate << clean;
        } else if (op == QLatin1String("<>") || op == QLatin1String("!=") ||
                   op.startsWith(QLatin1Char('!'))) {
            if (constant)
                predicate << clean;
            else
                c.ignored << clean;
        } else if (equality) {
            eqKeys << col;
        } else {
            rangeKeys << col;
        }
    }
    for (const QString &k : std::as_const(eqKeys))
        if (!c.columns.contains(k))
            c.columns << k;
    c.equalityColumns = int(c.columns.size());
    for (const QString &k : std::as_const(anyKeys))
        if (!c.columns.contains(k))
            c.columns << k;
    c.listColumns = int(c.columns.size()) - c.equalityColumns;
    for (const QString &k : std::as_const(rangeKeys))
        if (!c.columns.contains(k))
            c.columns << k;
    c.constantPredicate = predicate.join(QStringLiteral(" AND "));
    if (c.columns.isEmpty()) {
        c.constantKey = true;
        // Only constants: key on the constant-equality columns (status), keep IS NULL tests
        // as the predicate; failing that, key on the NULL-tested column itself.
        for (const QString &k : std::as_const(constEqCols))
            if (!c.columns.contains(k))
                c.columns << k;
        c.equalityColumns = int(c.columns.size());
        if (!c.columns.isEmpty()) {
            QStringList rest;
            for (const QString &p : std::as_const(predicate)) {
                bool keyed = false;
                for (const QString &k : std::as_const(c.columns))
                    keyed = keyed || p.startsWith(quoteIdent(k) + QLatin1Char(' '));
                if (!keyed)
                    rest << p;
            }
            predicate = rest;
        } else if (!nullCols.isEmpty()) {
            c.columns << nullCols.first();
        }
    }
    c.predicate = predicate.join(QStringLiteral(" AND "));
    return c;
}

QString IndexCandidate::suggestedName() const {
    QString name = table;
    for (const QString &col : columns)
        name += QLatin1Char('_') + col;
    name += predicate.isEmpty() ? QStringLiteral("_idx") : QStringLiteral("_part_idx");
    name = name.toLower();
    static const QRegularExpression notNameChar(QStringLiteral("[^a-z0-9_]"));
    name.replace(notNameChar, QStringLiteral("_"));
    while (name.toUtf8().size() > 63)
        name.remove(name.size() - 5, 1); // keep the suffix
    return name;
}

QString IndexCandidate::createStatement(const QString &indexName) const {
    QStringList cols;
    for (const QString &col : columns)
        cols << quoteIdent(col);
    const QString target =
        schema.isEmpty() ? quoteIdent(table) : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(table);
    QString sql = QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON %2 (%3)")
                      .arg(quoteIdent(indexName.isEmpty() ? suggestedName() : indexName), target,
                           cols.join(QStringLiteral(", ")));
    if (!predicate.isEmpty())
        sql += QStringLiteral(" WHERE ") + predicate;
    return sql;
}

} // namespace explain
