# The commands people type. CMake (CMakeLists.txt) is the source of truth;
# this file only wraps it. Each target installs what it needs (as root, with
# apt-get) before building.
#
#   make            build everything into build/
#   make demo       build, then extract the bundled sample page
#   make test       build, then run every test (ctest)
#   make bench      side-by-side benchmarks on the dev corpus (or the examples)
#   make fuzz       build the libFuzzer targets and run each for FUZZ_SECONDS
#                   (FUZZ_TARGETS="extract charset" runs only those)
#   make asan       the test suite under AddressSanitizer + UBSan (build-asan/),
#                   leaks checked
#   make asan-clang the same built with clang (build-asan-clang/): its UBSan
#                   also checks pointer arithmetic (NULL + 0) that gcc's does not
#   make tsan       the programs that run threads (the library's thread test,
#                   the command with -j) under ThreadSanitizer (build-tsan/)
#   make valgrind   the unit tests, the fuzz replays and the command on the
#                   fixture pages under valgrind's memcheck
#   make install    install into PREFIX (default /usr/local)

BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 300
FUZZ_BUILD ?= build-fuzz
FUZZ_TARGETS ?=
SHARED ?= $(abspath ../shared)
CORPUS ?= $(HOME)/.cache/maintext-dev/dev
DEMO_PAGE ?= examples/article.html
PYTHON ?= /usr/bin/python3

# A sanitizer report exits with a status no test expects (the command's own
# are 0-4), so a report in a program a test runs fails that test.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:exitcode=86 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86 LSAN_OPTIONS=exitcode=86

.PHONY: all build deps test-deps demo test bench fuzz asan asan-clang tsan portable valgrind install clean

all: build

deps:
	@tools/install-deps.sh build bench

test-deps:
	@tools/install-deps.sh test

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "--- $(BUILD)/maintext $(DEMO_PAGE)"
	@$(BUILD)/maintext $(DEMO_PAGE)

test: build test-deps
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@tools/run-bench.sh $(BUILD) "$(SHARED)" "$(CORPUS)"

fuzz:
	@tools/install-deps.sh build fuzz
	@CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMT_BUILD_FUZZ=ON \
		-DMT_BUILD_BENCH=OFF -DMT_BUILD_TESTS=OFF -DMT_BUILD_PYTHON=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS)
	@tools/run-fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# $(call sanitized_suite,BUILD_DIR,CC): configure BUILD_DIR with ASan + UBSan
# (CC empty: the default compiler), build it, run the suite there.
define sanitized_suite
	@$(if $(2),CC=$(2)) cmake -S . -B $(1) -DCMAKE_BUILD_TYPE=Debug \
		-DMT_SANITIZE=address,undefined -DMT_BUILD_BENCH=OFF >/dev/null
	@cmake --build $(1) -j $(JOBS)
	@cd $(1) && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS)
endef

asan:
	@tools/install-deps.sh build test
	$(call sanitized_suite,build-asan,)

asan-clang:
	@tools/install-deps.sh build test fuzz
	$(call sanitized_suite,build-asan-clang,clang)

# ThreadSanitizer sees a data race when it happens, where test_threads
# (in the suite) sees one only if it changed a result: the library on four
# threads, and the command's workers over pages and an archive
# (tests/robustness/tsan.sh). Debug, for the stacks of a report.
tsan:
	@tools/install-deps.sh build test
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DMT_SANITIZE=thread \
		-DMT_BUILD_BENCH=OFF -DMT_BUILD_PYTHON=OFF >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target test_threads maintext_cli
	@tests/robustness/tsan.sh build-tsan

# The suite built without the SSE2 paths (every MT_*_NO_SIMD switch): the
# eight-byte and byte-by-byte paths that other CPUs run must give the same
# answers, which the golden tests and the quality gate compare. Archives are
# inflated there with zlib (MT_WITH_ISAL=OFF), as where ISA-L is missing.
PORTABLE_FLAGS = -DMT_NO_SIMD16 -DMT_TEXT_NO_SIMD -DMT_NEARBY_NO_SIMD -DMT_TK_NO_SIMD \
	-DMT_UTF8_NO_SIMD -DMT_DATES_NO_SIMD

portable:
	@tools/install-deps.sh build test
	@cmake -S . -B build-portable -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_C_FLAGS="$(PORTABLE_FLAGS)" -DMT_BUILD_BENCH=OFF -DMT_WITH_ISAL=OFF >/dev/null
	@cmake --build build-portable -j $(JOBS)
	@cd build-portable && ctest --output-on-failure -j $(JOBS)

# Each unit test (tests/unit/test_*.c) under memcheck, from the folder ctest
# runs it in, then each fuzz harness on its seeds and past findings, then
# the command on each fixture page with every option, then the Python
# binding's tests (the interpreter on malloc, so memcheck sees every
# allocation; what it keeps until exit is "possibly lost", not shown);
# any error or leak fails.
MEMCHECK = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--suppressions=$(abspath tests/robustness/valgrind.supp)
valgrind: build
	@tools/install-deps.sh check
	@cd tests && for src in unit/test_*.c; do \
		name=$$(basename $$src .c); echo "valgrind $$name"; \
		$(MEMCHECK) $(abspath $(BUILD))/tests/$$name >/dev/null || exit 1; \
	done
	@for name in parse extract charset warc; do \
		echo "valgrind replay-$$name"; \
		inputs=fuzz/seeds/$$name; [ -d fuzz/regressions/$$name ] && inputs="$$inputs fuzz/regressions/$$name"; \
		$(MEMCHECK) $(BUILD)/tests/replay-$$name $$inputs >/dev/null || exit 1; \
	done
	@echo "valgrind maintext (fixture pages, one process each: a reused pool would hide reads)"
	@for page in tests/fixtures/pages/*.html; do \
		$(MEMCHECK) $(BUILD)/maintext -q -f json --blocks --explain --links --images \
			--formatting --comments $$page >/dev/null; \
		test $$? -le 1 || { echo "valgrind: $$page"; exit 1; }; \
	done
	@if ls $(BUILD)/python/maintext*.so >/dev/null 2>&1; then \
		echo "valgrind python/binding (all but the memory-growth test, 12,000 calls)"; \
		PYTHONMALLOC=malloc PYTHONPATH=$(BUILD)/python MT_CLI=$(BUILD)/maintext MT_UNDER_VALGRIND=1 \
			$(MEMCHECK) --show-leak-kinds=definite,indirect $(PYTHON) tests/python/test_binding.py \
			-q SameAsCommand Documents Input Errors Reuse Threads Module Docs \
			Leaks.test_refcounts || exit 1; \
	fi

install: build
	@cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-asan-clang build-tsan build-portable $(FUZZ_BUILD)
