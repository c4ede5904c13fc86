#include "plans/autoexplain.h"

#include "explain/planparser.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "plans/planshape.h"
#include "plans/planstore.h"
#include "sessionhistory/sessionsample.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>

namespace plans {

QString AutoExplainReader::matchKey(const QString &sql) {
    QString key = sessionhistory::normaliseQuery(sql);
    static const QRegularExpression param(QStringLiteral(R"(\$\d+)"));
    key.replace(param, QStringLiteral("$"));
    while (key.endsWith(QLatin1Char(';')) || key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    return key;
}

QString AutoExplainReader::queryTextOf(const QByteArray &plan) {
    const QString text = QString::fromUtf8(plan);
    if (text.contains(QLatin1String("\"Query Text\""))) // JSON: the parser has it
        return explain::parsePlan(plan).plan.queryText;
    const qsizetype at = text.indexOf(QLatin1String("Query Text: "));
    if (at < 0)
        return {};
    // Text format: the statement runs until the first plan line.
    QStringList lines;
    for (const QString &l : text.mid(at + 12).split(QLatin1Char('\n'))) {
        if (!lines.isEmpty() &&
            (l.contains(QLatin1String("(cost=")) || l.contains(QLatin1String("(actual "))))
            break;
        lines << l;
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

IngestResult AutoExplainReader::store(const QList<LoggedPlan> &logged, PlanStore &store,
                                      const QString &serverKey) const {
    IngestResult r;
    r.entries = int(logged.size());
    for (const LoggedPlan &l : logged) {
        const explain::ParseResult parsed = explain::parsePlan(l.plan);
        if (!parsed.ok())
            continue;
        bool ok = false;
        qint64 queryid = parsed.plan.queryIdentifier.toLongLong(&ok);
        const QString queryText =
            parsed.plan.queryText.isEmpty() ? queryTextOf(l.plan) : parsed.plan.queryText;
        if (!ok || queryid == 0) {
            queryid = m_statements.value(matchKey(queryText), 0);
            ok = queryid != 0;
        }
        if (!ok) {
            ++r.withoutQueryId;
            continue;
        }
        Capture c;
        c.outcome = Capture::Outcome::Captured;
        c.method = QStringLiteral("auto_explain");
        c.planJson = QString::fromUtf8(l.plan);
        c.shape = shapeText(parsed.plan);
        c.fingerprint = fingerprint(parsed.plan);
        c.totalCost = parsed.plan.nodes.isEmpty() ? 0 : parsed.plan.root().totalCost;
        const qint64 ts = l.tsMs > 0 ? l.tsMs : QDateTime::currentMSecsSinceEpoch();
        if (store.record(serverKey, queryid, queryText, c, ts,
                         l.durationMs >= 0 ? std::optional<double>(l.durationMs) : std::nullopt, -1))
            ++r.stored;
    }
    return r;
}

IngestResult AutoExplainReader::ingestFolder(const QString &folder, PlanStore &planStore,
                                             const QString &serverKey) {
    IngestResult total;
    const QDir dir(folder);
    if (!dir.exists()) {
        total.error = IngestResult::tr("the log folder %1 does not exist").arg(folder);
        return total;
    }
    const QStringList files =
        dir.entryList({QStringLiteral("*.log"), QStringLiteral("*.csv"), QStringLiteral("*.json")},
                      QDir::Files | QDir::Readable, QDir::Time | QDir::Reversed);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const qint64 from = m_offsets.value(f.fileName(), 0);
        if (from > f.size())
            m_offsets.remove(f.fileName()); // rotated and truncated: from the start
        f.seek(std::min(from, f.size()));
        const QByteArray data = f.readAll();
        qsizetype consumed = 0;
        const auto logged = parseAutoExplainLog(data, logFormatOf(name), &consumed, false);
        m_offsets.insert(f.fileName(), std::min(from, f.size()) + consumed);
        const IngestResult r = store(logged, planStore, serverKey);
        total.entries += r.entries;
        total.stored += r.stored;
        total.withoutQueryId += r.withoutQueryId;
        total.bytesRead += data.size();
    }
    return total;
}

QCoro::Task<IngestResult> AutoExplainReader::ingestServer(pg::Connection *conn, PlanStore *planStore,
                                                          QString serverKey) {
    IngestResult total;
    QPointer<pg::Connection> c(conn);
    if (!c || !c->isReady()) {
        total.error = IngestResult::tr("not connected");
        co_return total;
    }
    const QString listSql = pg::sqlFile(QStringLiteral("plans/log_files"));
    const pg::Result files = co_await c->query(listSql);
    if (!c)
        co_return total;
    if (!files.ok()) {
        total.error =
            files.error()->sqlState == QLatin1String("42501")
                ? IngestResult::tr("the role %1 may not list the server's log files (pg_monitor, or a "
                                   "superuser, is needed); point pgdba at a local log folder instead")
                      .arg(c->facts().role)
                : files.error()->toString();
        co_return total;
    }
    // The statements to match the logged texts to (this database's pg_stat_statements).
    const pg::Result schema = co_await c->query(pg::sqlFile(QStringLiteral("plans/statements_schema")));
    if (!c)
        co_return total;
    if (schema.ok() && schema.rows() > 0) {
        QString textsSql = pg::sqlFile(QStringLiteral("plans/statement_texts"));
        textsSql.replace(QStringLiteral("{{schema}}"), c->quoteIdent(schema.text(0, 0)));
        const pg::Result texts = co_await c->query(textsSql);
        if (!c)
            co_return total;
        if (texts.ok()) {
            QHash<QString, qint64> byKey;
            for (int i = 0; i < texts.rows(); ++i)
                byKey.insert(matchKey(texts.text(i, "query")), texts.int64(i, "queryid"));
            m_statements = byKey;
        }
    }
    const QString readSql = pg::sqlFile(QStringLiteral("plans/log_read"));
    constexpr qint64 Chunk = 4 * 1024 * 1024;
    for (int i = 0; i < files.rows(); ++i) {
        const QString name = files.text(i, "name");
        const qint64 size = files.int64(i, "size");
        qint64 from = m_offsets.value(name, 0);
        if (from > size)
            from = 0;
        if (from >= size)
            continue;
        QVariantList params;
        params << QVariant(name) << QVariant(from) << QVariant(std::min(Chunk, size - from));
        const pg::Result piece = co_await c->query(readSql, params);
        if (!c)
            co_return total;
        if (!piece.ok()) {
            total.error = piece.error()->sqlState == QLatin1String("42501")
                              ? IngestResult::tr("the role %1 may not read the server's log files "
                                                 "(pg_read_server_files, or a superuser, is needed)")
                                    .arg(c->facts().role)
                              : piece.error()->toString();
            co_return total;
        }
        const QByteArray data = piece.text(0, 0).toUtf8();
        qsizetype consumed = 0;
        const auto logged = parseAutoExplainLog(data, logFormatOf(name), &consumed, false);
        m_offsets.insert(name, from + consumed);
        const IngestResult r = store(logged, *planStore, serverKey);
        total.entries += r.entries;
        total.stored += r.stored;
        total.withoutQueryId += r.withoutQueryId;
        total.bytesRead += data.size();
    }
    co_return total;
}

} // namespace plans
