#pragma once

#include <QString>
#include <QTemporaryDir>

// Certificates made with openssl for TLS tests: a CA (root.crt), a server certificate for
// localhost and 127.0.0.1 signed by it (server.crt/.key), a client certificate whose key is
// encrypted with clientKeyPassword() (client.crt/.key), and a second CA that signed nothing
// (other-root.crt). Hand dir() to a cluster as PGDBA_SANDBOX_SSL_DIR.
class TlsFiles {
public:
    TlsFiles();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QString clientKeyPassword() { return QStringLiteral("client-secret"); }

private:
    bool openssl(const QStringList &args);
    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
};
