#pragma once

#include "core/serversession.h"
#include "monitor/statementavailability.h"
#include "monitor/statementtracker.h"
#include "pg/connection.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

#include <qcoro/qcorotask.h>

class QWidget;

namespace core {
class Workspace;
}

namespace ui {

// The statements page's actions that change the server: reset all statistics, reset one
// statement, create the extension. Each is confirmed first in a non-modal box that shows
// the exact SQL, the server and the role, and runs on its own read-write connection
// ("pgdba statements"), never on the read-only monitor.
class StatementActions : public QObject {
    Q_OBJECT
public:
    StatementActions(core::Workspace *workspace, QWidget *dialogParent);
    ~StatementActions() override;

    void resetAll(const monitor::StatementAvailability &av, int statementCount);
    void resetOne(const monitor::StatementAvailability &av, const monitor::StatementRow &row);
    void createExtension(const monitor::StatementAvailability &av);

    // The confirmation on screen, if any (tests press its buttons).
    QMessageBox *confirmation() const { return m_box; }
    // The text of each confirmation: what runs, where, as whom, and what it means.
    static QString resetAllText(const monitor::StatementAvailability &av, int count, const QString &server);
    static QString resetOneText(const monitor::StatementAvailability &av, const monitor::StatementRow &row,
                                const QString &server);
    static QString createText(const monitor::StatementAvailability &av, const QString &server);
    // How a role gets the right to reset (none of the reset functions are granted to PUBLIC).
    static QString resetPrivilegeHint(const monitor::StatementAvailability &av);

Q_SIGNALS:
    // what: "reset", "reset-one", "create-extension"
    void finished(const QString &what, bool ok, const QString &message);

private:
    void confirm(const QString &title, const QString &text, const QString &button,
                 std::function<void()> onYes);
    QCoro::Task<void> run(QString what, QString name, QString schema, QVariantList params,
                          QString doneMessage);

    core::Workspace *m_workspace;
    QWidget *m_dialogParent;
    QPointer<QMessageBox> m_box;
    QPointer<pg::Connection> m_conn;
    QPointer<core::ServerSession> m_connSession; // whose server m_conn is connected to
};

} // namespace ui
