#include "reportexport.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "report/reportfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>

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

QCoro::Task<void> ReportExportDialog::run() {
    QPointer<ReportExportDialog> self(this);
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose a file first."));
        co_return;
    }
    m_export->setEnabled(false);
    m_status->setText(tr("Collecting the report…"));
    const qint64 period = m_period->currentData().toLongLong();
    const auto error = co_await report::writeReport(m_workspace, file, period);
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
