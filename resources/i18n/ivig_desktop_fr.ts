<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name></name>
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
</context>
<context>
    <name>VitalsForm</name>
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
    <name>label</name>
    <message>
        <source>Record altered outside the app: {0}. What is shown may not be what was written or signed; keep the database file as it is and tell the person in charge of the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>For example: typo in the name; date of birth from the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Select a session on the board, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
