#include "bench/runlibrary.h"

#include "bench/runarchive.h"
#include "history/store.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QtConcurrent>

namespace bench {

RunLibrary::RunLibrary(QObject *parent)
    : QObject(parent) {}

void RunLibrary::setStore(history::Store *store) {
    m_store = store;
}

QCoro::Task<ServerCheck> RunLibrary::check(pg::Connection *conn) {
    ServerCheck out;
    if (!conn) {
        out.error = pg::Error::client(QObject::tr("not connected"));
        co_return out;
    }
    const pg::Result pre = co_await conn->query(pg::sqlFile(QStringLiteral("bench/preflight")));
    if (!pre.ok()) {
        out.error = *pre.error();
        co_return out;
    }
    if (pre.rows() != 1) {
        out.error = pg::Error::client(QObject::tr("no preflight result"));
        co_return out;
    }
    out.hasSchema = pre.boolean(0, "has_schema");
    out.database = pre.text(0, "db");
    out.ordersEstimate = pre.int64(0, "orders_estimate");
    out.indexes = pre.textArray(0, "indexes");
    co_return out;
}

QCoro::Task<QList<RunResult>> RunLibrary::load(QString server) const {
    if (!m_store || !m_store->isOpen())
        co_return QList<RunResult>();
    const QString connection = m_store->database().connectionName();
    auto work = QtConcurrent::run([connection, server] {
        return RunArchive::fromSamples(
            history::Store::readSamplesAllKeys(connection, server, QString::fromLatin1(RunArchive::Kind), 0));
    });
    co_return co_await pg::awaitFuture(work);
}

bool RunLibrary::save(const QString &server, const RunResult &run) {
    return RunArchive::save(m_store, server, run);
}

} // namespace bench
