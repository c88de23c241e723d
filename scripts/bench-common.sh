# Sourced by the bench-*.sh scripts: the working directory (BENCH_DIR, or a
# temporary one removed at exit) in $work, and die().
if [ -n "${BENCH_DIR:-}" ]; then
	work=$BENCH_DIR
	mkdir -p "$work"
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi

die() {
	echo "$(basename "$0" .sh): $*" >&2
	exit 1
}
