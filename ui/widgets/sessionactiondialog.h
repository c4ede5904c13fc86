#pragma once

#include "monitor/sessioncontrol.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace ui {

// The confirmation for cancel/terminate: lists every session (pid, user, application, state,
// duration, query head) and says plainly what the action does; then shows each outcome.
// Non-modal: show with open(); the caller reacts to confirmed() and calls showOutcomes().
class SessionActionDialog : public QDialog {
    Q_OBJECT
public:
    SessionActionDialog(const QList<monitor::SessionTarget> &targets, monitor::SessionAction action,
                        QWidget *parent = nullptr);
    ~SessionActionDialog() override;

    void showOutcomes(const QList<monitor::SessionOutcome> &outcomes);
    // Optional lines above the session list, e.g. what releasing a root blocker frees.
    void setIntro(const QString &text);
    QString intro() const;
    QString text() const;
    bool escalate() const;
    int escalateAfterS() const;

Q_SIGNALS:
    // escalateAfterS > 0: cancel, then terminate whoever still runs the same statement.
    void confirmed(monitor::SessionAction action, int escalateAfterS);

private:
    void updateText();
    QList<monitor::SessionTarget> m_targets;
    monitor::SessionAction m_action;
    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QCheckBox *m_escalate = nullptr;
    QSpinBox *m_grace = nullptr;
    QTreeWidget *m_outcomes;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
