#include "core/workspace.h"

#include "history/store.h"

namespace core {

Workspace::Workspace(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles) {}

Workspace::~Workspace() = default;

history::Store *Workspace::history() {
    if (!m_history) {
        m_history = new history::Store(this);
        // A `pgdba record` of the same server into the same store writes those points already.
        m_history->setDeferToRecorders(true);
        if (!m_history->open())
            qWarning("pgdba: history store unavailable: %s", qPrintable(m_history->lastError()));
        else
            m_history->enforceRetention();
    }
    return m_history;
}

void Workspace::setHistory(history::Store *store) {
    m_history = store;
}

QString Workspace::historyConnectionName() {
    history::Store *h = history();
    return h && h->isOpen() ? h->database().connectionName() : QString();
}

QCoro::Task<std::optional<pg::Error>> Workspace::connectProfile(QString profileId, QString password,
                                                                KeySecrets keys) {
    const Profile *p = m_profiles->find(profileId);
    if (!p)
        co_return pg::Error::client(tr("unknown server profile"));
    if (auto *existing = m_sessions.value(profileId);
        existing && existing->state() == pg::Connection::State::Ready) {
        setCurrent(profileId);
        co_return std::nullopt;
    }
    if (auto *old = m_sessions.take(profileId))
        old->deleteLater();
    QPointer<ServerSession> s = new ServerSession(*p, password, this);
    s->setKeySecrets(keys);
    m_sessions.insert(profileId, s);
    connect(s, &ServerSession::stateChanged, this,
            [this, profileId] { Q_EMIT sessionStateChanged(profileId); });
    Q_EMIT sessionStateChanged(profileId);
    auto err = co_await s->open();
    if (!s)
        co_return err;
    if (err) {
        m_errors.insert(profileId, err->message);
        Q_EMIT sessionStateChanged(profileId);
        co_return err;
    }
    m_errors.remove(profileId);
    setCurrent(profileId);
    co_return std::nullopt;
}

void Workspace::disconnectProfile(const QString &profileId) {
    ServerSession *s = m_sessions.take(profileId);
    if (!s)
        return;
    if (m_current == s) {
        m_current = nullptr;
        Q_EMIT currentChanged(nullptr);
    }
    s->monitor()->close();
    s->deleteLater();
    Q_EMIT sessionStateChanged(profileId);
}

void Workspace::setCurrent(const QString &profileId) {
    ServerSession *s = m_sessions.value(profileId);
    if (s == m_current)
        return;
    m_current = s;
    Q_EMIT currentChanged(s);
}

} // namespace core
