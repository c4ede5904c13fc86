#include "core/passwordstore.h"

#include <qt6keychain/keychain.h>

#include <coroutine>

namespace core {

namespace {
const QString kService = QStringLiteral("pgdba");

// co_await JobFinished{job}: resumes once the job has finished. (QCoro 0.8's qCoro(signal)
// awaiter reads its own frame after resuming us, which ASan reports as use-after-free.)
struct JobFinished {
    QKeychain::Job *job;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) const {
        QObject::connect(
            job, &QKeychain::Job::finished, job, [h] { h.resume(); }, Qt::SingleShotConnection);
    }
    void await_resume() const noexcept {}
};
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent) {}

bool PasswordStore::keyringReachable() {
    if (qEnvironmentVariableIsSet("PGDBA_NO_KEYRING"))
        return false;
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QCoro::Task<std::optional<QString>> PasswordStore::read(const QString &profileId) {
    if (!keyringReachable())
        co_return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(false); // read its result after resuming, then deleteLater()
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->start();
    co_await JobFinished{job};
    if (job->error() != QKeychain::NoError) {
        m_lastError = job->errorString();
        job->deleteLater();
        co_return std::nullopt;
    }
    const QString pw = job->textData();
    job->deleteLater();
    co_return pw;
}

QCoro::Task<bool> PasswordStore::write(const QString &profileId, const QString &password) {
    if (!keyringReachable()) {
        m_lastError = tr("no keyring is running; the password was not saved");
        co_return false;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(false);       // read its result after resuming, then deleteLater()
    job->setInsecureFallback(false); // never fall back to a plain-text file
    job->setKey(profileId);
    job->setTextData(password);
    job->start();
    co_await JobFinished{job};
    if (job->error() != QKeychain::NoError) {
        m_lastError = job->errorString();
        job->deleteLater();
        co_return false;
    }
    job->deleteLater();
    co_return true;
}

QCoro::Task<bool> PasswordStore::remove(const QString &profileId) {
    if (!keyringReachable())
        co_return false;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(false); // read its result after resuming, then deleteLater()
    job->setKey(profileId);
    job->start();
    co_await JobFinished{job};
    const bool ok = job->error() == QKeychain::NoError;
    job->deleteLater();
    co_return ok;
}

} // namespace core
