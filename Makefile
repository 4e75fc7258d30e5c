# Two commands do everything on a fresh Debian machine:
#   make site   installs what is missing, builds tongxin, generates content/ into public/
#               (the office portal) and public-site/ (the public audience), both with search
#   make test   installs what is missing and runs every test: swift test, then the
#               real-browser checks of the built example site (make browser-test)
SWIFT ?= swift
CONTENT ?= content
THEME ?= themes/default
OUTPUT ?= public
PUBLIC_OUTPUT ?= public-site

.PHONY: site test browser-test browser-deps office-deps deps build check clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product tongxin

site: build
	.build/release/tongxin build --content $(CONTENT) --theme $(THEME) --output $(OUTPUT)
	.build/release/tongxin build --audience public --content $(CONTENT) --theme $(THEME) --output $(PUBLIC_OUTPUT)

check: build
	.build/release/tongxin check --content $(CONTENT) --theme $(THEME)

test: deps office-deps
	$(SWIFT) test
	@$(MAKE) --no-print-directory browser-test

browser-deps:
	@scripts/install-browser-deps.sh

# LibreOffice (headless) opens each .docx the tests build (WordFileTests); test-time only.
office-deps:
	@scripts/install-office-deps.sh

# Builds both audiences of the example site (with search) into a temporary folder and
# checks them in headless Chromium: tests/browser/run.py. Screenshots and PDFs for people
# to look at go to tests/browser/screenshots/.
browser-test: deps browser-deps office-deps
	$(SWIFT) build --product tongxin
	@site=$$(mktemp -d "$${TMPDIR:-/tmp}/tongxin-browser.XXXXXX") && trap 'rm -rf "$$site"' EXIT INT TERM && \
	echo "building the example site (internal and public) into $$site" && \
	.build/debug/tongxin build --quiet --require-search --content $(CONTENT) --theme $(THEME) --output "$$site/internal" && \
	.build/debug/tongxin build --quiet --require-search --audience public --content $(CONTENT) --theme $(THEME) --output "$$site/public" && \
	.tools/browser-venv/bin/python3 tests/browser/run.py --internal "$$site/internal" --public "$$site/public"

clean:
	rm -rf .build public .public.* public-site .public-site.*
