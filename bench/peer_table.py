#!/usr/bin/env python3
"""Reads bench/peer.sh's JSON lines (DL4J's `bench --json` and peer.py's) from stdin and prints a
Markdown table per thread count: median DL4J and PyTorch samples/s and PyTorch / DL4J.
--brief prints one short line instead (peer.sh's progress). Needs no PyTorch."""
import json
import statistics
import sys


def main(brief):
    rows = [json.loads(line) for line in sys.stdin if line.strip().startswith("{")]
    by_threads = {}
    for row in rows:
        by_threads.setdefault(row["threads"], {}).setdefault(row["side"], []).append(row)
    lines = []
    for threads in sorted(by_threads):
        sides = by_threads[threads]
        dl4j = statistics.median(r["samples_per_s"] for r in sides.get("dl4j", []) or [{"samples_per_s": float("nan")}])
        torch = statistics.median(r["samples_per_s"] for r in sides.get("pytorch", []) or [{"samples_per_s": float("nan")}])
        ratio = torch / dl4j if dl4j else float("nan")
        if brief:
            lines.append(f"DL4J {dl4j:,.0f}, PyTorch {torch:,.0f} samples/s (PyTorch/DL4J {ratio:.2f}x)")
            continue
        peer = (sides.get("pytorch") or [{}])[0]
        d = (sides.get("dl4j") or [{}])[0]
        lines.append("| {} | {} | {} | {:,.0f} | {:,.0f} | {:.2f}x | {} | {} |".format(
            d.get("lesson", peer.get("lesson", "?")), peer.get("network", "?"), threads, dl4j, torch, ratio,
            len(sides.get("dl4j", [])), "DL4J: {} (oneDNN {}); PyTorch {}: {}".format(
                d.get("blas", "?"), "on" if d.get("onednn") else "off", peer.get("torch", "?"),
                peer.get("blas", "?"))))
    if brief:
        print("; ".join(lines))
        return
    print("| lesson | network | threads | DL4J samples/s | PyTorch samples/s | PyTorch / DL4J | rounds | BLAS |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(lines))


if __name__ == "__main__":
    main("--brief" in sys.argv[1:])
