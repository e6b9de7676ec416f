"""Run a command and write its peak resident memory (KiB, from getrusage) to the file
named by the first argument: `python bench/rss_wrap.py OUT -- cmd args...`."""
import resource
import subprocess
import sys

if __name__ == "__main__":
    out, rest = sys.argv[1], sys.argv[2:]
    if rest and rest[0] == "--":
        rest = rest[1:]
    code = subprocess.run(rest).returncode
    # Only child of this wrapper is the command itself, so this is its own peak.
    with open(out, "w") as f:
        f.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    sys.exit(code)
