#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace cli {

const Command *findCommand(const QString &name)
{
    for (const auto &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

void addDsnOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("dsn"),
                  QCoreApplication::translate("cli", "Connection URI or conninfo string; PG* variables, "
                                                     "~/.pgpass and pg_service.conf apply as in psql."),
                  QStringLiteral("DSN")});
}

bool parseArgs(QCommandLineParser &p, const QString &command, const QStringList &args, int *code)
{
    p.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("pgdba ") + command);
    if (!p.parse(full)) {
        err(p.errorText());
        *code = 64;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        *code = 0;
        return false;
    }
    return true;
}

void out(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stdout);
    fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stderr);
    fflush(stderr);
}

QString jsonText(const QJsonDocument &doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed(); }

} // namespace cli
