#include "migrate/oneoff.h"

#include "migrate/statementinfo.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace migrate {

namespace {
QString q(const QString &ident) {
    return pg::Connection::quoteIdentOffline(ident);
}
} // namespace

IndexRequest IndexRequest::fromVariant(const QVariantMap &m) {
    IndexRequest r;
    r.schema = m.value(QStringLiteral("schema")).toString();
    r.table = m.value(QStringLiteral("table")).toString();
    r.columns = m.value(QStringLiteral("columns")).toStringList();
    r.predicate = m.value(QStringLiteral("predicate")).toString();
    r.name = m.value(QStringLiteral("name")).toString();
    r.statement = m.value(QStringLiteral("statement")).toString().trimmed();
    r.query = m.value(QStringLiteral("query")).toString();
    if (r.statement.endsWith(QLatin1Char(';')))
        r.statement.chop(1);
    if (!r.statement.isEmpty() && (r.table.isEmpty() || r.name.isEmpty())) {
        const StatementInfo s = analyze(Statement{r.statement, {}, 1});
        if (s.kind == StatementInfo::Kind::CreateIndex) {
            if (r.table.isEmpty()) {
                r.table = s.index.table.name;
                r.schema = s.index.table.schema;
            }
            if (r.name.isEmpty())
                r.name = s.index.name;
            if (r.columns.isEmpty())
                r.columns = s.index.keyColumns();
        }
    }
    return r;
}

QVariantMap IndexRequest::toVariant() const {
    QVariantMap m;
    m.insert(QStringLiteral("schema"), schema);
    m.insert(QStringLiteral("table"), table);
    m.insert(QStringLiteral("columns"), columns);
    m.insert(QStringLiteral("predicate"), predicate);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("statement"), statement);
    m.insert(QStringLiteral("query"), query);
    return m;
}

QString IndexRequest::indexName() const {
    if (!name.isEmpty())
        return name;
    QString n = table + QLatin1Char('_') + columns.join(QLatin1Char('_')) +
                (predicate.isEmpty() ? QStringLiteral("_idx") : QStringLiteral("_part_idx"));
    n.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
    return n.toLower().left(63);
}

Migration IndexRequest::migration() const {
    const QString tableSql = schema.isEmpty() ? q(table) : q(schema) + QLatin1Char('.') + q(table);
    const QString index = indexName();
    QString create = statement;
    if (create.isEmpty()) {
        QStringList cols;
        for (const QString &c : columns)
            cols << q(c);
        create = QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1\nON %2 (%3)")
                     .arg(q(index), tableSql, cols.join(QStringLiteral(", ")));
        if (!predicate.isEmpty())
            create += QStringLiteral("\nWHERE ") + predicate;
    } else if (!create.contains(QRegularExpression(QStringLiteral(R"(\bCONCURRENTLY\b)"),
                                                   QRegularExpression::CaseInsensitiveOption))) {
        // Built in production: never without CONCURRENTLY.
        create.replace(QRegularExpression(QStringLiteral(R"(^\s*CREATE\s+(UNIQUE\s+)?INDEX\b)"),
                                          QRegularExpression::CaseInsensitiveOption),
                       QStringLiteral("CREATE \\1INDEX CONCURRENTLY"));
    }
    const QString what =
        QCoreApplication::translate("migrate::IndexRequest", "Index %1 on %2 (from a plan finding)")
            .arg(index, tableSql);
    const QString up = QStringLiteral("-- description: %1\n-- transaction: no\n\n%2;\n").arg(what, create);
    const QString dropName = schema.isEmpty() ? q(index) : q(schema) + QLatin1Char('.') + q(index);
    const QString down =
        QStringLiteral(
            "-- description: Drop %1\n-- transaction: no\n\nDROP INDEX CONCURRENTLY IF EXISTS %2;\n")
            .arg(index, dropName);
    return Migration::makeOneOff(QStringLiteral("oneoff"), index, up, down);
}

} // namespace migrate
