#pragma once

#include "pg/conninfo.h"
#include "pg/error.h"
#include "pg/reconnectpolicy.h"
#include "pg/result.h"
#include "pg/serverfacts.h"
#include "ssh/hostkey.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <coroutine>
#include <deque>
#include <memory>
#include <optional>

#include <qcoro/qcorotask.h>

struct pg_conn;
class QSocketNotifier;

namespace ssh {
class Tunnel;
}

namespace pg {

// One libpq connection driven entirely from the Qt event loop: non-blocking connect
// (PQconnectStartParams/PQconnectPoll), queries with PQsendQueryParams, results awaited
// through QSocketNotifiers. Nothing here ever blocks the calling thread on the network.
// Queries are serialised: a second query() waits for the first to finish.
class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, Lost };
    Q_ENUM(State)

    struct Options {
        QString applicationName = QStringLiteral("pgdba");
        bool readOnly = false;      // default_transaction_read_only
        int statementTimeoutMs = 0; // 0 = server default
        int lockTimeoutMs = 0;
        int defaultConnectTimeoutS = 10; // used when the dsn does not say
        bool autoReconnect = false;
        ReconnectPolicy reconnect;
        // Client-side deadline for one request, from send to last result; 0 = none. When it
        // passes, the statement is cancelled (PQcancel, on the thread pool), the connection is
        // marked lost as unresponsive and, with autoReconnect, replaced by a fresh one. It
        // catches what no server-side timeout can: a stopped backend, a silent network peer.
        int queryDeadlineMs = 0;
        // TCP settings on every connection (unless the dsn says otherwise): keepalives find a
        // dead peer while idle, tcp_user_timeout bounds unacknowledged sends.
        int keepalivesIdleS = 10;
        int keepalivesIntervalS = 5;
        int keepalivesCount = 3;
        int tcpUserTimeoutMs = 30000;
        // Asked about an unknown SSH host key when the ConnInfo goes through SSH; empty: the
        // application's default (ssh::setDefaultHostKeyPrompt), none: refused.
        ssh::HostKeyPrompt hostKeyPrompt;
    };

    // What the status bar says about TLS, read from libpq once connected.
    struct Tls {
        bool encrypted = false;
        QString protocol; // "TLSv1.3"
        QString cipher;   // "TLS_AES_256_GCM_SHA384"
        int keyBits = 0;
        QString sslmode; // the mode libpq used
        // The server's certificate chain was checked against the root certificate
        // (verify-ca), and its name against the host (verify-full).
        bool certificateVerified = false;
        bool hostNameVerified = false;
    };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setOptions(const Options &o) { m_options = o; }
    const Options &options() const { return m_options; }

    // Connect (or reconnect). Resolves when connected and server facts are known.
    QCoro::Task<std::optional<Error>> open(ConnInfo info);
    // One statement, values bound as parameters ($1, $2, ...). QVariant() is NULL.
    QCoro::Task<Result> query(QString sql, QVariantList params = {});
    // Several statements in one string (simple query protocol, no parameters): every
    // result in order; stops at the first error, which is the last element.
    QCoro::Task<QList<Result>> execScript(QString sql);
    // Both share one path (run): queued in order, failed with a clear error when the
    // connection is closed or lost before their turn, bound by queryDeadlineMs.
    // Ask the server to cancel the running statement. PQcancel blocks, so it runs on the
    // thread pool; true when the request was delivered.
    QCoro::Task<bool> cancel();
    void close();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    bool isBusy() const { return m_busy; }
    const ServerFacts &facts() const { return m_facts; }
    const Tls &tls() const { return m_tls; }
    // The SSH tunnel this connection goes through, or nullptr.
    const ssh::Tunnel *tunnel() const { return m_tunnel; }
    const ConnInfo &connInfo() const { return m_info; }
    double lastRoundTripMs() const { return m_lastRoundTripMs; }
    QString lastError() const { return m_lastError; }
    int reconnectAttempts() const { return m_reconnectAttempt; }
    // How long the request on the wire has waited for the server (0 when none is): a
    // status bar says "not answering" long before the deadline replaces the connection.
    qint64 pendingMs() const { return m_sentAt.isValid() ? m_sentAt.elapsed() : 0; }
    // The value libpq uses for a connection keyword (e.g. "tcp_user_timeout"), empty if unset.
    QString connectionOption(const QByteArray &keyword) const;

    // Quote an identifier with libpq's rules (PQescapeIdentifier when connected).
    QString quoteIdent(const QString &ident) const;
    static QString quoteIdentOffline(const QString &ident);

