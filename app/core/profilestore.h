#pragma once

#include "core/profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>

namespace core {

// Saved servers in QSettings (group "profiles"). Passwords are never written here; the file
// is kept private to its owner (0600).
class ProfileStore : public QObject {
    Q_OBJECT
public:
    // settingsFile empty: the application's default QSettings location.
    explicit ProfileStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    // Adds or replaces (by id; a new id is made when empty). Returns the id, or an empty string
    // when the profile's DSN does not parse (lastError() then has libpq's message): a DSN that
    // cannot be read cannot be stripped of its password reliably, so it is never written.
    QString save(Profile p);
    const QString &lastError() const { return m_lastError; }
    void remove(const QString &id);
    void reload();
    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    void write();
    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
    QString m_lastError;
};

} // namespace core
