#include "widgets/errorbanner.h"

#include "widgets/theme.h"

#include "pg/error.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 4, 8, 4);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_label);
    if (auto *t = Theme::instance())
        connect(t, &Theme::changed, this, &ErrorBanner::applyColours);
    hide();
}

QString ErrorBanner::describe(const pg::Error &e, const QString &role) {
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

void ErrorBanner::showMessage(const QString &text, Level level) {
    m_level = level;
    applyColours();
    m_label->setText(text);
    show();
}

void ErrorBanner::applyColours() {
    const Level level = m_level;
    // Designed for light mode; in dark mode a dark tint of the same hue with light text.
    const QColor bg = level == Level::Error     ? QColor(0xfd, 0xe7, 0xe9)
                      : level == Level::Warning ? QColor(0xff, 0xf4, 0xce)
                                                : QColor(0xe7, 0xf1, 0xfb);
    const QColor border = level == Level::Error     ? QColor(0xe8, 0xa0, 0xa8)
                          : level == Level::Warning ? QColor(0xe6, 0xc8, 0x6e)
                                                    : QColor(0x9c, 0xc3, 0xe6);
    const QColor ink = level == Level::Error     ? QColor(0x61, 0x1a, 0x15)
                       : level == Level::Warning ? QColor(0x4d, 0x3b, 0x00)
                                                 : QColor(0x0b, 0x2e, 0x4f);
    const QColor tinted = theme::tint(bg);
    setStyleSheet(QStringLiteral("#errorBanner{background:%1;border:1px solid %2;border-radius:4px;}"
                                 "#errorBanner QLabel{color:%3;}")
                      .arg(tinted.name(), theme::isDark() ? theme::series(border).name() : border.name(),
                           theme::readableOn(ink, tinted, 7.0).name()));
}

void ErrorBanner::showError(const pg::Error &e, const QString &role) {
    showMessage(describe(e, role), Level::Error);
}

void ErrorBanner::clear() {
    m_label->clear();
    hide();
}

QString ErrorBanner::text() const {
    return m_label->text();
}

} // namespace ui
