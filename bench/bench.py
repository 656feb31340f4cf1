#!/usr/bin/env python3
"""veille's benchmark: indexing and query speed on real French news, against a plain-tantivy
baseline in the same run. Run it through bench/run.sh; see bench/README.md for what is measured
and why.

Machines are shared and noisy: every figure is a median over repeated runs, and the figure we
track is the ratio to the baseline measured in the same run.
"""

import argparse
import datetime
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
ORANGESUM = os.path.join(SHARED, "corpora", "orangesum.jsonl.gz")
QUERIES = os.path.join(SHARED, "queries", "longeval-fr-queries.txt")
VEILLE = os.path.join(ROOT, "target", "release", "veille")
BASELINE = os.path.join(ROOT, "target", "release", "examples", "baseline")


def run_timed(command, **kwargs):
    """Runs a command under /usr/bin/time -v; returns wall s, cpu s, peak RSS MB, stderr."""
    result = subprocess.run(
        ["/usr/bin/time", "-v"] + command, capture_output=True, text=True, **kwargs
    )
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result.stderr[-2000:]}")
    fields = {}
    for line in result.stderr.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"]
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(wall.split(":"))))
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    rss = int(fields["Maximum resident set size (kbytes)"]) / 1024
    return seconds, cpu, rss, result.stderr


def disk_size(path):
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
    return total


def write_corpus(work, replicas, limit):
    """Writes the corpus as plain JSON Lines (so both indexers read the same bytes). Replica k > 0
    is a synthetic copy: ids prefixed `xK-`, dates shifted by K*11 years, so the copies do not
    collide and the date facet grows as a real archive would."""
    path = os.path.join(work, f"orangesum-x{replicas}" + (f"-{limit}" if limit else "") + ".jsonl")
    if os.path.exists(path):
        return path
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as source:
        records = [line for _, line in zip(range(limit or 10**9), source)]
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        for k in range(replicas):
            for line in records:
                if k == 0:
                    out.write(line)
                    continue
                record = json.loads(line)
                record["id"] = f"x{k}-{record['id']}"
                record["url"] = f"{record.get('url', '')}#synthetic-{k}"
                for field in ("date", "published_time"):
                    value = record.get(field)
                    if value and value[:4].isdigit():
                        record[field] = f"{int(value[:4]) + 11 * k:04d}{value[4:]}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.rename(path + ".tmp", path)
    return path


def percentiles(values):
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return statistics.median(ordered), pick(0.95), pick(0.99)


def query_latencies(index, queries_file, flags, binary=VEILLE):
    if binary == BASELINE:
        command = [BASELINE, "search", index, queries_file]
    else:
        command = [VEILLE, "search", "--queries", queries_file, "--json", "--index", index] + flags
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    times, errors = [], 0
    for line in output.splitlines():
        answer = json.loads(line)
        if "error" in answer:
            errors += 1
        else:
            times.append(answer["took_ms"])
    return times, errors


def headline_queries(work, count):
    """Whole headlines of a fixed sample of articles: long natural-language queries."""
    path = os.path.join(work, f"headlines-{count}.txt")
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as source:
        titles = [json.loads(line).get("title", "") for line in source]
    rng = random.Random(20240521)
    sample = [t.replace("\n", " ") for t in rng.sample([t for t in titles if t], count)]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(sample) + "\n")
    return path


