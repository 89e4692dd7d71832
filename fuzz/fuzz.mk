# fuzz/fuzz.mk - libFuzzer harnesses (make fuzz, or make -f fuzz/fuzz.mk).
#
# Every fuzz/fuzz_NAME.c is one harness. The library sources are compiled
# here with clang, -fsanitize=fuzzer-no-link,address,undefined, into
# build/fuzz/obj (not the gcc build/libdipnet.a), archived into
# build/fuzz/libdipnet-fuzz.a, and each harness is linked against it with
# -fsanitize=fuzzer. fuzz/run.sh then runs each harness for FUZZ_SECONDS
# (-max_total_time) on a working corpus in fuzz/corpus-work/NAME (git-ignored,
# seeded from fixtures/, data/ and fuzz/seeds/NAME), prints the executions per
# harness, and fails when a harness crashes, leaks, hangs or trips a
# sanitizer (the reproducer is saved under build/fuzz/artifacts/).
#
#   make fuzz FUZZ_SECONDS=60          build and run every harness
#   make -f fuzz/fuzz.mk fuzz-build    build only
#   make -f fuzz/fuzz.mk FUZZ_ONLY=graph_json   one harness
#   FUZZ_JOBS=N                        harnesses run at a time (default:
#                                      CPUs, at most 2)

FUZZ_SECONDS ?= 60
FUZZ_ONLY ?=
FUZZ_JOBS ?=
FUZZ_CC ?= clang
PKG_CONFIG ?= pkg-config
PKGS := igraph libcgraph libgvc libcjson
FB := build/fuzz

FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
  -fno-omit-frame-pointer
FUZZ_CPPFLAGS := -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -DDN_FUZZING
FUZZ_CFLAGS := -std=c11 -g -O1 -Wall -Wno-unused-parameter $(FUZZ_SAN) \
  $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
FUZZ_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm

LIB_SRC := $(sort $(shell find src -name '*.c' -not -path 'src/cli/*'))
LIB_OBJ := $(LIB_SRC:%.c=$(FB)/obj/%.o)
HEADERS := $(shell find include src -name '*.h')
HARNESS_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
HARNESS_BIN := $(HARNESS_SRC:fuzz/%.c=$(FB)/%)

.PHONY: fuzz-run fuzz-build

fuzz-run: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_ONLY="$(FUZZ_ONLY)" \
	  FUZZ_JOBS="$(FUZZ_JOBS)" sh fuzz/run.sh $(FB)

fuzz-build: $(HARNESS_BIN)

$(FB)/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	@echo "  CLANG   $<"
	@$(FUZZ_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	  -c $< -o $@

$(FB)/libdipnet-fuzz.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(FB)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(FB)/libdipnet-fuzz.a $(HEADERS)
	@echo "  FUZZER  $@"
	@$(FUZZ_CC) $(FUZZ_CPPFLAGS) -Ifuzz $(FUZZ_CFLAGS) -fsanitize=fuzzer \
	  -o $@ $< $(FB)/libdipnet-fuzz.a $(FUZZ_LIBS)
