#include "cli/server.h"

#include "cli/command.h"
#include "core/passwordstore.h"
#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_server)
};

const core::Profile *byName(const core::ProfileStore &store, const QString &name) {
    for (const core::Profile &p : store.profiles())
        if (p.name == name || p.id == name)
            return &p;
    return nullptr;
}

QString exitCodes() {
    return Tr::tr("Exit codes: 0 done; 1 no server of that name (remove) or one exists already (add); 2 the "
                  "DSN cannot be read or its password cannot be kept; 64 bad usage.");
}

QCoro::Task<int> add(const QCommandLineParser &p, const QString &name) {
    if (!p.isSet(QStringLiteral("dsn"))) {
        err(Tr::tr("pgdba server add: give --dsn DSN."));
        co_return 64;
    }
    core::ProfileStore store;
    if (byName(store, name)) {
        err(Tr::tr(
                "pgdba server add: a server called \"%1\" is saved already (pgdba server remove %1 first).")
                .arg(name));
        co_return 1;
    }
    QString password;
    core::Profile profile = core::Profile::fromDsn(p.value(QStringLiteral("dsn")), &password);
    profile.name = name;
    profile.group = p.value(QStringLiteral("group")).trimmed();
    const QString problem = pg::ConnInfo(profile.dsn).validate();
    if (!problem.isEmpty()) {
        err(Tr::tr("pgdba server add: the DSN cannot be read: %1").arg(problem));
        co_return 2;
    }
    // The password never goes to the settings file: the keyring, or nothing saved at all.
    if (!password.isEmpty() && !core::PasswordStore::keyringReachable()) {
        err(Tr::tr(
            "pgdba server add: the DSN has a password, and no keyring is reachable to keep it; nothing "
            "was saved. Put the password in ~/.pgpass (host:port:database:user:password, mode 0600) "
            "and add the server with a DSN without it."));
        co_return 2;
    }
    const QString id = store.save(profile);
    if (id.isEmpty()) {
        err(QStringLiteral("pgdba server add: ") + store.lastError());
        co_return 2;
    }
    if (!password.isEmpty()) {
        core::PasswordStore passwords;
        if (!co_await passwords.write(id, password)) {
            store.remove(id);
            err(Tr::tr("pgdba server add: the keyring did not take the password (%1); nothing was saved. Put "
                       "it in ~/.pgpass instead.")
                    .arg(passwords.lastError()));
            co_return 2;
        }
    }
    out(Tr::tr("Saved server \"%1\"%2 (%3).")
            .arg(name, profile.group.isEmpty() ? QString() : Tr::tr(" in group \"%1\"").arg(profile.group),
                 profile.connInfo().displayName()));
    co_return 0;
}

int list(bool json) {
    const core::ProfileStore store;
    if (json) {
        QJsonArray a;
        for (const core::Profile &p : store.profiles())
            a.append(QJsonObject{{QStringLiteral("name"), p.displayName()},
                                 {QStringLiteral("id"), p.id},
                                 {QStringLiteral("group"), p.group},
                                 {QStringLiteral("connection"), p.connInfo().displayName()},
                                 {QStringLiteral("dsn"), p.dsn},
                                 {QStringLiteral("ssh"), p.sshHost}});
        out(jsonText(QJsonDocument(a)));
        return 0;
    }
    if (store.profiles().isEmpty()) {
        out(Tr::tr("No saved servers (%1).").arg(store.fileName()));
        return 0;
    }
    for (const core::Profile &p : store.profiles())
        out(QStringLiteral("%1\t%2\t%3")
                .arg(p.displayName(), p.group.isEmpty() ? QStringLiteral("-") : p.group,
                     p.connInfo().displayName()));
    return 0;
}

QCoro::Task<int> remove(const QString &name) {
    core::ProfileStore store;
    const core::Profile *p = byName(store, name);
    if (!p) {
        err(Tr::tr("pgdba server remove: no saved server is called \"%1\" (%2).")
                .arg(name, store.fileName()));
        co_return 1;
    }
    const QString id = p->id;
    store.remove(id);
    if (core::PasswordStore::keyringReachable()) {
        core::PasswordStore passwords;
        co_await passwords.remove(id);
        co_await passwords.remove(core::Profile::sshPassphraseId(id));
        co_await passwords.remove(core::Profile::sslKeyPasswordId(id));
    }
    out(Tr::tr("Removed server \"%1\".").arg(name));
    co_return 0;
}
} // namespace

QCoro::Task<int> runServer(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Saved servers, the list the window shows:\n"
               "  pgdba server add NAME --dsn DSN [--group G]\n"
               "  pgdba server list [--json]\n"
               "  pgdba server remove NAME\n"
               "A password in the DSN goes to the keyring, never to the settings file.\n") +
        exitCodes());
    p.addOption({QStringLiteral("dsn"), Tr::tr("The server's connection string (URI or key=value)."),
                 QStringLiteral("DSN")});
    p.addOption({QStringLiteral("group"), Tr::tr("Group (folder) on the Fleet page."), QStringLiteral("G")});
    p.addOption({QStringLiteral("json"), Tr::tr("list: print JSON.")});
    p.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("add, list or remove"));
    p.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The server's name (add, remove)"),
                            QStringLiteral("[NAME]"));
    int code = 0;
    if (!parseArgs(p, QStringLiteral("server"), args, &code))
        co_return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("list") && pos.size() == 1)
        co_return list(p.isSet(QStringLiteral("json")));
    if (action == QLatin1String("add") && pos.size() == 2 && !pos[1].trimmed().isEmpty())
        co_return co_await add(p, pos[1].trimmed());
    if (action == QLatin1String("remove") && pos.size() == 2)
        co_return co_await remove(pos[1]);
    err(Tr::tr(
        "pgdba server: use add NAME --dsn DSN [--group G], list [--json] or remove NAME (see --help)."));
    co_return 64;
}

} // namespace cli
