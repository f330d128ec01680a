#!/usr/bin/env python3
"""PyTorch twins of the Workbench lessons' networks, for a throughput comparison with DL4J.

Each twin copies its lesson's default network from the Java builders: the same layers, sizes and
activations, the same initialisation family (He normal where DL4J uses WeightInit.RELU, Xavier
normal where it uses XAVIER, zero biases), float32, the same batch size, optimizer and learning
rate, and the same shipped data (Fashion-MNIST IDX files and series CSVs from datasets/; the 2-D
points are generated the way the lesson does). Throughput is counted as DL4J's
`workbench bench` counts it: epochs x iterations per epoch x samples per iteration, timed after
20 warm-up iterations.

Usage: python3 bench/peer.py LESSON [--threads N] [--rounds R] [lesson options as for ./workbench]
Prints one JSON line per measurement. Run by bench/peer.sh, which alternates it with DL4J.
Not part of `mvn verify`.
"""
import argparse
import gzip
import json
import math
import os
import struct
import sys
import time

INSTALL_HINT = "install it with: apt-get install python3-torch libopenblas0-openmp"
WARM_UP_ITERATIONS = 20
HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.join(os.path.dirname(HERE), "datasets")

try:
    import torch
    from torch import nn
except ImportError:
    print("peer.py: PyTorch is not installed; " + INSTALL_HINT, file=sys.stderr)
    sys.exit(2)


# ---- data ----------------------------------------------------------------------------------------

def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack(">I", data[:4])[0]
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8).reshape(shape)


