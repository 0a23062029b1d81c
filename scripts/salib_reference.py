#!/usr/bin/env python3
"""Reference values from SALib for the Ishigami function, for the Swift tests.

Writes Tests/BalloonStatisticsTests/Resources/salib_ishigami.json with
  * Sobol' first-order (S1) and total (ST) indices and their bootstrap
    confidence half-widths (S1_conf, ST_conf), from SALib's Saltelli sampler
    (SALib.sample.sobol, scrambled Sobol', fixed seed) and SALib.analyze.sobol;
  * Morris mu, mu_star, sigma and mu_star_conf from SALib.sample.morris /
    SALib.analyze.morris (4 levels, no trajectory optimisation, fixed seed);
  * the first points of SciPy's unscrambled Sobol' sequence (integers scaled by
    2^30, SciPy's default 30 bits), to pin the Joe-Kuo direction numbers.

Usage (from the package root):
    pip install SALib            # brings numpy and scipy
    python3 scripts/salib_reference.py

Everything is seeded, so reruns with the same SALib/SciPy/NumPy versions give
the same file; the versions used are recorded in it.
"""
import json
import math
import pathlib
from importlib.metadata import version

import numpy as np
import scipy
from scipy.stats import qmc
from SALib.analyze import morris as morris_analyze
from SALib.analyze import sobol as sobol_analyze
from SALib.sample import morris as morris_sample
from SALib.sample import sobol as sobol_sample

A, B = 7.0, 0.1
SOBOL_N = 4096          # base samples, as in the Swift test
SOBOL_SEED = 20240601
MORRIS_TRAJECTORIES = 20000  # x1 and x2 differ by only 2 % in mu*; many trajectories keep the ranking stable
MORRIS_LEVELS = 4
MORRIS_SEED = 20240602
BOOTSTRAP_RESAMPLES = 1000
CONFIDENCE_LEVEL = 0.95

PROBLEM = {
    "num_vars": 3,
    "names": ["x1", "x2", "x3"],
    "bounds": [[-math.pi, math.pi]] * 3,
}


def ishigami(x):
    """f(x) = sin x1 + a sin^2 x2 + b x3^4 sin x1 (Ishigami & Homma 1990)."""
    return np.sin(x[:, 0]) + A * np.sin(x[:, 1]) ** 2 + B * x[:, 2] ** 4 * np.sin(x[:, 0])


def sobol_reference():
    x = sobol_sample.sample(PROBLEM, SOBOL_N, calc_second_order=False, seed=SOBOL_SEED)
    si = sobol_analyze.analyze(
        PROBLEM, ishigami(x), calc_second_order=False, num_resamples=BOOTSTRAP_RESAMPLES,
        conf_level=CONFIDENCE_LEVEL, seed=SOBOL_SEED)
    return {
        "base_samples": SOBOL_N,
        "runs": int(x.shape[0]),
        "seed": SOBOL_SEED,
        "S1": si["S1"].tolist(),
        "S1_conf": si["S1_conf"].tolist(),
        "ST": si["ST"].tolist(),
        "ST_conf": si["ST_conf"].tolist(),
    }


def morris_reference():
    x = morris_sample.sample(PROBLEM, MORRIS_TRAJECTORIES, num_levels=MORRIS_LEVELS, seed=MORRIS_SEED)
    si = morris_analyze.analyze(
        PROBLEM, x, ishigami(x), num_resamples=BOOTSTRAP_RESAMPLES, conf_level=CONFIDENCE_LEVEL,
        num_levels=MORRIS_LEVELS, seed=MORRIS_SEED)
    return {
        "trajectories": MORRIS_TRAJECTORIES,
        "levels": MORRIS_LEVELS,
        "seed": MORRIS_SEED,
        "mu": [float(v) for v in si["mu"]],
        "mu_star": [float(v) for v in si["mu_star"]],
        "sigma": [float(v) for v in si["sigma"]],
        "mu_star_conf": [float(v) for v in si["mu_star_conf"]],
    }


def scipy_sobol_points(dimension, count):
    points = qmc.Sobol(d=dimension, scramble=False).random(count)
    return [[int(round(v * 2**30)) for v in row] for row in points]


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "Tests/BalloonStatisticsTests/Resources/salib_ishigami.json"
    data = {
        "generator": "scripts/salib_reference.py",
        "versions": {"SALib": version("SALib"), "numpy": np.__version__, "scipy": scipy.__version__},
        "ishigami": {"a": A, "b": B, "bounds": [-math.pi, math.pi]},
        "bootstrap_resamples": BOOTSTRAP_RESAMPLES,
        "confidence_level": CONFIDENCE_LEVEL,
        "names": PROBLEM["names"],
        "sobol": sobol_reference(),
        "morris": morris_reference(),
        "scipy_sobol_unscrambled": {
            "bits": 30,
            "first_12_dims_256_points": scipy_sobol_points(12, 256),
            "all_128_dims_16_points": scipy_sobol_points(128, 16),
        },
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {out}")
    print("Sobol S1", data["sobol"]["S1"], "ST", data["sobol"]["ST"])
    print("Morris mu*", data["morris"]["mu_star"])


if __name__ == "__main__":
    main()
