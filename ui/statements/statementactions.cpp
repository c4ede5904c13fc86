#include "statements/statementactions.h"

#include "core/workspace.h"
#include "monitor/statementmodel.h"
#include "monitor/statementsampler.h"
#include "monitor/statementscollector.h"
#include "pg/connection.h"
#include "widgets/errorbanner.h"

#include <QMessageBox>
#include <QPushButton>

namespace ui {

StatementActions::StatementActions(core::Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent) {}

StatementActions::~StatementActions() = default;

QString StatementActions::resetPrivilegeHint(const monitor::StatementAvailability &av) {
    return tr("Role \"%1\" may not run pg_stat_statements_reset(). A superuser can allow it: GRANT EXECUTE "
              "ON "
              "FUNCTION %2.pg_stat_statements_reset TO %3;")
        .arg(av.role, monitor::StatementAvailability::sqlName(av.extSchema),
             monitor::StatementAvailability::sqlName(av.role));
}

QString StatementActions::resetAllText(const monitor::StatementAvailability &av, int count,
                                       const QString &server) {
    return tr("pgdba will run, on %1 as role \"%2\":\n\n    SELECT %3.pg_stat_statements_reset();\n\n"
              "The counters of all %4 statements pg_stat_statements tracks, in every database and for every "
              "role, are discarded and start again from zero%5. Everyone looking at these statistics (other "
              "tools, other DBAs) loses them too. Samples pgdba already stored in its history stay.")
        .arg(server, av.role, monitor::StatementAvailability::sqlName(av.extSchema))
        .arg(count)
        .arg(av.serverVersionNum >= 140000 ? tr(" (pg_stat_statements_info.stats_reset records the time)")
                                           : QString());
}

QString StatementActions::resetOneText(const monitor::StatementAvailability &av,
                                       const monitor::StatementRow &row, const QString &server) {
    const auto &k = row.totals.key;
    return tr("pgdba will run, on %1 as role \"%2\":\n\n    SELECT %3.pg_stat_statements_reset(%4, %5, "
              "%6);\n\n"
              "This discards the counters of one statement (user \"%7\", database \"%8\"):\n\n    %9\n\n"
              "%10 calls and %11 of execution time are forgotten; other statements keep theirs.")
        .arg(server, av.role, monitor::StatementAvailability::sqlName(av.extSchema))
        .arg(k.userid)
        .arg(k.dbid)
        .arg(k.queryid)
        .arg(row.totals.user, row.totals.database, monitor::StatementModel::oneLine(row, 200))
        .arg(row.totals.calls)
        .arg(monitor::StatementModel::formatMs(row.totals.totalExecMs));
}

QString StatementActions::createText(const monitor::StatementAvailability &av, const QString &server) {
    return tr("pgdba will run, on %1 in database \"%2\" as role \"%3\":\n\n    CREATE EXTENSION IF NOT "
              "EXISTS "
              "pg_stat_statements;\n\nThis creates the pg_stat_statements view and functions in the "
              "database's "
              "default schema. The library is already loaded, so nothing restarts; statistics then show for "
              "every database.")
        .arg(server, av.database, av.role);
}

void StatementActions::confirm(const QString &title, const QString &text, const QString &button,
                               std::function<void()> onYes) {
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("statementConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(button, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes](QAbstractButton *b) {
        if (b == yes)
            onYes();
    });
    m_box = box;
    box->open();
}

void StatementActions::resetAll(const monitor::StatementAvailability &av, int statementCount) {
    if (!av.canReset) {
        Q_EMIT finished(QStringLiteral("reset"), false, resetPrivilegeHint(av));
        return;
    }
    core::ServerSession *s = m_workspace->current();
    if (!s)
        return;
    const QString server = s->connInfo().displayName();
    confirm(tr("Reset pg_stat_statements"), resetAllText(av, statementCount, server),
            tr("Reset all statistics"), [this, schema = av.extSchema] {
                run(QStringLiteral("reset"), QStringLiteral("statements_reset"), schema, {},
                    tr("All pg_stat_statements statistics were reset."));
            });
}

void StatementActions::resetOne(const monitor::StatementAvailability &av, const monitor::StatementRow &row) {
    if (!av.canReset) {
        Q_EMIT finished(QStringLiteral("reset-one"), false, resetPrivilegeHint(av));
        return;
    }
    core::ServerSession *s = m_workspace->current();
    if (!s || row.totals.key.hidden)
        return;
    const auto k = row.totals.key;
    QVariantList params;
    params << QVariant(qint64(k.userid)) << QVariant(qint64(k.dbid)) << QVariant(k.queryid);
    confirm(tr("Reset one statement"), resetOneText(av, row, s->connInfo().displayName()),
            tr("Reset this statement"), [this, schema = av.extSchema, params] {
                run(QStringLiteral("reset-one"), QStringLiteral("statements_reset_one"), schema, params,
                    tr("The statement's statistics were reset."));
            });
}

void StatementActions::createExtension(const monitor::StatementAvailability &av) {
    core::ServerSession *s = m_workspace->current();
    if (!s || !av.canCreateExtension())
        return;
    confirm(tr("Create pg_stat_statements"), createText(av, s->connInfo().displayName()),
            tr("Create the extension"), [this] {
                run(QStringLiteral("create-extension"), QStringLiteral("statements_create_extension"),
                    QString(), {}, tr("pg_stat_statements was created."));
            });
}

QCoro::Task<void> StatementActions::run(QString what, QString name, QString schema, QVariantList params,
                                        QString doneMessage) {
    QPointer<StatementActions> self(this);
    core::ServerSession *s = m_workspace->current();
    if (!s)
        co_return;
    const QString role = s->facts().role;
    // One connection per server: the user may have switched servers since the last action.
    if (!m_conn || !m_conn->isReady() || m_connSession != s) {
        if (m_conn)
            m_conn->deleteLater();
        m_connSession = s;
        pg::Connection *c = co_await s->openConnection(QStringLiteral("statements"), this);
        if (!self) {
            co_return;
        }
        m_conn = c;
        if (!c->isReady()) {
            Q_EMIT finished(what, false, tr("Could not open a connection: %1").arg(c->lastError()));
            co_return;
        }
    }
    const std::optional<pg::Error> error =
        co_await monitor::StatementsCollector::runAction(m_conn, name, schema, params);
    if (!self)
        co_return;
    if (error)
        Q_EMIT finished(what, false, ErrorBanner::describe(*error, role));
    else
        Q_EMIT finished(what, true, doneMessage);
}

} // namespace ui
