#include "pg/connection.h"
#include "pg/secrets.h"

#include "pg/sqlfile.h"
#include "ssh/tunnel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QSocketNotifier>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "pg/awaitfuture.h"
#include <libpq-fe.h>
#include <qcoro/qcorosignal.h>

#include <vector>

namespace pg {

namespace {
// libpq's message, with any password it echoes from a connection string taken out.
QString libpqMessage(const PGconn *c) {
    return c ? redactPasswords(QString::fromUtf8(PQerrorMessage(c)).trimmed())
             : QStringLiteral("out of memory");
}

QByteArray paramText(const QVariant &v) {
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QByteArray:
        return v.toByteArray();
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QStringList: {
        // A text[] literal with every element quoted.
        QByteArray out = "{";
        const auto list = v.toStringList();
        for (int i = 0; i < list.size(); ++i) {
            QByteArray e = list[i].toUtf8();
            e.replace("\\", "\\\\").replace("\"", "\\\"");
            out += (i ? "," : "") + QByteArray("\"") + e + "\"";
        }
        return out + "}";
    }
    default:
        return v.toString().toUtf8();
    }
}
// libpq's TLS failures in words a user can act on (appended to libpq's own message).
QString tlsHint(const QString &msg, const ConnInfo &info) {
    if (msg.contains(QLatin1String("certificate verify failed"))) {
        const QString root = info.get("sslrootcert");
        return QCoreApplication::translate("pg::Connection",
                                           " — the server's certificate is not signed by a trusted root "
                                           "certificate (%1); check the root certificate (sslrootcert)")
            .arg(root.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : root);
    }
    if (msg.contains(QLatin1String("does not match host name")))
        return QCoreApplication::translate(
            "pg::Connection", " — the certificate was issued for another host: verify-full refuses it, "
                              "as it would refuse a man in the middle holding a valid certificate for "
                              "another name");
    return {};
}
} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent) {
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_waitHandle)
            wake(Wake::Timeout);
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        ++m_reconnectAttempt;
        m_reconnecting = true;
        QCoro::connect(open(m_info), this, [this](const std::optional<Error> &err) {
            m_reconnecting = false;
            if (err) {
                m_lastError = err->message;
                setState(State::Lost);
                scheduleReconnect();
            } else {
                m_reconnectAttempt = 0;
                Q_EMIT reconnected();
            }
        });
    });
}

Connection::~Connection() {
    // Nothing suspended on this connection is left behind: a coroutine that never finishes
    // is a leaked frame and a caller (a poller) that waits forever. Everything is woken now,
    // while the members still exist; each sees m_dying and returns an error at once.
    // Signals are blocked: receivers may be half-destroyed parents.
    blockSignals(true);
    m_dying = true;
    ++m_generation;
    m_reconnectTimer.stop();
    const Error gone = Error::client(tr("connection closed before the query could run"));
    failWaiters(gone);
    std::coroutine_handle<> h = std::exchange(m_resumeHandle, {});
    if (!h)
        h = std::exchange(m_waitHandle, {});
    if (h) {
        m_wake = Wake::Closed;
        h.resume();
    }
    failWaiters(gone); // anything the woken coroutines' callers queued meanwhile
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

void Connection::setState(State s) {
    if (m_state == s)
        return;
    m_state = s;
    updateIdleWatch();
    Q_EMIT stateChanged(s);
}

void Connection::dropNotifiers() {
    // Notifiers may be inside their own activated() emission: never delete them directly.
    for (auto **n : {&m_readNotifier, &m_writeNotifier}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->disconnect(this);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
    m_socket = -1;
}

void Connection::rebuildNotifiers() {
    const int sock = m_conn ? PQsocket(m_conn) : -1;
    if (sock == m_socket && (sock < 0 || m_readNotifier))
        return;
    dropNotifiers();
    m_socket = sock;
    if (sock < 0)
        return;
    m_readNotifier = new QSocketNotifier(sock, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(sock, QSocketNotifier::Write, this);
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    // Plain connections to lambdas: awaiting activated() through qCoro trips UBSan (QPrivateSignal).
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] { onSocket(true); });
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] { onSocket(false); });
}

