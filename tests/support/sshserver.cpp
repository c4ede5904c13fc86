#include "sshserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
QList<qint64> childrenOf(qint64 pid) {
    QList<qint64> out;
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const auto &part : QString::fromLatin1(f.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << part.toLongLong();
    return out;
}
} // namespace

bool SshServer::runTool(const QString &program, const QStringList &args, QString *output) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

SshServer::SshServer() {
    const QString d = m_dir.path();
    auto keygen = [](const QString &file) {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".pub"));
        return runTool(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                        QStringLiteral("-N"), QString(), QStringLiteral("-f"), file});
    };
    if (!keygen(d + QStringLiteral("/host_ed25519")) || !keygen(clientKey())) {
        m_error = QStringLiteral("ssh-keygen failed");
        return;
    }
    QFile::copy(clientKey() + QStringLiteral(".pub"), d + QStringLiteral("/authorized_keys"));
    // sshd as root wants its privilege separation folder (the package makes it at boot).
    if (::geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists())
        QDir().mkpath(QStringLiteral("/run/sshd"));
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    QFile conf(d + QStringLiteral("/sshd_config"));
    if (!conf.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write sshd_config");
        return;
    }
    conf.write(
        QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\nPidFile %2/sshd.pid\n"
                       "AuthorizedKeysFile %2/authorized_keys\nUsePAM %3\nStrictModes no\n"
                       "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                       "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                       "AllowTcpForwarding yes\nLogLevel VERBOSE\n")
            .arg(m_port)
            .arg(d)
            // Without PAM, sshd refuses a user whose password is locked ("!" in shadow, the default
            // for a CI user made by useradd) even with a key; root needs no PAM. (Checked by hand as
            // the locked user nobody: key accepted, direct-tcpip forwarded.)
            .arg(::geteuid() == 0 ? QStringLiteral("no") : QStringLiteral("yes"))
            .toUtf8());
    conf.close();
    m_ok = start();
}

SshServer::~SshServer() {
    stop();
}

QString SshServer::user() const {
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString SshServer::spec() const {
    return QStringLiteral("%1@127.0.0.1:%2").arg(user()).arg(m_port);
}

QString SshServer::otherKey() const {
    const QString file = m_dir.filePath(QStringLiteral("other_ed25519"));
    if (!QFile::exists(file))
        runTool(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString(), QStringLiteral("-f"), file});
    return file;
}

QString SshServer::encryptedKey(const QString &passphrase) {
    const QString file = m_dir.filePath(QStringLiteral("encrypted_ed25519"));
    if (!QFile::exists(file)) {
        runTool(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 passphrase, QStringLiteral("-f"), file});
        QFile pub(file + QStringLiteral(".pub"));
        QFile authorized(m_dir.filePath(QStringLiteral("authorized_keys")));
        if (pub.open(QIODevice::ReadOnly) && authorized.open(QIODevice::Append))
            authorized.write(pub.readAll());
    }
    return file;
}

QString SshServer::hostKeyFingerprint() const {
    QString out;
    runTool(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-l"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("host_ed25519.pub"))},
            &out);
    return out.section(QLatin1Char(' '), 1, 1);
}

bool SshServer::start() {
    stop();
    m_process = std::make_unique<QProcess>();
    QProcess &p = *m_process;
    p.setProgram(QStringLiteral("/usr/sbin/sshd"));
    p.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                    m_dir.filePath(QStringLiteral("sshd_config"))});
    p.setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    p.setStandardErrorFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    p.start();
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("/usr/sbin/sshd did not start");
        return false;
    }
    m_pid = p.processId();
    // Ready when it accepts a TCP connection (or gone: the log says why).
    const bool listening = QTest::qWaitFor(
        [&] {
            if (p.state() != QProcess::Running)
                return true;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            return s.waitForConnected(200);
        },
        15000);
    if (!listening || p.state() != QProcess::Running) {
        QFile log(m_dir.filePath(QStringLiteral("sshd.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("sshd is not listening: ") + QString::fromUtf8(log.readAll());
        m_pid = 0;
        return false;
    }
    return true;
}

int SshServer::killSessions() {
    int n = 0;
    if (!m_pid)
        return 0;
    for (qint64 child : childrenOf(m_pid)) {
        ::kill(pid_t(child), SIGTERM);
        ++n;
    }
    return n;
}

void SshServer::stop() {
    if (!m_pid)
        return;
    killSessions();
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
    m_pid = 0;
}

bool SshServer::regenerateHostKey() {
    stop();
    const QString file = m_dir.filePath(QStringLiteral("host_ed25519"));
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-f"), file}))
        return false;
    return start();
}
