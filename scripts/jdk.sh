# Sourced by run-local and .ci/run: makes JAVA_HOME a JDK 21 or newer, picking one under /usr/lib/jvm
# when the default java is older (ClinicNet compiles for release 21).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}
current_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$current_java" >/dev/null 2>&1 || [ "$(java_major "$current_java")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/*/; do
    if [ -x "${candidate}bin/java" ] && [ "$(java_major "${candidate}bin/java")" -ge 21 ]; then
      export JAVA_HOME="${candidate%/}"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi
echo "Using JDK $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME"
