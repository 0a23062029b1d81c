#!/usr/bin/env python3
"""Which channel moves Colombia's fit? Rerun `history` on the shipped posterior with one or two parameters
overridden for every member (no refit) and print each variant's fit beside the unchanged run.

    scripts/channel-sweep.py BALLOON_BINARY [--members 200] [--out DIR] [VARIANT ...]

A VARIANT is `name:parameter=value[,parameter=value]`, with names from docs/parameters.md; without any,
the sweep of docs/model.md (section 7, "What a sweep of single channels shows") is run. Each variant is a
scenario file with `baseline = "history"` and a `[parameters]` table, so `balloon run` applies the
override on top of every posterior draw. Prints, per variant, the RMSE of the log of the ensemble-median
coca area against UNODC's 2000-2019 rows (the rows `balloon validate` reads: the first UNODC figure of each
year, without the small-plot adjustment; on the unchanged run this gives validate's 0.382 / 0.132 / 0.091
of the fifteenth step's posterior) and the median Colombian area, production and source price in the
years that show the overshoot. A diagnostic of the shipped posterior, not a fit: a refit moves the other
fitted parameters to compensate.
"""
import argparse
import collections
import csv
import math
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "Sources" / "BalloonData" / "Resources" / "coca_cultivation_ha.csv"
COUNTRIES = {"Colombia": "CO", "Peru": "PE", "Bolivia": "BO"}
DEFAULT_VARIANTS = [
    "spray-loss-0.2:spray_yield_loss=0.2",
    "kill-0.15:spray_kill_share=0.15",
    "kill-0.05:spray_kill_share=0.05",
    "yield-7.5:cocaine_yield_kg_per_ha.CO=7.5",
    "yield-12.8:cocaine_yield_kg_per_ha.CO=12.8",
    "yield-3.2:cocaine_yield_kg_per_ha.CO=3.2",
    "adaptation-0:productivity_adaptation=0",
    "adaptation-0.5:productivity_adaptation=0.5",
    "yield-price-0:yield_price_response=0",
    "maturation-4:maturation_months=4",
    "rent-0:source_rent_share=0",
    "rent-1:source_rent_share=1",
    "route-20:route_choice_sensitivity=20",
    "route-40:route_choice_sensitivity=40",
    "flex-0.1:source_price_flexibility=0.1",
    "adjustment-0.4:source_price_adjustment=0.4",
    "source-cover-1:source_inventory_cover_months=1",
    "source-cover-6:source_inventory_cover_months=6",
    "market-cover-1:market_inventory_cover_months=1",
    "market-cover-4:market_inventory_cover_months=4",
    "losses-0:source_loss_rate=0",
    "losses-0.03:source_loss_rate=0.03",
    "domestic-seizure-0.05:domestic_seizure_rate.CO=0.05",
    "profit-0.2:profit_elasticity=0.2",
    "planting-24:planting_adjustment_months=24",
    "abandon-12:abandonment_adjustment_months=12",
    "compensation-0.05:eradication_compensation=0.05",
    "compensation-0.9:eradication_compensation=0.9",
    "risk-1:eradication_risk_weight=1",
    "compensation-0.05-risk-1:eradication_compensation=0.05,eradication_risk_weight=1",
    "maturation-4-rent-0:maturation_months=4,source_rent_share=0",
    "state-effect-1.9:state_presence_effect=1.9",
    "aid-effect-0.0019:military_aid_effect=0.0019",
    "state-reversion-240:state_reversion_months=240",
]


def observed_areas():
    observed = collections.defaultdict(dict)
    with open(DATA, newline="") as handle:
        for row in csv.DictReader(handle):
            country = COUNTRIES.get(row["country"])
            by = row["estimate_by"]
            if not country or not row["hectares"] or not by.startswith("UNODC") or "small plots" in by:
                continue
            year = int(row["year"])
            if 2000 <= year <= 2019:
                observed[country].setdefault(year, float(row["hectares"]))
    return observed


def medians(path):
    series = collections.defaultdict(dict)
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["statistic"] == "median":
                series[(row["indicator"], row["place"])][int(row["year"])] = float(row["value"])
    return series


def run(binary, name, overrides, members, folder):
    scenario = folder / f"{name}.toml"
    lines = [f'name = "{name}"', 'baseline = "history"']
    if overrides:
        lines.append("[parameters]")
        for parameter, value in overrides:
            key = f'"{parameter}"' if "." in parameter else parameter
            lines.append(f"{key} = {value}")
    scenario.write_text("\n".join(lines) + "\n")
    out = folder / name
    done = subprocess.run([binary, "run", str(scenario), "--ensemble", str(members), "--out", str(out)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"variant {name}: balloon run failed:\n{done.stderr}")
    # The output is named after the scenario, with any character unsafe in a file name replaced.
    (table,) = out.glob("*.ensemble.csv")
    return medians(table)


def parse(variant):
    name, _, assignments = variant.partition(":")
    overrides = []
    for assignment in filter(None, assignments.split(",")):
        parameter, _, value = assignment.partition("=")
        try:
            float(value)
        except ValueError:
            sys.exit(f"variant {variant!r}: the value of {parameter.strip()!r} is not a number: {value.strip()!r}")
        overrides.append((parameter.strip(), value.strip()))
    if not name or not overrides or not all(ch.isalnum() or ch in "-_." for ch in name):
        sys.exit(f"variant {variant!r}: write it as name:parameter=value[,parameter=value], the name of letters, digits, '-', '_' and '.'")
    return name, overrides


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("variants", nargs="*")
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--out", type=pathlib.Path)
    arguments = parser.parse_args()
    variants = [("history", [])] + [parse(v) for v in (arguments.variants or DEFAULT_VARIANTS)]
    observed = observed_areas()
    folder = arguments.out or pathlib.Path(tempfile.mkdtemp(prefix="channel-sweep-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("| variant | RMSE log area CO | PE | BO | CO area 2005 | 2010 | 2013 | 2019 | CO production 2006, t "
          "| CO source price 2008, US$/kg |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, overrides in variants:
        series = run(arguments.binary, name, overrides, arguments.members, folder)
        errors = []
        for country in ("CO", "PE", "BO"):
            modelled = series[("coca_area_ha", country)]
            squares = [(math.log(modelled[y]) - math.log(v)) ** 2 for y, v in observed[country].items()]
            errors.append(math.sqrt(sum(squares) / len(squares)))
        area = series[("coca_area_ha", "CO")]
        label = name if not overrides else f"{name} (`{', '.join(f'{p} = {v}' for p, v in overrides)}`)"
        print(f"| {label} | {errors[0]:.3f} | {errors[1]:.3f} | {errors[2]:.3f} | "
              + " | ".join(f"{area[y]:,.0f}" for y in (2005, 2010, 2013, 2019))
              + f" | {series[('cocaine_production_t', 'CO')][2006]:,.0f}"
              + f" | {series[('source_price_usd_per_kg', 'CO')][2008]:,.0f} |", flush=True)
    print(f"\nUNODC: " + ", ".join(f"{y} {observed['CO'][y]:,.0f}" for y in (2005, 2010, 2013, 2019))
          + f" ha; scenario files and outputs in {folder}")


if __name__ == "__main__":
    main()
