# Two commands do everything on a fresh Debian machine:
#   make site   installs what is missing, builds tongxin, generates content/ into public/
#   make test   installs what is missing and runs every test
SWIFT ?= swift
CONTENT ?= content
THEME ?= themes/default
OUTPUT ?= public

.PHONY: site test deps build check clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product tongxin

site: build
	.build/release/tongxin build --content $(CONTENT) --theme $(THEME) --output $(OUTPUT)

check: build
	.build/release/tongxin check --content $(CONTENT) --theme $(THEME)

test: deps
	$(SWIFT) test

clean:
	rm -rf .build public .public.*
