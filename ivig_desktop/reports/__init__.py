"""Reports: session summaries and exports. Imports domain and store, never widgets."""
