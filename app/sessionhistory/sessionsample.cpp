#include "sessionhistory/sessionsample.h"

#include "pg/result.h"
#include "pg/sqllexer.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace sessionhistory {

QString SessionRow::waitKey() const {
    if (!waitType.isEmpty())
        return waitType + QLatin1Char(':') + waitEvent;
    return isActive() ? QStringLiteral("CPU") : QString();
}

int SessionSample::activeCount() const {
    int n = 0;
    for (const auto &r : rows)
        n += r.isActive() ? 1 : 0;
    return n;
}

namespace {
const char *const kClassNames[] = {"CPU", "Activity", "BufferPin", "Client",  "Extension", "IO",
                                   "IPC", "Lock",     "LWLock",    "Timeout", "Other"};
}

WaitClass waitClassOf(const QString &waitType) {
    if (waitType.isEmpty() || waitType == QLatin1String("CPU"))
        return WaitClass::Cpu;
    for (int i = 1; i < int(WaitClass::Other); ++i)
        if (waitType == QLatin1String(kClassNames[i]))
            return WaitClass(i);
    return WaitClass::Other;
}

QString waitClassName(WaitClass c) {
    const int i = int(c);
    return i >= 0 && i < int(WaitClass::Count) ? QString::fromLatin1(kClassNames[i]) : QString();
}

QString waitClassNameOfKey(const QString &waitKey) {
    return waitClassName(waitClassOf(waitKey.section(QLatin1Char(':'), 0, 0)));
}

QString normaliseQuery(const QString &sql) {
    const pg::LexResult lexed = pg::lex(sql);
    if (!lexed.ok() || lexed.tokens.isEmpty()) // truncated text (track_activity_query_size)
        return sql.simplified();
    QString out;
    out.reserve(sql.size());
    int param = 0;
    for (const auto &t : lexed.tokens) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (t.type == pg::Token::Type::String || t.type == pg::Token::Type::Number ||
            t.type == pg::Token::Type::DollarString)
            out += QLatin1Char('$') + QString::number(++param);
        else
            out += t.text;
    }
    return out;
}

qint64 textHash(const QString &text) {
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return qint64(qFromBigEndian<quint64>(h.constData()) >> 1);
}

namespace {
QList<int> intArray(const pg::Result &r, int row, const char *name) {
    QList<int> out;
    for (qint64 v : r.int64Array(row, name))
        out << int(v);
    return out;
}
} // namespace

SessionSample sampleFromResult(const pg::Result &r, qint64 fallbackTsMs) {
    SessionSample s;
    s.tsMs = fallbackTsMs;
    if (r.rows() == 0)
        return s;
    s.tsMs = r.int64(0, "sampled_at_ms", fallbackTsMs);
    s.idle = int(r.int64(0, "idle"));
    s.maxConnections = int(r.int64(0, "max_connections"));
    const int pidCol = r.column("pid");
    s.rows.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        if (r.isNull(i, pidCol))
            continue; // no busy session: the one row carries the counts only
        SessionRow row;
        row.pid = int(r.int64(i, pidCol));
        row.user = r.text(i, "usename");
        row.database = r.text(i, "datname");
        row.application = r.text(i, "application_name");
        row.client = r.text(i, "client_addr");
        row.backendType = r.text(i, "backend_type");
        row.state = r.text(i, "state");
        row.waitType = r.text(i, "wait_event_type");
        row.waitEvent = r.text(i, "wait_event");
        row.query = normaliseQuery(r.text(i, "query"));
        row.queryId = r.int64(i, "query_id");
        if (row.queryId == 0 && !row.query.isEmpty())
            row.queryId = textHash(row.query);
        row.xactStartMs = r.int64(i, "xact_start_ms");
        row.queryStartMs = r.int64(i, "query_start_ms");
        row.waitStartMs = r.int64(i, "wait_start_ms");
        row.blockers = intArray(r, i, "blocking_pids");
        row.lockMode = r.text(i, "lock_mode");
        row.relation = r.text(i, "relation");
        row.lockType = r.text(i, "lock_type");
        if (row.relation.isEmpty() && row.isLockWait())
            row.relation = row.lockType; // e.g. transactionid: a row lock
        row.transactionId = r.int64(i, "lock_xid");
        if (!r.isNull(i, "lock_page"))
            row.page = r.int64(i, "lock_page");
        if (!r.isNull(i, "lock_tuple"))
            row.tuple = r.int64(i, "lock_tuple");
        s.rows << row;
    }
    return s;
}

} // namespace sessionhistory
