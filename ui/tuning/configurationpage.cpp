#include "tuning/configurationpage.h"

#include "core/workspace.h"
#include "monitor/poller.h"
#include "tuning/advisor.h"
#include "tuning/applier.h"
#include "tuning/applydialog.h"
#include "tuning/inputsform.h"
#include "tuning/script.h"
#include "tuning/settingsmodel.h"
#include "tuning/settingsviewproxy.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
QPlainTextEdit *codeView(const QString &name, QWidget *parent) {
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}
} // namespace

ConfigurationPage::ConfigurationPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_poller(new monitor::Poller(this))
    , m_banner(new ErrorBanner(this))
    , m_inputs(new InputsForm(this))
    , m_evidence(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_model(new tuning::SettingsModel(this))
    , m_proxy(new SettingsViewProxy(this))
    , m_table(new QTableView(this))
    , m_onlyChanges(new QCheckBox(tr("Only settings that differ"), this))
    , m_outputs(new QTabWidget(this))
    , m_script(codeView(QStringLiteral("alterSystemScript"), this))
    , m_conf(codeView(QStringLiteral("confSnippet"), this))
    , m_result(codeView(QStringLiteral("applyResult"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Save conf.d snippet…"), this))
    , m_apply(new QPushButton(tr("Apply…"), this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);

    auto *evidenceBox = new QGroupBox(tr("Evidence from the server's counters"), this);
    auto *evLayout = new QVBoxLayout(evidenceBox);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    evLayout->addWidget(m_evidence);
    auto *top = new QHBoxLayout;
    top->addWidget(m_inputs, 0);
    top->addWidget(evidenceBox, 1);
    layout->addLayout(top);

    auto *bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("summary"));
    bar->addWidget(m_summary, 1);
    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));
    bar->addWidget(m_onlyChanges);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(tuning::SettingsModel::NameColumn, 250);
    m_table->setColumnWidth(tuning::SettingsModel::CurrentColumn, 110);
    m_table->setColumnWidth(tuning::SettingsModel::RecommendedColumn, 110);
    m_table->setColumnWidth(tuning::SettingsModel::TakesColumn, 140);
    m_table->setColumnWidth(tuning::SettingsModel::SourceColumn, 120);
    m_table->setColumnWidth(tuning::SettingsModel::StatusColumn, 110);

    m_outputs->setObjectName(QStringLiteral("outputs"));
    m_outputs->addTab(m_script, tr("ALTER SYSTEM script"));
    m_outputs->addTab(m_conf, tr("conf.d snippet"));
    m_outputs->addTab(m_result, tr("Apply result"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_outputs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_save->setObjectName(QStringLiteral("saveSnippet"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setToolTip(
        tr("ALTER SYSTEM for the checked settings, then pg_reload_conf(), on a separate connection"));
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_inputs, &InputsForm::changed, this, &ConfigurationPage::rebuild);
    connect(m_onlyChanges, &QCheckBox::toggled, m_proxy, &SettingsViewProxy::setOnlyChanges);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConfigurationPage::updateSummary);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const auto *view = qobject_cast<QPlainTextEdit *>(m_outputs->currentWidget());
        QApplication::clipboard()->setText((view ? view : m_script)->toPlainText());
    });
    connect(m_save, &QPushButton::clicked, this, &ConfigurationPage::saveSnippet);
    connect(m_apply, &QPushButton::clicked, this, &ConfigurationPage::askToApply);

    m_poller->setInterval(30000);
    m_poller->setJob([this](quint64 gen) { return load(gen); });
    connect(workspace, &core::Workspace::currentChanged, this, &ConfigurationPage::serverChanged);
    rebuild();
}

ConfigurationPage::~ConfigurationPage() = default;

void ConfigurationPage::setActive(bool active) {
    Page::setActive(active);
    m_poller->setActive(active);
}

void ConfigurationPage::refresh() {
    reload();
}

void ConfigurationPage::reload() {
    // A load in flight is out of date: invalidate() drops it and lets a new one start at once.
    m_poller->invalidate();
    m_poller->refreshNow();
}

void ConfigurationPage::serverChanged() {
    m_poller->invalidate();
    m_live = {};
    m_haveLive = false;
    if (m_tuningConnection)
        m_tuningConnection->deleteLater();
    m_tuningConnection = nullptr;
    m_inputs->setServerMajor(0);
    m_banner->clear();
    rebuild();
    if (isActive())
        m_poller->refreshNow();
}

QCoro::Task<void> ConfigurationPage::load(quint64 gen) {
    QPointer<ConfigurationPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady())
        co_return;
    tuning::LiveState live = co_await tuning::loadLiveState(s->monitor());
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (live.error) {
        m_banner->showError(*live.error, s->facts().role);
        co_return;
    }
    if (!m_applying)
        m_banner->clear();
    m_live = std::move(live);
    m_haveLive = true;
    m_inputs->setServerMajor(m_live.versionNum / 10000); // rebuilds through changed() when it differs
    rebuild();
    markDataArrived();
}

