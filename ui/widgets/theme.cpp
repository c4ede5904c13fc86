#include "widgets/theme.h"

#include "core/appearanceportal.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {
QPointer<Theme> g_theme;
const char kTextColorProperty[] = "pgdbaTextColor";
const char kSeriesColorProperty[] = "pgdbaSeriesColor";
const char kRichTextProperty[] = "pgdbaRichText";
const char kRichShownProperty[] = "pgdbaRichShown";
const QString kSettingsKey = QStringLiteral("view/appearance");

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Fusion with one change: Fusion outlines a check box in the window colour darkened, which on a
// dark palette is the colour of the box's own base, so an unticked box (the Index advice page's
// drops, the Alerts page's Muted) had no visible edge. On a dark palette the edge is drawn again
// in the palette's Mid, lightened.
class PgdbaStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement pe, const QStyleOption *opt, QPainter *p,
                       const QWidget *w) const override {
        QProxyStyle::drawPrimitive(pe, opt, p, w);
        if ((pe != PE_IndicatorCheckBox && pe != PE_IndicatorItemViewItemCheck) ||
            opt->palette.color(QPalette::Window).lightness() >= 128)
            return;
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
        p->translate(0.5, 0.5);
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(opt->palette.color(QPalette::Mid).lighter(130)));
        p->drawRect(opt->rect.adjusted(0, 0, -1, -1));
        p->restore();
    }
};
} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QGuiApplication::palette())
    , m_portal(new core::AppearancePortal(this)) {
    g_theme = this;
    // Fusion draws every control from the palette, so a dark palette gives dark controls.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(new PgdbaStyle(fusion));
    qApp->installEventFilter(this);
    const QString saved = QSettings().value(kSettingsKey).toString();
    m_mode = saved == QStringLiteral("light")  ? Mode::Light
             : saved == QStringLiteral("dark") ? Mode::Dark
                                               : Mode::System;
    connect(m_portal, &core::AppearancePortal::colorSchemeChanged, this, [this] {
        if (m_mode == Mode::System)
            apply();
    });
    apply();
    m_portal->start(); // asynchronous: the answer (if any) re-applies System mode
}

Theme::~Theme() {
    if (qApp)
        qApp->removeEventFilter(this);
}

Theme *Theme::instance() {
    return g_theme.data();
}

QString Theme::modeName(Mode m) {
    switch (m) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void Theme::setMode(Mode mode, bool save) {
    if (save)
        QSettings().setValue(kSettingsKey, modeName(mode));
    m_mode = mode;
    apply();
}

QPalette Theme::lightPalette() {
    static const QPalette p = [] {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion ? fusion->standardPalette() : QPalette();
    }();
    return p;
}

QPalette Theme::darkPalette() {
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8), disabled(0x8a, 0x8a, 0x8a);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x23));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4b, 0x4e, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x63));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x5f, 0xa6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xbe, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc8, 0xa8, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0x2b, 0x2d, 0x31));
    return p;
}

void Theme::apply() {
    bool dark = false;
    switch (m_mode) {
    case Mode::Dark:
        dark = true;
        break;
    case Mode::Light:
        dark = false;
        break;
    case Mode::System:
        if (m_portal->colorScheme() == core::AppearancePortal::ColorScheme::PreferDark)
            dark = true;
        else if (m_portal->colorScheme() == core::AppearancePortal::ColorScheme::PreferLight)
            dark = false;
        else // Qt 6.4 has no QStyleHints::colorScheme: the platform palette tells
            dark = m_platformPalette.color(QPalette::Window).lightness() < 128;
        break;
    }
    m_dark = dark;
    QPalette p = dark
                     ? darkPalette()
                     : (m_mode == Mode::System && m_platformPalette.color(QPalette::Window).lightness() >= 128
                            ? m_platformPalette
                            : lightPalette());
    QApplication::setPalette(p);
    restyleWidgets();
    Q_EMIT changed(dark);
}

void Theme::restyleWidgets() {
    for (QWidget *w : QApplication::allWidgets()) {
        const QVariant designed = w->property(kTextColorProperty);
        if (designed.isValid())
            theme::setTextColor(w, designed.value<QColor>());
        if (auto *view = qobject_cast<QChartView *>(w))
            theme::styleChart(view->chart());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QVariant html = label->property(kRichTextProperty);
            // Only while the label still shows what was set through setRichText.
            if (html.isValid() && label->text() == label->property(kRichShownProperty).toString()) {
                label->clear(); // the laid-out text keeps the old link colour otherwise
                theme::setRichText(label, html.toString());
            } else if (label->text().contains(QLatin1String("<a "))) {
                const QString text = label->text();
                label->clear();
                label->setText(text);
            }
        }
        w->update();
    }
}