def fashion_train():
    """The shipped training split as FashionMnist.load makes it: every sixth image held out."""
    folder = os.path.join(DATASETS, "fashion-mnist")
    images = read_idx(os.path.join(folder, "train-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(folder, "train-labels-idx1-ubyte.gz")).long()
    keep = torch.tensor([i for i in range(images.shape[0]) if i % 6 != 5])
    return images[keep].float().div(255).unsqueeze(1), labels[keep]


def series_windows(file, column, window, horizon=1):
    """Z-scored training windows of a shipped series (first 70% of the values), as SeriesWindows."""
    values = []
    with open(os.path.join(DATASETS, "series", file)) as f:
        header = f.readline().strip().split(",")
        index = header.index(column)
        for line in f:
            cells = line.strip().split(",")
            values.append(float(cells[index]) if cells[index] else float("nan"))
    series = torch.tensor(values, dtype=torch.float64)
    train = series[: int(len(values) * 0.7)]
    train = torch.nan_to_num(train, nan=float(train[~train.isnan()].mean()))
    scaled = ((train - train.mean()) / train.std()).float()
    count = len(scaled) - window - horizon + 1
    x = torch.stack([scaled[i:i + window] for i in range(count)]).unsqueeze(2)
    y = torch.stack([scaled[i + window + horizon - 1] for i in range(count)]).unsqueeze(1)
    return x, y


def spirals(count, noise, generator):
    """PointSets.spirals: two interleaved spirals of 1.75 turns, radius 0 to 1, plus jitter."""
    labels = torch.arange(count) % 2
    t = torch.rand(count, generator=generator, dtype=torch.float64)
    angle = t * 1.75 * 2 * math.pi + labels * math.pi
    points = torch.stack([t * torch.cos(angle), t * torch.sin(angle)], 1)
    return (points + noise * torch.randn(count, 2, generator=generator, dtype=torch.float64)).float(), labels


def gaussian_ring(count, generator, modes=8, radius=2.0, noise=0.1):
    """PointSets.gaussianRing: a mixture of Gaussians on a circle (the GAN's default target)."""
    c = torch.randint(modes, (count,), generator=generator).double()
    centres = torch.stack([radius * torch.cos(2 * math.pi * c / modes), radius * torch.sin(2 * math.pi * c / modes)], 1)
    return (centres + noise * torch.randn(count, 2, generator=generator, dtype=torch.float64)).float()


# ---- initialisation, as DL4J's -------------------------------------------------------------------

def init_he(module):
    """WeightInit.RELU: N(0, 2 / fan_in), biases 0."""
    nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
    nn.init.zeros_(module.bias)
    return module


def init_xavier(module):
    """WeightInit.XAVIER: N(0, 2 / (fan_in + fan_out)), biases 0."""
    nn.init.xavier_normal_(module.weight)
    nn.init.zeros_(module.bias)
    return module


def recurrent_like_dl4j(cell, hidden, lstm):
    """DL4J's LSTM/SimpleRnn: Xavier input and recurrent weights, one bias (the second is fixed at 0),
    LSTM forget-gate bias 1."""
    for name, p in cell.named_parameters():
        if name.startswith("weight"):
            nn.init.xavier_normal_(p)
        elif name.startswith("bias_hh"):
            nn.init.zeros_(p)
            p.requires_grad_(False)
        else:
            nn.init.zeros_(p)
            if lstm:
                with torch.no_grad():
                    p[hidden:2 * hidden] = 1.0  # PyTorch's gate order: input, forget, cell, output
    return cell


def trainable(model):
    return [p for p in model.parameters() if p.requires_grad]


# ---- twins ---------------------------------------------------------------------------------------

class Twin:
    """A network, its optimizer and its data; step() is one update, as the lesson's trainIteration."""
    network = ""
    batch = 0
    samples_per_iteration = 0
    iterations_per_epoch = 0

    def start_epoch(self):
        pass

    def step(self, i):
        raise NotImplementedError


class Classifier(Twin):
    """Cross-entropy (softmax output, MCXENT) on shuffled mini-batches of fixed tensors."""

    def __init__(self, model, x, y, batch, optimizer, generator, loss=None):
        self.model, self.x, self.y, self.batch, self.optimizer = model, x, y, batch, optimizer
        self.generator = generator
        self.loss = loss or nn.CrossEntropyLoss()
        self.samples_per_iteration = min(batch, len(x))
        self.iterations_per_epoch = (len(x) + batch - 1) // batch
        self.order = torch.arange(len(x))

    def start_epoch(self):
        self.order = torch.randperm(len(self.x), generator=self.generator)

    def step(self, i):
        i %= self.iterations_per_epoch
        idx = self.order[i * self.batch:(i + 1) * self.batch]
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.loss(self.model(self.x[idx]), self.y[idx])
        loss.backward()
        self.optimizer.step()
        return loss.item()


def adam_l2(model, lr, l2):
    """Adam with DL4J's l2 (added to the gradient before the updater) on weights only, not biases."""
    weights = [p for n, p in model.named_parameters() if n.endswith("weight")]
    biases = [p for n, p in model.named_parameters() if not n.endswith("weight")]
    return torch.optim.Adam([{"params": weights, "weight_decay": l2}, {"params": biases, "weight_decay": 0.0}], lr=lr)


def cnn_twin(options, generator):
    """CnnNetworks.lenet: conv 5x5x20, max pool, conv 5x5x50, max pool, dense 500, softmax 10; He
    init, ReLU, Adam 1e-3, l2 1e-4, batch 64, the 10,000 shipped training images."""
    model = nn.Sequential(
        init_he(nn.Conv2d(1, 20, 5)), nn.ReLU(), nn.MaxPool2d(2),
        init_he(nn.Conv2d(20, 50, 5)), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), init_he(nn.Linear(800, 500)), nn.ReLU(),
        init_he(nn.Linear(500, 10)))
    x, y = fashion_train()
    train = options.get("train-images", 10_000)
    if train:
        x, y = x[:train], y[:train]
    twin = Classifier(model, x, y, options.get("batch-size", 64), adam_l2(model, 1e-3, 1e-4), generator)
    twin.network = "LeNet-5 (20/50 filters, dense 500)"
    return twin


class Residual(nn.Module):
    def __init__(self, branch, shortcut=None, after=None):
        super().__init__()
        self.branch, self.shortcut, self.after = branch, shortcut, after

    def forward(self, x):
        out = self.branch(x) + (x if self.shortcut is None else self.shortcut(x))
        return out if self.after is None else self.after(out)


def resnet_twin(options, generator):
    """ResNetNetworks, default variant 'residual' (no batch norm), Xavier init, ReLU, Adam 3e-3."""
    batch = options.get("batch-size", 32)
    if options.get("model", "mlp-2d") == "mlp-2d":
        depth, width = options.get("depth", 30), options.get("width", 32)
        scale = 1 / math.sqrt(depth)
        blocks = []
        for _ in range(depth):
            dense = init_xavier(nn.Linear(width, width))
            with torch.no_grad():
                dense.weight.mul_(scale)  # branchScale: residual branches start at 1/sqrt(blocks)
            blocks.append(Residual(nn.Sequential(dense, nn.ReLU())))
        model = nn.Sequential(init_xavier(nn.Linear(2, width)), nn.ReLU(), *blocks, init_xavier(nn.Linear(width, 2)))
        points, labels = spirals(options.get("points", 1000), 0.05, generator)
        train = int(len(points) * 0.8)
        twin = Classifier(model, points[:train], labels[:train], batch, torch.optim.Adam(model.parameters(), lr=3e-3), generator)
        twin.network = f"deep MLP, {depth} residual dense blocks of {width}"
        return twin
    blocks_per_stage = options.get("cnn-blocks", 2)
    scale = 1 / math.sqrt(2 * blocks_per_stage)
    layers = [init_xavier(nn.Conv2d(1, 16, 3, padding=1)), nn.ReLU(), nn.MaxPool2d(2)]
    channels = 16
    for stage, out_channels in ((1, 16), (2, 32)):
        for b in range(blocks_per_stage):
            stride = 2 if stage == 2 and b == 0 else 1
            conv2 = init_xavier(nn.Conv2d(out_channels, out_channels, 3, padding=1))
            with torch.no_grad():
                conv2.weight.mul_(scale)
            branch = nn.Sequential(init_xavier(nn.Conv2d(channels, out_channels, 3, stride=stride, padding=1)), nn.ReLU(), conv2)
            projection = None
            if stride != 1 or channels != out_channels:
                projection = init_xavier(nn.Conv2d(channels, out_channels, 1, stride=stride))
            layers.append(Residual(branch, projection, nn.ReLU()))
            channels = out_channels
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), init_xavier(nn.Linear(32, 10))]
    model = nn.Sequential(*layers)
    x, y = fashion_train()
    train = options.get("train-images", 0)
    if train:
        x, y = x[:train], y[:train]
    twin = Classifier(model, x, y, batch, torch.optim.Adam(model.parameters(), lr=3e-3), generator)
    twin.network = f"residual CNN, 2 stages x {blocks_per_stage} basic blocks (16/32 channels)"
    return twin


