"""readback.py -- what the tests that read the command's output back with
another parser (csv_test.py, front_matter_test.py) share: counted checks,
failures told on standard error, and running the command."""
import os
import shutil
import subprocess
import sys

checks = 0
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg, file=sys.stderr)


def check(cond, msg):
    global checks
    checks += 1
    if not cond:
        fail(msg)


def run(mt, args):
    """The command's exit status and standard output, run quietly."""
    p = subprocess.run([mt, "-q"] + args, capture_output=True)
    return p.returncode, p.stdout


def finish(name):
    """Prints the tally; the exit status for it."""
    print(f"{name}: {checks - failures} of {checks} checks passed")
    return 1 if failures else 0


def arguments():
    """The command line every read-back test takes, `MAINTEXT WORKDIR
    PAGE...`: the command, an emptied work folder, and the fixture pages."""
    mt, work, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    return mt, work, pages