bool Theme::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Polish)
        if (auto *view = qobject_cast<QChartView *>(watched))
            theme::styleChart(view->chart());
    return QObject::eventFilter(watched, event);
}

namespace theme {

bool isDark() {
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &designed, const QColor &bg, double ratio) {
    if (contrast(designed, bg) >= ratio)
        return designed;
    const bool lighten = luminance(bg) < 0.18;
    float h = 0, s = 0, l = 0, a = 1;
    designed.getHslF(&h, &s, &l, &a);
    QColor c = designed;
    for (int i = 0; i < 60 && contrast(c, bg) < ratio; ++i) {
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l);
        if (l <= 0.0f || l >= 1.0f)
            break;
    }
    return c;
}

QColor text(const QColor &designed) {
    const QPalette p = QGuiApplication::palette();
    return readableOn(readableOn(designed, p.color(QPalette::Base)), p.color(QPalette::Window));
}

QColor tint(const QColor &designedLightTint) {
    if (!isDark())
        return designedLightTint;
    float h = 0, s = 0, l = 0, a = 1;
    designedLightTint.getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h < 0 ? 0 : h, std::min(s, 0.45f), 0.21f);
}

QColor series(const QColor &designed) {
    return readableOn(designed, QGuiApplication::palette().color(QPalette::Base), 3.0);
}

QString htmlColor(const QColor &designed) {
    return text(designed).name();
}

QString recolorHtml(const QString &html) {
    if (!isDark())
        return html;
    static const QRegularExpression re(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart(1) - last);
        out += htmlColor(QColor(m.captured(1)));
        last = m.capturedEnd(1);
    }
    out += QStringView(html).mid(last);
    return out;
}

void setRichText(QLabel *label, const QString &html) {
    const QString shown = recolorHtml(html);
    label->setProperty(kRichTextProperty, html);
    label->setProperty(kRichShownProperty, shown);
    label->setText(shown);
}

void setTextColor(QWidget *w, const QColor &designed) {
    w->setProperty(kTextColorProperty, designed);
    QPalette p = w->palette();
    const QColor c = text(designed);
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    w->setPalette(p);
}

void clearTextColor(QWidget *w) {
    w->setProperty(kTextColorProperty, QVariant());
    w->setPalette(QPalette());
}

void styleChart(QChart *chart) {
    if (!chart)
        return;
    const QPalette p = QGuiApplication::palette();
    const QColor bg = p.color(QPalette::Base), ink = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(isDark() ? 60 : 40);
    chart->setBackgroundBrush(bg);
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid), 0));
    chart->setTitleBrush(ink);
    chart->legend()->setLabelColor(ink);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(ink);
        axis->setTitleBrush(ink);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    // Series keep the colour they were designed with in a property and get a readable variant.
    const auto designed = [](QObject *o, const QColor &current) {
        QVariant v = o->property(kSeriesColorProperty);
        if (!v.isValid()) {
            o->setProperty(kSeriesColorProperty, current);
            return current;
        }
        return v.value<QColor>();
    };
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            QColor d = designed(area, area->brush().color());
            QColor c = series(d);
            c.setAlpha(d.alpha());
            area->setBrush(c);
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            QPen pen = xy->pen();
            pen.setColor(series(designed(xy, pen.color())));
            xy->setPen(pen);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                const QColor c = series(designed(set, set->color()));
                set->setColor(c);
                set->setBorderColor(c);
                set->setLabelColor(ink);
            }
        }
    }
}

