#include "sessionhistory/samplecodec.h"

namespace sessionhistory {

namespace {
constexpr char kVersion = 1;

void putU(QByteArray &out, quint64 v) {
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}
// -1 (unknown) and ages: +1 so that -1 is 0.
void putAge(QByteArray &out, qint64 v) {
    putU(out, quint64(qMax<qint64>(-1, v) + 1));
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
    qint64 age() { return qint64(u()) - 1; }
};
} // namespace

QByteArray encodeRows(const QList<PackedRow> &rows) {
    QByteArray out;
    out.reserve(1 + rows.size() * 24);
    out += kVersion;
    putU(out, quint64(rows.size()));
    for (const PackedRow &r : rows) {
        putU(out, quint64(qMax(0, r.pid)));
        putU(out, (quint64(r.state) << 1) | (r.active ? 1 : 0));
        putU(out, r.user);
        putU(out, r.database);
        putU(out, r.application);
        putU(out, r.client);
        putU(out, r.backendType);
        putU(out, r.wait);
        putU(out, r.query);
        putAge(out, r.xactAgeMs);
        putAge(out, r.queryAgeMs);
        putU(out, quint64(r.blockers.size()));
        if (!r.blockers.isEmpty()) { // only lock waiters have these
            for (int b : r.blockers)
                putU(out, quint64(qMax(0, b)));
            putAge(out, r.waitAgeMs);
            putU(out, r.lockMode);
            putU(out, r.relation);
        }
    }
    return out;
}

bool decodeRows(const QByteArray &blob, QList<PackedRow> *rows) {
    rows->clear();
    if (blob.isEmpty() || blob.at(0) != kVersion)
        return false;
    Reader in{blob, 1};
    const quint64 n = in.u();
    if (!in.ok || n > quint64(blob.size()))
        return false;
    rows->reserve(qsizetype(n));
    for (quint64 i = 0; i < n && in.ok; ++i) {
        PackedRow r;
        r.pid = int(in.u());
        const quint64 st = in.u();
        r.active = st & 1;
        r.state = quint32(st >> 1);
        r.user = quint32(in.u());
        r.database = quint32(in.u());
        r.application = quint32(in.u());
        r.client = quint32(in.u());
        r.backendType = quint32(in.u());
        r.wait = quint32(in.u());
        r.query = quint32(in.u());
        r.xactAgeMs = in.age();
        r.queryAgeMs = in.age();
        const quint64 nb = in.u();
        if (nb > 0) {
            if (nb > quint64(blob.size()))
                return false;
            for (quint64 k = 0; k < nb; ++k)
                r.blockers << int(in.u());
            r.waitAgeMs = in.age();
            r.lockMode = quint32(in.u());
            r.relation = quint32(in.u());
        }
        if (in.ok)
            *rows << r;
    }
    return in.ok;
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
