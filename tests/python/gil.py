"""The GIL test shared by test_binding.py and test_archive.py."""
import threading
import time


def short_call_ends_first(long_call, short_call, tries=5):
    """Whether short_call, started 0.05 s after long_call sets the event it
    is given (just before its long C call), returns before long_call does,
    in one of `tries` runs. With the GIL held through the long call the
    short one can never end first; with it released it fails to only when
    a loaded machine gives the second thread no processor for a whole long
    call: so a few tries, any one of which shows it."""
    for _ in range(tries):
        started = threading.Event()
        times = {}

        def run_long():
            long_call(started)
            times["long_end"] = time.monotonic()

        def run_short():
            started.wait()
            time.sleep(0.05)    # let the long call get into C
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
