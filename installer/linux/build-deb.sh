#!/usr/bin/env bash
# Makes target/installer/netra_<version>_amd64.deb from the app image (run `mvn -Pinstaller package` first,
# or pass --build). Needs fakeroot and dpkg-deb (Debian: apt-get install fakeroot dpkg-dev).
# Installs to /opt/netra; the data stays in each user's own folder, so removing the package keeps it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--build" ]; then ${MVN:-mvn} ${MVN_FLAGS:--B -q} -Pinstaller package -DskipTests; fi
for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install fakeroot dpkg-dev)" >&2; exit 1; }
done
image=target/installer/image/Netra
[ -x "$image/bin/Netra" ] || { echo "build-deb: no app image at $image: run mvn -Pinstaller package" >&2; exit 1; }
version=$(cat target/installer/app-version.txt)
"${JAVA_HOME:+$JAVA_HOME/bin/}jpackage" @installer/linux/deb.args \
  --app-image "$image" --app-version "$version" --dest target/installer
ls -l target/installer/*.deb
