#include "core/passwordstore.h"

#include <qt6keychain/keychain.h>
#include <qcoro/qcorosignal.h>

namespace core {

namespace {
const QString kService = QStringLiteral("pgdba");
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

bool PasswordStore::keyringReachable()
{
    if (qEnvironmentVariableIsSet("PGDBA_NO_KEYRING"))
        return false;
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QCoro::Task<std::optional<QString>> PasswordStore::read(const QString &profileId)
{
    if (!keyringReachable())
        co_return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(false); // read its result after resuming, then deleteLater()
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError) {
        m_lastError = job->errorString();
        job->deleteLater();
        co_return std::nullopt;
    }
    const QString pw = job->textData();
    job->deleteLater();
    co_return pw;
}

QCoro::Task<bool> PasswordStore::write(const QString &profileId, const QString &password)
{
    if (!keyringReachable()) {
        m_lastError = tr("no keyring is running; the password was not saved");
        co_return false;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(false); // read its result after resuming, then deleteLater()
    job->setInsecureFallback(false); // never fall back to a plain-text file
    job->setKey(profileId);
    job->setTextData(password);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError) {
        m_lastError = job->errorString();
        job->deleteLater();
        co_return false;
    }
    job->deleteLater();
    co_return true;
}

QCoro::Task<bool> PasswordStore::remove(const QString &profileId)
{
    if (!keyringReachable())
        co_return false;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(false); // read its result after resuming, then deleteLater()
    job->setKey(profileId);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    const bool ok = job->error() == QKeychain::NoError;
    job->deleteLater();
    co_return ok;
}

} // namespace core
