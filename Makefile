# The commands people type. CMake (CMakeLists.txt) is the source of truth;
# this file only wraps it. Each target installs what it needs (as root, with
# apt-get) before building.
#
#   make            build everything into build/
#   make demo       build, then extract the bundled sample page
#   make test       build, then run every test (ctest)
#   make bench      side-by-side benchmarks on the dev corpus (or the examples)
#   make fuzz       build the libFuzzer targets and run each for FUZZ_SECONDS
#   make asan       the test suite under AddressSanitizer + UBSan (build-asan/)
#   make valgrind   the unit tests under valgrind's memcheck
#   make install    install into PREFIX (default /usr/local)

BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 300
SHARED ?= $(abspath ../shared)
CORPUS ?= $(HOME)/.cache/maintext-dev/dev
DEMO_PAGE ?= examples/article.html

.PHONY: all build deps demo test bench fuzz asan valgrind install clean

all: build

deps:
	@tools/install-deps.sh build bench

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "--- $(BUILD)/maintext $(DEMO_PAGE)"
	@$(BUILD)/maintext $(DEMO_PAGE)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@tools/run-bench.sh $(BUILD) "$(SHARED)" "$(CORPUS)"

fuzz:
	@tools/install-deps.sh build fuzz
	@CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMT_BUILD_FUZZ=ON \
		-DMT_BUILD_BENCH=OFF -DMT_BUILD_TESTS=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@tools/run-fuzz.sh build-fuzz $(FUZZ_SECONDS)

asan:
	@tools/install-deps.sh build
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMT_SANITIZE=address,undefined \
		-DMT_BUILD_BENCH=OFF >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

valgrind: build
	@tools/install-deps.sh check
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L memcheck -T memcheck

install: build
	@cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
