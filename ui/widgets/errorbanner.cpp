#include "widgets/errorbanner.h"

#include "pg/error.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 4, 8, 4);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_label);
    hide();
}

QString ErrorBanner::describe(const pg::Error &e, const QString &role)
{
    QString s = e.message;
    if (e.isInsufficientPrivilege()) {
        s = tr("Permission denied for role \"%1\": %2. Grant it pg_monitor (read statistics), "
               "pg_signal_backend (cancel/terminate) or pg_read_all_stats (see all query texts), "
               "or connect as a superuser.")
                .arg(role.isEmpty() ? tr("current role") : role, e.message);
    } else if (e.kind == pg::Error::Kind::Connection || e.kind == pg::Error::Kind::Timeout) {
        s = tr("Connection problem: %1").arg(e.message);
    }
    if (!e.detail.isEmpty())
        s += QLatin1Char('\n') + e.detail;
    if (!e.hint.isEmpty())
        s += QLatin1Char('\n') + tr("Hint: %1").arg(e.hint);
    return s;
}

void ErrorBanner::showMessage(const QString &text, Level level)
{
    const char *style = level == Level::Error     ? "background:#fde7e9;border:1px solid #e8a0a8;color:#611a15;"
                        : level == Level::Warning ? "background:#fff4ce;border:1px solid #e6c86e;color:#4d3b00;"
                                                  : "background:#e7f1fb;border:1px solid #9cc3e6;color:#0b2e4f;";
    setStyleSheet(QStringLiteral("#errorBanner{%1 border-radius:4px;}").arg(QLatin1String(style)));
    m_label->setText(text);
    show();
}

void ErrorBanner::showError(const pg::Error &e, const QString &role) { showMessage(describe(e, role), Level::Error); }

void ErrorBanner::clear()
{
    m_label->clear();
    hide();
}

QString ErrorBanner::text() const { return m_label->text(); }

} // namespace ui