Q_SIGNALS:
    void stateChanged(pg::Connection::State state);
    void noticeReceived(const QString &notice);
    void connectionLost(const pg::Error &error);
    void unresponsive(const pg::Error &error); // the deadline passed; connectionLost follows
    void reconnected();
    void roundTrip(double ms);
    void slotFreed(); // internal: the query slot became free

private:
    enum class Wake { None, Readable, Writable, Timeout, Closed };
    struct SocketAwaiter {
        Connection *c;
        bool read, write;
        int timeoutMs;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) { c->armWait(h, read, write, timeoutMs); }
        Wake await_resume() const noexcept { return c->m_wake; }
    };
    SocketAwaiter waitSocket(bool read, bool write, int timeoutMs = -1) {
        return {this, read, write, timeoutMs};
    }

    void armWait(std::coroutine_handle<> h, bool read, bool write, int timeoutMs);
    void wake(Wake why);
    void onSocket(bool readable);
    void idleInput();
    void rebuildNotifiers();
    void dropNotifiers();
    void teardown();
    void failWaiters(const Error &why);
    void serveNextWaiter();
    void handleUnresponsive(const Error &e);
    void updateIdleWatch();
    void setState(State s);
    void handleLoss(const Error &e);
    void scheduleReconnect();
    struct SlotAwaiter;
    struct SlotWaiter {
        std::coroutine_handle<> handle;
        std::optional<Error> *failure; // set when the slot will never come
    };
    void releaseSlot();
    QCoro::Task<QList<Result>> run(QString sql, QVariantList params, bool script);
    QCoro::Task<std::optional<Error>> readResults(QList<Result> *out, QString sql, quint64 gen,
                                                  bool *deadlinePassed);
    QCoro::Task<std::optional<Error>> loadFacts();
    QCoro::Task<std::optional<Error>> throughTunnel(ConnInfo *info);
    void readTls();
    static void noticeReceiver(void *arg, const struct pg_result *res);

    pg_conn *m_conn = nullptr;
    std::shared_ptr<void> m_cancel; // PGcancel*, shared with a running cancel job
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr; // children; dropped with deleteLater()
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_waitTimer;
    std::coroutine_handle<> m_waitHandle;
    std::coroutine_handle<> m_resumeHandle; // woken, resume queued on the event loop
    bool m_dying = false;
    QElapsedTimer m_sentAt; // valid while a request is on the wire
    Wake m_wake = Wake::None;
    bool m_busy = false;
    std::deque<SlotWaiter> m_slotWaiters; // queued queries, served in order
    bool m_servePending = false;          // serveNextWaiter() queued on the event loop
    bool m_opening = false;
    bool m_reconnecting = false;
    quint64 m_generation = 0; // bumps on close/reconnect; stale resumes see a new value
    State m_state = State::Disconnected;
    Options m_options;
    ConnInfo m_info;
    ServerFacts m_facts;
    Tls m_tls;
    ssh::Tunnel *m_tunnel = nullptr; // child; kept up across database reconnects
    double m_lastRoundTripMs = 0;
    QString m_lastError;
    int m_reconnectAttempt = 0;
    QTimer m_reconnectTimer;
    QStringList m_pendingNotices;
};

} // namespace pg
