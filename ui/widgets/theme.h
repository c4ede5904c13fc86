#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

class QChart;
class QLabel;
class QWidget;

namespace core {
class AppearancePortal;
}

namespace ui {

// Light or dark, following the desktop (the appearance portal's color-scheme, else the platform
// palette) unless View → Appearance says otherwise. Everything custom-painted takes its colours
// from the application palette or from the functions below, which turn a colour designed for a
// light background into one readable on the current one.
class Theme : public QObject {
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    // Installs the theme on the application (Fusion style); the mode comes from the settings
    // (view/appearance). One per application; instance() is null before.
    explicit Theme(QObject *parent = nullptr);
    ~Theme() override;
    static Theme *instance();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode, bool save = true); // applied live
    bool isDark() const { return m_dark; }
    core::AppearancePortal *portal() const { return m_portal; }

    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString modeName(Mode m);

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void restyleWidgets();

    Mode m_mode = Mode::System;
    bool m_dark = false;
    QPalette m_platformPalette;
    core::AppearancePortal *m_portal;
};

namespace theme {

// Whether the application palette is dark (its Window colour), with or without a Theme object.
bool isDark();
// WCAG 2 contrast ratio of two opaque colours (1 .. 21).
double contrast(const QColor &a, const QColor &b);
// The colour (designed for a light background) made readable as text on bg, at least `ratio`
// (4.5 for text): its lightness moves away from bg's, hue kept.
QColor readableOn(const QColor &designed, const QColor &bg, double ratio = 4.5);
// Text colour for a tone designed for light mode, on the current Base and Window.
QColor text(const QColor &designed);
// A row/card background designed as a light tint: itself in light mode, a dark tint of the same
// hue in dark mode. Text on it is the palette's Text (or text()/readableOn).
QColor tint(const QColor &designedLightTint);
// A chart line or fill colour: at least 3:1 against the chart background.
QColor series(const QColor &designed);
// `<span style='color:…'>` colour for rich text.
QString htmlColor(const QColor &designed);
// Rich text with `color:#rrggbb` designed for light mode: each colour replaced by htmlColor().
QString recolorHtml(const QString &html);
// Sets a label's rich text through recolorHtml and keeps the designed text, so a theme change
// recolours it.
void setRichText(QLabel *label, const QString &html);

// Sets a widget's text colour from a light-mode design colour; re-applied when the theme
// changes (the designed colour is kept in a dynamic property).
void setTextColor(QWidget *w, const QColor &designed);
void clearTextColor(QWidget *w);
// Chart background, title, legend, axes and grid from the palette; series re-checked by series().
void styleChart(QChart *chart);

// Colours of the explain plan scene and SQL highlighting.
enum class Role {
    PlanBackground,
    PlanCard,
    PlanCardIdle, // never executed
    PlanInk,
    PlanMuted,
    PlanBorder,
    PlanTrack,
    PlanEdge,
    PlanSelected,
    PlanMatch,
    SqlKeyword,
    SqlString,
    SqlIdentifier,
    SqlNumber,
    SqlParameter,
    SqlComment,
    ErrorMarkBackground,
};
QColor color(Role role);

// Text/background pairs that custom painting uses (plan cards, SQL highlighting, badges...),
// named, for the contrast test: every pair must reach 4.5:1 in both palettes.
struct PaintedPair {
    QString name;
    QColor foreground;
    QColor background;
};
QList<PaintedPair> paintedPairs();

// Black or white, whichever reads better on bg (badges).
QColor onColor(const QColor &bg);
// The plan card's misestimate badge and findings marker.
QColor misestimateBadge(double factor);
QColor findingBadge();

} // namespace theme

} // namespace ui
