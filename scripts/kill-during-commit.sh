#!/bin/bash
# Kills `balloon run` with SIGKILL at each rename(2) of its commit (strace fault injection), then checks what a
# reader sees right after and after the next command into the same folder (docs/outputs.md, "Complete file sets").
# Usage: scripts/kill-during-commit.sh [path/to/balloon]   (needs strace and python3)
set -u
B=${1:-.build/debug/balloon}
K=$(mktemp -d /tmp/balloon-kill.XXXX)
verify() {
    python3 - "$K" history <<'PY'
import json, os, sys
def fnv(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001b3) & 0xffffffffffffffff
    return '%016x' % h
folder, name = sys.argv[1], sys.argv[2]
manifest = os.path.join(folder, name + '.manifest.json')
staging = [e for e in os.listdir(folder) if e.startswith('.balloon-tmp-')]
if not os.path.exists(manifest):
    state = 'no manifest (incomplete)'
else:
    ok = True
    for entry in json.load(open(manifest))['files']:
        path = os.path.join(folder, entry['name'])
        data = open(path, 'rb').read() if os.path.exists(path) else None
        if data is None or len(data) != entry['bytes'] or fnv(data) != entry['fnv1a64']:
            ok = False
    state = 'complete' if ok else 'MANIFEST MISMATCH'
try:
    seed = json.load(open(os.path.join(folder, name + '.summary.json')))['seed']
except Exception:
    seed = None
print(f"{state}, seed {seed}, {len(staging)} staging entries")
PY
}
"$B" run history --to 2005 --seed 1 --out "$K" >/dev/null
echo "before: $(verify)"
for n in 1 2 3 4 5 6 7 8 9; do
    strace -f -o /dev/null -e trace=rename,renameat,renameat2 \
        -e inject=rename,renameat,renameat2:signal=SIGKILL:when=$n \
        "$B" run history --to 2005 --seed $((n + 1)) --out "$K" >/dev/null 2>&1
    status=$?
    right_after=$(verify)
    "$B" run plan-peru --to 2003 --out "$K" >/dev/null 2>&1
    echo "killed at rename $n (exit $status): right after: $right_after; after the next run: $(verify)"
done
rm -rf "$K"
