#include "monitor/statementsampler.h"

#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

namespace monitor {

namespace {
// Texts of the rows in a texts result, merged into what is known, keeping only statements
// still tracked (so evicted statements do not pile up).
QHash<StatementKey, QString> mergeTexts(QHash<StatementKey, QString> known, const pg::Result &r,
                                        const StatementSample &sample) {
    if (r.ok()) {
        const int cu = r.column("userid"), cd = r.column("dbid"), cq = r.column("queryid"),
                  ct = r.column("toplevel"), cx = r.column("query");
        for (int i = 0; i < r.rows(); ++i) {
            if (r.isNull(i, cq))
                continue;
            StatementKey k;
            k.userid = quint32(r.int64(i, cu));
            k.dbid = quint32(r.int64(i, cd));
            k.queryid = r.int64(i, cq);
            k.toplevel = ct < 0 || r.text(i, ct) != QLatin1String("f");
            known.insert(k, r.text(i, cx));
        }
    }
    if (known.size() > sample.rows.size() + sample.rows.size() / 2 + 64) {
        QHash<StatementKey, QString> kept;
        kept.reserve(sample.rows.size());
        for (const auto &e : sample.rows)
            if (auto it = known.constFind(e.key); it != known.constEnd())
                kept.insert(e.key, *it);
        known = std::move(kept);
    }
    return known;
}

// The numbers statements_delta*.sql compares: an entry's key, and its key with its calls.
qint64 keyHash(const StatementKey &k) {
    return qint64(quint64(k.queryid) ^ (quint64(k.userid) << 32) ^ quint64(k.dbid) ^ (k.toplevel ? 1u : 0u));
}
qint64 entryHash(const StatementCounters &e) {
    return qint64(quint64(keyHash(e.key)) ^ (quint64(e.calls) << 1));
}

// $1 of statements_delta*.sql: the entries held (built on the worker with the merge).
QVariant heldParam(const QList<StatementCounters> &held) {
    if (held.isEmpty())
        return {};
    QString out;
    out.reserve(held.size() * 21 + 2);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < held.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(entryHash(held[i]));
    }
    out += QLatin1Char('}');
    return out;
}

// The numbers of a bigint[] in text form ("{1,-2,3}"; NULL or "{}": none).
QSet<qint64> parseBigintArray(const QString &text) {
    QSet<qint64> out;
    const QStringView inner = QStringView(text).mid(1, std::max<qsizetype>(0, text.size() - 2));
    if (inner.isEmpty())
        return out;
    for (const auto part : inner.tokenize(QLatin1Char(','))) {
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        if (ok)
            out.insert(v);
    }
    return out;
}

// What a delta sample comes to: the held entries with the sent ones replaced or added, the ones
// the server named as gone (and did not send) dropped, and the folded entries of statements
// without a query id as sent. Its count and checksum of every entry then tell whether what is
// held is exactly what the server has.
struct Merged {
    StatementSample sample;
    QList<StatementCounters> held; // the entries with a query id, for the next delta
    QVariant heldParam;            // held as $1 of the next delta
    bool consistent = true;        // count and checksum agree with the server's
    int sent = 0;                  // entries that came over the wire
    int dropped = 0;               // held entries that went (evicted, reset)
    QList<StatementKey> sentKeys;  // their keys (few: only the moved ones)
};

Merged mergeDelta(const QList<StatementCounters> &held, const pg::Result &counters, const pg::Result &info,
                  qint64 tsMs) {
    Merged m;
    StatementSample changed = StatementSample::fromResults(counters, info, tsMs);
    qint64 live = -1;
    std::optional<qint64> checksum;
    QSet<qint64> gone;
    if (counters.ok() && counters.rows() > 0) {
        const int cl = counters.column("live"), cc = counters.column("checksum"),
                  cg = counters.column("gone");
        if (cl >= 0 && !counters.isNull(0, cl))
            live = counters.int64(0, cl);
        if (cc >= 0 && !counters.isNull(0, cc))
            checksum = counters.int64(0, cc);
        if (cg >= 0 && !counters.isNull(0, cg))
            gone = parseBigintArray(counters.text(0, cg));
    }
    m.sent = int(changed.rows.size());
    m.sentKeys.reserve(changed.rows.size());
    for (const auto &e : std::as_const(changed.rows))
        m.sentKeys.append(e.key);
    QHash<StatementKey, qsizetype> at;
    at.reserve(held.size() + changed.rows.size());
    m.held = held;
    if (!gone.isEmpty()) {
        // A held number no entry has now: the entry ran (it was sent) or went.
        const QSet<StatementKey> sent(m.sentKeys.cbegin(), m.sentKeys.cend());
        const auto removed = std::remove_if(m.held.begin(), m.held.end(), [&](const StatementCounters &e) {
            return gone.contains(entryHash(e)) && !sent.contains(e.key);
        });
        m.dropped = int(m.held.end() - removed);
        m.held.erase(removed, m.held.end());
    }
    for (qsizetype i = 0; i < m.held.size(); ++i)
        at.insert(m.held[i].key, i);
    QList<StatementCounters> hidden;
    for (auto &e : changed.rows) {
        if (e.key.hidden) {
            hidden.append(std::move(e));
            continue;
        }
        if (auto it = at.constFind(e.key); it != at.constEnd()) {
            m.held[*it] = std::move(e);
        } else {
            at.insert(e.key, m.held.size());
            m.held.append(std::move(e));
        }
    }
    quint64 x = 0;
    for (const auto &e : std::as_const(m.held))
        x ^= quint64(keyHash(e.key));
    m.consistent = (live < 0 || live == m.held.size()) && (!checksum || qint64(x) == *checksum);
    m.sample = std::move(changed);
    m.sample.rows = m.held;
    m.sample.rows.append(hidden);
    if (m.consistent)
        m.heldParam = heldParam(m.held);
    return m;
}
} // namespace

