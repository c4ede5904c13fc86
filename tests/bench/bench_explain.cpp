// The Explain page's speed targets (issue 7): parse + metrics + layout of plans with 100,
// 1,000 and 10,000 nodes (target: 10,000 nodes under 200 ms), building the scene, and the
// frame time of zooming and panning the 10,000-node scene (target: under 16 ms a frame).
//   cmake --build build/<dir> --target bench_explain && build/<dir>/tests/bench/bench_explain
// No server needed: the plans are generated in PostgreSQL's own JSON and text formats, shaped
// like a partitioned query (an Append over partitions joined to a dimension table), with every
// field PostgreSQL 15 prints for EXPLAIN (ANALYZE, BUFFERS).
#include "explain/planimage.h"
#include "explain/plannodeitem.h"
#include "explain/planscene.h"
#include "explain/planview.h"
#include "explain/preparedplan.h"

#include <QApplication>
#include <QScrollBar>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

struct Gen {
    QByteArray json;
    QString text;
    int nodes = 0;
    int seed = 1;

    double rnd(double lo, double hi) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return lo + (hi - lo) * (seed % 10000) / 10000.0;
    }
    static QByteArray num(double v, int decimals = 3) { return QByteArray::number(v, 'f', decimals); }

    // One node in both formats. `depth` is the text indentation level.
    void node(const QByteArray &type, const QByteArray &extraJson, const QByteArray &header,
              const QList<QByteArray> &props, const QByteArray &rel, int depth, double rows, double loops,
              double ms, bool hasKids) {
        ++nodes;
        const double hit = rnd(10, 5000), read = rnd(0, 300);
        json += "{\"Node Type\": \"" + type + "\", " +
                (rel.isEmpty() ? QByteArray() : "\"Parent Relationship\": \"" + rel + "\", ") +
                "\"Parallel Aware\": false, \"Async Capable\": false, " + extraJson +
                "\"Startup Cost\": " + num(rnd(0, 10), 2) + ", \"Total Cost\": " + num(rnd(10, 9000), 2) +
                ", \"Plan Rows\": " + num(rows * rnd(0.2, 3), 0) +
                ", \"Plan Width\": 16, \"Actual Startup Time\": " + num(ms / 10) +
                ", \"Actual Total Time\": " + num(ms) + ", \"Actual Rows\": " + num(rows, 0) +
                ", \"Actual Loops\": " + num(loops, 0) + ", \"Shared Hit Blocks\": " + num(hit, 0) +
                ", \"Shared Read Blocks\": " + num(read, 0) +
                ", \"Shared Dirtied Blocks\": 0, \"Shared Written Blocks\": 0, \"Local Hit Blocks\": 0, "
                "\"Local Read Blocks\": 0, "
                "\"Local Dirtied Blocks\": 0, \"Local Written Blocks\": 0, \"Temp Read Blocks\": 0, \"Temp "
                "Written Blocks\": 0, "
                "\"I/O Read Time\": " +
                num(read / 100) +
                ", \"I/O Write Time\": 0.000, \"Temp I/O Read Time\": 0.000, \"Temp I/O Write Time\": 0.000" +
                (hasKids ? ", \"Plans\": [" : "}");
        const QString pad(depth == 0 ? 0 : 6 * depth - 4, QLatin1Char(' '));
        const QString propPad(depth == 0 ? 2 : 6 * depth + 2, QLatin1Char(' '));
        text +=
            pad + (depth ? QStringLiteral("->  ") : QString()) + QString::fromLatin1(header) +
            QStringLiteral("  (cost=1.00..100.00 rows=%1 width=16) (actual time=%2..%3 rows=%4 loops=%5)\n")
                .arg(qRound(rows))
                .arg(ms / 10, 0, 'f', 3)
                .arg(ms, 0, 'f', 3)
                .arg(qRound(rows))
                .arg(qRound(loops));
        for (const QByteArray &p : props)
            text += propPad + QString::fromLatin1(p) + QLatin1Char('\n');
        text +=
            propPad + QStringLiteral("Buffers: shared hit=%1 read=%2\n").arg(qRound(hit)).arg(qRound(read));
    }
    void close() { json += "]}"; }

    // Hash Join (partition x dimension): 5 nodes.
    void partition(int k, int depth) {
        const QByteArray p = "orders_p" + QByteArray::number(k);
        node("Hash Join",
             "\"Join Type\": \"Inner\", \"Inner Unique\": true, \"Hash Cond\": \"(o.courier_id = c.id)\", ",
             "Hash Join", {"Hash Cond: (o.courier_id = c.id)"}, "Member", depth, 900, 1, rnd(5, 40), true);
        node("Seq Scan",
             "\"Relation Name\": \"" + p + "\", \"Alias\": \"" + p +
                 "\", \"Filter\": \"(status = 'new'::text)\", \"Rows Removed by Filter\": 9100, ",
             "Seq Scan on " + p, {"Filter: (status = 'new'::text)", "Rows Removed by Filter: 9100"}, "Outer",
             depth + 1, 900, 1, rnd(2, 20), false);
        json += ", ";
        node("Hash",
             "\"Hash Buckets\": 2048, \"Original Hash Buckets\": 2048, \"Hash Batches\": 1, \"Original Hash "
             "Batches\": 1, \"Peak Memory Usage\": 95, ",
             "Hash", {"Buckets: 2048  Batches: 1  Memory Usage: 95kB"}, "Inner", depth + 1, 2000, 1,
             rnd(0.5, 2), true);
        node("Bitmap Heap Scan",
             "\"Relation Name\": \"couriers\", \"Alias\": \"c\", \"Recheck Cond\": \"(region = 3)\", \"Exact "
             "Heap Blocks\": 13, \"Lossy Heap Blocks\": 0, ",
             "Bitmap Heap Scan on couriers c", {"Recheck Cond: (region = 3)", "Heap Blocks: exact=13"},
             "Outer", depth + 2, 2000, 1, rnd(0.2, 1), true);
        node("Bitmap Index Scan",
             "\"Index Name\": \"couriers_region_idx\", \"Index Cond\": \"(region = 3)\", ",
             "Bitmap Index Scan on couriers_region_idx", {"Index Cond: (region = 3)"}, "Outer", depth + 3,
             2000, 1, rnd(0.05, 0.2), false);
        close(); // Bitmap Heap Scan
        close(); // Hash
        close(); // Hash Join
    }

    static Gen plan(int target) {
        Gen g;
        g.json = "[{\"Plan\": ";
        g.node("Aggregate", "\"Strategy\": \"Plain\", \"Partial Mode\": \"Simple\", ", "Aggregate", {}, {}, 0,
               1, 1, 900, true);
        g.node("Append", "\"Subplans Removed\": 0, ", "Append", {}, "Outer", 1, 90000, 1, 880, true);
        int k = 0;
        while (g.nodes + 5 <= target) {
            if (k)
                g.json += ", ";
            g.partition(k++, 2);
        }
        while (g.nodes < target) {
            g.json += ", ";
            const QByteArray p = "extra_p" + QByteArray::number(g.nodes);
            g.node("Seq Scan", "\"Relation Name\": \"" + p + "\", \"Alias\": \"" + p + "\", ",
                   "Seq Scan on " + p, {}, "Member", 2, 10, 1, 0.5, false);
        }
        g.close();
        g.close();
        g.json += ", \"Planning Time\": 12.5, \"Triggers\": [], \"Execution Time\": 905.1}]";
        g.text += QStringLiteral("Planning Time: 12.500 ms\nExecution Time: 905.100 ms\n");
        return g;
    }
};

