"""Storage on SQLite through sqlite-utils. Imports domain, never Qt."""
