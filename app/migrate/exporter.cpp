#include "migrate/exporter.h"

#include "migrate/statementinfo.h"

#include <QDate>
#include <QRegularExpression>

namespace migrate {

namespace {
QString commentBlock(const QString &sql) {
    const Header h = parseHeader(sql);
    QStringList lines;
    for (auto it = h.fields.cbegin(); it != h.fields.cend(); ++it)
        lines << QStringLiteral("-- %1: %2").arg(it.key(), it.value());
    for (const QString &n : h.notes)
        lines << (n.isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + n);
    return lines.join(QLatin1Char('\n'));
}

QString statementText(const Statement &s) {
    QString out;
    if (!s.comment.isEmpty())
        for (const QString &c : s.comment.split(QLatin1Char('\n')))
            out += QStringLiteral("-- ") + c + QLatin1Char('\n');
    return out + s.sql + QLatin1Char(';');
}

// The Python body of upgrade()/downgrade(): consecutive statements that need autocommit
// share one autocommit_block().
QString pythonBody(const QString &sql, bool transactional) {
    const ScriptInfo script = analyzeScript(sql);
    if (script.statements.isEmpty())
        return QStringLiteral("    pass\n");
    QString out;
    bool inBlock = false;
    for (const auto &s : script.statements) {
        // In a "transaction: no" migration every statement commits on its own, as in pgdba.
        const bool autocommit = s.outsideTransactionOnly || !transactional;
        if (autocommit && !inBlock) {
            out += QStringLiteral("    with op.get_context().autocommit_block():\n");
            inBlock = true;
        } else if (!autocommit && inBlock) {
            inBlock = false;
        }
        const int pad = inBlock ? 8 : 4;
        if (!s.statement.comment.isEmpty())
            for (const QString &c : s.statement.comment.split(QLatin1Char('\n')))
                out += QString(pad, QLatin1Char(' ')) + QStringLiteral("# ") + c + QLatin1Char('\n');
        // Only the call is indented: the SQL inside the string keeps its own whitespace.
        out += QString(pad, QLatin1Char(' ')) +
               QStringLiteral("op.execute(%1)").arg(Exporter::pythonLiteral(s.statement.sql)) +
               QLatin1Char('\n');
    }
    return out;
}
} // namespace

QString Exporter::plainSql(const Migration &m, Direction d) {
    const QString sql = m.sql(d);
    const bool tx = m.transactional(d);
    const SplitResult split = splitStatements(sql);
    QString out = commentBlock(sql);
    out += QStringLiteral("\n-- exported by pgdba from %1 (%2)\n")
               .arg(m.title(), d == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"));
    if (!tx)
        out += QStringLiteral(
            "-- Run with psql in autocommit mode (the default); not with --single-transaction.\n");
    out += QStringLiteral("\\set ON_ERROR_STOP on\n");
    if (tx)
        out += QStringLiteral("BEGIN;\n");
    for (const auto &s : split.statements)
        out += QLatin1Char('\n') + statementText(s) + QLatin1Char('\n');
    if (tx)
        out += QStringLiteral("\nCOMMIT;\n");
    return out;
}

QString Exporter::pythonLiteral(const QString &sql) {
    QString s = sql;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QStringLiteral("\"\"\""), QStringLiteral("\\\"\\\"\\\""));
    // text() reads ":name" as a bind parameter; "::" casts are left alone by SQLAlchemy.
    static const QRegularExpression bind(QStringLiteral(R"((?<!:):(?=[A-Za-z_]))"));
    s.replace(bind, QStringLiteral("\\\\:"));
    if (s.endsWith(QLatin1Char('"')))
        s.append(QLatin1Char('\n'));
    return QStringLiteral("sa.text(\"\"\"\n%1\n\"\"\")").arg(s);
}

QString Exporter::alembicRevision(const Migration &m, const QString &downRevision) {
    const QString description = m.description.isEmpty() ? m.name : m.description;
    QString out;
    out += QStringLiteral("\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: %4\n\nExported by pgdba "
                          "from %5.\n\"\"\"\n")
               .arg(QString(description).replace(QStringLiteral("\"\"\""), QStringLiteral("'''")), m.version,
                    downRevision.isEmpty() ? QStringLiteral("None") : downRevision,
                    QDate::currentDate().toString(Qt::ISODate), m.title());
    out += QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n\n");
    out += QStringLiteral("revision = \"%1\"\n").arg(m.version);
    out += downRevision.isEmpty() ? QStringLiteral("down_revision = None\n")
                                  : QStringLiteral("down_revision = \"%1\"\n").arg(downRevision);
    out += QStringLiteral("branch_labels = None\ndepends_on = None\n\n\n");
    out +=
        QStringLiteral("def upgrade():\n") + pythonBody(m.upSql, m.upTransactional) + QStringLiteral("\n\n");
    out += QStringLiteral("def downgrade():\n") +
           (m.hasDown() ? pythonBody(m.downSql, m.downTransactional)
                        : QStringLiteral("    raise NotImplementedError(\"%1 has no down migration\")\n")
                              .arg(m.title()));
    return out;
}

QString Exporter::fileName(const Migration &m, const QString &kind) {
    if (kind == QLatin1String("alembic"))
        return m.title() + QStringLiteral(".py");
    return m.title() + (kind == QLatin1String("down") ? QStringLiteral(".down.psql.sql")
                                                      : QStringLiteral(".up.psql.sql"));
}

} // namespace migrate
