#include "core/profilestore.h"

#include <QFile>
#include <QUuid>

namespace core {

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)) {
    reload();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const {
    return m_settings->fileName();
}

void ProfileStore::reload() {
    m_profiles.clear();
    const int n = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.group = m_settings->value(QStringLiteral("group")).toString();
        p.host = m_settings->value(QStringLiteral("host")).toString();
        p.port = m_settings->value(QStringLiteral("port")).toInt();
        p.dbname = m_settings->value(QStringLiteral("dbname")).toString();
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.sslmode = m_settings->value(QStringLiteral("sslmode")).toString();
        p.connectTimeoutS = m_settings->value(QStringLiteral("connect_timeout"), 10).toInt();
        p.dsn = m_settings->value(QStringLiteral("dsn")).toString();
        p.sslrootcert = m_settings->value(QStringLiteral("sslrootcert")).toString();
        p.sslcert = m_settings->value(QStringLiteral("sslcert")).toString();
        p.sslkey = m_settings->value(QStringLiteral("sslkey")).toString();
        p.sslcrl = m_settings->value(QStringLiteral("sslcrl")).toString();
        p.sslMinProtocol = m_settings->value(QStringLiteral("ssl_min_protocol_version")).toString();
        p.sshHost = m_settings->value(QStringLiteral("ssh_host")).toString();
        p.sshUser = m_settings->value(QStringLiteral("ssh_user")).toString();
        p.sshKeyFile = m_settings->value(QStringLiteral("ssh_key")).toString();
        p.sshJump = m_settings->value(QStringLiteral("ssh_jump")).toString();
        p.sshPort = m_settings->value(QStringLiteral("ssh_port"), 22).toInt();
        if (!p.id.isEmpty())
            m_profiles << p;
    }
    m_settings->endArray();
}

void ProfileStore::write() {
    m_settings->remove(QStringLiteral("profiles"));
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("group"), p.group);
        m_settings->setValue(QStringLiteral("host"), p.host);
        m_settings->setValue(QStringLiteral("port"), p.port);
        m_settings->setValue(QStringLiteral("dbname"), p.dbname);
        m_settings->setValue(QStringLiteral("user"), p.user);
        m_settings->setValue(QStringLiteral("sslmode"), p.sslmode);
        m_settings->setValue(QStringLiteral("connect_timeout"), p.connectTimeoutS);
        m_settings->setValue(QStringLiteral("sslrootcert"), p.sslrootcert);
        m_settings->setValue(QStringLiteral("sslcert"), p.sslcert);
        m_settings->setValue(QStringLiteral("sslkey"), p.sslkey);
        m_settings->setValue(QStringLiteral("sslcrl"), p.sslcrl);
        m_settings->setValue(QStringLiteral("ssl_min_protocol_version"), p.sslMinProtocol);
        m_settings->setValue(QStringLiteral("ssh_host"), p.sshHost);
        m_settings->setValue(QStringLiteral("ssh_user"), p.sshUser);
        m_settings->setValue(QStringLiteral("ssh_key"), p.sshKeyFile);
        m_settings->setValue(QStringLiteral("ssh_jump"), p.sshJump);
        m_settings->setValue(QStringLiteral("ssh_port"), p.sshPort);
        // A password typed into a URI or conninfo string is stripped here, always.
        m_settings->setValue(QStringLiteral("dsn"), pg::ConnInfo(p.dsn).withoutPassword().dsn());
    }
    m_settings->endArray();
    m_settings->sync();
    QFile::setPermissions(m_settings->fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

const Profile *ProfileStore::find(const QString &id) const {
    for (const auto &p : m_profiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString ProfileStore::save(Profile p) {
    m_lastError = pg::ConnInfo(p.dsn).validate();
    if (!m_lastError.isEmpty()) {
        m_lastError = tr("The connection string cannot be read, so it was not saved: %1").arg(m_lastError);
        return {};
    }
    if (!p.sshJump.trimmed().isEmpty()) {
        QString bad;
        if (!ssh::Route().setJump(p.sshJump, &bad)) {
            m_lastError = tr("The jump host cannot be read, so the server was not saved: %1").arg(bad);
            return {};
        }
    }
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.dsn = pg::ConnInfo(p.dsn).withoutPassword().dsn();
    bool replaced = false;
    for (auto &existing : m_profiles)
        if (existing.id == p.id) {
            existing = p;
            replaced = true;
        }
    if (!replaced)
        m_profiles << p;
    write();
    Q_EMIT changed();
    return p.id;
}

void ProfileStore::remove(const QString &id) {
    m_profiles.removeIf([&](const Profile &p) { return p.id == id; });
    write();
    Q_EMIT changed();
}

} // namespace core
