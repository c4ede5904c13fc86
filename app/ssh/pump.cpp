#include "ssh/pump.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <cstring>
#include <utility>

#include <libssh/libssh.h>
#include <openssl/crypto.h>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ssh {

Pump::Pump(SessionPtr session, int keepaliveS, DownHandler onDown)
    : m_session(std::move(session))
    , m_keepaliveS(keepaliveS)
    , m_onDown(std::move(onDown))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

Pump::~Pump() {
    m_stop = true;
    if (m_wakeFd >= 0) {
        const uint64_t one = 1;
        [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
    }
    if (m_thread.joinable())
        m_thread.join();
    for (auto &b : m_bridges)
        drop(b);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

bool Pump::listen(const QString &targetHost, int targetPort, QString *error) {
    m_targetHost = targetHost.toUtf8();
    m_targetPort = targetPort;
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
        ::listen(m_listenFd, 16) != 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        *error = Session::tr("could not listen on 127.0.0.1 for the SSH tunnel: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_port = ntohs(a.sin_port);
    return true;
}

void Pump::bridge(int fd, ssh_channel ch) {
    m_bridges.push_back({fd, ch, true});
}

void Pump::start() {
    // TCP keep-alives and a bound on unacknowledged data find a dead bastion while idle.
    if (const int fd = ssh_get_fd(m_session->s); fd >= 0) {
        const int on = 1, idle = qMax(1, m_keepaliveS), count = 3;
        const unsigned int userTimeout = unsigned(qMax(10, m_keepaliveS * 3)) * 1000u;
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
        ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    }
    m_thread = std::thread([this] { run(); });
}

QString Pump::lastForwardError() const {
    std::lock_guard<std::mutex> g(m_errorLock);
    return m_forwardError;
}

void Pump::down(const QString &reason) {
    if (m_downReported)
        return;
    m_downReported = true;
    std::lock_guard<std::mutex> g(m_downLock);
    if (m_onDown && !m_silenced)
        m_onDown(reason);
}

void Pump::silence() {
    std::lock_guard<std::mutex> g(m_downLock);
    m_silenced = true;
}

void Pump::disposeLater(std::unique_ptr<Pump> first, std::unique_ptr<Pump> then) {
    if (!first && !then)
        return;
    for (Pump *p : {first.get(), then.get()})
        if (p)
            p->silence();
    // The global pool finishes its tasks before the application exits.
    QThreadPool::globalInstance()->start(
        [a = std::shared_ptr<Pump>(std::move(first)), b = std::shared_ptr<Pump>(std::move(then))]() mutable {
            a.reset();
            b.reset();
            OPENSSL_thread_stop(); // the pool thread's OpenSSL state from closing the sessions
        });
}

void Pump::drop(Bridge &b) {
    if (b.ch) {
        if (ssh_channel_is_open(b.ch))
            ssh_channel_close(b.ch);
        ssh_channel_free(b.ch);
        b.ch = nullptr;
    }
    if (b.fd >= 0)
        ::close(b.fd);
    b.fd = -1;
}

void Pump::acceptOne() {
    const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0)
        return;
    QString error;
    ssh_channel ch = openForward(*m_session, QString::fromUtf8(m_targetHost), m_targetPort, &error);
    if (!ch) {
        {
            std::lock_guard<std::mutex> g(m_errorLock);
            m_forwardError = error;
        }
        ::close(fd); // libpq sees the connection closed; the error is in lastForwardError()
        return;
    }
    m_bridges.push_back({fd, ch, false});
}

// Copies what is there in both directions; false when this bridge is finished.
bool Pump::pass(Bridge &b, bool *progress) {
    char buf[32768];
    // Channel -> local socket.
    while (true) {
        const int n = ssh_channel_read_nonblocking(b.ch, buf, sizeof buf, 0);
        if (n == SSH_ERROR)
            return false;
        if (n <= 0)
            break;
        *progress = true;
        for (int off = 0; off < n;) {
            const ssize_t w = ::send(b.fd, buf + off, size_t(n - off), MSG_NOSIGNAL);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return false;
            off += int(w);
        }
    }
    if (ssh_channel_is_eof(b.ch) || !ssh_channel_is_open(b.ch))
        return false;
    // Local socket -> channel.
    while (true) {
        const ssize_t n = ::recv(b.fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n == 0)
            return false;
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        *progress = true;
        if (ssh_channel_write(b.ch, buf, uint32_t(n)) != int(n))
            return false;
    }
}

void Pump::run() {
    ssh_session s = m_session->s;
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, s);
    QElapsedTimer sinceKeepalive;
    sinceKeepalive.start();
    const qint64 keepaliveMs = qint64(m_keepaliveS) * 1000;
    std::vector<pollfd> fds;
    while (!m_stop) {
        fds.clear();
        fds.push_back({m_wakeFd, POLLIN, 0});
        fds.push_back({ssh_get_fd(s), POLLIN, 0});
        if (m_listenFd >= 0)
            fds.push_back({m_listenFd, POLLIN, 0});
        for (const auto &b : m_bridges)
            fds.push_back({b.fd, POLLIN, 0});
        int timeout = -1;
        if (keepaliveMs > 0)
            timeout = int(qMax<qint64>(0, keepaliveMs - sinceKeepalive.elapsed()));
        const int rc = ::poll(fds.data(), nfds_t(fds.size()), timeout);
        if (m_stop)
            break;
        if (rc < 0 && errno != EINTR) {
            down(Session::tr("poll failed: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            break;
        }
        if (keepaliveMs > 0 && sinceKeepalive.elapsed() >= keepaliveMs) {
            ssh_send_ignore(s, "keepalive");
            sinceKeepalive.restart();
        }
        // Reads whatever the server sent (channel data, window adjustments, a disconnect).
        if (fds[1].revents)
            ssh_event_dopoll(event, 0);
        if (!ssh_is_connected(s) || (ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
            const QString why = QString::fromUtf8(ssh_get_error(s)).trimmed();
            down(why.isEmpty()
                     ? Session::tr("the SSH server %1 closed the connection").arg(m_session->where)
                     : Session::tr("the SSH connection to %1 was lost: %2").arg(m_session->where, why));
            break;
        }
        if (m_listenFd >= 0 && fds[2].revents & POLLIN)
            acceptOne();
        // Pass data until nothing moves: libssh may hold data it already read off the socket.
        bool progress = true;
        bool jumpEnded = false;
        while (progress) {
            progress = false;
            for (size_t i = 0; i < m_bridges.size();) {
                if (!pass(m_bridges[i], &progress)) {
                    jumpEnded = jumpEnded || m_bridges[i].closeWithSession;
                    drop(m_bridges[i]);
                    m_bridges.erase(m_bridges.begin() + qsizetype(i));
                    continue;
                }
                ++i;
            }
        }
        if (jumpEnded) {
            down(Session::tr("the connection through the jump host %1 ended").arg(m_session->where));
            break;
        }
        if (!ssh_is_connected(s)) {
            down(Session::tr("the SSH connection to %1 was lost").arg(m_session->where));
            break;
        }
    }
    ssh_event_remove_session(event, s);
    ssh_event_free(event);
    OPENSSL_thread_stop();
    if (m_downReported) {
        // Close the local ends at once: libpq (or the session behind a jump host) sees the drop
        // now, and nothing new is accepted on a dead tunnel.
        for (auto &b : m_bridges)
            drop(b);
        m_bridges.clear();
        if (m_listenFd >= 0)
            ::close(std::exchange(m_listenFd, -1));
    }
}

} // namespace ssh
