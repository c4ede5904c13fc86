#pragma once

#include <QDialog>
#include <QString>

#include <optional>
#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace core {
class Workspace;
}

namespace ui {

// Server → Export report…: the period and the file (HTML, or PDF when it ends in .pdf), then
// the same report as `pgdba report`, collected through the current server's connection and the
// window's history store. The dialog stays open, with a progress line, until the file is
// written; nothing waits on the GUI thread.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportExportDialog(core::Workspace *workspace, QWidget *parent = nullptr);
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *periodBox() const { return m_period; }

Q_SIGNALS:
    void exported(const QString &file);
    void failed(const QString &message);

private:
    QCoro::Task<void> run();

    core::Workspace *m_workspace;
    QComboBox *m_period;
    QLineEdit *m_file;
    QLabel *m_status;
    QPushButton *m_export;
};

} // namespace ui
