// Layout.
