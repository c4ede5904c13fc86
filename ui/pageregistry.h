#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace core {
class Workspace;
}

namespace ui {

class Page;

struct PageFactory {
    QString id; // stable name used by --page and settings
    std::function<Page *(core::Workspace *, QWidget *)> create;
};

// The one registration point for pages (pageregistry.cpp), in tab order.
const QList<PageFactory> &pageFactories();

} // namespace ui
