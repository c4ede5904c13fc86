#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <cstring>

namespace core::language {

namespace {
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;
QString g_current = QStringLiteral("en");

QString normalize(const QString &choice) {
    const QString c = choice.trimmed().toLower();
    if (c.isEmpty() || c == QLatin1String("system"))
        return {};
    return c.left(2);
}

void remove(QPointer<QTranslator> &t) {
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
} // namespace

QString settingKey() {
    return QStringLiteral("ui/language");
}

QString savedChoice() {
    return normalize(QSettings().value(settingKey()).toString());
}

void saveChoice(const QString &choice) {
    QSettings().setValue(settingKey(), normalize(choice));
}

QStringList choices() {
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString nativeName(const QString &choice) {
    if (choice == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (choice == QLatin1String("en"))
        return QStringLiteral("English");
    return choice;
}

QLocale localeFor(const QString &choice) {
    const QString c = normalize(choice);
    if (c.isEmpty())
        return QLocale::system();
    if (c == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(c);
}

bool apply(const QString &choice) {
    remove(g_own);
    remove(g_qt);
    const QString c = normalize(choice);
    const QLocale locale = localeFor(c);
    if (!c.isEmpty())
        QLocale::setDefault(locale);
    g_current = QStringLiteral("en");
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("pgdba"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    g_own = own;
    g_current = own->language().left(2);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return true;
}

QString current() {
    return g_current;
}

QString takeOption(QStringList &args) {
    QString value;
    for (int i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            value = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return value;
}

QString findOption(int argc, char **argv) {
    QString value;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            value = QString::fromLocal8Bit(argv[i] + 7);
    }
    return value;
}

} // namespace core::language
