#include "migrate/summarypage.h"

#include "migrate/exporter.h"
#include "migrate/wizardcontext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

namespace {
bool writeFile(const QString &path, const QString &text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}
} // namespace

SummaryPage::SummaryPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_text(new QTextBrowser(this))
    , m_sql(new QPushButton(tr("Export plain SQL…"), this))
    , m_alembic(new QPushButton(tr("Export Alembic revision…"), this))
    , m_save(new QPushButton(tr("Save as migration files…"), this)) {
    setTitle(tr("Summary"));
    setSubTitle(tr("What changed."));
    setFinalPage(true);
    m_text->setObjectName(QStringLiteral("summary"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sql);
    row->addWidget(m_alembic);
    row->addWidget(m_save);
    row->addStretch();
    layout->addLayout(row);
    connect(m_sql, &QPushButton::clicked, this, [this] { chooseFolder(QStringLiteral("sql")); });
    connect(m_alembic, &QPushButton::clicked, this, [this] { chooseFolder(QStringLiteral("alembic")); });
    connect(m_save, &QPushButton::clicked, this, [this] { chooseFolder(QStringLiteral("files")); });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage() {
    const auto &r = m_ctx->result;
    const QLocale loc;
    QString html;
    const bool up = m_ctx->plan.direction == migrate::Direction::Up;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(r.ok ? (up ? tr("Applied") : tr("Rolled back"))
                          : (r.cancelled ? tr("Cancelled") : tr("Failed")));
    html += QStringLiteral("<p>%1</p>").arg(m_ctx->serverText().toHtmlEscaped());
    if (!r.ok)
        html += QStringLiteral("<p><b>%1</b></p>").arg(r.error.toHtmlEscaped());
    for (const auto &m : r.migrations) {
        html += QStringLiteral("<p><b>%1</b> — %2, %3 s</p><ul>")
                    .arg(m.migration.title().toHtmlEscaped(),
                         m.ok() ? (m.migration.oneOff ? tr("done (one-off, not recorded)")
                                                      : (up ? tr("applied and recorded")
                                                            : tr("rolled back, record removed")))
                                : tr("not recorded"),
                         loc.toString(m.durationMs / 1000.0, 'f', 1));
        for (const auto &v : m.indexes)
            html +=
                QStringLiteral("<li>%1 on %2: %3</li>")
                    .arg(v.name.toHtmlEscaped(), QString(v.table).remove(QLatin1Char('"')).toHtmlEscaped(),
                         v.verdict().toHtmlEscaped());
        for (const QString &c : m.cleanedUp)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("INVALID index %1 dropped after the failed build").arg(c).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    const QList<migrate::PlanComparison> cmp = migrate::HotQueries::compare(m_ctx->before, m_ctx->after);
    int improved = 0;
    QString plans;
    for (const auto &c : cmp) {
        if (!c.after.available)
            continue;
        improved += c.improved() ? 1 : 0;
        plans += QStringLiteral("<li>%1: %2</li>")
                     .arg(c.before.title.toHtmlEscaped(), c.verdict().toHtmlEscaped());
    }
    if (!plans.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                .arg(
                    tr("Plans: %n of %1 queries faster or off a Seq Scan", nullptr, improved).arg(cmp.size()),
                    plans);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("lock_timeout %1 s for every statement of the run.").arg(m_ctx->lockTimeoutMs / 1000));
    m_text->setHtml(html);
    m_save->setVisible(m_ctx->oneOff.has_value());
    m_sql->setEnabled(!m_ctx->plan.isEmpty());
    m_alembic->setEnabled(!m_ctx->plan.isEmpty());
}

QString SummaryPage::summaryText() const {
    return m_text->toPlainText();
}

QStringList SummaryPage::exportTo(const QString &folder, const QString &kind) const {
    QStringList written;
    const QDir dir(folder);
    for (const auto &m : m_ctx->plan.migrations) {
        if (kind == QLatin1String("alembic")) {
            const QString path = dir.filePath(migrate::Exporter::fileName(m, kind));
            if (writeFile(path,
                          migrate::Exporter::alembicRevision(m, m_ctx->catalog.previousVersion(m.version))))
                written << path;
        } else if (kind == QLatin1String("files")) {
            // A one-off gets a timestamp as its version, so any migration folder can take it.
            const QString version =
                m.oneOff ? QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmm")) : m.version;
            const QString base = dir.filePath(version + QLatin1Char('_') + m.name);
            if (writeFile(base + QStringLiteral(".up.sql"), m.upSql) &&
                writeFile(base + QStringLiteral(".down.sql"), m.downSql))
                written << base + QStringLiteral(".up.sql") << base + QStringLiteral(".down.sql");
        } else {
            for (const auto d : {migrate::Direction::Up, migrate::Direction::Down}) {
                if (d == migrate::Direction::Down && !m.hasDown())
                    continue;
                const QString path = dir.filePath(migrate::Exporter::fileName(
                    m, d == migrate::Direction::Up ? QStringLiteral("up") : QStringLiteral("down")));
                if (writeFile(path, migrate::Exporter::plainSql(m, d)))
                    written << path;
            }
        }
    }
    return written;
}

void SummaryPage::chooseFolder(const QString &kind) {
    auto *d = new QFileDialog(this, tr("Export to folder"));
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this, kind](const QString &folder) {
        const QStringList files = exportTo(folder, kind);
        m_text->append(files.isEmpty() ? tr("Nothing written to %1.").arg(folder)
                                       : tr("Written: %1").arg(files.join(QStringLiteral(", "))));
    });
    d->open();
}

} // namespace ui
