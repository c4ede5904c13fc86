#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <qcoro/qcorotask.h>

namespace report {

// Headless Chromium (Debian's `chromium`) as a renderer: the report's PDF, and the tests' check
// that a report loads in a real browser. Runs as a child process; awaiting never blocks.
class Chromium {
    Q_DECLARE_TR_FUNCTIONS(report::Chromium)
public:
    // The browser's path (chromium, chromium-browser, google-chrome; $PGDBA_CHROMIUM first), or empty.
    static QString path();
    // The arguments every run gets: headless, no GPU, a throw-away profile, no sandbox as root.
    static QStringList baseArguments(const QString &profileDir);
    // Prints htmlFile to pdfFile (A4, no header/footer). An error message, or nullopt.
    static QCoro::Task<std::optional<QString>> printToPdf(QString htmlFile, QString pdfFile);
};

} // namespace report