const Gen &generated(int nodes) {
    static QHash<int, Gen> cache;
    if (!cache.contains(nodes))
        cache.insert(nodes, Gen::plan(nodes));
    return cache[nodes];
}

void BM_PrepareJson(benchmark::State &state) {
    const Gen &g = generated(int(state.range(0)));
    for (auto _ : state) {
        explain::PreparedPlan p = explain::preparePlan(g.json);
        if (!p.ok() || p.parsed.plan.nodes.size() != g.nodes)
            state.SkipWithError("generated plan did not parse");
        benchmark::DoNotOptimize(p);
    }
    state.counters["nodes"] = g.nodes;
    state.counters["MB"] = double(g.json.size()) / 1e6;
}

void BM_PrepareText(benchmark::State &state) {
    const Gen &g = generated(int(state.range(0)));
    const QByteArray text = g.text.toUtf8();
    for (auto _ : state) {
        explain::PreparedPlan p = explain::preparePlan(text);
        if (!p.ok() || p.parsed.plan.nodes.size() != g.nodes)
            state.SkipWithError(qPrintable(QStringLiteral("text plan did not parse: ") + p.parsed.error));
        benchmark::DoNotOptimize(p);
    }
    state.counters["nodes"] = g.nodes;
}

// Building the scene's items on the GUI thread once the worker has prepared the plan (and
// deleting the previous plan's). The event loop runs after each, as in the application: the
// scene polishes new items from a queued call, and until then every item removed searches the
// list of items waiting for it (without the event loop, that list grows from run to run).
void BM_SceneBuild(benchmark::State &state) {
    explain::PreparedPlan p = explain::preparePlan(generated(int(state.range(0))).json);
    const auto plan = std::make_shared<const explain::Plan>(p.parsed.plan);
    ui::PlanScene scene;
    for (auto _ : state) {
        scene.setPlan(plan, p.layout);
        QCoreApplication::processEvents();
    }
    state.counters["items"] = double(scene.items().size());
}

