#include "record/recorder.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertservice.h"
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/activitycollector.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"
#include "monitor/statementscollector.h"
#include "pg/connection.h"
#include "plans/plancollector.h"
#include "sessionhistory/sampler.h"

#include <QDateTime>
#include <QRegularExpression>

#include <qcoro/qcorotimer.h>

namespace record {

Recorder::Recorder(Options options, history::Store *store, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(store)
    , m_serverStats(new monitor::ServerStatsCollector(this))
    , m_activity(new monitor::ActivityCollector(this))
    , m_statements(new monitor::StatementsCollector(this))
    , m_sessions(new sessionhistory::Sampler(this)) {
    if (m_options.serverKey.isEmpty())
        m_options.serverKey = core::ServerSession::historyKeyFor(m_options.info);
    const QStringList purposes{QStringLiteral("stats"),      QStringLiteral("activity"),
                               QStringLiteral("statements"), QStringLiteral("sessions"),
                               QStringLiteral("alerts"),     QStringLiteral("plans")};
    for (const QString &purpose : purposes) {
        auto *c = new pg::Connection(this);
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba record ") + purpose;
        o.readOnly = true;
        o.statementTimeoutMs = 10000;
        o.lockTimeoutMs = 1000;
        o.autoReconnect = false; // the recorder reconnects itself, and says so
        c->setOptions(o);
        connect(c, &pg::Connection::connectionLost, this, [this](const pg::Error &e) {
            if (!m_lost && !m_stopping)
                m_lastError = e.message;
            m_lost = true;
        });
        m_conns << c;
    }
    m_serverStats->setWindowMs(60 * 1000); // it keeps a window in memory; the recorder needs little
    m_serverStats->poller()->setInterval(m_options.intervalMs);
    m_activity->poller()->setInterval(m_options.intervalMs);
    m_activity->setSummaryOnly(true); // counts only: no query texts leave the server
    m_statements->poller()->setInterval(qMax(m_options.intervalMs, m_options.statementsEveryMs));
    m_serverStats->setHistory(store);
    m_activity->setHistory(store);
    m_statements->setHistory(store);
    m_sessions->setIntervalMs(m_options.sessionsEveryMs);
    m_sessions->setHistory(store);
    auto failed = [this](const pg::Error &e) {
        ++m_errors;
        m_lastError = e.toString();
    };
    connect(m_serverStats, &monitor::ServerStatsCollector::sampleFailed, this, failed);
    connect(m_activity, &monitor::ActivityCollector::failed, this, failed);
    connect(m_statements, &monitor::StatementsCollector::failed, this, failed);
    connect(m_statements, &monitor::StatementsCollector::historyWriteFailed, this, [this](const QString &m) {
        ++m_errors;
        m_lastError = m;
    });
    connect(m_sessions, &sessionhistory::Sampler::failed, this, failed);
    connect(m_sessions, &sessionhistory::Sampler::writeFailed, this, [this](const QString &m) {
        ++m_errors;
        m_lastError = m;
    });
    connect(m_serverStats, &monitor::ServerStatsCollector::pointAdded, this, [this] { ++m_serverSamples; });
    if (m_options.alertsEveryMs > 0) {
        m_alerts = new alerts::AlertService(store, this);
        m_alerts->loadSettings();
        m_alerts->setIntervalMs(m_options.alertsEveryMs);
        m_alerts->setHealthIntervalMs(m_options.alertsHealthEveryMs);
        connect(m_alerts, &alerts::AlertService::alertFired, this,
                [this](const alerts::Alert &a) { log(tr("alert fired: %1").arg(a.message())); });
        connect(m_alerts, &alerts::AlertService::alertResolved, this,
                [this](const alerts::Alert &a) { log(tr("alert resolved: %1").arg(a.ruleName)); });
        connect(m_alerts, &alerts::AlertService::error, this, [this](const QString &m) {
            ++m_errors;
            m_lastError = m;
        });
    }
    m_minute.setInterval(m_options.logEveryMs);
    connect(&m_minute, &QTimer::timeout, this, &Recorder::logMinute);
}

Recorder::~Recorder() = default;

int Recorder::activitySamples() const {
    return m_activity->samplesWritten();
}

int Recorder::sessionSamples() const {
    return m_sessions->samplesWritten();
}

qint64 Recorder::parseDuration(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double factor = 1000;
    if (unit == QLatin1String("ms"))
        factor = 1;
    else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
        factor = 60000;
    else if (unit == QLatin1String("h"))
        factor = 3600000;
    else if (unit == QLatin1String("d"))
        factor = 86400000;
    return qint64(v * factor);
}

bool Recorder::isFatalConnectError(const QString &message) {
    static const char *fatal[] = {"authentication failed",
                                  "does not exist",
                                  "invalid connection option",
                                  "invalid URI",
                                  "invalid integer value",
                                  "invalid port number",
                                  "missing \"=\"",
                                  "unterminated quoted string",
                                  "no password supplied",
                                  "could not translate host name",
                                  "invalid value",
                                  "not permitted to log in",
                                  "no pg_hba.conf entry"};
    for (const char *f : fatal)
        if (message.contains(QLatin1String(f), Qt::CaseInsensitive))
            return true;
    return false;
}

void Recorder::log(const QString &text) {
    const QString line =
        QDateTime::currentDateTime().toString(Qt::ISODate) + QStringLiteral(" pgdba record ") +
        (m_options.name.isEmpty() ? m_options.serverKey : m_options.name) + QStringLiteral(": ") + text;
    Q_EMIT logLine(line);
}

void Recorder::logMinute() {
    const int activity = activitySamples() - m_lastActivity;
    const int server = m_serverSamples - m_lastServer;
    const int rows = m_statements->historyRowsWritten() - m_lastStatementRows;
    const int errors = m_errors - m_lastErrors;
    m_lastActivity = activitySamples();
    m_lastServer = m_serverSamples;
    m_lastStatementRows = m_statements->historyRowsWritten();
    m_lastErrors = m_errors;
    const int sessions = sessionSamples() - m_lastSessions;
    m_lastSessions = sessionSamples();
    QString text = tr("%1 server points, %2 activity samples, %3 statement rows, %4 session samples written; "
                      "%5 errors")
                       .arg(server)
                       .arg(activity)
                       .arg(rows)
                       .arg(sessions)
                       .arg(errors);
    if (errors > 0)
        text += QStringLiteral(" (") + tr("last: %1").arg(m_lastError) + QLatin1Char(')');
    if (m_lost)
        text += QStringLiteral("; ") + tr("server unreachable, retrying");
    log(text);
    if (m_store && m_store->isOpen())
        m_store->refreshRecorderLock(m_options.serverKey);
}

QCoro::Task<void> Recorder::pause(int ms) {
    // In short steps, so a stop request is seen within 100 ms.
    QPointer<Recorder> self(this);
    while (ms > 0 && self && !m_stopping) {
        const int step = qMin(ms, 100);
        co_await QCoro::sleepFor(std::chrono::milliseconds(step));
        ms -= step;
    }
}

void Recorder::closeAll() {
    for (auto *c : std::as_const(m_conns))
        c->close();
}

QCoro::Task<bool> Recorder::connectAll(bool first, int *exitCode) {
    QPointer<Recorder> self(this);
    int attempt = 0;
    while (self && !m_stopping) {
        std::optional<pg::Error> error;
        for (auto *c : std::as_const(m_conns)) {
            if (c->isReady())
                continue;
            error = co_await c->open(m_options.info);
            if (!self)
                co_return false;
            if (error)
                break;
        }
        if (!error) {
            m_lost = false;
            const auto &facts = m_conns.first()->facts();
            QString text =
                tr("connected to %1 (PostgreSQL %2)").arg(m_options.info.displayName(), facts.shortVersion());
            if (attempt > 0)
                text += QLatin1Char(' ') + tr("after %n attempt(s)", nullptr, attempt + 1);
            if (first)
                text += QStringLiteral(", ") + tr("sampling every %1 ms").arg(m_options.intervalMs);
            log(text);
            co_return true;
        }
        if (first && attempt == 0 && isFatalConnectError(error->message)) {
            log(tr("cannot connect: %1").arg(error->message.trimmed()));
            *exitCode = BadDsn;
            co_return false;
        }
        closeAll();
        const auto delay = m_options.reconnect.delayFor(attempt++);
        log(tr("server not reachable (%1); retrying in %2 s")
                .arg(error->message.simplified())
                .arg(double(delay.count()) / 1000.0, 0, 'f', 1));
        co_await pause(int(delay.count()));
    }
    *exitCode = Stopped;
    co_return false;
}

void Recorder::setCollecting(bool on) {
    if (on) {
        m_serverStats->setServer(m_conns.at(0), m_options.serverKey);
        m_activity->setServer(m_conns.at(1), m_options.serverKey);
        m_statements->setServer(m_conns.at(2), m_options.serverKey);
        m_statements->setPlanConnection(m_conns.at(5)); // plan captures: a connection of their own
        m_sessions->setServer(m_conns.at(3), m_options.serverKey);
        if (m_alerts)
            m_alerts->watch(m_conns.at(4), m_options.serverKey, m_options.name);
    } else if (m_alerts && m_alerts->monitor(m_options.serverKey)) {
        m_alerts->monitor(m_options.serverKey)->poller()->setActive(false);
    }
    m_serverStats->poller()->setActive(on);
    m_activity->poller()->setActive(on);
    m_statements->poller()->setActive(on && m_options.statementsEveryMs > 0);
    m_statements->setPlansActive(on && m_options.statementsEveryMs > 0);
    m_sessions->poller()->setActive(on && m_options.sessionsEveryMs > 0);
}

bool Recorder::anyInFlight() const {
    return m_serverStats->poller()->inFlight() || m_activity->poller()->inFlight() ||
           m_statements->poller()->inFlight() || m_statements->planCollector()->inFlight() ||
           m_sessions->poller()->inFlight() ||
           (m_alerts && m_alerts->monitor(m_options.serverKey) &&
            m_alerts->monitor(m_options.serverKey)->poller()->inFlight());
}

void Recorder::stop() {
    if (!m_stopping)
        log(tr("stopping"));
    m_stopping = true;
    Q_EMIT stopRequested();
}

QCoro::Task<int> Recorder::run() {
    QPointer<Recorder> self(this);
    if (!m_store || !m_store->isOpen()) {
        log(tr("the history store is not open"));
        co_return StoreFailed;
    }
    if (const QString bad = m_options.info.validate(); !bad.isEmpty()) {
        log(tr("bad connection string: %1").arg(bad));
        co_return BadDsn;
    }
    QString holder;
    QStringList kinds{QString::fromLatin1(monitor::ActivityCollector::HistoryKind),
                      monitor::ServerStatsCollector::historyKind(),
                      QString::fromLatin1(monitor::StatementTracker::HistoryKind)};
    if (m_alerts)
        kinds << QString::fromLatin1(alerts::AlertService::HistoryKind);
    if (!m_store->acquireRecorderLock(m_options.serverKey, &holder, kinds)) {
        log(tr("another recorder already writes %1 to %2 (%3); not starting a second one")
                .arg(m_options.serverKey, m_store->fileName(), holder));
        co_return Refused;
    }
    int code = Stopped;
    if (m_options.durationMs > 0)
        QTimer::singleShot(m_options.durationMs, this, [this] { stop(); });
    m_minute.start();
    bool connected = co_await connectAll(true, &code);
    if (!self)
        co_return code;
    while (connected && !m_stopping) {
        setCollecting(true);
        while (!m_stopping && !m_lost)
            co_await pause(100);
        if (!self)
            co_return code;
        if (m_stopping)
            break;
        log(tr("lost the server (%1); reconnecting").arg(m_lastError.simplified()));
        setCollecting(false);
        closeAll();
        connected = co_await connectAll(false, &code);
        if (!self)
            co_return code;
    }
    // Stop: no new samples; the ones in flight finish and are written (bounded wait).
    setCollecting(false);
    for (int i = 0; i < 30 && anyInFlight(); ++i)
        co_await QCoro::sleepFor(std::chrono::milliseconds(50));
    if (!self)
        co_return code;
    m_minute.stop();
    m_sessions->flushIncidents();
    log(tr("stopped: %1 server points, %2 activity samples, %3 statement rows, %4 session samples written in "
           "all; %5 errors")
            .arg(m_serverSamples)
            .arg(activitySamples())
            .arg(m_statements->historyRowsWritten())
            .arg(sessionSamples())
            .arg(m_errors));
    closeAll();
    // Closing woke any query still waiting (with an error): let those coroutines finish
    // before the event loop ends, so nothing is left suspended.
    for (int i = 0; i < 50 && anyInFlight(); ++i)
        co_await QCoro::sleepFor(std::chrono::milliseconds(10));
    if (!self)
        co_return code;
    m_store->releaseRecorderLock(m_options.serverKey);
    co_return code;
}

} // namespace record
