#include "sessionhistory/timelinecontroller.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/connection.h"
#include "sessionhistory/sampler.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>
#include <QtConcurrent>

namespace sessionhistory {

TimelineController::TimelineController(QObject *parent)
    : QObject(parent)
    , m_sampler(new Sampler(this))
    , m_recorderCheck(new QTimer(this)) {
    m_recorderCheck->setInterval(30 * 1000);
    connect(m_recorderCheck, &QTimer::timeout, this, &TimelineController::updateSampling);
    m_recorderCheck->start();
}

TimelineController::~TimelineController() = default;

void TimelineController::setHistory(history::Store *store) {
    m_store = store;
    m_sampler->setHistory(store);
    if (store && store->isOpen())
        SessionWriter(store->database()).ensureSchema(); // readers find the tables even before a sample
    updateSampling();
}

void TimelineController::setServer(pg::Connection *conn, const QString &serverKey) {
    m_conn = conn;
    m_serverKey = serverKey;
    m_sampler->setServer(conn, serverKey);
    updateSampling();
}

void TimelineController::setSamplingEnabled(bool on) {
    m_enabled = on;
    updateSampling();
}

bool TimelineController::isSampling() const {
    return m_sampler->poller()->isActive();
}

void TimelineController::updateSampling() {
    // A recorder holding the store's lock for this server (fresh heartbeat, not us) already
    // samples it: a second writer would only double the rows.
    bool recorder = false;
    if (m_store && m_store->isOpen() && !m_serverKey.isEmpty()) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(QString(QStringLiteral("recorder:") + m_serverKey));
        if (q.exec() && q.next()) {
            const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const qint64 beat = o.value(QStringLiteral("heartbeat")).toInteger();
            recorder = o.value(QStringLiteral("pid")).toInteger() != QCoreApplication::applicationPid() &&
                       QDateTime::currentMSecsSinceEpoch() - beat < history::Store::StaleLockMs;
        }
    }
    m_recorderActive = recorder;
    const bool on =
        m_enabled && !recorder && m_conn && m_store && m_store->isOpen() && !m_serverKey.isEmpty();
    if (on != isSampling()) {
        m_sampler->poller()->setActive(on);
        Q_EMIT samplingChanged(on);
    }
}

template <typename T, typename Done>
void TimelineController::read(std::function<T()> job, quint64 *generation, Done done) {
    const quint64 gen = ++*generation;
    ++m_reads;
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, generation, done] {
        QObject::disconnect(watcher, nullptr, this, nullptr); // Qt 6.4 may report finished twice
        watcher->deleteLater();
        --m_reads;
        if (gen == *generation)
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

TimelineData TimelineController::readTimeline(const QString &connection, const QString &server, qint64 fromMs,
                                              qint64 toMs, int buckets, const std::optional<Filter> &filter) {
    SessionReader r(connection);
    return r.timeline(server, fromMs, toMs, buckets, Level::Auto, filter);
}

WindowData TimelineController::readWindow(const QString &connection, const QString &server, qint64 fromMs,
                                          qint64 toMs, const std::optional<Filter> &filter, int top) {
    WindowData w;
    w.fromMs = fromMs;
    w.toMs = toMs;
    w.filter = filter;
    SessionReader r(connection);
    w.level = r.chooseLevel(server, fromMs, toMs, QDateTime::currentMSecsSinceEpoch());
    w.samples = r.sampleCount(server, fromMs, toMs, w.level);
    const QList<Dim> dims{Dim::Wait, Dim::Query, Dim::User, Dim::Application, Dim::Database, Dim::Client};
    w.tops = r.topAll(server, fromMs, toMs, dims, top, w.level, filter);
    // Calls and mean time of the top queries, from the statements history of the same window.
    if (auto it = w.tops.find(int(Dim::Query)); it != w.tops.end())
        r.addStatementStats(server, fromMs, toMs, &*it);
    for (Dim d : dims)
        if (w.level != Level::Raw && !SessionReader::aggregatesAnswer(d, filter))
            w.rawOnly << int(d);
    w.incidents = r.incidents(server, fromMs, toMs);
    return w;
}

void TimelineController::requestTimeline(qint64 fromMs, qint64 toMs, int buckets,
                                         const std::optional<Filter> &filter) {
    if (!m_store || !m_store->isOpen() || m_serverKey.isEmpty())
        return;
    const QString connection = m_store->database().connectionName();
    const QString server = m_serverKey;
    read<TimelineData>([=] { return readTimeline(connection, server, fromMs, toMs, buckets, filter); },
                       &m_timelineGen, [this](const TimelineData &d) { Q_EMIT timelineReady(d); });
}

void TimelineController::requestWindow(qint64 fromMs, qint64 toMs, const std::optional<Filter> &filter,
                                       int top) {
    if (!m_store || !m_store->isOpen() || m_serverKey.isEmpty())
        return;
    const QString connection = m_store->database().connectionName();
    const QString server = m_serverKey;
    read<WindowData>([=] { return readWindow(connection, server, fromMs, toMs, filter, top); }, &m_windowGen,
                     [this](const WindowData &d) { Q_EMIT windowReady(d); });
}

void TimelineController::requestMoment(qint64 tsMs, int direction) {
    if (!m_store || !m_store->isOpen() || m_serverKey.isEmpty())
        return;
    const QString connection = m_store->database().connectionName();
    const QString server = m_serverKey;
    read<std::optional<SessionSample>>(
        [=]() -> std::optional<SessionSample> {
            SessionReader r(connection);
            qint64 at = tsMs;
            if (direction != 0) {
                at = r.neighbour(server, tsMs, direction);
                if (at == 0)
                    return std::nullopt;
            }
            return r.sampleAt(server, at);
        },
        &m_momentGen,
        [this, tsMs](const std::optional<SessionSample> &s) {
            if (s)
                Q_EMIT momentReady(*s);
            else
                Q_EMIT momentMissing(tsMs);
        });
}

} // namespace sessionhistory
