#include "sessionhistory/sampler.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QtConcurrent>

namespace sessionhistory {

Sampler::Sampler(QObject *parent)
    : QObject(parent)
    , m_poller(new monitor::Poller(this)) {
    m_poller->setInterval(1000);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

Sampler::~Sampler() = default;

void Sampler::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    if (serverKey != m_serverKey)
        flushIncidents();
    m_conn = conn;
    m_serverKey = serverKey;
}

void Sampler::setHistory(history::Store *store) {
    flushIncidents();
    m_store = store;
    m_writer.reset();
}

void Sampler::setIntervalMs(int ms) {
    m_poller->setInterval(qBound(MinIntervalMs, ms, MaxIntervalMs));
}

SessionWriter *Sampler::writer() {
    if (!m_store || !m_store->isOpen() || m_serverKey.isEmpty())
        return nullptr;
    if (!m_writer) {
        m_writer = std::make_unique<SessionWriter>(m_store->database());
        if (!m_writer->ensureSchema()) {
            Q_EMIT writeFailed(m_writer->lastError());
            m_writer.reset();
        }
    }
    return m_writer.get();
}

void Sampler::addSample(const SessionSample &sample) {
    m_last = sample;
    if (SessionWriter *w = writer()) {
        if (w->writeSample(m_serverKey, sample))
            ++m_written;
        else
            Q_EMIT writeFailed(w->lastError());
    }
    const QList<Incident> changed = m_tracker.update(sample);
    for (const Incident &inc : changed) {
        if (SessionWriter *w = writer()) {
            if (!w->writeIncident(m_serverKey, inc))
                Q_EMIT writeFailed(w->lastError());
            else if (!inc.open)
                ++m_incidents;
        }
        Q_EMIT incidentChanged(inc);
    }
    if (sample.tsMs - m_lastMaintainMs >= 60 * 1000)
        maintain(sample.tsMs);
    Q_EMIT sampled(sample);
}

void Sampler::flushIncidents() {
    const QList<Incident> open = m_tracker.closeAll();
    for (const Incident &inc : open) {
        if (SessionWriter *w = writer()) {
            if (w->writeIncident(m_serverKey, inc))
                ++m_incidents;
        }
        Q_EMIT incidentChanged(inc);
    }
}

void Sampler::maintain(qint64 nowMs) {
    m_lastMaintainMs = nowMs;
    SessionWriter *w = writer();
    if (!w)
        return;
    if (w->downsample(m_serverKey, nowMs) < 0 || w->enforceRetention(m_serverKey, nowMs, m_retention) < 0)
        Q_EMIT writeFailed(w->lastError());
}

QCoro::Task<void> Sampler::refresh(quint64 gen) {
    QPointer<Sampler> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const pg::Result r =
        co_await conn->query(pg::sqlFile(QStringLiteral("history/sessions"), conn->facts().versionNum));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (!r.ok()) {
        Q_EMIT failed(*r.error());
        co_return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFuture<SessionSample> parsed = QtConcurrent::run(&sampleFromResult, r, now);
    auto awaiter = pg::awaitFuture(parsed);
    SessionSample sample = co_await awaiter;
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    addSample(sample);
}

} // namespace sessionhistory