void ConfigurationPage::rebuild() {
    const tuning::Inputs in = m_inputs->inputs();
    const QString preload = m_live.settings.value(QStringLiteral("shared_preload_libraries")).setting;
    const auto diffs = tuning::diffSettings(tuning::recommend(in, preload), m_live.settings);
    m_model->setDiffs(diffs, m_live.evidence);
    m_script->setPlainText(tuning::alterSystemScript(diffs, in, m_haveLive));
    m_conf->setPlainText(tuning::confSnippet(diffs, in, m_haveLive));
    updateSummary();
    if (m_haveLive && !m_columnsSized) {
        // Fit the short columns to their contents once, so the reasons get the rest.
        m_columnsSized = true;
        const QList<QPair<int, int>> caps = {
            {tuning::SettingsModel::NameColumn, 280},        {tuning::SettingsModel::CurrentColumn, 130},
            {tuning::SettingsModel::RecommendedColumn, 130}, {tuning::SettingsModel::TakesColumn, 160},
            {tuning::SettingsModel::SourceColumn, 140},      {tuning::SettingsModel::StatusColumn, 130}};
        for (const auto &[column, cap] : caps) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 8, cap));
        }
    }
    updateEvidence();
}

void ConfigurationPage::updateSummary() {
    const auto &diffs = m_model->diffs();
    int restart = 0;
    for (const auto &d : diffs)
        restart += d.live && d.differs && d.takes == tuning::Takes::Restart ? 1 : 0;
    if (m_haveLive)
        m_summary->setText(
            tr("%1 recommended settings: %2 differ from the server (%3 of them need a restart), "
               "%4 checked for Apply, %5 pending restart.")
                .arg(diffs.size())
                .arg(m_model->changeCount())
                .arg(restart)
                .arg(m_model->checkedChanges().size())
                .arg(m_model->pendingRestartCount()));
    else
        m_summary->setText(
            tr("%1 recommended settings for %2. Connect to a server to compare them with pg_settings.")
                .arg(diffs.size())
                .arg(tuning::describe(m_inputs->inputs())));
    m_apply->setEnabled(m_haveLive && !m_applying && !m_model->checkedChanges().isEmpty());
}

void ConfigurationPage::updateEvidence() {
    const QStringList lines = tuning::evidenceLines(m_live.evidence);
    if (lines.isEmpty()) {
        m_evidence->setText(tr(
            "Connect to a server to see its temporary files, checkpoints, cache hit ratio and connections."));
        return;
    }
    const QStringList labels = {tr("work_mem"), tr("max_wal_size"), tr("shared_buffers"),
                                tr("max_connections")};
    QString html;
    for (int i = 0; i < lines.size(); ++i)
        html += QStringLiteral("<b>%1</b>: %2<br>")
                    .arg(labels.value(i).toHtmlEscaped(), lines.at(i).toHtmlEscaped());
    m_evidence->setText(html);
}

