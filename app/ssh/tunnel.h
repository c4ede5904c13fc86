#pragma once

#include "pg/error.h"
#include "ssh/hostkey.h"
#include "ssh/route.h"

#include <QObject>

#include <memory>
#include <optional>

#include <qcoro/qcorotask.h>

namespace ssh {

class Pump;

// A local port that reaches targetHost:targetPort through an SSH server (optionally behind a
// jump host). open() does the blocking work on the thread pool and asks the host key question
// on the calling thread; afterwards a pump thread of its own forwards every connection made to
// 127.0.0.1:localPort() through a direct-tcpip channel. dropped() is emitted (on the owner's
// thread) once when the SSH connection dies; open() again to re-establish it.
class Tunnel : public QObject {
    Q_OBJECT
public:
    explicit Tunnel(QObject *parent = nullptr);
    ~Tunnel() override;

    // prompt: asked about an unknown host key; empty = defaultHostKeyPrompt(); none = refuse.
    QCoro::Task<std::optional<pg::Error>> open(Route route, QString targetHost, int targetPort,
                                               HostKeyPrompt prompt = {});
    void close();
    bool isUp() const { return m_up; }
    quint16 localPort() const { return m_localPort; }
    const Route &route() const { return m_route; }
    // Why the last forwarded connection could not be opened (e.g. the bastion cannot reach the
    // database host), empty when none failed.
    QString lastForwardError() const;

Q_SIGNALS:
    void dropped(const QString &reason);

private:
    struct Hop;
    QCoro::Task<std::optional<pg::Error>> openHop(Hop *hop, HostKeyPrompt prompt);
    void onDown(const QString &reason);

    Route m_route;
    std::unique_ptr<Pump> m_jumpPump; // the jump host's session, bridged to a socket pair
    std::unique_ptr<Pump> m_pump;     // the bastion's session with the listener
    quint16 m_localPort = 0;
    bool m_up = false;
    quint64 m_generation = 0;
};

} // namespace ssh
