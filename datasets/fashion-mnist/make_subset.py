#!/usr/bin/env python3
"""Rebuild the class-balanced Fashion-MNIST subset shipped in this folder.

Source: Debian package `dataset-fashion-mnist` (/usr/share/datasets/fashion-mnist),
the full 60k/10k set by Zalando Research, MIT (Expat) licence, see LICENSE.
Takes the first N images of every class in file order, keeping file order.
"""
import gzip, struct, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
PER_CLASS = {"train": 1200, "t10k": 200}

def read(prefix):
    with gzip.open(f"{SRC}/{prefix}-images-idx3-ubyte.gz") as f:
        _, n, rows, cols = struct.unpack(">IIII", f.read(16))
        images = f.read()
    with gzip.open(f"{SRC}/{prefix}-labels-idx1-ubyte.gz") as f:
        struct.unpack(">II", f.read(8))
        labels = f.read()
    size = rows * cols
    return [images[i * size:(i + 1) * size] for i in range(n)], labels, rows, cols

for prefix, per_class in PER_CLASS.items():
    images, labels, rows, cols = read(prefix)
    taken, counts = [], [0] * 10
    for i, label in enumerate(labels):
        if counts[label] < per_class:
            counts[label] += 1
            taken.append(i)
    # mtime=0 keeps the .gz bytes reproducible
    with gzip.GzipFile(f"{prefix}-images-idx3-ubyte.gz", "wb", mtime=0) as f:
        f.write(struct.pack(">IIII", 2051, len(taken), rows, cols))
        f.write(b"".join(images[i] for i in taken))
    with gzip.GzipFile(f"{prefix}-labels-idx1-ubyte.gz", "wb", mtime=0) as f:
        f.write(struct.pack(">II", 2049, len(taken)))
        f.write(bytes(labels[i] for i in taken))
    print(prefix, len(taken), counts)
