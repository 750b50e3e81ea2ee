#!/usr/bin/env python3
"""An independent numpy implementation of the design's benchmark workload.

Scenarios/uncertain.yaml is the report's five solutions with every range a..b as
pert(a, (a+b)/2, b) and every point x as pert(0.8x, x, 1.2x), hours_per_fte fixed
at 1450. This script writes the formulas out again from design §3 (not from the
Swift code) and samples with numpy's own generator, so agreement with
`workforce simulate` checks both the models and the sampling.

Usage:
  reference_numpy.py [--iterations N] [--seed S] [--time]

Prints JSON: {"iterations", "seconds", "iterations_per_second", "outputs":
{"ward.fte": {"mean", "p5", "p50", "p95"}, ...}}. One core (numpy is
single-threaded for these operations).
"""
import argparse
import json
import time

import numpy as np


def pert(rng, low, mode, high, n):
    """PERT(low, mode, high): Beta(1 + 4(m-a)/(b-a), 1 + 4(b-m)/(b-a)) scaled."""
    width = high - low
    alpha = 1 + 4 * (mode - low) / width
    beta = 1 + 4 * (high - mode) / width
    return low + width * rng.beta(alpha, beta, n)


def around(rng, x, n):
    return pert(rng, 0.8 * x, x, 1.2 * x, n)


def between(rng, a, b, n):
    return pert(rng, a, (a + b) / 2, b, n)


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    h = 1450.0
    out = {}
    # WARD: fte = minutes * admissions * share * los / 60 / h
    minutes, admissions = around(rng, 13.25, n), around(rng, 725_000, n)
    share, los = around(rng, 0.25, n), around(rng, 4, n)
    price = between(rng, 75, 125, n)
    pm, tender = between(rng, 20e6, 25e6, n), around(rng, 2e6, n)
    patient_days = admissions * share * los
    out["ward"] = (minutes * patient_days / 60 / h, pm + tender, patient_days * price)
    # Migo: fte = beds * fte_per_bed * share; operating = price * 12 * beds
    beds, per_bed, saving = around(rng, 310, n), around(rng, 5, n), around(rng, 0.12, n)
    price, pm, tender = around(rng, 7000, n), between(rng, 10e6, 15e6, n), around(rng, 2e6, n)
    out["migo"] = (beds * per_bed * saving, pm + tender, price * 12 * beds)
    # Dermloop: fte = dermatology + plastic surgery + pathology
    derm, plastic, path = around(rng, 47, n), between(rng, 3, 5, n), around(rng, 43, n)
    licence, pm, tender = between(rng, 60e6, 80e6, n), between(rng, 25e6, 35e6, n), around(rng, 2e6, n)
    out["dermloop"] = (derm + plastic + path, pm + tender, licence)
    # Mammography: fte = screenings * low_risk * minutes / 60 / h; operating = licence * (1 + ops)
    screenings, low_risk, per_read = around(rng, 275_000, n), around(rng, 0.70, n), around(rng, 1, n)
    licence, ops = around(rng, 4e6, n), around(rng, 0.20, n)
    pm, tender = around(rng, 23e6, n), around(rng, 2e6, n)
    out["mammography"] = (screenings * low_risk * per_read / 60 / h, pm + tender, licence * (1 + ops))
    # RPA: fte = reports * fields * minutes / 60 / h; project = pre + dev + pm + org; operating = dev * ops
    reports, fields, per_field = around(rng, 450_000, n), around(rng, 25, n), around(rng, 0.65, n)
    pre, dev = around(rng, 1e6, n), between(rng, 5e6, 8e6, n)
    pm, org, ops = between(rng, 2e6, 3e6, n), around(rng, 2e6, n), around(rng, 0.20, n)
    out["rpa"] = (reports * fields * per_field / 60 / h, pre + dev + pm + org, dev * ops)

    figures = ("fte", "project_cost", "operating_cost")
    result = {}
    totals = [np.zeros(n), np.zeros(n), np.zeros(n)]
    for solution, values in out.items():
        for k, (figure, column) in enumerate(zip(figures, values)):
            totals[k] += column
            result[f"{solution}.{figure}"] = column
    for figure, column in zip(figures, totals):
        result[f"total.{figure}"] = column
    summary = {}
    for key, column in result.items():
        p5, p50, p95 = np.percentile(column, [5, 50, 95])
        summary[key] = {"mean": float(column.mean()), "p5": float(p5), "p50": float(p50), "p95": float(p95)}
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    outputs = simulate(args.iterations, args.seed)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "iterations": args.iterations, "seconds": seconds,
        "iterations_per_second": args.iterations / seconds, "outputs": outputs,
    }, indent=2))


if __name__ == "__main__":
    main()
