#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The user interface language: pgdba's own translation (:/i18n/pgdba_<lang>.qm, built by
// lrelease from translations/*.ts) and Qt's (qtbase_<lang>.qm from the Qt translations folder).
namespace core::language {

// The setting (QSettings key "ui/language"): "" follows the system locale, else "en" or "ru".
QString settingKey();
QString savedChoice();
void saveChoice(const QString &choice);

// The languages pgdba ships, as choices ("en", "ru"), and each one's own name ("Русский").
QStringList choices();
QString nativeName(const QString &choice);

// The locale for a choice: the system locale for "" (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale localeFor(const QString &choice);

// Installs the translators for a choice on the running application, replacing the ones
// installed before; an explicit choice also becomes the default QLocale (numbers, dates).
// Returns true when a pgdba translation was loaded (false for English).
bool apply(const QString &choice);

// The language currently applied ("en" when no translation is loaded).
QString current();

// `--lang X` / `--lang=X` anywhere in the arguments: removed from args, value returned
// ("" when absent).
QString takeOption(QStringList &args);
QString findOption(int argc, char **argv);

} // namespace core::language
