#!/usr/bin/env bash
# pinship's main job on a local default, end to end: build the example compute image and push it
# to the local registry, pin its digest into a GitOps repository's dev overlay (commit + push to a
# bare remote), run it as 8 indexed shards on the local engine, and report from the run record:
# the pull-request comment it would post (comment.md) and its preview (comment.html).
# Everything lives in a scratch folder it prints; run it again to see the build skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# The demo runs on the local engine: the cluster is not needed, and not waited for.
PINSHIP_SETUP_INFRA=docker
source scripts/setup.sh

pinship() { node "$ROOT/dist/cli/index.js" "$@"; }
json_field() {
  node -e 'let s="";process.stdin.on("data",d=>s+=d)
    .on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"
}
step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

WS="${PINSHIP_DEMO_DIR:-${TMPDIR:-/tmp}/pinship-demo}"
mkdir -p "$WS"
IMAGE="$PINSHIP_TEST_REGISTRY/pinship/compute"
git_q() { git -c user.name="pinship demo" -c user.email="demo@pinship.invalid" -c init.defaultBranch=main "$@"; }

step "a source repository with the example compute program ($WS/source)"
if [ ! -d "$WS/source/.git" ]; then
  git_q init -q "$WS/source"
  cp -r example/compute/. "$WS/source/"
  git_q -C "$WS/source" add -A && git_q -C "$WS/source" commit -qm "example compute program"
fi
rsync_example() {
  cp example/compute/compute.sh example/compute/Dockerfile example/compute/.dockerignore "$WS/source/"
}
rsync_example
if [ -n "$(git -C "$WS/source" status --porcelain)" ]; then
  git_q -C "$WS/source" add -A && git_q -C "$WS/source" commit -qm "update example compute program"
fi
# The source repository's remote holds the records branch the report stores runs on.
if [ ! -d "$WS/source.git" ]; then git_q init -q --bare "$WS/source.git"; fi
git -C "$WS/source" remote get-url origin >/dev/null 2>&1 || git -C "$WS/source" remote add origin "$WS/source.git"
git_q -C "$WS/source" push -q origin HEAD:main
SOURCE_SHA="$(git -C "$WS/source" rev-parse HEAD)"

step "a GitOps repository with the example overlays (bare remote $WS/gitops.git)"
if [ ! -d "$WS/gitops.git" ]; then
  git_q init -q --bare "$WS/gitops.git"
  git_q clone -q "$WS/gitops.git" "$WS/gitops-seed" 2>/dev/null
  cp -r overlays "$WS/gitops-seed/"
  git_q -C "$WS/gitops-seed" add -A && git_q -C "$WS/gitops-seed" commit -qm "example overlays"
  git_q -C "$WS/gitops-seed" push -q origin HEAD:main
  rm -rf "$WS/gitops-seed"
fi
rm -rf "$WS/gitops" && git_q clone -q "$WS/gitops.git" "$WS/gitops"

step "build: $IMAGE from $WS/source"
(cd "$WS/source" && pinship build --context . --image "$IMAGE" --push \
  --username "$PINSHIP_TEST_REGISTRY_USER" --password-stdin --json \
  <"$PINSHIP_TEST_REGISTRY_PASSWORD_FILE") >"$WS/build.json"
REF="$(json_field ref <"$WS/build.json")"
echo "built $REF (skipped: $(json_field skipped <"$WS/build.json"))" >&2

step "pin: overlays/dev -> $REF"
pinship pin --repo "$WS/gitops" --overlay overlays/dev --image "compute=$REF" \
  --source-commit "$SOURCE_SHA" --source-repo "$WS/source" --commit --push --json >"$WS/pin.json"
git -C "$WS/gitops" log -1 --format='%h %s' >&2
if command -v kubectl >/dev/null; then kubectl kustomize "$WS/gitops/overlays/dev" | grep -m1 'image:' >&2; fi

step "run: 8 shards at parallelism 3 on the local engine"
set +e
pinship run --local "$REF" --shards 8 --parallelism 3 --cpus 0.5 --memory 64m \
  --timeout 5m --source-commit "$SOURCE_SHA" --out "$WS/run.json" --output-dir "$WS/output" -- 16000000
run_status=$?
set -e

step "report: the pull-request comment, compared with the last stored run (records branch of $WS/source.git)"
if [ -f "$WS/run.json" ]; then
  node "$ROOT/scripts/run-ts.mjs" scripts/demo-report.ts "$WS/run.json" "$WS/source"
else
  echo "no run record: the run failed before it started" >&2
fi
echo >&2
echo "demo workspace: $WS (run 'npm run demo' again: the build is skipped, the pin is a no-op," \
  "the report compares with this run)" >&2
exit $run_status
