#include "reportexport.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "history/store.h"
#include "report/chromium.h"
#include "report/report.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace ui {

ReportExportDialog::ReportExportDialog(core::Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_export(nullptr) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Last hour"), qint64(3600) * 1000);
    m_period->addItem(tr("Last 24 hours"), qint64(86400) * 1000);
    m_period->addItem(tr("Last 7 days"), qint64(7 * 86400) * 1000);
    m_period->addItem(tr("Last 30 days"), qint64(30 * 86400) * 1000);
    m_period->setCurrentIndex(1);
    m_file->setObjectName(QStringLiteral("reportFile"));
    const QString name = workspace->current() ? workspace->current()->profile().displayName() : QString();
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    m_file->setText(QDir::home().filePath(
        QStringLiteral("pgdba-report-%1-%2.html").arg(base, QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a row of a layout has no buddy of its own
    form->addRow(fileLabel, fileRow);
    auto *hint =
        new QLabel(tr("One HTML file with everything inline (charts as SVG): it opens without a network "
                      "and prints as it is. A name ending in .pdf is printed to PDF by Chromium."),
                   this);
    hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("reportExport"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { run(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Export report"), m_file->text(),
                                  tr("HTML report (*.html);;PDF (*.pdf)"));
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        d->open();
    });
}

QCoro::Task<std::optional<QString>> ReportExportDialog::exportReport(core::Workspace *workspace, QString file,
                                                                     qint64 periodMs) {
    QPointer<core::ServerSession> s(workspace->current());
    if (!s || !s->monitor())
        co_return tr("Connect to a server first.");
    report::Options o;
    o.toMs = QDateTime::currentMSecsSinceEpoch();
    o.fromMs = o.toMs - periodMs;
    o.serverName = s->profile().displayName();
    o.serverKey = s->historyKey();
    if (history::Store *store = workspace->history(); store && store->isOpen())
        o.storeConnection = store->database().connectionName();
    const report::ReportData data = co_await report::collect(s->monitor(), o);
    const QString html = report::renderHtml(data);
    const bool pdf = file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    QTemporaryDir tmp;
    const QString htmlFile = pdf ? tmp.filePath(QStringLiteral("report.html")) : file;
    QSaveFile f(htmlFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit())
        co_return tr("Cannot write %1: %2").arg(htmlFile, f.errorString());
    if (pdf) {
        if (auto e = co_await report::Chromium::printToPdf(htmlFile, QFileInfo(file).absoluteFilePath()))
            co_return *e;
    }
    co_return std::nullopt;
}

QCoro::Task<void> ReportExportDialog::run() {
    QPointer<ReportExportDialog> self(this);
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose a file first."));
        co_return;
    }
    m_export->setEnabled(false);
    m_status->setText(tr("Collecting the report…"));
    const auto error = co_await exportReport(m_workspace, file, m_period->currentData().toLongLong());
    if (!self)
        co_return;
    m_export->setEnabled(true);
    if (error) {
        m_status->setText(*error);
        Q_EMIT failed(*error);
        co_return;
    }
    Q_EMIT exported(file);
    accept();
}

} // namespace ui
