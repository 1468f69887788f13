#!/usr/bin/env bash
# Three nodes of the clustered Oro product export on this machine, with ZooKeeper and the sandbox: only the leader
# exports, and the watermark lives in ZooKeeper, so the three nodes export every product once in all.
#
#   samples/cluster/run-cluster.sh              start everything, let the leader export, print who exported what
#   samples/cluster/run-cluster.sh --failover   the same, then kill -9 the leader and watch another node take over:
#                                               it goes on from the shared watermark and exports nothing twice
#
# Build first (from the repository root): mvn -B -ntp -q install -DskipTests
# Logs and exports go to target/cluster (OUT=…); ports: ZK_PORT (2181), SANDBOX_PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=samples/target/connectors.jar
OUT=${OUT:-target/cluster}
ZK_PORT=${ZK_PORT:-2181}
SANDBOX_PORT=${SANDBOX_PORT:-18080}
FAILOVER=false
[[ "${1:-}" == "--failover" ]] && FAILOVER=true
[[ -f "$JAR" ]] || { echo "no $JAR: build first with mvn -B -ntp -q install -DskipTests" >&2; exit 64; }

rm -rf "$OUT"
mkdir -p "$OUT/zookeeper"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# await FILE TEXT SECONDS: until FILE holds TEXT, or fail
await() {
  local deadline=$((SECONDS + $3))
  until grep -q -- "$2" "$1" 2>/dev/null; do
    if ((SECONDS > deadline)); then echo "timed out waiting for '$2' in $1:" >&2; tail -20 "$1" >&2; exit 1; fi
    sleep 0.2
  done
}

echo "Starting ZooKeeper on port $ZK_PORT (its server comes with camel-zookeeper in connectors.jar)"
java -cp "$JAR" org.apache.zookeeper.server.ZooKeeperServerMain "$ZK_PORT" "$OUT/zookeeper" > "$OUT/zookeeper.log" 2>&1 &
pids+=($!)

echo "Starting the sandbox on port $SANDBOX_PORT"
java -jar "$JAR" sandbox --port "$SANDBOX_PORT" > "$OUT/sandbox.log" 2>"$OUT/sandbox.err" &
pids+=($!)
await "$OUT/sandbox.log" "SANDBOX READY" 60
# the sandbox's public test credentials, from its ready line
export ORO_BASE_URI="http://127.0.0.1:$SANDBOX_PORT/oro"
export ORO_USER=admin
ORO_API_KEY=$(sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p' "$OUT/sandbox.log")
export ORO_API_KEY

declare -A node_pid
for n in 1 2 3; do
  java -Dnode.id="node-$n" -Dzookeeper.nodes="127.0.0.1:$ZK_PORT" -DexportDir="$OUT" \
       -Dlog4j2.configurationFile=samples/cluster/log4j2-node.xml \
       -cp "$JAR" org.apache.camel.main.Main -pl file:samples/cluster/node.properties > "$OUT/node-$n.log" 2>&1 &
  node_pid[node-$n]=$!
  pids+=($!)
  echo "Started node-$n (pid ${node_pid[node-$n]}), log $OUT/node-$n.log"
done

leader_of() { grep -l -- "$1" "$OUT"/node-*.log 2>/dev/null | head -1 | sed 's#.*/\(node-[0-9]\)\.log#\1#'; }

await_any() { # TEXT SECONDS: until some node's log holds TEXT
  local deadline=$((SECONDS + $2))
  until [[ -n "$(leader_of "$1")" ]]; do
    if ((SECONDS > deadline)); then echo "timed out waiting for '$1' in the node logs" >&2; exit 1; fi
    sleep 0.2
  done
}

await_any "Export run complete" 90
leader=$(leader_of "Export run complete")
echo "$leader leads and has exported the catalogue"

if $FAILOVER; then
  echo "kill -9 $leader (pid ${node_pid[$leader]})"
  killed_at=$SECONDS
  { kill -9 "${node_pid[$leader]}" && wait "${node_pid[$leader]}"; } 2>/dev/null || true
  deadline=$((SECONDS + 60))
  next=""
  until [[ -n "$next" ]]; do
    for n in node-1 node-2 node-3; do
      if [[ "$n" != "$leader" ]] && grep -q "Leadership taken. Attempt #1 success" "$OUT/$n.log"; then next=$n; fi
    done
    ((SECONDS > deadline)) && { echo "no node took over" >&2; exit 1; }
    sleep 0.2
  done
  echo "$next took over about $((SECONDS - killed_at)) s after the kill (ZooKeeper's session timeout decides)"
  sleep 8 # a poll or two of the new leader: nothing changed, so nothing is exported again
fi

total=0
for n in node-1 node-2 node-3; do
  f="$OUT/$n/oro-products.ndjson"
  count=$([[ -f "$f" ]] && wc -l < "$f" || echo 0)
  total=$((total + count))
  echo "$n exported $count products"
done
unique=$(cat "$OUT"/node-*/oro-products.ndjson 2>/dev/null | sed 's/.*"id":"\([^"]*\)".*/\1/' | sort -u | wc -l)
echo "$total records exported in all, $unique distinct"
