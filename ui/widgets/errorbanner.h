#pragma once

#include <QFrame>

class QLabel;

namespace pg {
struct Error;
}

namespace ui {

// An inline message above a page's content: errors, warnings, information. Never modal.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &text, Level level = Level::Error);
    void showError(const pg::Error &e, const QString &role = {});
    void clear();
    QString text() const;

    // A sentence for an error, with the missing privilege named for 42501.
    static QString describe(const pg::Error &e, const QString &role = {});

private:
    void applyColours(); // for m_level in the current palette (again when light/dark switches)

    QLabel *m_label;
    Level m_level = Level::Error;
};

} // namespace ui
