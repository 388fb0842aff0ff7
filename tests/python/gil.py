"""The GIL test shared by test_binding.py and test_archive.py."""
import threading
import time


def short_call_ends_first(long_call, short_call, tries=5):
    """Whether short_call, started a quarter of the long call's length after
    long_call sets the event it is given (just before its long C call),
    returns before long_call does, in one of `tries` runs.

    With the GIL held through the long call the short one can never end
    first. With it released, it fails to only when a loaded machine gives
    the second thread no processor for most of a long call: so a few tries,
    any one of which shows it. The delay is measured, not fixed, because
    the long call's length varies tenfold between a plain build and a
    sanitized one, and falls as the library gets faster."""
    delay = max(0.002, _duration(long_call) / 4)
    for _ in range(tries):
        started = threading.Event()
        times = {}

        def run_long():
            long_call(started)
            times["long_end"] = time.monotonic()

        def run_short():
            started.wait()
            time.sleep(delay)    # let the long call get into C
            short_call()
            times["short_end"] = time.monotonic()
        threads = [threading.Thread(target=f) for f in (run_long, run_short)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if times["short_end"] < times["long_end"]:
            return True
    return False


def _duration(long_call):
    """How long one long call takes alone, the shortest of two."""
    best = None
    for _ in range(2):
        start = time.monotonic()
        long_call(threading.Event())
        took = time.monotonic() - start
        best = took if best is None else min(best, took)
    return best
