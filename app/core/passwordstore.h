#pragma once

#include <QObject>
#include <QString>

#include <optional>

#include <qcoro/qcorotask.h>

namespace core {

// Passwords in the system keyring (Secret Service / KWallet) through QtKeychain.
// With no keyring running, nothing is stored: libpq's ~/.pgpass, pg_service.conf and
// PGPASSWORD still work, and the connect dialog asks.
class PasswordStore : public QObject {
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    // False when no D-Bus session bus is there to reach a keyring (checked without waiting).
    static bool keyringReachable();
    QCoro::Task<std::optional<QString>> read(const QString &profileId);
    // True when stored; false (with lastError()) when no keyring took it.
    QCoro::Task<bool> write(const QString &profileId, const QString &password);
    QCoro::Task<bool> remove(const QString &profileId);
    QString lastError() const { return m_lastError; }

private:
    QString m_lastError;
};

} // namespace core
