#pragma once

#include "core/profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>

namespace core {

// Saved servers in QSettings (group "profiles"). Passwords are never written here.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    // settingsFile empty: the application's default QSettings location.
    explicit ProfileStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    // Adds or replaces (by id; a new id is made when empty). Returns the id.
    QString save(Profile p);
    void remove(const QString &id);
    void reload();
    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    void write();
    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
};

} // namespace core