void ConfigurationPage::askToApply() {
    const QList<tuning::SettingDiff> changes = m_model->checkedChanges();
    core::ServerSession *s = session();
    if (changes.isEmpty() || !s || m_applying) {
        m_banner->showMessage(tr("Nothing to apply: check the settings to change in the table."),
                              ErrorBanner::Level::Info);
        return;
    }
    QString warning;
    if (!s->facts().superuser)
        warning = tr("Role \"%1\" is not a superuser: ALTER SYSTEM will be refused unless it was granted "
                     "ALTER SYSTEM "
                     "on each of these parameters.")
                      .arg(s->facts().role);
    auto *dialog = new ApplyDialog(tuning::applyPreview(changes), warning, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<tuning::Recommendation> recs;
    for (const auto &d : changes)
        recs << d.rec;
    connect(dialog, &QDialog::accepted, this, [this, recs] { QCoro::connect(apply(recs), this, [] {}); });
    dialog->open();
}

QCoro::Task<void> ConfigurationPage::apply(QList<tuning::Recommendation> changes) {
    QPointer<ConfigurationPage> self(this);
    core::ServerSession *s = session();
    if (!s)
        co_return;
    m_applying = true;
    m_apply->setEnabled(false);
    m_banner->showMessage(tr("Applying %n setting(s)…", nullptr, int(changes.size())),
                          ErrorBanner::Level::Info);
    if (!m_tuningConnection || !m_tuningConnection->isReady()) {
        if (m_tuningConnection)
            m_tuningConnection->deleteLater();
        pg::Connection *c = co_await s->openConnection(QStringLiteral("tuning"), this);
        if (!self)
            co_return; // c was a child of the page and is gone with it
        m_tuningConnection = c;
    }
    if (!m_tuningConnection->isReady()) {
        m_applying = false;
        m_banner->showError(pg::Error::connection(m_tuningConnection->lastError()), s->facts().role);
        rebuild();
        co_return;
    }
    const tuning::ApplyOutcome outcome = co_await tuning::applySettings(m_tuningConnection, changes);
    if (!self)
        co_return;
    m_applying = false;
    showOutcome(outcome);
    reload();
}

void ConfigurationPage::showOutcome(const tuning::ApplyOutcome &outcome) {
    QStringList lines;
    for (const auto &a : outcome.settings) {
        QString state = !a.ok              ? tr("failed: %1").arg(a.error)
                        : a.pendingRestart ? tr("waits for a restart")
                        : a.inEffect       ? tr("in effect (%1)").arg(a.nowShown)
                                           : tr("written; applies to new sessions");
        lines << (a.statement.isEmpty() ? a.name : a.statement) + QStringLiteral("   -- ") + state;
    }
    const QString summary = outcome.summary();
    m_result->setPlainText(
        lines.isEmpty() ? summary : lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + summary);
    m_outputs->setCurrentWidget(m_result);
    if (!outcome.refusal.isEmpty())
        m_banner->showMessage(outcome.refusal, ErrorBanner::Level::Error);
    else if (outcome.error)
        m_banner->showError(*outcome.error, session() ? session()->facts().role : QString());
    else if (!outcome.failed().isEmpty())
        m_banner->showMessage(summary, ErrorBanner::Level::Warning);
    else
        m_banner->showMessage(summary, ErrorBanner::Level::Info);
    rebuild();
    Q_EMIT applyFinished(summary);
}

void ConfigurationPage::saveSnippet() {
    auto *dialog = new QFileDialog(this, tr("Save conf.d snippet"), QStringLiteral("50-pgdba-tuning.conf"),
                                   tr("Configuration files (*.conf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = m_conf->toPlainText();
    connect(dialog, &QFileDialog::fileSelected, this, [this, text](const QString &file) {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
            m_banner->showMessage(tr("Could not write %1: %2").arg(file, f.errorString()));
            return;
        }
        m_banner->showMessage(tr("Saved %1.").arg(file), ErrorBanner::Level::Info);
    });
    dialog->open();
}

} // namespace ui
