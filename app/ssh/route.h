#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ssh {

// Where and how to reach the database through SSH: the bastion (host, port, user), how to
// authenticate (a key file, else the ssh-agent) and an optional jump host in front of it
// (ProxyJump). The key passphrase is a secret: it comes from the keyring, never from a file.
struct Route {
    Q_DECLARE_TR_FUNCTIONS(ssh::Route)
public:
    QString host;
    int port = 22;
    QString user;          // empty: the login name
    QString keyFile;       // empty: ssh-agent (SSH_AUTH_SOCK)
    QString keyPassphrase; // never saved in a profile
    QString jumpHost;      // empty: no jump host
    int jumpPort = 22;
    QString jumpUser;
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    int keepaliveS = 15;    // an SSH keep-alive this often while idle; 0 = none
    int connectTimeoutS = 10;

    bool isSet() const { return !host.isEmpty(); }
    bool hasJump() const { return !jumpHost.isEmpty(); }
    QString display() const;       // user@host:port (via user@jump:port)
    QString effectiveUser() const; // user, else the login name
    QString effectiveKnownHosts() const;

    // "user@host[:port]" (also "host", "[v6addr]:port"); nullopt with *error set when bad.
    static std::optional<Route> parse(const QString &spec, QString *error);
    // Sets the jump host from the same syntax; false with *error when bad.
    bool setJump(const QString &spec, QString *error);
    bool operator==(const Route &o) const = default;
};

} // namespace ssh
