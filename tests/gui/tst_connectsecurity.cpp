// The connect dialog's TLS and SSH sections (issue 18.3/18.4) offscreen: the fields build the
// right conninfo and route (and keep secrets out of the profile), a profile survives a save and
// reload, sslmode says what each mode protects against; the SSH host key question is shown
// with its fingerprint and accepting it connects through a real sshd; the status bar of a
// window connected with verify-full says TLS protocol, cipher and "certificate verified".
#include "sandbox.h"
#include "sshserver.h"
#include "testutil.h"
#include "tlsfiles.h"

#include "connectdialog.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "securitystatus.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestConnectSecurity : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    template <typename T> static T *child(QWidget *w, const char *name) {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    static void type(QWidget *w, const char *name, const QString &text) {
        auto *e = child<QLineEdit>(w, name);
        e->clear();
        QTest::keyClicks(e, text);
    }
    static void choose(QWidget *w, const char *name, const QString &data) {
        auto *c = child<QComboBox>(w, name);
        c->setCurrentIndex(c->findData(data));
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test"));
        testutil::isolateSettings();
        qputenv("HOME", QFile::encodeName(m_dir.path())); // known_hosts of this test only
    }

    void tlsAndSshFieldsBuildTheConnection() {
        ui::ConnectDialog d;
        d.resize(d.sizeHint());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        type(&d, "host", QStringLiteral("db.internal"));
        type(&d, "user", QStringLiteral("dba"));
        choose(&d, "sslmode", QStringLiteral("verify-full"));
        QVERIFY(child<QLabel>(&d, "sslmodeHelp")->text().contains(QStringLiteral("man in the middle")));
        QVERIFY(child<QLabel>(&d, "sslmodeHelp")->text().contains(QStringLiteral("another host")));
        type(&d, "sslrootcert", QStringLiteral("/etc/pgdba/root.crt"));
        type(&d, "sslcert", QStringLiteral("/home/dba/client.crt"));
        type(&d, "sslkey", QStringLiteral("/home/dba/client.key"));
        type(&d, "sslpassword", QStringLiteral("key secret"));
        type(&d, "sslcrl", QStringLiteral("/etc/pgdba/root.crl"));
        choose(&d, "sslMinProtocol", QStringLiteral("TLSv1.3"));
        auto *ssh = child<QGroupBox>(&d, "ssh");
        QVERIFY(!ssh->isChecked());
        ssh->setChecked(true);
        type(&d, "sshHost", QStringLiteral("bastion.example.com"));
        child<QSpinBox>(&d, "sshPort")->setValue(2222);
        type(&d, "sshUser", QStringLiteral("jump"));
        type(&d, "sshKey", QStringLiteral("/home/dba/.ssh/id_ed25519"));
        type(&d, "sshPassphrase", QStringLiteral("ssh secret"));
        type(&d, "sshJump", QStringLiteral("me@outer.example.com:2200"));
        d.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-connectdialog-security.png"));
        QVERIFY2(d.width() <= 1280 && d.height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(d.width()).arg(d.height())));

        const core::Profile p = d.profile();
        const pg::ConnInfo c = p.connInfo();
        QCOMPARE(c.get("host"), QStringLiteral("db.internal"));
        QCOMPARE(c.get("sslmode"), QStringLiteral("verify-full"));
        QCOMPARE(c.get("sslrootcert"), QStringLiteral("/etc/pgdba/root.crt"));
        QCOMPARE(c.get("sslcert"), QStringLiteral("/home/dba/client.crt"));
        QCOMPARE(c.get("sslkey"), QStringLiteral("/home/dba/client.key"));
        QCOMPARE(c.get("sslcrl"), QStringLiteral("/etc/pgdba/root.crl"));
        QCOMPARE(c.get("ssl_min_protocol_version"), QStringLiteral("TLSv1.3"));
        QVERIFY(c.get("sslpassword").isEmpty()); // a secret: keyring only
        const QString conn = c.toConnString();
        QVERIFY2(conn.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(conn));
        QVERIFY(pg::ConnInfo(conn).validate().isEmpty()); // libpq reads it
        const ssh::Route r = c.ssh();
        QCOMPARE(r.host, QStringLiteral("bastion.example.com"));
        QCOMPARE(r.port, 2222);
        QCOMPARE(r.user, QStringLiteral("jump"));
        QCOMPARE(r.keyFile, QStringLiteral("/home/dba/.ssh/id_ed25519"));
        QCOMPARE(r.jumpHost, QStringLiteral("outer.example.com"));
        QCOMPARE(r.jumpPort, 2200);
        QCOMPARE(r.jumpUser, QStringLiteral("me"));
        QVERIFY(r.keyPassphrase.isEmpty());
        QCOMPARE(d.keySecrets().sshPassphrase, QStringLiteral("ssh secret"));
        QCOMPARE(d.keySecrets().sslKeyPassword, QStringLiteral("key secret"));

        // Saved and read back: every field, no secret in the file.
        const QString file = m_dir.filePath(QStringLiteral("profiles.ini"));
        {
            core::ProfileStore store(file);
            QVERIFY(!store.save(p).isEmpty());
        }
        core::ProfileStore again(file);
        QCOMPARE(again.profiles().size(), 1);
        const core::Profile back = again.profiles().constFirst();
        QCOMPARE(back.connInfo().toConnString(), conn);
        QCOMPARE(back.sshRoute(), p.sshRoute());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("secret"));
        ui::ConnectDialog edit;
        edit.setProfile(back);
        QCOMPARE(edit.profile().connInfo().toConnString(), conn);
        QVERIFY(child<QGroupBox>(&edit, "ssh")->isChecked());

        // A jump host that does not read is refused with a reason; nothing accepted.
        type(&d, "sshJump", QStringLiteral("me@outer:99999"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(d.testResult().contains(QStringLiteral("99999")), qPrintable(d.testResult()));
    }

    void unknownHostKeyAskedInTheDialog() {
        SshServer sshd;
        QVERIFY2(sshd.ok(), qPrintable(sshd.error()));
        ui::ConnectDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        type(&d, "host", QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&d, "port")->setValue(sandbox::port());
        type(&d, "user", QStringLiteral("postgres"));
        type(&d, "dbname", QStringLiteral("postgres"));
        type(&d, "password", sandbox::password());
        child<QGroupBox>(&d, "ssh")->setChecked(true);
        type(&d, "sshHost", QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&d, "sshPort")->setValue(sshd.port());
        type(&d, "sshUser", sshd.user());
        type(&d, "sshKey", sshd.clientKey());
        QSignalSpy tested(&d, &ui::ConnectDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&d, "test"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] {
                return (box = d.findChild<QMessageBox *>(QStringLiteral("hostKeyPrompt"))) &&
                       box->isVisible();
            },
            15000));
        QVERIFY2(box->informativeText().contains(sshd.hostKeyFingerprint()),
                 qPrintable(box->informativeText()));
        QVERIFY(box->text().contains(QStringLiteral("[127.0.0.1]:%1").arg(sshd.port())));
        box->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-hostkey-prompt.png"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("acceptHostKey")), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(d.testResult()));
        QVERIFY2(d.testResult().contains(QStringLiteral("through SSH")), qPrintable(d.testResult()));
        QVERIFY(QFile(m_dir.filePath(QStringLiteral(".ssh/known_hosts"))).size() > 0);
    }

    void statusBarShowsVerifiedTls() {
        TlsFiles tls;
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        sandbox::Private cluster({QStringLiteral("PGDBA_SANDBOX_SSL_DIR=") + tls.dir(),
                                  QStringLiteral("PGDBA_SANDBOX_NO_PRELOAD=1")});
        QVERIFY(cluster.ok());
        const QString port = pg::ConnInfo(cluster.dsn()).get("port");
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("window.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString dsn =
            QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 user=postgres dbname=postgres "
                           "password=%2 sslmode=verify-full sslrootcert=%3")
                .arg(port, sandbox::password(), tls.file(QStringLiteral("root.crt")));
        const auto err = QCoro::waitFor(w.connectDsn(dsn, QStringLiteral("TLS sandbox")));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        auto *security = w.findChild<ui::SecurityStatus *>(QStringLiteral("statusSecurity"));
        QVERIFY(security);
        QVERIFY(testutil::waitUntil([&] { return security->text().contains(QStringLiteral("TLS")); }));
        const QString text = security->text();
        QVERIFY2(text.contains(QStringLiteral("TLSv1.3")), qPrintable(text));
        QVERIFY2(text.contains(ws.current()->monitor()->tls().cipher), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("certificate verified")), qPrintable(text));
        QVERIFY(security->toolTip().contains(QStringLiteral("verify-full")));
        testutil::settle();
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-statusbar-tls.png"));

        // The same server with sslmode=require: encrypted, and the bar says it was not verified.
        const auto err2 = QCoro::waitFor(w.connectDsn(
            QStringLiteral(
                "host=localhost hostaddr=127.0.0.1 port=%1 user=postgres dbname=postgres password=%2 "
                "sslmode=require")
                .arg(port, sandbox::password()),
            QStringLiteral("TLS unverified")));
        QVERIFY2(!err2, err2 ? qPrintable(err2->message) : "");
        QVERIFY(
            testutil::waitUntil([&] { return security->text().contains(QStringLiteral("not verified")); }));
        QVERIFY(security->toolTip().contains(QStringLiteral("man in the middle")));
    }
};

QTEST_MAIN(TestConnectSecurity)
#include "tst_connectsecurity.moc"
