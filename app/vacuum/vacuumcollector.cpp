#include "vacuum/vacuumcollector.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QtConcurrent>

#include <algorithm>

namespace vacuum {

namespace {
QString sql(const char *name, int version) {
    return pg::sqlFile(QStringLiteral("vacuum/") + QLatin1String(name), version);
}

// Bloat per relation for the history store, and growth against the oldest stored sample.
// (Tables and indexes share pg_class's names, so one sample holds both.)
struct Bloat {
    QList<TableBloat> tables;
    QList<IndexBloat> indexes;
};
void applyGrowth(Bloat &bloat, const QString &connection, const QString &server, qint64 fromMs) {
    const auto samples = history::Store::readSamples(connection, server, VacuumCollector::historyKind(),
                                                     QStringLiteral("bloat"), fromMs);
    if (samples.isEmpty())
        return;
    const QJsonObject &oldest = samples.first().value;
    for (auto &b : bloat.tables) {
        const QJsonValue v = oldest.value(b.relation);
        if (v.isDouble())
            b.growthBytes = double(b.bloatBytes) - v.toDouble();
    }
    for (auto &b : bloat.indexes) {
        const QJsonValue v = oldest.value(b.index);
        if (v.isDouble())
            b.growthBytes = double(b.bloatBytes) - v.toDouble();
    }
}
} // namespace

VacuumCollector::VacuumCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new monitor::Poller(this)) {
    m_poller->setInterval(2000);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

VacuumCollector::~VacuumCollector() = default;

void VacuumCollector::setHistory(history::Store *store) {
    m_history = store;
}

void VacuumCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    m_conn = conn;
    m_serverKey = serverKey;
    m_snapshot = {};
    m_forceTables = true;
}

QCoro::Task<VacuumFetch> VacuumCollector::fetch(pg::Connection *c, VacuumFetchOptions opt) {
    QPointer<pg::Connection> conn(c);
    VacuumFetch out;
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(tr("not connected"));
        co_return out;
    }
    const int v = conn->facts().versionNum;
    const pg::Result progress = co_await conn->query(sql("progress", v));
    if (!conn)
        co_return out;
    const pg::Result workers = co_await conn->query(sql("workers", v));
    if (!conn)
        co_return out;
    const pg::Result horizon = co_await conn->query(sql("horizon", v));
    if (!conn)
        co_return out;
    pg::Result tables, bloat, indexBloat, schema, exact, indexExact;
    if (opt.tables) {
        QVariantList limit;
        limit << opt.tableLimit;
        tables = co_await conn->query(sql("tables", v), limit);
        if (!conn)
            co_return out;
        QVariantList bloatLimit;
        bloatLimit << opt.bloatLimit;
        bloat = co_await conn->query(sql("bloat", v), bloatLimit);
        if (!conn)
            co_return out;
        QVariantList indexLimit;
        indexLimit << opt.indexBloatLimit;
        indexBloat = co_await conn->query(sql("index_bloat", v), indexLimit);
        if (!conn)
            co_return out;
        schema = co_await conn->query(sql("pgstattuple_schema", v));
        if (!conn)
            co_return out;
    }
    const bool havePgstattuple = schema.ok() && schema.rows() > 0;
    QList<TableBloat> estimates = VacuumSnapshot::bloatFrom(bloat);
    QList<IndexBloat> indexEstimates = VacuumSnapshot::indexBloatFrom(indexBloat);
    if (havePgstattuple && opt.exactCount > 0) {
        QStringList oids;
        for (const auto &b : std::as_const(indexEstimates))
            if (b.bloatBytes > 0 && b.bytes <= opt.exactMaxBytes && oids.size() < opt.exactCount)
                oids << QString::number(b.oid);
        if (!oids.isEmpty()) {
            QString text = sql("index_bloat_exact", v);
            text.replace(QStringLiteral("@schema@"), conn->quoteIdent(schema.text(0, "schema")));
            QVariantList params;
            params << QVariant(QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}'));
            indexExact = co_await conn->query(text, params);
            if (!conn)
                co_return out;
        }
    }
    if (havePgstattuple && opt.exactCount > 0) {
        QStringList oids;
        for (const auto &b : std::as_const(estimates))
            if (b.bloatBytes > 0 && b.bytes <= opt.exactMaxBytes && oids.size() < opt.exactCount)
                oids << QString::number(b.oid);
        if (!oids.isEmpty()) {
            QString text = sql("bloat_exact", v);
            text.replace(QStringLiteral("@schema@"), conn->quoteIdent(schema.text(0, "schema")));
            QVariantList params;
            params << QVariant(QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}'));
            exact = co_await conn->query(text, params);
            if (!conn)
                co_return out;
        }
    }
    const pg::Result *all[] = {&progress, &workers,    &horizon, &tables,
                               &bloat,    &indexBloat, &exact,   &indexExact};
    for (const pg::Result *r : all)
        if (r->error() && !out.error)
            out.error = *r->error();
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    const bool withTables = opt.tables;
    auto parse = QtConcurrent::run([=]() mutable {
        VacuumSnapshot s;
        s.tsMs = ts;
        s.running = VacuumSnapshot::progressFrom(progress);
        s.workers = VacuumSnapshot::workersFrom(workers);
        s.horizon = VacuumSnapshot::horizonFrom(horizon);
        if (withTables) {
            s.tablesTsMs = ts;
            s.tables = VacuumSnapshot::tablesFrom(tables);
            VacuumSnapshot::applyExact(estimates, exact);
            s.bloat = estimates;
            VacuumSnapshot::applyExact(indexEstimates, indexExact);
            s.indexBloat = indexEstimates;
            s.pgstattuple = havePgstattuple;
        }
        return s;
    });
    auto parsed = pg::awaitFuture(parse);
    out.snapshot = co_await parsed;
    co_return out;
}

