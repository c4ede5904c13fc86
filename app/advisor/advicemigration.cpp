#include "advisor/advicemigration.h"

#include "explain/identifiers.h"
#include "migrate/catalog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace advisor {

namespace {

QString sizeText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// pg_get_indexdef's "CREATE [UNIQUE] INDEX name ON ..." as a concurrent, re-runnable build.
QString concurrently(QString def) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return def.replace(re, QStringLiteral("CREATE \\1INDEX CONCURRENTLY IF NOT EXISTS "));
}

QString qualified(const QString &schema, const QString &name) {
    return schema.isEmpty() ? explain::quoteIdent(name)
                            : explain::quoteIdent(schema) + QLatin1Char('.') + explain::quoteIdent(name);
}

bool write(const QString &path, const QString &text, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        *error = Advice::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

QString migrationUp(const QList<CreateProposal> &create, const QList<DropProposal> &drop,
                    const QString &database) {
    QString up =
        QStringLiteral("-- description: Index advice for %1: %2 new, %3 dropped (pgdba advise)\n"
                       "-- transaction: no\n--\n"
                       "-- Written by pgdba's workload index advisor on %4. Each CREATE/DROP INDEX\n"
                       "-- CONCURRENTLY runs outside a transaction block; sizes are HypoPG's estimates.\n")
            .arg(database)
            .arg(create.size())
            .arg(drop.size())
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (const CreateProposal &p : create) {
        up += QStringLiteral("\n-- %1: about %2, helps %3 statement(s)\n")
                  .arg(p.name, sizeText(p.sizeBytes))
                  .arg(p.statements.size());
        for (const Effect &e : p.statements.mid(0, 5))
            up += QStringLiteral("--   query id %1: %2 calls, cost %3 -> %4\n")
                      .arg(e.queryid)
                      .arg(e.calls)
                      .arg(e.costBefore, 0, 'f', 2)
                      .arg(e.costAfter, 0, 'f', 2);
        up += p.definition + QStringLiteral(";\n");
    }
    for (const DropProposal &d : drop)
        up += QStringLiteral("\n-- %1 (%2)\n%3;\n")
                  .arg(d.reason.simplified(), sizeText(d.sizeBytes), d.dropStatement());
    return up;
}

QString migrationDown(const QList<CreateProposal> &create, const QList<DropProposal> &drop) {
    QString down = QStringLiteral(
        "-- description: Undo the index advice: drop the new indexes, re-create the dropped ones\n"
        "-- transaction: no\n");
    for (const CreateProposal &p : create)
        down += QStringLiteral("\nDROP INDEX CONCURRENTLY IF EXISTS %1;\n")
                    .arg(qualified(p.candidate.schema, p.name));
    for (const DropProposal &d : drop)
        down += QStringLiteral("\n%1;\n").arg(concurrently(d.definition));
    return down;
}

MigrationFiles writeMigration(const QString &folder, const QList<CreateProposal> &create,
                              const QList<DropProposal> &drop, const QString &database, int minVersion) {
    MigrationFiles out;
    out.name = QStringLiteral("index_advice");
    if (create.isEmpty() && drop.isEmpty()) {
        out.error = Advice::tr("Nothing chosen: tick at least one index to create or drop.");
        return out;
    }
    if (!QDir().mkpath(folder)) {
        out.error = Advice::tr("Cannot create the folder %1.").arg(folder);
        return out;
    }
    int version = minVersion;
    const migrate::Catalog catalog = migrate::Catalog::load(folder);
    for (const migrate::Migration &m : catalog.migrations())
        version = std::max(version, m.version.toInt());
    // Files the catalog refused still hold their numbers.
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)_)"));
    for (const QString &f : QDir(folder).entryList(QDir::Files))
        if (const auto m = numbered.match(f); m.hasMatch())
            version = std::max(version, m.captured(1).toInt());
    out.version = QStringLiteral("%1").arg(version + 1, 3, 10, QLatin1Char('0'));
    const QString base = QDir(folder).filePath(out.version + QLatin1Char('_') + out.name);
    out.upPath = base + QStringLiteral(".up.sql");
    out.downPath = base + QStringLiteral(".down.sql");
    if (!write(out.upPath, migrationUp(create, drop, database), &out.error) ||
        !write(out.downPath, migrationDown(create, drop), &out.error)) {
        QFile::remove(out.upPath);
        QFile::remove(out.downPath);
    }
    return out;
}

} // namespace advisor
