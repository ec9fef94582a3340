# The two commands of the README, and a few more for developers.
#   make run    install what is missing, build, open Countersign on the demo workspace
#   make test   install what is missing, check formatting, build, run the whole suite (plain and ASan+UBSan)
BUILD      ?= build
ASAN_BUILD ?= build-asan
CMAKE_ARGS ?=
# Warnings are errors for make, make test and CI (a plain cmake build elsewhere only warns).
STRICT     := -DCOUNTERSIGN_WERROR=ON
JOBS       ?= $(shell nproc)

.PHONY: all deps build run test test-plain asan format check-format bench clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(STRICT) $(CMAKE_ARGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/countersign --demo

check-format: deps
	@bash scripts/check-format.sh

format: deps
	@bash scripts/check-format.sh --fix

test-plain: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOUNTERSIGN_SANITIZE=ON $(STRICT) $(CMAKE_ARGS)

asan: deps $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) --timeout 900 -LE "benchmark|house"

test: check-format test-plain asan

bench: build
	$(BUILD)/bin/bench_audit --events 1000000
	$(BUILD)/bin/bench_import
	$(BUILD)/bin/bench_stats

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