class LastStep(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.cell = cell

    def forward(self, x):
        return self.cell(x)[0][:, -1, :]


def sequences_twin(options, generator):
    """SequenceNetworks.forecaster, defaults: Seattle hourly temperatures, window 24, horizon 1,
    one LSTM (or SimpleRnn) layer of 16, last time step, dense identity output, MSE, Adam 0.02, batch 32."""
    cell_name = options.get("cell", "lstm")
    hidden, window = options.get("hidden-size", 16), options.get("window", 24)
    lstm = cell_name == "lstm"
    cell = (nn.LSTM if lstm else nn.RNN)(1, hidden, batch_first=True)
    recurrent_like_dl4j(cell, hidden, lstm)
    model = nn.Sequential(LastStep(cell), init_xavier(nn.Linear(hidden, 1)))
    x, y = series_windows("seattle-temps.csv", "temp", window)
    twin = Classifier(model, x, y, options.get("batch-size", 32), torch.optim.Adam(trainable(model), lr=0.02),
                      generator, loss=nn.MSELoss())
    twin.network = f"{'LSTM' if lstm else 'SimpleRnn'} forecaster, hidden {hidden}, T={window}"
    return twin


class CharModel(nn.Module):
    """CharNetworks: one-hot characters, LSTM layer(s), a softmax over the vocabulary at every step."""

    def __init__(self, vocabulary, hidden, layers):
        super().__init__()
        self.cell = recurrent_like_dl4j(nn.LSTM(vocabulary, hidden, num_layers=layers, batch_first=True), hidden, True)
        self.output = init_xavier(nn.Linear(hidden, vocabulary))

    def forward(self, x):
        return self.output(self.cell(x)[0])


class NextCharacter(Twin):
    """Random windows of the novel, as the lesson's training feed: predict each next character."""

    def __init__(self, model, codes, vocabulary, window, batch, iterations, optimizer, generator):
        self.model, self.codes, self.vocabulary, self.window, self.batch = model, codes, vocabulary, window, batch
        self.optimizer, self.generator = optimizer, generator
        self.samples_per_iteration, self.iterations_per_epoch = batch, iterations
        self.loss = nn.CrossEntropyLoss()

    def step(self, i):
        starts = torch.randint(0, len(self.codes) - self.window - 1, (self.batch,), generator=self.generator)
        windows = torch.stack([self.codes[s:s + self.window + 1] for s in starts.tolist()])
        x = nn.functional.one_hot(windows[:, :-1], self.vocabulary).float()
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.loss(self.model(x).reshape(-1, self.vocabulary), windows[:, 1:].reshape(-1))
        loss.backward()
        self.optimizer.step()
        return loss.item()


def char_lstm_twin(options, generator):
    """CharNetworks defaults: Pride and Prejudice, characters seen 3+ times (the rest share one symbol),
    LSTM 128, T = 64, batch 32, softmax per step, Adam 0.01, 100 updates per epoch."""
    with open(os.path.join(DATASETS, "text", "pride-and-prejudice.txt"), encoding="utf-8") as f:
        text = f.read()
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    kept = sorted(ch for ch, n in counts.items() if n >= 3)
    index = {ch: i for i, ch in enumerate(kept)}
    rare = len(kept)
    vocabulary = len(kept) + (1 if len(kept) < len(counts) else 0)
    codes = torch.tensor([index.get(ch, rare) for ch in text], dtype=torch.long)
    hidden, layers = options.get("hidden-size", 128), options.get("layers", 1)
    window, batch = options.get("sequence-length", 64), options.get("batch-size", 32)
    model = CharModel(vocabulary, hidden, layers)
    twin = NextCharacter(model, codes, vocabulary, window, batch, options.get("iterations-per-epoch", 100),
                         torch.optim.Adam(trainable(model), lr=0.01), generator)
    twin.network = f"char-LSTM, {vocabulary} symbols, LSTM {hidden} x {layers}, T={window}"
    return twin


def autoencoder_twin(options, generator):
    """AutoencoderNetworks dense (784-256-64-2-64-256-784) or conv; MSE, Adam 1e-3, batch 64, 5,000 images."""
    code = options.get("bottleneck", 2)
    if options.get("model", "dense") == "dense":
        model = nn.Sequential(
            nn.Flatten(),
            init_he(nn.Linear(784, 256)), nn.ReLU(), init_he(nn.Linear(256, 64)), nn.ReLU(),
            init_xavier(nn.Linear(64, code)),
            init_he(nn.Linear(code, 64)), nn.ReLU(), init_he(nn.Linear(64, 256)), nn.ReLU(),
            init_xavier(nn.Linear(256, 784)), nn.Sigmoid(), nn.Unflatten(1, (1, 28, 28)))
        network = f"dense autoencoder 784-256-64-{code}-64-256-784"
    else:
        model = nn.Sequential(
            init_he(nn.Conv2d(1, 16, 3, padding=1)), nn.ReLU(), nn.MaxPool2d(2),
            init_he(nn.Conv2d(16, 8, 3, padding=1)), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), init_xavier(nn.Linear(392, code)),
            init_he(nn.Linear(code, 392)), nn.ReLU(), nn.Unflatten(1, (8, 7, 7)),
            nn.Upsample(scale_factor=2), init_he(nn.Conv2d(8, 16, 3, padding=1)), nn.ReLU(),
            nn.Upsample(scale_factor=2), init_xavier(nn.Conv2d(16, 1, 3, padding=1)), nn.Sigmoid())
        network = f"conv autoencoder 16/8 filters, code {code}"
    x, _ = fashion_train()
    x = x[:options.get("train-images", 5000) or len(x)]
    twin = Classifier(model, x, x, options.get("batch-size", 64), torch.optim.Adam(model.parameters(), lr=1e-3),
                      generator, loss=nn.MSELoss())
    twin.network = network
    return twin