QColor color(Role role) {
    const bool dark = isDark();
    const QPalette p = QGuiApplication::palette();
    switch (role) {
    case Role::PlanBackground:
        return dark ? QColor(0x19, 0x1b, 0x1e) : QColor(0xfa, 0xfb, 0xfc);
    case Role::PlanCard:
        return dark ? QColor(0x2a, 0x2d, 0x32) : QColor(0xff, 0xff, 0xff);
    case Role::PlanCardIdle:
        return dark ? QColor(0x23, 0x25, 0x29) : QColor(0xf5, 0xf5, 0xf5);
    case Role::PlanInk:
        return dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x21, 0x21, 0x21);
    case Role::PlanMuted:
        return dark ? QColor(0xb4, 0xb8, 0xbe) : QColor(0x61, 0x61, 0x61);
    case Role::PlanBorder:
        return dark ? QColor(0x5d, 0x63, 0x6b) : QColor(0xb0, 0xb7, 0xc0);
    case Role::PlanTrack:
        return dark ? QColor(0x3a, 0x3e, 0x44) : QColor(0xee, 0xee, 0xee);
    case Role::PlanEdge:
        return dark ? QColor(0x6f, 0x80, 0x89) : QColor(0x90, 0xa4, 0xae);
    case Role::PlanSelected:
        return dark ? QColor(0x64, 0xa8, 0xff) : QColor(0x15, 0x65, 0xc0);
    case Role::PlanMatch:
        return QColor(0xff, 0xb3, 0x00);
    case Role::SqlKeyword:
        return readableOn(QColor(0x00, 0x33, 0xb3), p.color(QPalette::Base));
    case Role::SqlString:
        return readableOn(QColor(0x06, 0x7d, 0x17), p.color(QPalette::Base));
    case Role::SqlIdentifier:
        return readableOn(QColor(0x87, 0x10, 0x94), p.color(QPalette::Base));
    case Role::SqlNumber:
        return readableOn(QColor(0x17, 0x50, 0xeb), p.color(QPalette::Base));
    case Role::SqlParameter:
        return readableOn(QColor(0x9e, 0x5a, 0x00), p.color(QPalette::Base));
    case Role::SqlComment:
        return readableOn(QColor(0x6f, 0x6f, 0x6f), p.color(QPalette::Base));
    case Role::ErrorMarkBackground:
        return tint(QColor(0xfd, 0xe7, 0xe9));
    }
    return p.color(QPalette::Text);
}

QColor onColor(const QColor &bg) {
    const QColor white(0xff, 0xff, 0xff), ink(0x14, 0x14, 0x14);
    return contrast(white, bg) >= contrast(ink, bg) ? white : ink;
}

QList<PaintedPair> paintedPairs() {
    const QPalette p = QGuiApplication::palette();
    const QColor base = p.color(QPalette::Base);
    QList<PaintedPair> out;
    const struct {
        const char *name;
        Role role;
    } sql[] = {{"SQL keyword", Role::SqlKeyword},       {"SQL string", Role::SqlString},
               {"SQL identifier", Role::SqlIdentifier}, {"SQL number", Role::SqlNumber},
               {"SQL parameter", Role::SqlParameter},   {"SQL comment", Role::SqlComment}};
    for (const auto &s : sql)
        out.append({QString::fromLatin1(s.name), color(s.role), base});
    out.append({QStringLiteral("SQL error mark"), p.color(QPalette::Text), color(Role::ErrorMarkBackground)});
    out.append({QStringLiteral("plan card text"), color(Role::PlanInk), color(Role::PlanCard)});
    out.append({QStringLiteral("plan card secondary text"), color(Role::PlanMuted), color(Role::PlanCard)});
    out.append(
        {QStringLiteral("plan card (never executed) text"), color(Role::PlanInk), color(Role::PlanCardIdle)});
    out.append({QStringLiteral("plan card (never executed) secondary text"), color(Role::PlanMuted),
                color(Role::PlanCardIdle)});
    out.append({QStringLiteral("plan collapse toggle"), color(Role::PlanInk), color(Role::PlanCard)});
    for (double factor : {2.0, 10.0, 100.0, 1000.0}) {
        const QColor bg = misestimateBadge(factor);
        out.append({QStringLiteral("plan misestimate badge %1x").arg(factor), onColor(bg), bg});
    }
    const QColor finding = findingBadge();
    out.append({QStringLiteral("plan findings marker"), onColor(finding), finding});
    return out;
}

QColor misestimateBadge(double factor) {
    if (factor >= 1000)
        return QColor(0xc6, 0x28, 0x28);
    if (factor >= 100)
        return QColor(0xb3, 0x4a, 0x00);
    if (factor >= 10)
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x75, 0x75, 0x75);
}

QColor findingBadge() {
    return QColor(0xd3, 0x2f, 0x2f);
}

} // namespace theme

} // namespace ui
