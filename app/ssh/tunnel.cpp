#include "ssh/tunnel.h"

#include "pg/awaitfuture.h"
#include "ssh/pump.h"
#include "ssh/session.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

#include <sys/socket.h>
#include <unistd.h>

namespace ssh {

struct Tunnel::Hop {
    QString host;
    int port = 22;
    QString user;
    int fd = -1; // connected through the jump host's channel, or -1
    SessionPtr session;
};

namespace {
// Resumes the coroutine when the prompt answers (at once or later, exactly once).
struct PromptAwaiter {
    HostKeyPrompt prompt;
    HostKeyQuestion question;
    struct State {
        bool answered = false;
        bool accepted = false;
        std::coroutine_handle<> handle;
    };
    std::shared_ptr<State> state = std::make_shared<State>();

    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h) {
        auto st = state;
        prompt(question, [st](bool ok) {
            if (st->answered)
                return;
            st->answered = true;
            st->accepted = ok;
            if (const auto next = std::exchange(st->handle, {}))
                next.resume();
        });
        if (st->answered)
            return false; // answered synchronously: do not suspend
        st->handle = h;
        return true;
    }
    bool await_resume() const noexcept { return state->accepted; }
};

// libssh's OpenSSL keeps a random generator per thread; a pool thread may outlive the program's
// last check (LeakSanitizer), so each job gives its thread's state back when it ends.
struct ThreadCryptoRelease {
    ~ThreadCryptoRelease() { OPENSSL_thread_stop(); }
};

Handshake runHandshake(QString host, int port, QString user, Route route, int fd) {
    ThreadCryptoRelease release;
    return handshake(host, port, user, route, fd);
}

QString finishHop(SessionPtr s, Route route, bool remember) {
    ThreadCryptoRelease release;
    if (remember)
        if (QString e = rememberKey(*s, route.effectiveKnownHosts()); !e.isEmpty())
            return e;
    return authenticate(*s, route);
}

struct Forward {
    ssh_channel_struct *channel = nullptr;
    QString error;
};
Forward runOpenForward(SessionPtr s, QString host, int port) {
    ThreadCryptoRelease release;
    Forward f;
    f.channel = openForward(*s, host, port, &f.error);
    return f;
}
} // namespace

Tunnel::Tunnel(QObject *parent)
    : QObject(parent) {}

Tunnel::~Tunnel() {
    close();
}

void Tunnel::close() {
    ++m_generation;
    m_up = false;
    m_localPort = 0;
    // The pumps stop on the thread pool (joining them and closing the SSH sessions talks to the
    // network); silenced first, so none of them reports to this object again.
    Pump::disposeLater(std::move(m_pump), std::move(m_jumpPump));
}

QString Tunnel::lastForwardError() const {
    return m_pump ? m_pump->lastForwardError() : QString();
}

void Tunnel::onDown(const QString &reason) {
    if (!m_up)
        return;
    m_up = false;
    Q_EMIT dropped(reason);
}

QCoro::Task<std::optional<pg::Error>> Tunnel::openHop(Hop *hop, HostKeyPrompt prompt) {
    QPointer<Tunnel> self(this);
    const quint64 gen = m_generation;
    const auto gone = [] { return pg::Error::client(tr("the SSH tunnel was closed while opening")); };
    QFuture<Handshake> hs =
        QtConcurrent::run(runHandshake, hop->host, hop->port, hop->user, m_route, hop->fd);
    auto hsAwaiter = pg::awaitFuture(hs);
    const Handshake h = co_await hsAwaiter;
    if (!self || gen != m_generation)
        co_return gone();
    if (!h.error.isEmpty())
        co_return pg::Error::connection(h.error);
    if (h.key == KeyState::Changed)
        co_return pg::Error::connection(changedKeyMessage(h));
    const bool unknown = h.key == KeyState::Unknown;
    if (unknown) {
        if (!prompt)
            co_return pg::Error::connection(
                tr("the SSH server %1 is not in %2 yet (its %3 key has the fingerprint %4). Nothing was "
                   "sent. "
                   "Check the fingerprint with the server's administrator, then accept it in the connect "
                   "dialog or connect once with ssh.")
                    .arg(h.question.host, h.question.knownHostsFile, h.question.keyType,
                         h.question.fingerprint));
        PromptAwaiter ask{prompt, h.question};
        const bool accepted = co_await ask;
        if (!self || gen != m_generation)
            co_return gone();
        if (!accepted)
            co_return pg::Error::connection(
                tr("the host key of the SSH server %1 (%2) was not accepted; nothing was sent")
                    .arg(h.question.host, h.question.fingerprint));
    }
    QFuture<QString> fin = QtConcurrent::run(finishHop, h.session, m_route, unknown);
    auto finAwaiter = pg::awaitFuture(fin);
    const QString err = co_await finAwaiter;
    if (!self || gen != m_generation)
        co_return gone();
    if (!err.isEmpty())
        co_return pg::Error::connection(err);
    hop->session = h.session;
    co_return std::nullopt;
}

QCoro::Task<std::optional<pg::Error>> Tunnel::open(Route route, QString targetHost, int targetPort,
                                                   HostKeyPrompt prompt) {
    QPointer<Tunnel> self(this);
    close();
    m_route = route;
    const quint64 gen = m_generation;
    if (!prompt)
        prompt = defaultHostKeyPrompt();
    const auto downHandler = [this, gen](const QString &reason) {
        // On a pump thread; close() silences the pump before this object can go away.
        QMetaObject::invokeMethod(
            this,
            [this, gen, reason] {
                if (gen == m_generation)
                    onDown(reason);
            },
            Qt::QueuedConnection);
    };
    Hop bastion{route.host, route.port, route.effectiveUser(), -1, {}};
    if (route.hasJump()) {
        Hop jump{route.jumpHost,
                 route.jumpPort,
                 route.jumpUser.isEmpty() ? route.effectiveUser() : route.jumpUser,
                 -1,
                 {}};
        if (auto e = co_await openHop(&jump, prompt))
            co_return e;
        if (!self || gen != m_generation)
            co_return pg::Error::client(tr("the SSH tunnel was closed while opening"));
        QFuture<Forward> fw = QtConcurrent::run(runOpenForward, jump.session, route.host, route.port);
        auto fwAwaiter = pg::awaitFuture(fw);
        const Forward f = co_await fwAwaiter;
        if (!self || gen != m_generation)
            co_return pg::Error::client(tr("the SSH tunnel was closed while opening"));
        if (!f.channel)
            co_return pg::Error::connection(f.error);
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
            co_return pg::Error::connection(tr("could not make a socket pair for the jump host"));
        m_jumpPump = std::make_unique<Pump>(jump.session, route.keepaliveS, downHandler);
        m_jumpPump->bridge(pair[0], f.channel);
        m_jumpPump->start();
        bastion.fd = pair[1]; // libssh closes it with the session
    }
    if (auto e = co_await openHop(&bastion, prompt)) {
        if (self && gen == m_generation)
            close();
        co_return e;
    }
    if (!self || gen != m_generation)
        co_return pg::Error::client(tr("the SSH tunnel was closed while opening"));
    m_pump = std::make_unique<Pump>(bastion.session, route.keepaliveS, downHandler);
    QString err;
    if (!m_pump->listen(targetHost, targetPort, &err)) {
        close();
        co_return pg::Error::connection(err);
    }
    m_localPort = m_pump->port();
    m_pump->start();
    m_up = true;
    co_return std::nullopt;
}

} // namespace ssh
