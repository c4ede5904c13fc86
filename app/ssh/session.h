#pragma once

#include "ssh/hostkey.h"
#include "ssh/route.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace ssh {

// One libssh session. Blocking calls only: everything here runs on a worker thread (the
// thread pool while opening, the tunnel's pump thread afterwards), one thread at a time.
struct Session {
    Q_DECLARE_TR_FUNCTIONS(ssh::Session)
public:
    Session();
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;
    ssh_session_struct *s = nullptr;
    QString where; // user@host:port, for messages
};
using SessionPtr = std::shared_ptr<Session>;

enum class KeyState { Known, Unknown, Changed };

struct Handshake {
    SessionPtr session;
    QString error; // non-empty: failed (session may be null)
    KeyState key = KeyState::Unknown;
    HostKeyQuestion question;
    QString knownFingerprint; // what known_hosts has, when the key changed
};

// TCP (or fd, already connected through a jump host) + key exchange + host key lookup.
Handshake handshake(const QString &host, int port, const QString &user, const Route &route, int fd = -1);
// Writes the server's key to known_hosts (creating ~/.ssh 0700); error text or empty.
QString rememberKey(Session &s, const QString &knownHostsFile);
// Public key authentication: the route's key file (with its passphrase), else the agent.
QString authenticate(Session &s, const Route &route);
// The message for a changed host key, naming the host and both fingerprints.
QString changedKeyMessage(const Handshake &h);
// A direct-tcpip channel to host:port (blocking open); nullptr with *error.
ssh_channel_struct *openForward(Session &s, const QString &host, int port, QString *error);

} // namespace ssh