class GanTwin(Twin):
    """GanTrainer's step: D fitted on real + generated (BCE), then G through D's input gradient;
    D's two extra forward passes for its reported outputs (D(real), D(fake)) are done here too."""

    def __init__(self, generator_net, discriminator, real_batch, noise, batch):
        self.g, self.d, self.real_batch, self.noise, self.batch = generator_net, discriminator, real_batch, noise, batch
        self.g_opt = torch.optim.Adam(generator_net.parameters(), lr=1e-3, betas=(0.5, 0.999))
        self.d_opt = torch.optim.Adam(discriminator.parameters(), lr=1e-3, betas=(0.5, 0.999))
        self.bce = nn.BCELoss()
        self.samples_per_iteration = batch
        self.iterations_per_epoch = 100
        self.labels = torch.cat([torch.ones(batch, 1), torch.zeros(batch, 1)])

    def step(self, i):
        real = self.real_batch(self.batch)
        with torch.no_grad():
            fake = self.g(self.noise(self.batch))
            features = torch.cat([real, fake])
            self.d(features).mean().item()  # D's outputs before the update, as the lesson reports them
        self.d_opt.zero_grad(set_to_none=True)
        d_loss = self.bce(self.d(features), self.labels)
        d_loss.backward()
        self.d_opt.step()
        self.g_opt.zero_grad(set_to_none=True)
        fake = self.g(self.noise(self.batch))
        with torch.no_grad():
            self.d(fake).mean().item()
        g_loss = self.bce(self.d(fake), self.labels[:self.batch])
        g_loss.backward()  # D's gradients are computed but never applied, as in calculateGradients
        self.g_opt.step()
        return d_loss.item()