QCoro::Task<void> VacuumCollector::refresh(quint64 gen) {
    QPointer<VacuumCollector> self(this);
    VacuumFetchOptions opt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    opt.tables =
        m_forceTables || m_snapshot.tablesTsMs == 0 || now - m_snapshot.tablesTsMs >= m_tablesIntervalMs;
    m_forceTables = false;
    VacuumFetch f = co_await fetch(m_conn, opt);
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (f.snapshot.isValid()) {
        VacuumSnapshot s = std::move(f.snapshot);
        if (!opt.tables) { // keep the slow part from the last read
            s.tablesTsMs = m_snapshot.tablesTsMs;
            s.tables = m_snapshot.tables;
            s.bloat = m_snapshot.bloat;
            s.indexBloat = m_snapshot.indexBloat;
            s.pgstattuple = m_snapshot.pgstattuple;
        } else if (m_history && m_history->isOpen() && !m_serverKey.isEmpty()) {
            // Growth against the oldest stored sample (read on the thread pool), then this one.
            const QString connection = m_history->database().connectionName();
            auto grow = QtConcurrent::run([bloat = Bloat{s.bloat, s.indexBloat}, connection,
                                           server = m_serverKey, from = now - m_growthWindowMs]() mutable {
                applyGrowth(bloat, connection, server, from);
                return bloat;
            });
            auto grown = pg::awaitFuture(grow);
            const Bloat withGrowth = co_await grown;
            if (!self || !m_poller->isCurrent(gen))
                co_return;
            s.bloat = withGrowth.tables;
            s.indexBloat = withGrowth.indexes;
            QJsonObject sample;
            for (qsizetype i = 0; i < s.bloat.size() && i < 50; ++i)
                sample.insert(s.bloat.at(i).relation, double(s.bloat.at(i).bloatBytes));
            for (qsizetype i = 0; i < s.indexBloat.size() && i < 50; ++i)
                sample.insert(s.indexBloat.at(i).index, double(s.indexBloat.at(i).bloatBytes));
            if (m_history)
                m_history->append(m_serverKey, historyKind(), QStringLiteral("bloat"), s.tablesTsMs, sample);
        }
        m_snapshot = std::move(s);
        Q_EMIT snapshotReady();
    }
    if (f.error)
        Q_EMIT sampleFailed(*f.error);
}

} // namespace vacuum