// One frame: change the view, then paint the viewport synchronously (what the screen shows).
struct ViewFixture {
    ui::PlanScene scene;
    ui::PlanView view{&scene};
    ViewFixture(int nodes) {
        explain::PreparedPlan p = explain::preparePlan(generated(nodes).json);
        scene.setPlan(std::make_shared<const explain::Plan>(p.parsed.plan), p.layout);
        view.resize(1400, 860);
        view.show();
        QCoreApplication::processEvents();
    }
};

void BM_ZoomFrame(benchmark::State &state) {
    ViewFixture f(10000);
    const double base = state.range(0) == 0 ? -1 : double(state.range(0)) / 100.0;
    if (base < 0)
        f.view.fit();
    else
        f.view.setZoom(base);
    const double start = f.view.zoom();
    bool in = true;
    for (auto _ : state) {
        f.view.setZoom(in ? start * 1.1 : start); // one wheel step in, then out
        in = !in;
        f.view.viewport()->repaint();
    }
    state.counters["zoom"] = start;
    int cards = 0;
    for (QGraphicsItem *i : f.scene.items(f.view.mapToScene(f.view.viewport()->rect())))
        cards += dynamic_cast<ui::PlanNodeItem *>(i) ? 1 : 0;
    state.counters["visible_cards"] = cards;
}

void BM_PanFrame(benchmark::State &state) {
    ViewFixture f(10000);
    const double base = state.range(0) == 0 ? -1 : double(state.range(0)) / 100.0;
    if (base < 0)
        f.view.fit();
    else
        f.view.setZoom(base);
    f.view.centerOn(f.scene.sceneRect().center());
    QScrollBar *h = f.view.horizontalScrollBar();
    int step = 40;
    for (auto _ : state) {
        if (h->value() + step > h->maximum() || h->value() + step < h->minimum())
            step = -step;
        h->setValue(h->value() + step);
        f.view.viewport()->repaint();
    }
    state.counters["zoom"] = f.view.zoom();
}

// PGDBA_BENCH_SHOTS=<dir>: also saves what the frames show (the 10,000-node plan at fit, 2 %,
// 20 %, 50 % and 100 % around the Append, and a small plan's PNG and SVG export), to look at
// the links and cards.
void saveShots(const QString &dir) {
    ViewFixture f(10000);
    const auto save = [&](const char *name) {
        QCoreApplication::processEvents();
        f.view.viewport()->grab().save(dir + QStringLiteral("/explain-10000-") + QLatin1String(name) +
                                       QStringLiteral(".png"));
    };
    f.view.fit();
    save("fit");
    for (int z : {2, 20, 50, 100}) {
        f.view.setZoom(z / 100.0);
        f.view.centerOn(f.scene.layout().cards[1].center() + QPointF(0, 200));
        save(QByteArray::number(z).constData());
    }
    // The PNG and SVG exports draw the links too (a 27-node plan, so the PNG is readable).
    ui::PlanScene small;
    explain::PreparedPlan p = explain::preparePlan(generated(27).json);
    small.setPlan(std::make_shared<const explain::Plan>(p.parsed.plan), p.layout);
    ui::exportPlanPng(&small, dir + QStringLiteral("/explain-27-export.png"));
    ui::exportPlanSvg(&small, dir + QStringLiteral("/explain-27-export.svg"));
}

} // namespace

BENCHMARK(BM_PrepareJson)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PrepareText)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SceneBuild)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
// Arg: zoom in percent; 0 = fit the whole 10,000-node plan in the window (about 0.12 %, painted as
// the overview); 1 = the farthest zoom still painted item by item, with the most cards on screen.
BENCHMARK(BM_ZoomFrame)->Arg(0)->Arg(1)->Arg(20)->Arg(50)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PanFrame)->Arg(0)->Arg(1)->Arg(20)->Arg(50)->Arg(100)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (const QString dir = qEnvironmentVariable("PGDBA_BENCH_SHOTS"); !dir.isEmpty())
        saveShots(dir);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
