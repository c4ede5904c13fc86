#pragma once

#include <QWizardPage>

#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QTableView;
class QTableWidget;
class QGroupBox;
class QPushButton;

namespace migrate {
class MigrationListModel;
}

namespace ui {

class ErrorBanner;
class WizardContext;

// Step 1: the server, the migration folder with each migration's status (applied / pending /
// failed / drift), and what to do: apply up to a version or roll one back. In one-off mode
// (an index from a plan finding) it shows the prefilled SQL and, with HypoPG, the query's
// plan cost with the index as a hypothetical one, before anything is built.
class ChoosePage : public QWizardPage {
    Q_OBJECT
public:
    ChoosePage(WizardContext *context, QWidget *parent = nullptr);
    ~ChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();

private:
    QCoro::Task<void> reload();
    QCoro::Task<void> estimate();
    void fillServers();
    void openFolder();
    void useFolder(const QString &folder);
    void selectionChanged();
    void updatePlan();
    void updateOneOff();

    WizardContext *m_ctx;
    ErrorBanner *m_banner;
    QComboBox *m_server;
    QLabel *m_folder;
    QPushButton *m_builtIn;
    QPushButton *m_open;
    migrate::MigrationListModel *m_model;
    QTableView *m_table;
    QRadioButton *m_up;
    QRadioButton *m_down;
    QLabel *m_plan;
    QLabel *m_facts;
    QGroupBox *m_oneOff;
    QPlainTextEdit *m_upEdit;
    QPlainTextEdit *m_downEdit;
    QTableWidget *m_hypo;
    QLabel *m_hypoNote;
    bool m_loading = false;
};

} // namespace ui
