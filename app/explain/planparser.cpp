#include "explain/planparser.h"

#include "explain/jsonparser.h"
#include "explain/pastedplan.h"
#include "explain/psqlframe.h"
#include "explain/textparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <cctype>

namespace explain {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};
} // namespace

ParseResult parsePlan(const QByteArray &data) {
    if (data.size() > kMaxPlanBytes)
        return ParseResult::failure(
            Tr::tr("The plan is %1; plans larger than %2 are not read.")
                .arg(QLocale().formattedDataSize(data.size()), QLocale().formattedDataSize(kMaxPlanBytes)));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return ParseResult::failure(Tr::tr("This is not a text plan: binary data at byte %1.").arg(nul));
    // EXPLAIN (FORMAT JSON) as the server sends it: parsed from the bytes as they are (the JSON
    // parser checks the UTF-8 itself). Decoding megabytes to UTF-16 first, or splitting them
    // into lines to look for psql's frame, cost time and twice the input's size in memory.
    // Anything else, or JSON that does not parse as it is, goes the long way.
    qsizetype first = 0;
    while (first < data.size() && std::isspace(static_cast<unsigned char>(data[first])))
        ++first;
    if (first < data.size() && (data[first] == '[' || data[first] == '{')) {
        ParseResult direct = parseJsonPlan(data);
        if (direct.ok())
            return direct;
    }
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(data);
    if (decode.hasError())
        return ParseResult::failure(Tr::tr("This is not a text plan: the input is not valid UTF-8."));
    if (text.trimmed().isEmpty())
        return ParseResult::failure(Tr::tr("There is no plan: the input is empty."));

    // Pasted text: find the plan among prompts, other statements, titles and comments, then
    // take psql's or another tool's frame off it.
    const PastedPlan pasted = extractPlan(text);
    const QString bare = unframePsql(pasted.text).trimmed();
    auto withNotes = [&](ParseResult r) {
        if (r.ok())
            r.notes += pasted.notes;
        return r;
    };
    if (bare.startsWith(QLatin1Char('[')) || bare.startsWith(QLatin1Char('{')) ||
        (!bare.contains(QLatin1String("(cost=")) && bare.contains(QLatin1String("\"Plan\""))))
        return withNotes(parseJsonPlan(extractJson(bare).toUtf8()));
    // auto_explain's JSON log entry: text before the object.
    const qsizetype brace = bare.indexOf(QLatin1String("{\n"));
    if (brace > 0 && bare.mid(brace).contains(QLatin1String("\"Plan\"")) &&
        !bare.left(brace).contains(QLatin1String("(cost=")))
        return withNotes(parseJsonPlan(extractJson(bare.mid(brace)).toUtf8()));
    return withNotes(parseTextPlan(bare));
}

} // namespace explain
