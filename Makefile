# Two commands do everything on a fresh Debian machine:
#   make site   installs what is missing, builds tongxin, generates content/ into public/
#               (the office portal) and public-site/ (the public audience), both with search
#   make test   installs what is missing and runs every test: swift test, then the
#               real-browser checks of the built example site (make browser-test), then
#               the deployment behind Debian's nginx (make server-test)
SWIFT ?= swift
CONTENT ?= content
THEME ?= themes/default
OUTPUT ?= public
PUBLIC_OUTPUT ?= public-site

.PHONY: site test edit-test browser-test browser-deps server-test server-deps preview-test office-deps deps build check clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product tongxin

site: build
	.build/release/tongxin build --content $(CONTENT) --theme $(THEME) --output $(OUTPUT)
	.build/release/tongxin build --audience public --content $(CONTENT) --theme $(THEME) --output $(PUBLIC_OUTPUT)

check: build
	.build/release/tongxin check --content $(CONTENT) --theme $(THEME)

# The preview server's tests run on their own: in one run with every other suite, the
# builds those run (synchronous, seconds each) hold the 2 threads of Swift's cooperative
# pool for minutes on a 2-core machine, and the server's listening task waits for one.
test: deps office-deps
	SWIFT=$(SWIFT) scripts/swift-test.sh --skip PreviewServerTests
	SWIFT=$(SWIFT) scripts/swift-test.sh --filter PreviewServerTests
	@$(MAKE) --no-print-directory browser-test
	@$(MAKE) --no-print-directory edit-test
	@$(MAKE) --no-print-directory server-test
	@$(MAKE) --no-print-directory preview-test

browser-deps:
	@scripts/install-browser-deps.sh

# LibreOffice (headless) opens each .docx the tests build (WordFileTests); test-time only.
office-deps:
	@scripts/install-office-deps.sh

# Builds both audiences of the example site (with search) into a temporary folder and
# checks them in headless Chromium: tests/browser/run.py. The copy of the example content
# gets a 4032 × 3024 phone-sized photo as a case's cover and in its story. Screenshots and PDFs for people
# to look at go to tests/browser/screenshots/.
browser-test: deps browser-deps office-deps
	$(SWIFT) build --product tongxin
	@site=$$(mktemp -d "$${TMPDIR:-/tmp}/tongxin-browser.XXXXXX") && trap 'rm -rf "$$site"' EXIT INT TERM && \
	echo "building the example site (internal and public) into $$site" && \
	cp -R $(CONTENT) "$$site/content" && scripts/make-test-photo.sh "$$site/content/assets/images/phone-photo.jpg" && \
	cp "$$site/content/assets/images/phone-photo.jpg" "$$site/content/assets/images/phone-photo-body.jpg" && \
	sed -i 's|^cover: assets/images/case-business.svg|cover: assets/images/phone-photo.jpg|' "$$site/content/cases/business-environment.md" && \
	printf '\n![车间里的技改设备](../../assets/images/phone-photo-body.jpg)\n' >> "$$site/content/cases/business-environment.md" && \
	.build/debug/tongxin build --quiet --require-search --content "$$site/content" --theme $(THEME) --output "$$site/internal" && \
	.build/debug/tongxin build --quiet --require-search --audience public --content "$$site/content" --theme $(THEME) --output "$$site/public" && \
	.tools/browser-venv/bin/python3 tests/browser/run.py --internal "$$site/internal" --public "$$site/public"

# `tongxin edit` in headless Chromium (tests/browser/edit.py): a copy of the example
# content in a temporary git repository, 记录单 with a mistake, the fix, the dashboard
# count, the git author, two browsers saving one record, roles, and every record saved
# unchanged through its form (no diff), a draft kept across an ended session. Writes the
# README's two screenshots to docs/images/.
edit-test: deps browser-deps
	$(SWIFT) build --product tongxin
	.tools/browser-venv/bin/python3 tests/browser/edit.py --tongxin .build/debug/tongxin --content $(CONTENT) --theme $(THEME)

server-deps:
	@scripts/install-server-deps.sh

# Publishes the example content to both branches in a temporary repository, serves the
# two checkouts with Debian's nginx on 127.0.0.1 under the configuration `tongxin deploy
# nginx` generates, and checks logins, headers, the CSP in Chromium and a rollback:
# tests/server/run.py (under a minute).
server-test: deps browser-deps server-deps
	$(SWIFT) build --product tongxin
	.tools/browser-venv/bin/python3 tests/server/run.py --tongxin .build/debug/tongxin --content $(CONTENT) --theme $(THEME)

# The running preview, after each kind of edit an office makes, equals a fresh build of
# the same content, file for file (the bundled example and the Jiangmen one).
preview-test: deps
	$(SWIFT) build --product tongxin
	python3 tests/preview/matches-build.py --tongxin .build/debug/tongxin --content $(CONTENT) --theme $(THEME)
	python3 tests/preview/matches-build.py --tongxin .build/debug/tongxin --content examples/jiangmen --theme $(THEME)

clean:
	rm -rf .build public .public.* public-site .public-site.*
