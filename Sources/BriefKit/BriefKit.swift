// BriefKit: build briefings in code.
