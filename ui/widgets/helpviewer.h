#pragma once

#include <QDialog>

class QTextBrowser;

namespace ui {

// The user guide inside the program (docs/guide/*.md and docs/user-guide.md, compiled in as
// :/guide/… and :/user-guide.md), rendered from Markdown; links between the sections work.
class HelpViewer : public QDialog {
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);
    ~HelpViewer() override;

    // The guide section of a page (its id, e.g. "activity"); the index for pages without one.
    static QString guideFor(const QString &pageId);
    void showGuide(const QString &resourcePath);
    QString currentGuide() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace ui
