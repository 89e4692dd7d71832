# dipnet - build, test, demo, bench, install.
#
#   make            build/libdipnet.a and build/dipnet
#   make demo       install missing Debian packages, build, run the bundled example
#   make check      the same set-up, then every test (SAN=1: sanitizers,
#                   VALGRIND=1: under valgrind)
#   make bench      speed and memory figures, one "name: value" per line
#   make fuzz       libFuzzer harnesses, each for FUZZ_SECONDS
#   make install PREFIX=/usr/local
#
# Sources are found by wildcard: a new file under src/ joins the library, a
# new src/cli/*.c joins the tool, a new tests/test_*.c is a cmocka test and a
# new tests/test_*.sh or tests/test_*.py a script test. Nothing to register.

PREFIX ?= /usr/local
CC ?= cc
PKGS := igraph libcgraph libgvc libcjson
PKG_CONFIG ?= pkg-config

ifeq ($(SAN),1)
BUILD := build/san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT := -O1
else
BUILD := build
SANFLAGS :=
OPT := -O2
endif

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter -Wno-format-truncation
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
CPPFLAGS += -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CFLAGS ?= -g
CFLAGS += -std=c11 $(OPT) $(WARN) $(SANFLAGS) $(PKG_CFLAGS)
LDFLAGS += $(SANFLAGS)
LDLIBS += $(PKG_LIBS) -lm

LIB_SRC := $(sort $(shell find src -name '*.c' -not -path 'src/cli/*'))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_SRC := $(sort $(wildcard tests/test_*.c))
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TEST_SUPPORT := $(sort $(wildcard tests/support/*.c))
HEADERS := $(shell find include src -name '*.h')

.PHONY: all deps deps-build demo check test bench fuzz install clean format lint

all: $(BUILD)/libdipnet.a $(BUILD)/dipnet

deps:
	@sh tools/deps.sh all

deps-build:
	@sh tools/deps.sh build

$(BUILD)/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/libdipnet.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/dipnet: $(CLI_OBJ) $(BUILD)/libdipnet.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdipnet.a $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(TEST_SUPPORT) $(BUILD)/libdipnet.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests $(CFLAGS) $(shell $(PKG_CONFIG) --cflags cmocka) \
	  -o $@ $< $(TEST_SUPPORT) $(BUILD)/libdipnet.a $(LDFLAGS) $(LDLIBS) \
	  $(shell $(PKG_CONFIG) --libs cmocka)

# The bundled example: the seed article, extracted, analysed and drawn.
demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh $(BUILD)/dipnet

check: deps
	@$(MAKE) --no-print-directory all $(TEST_BIN)
	@sh tests/run.sh $(BUILD)

test: all $(TEST_BIN)
	@sh tests/run.sh $(BUILD)

bench: deps
	@$(MAKE) --no-print-directory all SAN=
	@sh bench/run.sh build

fuzz: deps
	@$(MAKE) --no-print-directory -f fuzz/fuzz.mk FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/dipnet $(DESTDIR)$(PREFIX)/share/dipnet \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/dipnet $(DESTDIR)$(PREFIX)/bin/dipnet
	install -m 644 $(BUILD)/libdipnet.a $(DESTDIR)$(PREFIX)/lib/libdipnet.a
	install -m 644 include/dipnet/*.h $(DESTDIR)$(PREFIX)/include/dipnet/
	install -m 644 data/*.json $(DESTDIR)$(PREFIX)/share/dipnet/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@PKGS@|$(PKGS)|g' dipnet.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/dipnet.pc

format:
	clang-format -i $$(find src include tests fuzz bench -name '*.[ch]' 2>/dev/null)

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --suppress=missingIncludeSystem -Iinclude -Isrc src

clean:
	rm -rf build
