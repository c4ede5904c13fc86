#pragma once

#include "core/profilestore.h"
#include "core/serversession.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace history {
class Store;
}

namespace core {

// The servers the user has (profiles), the ones connected (sessions) and the current one.
// Pages follow currentChanged() and read everything through the current session.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(ProfileStore *profiles, QObject *parent = nullptr);
    ~Workspace() override;

    ProfileStore *profiles() const { return m_profiles; }
    // The local history store (samples, audit log), opened on first use in the application
    // data folder; setHistory() points it elsewhere (tests, a shared QPSQL store).
    history::Store *history();
    void setHistory(history::Store *store);
    // The history store's connection name for readers on a worker (history::onClone); empty when
    // the store is not open.
    QString historyConnectionName();
    ServerSession *current() const { return m_current; }
    ServerSession *session(const QString &profileId) const { return m_sessions.value(profileId); }

    // Connects (or reuses the live session) and makes it current. The error, if any, is
    // also kept per profile so the server list can show it.
    QCoro::Task<std::optional<pg::Error>> connectProfile(QString profileId, QString password = {},
                                                         KeySecrets keys = {});
    void disconnectProfile(const QString &profileId);
    void setCurrent(const QString &profileId);
    QString lastError(const QString &profileId) const { return m_errors.value(profileId); }

Q_SIGNALS:
    void currentChanged(core::ServerSession *session);
    void sessionStateChanged(const QString &profileId);

private:
    ProfileStore *m_profiles;
    QHash<QString, ServerSession *> m_sessions;
    QHash<QString, QString> m_errors;
    QPointer<ServerSession> m_current;
    history::Store *m_history = nullptr;
};

} // namespace core
