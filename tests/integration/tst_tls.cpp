// TLS (issue 18.4) against a private sandbox cluster with ssl = on and certificates the test
// makes (a CA, a server certificate for localhost/127.0.0.1, a client certificate with an
// encrypted key): verify-full succeeds and reports protocol and cipher; a wrong host name and
// an unknown CA fail with clear messages; require encrypts without verifying; the client key's
// passphrase (sslpassword) is used.
#include "sandbox.h"
#include "tlsfiles.h"

#include "pg/connection.h"

#include <QTest>

#include <qcoro/qcorotask.h>

using pg::Connection;

class TestTls : public QObject {
    Q_OBJECT
    std::unique_ptr<TlsFiles> m_tls;
    std::unique_ptr<sandbox::Private> m_cluster;
    QString m_port;

    pg::ConnInfo info(const QString &host, const QString &sslmode, const QString &root = {}) const {
        pg::ConnInfo c(QStringLiteral("user=postgres dbname=postgres"));
        c.set("host", host);
        c.set("hostaddr", QStringLiteral("127.0.0.1"));
        c.set("port", m_port);
        c.set("password", sandbox::password());
        c.set("sslmode", sslmode);
        c.set("sslrootcert", root);
        return c;
    }
    std::optional<pg::Error> open(Connection &c, const pg::ConnInfo &i) { return QCoro::waitFor(c.open(i)); }

private Q_SLOTS:
    void initTestCase() {
        m_tls = std::make_unique<TlsFiles>();
        QVERIFY2(m_tls->ok(), qPrintable(m_tls->error()));
        m_cluster = std::make_unique<sandbox::Private>(
            QStringList{QStringLiteral("PGDBA_SANDBOX_SSL_DIR=") + m_tls->dir(),
                        QStringLiteral("PGDBA_SANDBOX_NO_PRELOAD=1")});
        QVERIFY(m_cluster->ok());
        m_port = pg::ConnInfo(m_cluster->dsn()).get("port");
        QVERIFY(!m_port.isEmpty());
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void verifyFullWithTheRightRootAndHostName() {
        Connection c;
        const auto err = open(c, info(QStringLiteral("localhost"), QStringLiteral("verify-full"),
                                      m_tls->file(QStringLiteral("root.crt"))));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(c.tls().encrypted);
        QVERIFY2(c.tls().protocol.startsWith(QStringLiteral("TLSv1.")), qPrintable(c.tls().protocol));
        QVERIFY(!c.tls().cipher.isEmpty());
        QVERIFY(c.tls().certificateVerified);
        QVERIFY(c.tls().hostNameVerified);
        // What the server says about the same session.
        const pg::Result r = QCoro::waitFor(c.query(
            QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(r.ok());
        QCOMPARE(r.text(0, "ssl"), QStringLiteral("t"));
        QCOMPARE(r.text(0, "version"), c.tls().protocol);
        QCOMPARE(r.text(0, "cipher"), c.tls().cipher);
    }

    void verifyFullByAddress() {
        // The certificate also names 127.0.0.1.
        Connection c;
        pg::ConnInfo i = info(QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"),
                              m_tls->file(QStringLiteral("root.crt")));
        i.unset("hostaddr");
        const auto err = open(c, i);
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(c.tls().hostNameVerified);
    }

    void wrongHostNameFails() {
        Connection c;
        const auto err = open(c, info(QStringLiteral("db.wrong.example"), QStringLiteral("verify-full"),
                                      m_tls->file(QStringLiteral("root.crt"))));
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("does not match host name \"db.wrong.example\"")),
                 qPrintable(err->message));
        QVERIFY(err->message.contains(QStringLiteral("issued for another host")));
        QVERIFY(!c.isReady());
        // verify-ca checks the chain only: the same name passes.
        Connection ca;
        QVERIFY(!open(ca, info(QStringLiteral("db.wrong.example"), QStringLiteral("verify-ca"),
                               m_tls->file(QStringLiteral("root.crt")))));
        QVERIFY(ca.tls().certificateVerified);
        QVERIFY(!ca.tls().hostNameVerified);
    }

    void unknownCaFails() {
        Connection c;
        const auto err = open(c, info(QStringLiteral("localhost"), QStringLiteral("verify-full"),
                                      m_tls->file(QStringLiteral("other-root.crt"))));
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("certificate verify failed")),
                 qPrintable(err->message));
        QVERIFY(err->message.contains(QStringLiteral("not signed by a trusted root certificate")));
        QVERIFY(err->message.contains(m_tls->file(QStringLiteral("other-root.crt"))));
    }

    void requireEncryptsWithoutVerifying() {
        Connection c;
        QVERIFY(!open(c, info(QStringLiteral("localhost"), QStringLiteral("require"))));
        QVERIFY(c.tls().encrypted);
        QVERIFY(!c.tls().certificateVerified);
        Connection plain;
        QVERIFY(!open(plain, info(QStringLiteral("localhost"), QStringLiteral("disable"))));
        QVERIFY(!plain.tls().encrypted);
    }

    void clientCertificateWithEncryptedKey() {
        pg::ConnInfo i = info(QStringLiteral("localhost"), QStringLiteral("verify-full"),
                              m_tls->file(QStringLiteral("root.crt")));
        i.set("sslcert", m_tls->file(QStringLiteral("client.crt")));
        i.set("sslkey", m_tls->file(QStringLiteral("client.key")));
        i.set("sslpassword", TlsFiles::clientKeyPassword());
        Connection c;
        const auto err = open(c, i);
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        const pg::Result r = QCoro::waitFor(
            c.query(QStringLiteral("SELECT client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(r.ok());
        QCOMPARE(r.text(0, "client_dn"), QStringLiteral("/CN=postgres"));

        i.set("sslpassword", QStringLiteral("wrong"));
        Connection bad;
        const auto e = open(bad, i);
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("private key")), qPrintable(e->message));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
