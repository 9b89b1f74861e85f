<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AccessChangeDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterTab</name>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush volume (mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and close the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Flushed with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when the infusion ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infusion given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation ends at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation ended at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Before signing: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the patient left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>Alerts, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge all (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the sound; alerts stay until the work is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Due now ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>{0} entries, in the order written. Nothing is ever changed or removed: corrections are entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active sessions.

To start one, press New session (Ctrl+N), choose or create the patient, and type the chair or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renal and thrombosis risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Yes ({1}): the at-risk cap applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened yet: answer the risk screens above, then calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (risk screens answered: no risk found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculate it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The plan changes: {1}. Confirmed: {2}. Now: {3}. Check the new plan and confirm it again; the infusion cannot start until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Plan confirmed at {0}: {1} g, {2}; first rate {3}; checked by {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the regimen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, if not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not applicable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the new plan (Check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the new plan at Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the vial&apos;s barcode here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner types the code and presses Enter; lot and expiry fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial &amp;size (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 14 digits after (01), if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GTIN (01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what follows (21), if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rial (21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected vial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The plan changes: {1}. The new plan is at Check-in; the infusion cannot start until it is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Checklist complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} item(s) left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the plan at check-in first: vials are checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0} g recorded, as planned ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} g of {1} g recorded (plan: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the vial to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Double-check and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second nurse checked the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I re-checked it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second nurse&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose from your calculation (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First pump rate from your calculation (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen the weight change; the dose is recalculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the plan exactly as shown, with the double-check (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <source>Correct a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectVitalsDialog</name>
    <message>
        <source>Correct a vitals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infused so far (from the confirmed rates): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: the volume was infused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for stopping early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump stopped: end the infusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <source>Prescriber, emergency services, outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency services called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriber notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the prescriber was notified (empty for now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time emergency services were called (empty for now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time resolved (empty for now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions opened from … to … (the clinic&apos;s dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out (tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CSV and JSON shared outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are written readable by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient, or tick &apos;Only sessions opened from … to …&apos; and give the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matched: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} file(s) into {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeBox</name>
    <message>
        <source>Onset and grade (CTCAE infusion-related reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nset at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset time (empty for now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier infusion on record: this is a first infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction grade {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested personal maximum: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (prescriber to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal maximum: ask the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Patients and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, MRN or date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient to see their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions (double-click for the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections of the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · born {1} ({2} y) · MRN {3} · {4} session(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sessions of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2} (reason: {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details corrected:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>The daily check found the database file {0} damaged ({1}). Restore a backup: close IVIG Desktop, move {2} (with any -wal and -shm file beside it) to another folder to keep it, then copy the newest backup from {3} to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries the app had saved are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was altered outside IVIG Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The daily check found that {1}: {2}. Run `ivig-desktop check` for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily check of the database found it sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily check of the database could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfusionTab</name>
    <message>
        <source>Pump rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start infusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End infusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Before starting: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan confirmed yet (Check-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for a reaction: resume only on the prescriber&apos;s order, or end the infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump stopped; resume at a confirmed rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the plan&apos;s steps (after a step down or a reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}{2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at the maximum rate until the volume is infused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}: {2}, due {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Due now: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To infuse: {0} of {1} ({2} g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · estimated end: unknown while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · volume reached at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · estimated end {0} (if steps are on time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infused {0} of {1} · remaining {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The premedication wait ends at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Record vitals first: the clinic rule is vitals before every rate increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to hold at this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for pausing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another nurse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another nurse signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen locked after {0} minutes without activity. Patient details are hidden; the timers and alerts go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Lot look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number (type or scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that received the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} vial(s) in {2} session(s), {3} patient(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session received {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session for a patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a patient record (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every patient and session that received a vial lot (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients &amp;&amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient; see every session, the trend and the records (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a patient&apos;s or a date range&apos;s records: PDF, CSV, JSON, FHIR (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse profiles: correct your details; administrators deactivate or promote profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the workstation to another nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0}  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session signed and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back an earlier backup of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Read-only: you can read the record but not add to it. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken {0}. The database as it was just before is kept in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsBox</name>
    <message>
        <source>Medications given for the reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, MRN or date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a patient record (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chair 3 or Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found: press New patient… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurseCorrectionDialog</name>
    <message>
        <source>Correct profile: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name, credentials or licence or staff number and say why. Past entries keep pointing at this profile and show the corrected details; the earlier ones stay in the audit trail and the exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RN 204173 (optional, as on the badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}: {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier corrections:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCorrectionDialog</name>
    <message>
        <source>Correct details: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what is wrong and say why. The details as first recorded and every correction stay in the patient&apos;s history, the audit trail and the exports. The weight is measured at each visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height (cm, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}: {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier corrections:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 1956-03-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for ideal body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height (cm, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known drug allergies (NKDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F, M or U (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-label order and course day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed split over days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order as a &amp;course over days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order as a course over days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the regimen with the proposed days and dose a day: the prescriber&apos;s order, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working behind every number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working (every number, its inputs, formula and source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} g ({2}) = {3}; max {4}; about {5} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than the chair time: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split over {0} days fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremedTab</name>
    <message>
        <source>Premedication wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered (regimen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ose, unit, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (or HH:MM for an earlier time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you (or the name of who gave it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the premedication as given (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record premedication as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected premedication entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premedication in the regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premedication given yet ({0}-min wait after it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion may start at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait ended at {0}: the infusion may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, by {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are an administrator: you can deactivate, reactivate and promote profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can deactivate or promote profiles; you can correct your own details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Pump rate (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to start before the premedication wait ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for slowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to exceed the patient&apos;s tolerated maximum (only if above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pump to {0}, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump set to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Correct a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the flagged vitals:
{0}
Symptoms ticked from them: untick any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grade to see the proposed response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the rate at onset as a number of mL/h to see the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionOutcomeDialog</name>
    <message>
        <source>Correct a reaction outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction outcome and resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction at {0}: grade {1}, {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM; empty for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty if the infusion does not resume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: {0} mL/h. Empty if the infusion does not resume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume infusion at (&amp;mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if &amp;different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriber notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonBox</name>
    <message>
        <source>Why is this reaction being corrected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegimenBox</name>
    <message>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier regimen versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regimen yet: create one to compute the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create regimen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change regimen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{0} · {1} · {2} · {3}: {4} {5} g/kg, {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegimenDialog</name>
    <message>
        <source>Regimen for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled indications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr A. Shah, as on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering prescri&amp;ber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for an off-label order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ff-label: ordered for an indication not on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-label order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber above ordered it; every screen and the record say OFF-LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose per day (g/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the label&apos;s dose for the indication (0.1 to 2 g/kg a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course (consecutive days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: a single infusion; 2 for 1 g/kg x 2 days, 5 for 0.4 g/kg x 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing &amp;weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: adjusted weight when BMI ≥ 30 (height and sex known), else actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight dosed on (&amp;kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate p&amp;rotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;start (mg/kg/min, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;maximum (mg/kg/min, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s tolerated rate: above it needs a reason (soft limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add premedication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected premedication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} {1} {2} {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when changing a regimen; earlier versions stay in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: version {0}, {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is labelled for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indication is not: tick off-label and name the ordering prescriber, or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premedication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseBox</name>
    <message>
        <source>Infusion: proposed response and what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at &amp;onset (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when no infusion was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious step (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the rate before the last increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade chosen and the symptoms disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the symptoms and vital signs show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done with the infusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or resume &amp;rate (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or resume rate (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if &amp;different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if different from the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the choice is less cautious than the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to put back. Entries made after it will leave the record, but they are not lost: the database as it is now is backed up first. Backups are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup taken {0}?

Entries made after that time will no longer be in the record. The database as it is now is backed up first, so nothing is lost. IVIG Desktop then reopens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAlertArea</name>
    <message>
        <source>Alerts for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this session&apos;s alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No alerts for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more (Due now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Stage: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED (reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-label order and course day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a wrong name, date of birth, MRN, sex, height or allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks &amp;&amp; vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Premedication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vitals &amp;&amp; reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After &amp;&amp; sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected note, vitals set or reaction, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected entry entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary: the printable record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record as it prints: print it or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry with who, when (happened and written) and its corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this &amp;patient&apos;s sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of every session of this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note for the record; Ctrl+Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {0} ({1} y) · MRN {2} · Sex {3} · Weight {4} · Height {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: every session of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is kept here and in a recovery file until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is kept here, but the recovery file could not be written ({0}): do not close the app until the note is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Note saved at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note that could not be saved earlier is back in the box: press Add note to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is working at this workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no password or PIN yet: choose one now. {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RN, LPN or NP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RN 204173 (optional, as on the badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthorised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nurse who already has a profile here authorises a new one with her password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her password or P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first profile of this database is its administrator: it can deactivate profiles and make other nurses administrators. Every later profile is authorised by a nurse who has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set and sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>{0} Alert sound unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Alerts still show on screen; the system beep is tried instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <source>Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry stays in the record, struck through, with your name, the time and the reason. It no longer counts in the summary, the chart or the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wrong patient, duplicate entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the record (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved {0} ({1} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sent {0} pages to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsBox</name>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ther symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for now, or type the time as HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at {0}, {1} ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏱ Late entry: taken at {0}, {1} ago. It is labelled as a late entry with both times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Session timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked entered in error. Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected to: {0}. Reason: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late entry, written {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Tolerated rate and reactions by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>Vital sign shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vital signs yet: the chart starts with the first set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} flagged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction, grade {0}, at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion rate (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion rate (mL/h, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: systolic &lt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: systolic {0}% below baseline ({1:.0f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: &gt; {0} /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: &lt; {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: ≥ {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: baseline + {0} °C ({1} {2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsForm</name>
    <message>
        <source>&amp;Temperature ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (or HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this vitals set (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature unit on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures are typed in this unit on this workstation (stored in °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is flagged during the infusion. Is this a reaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reaction for these flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reaction: dismiss the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> What you typed is kept here and in a recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vitals set that could not be saved earlier is back in the form: press Save vitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (taken at {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Vitals saved at {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value past an alert threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is flagged after the infusion. Is this a reaction?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsTab</name>
    <message>
        <source>Vitals and reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline against latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp (°F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reaction recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record r&amp;eaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome of the selected reaction, or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline against latest: no vital signs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline {0} against latest {1} ({2} sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline was taken after the infusion started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of the latest set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; resumed at {0} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (picture: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} · {2} · {3} · {4} · {5}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsTable</name>
    <message>
        <source>Vital signs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AmendDialog</name>
    <message>
        <source>{0} at {1}, as recorded now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry as recorded now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database encrypted (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not encrypted: run ivig-desktop encrypt (recommended on laptops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {0} could not be opened.

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {0} exists but is empty (0 bytes): there is no record in it.

It may be a copy that failed, or a drive that was not written. If the record should be there, choose No, then find the real database file or restore a backup.

Start a new, empty record in this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {0} is encrypted. Type its passphrase to open it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file is not an IVIG Desktop database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was wrong {0} times: IVIG Desktop closes. The database {1} has not been changed. Start IVIG Desktop again to try again. (If you are sure of the passphrase, the file may be damaged: restore a backup.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <source>For example: typo in the name; date of birth from the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>BP {0}/{1} mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR {0} /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR {0} /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp {0} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (typed {0} °F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {0}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight {0} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowed to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, resume at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued at the same rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause, resume at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause, ask the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop and notify the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no infusion running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (proposed: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} {2} {3} at {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber {0} notified at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services called at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion resumed at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {0} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps {0} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard limit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at-risk cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the plan&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump set to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the tolerated maximum because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the premedication wait ended because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} {2} {3}, given by {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump stopped until the prescriber decides: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} · {2} mL infused (from the confirmed rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushed with {0} mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {0}, {1} — “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.access</name>
    <message>
        <source>the first profile of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can do this: ask one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last administrator: make another profile an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate this profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.accounts</name>
    <message>
        <source>Choose a password (8 characters or more) or a PIN (6 digits or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ: type the same password or PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least {pin_min_digits} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {password_min_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one character repeated: choose something others cannot guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {secret_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.body</name>
    <message>
        <source>Devine ideal body weight (IBW) (ivig-domain.md, Dosing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted weight = IBW + 0.4 x (actual - IBW), Australian NBA BloodSTAR (nba.gov.au/bloodstar-calculator-adjusting-ig-dose-ideal-body-weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic rule &apos;auto&apos;: adjusted weight when BMI &gt;= {bmi_adjusted_threshold_kg_per_m2} kg/m2 and height is known, else actual (Ontario IG dose calculator, ivig.transfusionontario.org/dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dosing weight = actual weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured actual weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} kg ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI = {weight_kg} kg / ({cm_to_m} m)^2 = {bmi} kg/m2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBW (Devine, {value}) = {base} kg + 2.3 kg x (height in inches - 60); height in inches = cm / 2.54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{height_cm} cm / 2.54 = {inches} in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBW = {base} + 2.3 x ({inches} - 60) = {ideal} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height is below 60 in (152.4 cm): Devine&apos;s formula is extrapolated below its base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; adjusted = IBW + 0.4 x (actual - IBW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {value} weight {chosen} kg is above the actual weight, so the actual weight {weight_kg} kg is used (never above the actual weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dosing weight = {weight_kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: height unknown, so the actual weight is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &lt; {threshold}, so actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm) is needed for the {value} dosing weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (F or M) is needed for the {value} dosing weight (Devine IBW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideal body weight (Devine) is not defined for a height of {height_cm} cm; use the actual dosing weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing weight: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted = {ideal} + 0.4 x ({weight_kg} - {ideal}) = {adjusted} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &gt;= {threshold} but sex is unknown, so the ideal body weight cannot be computed and the actual weight is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dosing weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing weight: BMI is 30 or more but sex is not given, so the actual weight is used instead of the adjusted weight. Give the sex to use the adjusted weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: Devine&apos;s IBW is not defined for this height, so the actual weight is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &gt;= {threshold}, so adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing weight: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.checker</name>
    <message>
        <source>{where}, field &apos;{field}&apos;: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {valid} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem{value}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: {items})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {maximum} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes &gt; 0 (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not repeat a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a whole number of minutes &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.clinic</name>
    <message>
        <source>must be greater than 1 (2 doubles the rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a multiple of the resolution {resolution} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum_practicable_mg_per_kg_min (a number, or &quot;label_start&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic policy ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes (e.g. 8 or 7.5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.doses</name>
    <message>
        <source>{where}, first_infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of indication codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of [[{field}]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of the product&apos;s concentration choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above max_course_g_per_kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parsed} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indication} already has a dose limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.indications</name>
    <message>
        <source>primary humoral immunodeficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immune thrombocytopenia (chronic ITP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic inflammatory demyelinating polyneuropathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multifocal motor neuropathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kawasaki disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guillain-Barre syndrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-cell chronic lymphocytic leukaemia (hypogammaglobulinaemia, recurrent bacterial infections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indication &apos;{code}&apos;. Valid indications: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.ladders</name>
    <message>
        <source>Unknown ladder &apos;{ladder_id}&apos;. Valid ladders: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ladder &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ladders[{index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: needs at least one [[ladders]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ladder id &apos;{ladder_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [lowest, highest] kg, lowest below highest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.model</name>
    <message>
        <source>{name} label ({items}), catalog verified {verified_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product &apos;{product_id}&apos;. Valid products: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is reconstituted: choose its concentration, one of {choices} (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} concentration must be one of {choices} (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} comes at {concentration_percent}% only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.products</name>
    <message>
        <source>notes[{note_index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols[{protocol_index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: product &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: products[{index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required unless concentration_choices_percent is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either concentration_percent or the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be liquid or lyophilised (got {form})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date such as 2026-11-23 (got {verified_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table of field = reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of [[products.notes]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one [[products.protocols]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{general} has no protocol in this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: needs at least one [[products]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate product id &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no product in this file (&apos;{same_as}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {items} (got {topic})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indication} has a protocol but is not listed as labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed.{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no product field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must give the reason as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}.indications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indication} already has a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: product &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.catalog.protocols</name>
    <message>
        <source>{where}, rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies with a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of indication codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below the start rate {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between the start rate and the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {items} (got {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renal or thrombosis risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indications[{index}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is implausibly high (above 20 mg/kg/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must begin with the start rate {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed the maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [shortest, longest] whole minutes &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either interval_min or interval_range_min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.checkin</name>
    <message>
        <source>Weight {today_kg} kg is {change}% {direction} than the regimen&apos;s {previous_kg} kg: the dose is recalculated from today&apos;s weight; notify the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF-LABEL: {value} ordered off-label by {off_label_prescriber}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot change once the infusion has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day of this {course_days}-day course in the last {course_gap_hours} hours: a new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {course_day} of {course_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session&apos;s plan needs a dose (g/kg) to know the vials and the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has no exact decimal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by a second nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirmed by the same nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the second nurse who checked the calculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} does not match the plan: recheck the calculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tick to confirm you have seen this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {last_course_day} of {course_days} was given at {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s regimen (personal plan from the infusion history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second check must be by another nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value again from your own calculation ({unit}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.checklist</name>
    <message>
        <source>checklist item {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist item {item_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: needs at least one [[item]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: duplicate item id(s) {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: `id` must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({item_id}): `text` must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({item_id}): `required` and `sets_at_risk` must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({item_id}): only a screen can set the at-risk cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is answered {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this item does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: not valid TOML ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({item_id}): `kind` must be &apos;check&apos; or &apos;screen&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.clinic</name>
    <message>
        <source>{where}, field &apos;{key}&apos;: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [clinic]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &apos;{key}&apos;: must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &apos;{key}&apos;: &apos;{values}&apos; is not a URI; use the system your EHR gives, for example &apos;urn:oid:2.16.840.1.113883.3.1234.1&apos; or &apos;https://clinic.example.org/mrn&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field &apos;time_zone&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.closing</name>
    <message>
        <source>I attest that this record of the IVIG session is complete and accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush the line after the infusion has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush volume (mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the infusion before the discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes must be at most {notes_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion was started: choose how the patient left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infusion was given: choose &apos;Not infused&apos; and say why in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (and where the patient went).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is already signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the statement to sign: it is what your signature means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged home, well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged home with instructions (symptoms to watch for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred (emergency department or admission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not infused (session ended without an infusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation runs until {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record post-infusion vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before signing: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.corrections</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the details are corrected (for example: typo in the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: correct at least one detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: correct the name, the credentials or the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.due</name>
    <message>
        <source>{rate} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation ({minutes} min) ends: discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step up to {rate_ml_per_h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end of the {minutes}-min observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume infused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vitals_after_start_min} min after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {vitals_at_max_every_min} min at the maximum rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume infused: confirm the end of the infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (vitals first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} (vitals first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication wait ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.entry_time</name>
    <message>
        <source>{what} is in the future (more than {minutes} minutes from now); enter when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is before this session was opened; check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has no time zone; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.events</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event type {value} is unknown to this version of IVIG Desktop; update the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.infusion_commands</name>
    <message>
        <source>Rate (mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (mL/h) must be above 0; to stop the pump, pause instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the infusion plan at check-in before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to start before the premedication wait ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion is paused: resume it at a rate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pump is already at {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running infusion can be held at its rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion is at its maximum rate; there is no step to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for stopping early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step up must be above the current rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record vitals first: the clinic rule is vitals before every rate increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned volume was infused at {at} and the pump has stopped: confirm the end of the infusion instead of stepping up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for slowing the infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the {value} command for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before starting: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step down must be below the current rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for holding the rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.infusion_run</name>
    <message>
        <source>Infusion started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowed for a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.numbers</name>
    <message>
        <source>{label} must be a number, for example 72.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number of at most {max_digits} digits, for example 72.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (for example RN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or staff number must be at most {staff_id_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth must be on or after {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN must be at most {mrn_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies are required: list them, or record NKDA if none are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown / not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be at most {max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or staff number: letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;/&apos; only (as on the licence), for example RN-123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be F, M or U (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies must be at most {allergies_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth &apos;{text}&apos; is not a real date; type it as YYYY-MM-DD, e.g. 1956-03-12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.context</name>
    <message>
        <source>{display_name} vial sizes ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{citation}; row: {label_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} = {to_mg_per_kg_min} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_mg_per_kg_min} mg/kg/min x 60 / {mg_per_ml} mg/mL = {ml_per_kg_h} mL/kg/h; {ml_per_kg_h} mL/kg/h x {per_kg_weight} kg ({basis}) = {ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-kg weight ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} limit: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation}{rate_mg_per_kg_min} mg/kg/min = {relation}{ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mL/h = mg/kg/min x 60 / concentration (mg/mL) x per-kg weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.doses</name>
    <message>
        <source>{course_days} day{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg a day x {days} = {course} g/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog&apos;s default for the indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {dose_g_per_kg} g/kg in one day is above {max_day_g_per_kg} g/kg a day for {value}: {label}. Divide the course over more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a course of {course_text} is above {max_course_g_per_kg} g/kg {period} for {value}: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course of {course_text} is below the label&apos;s usual {min_course_g_per_kg} g/kg {period} for {value} ({label}): confirm the order with the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED dose limit for {value}: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg a day (at most {max_day_g_per_kg}), course {course} g/kg (at most {max_course_g_per_kg} g/kg {period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course (g/kg) = dose per day x days; each at most the label&apos;s figure for the indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{course} g/kg course: no label dose for {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course (g/kg) = dose per day x days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{course_text}; plausibility range {dose_g_per_kg_min}-{dose_g_per_kg_max} g/kg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label gives a dose for {value} ({indication_names}); the app&apos;s plausibility range applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above either figure is refused; below the usual course is flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.dosing</name>
    <message>
        <source>smallest total of whole vials not below the order; on a tie, the fewest vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order rounded to the nearest 5 g, then made with whole vials (fewest vials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step runs for its duration at its programmed mL/h; the last runs until the volume is infused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} min rounded up to the whole minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} g cannot be made with whole vials, so the smallest total above it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}: remaining {remaining} mL at {rate_ml_per_h} mL/h = {remaining} x 60 / {rate_ml_per_h} = {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose (g) = dose (g/kg) x dosing weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg x {weight_kg} kg ({value} weight) = {ordered} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescription (g/kg); dosing weight as worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume} mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume (mL) = dose (g) x 1000 / concentration (mg/mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_g} g x 1000 / {mg_per_ml} mg/mL = {volume} mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} concentration ({citation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume is infused before the plan reaches step {number} ({rate_ml_per_h} mL/h); later steps are not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{estimated} min ({hours} h {minutes_part} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over steps of the time at each programmed rate until the volume is infused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s steps and volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nearest 5 g would be 0 g, so the smallest total not below the order is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {ordered_g} g rounded to the nearest 5 g = {nearest} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; total = {end} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vial rounding &apos;{value}&apos;: {rule_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {ordered_g} g; vial sizes {sizes_text} g -&gt; {combination} = {total_g} g ({value}{difference}% of the order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic policy (vial rounding); vial sizes: {sizes_source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}: {rate_ml_per_h} mL/h x {duration_min} min / 60 = {in_step} mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dosing weight ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose (whole vials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vial sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.engine</name>
    <message>
        <source>dosing weight ({value}), by clinic policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan goes above 0.08 mL/kg/min, the maximum the {nl_source} recommend for a first infusion: the prescriber must confirm rates above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum pump rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest pump rate of the plan&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}: {rate_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal start step is not used: {start_rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s ceiling: {name}, {rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.inputs</name>
    <message>
        <source>A course is 1 to {course_days_max} consecutive days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber&apos;s name must be at most {prescriber_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested maximum must be a positive number of mg/kg/min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal start step ({start} mg/kg/min) is above the personal maximum ({top} mg/kg/min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course day must be between 1 and {course_days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the last infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal rate must be a positive number of mg/kg/min.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.ladder_fit</name>
    <message>
        <source>it steps every {interval_min} min, faster than the {display_name} label&apos;s every {stated} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder {id} is not used for this patient: {reason}. The per-kg label plan is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is meant for {low} to {high} kg ({weight_band_source}) and this patient&apos;s per-kg weight is {weight} kg ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its step {value} ({ml_per_h} mL/h = {rate} mg/kg/min at {weight} kg) is above step {value2} of the per-kg plan ({allowed} mg/kg/min = {ml_per_h2} mL/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its step {value} rises x{factor} ({ml_per_h} -&gt; {ml_per_h2} mL/h), more than the per-kg plan&apos;s largest step, x{largest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.limits</name>
    <message>
        <source>The plan stops at the pump&apos;s maximum: {name} goes up to {max_ml_per_h} mL/h ({rate_mg_per_kg_min} mg/kg/min at {per_kg_weight} kg), below the {name2} of {rate_ml_per_h} mL/h. Set up a pump that goes higher to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pump maximum ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} [pump]: {name}, maximum {max_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirmed label statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at-risk cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal plan ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum requested for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no at-risk statement for {display_name}: the clinic&apos;s minimum practicable rate is used as the at-risk cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not to exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label says &apos;minimum infusion rate practicable&apos; ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate: {c} mg/kg/min ({c2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the at-risk cap is the lower of the clinic&apos;s minimum practicable rate and the label&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the {what} {rate} mg/kg/min for {display_name} is above the hard limit, the {describe} ({source}). Use a rate {bound} {rate_mg_per_kg_min} mg/kg/min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal start step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override reason was given, but no rate is above a soft limit: nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{max_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED at-risk statement for {display_name} (&apos;{text}&apos;): the clinic&apos;s minimum practicable rate is used as the at-risk cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: the label&apos;s own ceiling, {bound} {label_rate} mg/kg/min (&apos;{text}&apos;; {condition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said}; the clinic&apos;s minimum practicable rate: {minimum_practicable_rule} = {minimum} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested maximum {requested} mg/kg/min is above the soft limit: {describe} ({source}). Give a reason to go above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (override: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} ({value} mg/kg/min) is above today&apos;s {describe}: that limit applies to this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.model</name>
    <message>
        <source>Newfoundland &amp; Labrador &quot;Standardized adult (40-130 kg) IVIG infusion rate tables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s infusion history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate above it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate above it needs a recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF-LABEL: {value} is not on the label (labelled: {labelled}); ordered by {prescriber}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {relation}{rate_mg_per_kg_min} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.practical</name>
    <message>
        <source>{whole} h {rest} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated duration, {estimated_minutes}, is longer than the clinic&apos;s maximum chair time of {chair_minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grams_per_day} g a day ({combination}, {dose_g_per_kg_per_day} g/kg), about {minutes_per_day} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{too_long}, and even over {days} days each day takes longer ({share}): discuss the dose and the rate with the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day: {dose_g} g -&gt; {volume_ml} mL -&gt; {estimated_minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{too_long}: split the dose over {days} consecutive days, {share}. The prescriber must order it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days: {ordered} g a day -&gt; {total_g} g in whole vials -&gt; {volume} mL -&gt; {minutes} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split over days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days: {total_g} g a day ({combination}), about {minutes} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fewest consecutive days whose daily share of the dose, in whole vials, is infused within the maximum chair time, following the same steps as today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} [chair] max_hours = {fraction} h ({chair} min), max_split_days = {max_split_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prescriber orders the split: the regimen becomes a course of that many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose ordered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum chair time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.protocol</name>
    <message>
        <source>first infusion of a previously untreated patient at {concentration}%: {text} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at the label&apos;s lowest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}. The product&apos;s general ({value}) protocol is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} has no label protocol for {value} ({indication_names}): the product&apos;s general ({value2}) protocol is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED protocol: {unconfirmed_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {concentration}% for the first infusion of a previously untreated patient. {text} ({source}). Use the {max_concentration_percent}% solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first infusion: {lowest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product switch (from {previous}): {lowest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks} weeks since the last infusion (more than {long_gap_weeks}, {source}): {lowest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance infusion without the weeks since the last infusion: confirm it is {long_gap_weeks} weeks or less, else the plan must start at the label&apos;s lowest rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not labelled for {value} ({indication_names}); its labelled indications are {labelled_text}. Choose a labelled indication or another product, or mark the order off-label with the prescriber&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is marked off-label (prescriber {prescriber}), but {value} is on the {display_name} label: the label protocol is used and the plan is not off-label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED {field}: {unconfirmed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.result</name>
    <message>
        <source>Day {course_day} of {course_days}: {day} g/kg today of a {total} g/kg course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.rungs</name>
    <message>
        <source>{display_name} label start {stated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: escalation x{factor_text} {interval_text}, because the label says &apos;as tolerated&apos; up to its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder {id}: {name} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {interval_min} min, the label&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the label gives no start duration: {interval} min, the step interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for {start_duration_min} min (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder {id} rung {rate_ml_per_h} mL/h ({interval_min} min each): {rate_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal plan ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal start step {rate} mg/kg/min ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start_rule}: start at the personal start step, {rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {escalation_interval_min} min, the clinic&apos;s interval (the label gives none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} x {factor_text} = {new} mg/kg/min (clinic escalation x{factor_text} {interval_text}; the label says as tolerated up to {label_max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} label start {stated} for {duration} min (the plan must start at the label&apos;s lowest rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rung of ladder {id} ({rates_ml_per_h} mL/h = {rate} mg/kg/min) is above the label&apos;s lowest rate ({start} mg/kg/min = {ml_per_h} mL/h): the plan starts at the label&apos;s lowest rate for {duration} min, then follows the ladder&apos;s higher rungs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label maintenance start {stated} ({maintenance_start_note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start_rule}: start at the label&apos;s maintenance start, {rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {chosen} min, the clinic&apos;s interval ({escalation_interval_min} min) within the label&apos;s {low}-{high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; lowered to the label maximum {maximum} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ladder&apos;s first rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start_rule}: no personal start step recorded, so {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label step {stated} ({interval_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} + {count} x {increment} = {new} mg/kg/min (label: +{stated} {interval_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} x 2 = {value} mg/kg/min (label: doubling {interval_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plan.steps</name>
    <message>
        <source>from minute {start_min} for {duration} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from minute {start_min} until the infusion ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{derivation}; lowered to the {name}, {relation}{rate} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} requires less than {rate} mg/kg/min ({ceiling_ml_per_h} mL/h): the highest pump rate below it is {rate_ml_per_h} mL/h, which delivers {target} mg/kg/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped by the {capped_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next target, {target} mg/kg/min, gives the same pump rate ({rate_ml_per_h} mL/h), so it is merged into this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} pump rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mL/kg/h = mg/kg/min x 60 / concentration (mg/mL); pump mL/h = mL/kg/h x per-kg weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{derivation}; {conversion} -&gt; {rate_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.policy</name>
    <message>
        <source>clinic policy (resources/clinic.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s infusion pump (model not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} [at_risk] minimum_practicable_mg_per_kg_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} mg/kg/min ({where} = {rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol&apos;s label start rate, without escalation ({where} = &quot;label_start&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.premed</name>
    <message>
        <source>Drug name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit must be one of {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time given cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time given is more than 12 hours before this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO (by mouth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug name must be at most {drug_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route must be one of {items}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.assessment</name>
    <message>
        <source>Grade {picked} ({split}) was chosen, but the picture ({findings}) calls for interrupting the infusion (grade 2 or above). The proposal follows grade 2; both the grade chosen and this assessment are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypotension is ticked: a systolic below {limit} mmHg ({whom}) or more than 30% below baseline is anaphylaxis on its own (criterion 3). Record the blood pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anaphylaxis (signs ticked): grade 4 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anaphylaxis (criterion {value}): grade 4 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {picked} ({split}) was chosen, but the picture is anaphylaxis ({value}): a grade 4 picture. The proposal is the anaphylaxis response; both the grade chosen and this assessment are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: grade 2 picture at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaphylaxis: signs of anaphylaxis are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaphylaxis ({criteria_source}), {label}, from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> With: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also serious: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The infusion does not resume at a lower rate without the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.criteria</name>
    <message>
        <source>NIAID/FAAN 2006, WAO 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs of anaphylaxis, recognised by the nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion 1: acute skin or mucosal signs with respiratory compromise or low blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion 2: two or more of skin or mucosal signs, respiratory compromise, low blood pressure, persistent gastrointestinal symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion 3: low blood pressure after exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age {age_years} (11-17 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age {age_years} (70 + 2 x {age_years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic {systolic} mmHg &lt; {limit} mmHg, low for {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}: hypoxaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic {systolic} mmHg is {fall}% below baseline {before} mmHg (a fall of more than {fall_above_percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}: blood pressure falling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.entry</name>
    <message>
        <source>medications.{index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}.dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}.unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}.route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}.given_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the medication was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in weight today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one symptom, or describe it under Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grade (1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming is recorded as an outcome, after the reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {cause}, the infusion goes on only on the prescriber&apos;s order: name the prescriber notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reaction can be corrected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication name must be at most {name_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose must be above 0 and below {dose_max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose must have at most 3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight in the patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate at onset was given (no infusion running), so there is no rate to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate goes with &apos;{label}&apos;; clear the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice differs from the proposal ({why}); say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dose unit (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the route (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade must be 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rate at onset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was done with the infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rate the infusion was slowed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step must be below the rate at onset ({rate_at_onset} mL/h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be below the rate at onset ({rate_at_onset} mL/h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.epinephrine</name>
    <message>
        <source>mid-outer thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 5-15 minutes if the symptoms persist or return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give epinephrine (adrenaline) {dose_mg} mg IM = {volume_ml} mL of 1 mg/mL, into the {site}; repeat {repeat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epinephrine 1 mg/mL IM: {dose_mg_per_kg} mg/kg x {weight_kg} kg{where} = {exact} mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child (age {age_years}, under {child_under_years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the {site}; repeat {repeat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give epinephrine (adrenaline) 1 mg/mL IM, 0.01 mg/kg (at most 0.5 mg for an adult, 0.3 mg for a child), into the {site}; repeat {repeat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight is known: give 0.01 mg/kg, at most 0.5 mg (adult) or 0.3 mg (child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adult (age not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adult (age {age_years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum for {who}: {cap} mg; {exact} mg is above it, so {cap} mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum for {who}: {cap} mg; {exact} mg is within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the nearest 0.01 mL mark of a 1 mL syringe: {dose} mg = {volume} mL of 1 mg/mL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 1 mg/mL: {dose} mg = {volume} mL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.fields</name>
    <message>
        <source>PO (by mouth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to emergency or hospital care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is before the onset; check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the prescriber was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the reaction resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time resolved goes with the outcome &apos;Resolved&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the prescriber who was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time notified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.grading</name>
    <message>
        <source>Grade {value}: {grade_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild, transient reaction; infusion interruption not indicated; intervention not indicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion interruption indicated, but responds promptly to symptomatic treatment (e.g. antihistamines, NSAIDs, IV fluids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolonged (not rapidly responsive to symptomatic medication or a brief interruption); symptoms recur after initial improvement; hospitalisation indicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening consequences; urgent intervention indicated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.records</name>
    <message>
        <source>That reaction is not in this session&apos;s record (or was marked entered in error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the grade picked is lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction {event_id} is damaged: it has no onset time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.response</name>
    <message>
        <source>No infusion is running, so there is no rate to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue at the same rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow to a lower rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for anaphylaxis: stop the infusion, give IM epinephrine and call emergency services, whatever grade is chosen; the infusion restarts only on the prescriber&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the patient flat with the legs raised (sitting up if breathing is hard); give oxygen and IV fluids per protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the prescriber now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous step&apos;s rate, rounded down to the pump&apos;s {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the current rate: {rate} ÷ 2 = {rate2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded down to {rate}: {resume} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the symptoms as ordered and recheck vital signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is less cautious than the proposal to {label2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the infusion; restart only on the prescriber&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {chosen} was chosen; the picture calls for grade {effective}: it decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for grades 3-4: stop the infusion and notify the prescriber; grade 4 also calls emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for grade 2 and above, and for serious findings: notify the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the symptoms as ordered and keep observing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for hypotension, breathing difficulty, chest tightness or a falling SpO2: pause; the infusion resumes only on the prescriber&apos;s order, never at a lower rate on the proposal alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the prescriber now; resume only on the prescriber&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous step: half the current rate it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step: {rate}. Lower of the two: {rate2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the symptoms settle, resume at {resume} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is below the pump&apos;s lowest rate: keep paused and ask the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the infusion paused and ask the prescriber how to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was not to resume without the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} mL/h is above the proposed {resume_rate_ml_per_h} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was to stay paused until the prescriber decides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.symptoms</name>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myalgia (muscle aches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest tightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyspnoea (short of breath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rash or urticaria (hives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypotension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of anaphylaxis (throat or tongue swelling, wheeze or stridor, collapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itch (pruritus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen lips, tongue or uvula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheeze or stridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse, fainting or incontinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent vomiting or crampy abdominal pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin or mucosal signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respiratory compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low blood pressure or end-organ dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent gastrointestinal symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin and mucosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing and chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.reactions.updates</name>
    <message>
        <source>The prescriber&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the outcome, a resume rate, a prescriber notified, or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reaction outcome can be corrected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction cannot move an outcome to another reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infusion was running at the onset: there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a stop or a grade 3-4 reaction the infusion restarts only on the prescriber&apos;s order: record the prescriber notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume rate differs from the proposal ({why}); say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion was not paused or stopped, so it cannot resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hypotension, breathing difficulty, chest tightness or a falling SpO2 the infusion resumes only on the prescriber&apos;s order, never at a lower rate alone: record the prescriber notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion already resumed after this reaction, at {resumed_rate_ml_per_h} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.recording</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is signed and closed: nothing more can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s clock shows {when}, but this session&apos;s latest entry is dated {when2}, {span} later. Nothing was saved: an entry now would be dated before it. Check the clock (it may be wrong, or a time server may just have corrected it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.regimen</name>
    <message>
        <source>Personal start rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal maximum rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency is required, for example &apos;every 4 weeks&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder must be one of {items}, or none (label protocol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal start rate cannot be above the personal maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber must be at most {prescriber_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes must be at most {notes_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course is 1 to {course_days_max} consecutive days (1: a single infusion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the regimen is changing (for example &apos;dose change ordered&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indication must be one of {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (g/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing weight must be actual, ideal, adjusted or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency must be at most {frequency_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the prescriber of this off-label order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not labelled for {value}; its labelled indications are {labelled_text}. Choose a labelled indication, or tick off-label and name the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is on the {display_name} label: this order is not off-label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.session</name>
    <message>
        <source>Infusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment {id} names event {amends}, which is not in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry {event_id} in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{risks} present: confirm the plan again with the at-risk cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk screens now find no risk: confirm the plan again without the at-risk cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair or location is required, for example &apos;Chair 3&apos; or &apos;Home&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair or location must be at most {location_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty; type what you want to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note must be at most {note_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {label} cannot be amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is already marked entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this entry is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment either gives corrected values or marks the entry entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a note&apos;s text can be corrected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected text is the same as the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {id} belongs to session {session_id}, not {id2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {id}: event {id2} has seq {seq}, expected {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the infusion plan at check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer the checklist ({count} item(s) left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record baseline vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer the {names} screen{value} first: a risk present changes the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk screens changed since this plan was calculated: calculate it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is the same as what is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.snapshot</name>
    <message>
        <source>the pump (not recorded with this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {course_day} of {course_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {n} g/kg today of a {n2} g/kg course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {course_day} of {course_days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (mL/h) must be above 0; to stop the pump, pause instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above the maximum of {pump_name}, {pump_max_ml_per_h}; it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} cannot be set on {pump_name}: it takes multiples of {resolution_ml_per_h}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above the hard limit of {hard_max_ml_per_h} ({hard_max_source}); it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps must never go down in rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last plan step may run until the volume is infused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above this patient&apos;s tolerated maximum of {soft_max_ml_per_h} ({soft_max_source}); give a reason to go above it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.times</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}:{secs} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delta} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC{sign}{value}:{value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours}{nbsp}h{nbsp}{minutes}{nbsp}min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}{nbsp}min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {delta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delta} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {timedelta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{cleaned}&apos; is not an IANA time zone name; use one such as &apos;America/Toronto&apos;, &apos;Europe/Paris&apos; or &apos;UTC&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.tolerance</name>
    <message>
        <source>{rate} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate at onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest tolerated rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rate tolerated without a reaction: {tolerated} ({tolerated_in}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reaction: the suggested personal maximum is {tolerated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grade 3-4 reaction is in these sessions: the prescriber reviews the rate before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is below the pump&apos;s lowest rate: ask the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half the onset rate, {half}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lower of half ({half}) and the step below ({step_below_ml_per_h})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction grade {grade} at {rate_at_onset_ml_per_h} ({label}): cap = {how}, rounded down = {cap_ml_per_h} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tolerated rate and no reaction recorded: nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tolerated rate recorded: the suggested personal maximum is the cap, {cap} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested personal maximum: the lower of {tolerated} and the cap {cap} mL/h = {suggestion} mL/h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.units</name>
    <message>
        <source>rounded half-up to the pump resolution {shown} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded DOWN to {times_resolution} mL/h (pump resolution {shown} mL/h) because half-up rounding would be {relation} the {limit_name} of {limit} mL/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate at the pump resolution of {shown} mL/h respects the {limit_name} of {limit_ml_per_h} mL/h (rate {value} mL/h); this plan cannot be programmed on this pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate of {value} mL/h is below the pump resolution of {shown} mL/h; this plan cannot be programmed on this pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vials</name>
    <message>
        <source>{vial} was already recorded in session {session_id} ({location}, {day}), {whom}. A vial is used once: take another vial; if that entry was wrong, mark it entered in error there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vials recorded: {have} g of {need} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot {lot}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial (GTIN {gtin}, serial {serial})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial (serial {serial})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vial} is already recorded in this session. A vial is used once: take another vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode is not a GS1 code with GTIN, expiry and lot ({split}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode has no GTIN, expiry or lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from the scanned code {hri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{cleaned}&apos; is neither a lot number (at most {lot_max_chars} characters) nor a vial&apos;s barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN is {gtin_digits} digits, after (01) on the vial&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN {padded} has a wrong check digit: check the number on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial number has at most {serial_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial number has no spaces: type it as printed after (21) on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the GTIN with the serial: a serial number identifies a vial only with its GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number is required: type it from the vial, or scan the vial&apos;s barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial expired on {when}: do not use it; take another vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial is {value}, but the plan is {product_name}: brands are never mixed in one visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product_name} comes in {sizes} vials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this vial the total would be {value} g; the plan uses {vials_g} g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned code {hri} has no lot number (10): type the lot as printed on the vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gtins: vial {index}: GTIN {gtin} must be 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gtins: GTIN {gtin} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode&apos;s GTIN {gtin} belongs to {product_id}, not {product_id2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot number has at most {lot_max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vial size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GTIN in this barcode is invalid: {gtin_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gtins: vial {index} needs gtin, product and size_g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry &apos;{expiry}&apos; is not a date; type it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.alerts</name>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {value} is {change}{gap}{change_unit} {direction} baseline {baseline} ({word} ≥ {limit}{gap}{change_unit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.config</name>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ranges.{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [ranges] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [ranges] has an unknown key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [alerts] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [alerts] has an unknown key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown section or key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vital signs settings are invalid: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be {{ min = ..., max = ... }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: min and max must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: min ({low}) must be below max ({high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: bounds must have at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: bounds must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a table with a value and its source: [alerts.{key}] value = ... source = ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.value must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.source must name where the number comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.source must be at most {source_max_chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.history</name>
    <message>
        <source>The time the vitals were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a vitals set&apos;s values can be corrected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected values are the same as the values recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vitals set {event_id} in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.signs</name>
    <message>
        <source>Systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.thresholds</name>
    <message>
        <source>built-in default (the bundled resources/vitals.toml gives its source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.systolic_drop_at_or_above_percent ({drop}) must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must lie inside ranges.{value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be above 0 and at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be from 1 to {pain_max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{low_key} ({low_value}) must be below alerts.{high_key} ({high_value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must have at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vitals.values</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} and {high} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} and {high} °F ({low2} to {high2} °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must have at most one decimal, for example 37.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic ({diastolic} mmHg) must be below systolic ({systolic} mmHg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain must be a whole number from 0 (no pain) to 10 (worst pain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vitals record is damaged: &apos;{key}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.working</name>
    <message>
        <source>  formula: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  working: {arithmetic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Record altered outside the app: {0}. What is shown may not be what was written or signed; keep the database file as it is and tell the person in charge of the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>work_area</name>
    <message>
        <source>Select a session on the board, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