def gan_twin(options, generator):
    """GanNetworks, Xavier init, leaky ReLU (slope 0.01), Adam 1e-3 beta1 0.5 for both, batch 64, k=1."""
    batch = options.get("batch-size", 64)
    if options.get("model", "2d") == "2d":
        noise_dim, hidden = options.get("noise-dim", 2), options.get("hidden-units", 64)
        g = nn.Sequential(init_xavier(nn.Linear(noise_dim, hidden)), nn.LeakyReLU(0.01),
                          init_xavier(nn.Linear(hidden, hidden)), nn.LeakyReLU(0.01), init_xavier(nn.Linear(hidden, 2)))
        d = nn.Sequential(init_xavier(nn.Linear(2, hidden)), nn.LeakyReLU(0.01),
                          init_xavier(nn.Linear(hidden, hidden)), nn.LeakyReLU(0.01),
                          init_xavier(nn.Linear(hidden, 1)), nn.Sigmoid())
        pool = gaussian_ring(10_000, generator)

        def real_batch(n):
            return pool[torch.randint(len(pool), (n,), generator=generator)]

        def noise(n):
            return torch.rand(n, noise_dim, generator=generator) * 2 - 1
        network = f"2-D GAN, G {noise_dim}-{hidden}-{hidden}-2, D 2-{hidden}-{hidden}-1"
    else:
        noise_dim = options.get("image-noise-dim", 64)
        g = nn.Sequential(init_xavier(nn.Linear(noise_dim, 256)), nn.LeakyReLU(0.01),
                          init_xavier(nn.Linear(256, 512)), nn.LeakyReLU(0.01), init_xavier(nn.Linear(512, 784)), nn.Sigmoid())
        d = nn.Sequential(init_xavier(nn.Linear(784, 512)), nn.LeakyReLU(0.01),
                          init_xavier(nn.Linear(512, 256)), nn.LeakyReLU(0.01), init_xavier(nn.Linear(256, 1)), nn.Sigmoid())
        x, y = fashion_train()
        pool = x[y == 1].reshape(-1, 784)  # the default garment: trouser

        def real_batch(n):
            return pool[torch.randint(len(pool), (n,), generator=generator)]

        def noise(n):
            return torch.randn(n, noise_dim, generator=generator)
        network = f"image GAN, G {noise_dim}-256-512-784, D 784-512-256-1"
    twin = GanTwin(g, d, real_batch, noise, batch)
    twin.network = network
    return twin


