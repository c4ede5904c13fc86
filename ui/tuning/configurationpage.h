#pragma once

#include "page.h"
#include "pageids.h"
#include "tuning/livestate.h"
#include "tuning/recommendation.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace monitor {
class Poller;
}
namespace pg {
class Connection;
}
namespace tuning {
class SettingsModel;
struct ApplyOutcome;
} // namespace tuning

namespace ui {

class ErrorBanner;
class InputsForm;
class SettingsViewProxy;

// The configuration advisor: inputs (RAM, CPUs, storage, workload, connections, version),
// the recommended settings next to the server's pg_settings with the counters that support
// them, the ALTER SYSTEM script and conf.d snippet, and Apply on its own connection.
class ConfigurationPage : public Page {
    Q_OBJECT
public:
    explicit ConfigurationPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~ConfigurationPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Configuration); }
    QString title() const override { return tr("Configuration"); }
    void setActive(bool active) override;
    void refresh() override;

    tuning::SettingsModel *model() const { return m_model; }
    bool isApplying() const { return m_applying; }

Q_SIGNALS:
    void applyFinished(const QString &summary);

private:
    QCoro::Task<void> load(quint64 generation);
    QCoro::Task<void> apply(QList<tuning::Recommendation> changes);
    void rebuild();
    void updateEvidence();
    void updateSummary();
    void askToApply();
    void showOutcome(const tuning::ApplyOutcome &outcome);
    void saveSnippet();
    void serverChanged();
    void reload(); // now, or right after the load in flight (whose result is dropped)

    monitor::Poller *m_poller;
    ErrorBanner *m_banner;
    InputsForm *m_inputs;
    QLabel *m_evidence;
    QLabel *m_summary;
    tuning::SettingsModel *m_model;
    SettingsViewProxy *m_proxy;
    QTableView *m_table;
    QCheckBox *m_onlyChanges;
    QTabWidget *m_outputs;
    QPlainTextEdit *m_script;
    QPlainTextEdit *m_conf;
    QPlainTextEdit *m_result;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_apply;
    tuning::LiveState m_live;
    bool m_haveLive = false;
    bool m_applying = false;
    bool m_columnsSized = false;
    QPointer<pg::Connection> m_tuningConnection;
};

} // namespace ui
