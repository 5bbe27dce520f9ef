#!/usr/bin/env bash
# Cuts the API baseline that revapi checks every library module against (issue 14).
#
#   tools/cut-api-baseline.sh VERSION [COMMIT]
#
# Builds COMMIT (default HEAD) of this repository in a temporary clone with its version set to VERSION,
# and deploys the library modules' main jars and POMs (with their parent and the BOM) into the file
# repository api-baseline/ of this checkout, which the `api-gate` profile of the parent POM resolves
# from. Tests, sources and Javadoc are skipped: the baseline is only the compiled API. Run it once per
# release, on the release's commit, then set <dx.api.baseline> in the parent POM to VERSION and commit
# api-baseline/. Nothing outside api-baseline/ is changed; ~/.m2 is used only as a cache.
set -euo pipefail
version=${1:?usage: tools/cut-api-baseline.sh VERSION [COMMIT]}
commit=${2:-HEAD}
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q --no-checkout "$root" "$work/src"
git -C "$work/src" checkout -q "$(git -C "$root" rev-parse "$commit")"
cd "$work/src"
# the modules a consumer depends on; examples, benchmarks and consumer-test are not libraries
modules=$(sed -n 's|.*<module>\(dx-[a-z0-9-]*\)</module>.*|\1|p' pom.xml | paste -sd, -)
mvn -B -q org.codehaus.mojo:versions-maven-plugin:2.18.0:set -DnewVersion="$version" \
  -DgenerateBackupPoms=false -DprocessAllModules=true
# the baseline is being cut, so the gate cannot run against it yet
rm -f api-baseline/revapi.json
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dcyclonedx.skip=true \
  -pl "$modules" -am deploy -DaltDeploymentRepository="baseline::default::file://$work/repo"
# shaded or job jars are not API
find "$work/repo" -name "*-job.jar*" -delete
mkdir -p "$root/api-baseline"
cp -r "$work/repo/." "$root/api-baseline/"
echo "API baseline $version of $(git rev-parse --short HEAD) in api-baseline/ ($modules)"
