#include "sessionhistory/samplecodec.h"

#include <algorithm>

namespace sessionhistory {

namespace {

void putU(QByteArray &out, quint64 v) {
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}
struct Reader {
    const QByteArray &b;
    qsizetype pos = 0;
    bool ok = true;
    quint64 u() {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= b.size()) {
                ok = false;
                return 0;
            }
            const auto c = quint8(b.at(pos++));
            v |= quint64(c & 0x7f) << shift;
            if (!(c & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
};
} // namespace

// Version 2: rows sorted by pid, stored column by column (pids as deltas, ages in 100 ms
// units), then deflated. Sessions of one sample share most ids, so the columns compress well:
// about 8 bytes per session for the recorder's workload (tests/bench/bench_sessionhistory).
namespace {
constexpr char kColumnar = 2;
// Version 3 adds, per lock waiter, the lock type, the transaction id and the row (page, tuple).
constexpr char kColumnarLocks = 3;
constexpr qint64 kAgeUnitMs = 100;

void putAgeUnits(QByteArray &out, qint64 ms) {
    putU(out, ms < 0 ? 0 : quint64((ms + kAgeUnitMs / 2) / kAgeUnitMs) + 1);
}
qint64 ageUnits(Reader &in) {
    const quint64 v = in.u();
    return v == 0 ? -1 : qint64(v - 1) * kAgeUnitMs;
}
} // namespace

QByteArray encodeRows(const QList<PackedRow> &input) {
    QList<PackedRow> rows = input;
    std::sort(rows.begin(), rows.end(), [](const PackedRow &a, const PackedRow &b) { return a.pid < b.pid; });
    QByteArray body;
    body.reserve(rows.size() * 20);
    putU(body, quint64(rows.size()));
    int prev = 0;
    for (const PackedRow &r : rows) {
        putU(body, quint64(qMax(0, r.pid - prev)));
        prev = r.pid;
    }
    auto column = [&](auto field) {
        for (const PackedRow &r : rows)
            putU(body, field(r));
    };
    column([](const PackedRow &r) { return (quint64(r.state) << 1) | (r.active ? 1 : 0); });
    column([](const PackedRow &r) { return quint64(r.user); });
    column([](const PackedRow &r) { return quint64(r.database); });
    column([](const PackedRow &r) { return quint64(r.application); });
    column([](const PackedRow &r) { return quint64(r.client); });
    column([](const PackedRow &r) { return quint64(r.backendType); });
    column([](const PackedRow &r) { return quint64(r.wait); });
    column([](const PackedRow &r) { return quint64(r.query); });
    column([](const PackedRow &r) { return quint64(r.blockers.size()); });
    for (const PackedRow &r : rows)
        putAgeUnits(body, r.xactAgeMs);
    for (const PackedRow &r : rows)
        putAgeUnits(body, r.queryAgeMs);
    for (const PackedRow &r : rows) { // lock waiters only
        if (r.blockers.isEmpty())
            continue;
        for (int b : r.blockers)
            putU(body, quint64(qMax(0, b)));
        putAgeUnits(body, r.waitAgeMs);
        putU(body, r.lockMode);
        putU(body, r.relation);
        putU(body, r.lockType);
        putU(body, r.transactionId);
        putU(body, quint64(r.page + 1)); // 0: unknown
        putU(body, quint64(r.tuple + 1));
    }
    QByteArray out(1, kColumnarLocks);
    out += qCompress(body, 6);
    return out;
}

bool decodeRows(const QByteArray &blob, QList<PackedRow> *rows) {
    rows->clear();
    if (blob.size() < 2 || (blob.at(0) != kColumnar && blob.at(0) != kColumnarLocks))
        return false;
    const bool locks = blob.at(0) == kColumnarLocks;
    const QByteArray body =
        qUncompress(reinterpret_cast<const uchar *>(blob.constData()) + 1, blob.size() - 1);
    if (body.isEmpty())
        return false;
    Reader in{body, 0};
    const quint64 n = in.u();
    if (!in.ok || n > quint64(body.size()))
        return false;
    QList<PackedRow> out(qsizetype(n), PackedRow{});
    int pid = 0;
    for (auto &r : out)
        r.pid = pid += int(in.u());
    for (auto &r : out) {
        const quint64 st = in.u();
        r.active = st & 1;
        r.state = quint32(st >> 1);
    }
    for (auto &r : out)
        r.user = quint32(in.u());
    for (auto &r : out)
        r.database = quint32(in.u());
    for (auto &r : out)
        r.application = quint32(in.u());
    for (auto &r : out)
        r.client = quint32(in.u());
    for (auto &r : out)
        r.backendType = quint32(in.u());
    for (auto &r : out)
        r.wait = quint32(in.u());
    for (auto &r : out)
        r.query = quint32(in.u());
    QList<quint64> blockerCounts;
    blockerCounts.reserve(qsizetype(n));
    for (quint64 i = 0; i < n; ++i) {
        blockerCounts << in.u();
        if (blockerCounts.last() > quint64(body.size()))
            return false;
    }
    for (auto &r : out)
        r.xactAgeMs = ageUnits(in);
    for (auto &r : out)
        r.queryAgeMs = ageUnits(in);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (blockerCounts.at(i) == 0)
            continue;
        PackedRow &r = out[i];
        for (quint64 k = 0; k < blockerCounts.at(i); ++k)
            r.blockers << int(in.u());
        r.waitAgeMs = ageUnits(in);
        r.lockMode = quint32(in.u());
        r.relation = quint32(in.u());
        if (locks) {
            r.lockType = quint32(in.u());
            r.transactionId = in.u();
            r.page = qint64(in.u()) - 1;
            r.tuple = qint64(in.u()) - 1;
        }
    }
    if (!in.ok)
        return false;
    *rows = std::move(out);
    return true;
}

QByteArray encodeClasses(const ClassCounts &counts) {
    QByteArray out;
    for (int c : counts)
        putU(out, quint64(qMax(0, c)));
    return out;
}

ClassCounts decodeClasses(const QByteArray &blob) {
    ClassCounts counts{};
    Reader in{blob, 0};
    for (int &c : counts) {
        c = int(in.u());
        if (!in.ok) {
            c = 0;
            break;
        }
    }
    return counts;
}

} // namespace sessionhistory
