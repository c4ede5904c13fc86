#pragma once

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace ui {

// Confirmation before Apply: exactly the statements that will run, what waits for a
// restart, and a warning when the role may not be allowed. Opened with open(), never exec().
class ApplyDialog : public QDialog {
    Q_OBJECT
public:
    ApplyDialog(const QString &preview, const QString &warning, QWidget *parent = nullptr);
    ~ApplyDialog() override;
    QString previewText() const;

private:
    QPlainTextEdit *m_preview;
    QLabel *m_warning;
};

} // namespace ui