def first_lines(work, count):
    path = os.path.join(work, f"longeval-{count}.txt")
    with open(QUERIES, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
        for _, line in zip(range(count), source):
            out.write(line)
    return path


def index_both(corpus, work, label, repeats):
    """Indexes `corpus` with veille and the baseline, alternating, `repeats` times each."""
    rows = {"veille": [], "baseline": [], "veille without companies": []}
    veille_index = os.path.join(work, f"index-{label}")
    baseline_index = os.path.join(work, f"baseline-{label}")
    plain_index = os.path.join(work, f"plain-{label}")
    for _ in range(repeats):
        shutil.rmtree(veille_index, ignore_errors=True)
        rows["veille"].append(run_timed([VEILLE, "index", corpus, "--index", veille_index]))
        rows["baseline"].append(run_timed([BASELINE, "index", corpus, baseline_index, "2"]))
        shutil.rmtree(plain_index, ignore_errors=True)
        rows["veille without companies"].append(
            run_timed([VEILLE, "index", corpus, "--index", plain_index, "--no-companies"]))
    reindex = [run_timed([VEILLE, "index", corpus, "--index", veille_index])[0] for _ in range(repeats)]
    size = os.path.getsize(corpus)
    summary = {}
    for name, runs in rows.items():
        wall = statistics.median(r[0] for r in runs)
        summary[name] = {
            "wall": wall,
            "cpu": statistics.median(r[1] for r in runs),
            "rss": max(r[2] for r in runs),
            "mbs": size / 1e6 / wall,
            "index_mb": disk_size({"veille": veille_index, "baseline": baseline_index}.get(name, plain_index)) / 1e6,
        }
    summary["veille"]["reindex"] = statistics.median(reindex)
    summary["input_mb"] = size / 1e6
    summary["articles"] = sum(1 for _ in open(corpus, encoding="utf-8"))
    return summary, veille_index, baseline_index


def end_to_end(index, repeats):
    """One `veille search` process, start to exit, warm cache."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([VEILLE, "search", "investissement cloud", "--index", index],
                       capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    return f"{os.cpu_count()} cores, {model}", commit


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few hundred articles, to check the harness runs")
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "RESULTS.md"))
    args = parser.parse_args()
    if not os.path.exists(ORANGESUM):
        print(f"bench: skipped: {ORANGESUM} is absent")
        return
    work = os.path.join(ROOT, "bench", "work")
    os.makedirs(work, exist_ok=True)
    limit = 300 if args.smoke else 0
    replicas = [1] if args.smoke else args.replicas
    repeats = 1 if args.smoke else args.repeats
    query_count = 50 if args.smoke else 2000
    queries = first_lines(work, query_count)
    headlines = headline_queries(work, 20 if args.smoke else 200)

    lines = []
    hardware, commit = machine()
    lines.append("# Benchmark results\n")
    lines.append(f"Machine: {hardware}. Date: {datetime.date.today()}. Commit: {commit}. "
                 f"Command: `bench/run.sh{' --smoke' if args.smoke else ''}`. "
                 f"Medians of {repeats} run(s); the baseline ran in the same session, alternating with veille.\n")
    for replica in replicas:
        corpus = write_corpus(work, replica, limit)
        summary, veille_index, baseline_index = index_both(corpus, work, f"x{replica}", repeats)
        v, b = summary["veille"], summary["baseline"]
        lines.append(f"\n## Corpus ×{replica}: {summary['articles']:,} articles, {summary['input_mb']:.0f} MB of JSON Lines"
                     + (" (synthetic copies beyond the first)" if replica > 1 else "") + "\n")
        lines.append("| indexing | wall s | CPU s | MB/s | articles/s | peak RSS MB | index MB | index / input |")
        lines.append("|---|---|---|---|---|---|---|---|")
        plain = summary["veille without companies"]
        for name, row in (("veille", v), ("veille --no-companies", plain), ("baseline (plain tantivy)", b)):
            lines.append(f"| {name} | {row['wall']:.2f} | {row['cpu']:.2f} | {row['mbs']:.1f} | "
                         f"{summary['articles'] / row['wall']:,.0f} | {row['rss']:.0f} | {row['index_mb']:.0f} | "
                         f"{row['index_mb'] / summary['input_mb']:.2f} |")
        lines.append(f"\nveille / baseline, wall time: **{v['wall'] / b['wall']:.2f}×** (CPU: {v['cpu'] / b['cpu']:.2f}×). "
                     f"Re-indexing the unchanged corpus: {v['reindex']:.2f} s, "
                     f"**{100 * v['reindex'] / v['wall']:.0f}%** of the first run. "
                     f"Company recognition costs {100 * (v['wall'] / plain['wall'] - 1):+.0f}% wall time, "
                     f"{100 * (v['cpu'] / plain['cpu'] - 1):+.0f}% CPU (veille with and without `--no-companies`).\n")
        lines.append("| queries | n | unanswered | p50 ms | p95 ms | p99 ms |")
        lines.append("|---|---|---|---|---|---|")
        modes = [
            (f"(a) top 10 + count, {query_count} real queries", queries, ["--no-facets", "--no-snippets"]),
            ("(b) + facets", queries, ["--no-snippets"]),
            ("(c) + facets + 10 snippets (default output)", queries, []),
            ("headlines (a)", headlines, ["--no-facets", "--no-snippets"]),
            ("headlines (c)", headlines, []),
        ]
        for label, file, flags in modes:
            times, errors = query_latencies(veille_index, file, flags)
            p50, p95, p99 = percentiles(times)
            lines.append(f"| {label} | {len(times) + errors} | {errors} | {p50:.3f} | {p95:.3f} | {p99:.3f} |")
        times, errors = query_latencies(baseline_index, queries, [], BASELINE)
        p50, p95, p99 = percentiles(times)
        lines.append(f"| baseline: tantivy QueryParser, top 10 + count | {len(times)} | {errors} | {p50:.3f} | {p95:.3f} | {p99:.3f} |")
        lines.append(f"\nOne `veille search` process, start to exit (warm cache, median of 20): "
                     f"**{end_to_end(veille_index, 20):.1f} ms**.\n")
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
