#include "page.h"

#include "core/workspace.h"

namespace ui {

Page::Page(core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
}

Page::~Page() = default;

core::ServerSession *Page::session() const { return m_workspace->current(); }

void Page::markDataArrived()
{
    m_hasData = true;
    Q_EMIT dataArrived();
}

void Page::setBadge(const QString &b)
{
    if (b == m_badge)
        return;
    m_badge = b;
    Q_EMIT badgeChanged(b);
}

} // namespace ui
