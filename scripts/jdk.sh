# Sourced by the README's two commands, ./run-local and ./mvnw: both run on the same JDK 21 or newer
# (ClinicNet compiles for release 21), whatever the default java is. Keeps JAVA_HOME or the java on the PATH
# when it is new enough; otherwise takes the newest JDK 21+ in the usual places. Where there is none, it stops
# at once and says what to install. POSIX sh: mvnw runs under /bin/sh. See docs/decisions/0001-one-jdk-chooser.md.
clinicnet_required_java=21

clinicnet_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

# prints the JDK's major version when $1 is a JDK (java and javac) of the required version or newer
clinicnet_usable_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  clinicnet_major=$(clinicnet_java_major "$1")
  [ -n "$clinicnet_major" ] && [ "$clinicnet_major" -ge "$clinicnet_required_java" ] || return 1
  echo "$clinicnet_major"
}

clinicnet_default_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME"
  elif command -v javac >/dev/null 2>&1; then
    dirname "$(dirname "$(readlink -f "$(command -v javac)")")"
  fi
}

clinicnet_choose_jdk() {
  clinicnet_default=$(clinicnet_default_jdk)
  if [ -n "$clinicnet_default" ] && clinicnet_usable_jdk "$clinicnet_default" >/dev/null; then
    JAVA_HOME="$clinicnet_default"
    return 0
  fi
  clinicnet_best="" clinicnet_best_major=0
  for clinicnet_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$clinicnet_candidate" ] || continue
    clinicnet_found=$(clinicnet_usable_jdk "$clinicnet_candidate") || continue
    if [ "$clinicnet_found" -gt "$clinicnet_best_major" ]; then
      clinicnet_best="$clinicnet_candidate" clinicnet_best_major="$clinicnet_found"
    fi
  done
  if [ -z "$clinicnet_best" ]; then
    echo "ClinicNet needs a JDK $clinicnet_required_java or newer, and none was found" \
      "(the default is ${clinicnet_default:-no JDK at all}; looked in /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks)." >&2
    echo "Install one, for example Temurin 21 or 25 from https://adoptium.net (Debian/Ubuntu: the temurin-25-jdk" \
      "package of packages.adoptium.net), or 'sdk install java 25-tem', then run this command again;" \
      "or point JAVA_HOME at a JDK $clinicnet_required_java+." >&2
    exit 1
  fi
  echo "Using the JDK $clinicnet_best_major at $clinicnet_best (the default, ${clinicnet_default:-none}," \
    "is older than $clinicnet_required_java)" >&2
  JAVA_HOME="$clinicnet_best"
}

clinicnet_choose_jdk
export JAVA_HOME
PATH="$JAVA_HOME/bin:$PATH"
export PATH