TWINS = {"cnn": cnn_twin, "resnet": resnet_twin, "sequences": sequences_twin, "autoencoder": autoencoder_twin,
         "gan": gan_twin, "char-lstm": char_lstm_twin}
DEFAULT_EPOCHS = {"cnn": 1, "resnet": 20, "sequences": 3, "autoencoder": 10, "gan": 20, "char-lstm": 4}
KNOWN_OPTIONS = {"epochs", "batch-size", "train-images", "model", "cell", "hidden-size", "window", "depth", "width",
                 "points", "cnn-blocks", "bottleneck", "noise-dim", "image-noise-dim", "hidden-units", "layers", "cnn-epochs",
                 "sequence-length", "iterations-per-epoch"}


# ---- measurement ---------------------------------------------------------------------------------

def blas_in_use():
    """The BLAS library this process mapped (Debian's python3-torch links libblas.so.3, which the
    alternatives system or LD_LIBRARY_PATH points at the reference BLAS or at OpenBLAS), as
    folder/file of the real library, e.g. openblas-openmp/libopenblasp-r0.3.21.so."""
    torch.mm(torch.ones(64, 64), torch.ones(64, 64))
    found = []
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            name = os.path.basename(path)
            if name.startswith(("libblas", "libopenblas", "libmkl", "libblis")):
                real = os.path.realpath(path)
                short = os.path.join(os.path.basename(os.path.dirname(real)), os.path.basename(real))
                if short not in found:
                    found.append(short)
    return ", ".join(found) or "none found"


def measure(twin, epochs):
    twin.start_epoch()
    for i in range(WARM_UP_ITERATIONS):
        twin.step(i)
    start = time.perf_counter()
    for _ in range(epochs):
        twin.start_epoch()
        for i in range(twin.iterations_per_epoch):
            loss = twin.step(i)
            if math.isnan(loss):
                raise RuntimeError("NaN loss")
    elapsed = time.perf_counter() - start
    return epochs * twin.iterations_per_epoch * twin.samples_per_iteration / elapsed, elapsed


def parse_options(pairs):
    options = {}
    if len(pairs) % 2:
        raise SystemExit("peer.py: options come in pairs: --name value")
    for name, value in zip(pairs[::2], pairs[1::2]):
        key = name.lstrip("-")
        if not name.startswith("--") or key not in KNOWN_OPTIONS:
            raise SystemExit(f"peer.py: the twins do not know option {name} (known: {', '.join(sorted(KNOWN_OPTIONS))})")
        options[key] = int(value) if value.lstrip("-").isdigit() else value
    return options


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lesson", choices=sorted(TWINS))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=42)
    args, rest = parser.parse_known_args(argv)
    options = parse_options(rest)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    generator = torch.Generator().manual_seed(args.seed)
    epochs = options.get("epochs", DEFAULT_EPOCHS[args.lesson])
    if args.lesson == "resnet" and options.get("model") == "cnn":
        epochs = options.get("cnn-epochs", 6)  # the residual CNN has its own epoch count, as in the lesson
    twin = TWINS[args.lesson](options, generator)
    blas = blas_in_use()
    for _ in range(args.rounds):
        speed, seconds = measure(twin, epochs)
        print(json.dumps({"side": "pytorch", "lesson": args.lesson, "network": twin.network, "threads": args.threads,
                          "samples_per_s": round(speed, 1), "seconds": round(seconds, 2), "epochs": epochs,
                          "iterations_per_epoch": twin.iterations_per_epoch, "batch": twin.samples_per_iteration,
                          "torch": torch.__version__, "blas": blas, "onednn": torch.backends.mkldnn.is_available()}),
              flush=True)
        twin = TWINS[args.lesson](options, generator)


if __name__ == "__main__":
    main(sys.argv[1:])