StatementSampler::StatementSampler(QObject *parent)
    : QObject(parent) {}

void StatementSampler::invalidate() {
    m_availability = {};
    m_texts.clear();
    m_held.clear();
    m_heldParam = QVariant();
}

void StatementSampler::resetDelta() {
    m_held.clear();
    m_heldParam = QVariant();
}

QString StatementSampler::sql(const QString &name, pg::Connection *conn, const QString &schema) {
    QString text = pg::sqlFile(QStringLiteral("monitor/") + name, conn->facts().versionNum);
    text.replace(QStringLiteral("{{schema}}"),
                 conn->quoteIdent(schema.isEmpty() ? QStringLiteral("public") : schema));
    return text;
}

QCoro::Task<bool> StatementSampler::probe(pg::Connection *conn) {
    QPointer<StatementSampler> self(this);
    const pg::ServerFacts facts = conn->facts();
    if (facts.versionNum < StatementAvailability::MinimumVersionNum) {
        m_availability = StatementAvailability::tooOld(facts);
        co_return false;
    }
    const pg::Result p = co_await conn->query(pg::sqlFile(QStringLiteral("monitor/statements_probe")));
    if (!self)
        co_return false;
    m_availability = StatementAvailability::fromProbe(p, facts);
    co_return m_availability.usable();
}

QCoro::Task<StatementFetch> StatementSampler::fetch(pg::Connection *conn) {
    QPointer<StatementSampler> self(this);
    StatementFetch out;
    if (!m_availability.usable()) {
        const bool usable = co_await probe(conn);
        if (!self)
            co_return out;
        if (!usable) {
            out.availability = m_availability;
            if (m_availability.state == StatementAvailability::State::Failed && m_availability.error &&
                m_availability.error->isConnectionLoss()) {
                out.error = m_availability.error; // the probe itself hit a lost connection
                m_availability = {};
            }
            co_return out;
        }
    }
    const QString schema = m_availability.extSchema;
    // Only the entries whose calls moved come over the wire (statements_delta.sql around the
    // version's counters query); the rest are the ones held from the previous sample. Should the
    // merged count not be the server's, everything is asked again at once.
    QString deltaSql = sql(QStringLiteral("statements_delta"), conn, schema);
    deltaSql.replace(QStringLiteral("{{counters}}"), sql(QStringLiteral("statements"), conn, schema));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qint64 ts = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer clock;
        clock.start();
        QVariantList params;
        params << m_heldParam;
        const pg::Result counters = co_await conn->query(deltaSql, params);
        out.serverMs = double(clock.nsecsElapsed()) / 1e6;
        if (!self)
            co_return out;
        if (!counters.ok()) {
            const pg::Error e = *counters.error();
            const bool aboutExtension =
                e.sqlState == QLatin1String("55000") || e.sqlState == QLatin1String("42703") ||
                e.sqlState == QLatin1String("42883") || e.sqlState == QLatin1String("42501") ||
                e.sqlState == QLatin1String("3F000");
            if (aboutExtension)
                m_availability.applySampleError(e);
            out.availability = m_availability;
            if (!aboutExtension)
                out.error = e;
            co_return out;
        }
        const pg::Result info = co_await conn->query(sql(QStringLiteral("statements_info"), conn, schema));
        if (!self)
            co_return out;

        auto parse = QtConcurrent::run(
            [held = m_held, counters, info, ts] { return mergeDelta(held, counters, info, ts); });
        auto parsed = pg::awaitFuture(parse);
        Merged merged = co_await parsed;
        if (!self)
            co_return out;
        out.rowsSent = merged.sent;
        out.entriesDropped = merged.dropped;
        out.sentKeys = std::move(merged.sentKeys);
        if (!merged.consistent && !m_held.isEmpty()) {
            m_held.clear(); // entries evicted or reset since: ask for everything
            m_heldParam = QVariant();
            ++out.fullRefetches;
            continue;
        }
        m_held = std::move(merged.held);
        m_heldParam = std::move(merged.heldParam);
        out.sample = std::move(merged.sample);
        break;
    }
    m_availability.hiddenStatements = out.sample.hiddenStatements;

    QSet<qint64> missing;
    for (const auto &e : std::as_const(out.sample.rows))
        if (!e.key.hidden && !m_texts.contains(e.key))
            missing.insert(e.key.queryid);
    if (!missing.isEmpty()) {
        QStringList ids;
        ids.reserve(missing.size());
        for (qint64 q : std::as_const(missing))
            ids << QString::number(q);
        QVariantList params;
        params << QVariant(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
        const pg::Result texts =
            co_await conn->query(sql(QStringLiteral("statements_texts"), conn, schema), params);
        if (!self)
            co_return out;
        if (!texts.ok() && texts.error()->isConnectionLoss()) {
            out.availability = m_availability;
            out.error = *texts.error();
            co_return out;
        }
        auto merge = QtConcurrent::run(mergeTexts, m_texts, texts, out.sample);
        auto merged = pg::awaitFuture(merge);
        QHash<StatementKey, QString> all = co_await merged;
        if (!self)
            co_return out;
        out.textsFetched = int(all.size() - m_texts.size());
        m_texts = std::move(all);
    }
    out.texts = m_texts;
    out.availability = m_availability;
    co_return out;
}

} // namespace monitor
