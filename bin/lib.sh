# Shared by bin/backup, bin/restore and scripts/backup-restore-check.sh: finds (or builds) the application jar.
# WSPOLNIE_JAR=/path/to/wspolnie.jar uses that jar; otherwise the newest target/wspolnie-*.jar of this checkout,
# built with ./mvnw when there is none. Needs only a JDK 17+ on the PATH.

wspolnie_root() {
  cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}

wspolnie_jar() {
  if [ -n "${WSPOLNIE_JAR:-}" ]; then
    [ -f "$WSPOLNIE_JAR" ] || { echo "WSPOLNIE_JAR=$WSPOLNIE_JAR: no such file" >&2; return 1; }
    echo "$WSPOLNIE_JAR"
    return 0
  fi
  command -v java >/dev/null || { echo "java not found: install a JDK 17+ (apt-get install openjdk-17-jdk-headless)" >&2; return 1; }
  local root jar
  root=$(wspolnie_root)
  jar=$(ls -t "$root"/target/wspolnie-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  if [ -z "$jar" ]; then
    echo "Building the application jar (./mvnw -DskipTests package)..." >&2
    (cd "$root" && ./mvnw -B -ntp -q -DskipTests package >&2)
    jar=$(ls -t "$root"/target/wspolnie-*.jar | grep -v '\.original$' | head -n 1)
  fi
  echo "$jar"
}
