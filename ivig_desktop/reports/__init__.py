"""Reports: the session summary (summary.py) and its renderings: the printed record (document.py, pdf.py, charts.py),
CSV and JSON tables (tables.py, export_csv.py, export_json.py), FHIR R4 bundles (fhir.py); a patient's history
(history.py); exports to files (exporting.py). Imports domain and store; QtGui for painting, never widgets."""
