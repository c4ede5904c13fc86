// SSH tunnels (issue 18.3) against a real OpenSSH server on a loopback port and the sandbox:
// a query through the tunnel, the unknown host key question (refused, accepted and written to
// known_hosts), a changed host key refused with both fingerprints, a dropped tunnel that is
// re-established with the database connection, a key the server refuses, a jump host, and
// `pgdba ping --ssh`. HOME and known_hosts are temporary: the user's ~/.ssh is never touched.
#include "loopchecker.h"
#include "sandbox.h"
#include "sshserver.h"
#include "testutil.h"

#include "pg/connection.h"
#include "pg/secrets.h"
#include "ssh/tunnel.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcoro/qcorotask.h>

using pg::Connection;

class TestSshTunnel : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<SshServer> m_sshd;
    QList<ssh::HostKeyQuestion> m_asked;

    QString knownHosts() const { return m_home.filePath(QStringLiteral(".ssh/known_hosts")); }

    // The sandbox over TCP as the SSH server sees it (127.0.0.1), through the test's sshd.
    pg::ConnInfo info(const QString &keyFile = {}) const {
        pg::ConnInfo c(sandbox::tcpDsn(sandbox::password()));
        auto route = ssh::Route::parse(m_sshd->spec(), nullptr);
        route->keyFile = keyFile.isEmpty() ? m_sshd->clientKey() : keyFile;
        route->knownHostsFile = knownHosts();
        route->keepaliveS = 2;
        c.setSsh(*route);
        return c;
    }
    // A connection whose host key prompt records the question and answers `accept`.
    std::unique_ptr<Connection> connection(bool accept) {
        auto c = std::make_unique<Connection>();
        Connection::Options o;
        o.applicationName = QStringLiteral("pgdba ssh test");
        o.hostKeyPrompt = [this, accept](const ssh::HostKeyQuestion &q, std::function<void(bool)> answer) {
            m_asked << q;
            answer(accept);
        };
        c->setOptions(o);
        return c;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path())); // nothing may reach the real ~/.ssh
        m_sshd = std::make_unique<SshServer>();
        QVERIFY2(m_sshd->ok(), qPrintable(m_sshd->error()));
    }
    void cleanupTestCase() { m_sshd.reset(); }
    void init() { m_asked.clear(); }

    void routeParsesUserHostPort() {
        QString error;
        auto r = ssh::Route::parse(QStringLiteral("dba@bastion.example.com:2222"), &error);
        QVERIFY(r);
        QCOMPARE(r->user, QStringLiteral("dba"));
        QCOMPARE(r->host, QStringLiteral("bastion.example.com"));
        QCOMPARE(r->port, 2222);
        QVERIFY(r->setJump(QStringLiteral("jump.example.com"), &error));
        QCOMPARE(r->display(), QStringLiteral("dba@bastion.example.com:2222 via jump.example.com"));
        QVERIFY(!ssh::Route::parse(QStringLiteral("dba@host:99999"), &error));
        QVERIFY(error.contains(QStringLiteral("99999")));
        QVERIFY(!ssh::Route::parse(QStringLiteral("a b@c"), &error));
        // The history/audit name of a tunnelled server names its bastion too.
        QCOMPARE(pg::serverKey(info()),
                 QStringLiteral("127.0.0.1:%1 via 127.0.0.1:%2").arg(sandbox::port()).arg(m_sshd->port()));
    }

    void unknownHostKeyRefused() {
        auto c = connection(false);
        const auto err = QCoro::waitFor(c->open(info()));
        QVERIFY(err);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().fingerprint, m_sshd->hostKeyFingerprint());
        QCOMPARE(m_asked.first().host, QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port()));
        QVERIFY2(err->message.contains(QStringLiteral("was not accepted")), qPrintable(err->message));
        QVERIFY(err->message.contains(m_sshd->hostKeyFingerprint()));
        QVERIFY(!QFile::exists(knownHosts()));
        QCOMPARE(c->state(), Connection::State::Disconnected);
    }

    void unknownHostKeyAcceptedConnectsAndIsRemembered() {
        LoopChecker loop;
        auto c = connection(true);
        const auto err = QCoro::waitFor(c->open(info()));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().fingerprint, m_sshd->hostKeyFingerprint());
        QVERIFY(QFile::exists(knownHosts()));
        // The database sees the connection coming from the SSH server's side, over TCP.
        const pg::Result r = QCoro::waitFor(c->query(QStringLiteral(
            "SELECT host(inet_client_addr()) AS addr, current_setting('port') AS port, 42 AS answer")));
        QVERIFY(r.ok());
        QCOMPARE(r.text(0, "answer"), QStringLiteral("42"));
        QCOMPARE(r.text(0, "addr"), QStringLiteral("127.0.0.1"));
        QVERIFY(c->tunnel() && c->tunnel()->isUp());
        QVERIFY(c->tunnel()->localPort() != 0);
        QVERIFY(c->tunnel()->localPort() != sandbox::port());
        QVERIFY(loop.maxGapMs() < 1000); // the event loop never waited on the network

        // Known now: a second connection is not asked.
        auto again = connection(false);
        QVERIFY(!QCoro::waitFor(again->open(info())));
        QCOMPARE(m_asked.size(), 1);
    }

    void droppedTunnelReconnects() {
        auto c = connection(true);
        Connection::Options o = c->options();
        o.autoReconnect = true;
        o.reconnect = pg::ReconnectPolicy(std::chrono::milliseconds(100), std::chrono::milliseconds(500));
        c->setOptions(o);
        QVERIFY(!QCoro::waitFor(c->open(info())));
        QSignalSpy lost(c.get(), &Connection::connectionLost);
        QSignalSpy reconnected(c.get(), &Connection::reconnected);
        QSignalSpy dropped(c->tunnel(), &ssh::Tunnel::dropped);
        const int before =
            int(QCoro::waitFor(c->query(QStringLiteral("SELECT pg_backend_pid()"))).int64(0, 0));
        QVERIFY(m_sshd->killSessions() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dropped.count() >= 1, 15000);
        QVERIFY(!dropped.first().first().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 20000);
        QVERIFY(c->isReady());
        QVERIFY(c->tunnel()->isUp());
        const pg::Result r = QCoro::waitFor(c->query(QStringLiteral("SELECT pg_backend_pid()")));
        QVERIFY(r.ok());
        QVERIFY(r.int64(0, 0) != before); // a new database session through a new tunnel
    }

    void wrongKeyIsAClearAuthError() {
        auto c = connection(true);
        const auto err = QCoro::waitFor(c->open(info(m_sshd->otherKey())));
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("refused the key")), qPrintable(err->message));
        QVERIFY(err->message.contains(m_sshd->otherKey()));
    }

    void encryptedKeyNeedsItsPassphrase() {
        const QString key = m_sshd->encryptedKey(QStringLiteral("correct horse"));
        pg::ConnInfo i = info(key);
        auto c = connection(true);
        const auto err = QCoro::waitFor(c->open(i));
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("passphrase is wrong")), qPrintable(err->message));
        ssh::Route r = i.ssh();
        r.keyPassphrase = QStringLiteral("correct horse");
        i.setSsh(r);
        const auto ok = QCoro::waitFor(c->open(i));
        QVERIFY2(!ok, ok ? qPrintable(ok->message) : "");
    }

    void sshAgent() {
        // A real ssh-agent holding the client key; no key file given.
        QTemporaryDir agentDir;
        const QString sock = agentDir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted());
        QVERIFY(testutil::waitUntil([&] { return QFile::exists(sock); }, 10000));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_sshd->clientKey()});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        const QByteArray old = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(sock));
        pg::ConnInfo i = info();
        ssh::Route r = i.ssh();
        r.keyFile.clear();
        i.setSsh(r);
        auto c = connection(true);
        const auto err = QCoro::waitFor(c->open(i));
        qputenv("SSH_AUTH_SOCK", old);
        agent.terminate();
        agent.waitForFinished(5000);
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(QCoro::waitFor(c->query(QStringLiteral("SELECT 1"))).ok());
    }

    void jumpHost() {
        // The same sshd serves as the jump host and the bastion behind it.
        auto c = connection(true);
        pg::ConnInfo i = info();
        ssh::Route r = i.ssh();
        QVERIFY(r.setJump(m_sshd->spec(), nullptr));
        i.setSsh(r);
        const auto err = QCoro::waitFor(c->open(i));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(QCoro::waitFor(c->query(QStringLiteral("SELECT 1"))).ok());
    }

    void cliPingThroughSsh() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), m_home.path()); // known_hosts written above
        env.insert(QStringLiteral("PGPASSWORD"), sandbox::password());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("ping"), QStringLiteral("--dsn"), sandbox::tcpDsn(), QStringLiteral("--ssh"),
                 m_sshd->spec(), QStringLiteral("--ssh-key"), m_sshd->clientKey()});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(out.contains(QStringLiteral("PostgreSQL 15")));

        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("ping"), QStringLiteral("--dsn"), sandbox::tcpDsn(), QStringLiteral("--ssh"),
                 QStringLiteral("root@host:0x")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 64);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not an SSH address")));
    }

    // Last: it replaces the server's host key.
    void changedHostKeyRefused() {
        QVERIFY(QFile::exists(knownHosts()));
        const QString oldFingerprint = m_sshd->hostKeyFingerprint();
        QVERIFY(m_sshd->regenerateHostKey());
        const QString newFingerprint = m_sshd->hostKeyFingerprint();
        QVERIFY(oldFingerprint != newFingerprint);
        auto c = connection(true);
        const auto err = QCoro::waitFor(c->open(info()));
        QVERIFY(err);
        QVERIFY(m_asked.isEmpty()); // never asked: refused
        QVERIFY2(err->message.contains(QStringLiteral("CHANGED")), qPrintable(err->message));
        QVERIFY(err->message.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port())));
        QVERIFY2(err->message.contains(oldFingerprint), qPrintable(err->message));
        QVERIFY(err->message.contains(newFingerprint));
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
