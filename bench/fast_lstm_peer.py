"""PyTorch twin of FastLstmBenchmark: the same two LSTM networks on the same shapes of random data.

    python3 bench/fast_lstm_peer.py forecaster|char [rounds] [iterations per round]

forecaster: 1 feature, LSTM 16, T = 24, last step, linear output, MSE, Adam 0.02, batch 32 (the
sequences lesson's default); char: one-hot 64 symbols, LSTM 128, T = 64, linear + softmax cross
entropy per step, Adam 2e-3, batch 32. Run it through bench/fast-lstm.sh, which sets one thread and
OpenBLAS; prints ms per iteration per round and the median.
"""
import statistics
import sys
import time

import torch
from torch import nn


class LastStep(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.cell = cell

    def forward(self, x):
        return self.cell(x)[0][:, -1, :]


class PerStep(nn.Module):
    def __init__(self, cell, out):
        super().__init__()
        self.cell, self.out = cell, out

    def forward(self, x):
        return self.out(self.cell(x)[0]).transpose(1, 2)  # [batch, classes, time] for CrossEntropyLoss


def networks(name):
    if name == "forecaster":
        model = nn.Sequential(LastStep(nn.LSTM(1, 16, batch_first=True)), nn.Linear(16, 1))
        x, y = torch.rand(32, 24, 1), torch.rand(32, 1)
        return model, x, y, nn.MSELoss(), torch.optim.Adam(model.parameters(), lr=0.02)
    model = PerStep(nn.LSTM(64, 128, batch_first=True), nn.Linear(128, 64))
    symbols = torch.randint(0, 64, (32, 64))
    x = nn.functional.one_hot(symbols, 64).float()
    y = torch.randint(0, 64, (32, 64))
    return model, x, y, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), lr=2e-3)


def ms_per_iteration(model, x, y, loss, optimizer, iterations):
    """Wall-clock and this thread's CPU milliseconds per update (one torch thread: the work runs here)."""
    start, cpu_start = time.perf_counter(), time.thread_time()
    for _ in range(iterations):
        optimizer.zero_grad()
        loss(model(x), y).backward()
        optimizer.step()
    return ((time.perf_counter() - start) * 1000 / iterations, (time.thread_time() - cpu_start) * 1000 / iterations)


def main(argv):
    name = argv[0] if argv else "forecaster"
    rounds = int(argv[1]) if len(argv) > 1 else 5
    iterations = int(argv[2]) if len(argv) > 2 else 100
    torch.set_num_threads(1)
    torch.manual_seed(42)
    model, x, y, loss, optimizer = networks(name)
    ms_per_iteration(model, x, y, loss, optimizer, max(1, iterations // 5))
    walls, cpus = [], []
    for round_number in range(1, rounds + 1):
        wall, cpu = ms_per_iteration(model, x, y, loss, optimizer, iterations)
        walls.append(wall)
        cpus.append(cpu)
        print(f"{name} round {round_number}: PyTorch {wall:.2f} ms/iteration ({cpu:.2f} ms CPU)", flush=True)
    print(f"{name} median: PyTorch {statistics.median(walls):.2f} ms, {statistics.median(cpus):.2f} ms CPU; "
          f"torch {torch.__version__}")


if __name__ == "__main__":
    main(sys.argv[1:])
