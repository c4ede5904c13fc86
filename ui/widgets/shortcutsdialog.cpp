#include "widgets/shortcutsdialog.h"

#include "page.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {
QString plain(QString text) {
    text.remove(QStringLiteral("…"));
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// The page (or else the window) an object belongs to.
QString ownerName(QObject *obj) {
    for (QObject *o = obj->parent(); o; o = o->parent())
        if (auto *page = qobject_cast<Page *>(o))
            return page->title();
    return ShortcutsDialog::tr("Window");
}

// The menu an action lives in, as "View › Appearance", or the title of the page or widget
// that owns it.
QString groupOf(QAction *a) {
    for (QObject *w : a->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            QString path = plain(menu->title());
            for (QAction *up = menu->menuAction(); up;) {
                QMenu *parentMenu = nullptr;
                for (QObject *o : up->associatedObjects())
                    if ((parentMenu = qobject_cast<QMenu *>(o)))
                        break;
                if (!parentMenu)
                    break;
                path = plain(parentMenu->title()) + QStringLiteral(" › ") + path;
                up = parentMenu->menuAction();
            }
            return path;
        }
    return ownerName(a);
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window) {
    QList<Entry> out;
    QList<QAction *> seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || seen.contains(a))
            continue;
        seen << a;
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        for (const QKeySequence &k : keys)
            out.append({groupOf(a), plain(a->text()), k});
    }
    for (QShortcut *s : window->findChildren<QShortcut *>())
        if (!s->key().isEmpty() && !s->whatsThis().isEmpty()) {
            out.append({ownerName(s), s->whatsThis(), s->key()});
        }
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry &a, const Entry &b) { return a.group < b.group; });
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    for (const Entry &e : collect(window)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, e.group);
        item->setText(1, e.text);
        item->setText(2, e.key.toString(QKeySequence::NativeText));
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(tr("Menus open with Alt and the underlined letter; every menu entry has one. "
                               "Ctrl+Tab and Ctrl+Shift+Tab move between pages."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace ui
