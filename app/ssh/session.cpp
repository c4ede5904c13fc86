#include "ssh/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace ssh {

namespace {
QString sshError(ssh_session s) {
    return QString::fromUtf8(ssh_get_error(s)).trimmed();
}

QString sha256(ssh_key key) {
    unsigned char *hash = nullptr;
    size_t len = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
    const QString out = QString::fromUtf8(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return out;
}

// What known_hosts lists for the host (same key type first), for the changed-key warning.
QString knownFingerprint(const QString &host, const QString &file, const QString &keyType) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray name = host.toUtf8();
    QString any;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *e = nullptr;
        if (ssh_known_hosts_parse_line(name.constData(), line.constData(), &e) == SSH_OK && e &&
            e->publickey) {
            const QString type = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(e->publickey)));
            const QString fp = sha256(e->publickey);
            if (type == keyType) {
                SSH_KNOWNHOSTS_ENTRY_FREE(e);
                return fp;
            }
            if (any.isEmpty())
                any = fp;
        }
        SSH_KNOWNHOSTS_ENTRY_FREE(e);
    }
    return any;
}

QString knownHostsName(const QString &host, int port) {
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}
} // namespace

Session::Session()
    : s(ssh_new()) {}

Session::~Session() {
    if (s) {
        ssh_disconnect(s);
        ssh_free(s);
    }
}

Handshake handshake(const QString &host, int port, const QString &user, const Route &route, int fd) {
    Handshake h;
    auto session = std::make_shared<Session>();
    session->where = QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
    if (!session->s) {
        h.error = Session::tr("could not create an SSH session (out of memory)");
        return h;
    }
    ssh_session s = session->s;
    const QByteArray hostUtf8 = host.toUtf8(), userUtf8 = user.toUtf8();
    const QByteArray known = QFile::encodeName(route.effectiveKnownHosts());
    const unsigned int portValue = unsigned(port);
    const long timeout = route.connectTimeoutS;
    const int noConfig = 0;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig); // the profile says everything
    ssh_options_set(s, SSH_OPTIONS_HOST, hostUtf8.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &portValue);
    ssh_options_set(s, SSH_OPTIONS_USER, userUtf8.constData());
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/etc/ssh/ssh_known_hosts");
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    if (fd >= 0) {
        socket_t sock = fd;
        ssh_options_set(s, SSH_OPTIONS_FD, &sock);
    }
    if (ssh_connect(s) != SSH_OK) {
        h.error =
            Session::tr("could not connect to the SSH server %1:%2: %3").arg(host).arg(port).arg(sshError(s));
        return h;
    }
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(s, &key) != SSH_OK) {
        h.error =
            Session::tr("the SSH server %1:%2 sent no host key: %3").arg(host).arg(port).arg(sshError(s));
        return h;
    }
    h.question.host = knownHostsName(host, port);
    h.question.port = port;
    h.question.keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key)));
    h.question.fingerprint = sha256(key);
    h.question.knownHostsFile = route.effectiveKnownHosts();
    ssh_key_free(key);
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        h.key = KeyState::Known;
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        h.key = KeyState::Changed;
        h.knownFingerprint = knownFingerprint(h.question.host, h.question.knownHostsFile, h.question.keyType);
        break;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        h.key = KeyState::Unknown;
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        h.error = Session::tr("could not check the host key of %1 against %2: %3")
                      .arg(h.question.host, h.question.knownHostsFile, sshError(s));
        return h;
    }
    h.session = std::move(session);
    return h;
}

QString changedKeyMessage(const Handshake &h) {
    return Session::tr("REFUSED: the host key of the SSH server %1 has CHANGED. It is now %2 %3, but %4 "
                       "lists %5. Someone may be intercepting the connection (a man in the middle), or "
                       "the server was reinstalled. Nothing was sent. If the change is expected, remove "
                       "the old key (ssh-keygen -R '%1' -f %4) and connect again.")
        .arg(h.question.host, h.question.keyType, h.question.fingerprint, h.question.knownHostsFile,
             h.knownFingerprint.isEmpty() ? Session::tr("another key") : h.knownFingerprint);
}

QString rememberKey(Session &s, const QString &knownHostsFile) {
    const QFileInfo info(knownHostsFile);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Session::tr("could not create %1").arg(info.absolutePath());
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (ssh_session_update_known_hosts(s.s) != SSH_OK)
        return Session::tr("could not write the host key to %1: %2").arg(knownHostsFile, sshError(s.s));
    return {};
}

QString authenticate(Session &s, const Route &route) {
    // Ask what the server accepts first: ssh_userauth_none is also what sends the user name.
    const int none = ssh_userauth_none(s.s, nullptr);
    if (none == SSH_AUTH_SUCCESS)
        return {};
    if (none == SSH_AUTH_ERROR)
        return Session::tr("SSH authentication at %1 failed: %2").arg(s.where, sshError(s.s));
    if (!route.keyFile.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray file = QFile::encodeName(route.keyFile);
        const QByteArray pass = route.keyPassphrase.toUtf8();
        if (!QFileInfo::exists(route.keyFile))
            return Session::tr("SSH key file %1 does not exist").arg(route.keyFile);
        if (ssh_pki_import_privkey_file(file.constData(), pass.isEmpty() ? nullptr : pass.constData(),
                                        nullptr, nullptr, &key) != SSH_OK)
            return Session::tr("could not read the SSH key %1: not a private key, or the passphrase is wrong")
                .arg(route.keyFile);
        const int rc = ssh_userauth_publickey(s.s, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        return Session::tr("SSH authentication at %1 failed: the server refused the key %2")
            .arg(s.where, route.keyFile);
    }
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return Session::tr(
                   "SSH authentication at %1 failed: no key file was given and no ssh-agent is running "
                   "(SSH_AUTH_SOCK is not set)")
            .arg(s.where);
    if (ssh_userauth_agent(s.s, nullptr) == SSH_AUTH_SUCCESS)
        return {};
    return Session::tr("SSH authentication at %1 failed: the server accepted none of the ssh-agent's keys")
        .arg(s.where);
}

ssh_channel openForward(Session &s, const QString &host, int port, QString *error) {
    ssh_channel ch = ssh_channel_new(s.s);
    if (!ch) {
        *error = Session::tr("could not open an SSH channel: %1").arg(sshError(s.s));
        return nullptr;
    }
    const QByteArray h = host.toUtf8();
    if (ssh_channel_open_forward(ch, h.constData(), port, "127.0.0.1", 0) != SSH_OK) {
        *error = Session::tr("the SSH server %1 could not connect to %2:%3: %4")
                     .arg(s.where, host)
                     .arg(port)
                     .arg(sshError(s.s));
        ssh_channel_free(ch);
        return nullptr;
    }
    return ch;
}

} // namespace ssh
