#pragma once

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace ui {

class WizardContext;

// Step 6: what changed, in words: migrations applied or rolled back, indexes with sizes,
// durations, clean-ups, plan changes, recorded versions; exports of what ran.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    SummaryPage(WizardContext *context, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;
    QString summaryText() const;
    // Writes the plan's migrations to a folder (plain SQL, Alembic revision, or for a one-off
    // the NNN_name.up/down.sql pair); returns the files written.
    QStringList exportTo(const QString &folder, const QString &kind) const;

private:
    void chooseFolder(const QString &kind);

    WizardContext *m_ctx;
    QTextBrowser *m_text;
    QPushButton *m_sql;
    QPushButton *m_alembic;
    QPushButton *m_save;
};

} // namespace ui
