// Support for BriefKit's tests.
