#include "alerts/commandhook.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace alerts {

CommandHook::CommandHook(QObject *parent)
    : QObject(parent) {}

CommandHook::~CommandHook() {
    // Children first: a QProcess still running is killed and waited for by its destructor.
    const auto procs = findChildren<QProcess *>();
    for (QProcess *p : procs) {
        p->disconnect(this);
        delete p;
    }
}

void CommandHook::setCommand(const QString &command) {
    m_command = command.trimmed();
    m_args = QProcess::splitCommand(m_command);
    m_program = m_args.isEmpty() ? QString() : m_args.takeFirst();
}

bool CommandHook::run(const QJsonObject &event) {
    if (m_program.isEmpty())
        return false;
    if (m_running >= MaxRunning) {
        Q_EMIT failed(tr("Alert hook %1: %2 runs still busy, event dropped").arg(m_program).arg(m_running));
        return false;
    }
    auto *p = new QProcess(this);
    p->setProgram(m_program);
    p->setArguments(m_args);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    ++m_running;
    auto *timer = new QTimer(p);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, p, [p] { p->kill(); });
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        --m_running;
        const QString error =
            status == QProcess::CrashExit
                ? tr("Alert hook %1 was stopped or crashed").arg(p->program())
                : (code != 0 ? tr("Alert hook %1 exited with %2").arg(p->program()).arg(code) : QString());
        Q_EMIT finished(code, error);
        p->deleteLater();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        --m_running;
        Q_EMIT failed(tr("Alert hook %1 could not start: %2").arg(p->program(), p->errorString()));
        p->deleteLater();
    });
    connect(p, &QProcess::started, p, [p, event] {
        p->write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
        p->closeWriteChannel();
    });
    timer->start(TimeoutMs);
    p->start(QIODevice::ReadWrite);
    return true;
}

} // namespace alerts
