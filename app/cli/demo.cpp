#include "cli/demo.h"

#include "cli/command.h"
#include "demo/generator.h"
#include "demo/stopsignal.h"
#include "demo/workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace cli {

namespace {
QCoro::Task<int> demoInit(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create the demo database of ticket 5 (orders, order_events; migration 001) and fill it with "
               "realistic data on the server."));
    addDsnOption(p);
    p.addOption({QStringLiteral("orders"),
                 QCoreApplication::translate("cli", "How many orders (default 1000000)."),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("reset"),
                 QCoreApplication::translate(
                     "cli", "Drop and recreate the demo tables when they already hold data.")});
    p.addOption({QStringLiteral("batch"),
                 QCoreApplication::translate("cli", "Orders per batch (default 100000)."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("connections"),
                 QCoreApplication::translate("cli", "Batches in flight at once (default 2)."),
                 QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("no-vacuum"),
                 QCoreApplication::translate(
                     "cli", "Skip the final VACUUM of orders (statistics are gathered either way).")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("demo init"), args, &code))
        co_return code;
    bool ok1 = false, ok2 = false, ok3 = false;
    demo::Generator::Options o;
    o.orders = p.value(QStringLiteral("orders")).toLongLong(&ok1);
    o.batch = p.value(QStringLiteral("batch")).toLongLong(&ok2);
    o.connections = p.value(QStringLiteral("connections")).toInt(&ok3);
    o.reset = p.isSet(QStringLiteral("reset"));
    o.vacuum = !p.isSet(QStringLiteral("no-vacuum"));
    if (!ok1 || o.orders < 1 || !ok2 || o.batch < 1 || !ok3 || o.connections < 1) {
        err(QCoreApplication::translate(
            "cli", "pgdba demo init: --orders, --batch and --connections take positive whole numbers."));
        co_return 64;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const QLocale loc;
    demo::Generator g;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&g, &demo::Generator::phase, &g,
                     [](const QString &t) { err(QStringLiteral("demo: ") + t); });
    QObject::connect(&g, &demo::Generator::progress, &g, [&loc](qint64 done, qint64 total, double s) {
        err(QCoreApplication::translate("cli", "demo: %1 / %2 orders (%3%), %4 s")
                .arg(loc.toString(done), loc.toString(total))
                .arg(total ? done * 100 / total : 100)
                .arg(s, 0, 'f', 1));
    });
    const auto e = co_await g.run(connInfo(p), o);
    if (e) {
        err(QStringLiteral("pgdba demo init: ") + e->toString());
        if (!e->hint.isEmpty())
            err(e->hint);
        co_return 2;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    QJsonObject counts = g.counts();
    if (json) {
        counts.insert(QStringLiteral("seconds"), seconds);
        out(jsonText(QJsonDocument(counts)));
        co_return 0;
    }
    const QJsonObject by = counts.value(QStringLiteral("by_status")).toObject();
    QStringList parts;
    for (auto it = by.begin(); it != by.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), loc.toString(qint64(it.value().toDouble())));
    const double orders = counts.value(QStringLiteral("orders")).toDouble();
    const double events = counts.value(QStringLiteral("events")).toDouble();
    out(QCoreApplication::translate("cli", "demo: %1 orders and %2 events (%3 per order) in %4 s")
            .arg(loc.toString(qint64(orders)), loc.toString(qint64(events)))
            .arg(orders > 0 ? events / orders : 0, 0, 'f', 2)
            .arg(seconds, 0, 'f', 1));
    out(QCoreApplication::translate("cli", "demo: by status: %1").arg(parts.join(QStringLiteral(", "))));
    co_return 0;
}

QCoro::Task<int> demoWorkload(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Keep a light, realistic load on the demo database until stopped "
                                           "(SIGTERM or Ctrl+C)."));
    addDsnOption(p);
    p.addOption({QStringLiteral("couriers"),
                 QCoreApplication::translate("cli", "Couriers claiming and delivering (default 6)."),
                 QStringLiteral("N"), QStringLiteral("6")});
    p.addOption(
        {QStringLiteral("speed"),
         QCoreApplication::translate("cli", "Time factor: 2 makes every pause half as long (default 1)."),
         QStringLiteral("X"), QStringLiteral("1")});
    p.addOption({QStringLiteral("duration"),
                 QCoreApplication::translate(
                     "cli", "Stop by itself after this many seconds (default: run until killed)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("status-every"),
                 QCoreApplication::translate("cli", "Print a status line every S seconds (default 30)."),
                 QStringLiteral("S"), QStringLiteral("30")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("demo workload"), args, &code))
        co_return code;
    demo::Workload::Options o;
    bool ok1 = false, ok2 = false, ok3 = true, ok4 = false;
    o.couriers = p.value(QStringLiteral("couriers")).toInt(&ok1);
    o.speed = p.value(QStringLiteral("speed")).toDouble(&ok2);
    const int duration =
        p.isSet(QStringLiteral("duration")) ? p.value(QStringLiteral("duration")).toInt(&ok3) : 0;
    const int statusEvery = p.value(QStringLiteral("status-every")).toInt(&ok4);
    if (!ok1 || o.couriers < 1 || !ok2 || o.speed <= 0 || !ok3 || duration < 0 || !ok4 || statusEvery < 1) {
        err(QCoreApplication::translate(
            "cli",
            "pgdba demo workload: --couriers, --duration and --status-every take positive whole numbers, "
            "--speed a positive number."));
        co_return 64;
    }
    demo::Workload w;
    demo::StopSignal stopSignal;
    QObject::connect(&stopSignal, &demo::StopSignal::received, &w, [&w](int signo) {
        out(QCoreApplication::translate("cli",
                                        "workload: signal %1, stopping (open transactions are rolled back)")
                .arg(signo));
        w.stop();
    });
    QObject::connect(&w, &demo::Workload::message, &w, [](const QString &m) { out(m); });
    QTimer status;
    status.setInterval(statusEvery * 1000);
    QObject::connect(&status, &QTimer::timeout, &w, [&w] { out(w.statusLine()); });
    QObject::connect(&w, &demo::Workload::started, &status, qOverload<>(&QTimer::start));
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &w, [&w] { w.stop(); });
    if (duration > 0)
        deadline.start(duration * 1000);
    const std::optional<QString> e = co_await w.run(connInfo(p), o);
    status.stop();
    if (e) {
        err(QStringLiteral("pgdba demo workload: ") + *e);
        co_return 2;
    }
    out(QCoreApplication::translate("cli", "workload: stopped"));
    co_return 0;
}
} // namespace

QCoro::Task<int> runDemo(QStringList args) {
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("init"))
        co_return co_await demoInit(args);
    if (sub == QLatin1String("workload"))
        co_return co_await demoWorkload(args);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(QCoreApplication::translate("cli", "Usage: pgdba demo init --dsn DSN [--orders N] [--reset]\n"
                                               "       pgdba demo workload --dsn DSN [--couriers N]\n"
                                               "(pgdba demo <init|workload> --help for details)"));
        co_return 0;
    }
    err(QCoreApplication::translate("cli", "pgdba demo: say init or workload (pgdba demo --help)."));
    co_return 64;
}

} // namespace cli