void Connection::armWait(std::coroutine_handle<> h, bool read, bool write, int timeoutMs) {
    m_waitHandle = h;
    m_wake = Wake::None;
    if (!m_readNotifier && timeoutMs < 0) {
        wake(Wake::Closed);
        return;
    }
    if (m_readNotifier)
        m_readNotifier->setEnabled(read);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(write);
    if (timeoutMs >= 0)
        m_waitTimer.start(timeoutMs);
}

void Connection::wake(Wake why) {
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    m_waitTimer.stop();
    m_wake = why;
    const auto h = std::exchange(m_waitHandle, {});
    if (!h)
        return;
    // Resume from the event loop, not from inside the notifier's signal: the coroutine may
    // rebuild or drop the notifiers. If this object dies first, the call is discarded and the
    // destructor resumes the coroutine instead.
    m_resumeHandle = h;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (const auto next = std::exchange(m_resumeHandle, {}))
                next.resume();
        },
        Qt::QueuedConnection);
}

void Connection::onSocket(bool readable) {
    if (m_waitHandle) {
        wake(readable ? Wake::Readable : Wake::Writable);
        return;
    }
    if (readable)
        idleInput();
    else if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void Connection::updateIdleWatch() {
    // While idle we still read, so a server that goes away is noticed at once.
    if (m_readNotifier && !m_waitHandle)
        m_readNotifier->setEnabled(m_state == State::Ready && !m_busy && !m_opening);
}

void Connection::idleInput() {
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        handleLoss(Error::connection(libpqMessage(m_conn)));
        return;
    }
    while (PGnotify *n = PQnotifies(m_conn))
        PQfreemem(n);
}

void Connection::teardown() {
    ++m_generation;
    if (m_waitHandle)
        wake(Wake::Closed);
    dropNotifiers();
    m_cancel.reset();
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_sentAt.invalidate();
    // Queries still waiting for their turn would have nothing to run on: they finish now,
    // with an error, rather than through a call queued on an object that may be deleted next.
    failWaiters(Error::connection(
        m_lastError.isEmpty() ? tr("connection closed before the query could run")
                              : tr("connection closed before the query could run: %1").arg(m_lastError)));
}

void Connection::failWaiters(const Error &why) {
    // Only those queued now: a caller that queues again from its continuation is served (and
    // refused, "not connected") by the current owner's releaseSlot().
    auto waiters = std::exchange(m_slotWaiters, {});
    for (const SlotWaiter &w : waiters) {
        *w.failure = why;
        w.handle.resume();
    }
}

void Connection::close() {
    m_reconnectTimer.stop();
    teardown();
    if (m_tunnel)
        m_tunnel->close();
    m_opening = false;
    setState(State::Disconnected);
}

void Connection::handleUnresponsive(const Error &e) {
    // Ask the server to stop the statement, but never wait for it: PQcancel opens a new
    // connection and may itself hang on a dead network. The old connection is dropped at once.
    if (auto handle = m_cancel)
        QThreadPool::globalInstance()->start([handle] {
            char err[256] = {};
            PQcancel(static_cast<PGcancel *>(handle.get()), err, sizeof err);
        });
    Q_EMIT unresponsive(e);
    handleLoss(e);
}

void Connection::handleLoss(const Error &e) {
    if (m_state == State::Lost || m_state == State::Disconnected)
        return;
    m_lastError = e.message;
    if (m_opening)
        return; // open() reports its own failure
    teardown();
    setState(State::Lost);
    Q_EMIT connectionLost(e);
    scheduleReconnect();
}

void Connection::scheduleReconnect() {
    if (!m_options.autoReconnect)
        return;
    const auto delay = m_options.reconnect.delayFor(m_reconnectAttempt);
    if (delay.count() < 0) {
        setState(State::Disconnected);
        return;
    }
    m_reconnectTimer.start(delay);
}

