#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// A real OpenSSH server (/usr/sbin/sshd -D -e) on a free loopback port, run as the current
// user (root or not) with its own config, host key and authorized key in a temporary folder.
// Stopped in the destructor. Nothing here touches ~/.ssh.
class SshServer {
public:
    SshServer();
    ~SshServer();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString clientKey() const { return m_dir.filePath(QStringLiteral("client_ed25519")); }
    QString otherKey() const; // a key the server does not accept (made on first use)
    // A key encrypted with passphrase that the server accepts (made and authorized on first use).
    QString encryptedKey(const QString &passphrase);
    QString hostKeyFingerprint() const; // "SHA256:..." of the current host key
    QString user() const;
    QString spec() const; // user@127.0.0.1:port

    bool start();
    void stop();
    // A new host key (stop, ssh-keygen, start): clients must refuse it.
    bool regenerateHostKey();
    // Ends every client session (the per-connection sshd processes); the listener stays.
    int killSessions();

private:
    static bool runTool(const QString &program, const QStringList &args, QString *output = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    int m_port = 0;
    bool m_ok = false;
    QString m_error;
};
