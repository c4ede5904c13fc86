#include "cli/explain.h"

#include "cli/command.h"
#include "explain/analysis.h"
#include "explain/explainaudit.h"
#include "explain/explainrunner.h"
#include "explain/planexport.h"
#include "explain/planfile.h"
#include "explain/planparser.h"
#include "history/store.h"
#include "pg/connection.h"
#include "pg/secrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int print(const explain::ParseResult &r, const QString &format, bool pretty) {
    if (!r.ok()) {
        err(QStringLiteral("pgdba: ") + r.error);
        return 3;
    }
    for (const QString &note : r.notes)
        err(QStringLiteral("pgdba: ") + note);
    if (format == QLatin1String("json")) {
        const QByteArray json = explain::toAnnotatedJsonText(r.plan, pretty);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else
        out(explain::toText(r.plan).trimmed());
    return 0;
}

// Standard input to its end (a pipe hands it over in chunks), refused once it grows past the
// size limit files have; never more than kMaxPlanBytes + 1 bytes are held.
explain::ParseResult readStandardInput() {
    QByteArray data;
    constexpr qsizetype kChunk = 1 << 20;
    while (data.size() <= explain::kMaxPlanBytes) {
        const qsizetype before = data.size();
        const qsizetype want = std::min<qsizetype>(kChunk, explain::kMaxPlanBytes + 1 - before);
        data.resize(before + want);
        const size_t got = std::fread(data.data() + before, 1, size_t(want), stdin);
        data.resize(before + qsizetype(got));
        if (got == 0) {
            if (std::ferror(stdin))
                return explain::ParseResult::failure(
                    QCoreApplication::translate("cli", "cannot read standard input"));
            break; // end of input
        }
    }
    if (data.size() > explain::kMaxPlanBytes)
        return explain::ParseResult::failure(
            QCoreApplication::translate(
                "cli", "standard input is larger than %1; plans larger than that are not read.")
                .arg(QLocale().formattedDataSize(explain::kMaxPlanBytes)));
    return explain::loadPlan(data);
}

explain::ParseResult readInput(const QString &input) {
    if (input != QLatin1String("-"))
        return explain::loadPlanFile(input);
    return readStandardInput();
}

} // namespace

QCoro::Task<int> runExplain(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Explain a query on a server, or read a plan from a file (JSON or text "
               "format, psql output included), and print the annotated tree and findings.\n\n"
               "Exit codes: 0 done; 2 connection or server error; 3 the plan could not be read; "
               "4 refused: under --analyze the statement would have effects a rollback cannot undo "
               "(see --allow-side-effects); 64 bad arguments."));
    addDsnOption(p);
    p.addOption({QStringLiteral("query"), Tr::tr("The statement to explain."), QStringLiteral("SQL")});
    p.addOption({QStringLiteral("input"), Tr::tr("Read a plan from FILE instead (\"-\": standard input)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("analyze"),
                 Tr::tr("Run the statement (EXPLAIN ANALYZE); data changes are rolled back.")});
    p.addOption({QStringLiteral("buffers"), Tr::tr("Report buffer usage (BUFFERS).")});
    p.addOption({QStringLiteral("verbose"), Tr::tr("VERBOSE output.")});
    p.addOption({QStringLiteral("settings"), Tr::tr("Report changed planner settings (SETTINGS).")});
    p.addOption({QStringLiteral("wal"), Tr::tr("Report WAL usage (WAL, needs --analyze).")});
    p.addOption({QStringLiteral("param"), Tr::tr("A value for $1, $2, ... (repeat in order)."),
                 QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("timeout"), Tr::tr("Statement timeout in milliseconds (default 0: none)."),
                 QStringLiteral("MS"), QStringLiteral("0")});
    p.addOption(
        {QStringLiteral("allow-side-effects"),
         Tr::tr("With --analyze, run even a statement that reaches functions whose effects a rollback "
                "cannot undo (signals, dblink, sequences, statistics resets, ...). Without it such a "
                "statement is refused (exit 4).")});
    p.addOption({QStringLiteral("output"), Tr::tr("Output format: text or json."), QStringLiteral("FORMAT"),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("pretty"), Tr::tr("Indent the JSON output (default: compact, one line).")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("explain"), args, &code))
        co_return code;
    const QString format = p.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err(Tr::tr("pgdba explain: --output must be text or json"));
        co_return 64;
    }
    const bool pretty = p.isSet(QStringLiteral("pretty"));
    const bool hasQuery = p.isSet(QStringLiteral("query")), hasInput = p.isSet(QStringLiteral("input"));
    if (hasQuery == hasInput) {
        err(Tr::tr("pgdba explain: give either --query SQL (with --dsn) or --input FILE"));
        co_return 64;
    }
    if (hasInput)
        co_return print(readInput(p.value(QStringLiteral("input"))), format, pretty);

    explain::ExplainRequest req;
    req.sql = p.value(QStringLiteral("query"));
    req.params = p.values(QStringLiteral("param"));
    bool timeoutOk = false;
    req.statementTimeoutMs = p.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || req.statementTimeoutMs < 0) {
        err(Tr::tr("pgdba explain: --timeout must be a whole number of milliseconds (0: none), not \"%1\"")
                .arg(p.value(QStringLiteral("timeout"))));
        co_return 64;
    }
    req.allowSideEffects = p.isSet(QStringLiteral("allow-side-effects"));
    req.options.analyze = p.isSet(QStringLiteral("analyze"));
    req.options.buffers = p.isSet(QStringLiteral("buffers"));
    req.options.verbose = p.isSet(QStringLiteral("verbose"));
    req.options.settings = p.isSet(QStringLiteral("settings"));
    req.options.wal = p.isSet(QStringLiteral("wal"));

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba explain");
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    const explain::ExplainOutcome outcome =
        co_await explain::assessAndRun(&c, req, [](const explain::StatementSafety &safety) {
            if (safety.mustRollBack() && !safety.refusedByDefault())
                err(QStringLiteral("pgdba: ") + safety.noticeBefore());
        });
    if (outcome.refused) {
        err(QStringLiteral("pgdba: ") + outcome.safety.refusal());
        co_return 4;
    }
    if (outcome.safety.refusedByDefault()) {
        history::Store store;
        if (store.open())
            explain::auditSignals(&store, pg::serverKey(c.connInfo()), c.facts().database, c.facts().role,
                                  req, outcome);
    }
    if (outcome.error) {
        err(QStringLiteral("pgdba: ") + outcome.error->toString());
        co_return 2;
    }
    if (req.options.analyze && outcome.safety.mustRollBack() && outcome.rolledBack)
        err(QStringLiteral("pgdba: ") + outcome.safety.noticeAfter());
    co_return print(explain::loadPlan(outcome.json), format, pretty);
}

} // namespace cli
