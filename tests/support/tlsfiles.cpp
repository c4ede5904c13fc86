#include "tlsfiles.h"

#include <QFile>
#include <QProcess>

bool TlsFiles::openssl(const QStringList &args) {
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2")
                      .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

TlsFiles::TlsFiles() {
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1")};
    const auto ca = [&](const QString &name, const QString &cn) {
        return openssl(
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
    };
    const auto signedBy = [&](const QString &name, const QString &cn, const QString &ext,
                              const QStringList &keyOpts) {
        QFile e(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!e.open(QIODevice::WriteOnly))
            return false;
        e.write(ext.toUtf8());
        e.close();
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec + keyOpts +
                       QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                   QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + cn}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("root.crt"),
                        QStringLiteral("-CAkey"), QStringLiteral("root.key"),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                        name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    };
    m_ok =
        ca(QStringLiteral("root"), QStringLiteral("pgdba test CA")) &&
        ca(QStringLiteral("other-root"), QStringLiteral("pgdba unrelated CA")) &&
        signedBy(QStringLiteral("server"), QStringLiteral("localhost"),
                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1\n"), {QStringLiteral("-nodes")}) &&
        signedBy(QStringLiteral("client"), QStringLiteral("postgres"),
                 QStringLiteral("keyUsage=digitalSignature\n"),
                 {QStringLiteral("-passout"), QStringLiteral("pass:") + clientKeyPassword()});
    // libpq refuses a private key that others can read.
    for (const auto *key : {"server.key", "client.key", "root.key", "other-root.key"})
        QFile::setPermissions(m_dir.filePath(QString::fromLatin1(key)), QFile::ReadOwner | QFile::WriteOwner);
}
