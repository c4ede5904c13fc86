#pragma once

#include "ssh/session.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ssh {

// The thread that owns one SSH session after it is open: it copies bytes between local
// sockets and direct-tcpip channels, accepts new local connections (each gets a channel to
// the target), sends keep-alives and notices when the session dies. Never the GUI thread.
class Pump {
public:
    using DownHandler = std::function<void(const QString &reason)>;
    Pump(SessionPtr session, int keepaliveS, DownHandler onDown);
    ~Pump(); // stops and joins the thread
    Pump(const Pump &) = delete;
    Pump &operator=(const Pump &) = delete;

    // A listener on 127.0.0.1:<ephemeral>; every accepted connection is forwarded to target.
    bool listen(const QString &targetHost, int targetPort, QString *error);
    quint16 port() const { return m_port; }
    // An already open channel copied to and from fd (a jump host's socket pair). Before start().
    void bridge(int fd, ssh_channel_struct *channel);
    void start();
    QString lastForwardError() const;
    // From now on the down handler is never called (its owner is going away). Returns after a
    // call in progress on the pump thread has finished.
    void silence();
    // Stops and destroys pumps on the thread pool: joining its thread and closing its channels
    // and SSH session write to the network, which the calling (GUI) thread must not wait for.
    // `then` (a jump host's pump, which carries first's session) goes after first.
    static void disposeLater(std::unique_ptr<Pump> first, std::unique_ptr<Pump> then = {});

private:
    struct Bridge {
        int fd = -1;
        ssh_channel_struct *ch = nullptr;
        bool closeWithSession = false; // the jump bridge: its end means the tunnel is down
    };
    void run();
    bool pass(Bridge &b, bool *progress);
    void drop(Bridge &b);
    void acceptOne();
    void down(const QString &reason);

    SessionPtr m_session;
    int m_keepaliveS;
    DownHandler m_onDown;
    int m_listenFd = -1;
    int m_wakeFd = -1;
    quint16 m_port = 0;
    QByteArray m_targetHost;
    int m_targetPort = 0;
    std::vector<Bridge> m_bridges;
    std::atomic<bool> m_stop{false};
    bool m_downReported = false;
    std::mutex m_downLock; // guards m_silenced against a down() in progress
    bool m_silenced = false;
    mutable std::mutex m_errorLock;
    QString m_forwardError;
    std::thread m_thread;
};

} // namespace ssh
