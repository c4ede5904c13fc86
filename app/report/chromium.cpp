#include "report/chromium.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <qcoro/qcoroprocess.h>

#include <unistd.h>

namespace report {

QString Chromium::path() {
    const QString given = qEnvironmentVariable("PGDBA_CHROMIUM");
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"})
        if (const QString p = QStandardPaths::findExecutable(QString::fromLatin1(name)); !p.isEmpty())
            return p;
    return {};
}

QStringList Chromium::baseArguments(const QString &profileDir) {
    QStringList a{QStringLiteral("--headless"),           QStringLiteral("--disable-gpu"),
                  QStringLiteral("--no-first-run"),       QStringLiteral("--no-default-browser-check"),
                  QStringLiteral("--disable-extensions"), QStringLiteral("--user-data-dir=") + profileDir};
    if (::geteuid() == 0)
        a << QStringLiteral("--no-sandbox"); // Chromium refuses to run as root with its sandbox
    return a;
}

QCoro::Task<std::optional<QString>> Chromium::printToPdf(QString htmlFile, QString pdfFile) {
    const QString browser = path();
    if (browser.isEmpty())
        co_return tr("PDF needs Chromium to print the report: install it (sudo apt install chromium) or "
                     "write HTML and print it from a browser.");
    QTemporaryDir profile;
    if (!profile.isValid())
        co_return tr("could not make a temporary folder for Chromium");
    QProcess p;
    p.setProgram(browser);
    p.setArguments(baseArguments(profile.path())
                   << QStringLiteral("--no-pdf-header-footer") << QStringLiteral("--print-to-pdf=") + pdfFile
                   << QUrl::fromLocalFile(QFileInfo(htmlFile).absoluteFilePath()).toString());
    p.setProcessChannelMode(QProcess::MergedChannels);
    auto cp = qCoro(p);
    if (!co_await cp.start(QIODevice::ReadOnly, std::chrono::seconds(10)))
        co_return tr("Chromium (%1) did not start: %2").arg(browser, p.errorString());
    const bool finished = co_await cp.waitForFinished(std::chrono::seconds(120));
    if (!finished) {
        p.kill();
        co_await cp.waitForFinished(std::chrono::seconds(5));
        co_return tr("Chromium did not finish printing within 2 minutes");
    }
    const QByteArray log = p.readAll();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFileInfo(pdfFile).isFile() ||
        QFileInfo(pdfFile).size() == 0)
        co_return tr("Chromium could not print the report (exit %1): %2")
            .arg(p.exitCode())
            .arg(QString::fromLocal8Bit(log.right(400)).trimmed());
    co_return std::nullopt;
}

} // namespace report
