#include "widgets/helpviewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("pgdba user guide"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    auto *index = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(index, &QPushButton::clicked, this, [this] { showGuide(QStringLiteral(":/user-guide.md")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

HelpViewer::~HelpViewer() = default;

QString HelpViewer::guideFor(const QString &pageId) {
    // Pages whose section has another name; the rest are docs/guide/<id>.md.
    QString name = pageId;
    if (pageId == QLatin1String("timeline"))
        name = QStringLiteral("history");
    else if (pageId == QLatin1String("audit"))
        name = QStringLiteral("activity");
    else if (pageId == QLatin1String("overview") || pageId.isEmpty())
        name = QStringLiteral("connect");
    const QString path = QStringLiteral(":/guide/%1.md").arg(name);
    return QFile::exists(path) ? path : QStringLiteral(":/user-guide.md");
}

void HelpViewer::showGuide(const QString &resourcePath) {
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(resourcePath.startsWith(QLatin1Char(':')) ? resourcePath.mid(1) : resourcePath);
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

QString HelpViewer::currentGuide() const {
    return QLatin1Char(':') + m_browser->source().path();
}

} // namespace ui
