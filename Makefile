# The two set-up commands of the README, and the rest of the day-to-day ones.
# `make example` renders the example briefing; `make test` runs every test.

BRIEFKIT := .build/release/briefkit
EXAMPLE := Examples/vietnam-uk-2025.yaml

.PHONY: deps build example test docs bench clean

# Debian packages (Cairo, Pango, fonts, PDF/SVG tools); installs only what is missing.
deps:
	Scripts/install-deps.sh

# briefkit, and the web server `briefkit preview` starts beside it (a process of its own, so no other command
# loads its code).
build: deps
	swift build -c release --static-swift-stdlib --product briefkit
	swift build -c release --static-swift-stdlib --product briefkit-preview-server

example: build
	mkdir -p out
	$(BRIEFKIT) report $(EXAMPLE) -o out/briefing.pdf
	$(BRIEFKIT) report $(EXAMPLE) -o out/briefing.png --scale 1.5
	$(BRIEFKIT) timeline $(EXAMPLE) -o out/partners.png
	$(BRIEFKIT) timeline $(EXAMPLE) -o out/partners.pdf
	$(BRIEFKIT) pillars $(EXAMPLE) -o out/pillars.png
	$(BRIEFKIT) pillars $(EXAMPLE) -o out/pillars.pdf
	$(BRIEFKIT) report Examples/vietnam-uk-2025.vi.yaml -o out/briefing-vi.pdf
	$(BRIEFKIT) report Examples/vietnam-uk-2025.vi.yaml -o out/briefing-vi.png --scale 1.5
	$(BRIEFKIT) report Examples/vietnam-uk-2025.ar.yaml -o out/briefing-ar.pdf
	$(BRIEFKIT) report Examples/vietnam-uk-2025.ar.yaml -o out/briefing-ar.png --scale 1.5
	@echo "Wrote out/briefing.pdf (the one-page briefing), out/briefing.png, out/partners.png, out/partners.pdf, out/pillars.png, out/pillars.pdf, out/briefing-vi.pdf|png (Vietnamese), out/briefing-ar.pdf|png (Arabic)"

test: deps
	swift build --build-tests
	swift test --skip-build

# The library's DocC documentation (combined archive under .build/plugins/Swift-DocC/outputs); fails on DocC
# warnings, undocumented public declarations and a public surface that differs from docs/public-api.txt.
docs:
	Scripts/docs.sh

bench:
	Scripts/bench.sh

clean:
	rm -rf .build out
