#include "report/reportfile.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "history/store.h"
#include "report/chromium.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QTemporaryDir>

namespace report {

QCoro::Task<std::optional<QString>> writeReport(pg::Connection *conn, Options options, QString file,
                                                std::optional<bool> asPdf) {
    const ReportData data = co_await collect(conn, options);
    const QString html = renderHtml(data);
    const bool pdf = asPdf.value_or(file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive));
    QTemporaryDir tmp;
    const QString htmlFile = pdf ? tmp.filePath(QStringLiteral("report.html")) : file;
    {
        QSaveFile f(htmlFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit())
            co_return ReportData::tr("Cannot write %1: %2").arg(htmlFile, f.errorString());
    }
    if (pdf) {
        const QString pdfFile = QFileInfo(file).absoluteFilePath();
        if (auto e = co_await Chromium::printToPdf(htmlFile, pdfFile))
            co_return *e;
    }
    co_return std::nullopt;
}

QCoro::Task<std::optional<QString>> writeReport(core::Workspace *workspace, QString file, qint64 periodMs) {
    QPointer<core::ServerSession> s(workspace->current());
    if (!s || !s->monitor())
        co_return ReportData::tr("Connect to a server first.");
    Options o;
    o.toMs = QDateTime::currentMSecsSinceEpoch();
    o.fromMs = o.toMs - periodMs;
    o.serverName = s->profile().displayName();
    o.serverKey = s->historyKey();
    if (history::Store *store = workspace->history(); store && store->isOpen())
        o.storeConnection = store->database().connectionName();
    const auto error = co_await writeReport(s->monitor(), o, file);
    co_return error;
}

} // namespace report
