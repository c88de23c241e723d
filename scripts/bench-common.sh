# Sourced by the bench-*.sh scripts: the working directory (BENCH_DIR, or a
# temporary one removed at exit) in $work, die() and bench_contacts().
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

# bench_contacts ROWS FILE: a contact list of ROWS rows (address, a name
# in one of five scripts, a company) as FILE.
bench_contacts() {
python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
names = ["张伟", "Jonas Müller", "Maria Souza", "Ana Lima", "李娜"]
with open(out, "w", encoding="utf-8") as f:
    f.write("email,name,company\n")
    for k in range(n):
        f.write("user%d@domain%d.example,%s %d,Firma %d\n" % (
            k, k % 97, names[k % len(names)], k, k % 5000))
PY
}