void Connection::noticeReceiver(void *arg, const PGresult *res) {
    auto *self = static_cast<Connection *>(arg);
    const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY);
    const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    const QString text = QString::fromUtf8(sev ? sev : "NOTICE") + QStringLiteral(": ") +
                         QString::fromUtf8(msg ? msg : PQresultErrorMessage(res)).trimmed();
    self->m_pendingNotices << text;
    Q_EMIT self->noticeReceived(text);
}

QCoro::Task<std::optional<Error>> Connection::open(ConnInfo info) {
    QPointer<Connection> self(this);
    const bool reconnecting = m_reconnecting;
    teardown();
    m_info = info;
    m_opening = true;
    setState(State::Connecting);
    const quint64 gen = m_generation;

    auto fail = [this, reconnecting](const Error &e) -> std::optional<Error> {
        m_lastError = e.message;
        teardown();
        m_opening = false;
        setState(reconnecting ? State::Lost : State::Disconnected);
        return e;
    };

    ConnInfo target = info;
    if (info.ssh().isSet()) {
        if (auto err = co_await throughTunnel(&target)) {
            if (!self || m_dying)
                co_return *err;
            if (gen != m_generation)
                co_return Error::client(QStringLiteral("connection attempt superseded"));
            co_return fail(*err);
        }
        if (!self || m_dying)
            co_return Error::client(QStringLiteral("connection object destroyed"));
        if (gen != m_generation)
            co_return Error::client(QStringLiteral("connection attempt superseded"));
    }
    const ConnInfo resolved = co_await target.resolved();
    if (!self || m_dying)
        co_return Error::client(QStringLiteral("connection object destroyed"));
    if (gen != m_generation)
        co_return Error::client(QStringLiteral("connection attempt superseded"));
    if (!resolved.resolveError().isEmpty())
        co_return fail(Error::connection(resolved.resolveError()));
    if (const QString err = resolved.validate(); !err.isEmpty())
        co_return fail(Error::connection(err));

    QList<QByteArray> kw = resolved.keywords();
    QList<QByteArray> vals = resolved.values();
    auto addDefault = [&](const char *key, const QByteArray &value) {
        if (!resolved.has(key) && resolved.get(key).isEmpty()) {
            kw << key;
            vals << value;
        }
    };
    addDefault("application_name", m_options.applicationName.toUtf8());
    addDefault("connect_timeout", QByteArray::number(m_options.defaultConnectTimeoutS));
    addDefault("keepalives", "1");
    addDefault("keepalives_idle", QByteArray::number(m_options.keepalivesIdleS));
    addDefault("keepalives_interval", QByteArray::number(m_options.keepalivesIntervalS));
    addDefault("keepalives_count", QByteArray::number(m_options.keepalivesCount));
    addDefault("tcp_user_timeout", QByteArray::number(m_options.tcpUserTimeoutMs));
    kw << "client_encoding";
    vals << "UTF8";
    std::vector<const char *> k, v;
    for (int i = 0; i < kw.size(); ++i) {
        k.push_back(kw[i].constData());
        v.push_back(vals[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);

    m_conn = PQconnectStartParams(k.data(), v.data(), 1);
    auto connectError = [&] {
        QString msg = libpqMessage(m_conn);
        if (!msg.startsWith(QLatin1String("connection to server")))
            msg = tr("connection to %1 failed: %2").arg(info.displayName(), msg);
        msg += tlsHint(msg, info);
        if (m_tunnel && !m_tunnel->lastForwardError().isEmpty())
            msg += QStringLiteral(" (") + m_tunnel->lastForwardError() + QLatin1Char(')');
        return Error::connection(msg);
    };
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        co_return fail(connectError());
    PQsetnonblocking(m_conn, 1);
    PQsetNoticeReceiver(m_conn, &Connection::noticeReceiver, this);

    int timeoutS = m_options.defaultConnectTimeoutS;
    if (PQconninfoOption *used = PQconninfo(m_conn)) {
        for (auto *o = used; o->keyword; ++o)
            if (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val && *o->val)
                timeoutS = qMax(2, QByteArray(o->val).toInt()); // libpq treats < 2 as 2
        PQconninfoFree(used);
    }
    QElapsedTimer clock;
    clock.start();
    PostgresPollingStatusType poll = PGRES_POLLING_WRITING;
    while (poll != PGRES_POLLING_OK) {
        if (poll == PGRES_POLLING_FAILED)
            co_return fail(connectError());
        rebuildNotifiers(); // the socket changes when libpq tries the next address
        const qint64 remaining = qint64(timeoutS) * 1000 - clock.elapsed();
        if (remaining <= 0)
            break;
        const Wake w =
            co_await waitSocket(poll == PGRES_POLLING_READING, poll == PGRES_POLLING_WRITING, int(remaining));
        if (!self || m_dying)
            co_return Error::client(QStringLiteral("connection object destroyed"));
        if (gen != m_generation || w == Wake::Closed)
            co_return Error::client(QStringLiteral("connection attempt cancelled"));
        if (w == Wake::Timeout)
            break;
        poll = PQconnectPoll(m_conn);
    }
    if (poll != PGRES_POLLING_OK)
        co_return fail(Error::timeout(
            tr("connection to %1 failed: timeout expired after %2 s").arg(info.displayName()).arg(timeoutS)));
    rebuildNotifiers();
    if (PGcancel *c = PQgetCancel(m_conn))
        m_cancel = std::shared_ptr<void>(c, [](void *p) { PQfreeCancel(static_cast<PGcancel *>(p)); });

    if (auto err = co_await loadFacts()) {
        if (!self || m_dying || gen != m_generation)
            co_return err;
        co_return fail(*err);
    }
    if (!self || m_dying)
        co_return Error::client(QStringLiteral("connection object destroyed"));
    m_opening = false;
    m_lastError.clear();
    readTls();
    setState(State::Ready);
    co_return std::nullopt;
}

// Opens (or keeps, when it is still up) the SSH tunnel and points libpq at its local port.
// host stays the database's name as the SSH server sees it (TLS verify-full checks it);
// hostaddr is the tunnel's 127.0.0.1.
QCoro::Task<std::optional<Error>> Connection::throughTunnel(ConnInfo *info) {
    QPointer<Connection> self(this);
    int port = 0;
    QString why;
    const QString host = info->sshTarget(&port, &why);
    if (host.isEmpty())
        co_return Error::connection(why);
    if (!m_tunnel) {
        m_tunnel = new ssh::Tunnel(this);
        connect(m_tunnel, &ssh::Tunnel::dropped, this, [this](const QString &reason) {
            const Error e = Error::connection(
                tr("the SSH tunnel through %1 dropped: %2").arg(m_tunnel->route().display(), reason));
            // libpq may have seen its socket close first: the tunnel is still the reason to show.
            if (m_state == State::Lost)
                m_lastError = e.message;
            else
                handleLoss(e);
        });
    }
    if (!m_tunnel->isUp() || !(m_tunnel->route() == info->ssh())) {
        ssh::Tunnel *t = m_tunnel;
        auto err = co_await t->open(info->ssh(), host, port, m_options.hostKeyPrompt);
        if (!self)
            co_return Error::client(QStringLiteral("connection object destroyed"));
        if (err) {
            err->message = tr("SSH tunnel through %1: %2").arg(info->ssh().display(), err->message);
            co_return err;
        }
    }
    info->set("host", host);
    info->set("hostaddr", QStringLiteral("127.0.0.1"));
    info->set("port", QString::number(m_tunnel->localPort()));
    co_return std::nullopt;
}

void Connection::readTls() {
    m_tls = {};
    if (!m_conn)
        return;
    m_tls.sslmode = connectionOption("sslmode");
    m_tls.encrypted = PQsslInUse(m_conn) == 1;
    if (m_tls.encrypted) {
        m_tls.protocol = QString::fromUtf8(PQsslAttribute(m_conn, "protocol"));
        m_tls.cipher = QString::fromUtf8(PQsslAttribute(m_conn, "cipher"));
        m_tls.keyBits = QByteArray(PQsslAttribute(m_conn, "key_bits")).toInt();
        // libpq refuses the connection when a check of these modes fails, so connected = checked.
        m_tls.certificateVerified =
            m_tls.sslmode == QLatin1String("verify-ca") || m_tls.sslmode == QLatin1String("verify-full");
        m_tls.hostNameVerified = m_tls.sslmode == QLatin1String("verify-full");
    }
}

QCoro::Task<std::optional<Error>> Connection::loadFacts() {
    const Result r = co_await query(sqlFile(QStringLiteral("core/server_facts")));
    if (!r.ok())
        co_return r.error();
    if (r.rows() != 1)
        co_return Error::client(tr("could not read server facts"));
    m_facts.versionNum = int(r.int64(0, "version_num"));
    m_facts.version = r.text(0, "version");
    m_facts.backendPid = int(r.int64(0, "pid"));
    m_facts.role = r.text(0, "role");
    m_facts.database = r.text(0, "db");
    m_facts.superuser = r.boolean(0, "superuser");
    m_facts.pgMonitor = r.boolean(0, "pg_monitor");
    m_facts.pgSignalBackend = r.boolean(0, "pg_signal_backend");
    m_facts.pgReadAllStats = r.boolean(0, "pg_read_all_stats");
    m_facts.inRecovery = r.boolean(0, "in_recovery");
    if (m_options.readOnly || m_options.statementTimeoutMs > 0 || m_options.lockTimeoutMs > 0) {
        QVariantList params;
        params << (m_options.readOnly ? QStringLiteral("on") : QStringLiteral("off"))
               << QString::number(m_options.statementTimeoutMs) << QString::number(m_options.lockTimeoutMs);
        const Result s = co_await query(sqlFile(QStringLiteral("core/session_settings")), params);
        if (!s.ok())
            co_return s.error();
    }
    co_return std::nullopt;
}

// A query waiting for the slot queues its coroutine here. releaseSlot() hands the slot on from
// the event loop (m_busy stays true) and the waiter leaves the queue only then, so a teardown
// in between still finds it and fails it. (QCoro 0.8's qCoro(signal) awaiter touches its own
// freed frame when the awaiting coroutine finishes inside the signal: a heap-use-after-free
// under ASan, so it is not used here. Resuming the waiter at once, inside releaseSlot(), made
// the demo workload's stop hang: tst_demo.)
// (QCoro's await_transform may copy the awaiter: the failure lives in the awaiting frame.)
struct Connection::SlotAwaiter {
    Connection *c;
    std::optional<Error> *failure;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { c->m_slotWaiters.push_back({h, failure}); }
    void await_resume() const noexcept {}
};

void Connection::releaseSlot() {
    if (!m_slotWaiters.empty()) {
        if (!m_servePending) {
            m_servePending = true;
            QMetaObject::invokeMethod(
                this, [this] { serveNextWaiter(); }, Qt::QueuedConnection);
        }
        return;
    }
    m_busy = false;
    updateIdleWatch();
    Q_EMIT slotFreed();
}

void Connection::serveNextWaiter() {
    m_servePending = false;
    if (m_slotWaiters.empty()) { // failed by a teardown meanwhile
        m_busy = false;
        updateIdleWatch();
        Q_EMIT slotFreed();
        return;
    }
    const SlotWaiter next = m_slotWaiters.front();
    m_slotWaiters.pop_front();
    next.handle.resume(); // it owns the slot now
}

QCoro::Task<std::optional<Error>> Connection::readResults(QList<Result> *out, QString sql, quint64 gen,
                                                          bool *deadlinePassed) {
    const auto closed = [] { return Error::client(tr("connection closed while waiting for the server")); };
    const int deadlineMs = m_options.queryDeadlineMs;
    const QDeadlineTimer deadline =
        deadlineMs > 0 ? QDeadlineTimer(deadlineMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    const auto left = [&] {
        return deadline.isForever() ? -1 : int(qMax<qint64>(0, deadline.remainingTime()));
    };
    const auto noAnswer = [&] {
        *deadlinePassed = true;
        return Error::timeout(tr("the server did not answer within %1 s: the connection is unresponsive")
                                  .arg(deadlineMs / 1000.0));
    };
    // Send everything first (large parameters may not fit the socket buffer).
    while (true) {
        const int f = PQflush(m_conn);
        if (f == 0)
            break;
        if (f < 0)
            co_return Error::connection(libpqMessage(m_conn));
        const Wake w = co_await waitSocket(true, true, left());
        if (gen != m_generation || w == Wake::Closed)
            co_return closed();
        if (w == Wake::Timeout)
            co_return noAnswer();
        if (w == Wake::Readable && !PQconsumeInput(m_conn))
            co_return Error::connection(libpqMessage(m_conn));
    }
    while (true) {
        if (!PQconsumeInput(m_conn))
            co_return Error::connection(libpqMessage(m_conn));
        while (!PQisBusy(m_conn)) {
            PGresult *r = PQgetResult(m_conn);
            if (!r)
                co_return std::nullopt;
            const auto st = PQresultStatus(r);
            if (st == PGRES_COPY_IN) {
                PQclear(r);
                PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here");
                continue;
            }
            if (st == PGRES_COPY_OUT) {
                PQclear(r);
                out->append(
                    Result::failure(Error::client(QStringLiteral("COPY TO STDOUT is not supported here"))));
                char *buf = nullptr;
                int n = 0;
                while ((n = PQgetCopyData(m_conn, &buf, 1)) != -1) {
                    if (buf)
                        PQfreemem(std::exchange(buf, nullptr));
                    if (n == -2)
                        co_return Error::connection(libpqMessage(m_conn));
                    if (n == 0) {
                        const Wake w = co_await waitSocket(true, false, left());
                        if (gen != m_generation || w == Wake::Closed)
                            co_return closed();
                        if (w == Wake::Timeout)
                            co_return noAnswer();
                        if (!PQconsumeInput(m_conn))
                            co_return Error::connection(libpqMessage(m_conn));
                    }
                }
                continue;
            }
            Result res = Result::adopt(r, sql);
            for (const auto &n : std::as_const(m_pendingNotices))
                res.addNotice(n);
            m_pendingNotices.clear();
            out->append(res);
        }
        if (PQstatus(m_conn) == CONNECTION_BAD)
            co_return Error::connection(libpqMessage(m_conn));
        const Wake w = co_await waitSocket(true, false, left());
        if (gen != m_generation || w == Wake::Closed)
            co_return closed();
        if (w == Wake::Timeout)
            co_return noAnswer();
    }
}

QCoro::Task<Result> Connection::query(QString sql, QVariantList params) {
    const QList<Result> results = co_await run(std::move(sql), std::move(params), false);
    co_return results.isEmpty() ? Result() : results.last();
}

QCoro::Task<QList<Result>> Connection::execScript(QString sql) {
    co_return co_await run(std::move(sql), {}, true);
}

namespace {
// Everything up to and including the first error.
QList<Result> upToFirstError(QList<Result> results) {
    for (int i = 0; i < results.size(); ++i)
        if (!results[i].ok())
            return results.mid(0, i + 1);
    return results;
}
} // namespace

// The one path every request takes: wait for the slot (or be failed while waiting), send,
// read every result within the deadline, and turn a lost or unresponsive connection into
// handleLoss() / handleUnresponsive() whatever the kind of request.
QCoro::Task<QList<Result>> Connection::run(QString sql, QVariantList params, bool script) {
    const auto failure = [](const Error &e) { return QList<Result>{Result::failure(e)}; };
    const auto destroyed = [] { return Error::client(QStringLiteral("connection object destroyed")); };
    if (m_dying)
        co_return failure(destroyed());
    if (m_busy) {
        std::optional<Error> refused;
        co_await SlotAwaiter{this, &refused}; // resumed owning the slot, or refused
        if (refused)
            co_return failure(*refused);
    } else {
        m_busy = true;
        updateIdleWatch();
    }
    if (!m_conn || (m_state != State::Ready && !m_opening)) {
        releaseSlot();
        co_return failure(Error::connection(
            m_lastError.isEmpty() ? tr("not connected") : tr("not connected: %1").arg(m_lastError)));
    }
    const quint64 gen = m_generation;
    QList<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const auto &p : std::as_const(params)) {
        if (p.isNull()) {
            values.push_back(nullptr);
        } else {
            storage << paramText(p);
            values.push_back(storage.back().constData());
        }
    }
    m_pendingNotices.clear();
    QElapsedTimer t;
    t.start();
    m_sentAt.start();
    const QByteArray utf8 = sql.toUtf8();
    const int sent = script ? PQsendQuery(m_conn, utf8.constData())
                            : PQsendQueryParams(m_conn, utf8.constData(), int(values.size()), nullptr,
                                                values.data(), nullptr, nullptr, 0);
    if (!sent) {
        m_sentAt.invalidate();
        const Error e = Error::connection(libpqMessage(m_conn));
        const bool bad = PQstatus(m_conn) == CONNECTION_BAD;
        releaseSlot();
        if (bad)
            handleLoss(e);
        co_return failure(e);
    }
    QList<Result> results;
    bool deadlinePassed = false;
    const auto err = co_await readResults(&results, sql, gen, &deadlinePassed);
    if (m_dying) { // resumed by the destructor
        results << Result::failure(destroyed());
        co_return upToFirstError(results);
    }
    m_lastRoundTripMs = t.nsecsElapsed() / 1e6;
    if (gen == m_generation)
        m_sentAt.invalidate();
    const bool lost = gen == m_generation && m_conn && PQstatus(m_conn) == CONNECTION_BAD;
    releaseSlot();
    if (gen != m_generation) { // closed under us
        results << Result::failure(err ? *err : Error::client(tr("connection closed")));
        co_return upToFirstError(results);
    }
    if (!deadlinePassed)
        Q_EMIT roundTrip(m_lastRoundTripMs);
    const auto firstError = [&]() -> std::optional<Error> {
        for (const auto &r : std::as_const(results))
            if (!r.ok())
                return r.error();
        return std::nullopt;
    };
    if (err) {
        // Prefer the server's own words (e.g. 57P01 terminating connection) when we have them.
        const Error e = deadlinePassed ? *err : firstError().value_or(*err);
        if (deadlinePassed)
            handleUnresponsive(e);
        else if (lost || err->isConnectionLoss())
            handleLoss(e);
        results << Result::failure(e);
    } else if (lost) {
        handleLoss(firstError().value_or(Error::connection(tr("server closed the connection"))));
    }
    co_return upToFirstError(results);
}

QCoro::Task<bool> Connection::cancel() {
    auto handle = m_cancel;
    if (!handle)
        co_return false;
    // PQcancel opens a new connection and waits for it: never on the GUI thread.
    QFuture<bool> job = QtConcurrent::run([handle] {
        char err[256] = {};
        return PQcancel(static_cast<PGcancel *>(handle.get()), err, sizeof err) == 1;
    });
    auto awaiter = awaitFuture(job);
    const bool ok = co_await awaiter;
    co_return ok;
}

QString Connection::connectionOption(const QByteArray &keyword) const {
    QString out;
    if (!m_conn)
        return out;
    if (PQconninfoOption *used = PQconninfo(m_conn)) {
        for (auto *o = used; o->keyword; ++o)
            if (keyword == o->keyword && o->val)
                out = QString::fromUtf8(o->val);
        PQconninfoFree(used);
    }
    return out;
}

QString Connection::quoteIdentOffline(const QString &ident) {
    QString s = ident;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString Connection::quoteIdent(const QString &ident) const {
    if (!m_conn)
        return quoteIdentOffline(ident);
    const QByteArray utf8 = ident.toUtf8();
    char *q = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!q)
        return quoteIdentOffline(ident);
    const QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

} // namespace pg
