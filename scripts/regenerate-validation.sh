#!/bin/sh
# Refit both shipped posteriors and regenerate everything derived from them (docs/calibration.md,
# "Regenerating after a model change"). Run from the checkout's root after changing the model.
set -eu
swift build -c release
.build/release/balloon calibrate --particles 600 --generations 14 --keep 12 --draws 200 --seed 1 \
    --out Sources/BalloonAnalysis/Resources/posterior.json
.build/release/balloon calibrate --fit-through 2013 --particles 600 --generations 14 --keep 12 --draws 200 --seed 1 \
    --out Sources/BalloonAnalysis/Resources/posterior-fit-through-2013.json
swift build -c release
.build/release/balloon validate --regenerate .
