<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="105" />
      <source>About FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="113" />
      <source>An offline companion for field missions: incident log, Spotting the Spoilers assessments, maps and sync bundles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Third-party software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data credits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnswerWidget</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="67" />
      <source>(no answer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="96" />
      <source>a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="98" />
      <source>Type 'unknown' if it is not known.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="106" />
      <source>Assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="111" />
      <source>New assessment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="114" />
      <source>Next unanswered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="119" />
      <location filename="../../ui/checklist/view.py" line="557" />
      <source>Finalise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="122" />
      <source>Use the latest checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="124" />
      <source>This draft uses an earlier version of the checklist; its answers are carried over.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="129" />
      <source>PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="132" />
      <source>Language of the PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="155" />
      <source>Questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="166" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="171" />
      <source>Compare with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="178" />
      <source>Compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="217" />
      <source>final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="217" />
      <source>in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="239" />
      <source>No assessment yet. Click “New assessment…” to start one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="276" />
      <source>This assessment is final (version {v}). Changing an answer needs a reason and is kept as a new version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="282" />
      <source>Answers are saved the moment you give them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="303" />
      <source>The area bounds must be four numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="336" />
      <source>Overall: {done} of {total} answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="394" />
      <source>Note (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="423" />
      <source>Evidence ({n})…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="443" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="443" />
      <source>Every question that applies has an answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="458" />
      <source>Change a final assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="459" />
      <source>This assessment is final. Why are you changing it? The change is kept as a new version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="522" />
      <source>Give an answer first; the note is saved with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="561" />
      <source>Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, the PDF report and the command line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="599" />
      <source>Save the assessment report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="609" />
      <source>Report written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="613" />
      <source>Writing the PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="621" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="622" />
      <source>Moderate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="623" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="624" />
      <source>Severe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="625" />
      <source>Insufficient information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="634" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="634" />
      <source>moderate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="634" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="637" />
      <source>%n answer(s) cite evidence</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="640" />
      <source>No score yet: a threat section is scored once at least {pct} of its scored questions have a known answer (not “unknown”); answer more of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="668" />
      <source>key finding, sets at least {level}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="674" />
      <source>threat {score} of 4, %n incident(s) cited</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="682" />
      <source>Scores are aids to judgement, not measurements. Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from 0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="688" />
      <source>outside the assessment's period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="689" />
      <source>source graded below C3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="690" />
      <source>cited on an answer that does not score high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="691" />
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="695" />
      <source>graded {grade}, cited on {questions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="703" />
      <source>Known answers cover {cov} of the threat questions; {min} are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="708" />
      <source>Required questions unanswered: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>Required questions answered “unknown”: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="715" />
      <source>“Other” picked without saying what in the note: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="720" />
      <source>No assessor is named.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="723" />
      <source>Evidence that does not count or is flagged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="740" />
      <source>The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the section mean's band and the floor set by key findings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="756" />
      <source>There is no other assessment of this area to compare with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insufficient – not for distribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Threat level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completeness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tripwire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not ready to finalise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The threat score rose by 2 points or more: review this area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/sync/view.py" line="70" />
      <source>Resolve a conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="80" />
      <source>This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which value to keep. The result is saved as a new version.

Here: {mine_when}, by {mine_who}: “{mine_why}”
{dev}: {their_when}, by {their_who}: “{their_why}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="100" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="100" />
      <source>Keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="100" />
      <location filename="../../ui/sync/view.py" line="115" />
      <source>Here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="100" />
      <source>On {dev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="116" />
      <source>Other device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="126" />
      <source>Reason (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="133" />
      <source>Resolved a conflict with {dev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="135" />
      <source>(their edit: “{why}”)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvidencePicker</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="193" />
      <source>Evidence: incidents that support this answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="197" />
      <source>Search incidents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="199" />
      <source>Only incidents in the assessment area</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>This device's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>Compare a key's fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="49" />
      <source>Device: {label}
Device id: {device_id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="57" />
      <source>Read these words to the key's owner (by phone or in person), or let them scan the code: they must see the same on their screen. The name proves nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="62" />
      <source>Read these words to HQ or a colleague, or let them scan the code, so they can check your key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="88" />
      <source>The code holds the device id and both public keys.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="91" />
      <source>Fingerprint: {fp}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="99" />
      <source>Fingerprint checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="100" />
      <source>The owner read the same words: record that this key was checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="108" />
      <source>Trusted here: {how}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="134" />
      <source>User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="141" />
      <source>The user guide is not installed with this copy of FieldKit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>This guide is not translated yet; here is the English version.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentEditor</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="80" />
      <source>Edit incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="80" />
      <source>New incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="86" />
      <source>This draft was recovered from an interrupted session. Check it and save it, or discard it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="110" />
      <source>(not set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="126" />
      <source>Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="145" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="146" />
      <source>What happened, in a few words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="147" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="151" />
      <source>When (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="151" />
      <source>ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="154" />
      <source>Exact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="155" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="156" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="157" />
      <source>Approximate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="160" />
      <source>Time precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="165" />
      <source>Place name (pick a known place to fill the coordinates)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="181" />
      <source>Pick on map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="184" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="192" />
      <source>latitude, e.g. 11.86</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>longitude, e.g. -15.60</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="211" />
      <source>A draft may be saved without coordinates; a final incident needs both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="212" />
      <source>Latitude / longitude (WGS84)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="218" />
      <source>Location precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="219" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="223" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="225" />
      <source>Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="226" />
      <source>Actors involved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="227" />
      <source>Source type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="235" />
      <source>Source reliability / information credibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="238" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="239" />
      <source>comma-separated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="241" />
      <source>Final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="242" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="243" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="244" />
      <source>Sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="244" />
      <source>Sensitive (kept out of exports unless chosen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="245" />
      <source>Reason for the change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="246" />
      <source>Required to change a final incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="254" />
      <source>Add file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="256" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="262" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="265" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="272" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="273" />
      <location filename="../../ui/incidents/editor.py" line="699" />
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="274" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="371" />
      <source>{name}  (to be added on save)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="378" />
      <source>No history yet: the first save creates version 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="395" />
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="405" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="406" />
      <source>Saved (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="407" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="408" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="409" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="410" />
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="453" />
      <source>Read as {lat}, {lon} (the comma taken as the decimal point).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="496" />
      <source>Draft autosaved at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="531" />
      <location filename="../../ui/incidents/editor.py" line="583" />
      <source>Preparing the list of places…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="598" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="598" />
      <source>The map is not available on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="610" />
      <source>Attach files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="652" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="668" />
      <source>Discard changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="669" />
      <source>Discard what you typed? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="697" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="698" />
      <source>This incident has changes that are not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="699" />
      <source>Keep editing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="699" />
      <source>Keep as a draft and close</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../ui/incidents/model.py" line="30" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="31" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="32" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="33" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="34" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="35" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="36" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="53" />
      <location filename="../../ui/incidents/model.py" line="125" />
      <source>final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="53" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="53" />
      <location filename="../../ui/incidents/model.py" line="125" />
      <source>draft</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentsView</name>
    <message>
      <location filename="../../ui/incidents/view.py" line="61" />
      <source>Search title, description, place, actors…  ("exact phrase", word*, OR, NOT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="65" />
      <source>New incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="69" />
      <source>PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="70" />
      <source>The incidents shown, as a PDF table with a map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="77" />
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="81" />
      <source>Severity ≥</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="86" />
      <source>from YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="88" />
      <source>to YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="92" />
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="93" />
      <source>Final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="94" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="97" />
      <source>area: min lon, min lat, max lon, max lat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="100" />
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="130" />
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="132" />
      <location filename="../../ui/incidents/view.py" line="452" />
      <source>Move to trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="134" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="136" />
      <location filename="../../ui/incidents/view.py" line="478" />
      <source>Delete for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="205" />
      <source> in the trash</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/incidents/view.py" line="206" />
      <source>%n incident(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="256" />
      <source>Select an incident to see it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="301" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="306" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="311" />
      <source>no coordinates yet (draft)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="314" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="315" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="317" />
      <source>Actors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="324" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="334" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="336" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="337" />
      <source>final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="337" />
      <source>draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="338" />
      <source>sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="340" />
      <source>Reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="370" />
      <source>signed by a key HQ revoked from {when}: after the revocation (see Verify)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="372" />
      <source>signed before HQ revoked the key (from {when})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="390" />
      <source>Save attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="405" />
      <source>Save the incident report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="416" />
      <source>Report written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="420" />
      <source>Writing the PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="453" />
      <source>Why is this incident being removed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="454" />
      <source>Moved to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="479" />
      <source>Delete this incident and its history for good? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyTrust</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="29" />
      <source>trusted on first use, fingerprint not checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="31" />
      <source>fingerprint checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="33" />
      <source>listed by HQ</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="237" />
      <source>FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="246" />
      <source>This workspace holds demo data ([DEMO] records): File → Remove demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="250" />
      <source>NOT encrypted: anyone with this laptop can read this workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="253" />
      <source>Workspace: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="294" />
      <source>The map needs QtWebEngine, which is not installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="309" />
      <source>Jobs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="319" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="320" />
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="321" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="322" />
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="334" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="335" />
      <source>Load demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="336" />
      <source>Remove demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="337" />
      <source>Your name and device…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="339" />
      <source>Verify integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="341" />
      <source>Lock now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="344" />
      <source>Encrypt this workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="345" />
      <source>Delete this workspace now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="347" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="354" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="356" />
      <source>User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="358" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="359" />
      <source>Report a problem…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="361" />
      <source>About FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="401" />
      <source>Delete this workspace now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="403" />
      <source>Destroy this workspace now: every incident, assessment, attachment and key on this laptop? This cannot be undone. Records sent in bundles stay with their recipients.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="421" />
      <source>Draft recovered</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="423" />
      <source>%n unsaved incident draft(s) from an interrupted session were recovered and will open now.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="436" />
      <source>Protect this workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="438" />
      <source>This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now with a passphrase?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="468" />
      <source>Demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="468" />
      <source>Demo data can only be loaded into an empty workspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="473" />
      <source>Empty workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>This workspace is empty. Load demo data (500 realistic incidents at real places and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in this workspace's bundles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="495" />
      <location filename="../../ui/main_window.py" line="503" />
      <source>Report a problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="505" />
      <source>A diagnostics file was written to {path}. It holds versions, counts and the end of the log, no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="512" />
      <source>Writing the diagnostics file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="531" />
      <source>Remove demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="532" />
      <source>Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="539" />
      <source>Demo data removed: {n} incidents, {a} assessments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="545" />
      <source>Removing the demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="554" />
      <source>Demo data loaded: {n} incidents, {a} assessments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="562" />
      <source>Loading demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="571" />
      <source>Verifying every history chain and attachment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="578" />
      <source>Checked {i} incidents, {a} assessments and {f} attachments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <location filename="../../ui/main_window.py" line="587" />
      <source>Integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <source>Everything verifies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="587" />
      <source>Problems found:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../ui/map/view.py" line="36" />
      <source>Colour by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="38" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="39" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="42" />
      <source>Basemap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="45" />
      <source>Add MBTiles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="48" />
      <source>Filter incidents to this view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="51" />
      <source>Export offline map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="68" />
      <source>Natural Earth outlines (built in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="82" />
      <source>Add an MBTiles basemap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="90" />
      <source>Adding the basemap…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="123" />
      <source>%n incident(s) on the map</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="125" />
      <source>%n without a location yet (not shown)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="131" />
      <location filename="../../ui/map/view.py" line="138" />
      <source>Export an offline map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="140" />
      <source>The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves them out.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="147" />
      <source>Map written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="151" />
      <source>Writing the offline map…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapWidget</name>
    <message>
      <location filename="../../ui/map/widget.py" line="87" />
      <source>Drawing the map…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewAssessmentDialog</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="51" />
      <source>New assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="54" />
      <source>e.g. Guinea-Bissau, Gao region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="74" />
      <source>optional: min lon, min lat, max lon, max lat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="75" />
      <source>Start from the area's latest assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="77" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="78" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="79" />
      <source>Period from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="80" />
      <source>Period to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="81" />
      <source>Assessor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="82" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="83" />
      <source>Area bounds</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewIdentityPrompt</name>
    <message>
      <location filename="../../ui/errors.py" line="75" />
      <source>A new identity cannot be undone: this device will trust nobody until you trust HQ's and your colleagues' keys again, and they must accept this device's new key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/errors.py" line="81" />
      <source>The device key is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/errors.py" line="84" />
      <source>Quit (restore the key file first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/errors.py" line="85" />
      <source>Make a new identity</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewWorkspaceDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="63" />
      <source>Protect this workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="67" />
      <source>This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase (at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="72" />
      <source>Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="82" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="83" />
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="85" />
      <source>Training only: keep this workspace NOT encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="106" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../ui/map/picker.py" line="14" />
      <source>Pick a location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="18" />
      <source>Click on the map to place the incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="31" />
      <source>Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SectionChart</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="285" />
      <source>insufficient information</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="158" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="161" />
      <source>Checklist, Incidents, Map, Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="162" />
      <source>New incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="163" />
      <source>Search the incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="164" />
      <source>Save the incident being edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="165" />
      <source>Close the editor (asks when something is not saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="166" />
      <source>Next unanswered question of the checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Lock FieldKit now (the passphrase opens it again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="168" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncView</name>
    <message>
      <location filename="../../ui/sync/view.py" line="160" />
      <source>Send: export a bundle to a USB stick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="163" />
      <source>Encrypt for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="169" />
      <source>Only what changed since the last bundle for this destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="171" />
      <source>Also protect with a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="172" />
      <location filename="../../ui/sync/view.py" line="269" />
      <source>Include incidents marked sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="173" />
      <source>Include demo data ([DEMO] records; left out otherwise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="176" />
      <source>Export bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="184" />
      <source>Receive: import bundles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="189" />
      <source>Every bundle is checked (signature, hashes, format) before anything changes. A damaged or altered bundle is refused and nothing changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="194" />
      <source>Import bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="200" />
      <source>Bundles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="208" />
      <source>Resolve…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="211" />
      <source>Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="222" />
      <source>Save my public key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="223" />
      <source>Trust a key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="224" />
      <source>Fingerprint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="225" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="235" />
      <source>From HQ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="238" />
      <source>Import config…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="239" />
      <source>Import receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="240" />
      <source>New keys for this device…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="247" />
      <source>At HQ: for the field devices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="250" />
      <source>Export config bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="251" />
      <source>Write receipt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="252" />
      <source>Revoke key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="259" />
      <source>Trusted keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="263" />
      <source>Import log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="268" />
      <source>Write incidents (not those in the trash) for spreadsheets and GIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="273" />
      <source>CSV (spreadsheet)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="274" />
      <source>GeoJSON (GIS)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="275" />
      <source>KML (Google Earth)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="285" />
      <source>CSV / GeoJSON / KML</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="298" />
      <source>This device: {label}
Key fingerprint: {fp}
(read it to HQ or a colleague to confirm your key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="307" />
      <source>HQ's policy keeps incidents marked sensitive on this device.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="313" />
      <source>HQ: {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="317" />
      <source>Nobody: protect with a passphrase only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="318" />
      <source>Nobody and no passphrase: readable by anyone (not recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="329" />
      <source>{fp}    {role}    {label}    device {device}    trusted since {when} ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="331" />
      <source>HQ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="331" />
      <location filename="../../ui/sync/view.py" line="935" />
      <source>Colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="338" />
      <source>REVOKED from {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="347" />
      <source>No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="361" />
      <source>{kind} “{title}” — deleted on {dev}; kept in the trash for review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="367" />
      <source>{kind} “{title}” — changed here and on {dev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="375" />
      <source>Conflicts ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="382" />
      <source>To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); {k} incident(s) changed since are, as far as HQ has said, only on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="394" />
      <source>To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="404" />
      <source>from {src}: number(s) {nums}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="407" />
      <source>Missing bundles — never imported here: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="443" />
      <source>Imported (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="444" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="445" />
      <source>Bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="446" />
      <source>added / updated / unchanged / conflicts / held for review / rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="462" />
      <location filename="../../ui/sync/view.py" line="472" />
      <location filename="../../ui/sync/view.py" line="480" />
      <location filename="../../ui/sync/view.py" line="486" />
      <source>Protect the bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="463" />
      <source>Passphrase (at least {n} characters; tell it to the receiver another way):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="474" />
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="480" />
      <source>The same passphrase again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="486" />
      <source>The two passphrases differ. Type it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="490" />
      <source>Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="506" />
      <location filename="../../ui/sync/view.py" line="536" />
      <source>Export bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="508" />
      <source>FieldKit bundles (*.fkb)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="516" />
      <source>A bundle anyone can read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="518" />
      <source>This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in it, including names of sources and places. Write it anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="529" />
      <source>No bundle was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="537" />
      <source>The recipient chosen is no longer trusted here: choose again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="546" />
      <source>encrypted for {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="548" />
      <source> and with a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="550" />
      <source>protected by a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="552" />
      <source>not encrypted: anyone can read it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="557" />
      <source>Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, {f} attachments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="570" />
      <source>Nothing changed since the last bundle for this destination: untick “Only what changed” to send everything again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="577" />
      <source>Writing the bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="595" />
      <source>Import bundles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="597" />
      <source>FieldKit bundles (*.fkb);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="611" />
      <source>Opening the bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="618" />
      <source>Encrypted bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="621" />
      <source>Not imported: no passphrase was given. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="626" />
      <source>Wrong passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="626" />
      <source>That passphrase does not open the bundle. Try again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="639" />
      <source>Not imported: the sender's key was not accepted. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="647" />
      <source>Checking the bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="653" />
      <source>Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.

Would add {a}, update {u}, leave {n} unchanged, keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="671" />
      <source>{n} deletion(s) of incidents changed or made here would be held for review: those incidents go to the trash, nothing is lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="676" />
      <source>This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices that made them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="679" />
      <source>Import it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="680" />
      <source>Import preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="681" />
      <source>Not imported: you chose not to. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="686" />
      <source>Importing the bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="701" />
      <source>This bundle is signed by a device this workspace does not trust yet.

Key fingerprint: {fp}
It calls itself: {label}
Device id: {device_id}

Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. Accept this key and import?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="710" />
      <source>Unknown sender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="716" />
      <source>WARNING: this bundle is signed with a different key from the one this workspace trusts for the device it claims to be.

Known key: {known}
This bundle's key: {fp}
Device: {label}

Someone may be posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the device has a new key. The old key will no longer be trusted. Accept the new key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="728" />
      <source>The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="731" />
      <source>The sender's key has changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="741" />
      <source>Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import again and accept it only if so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="746" />
      <source>Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new one, and report it if it was not damaged in transit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="750" />
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="765" />
      <source>{n} deletion(s) held for review: see Conflicts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="769" />
      <source>This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices that made them. Only the sender's own versions and those of devices never met here were accepted; this device vouches for them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="776" />
      <source>{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by its old key; the new key is trusted in its place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="786" />
      <source>Bundles {nums} from this device were never imported here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="791" />
      <source>Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="819" />
      <source>Assessment conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="820" />
      <source>Keep the answers of the other device? (No keeps the answers here.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="833" />
      <source>no reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="840" />
      <source>{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, so it was moved to the trash here instead, with everything it holds.

Keep it (back from the trash), or remove it for good as the other device did?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="847" />
      <source>Deleted on another device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="850" />
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="851" />
      <location filename="../../ui/sync/view.py" line="859" />
      <source>Remove for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="852" />
      <source>Decide later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="861" />
      <source>Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from this device. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="877" />
      <source>Save my public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="884" />
      <source>Trust a key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="895" />
      <source>The key has changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="897" />
      <source>WARNING: this key claims to be a device this workspace already trusts under another key.

Known key: {known}
This key: {fp}
Device: {label}

Trust it only if the device's owner confirms it has a new key; the old key will no longer be trusted. Trust the new key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="915" />
      <location filename="../../ui/sync/view.py" line="938" />
      <source>Trust a key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="917" />
      <source>Key fingerprint: {fp}
Words: {words}
It calls itself: {label}
Device id: {device_id}

Compare the fingerprint with its owner (read the words aloud, or look at their screen); the name proves nothing. Bundles signed by this key will then be accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="927" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="928" />
      <source>Compared: trust it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="929" />
      <source>Trust without checking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="935" />
      <source>HQ (bundles are encrypted to it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="939" />
      <source>Fingerprint {fp}. Whose key is it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="954" />
      <source>Replace HQ's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="956" />
      <source>Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every later bundle will be encrypted to it; do it only if HQ confirmed the new key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="978" />
      <source>Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="982" />
      <source>This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="984" />
      <source>Remove a trusted key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="991" />
      <source>Export incidents</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sync/view.py" line="997" />
      <source>%n incident(s) written to {path}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1001" />
      <source>Writing the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1023" />
      <location filename="../../ui/sync/view.py" line="1047" />
      <source>Import a config bundle from HQ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1025" />
      <location filename="../../ui/sync/view.py" line="1123" />
      <source>Config bundles (*.fkc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1036" />
      <source>HQ's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1038" />
      <source>This config bundle is signed by “{label}”, and this device trusts no HQ key yet.

Key fingerprint: {fp}
Words: {words}

Compare the fingerprint with HQ (by phone or in person). Only if it matches: trust this key as HQ's and apply the config?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1056" />
      <source>Config number {n} from HQ applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1058" />
      <source>{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), {b} basemap(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1071" />
      <source>HQ moved to a new signing key ({fp}), announced by its old key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1076" />
      <source>HQ has a new encryption key: bundles made here are encrypted to it from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1080" />
      <source>HQ lists {label} under another key than the one trusted here; the key trusted here was kept. Check with its owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1084" />
      <source>Config applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1088" />
      <source>Import HQ's receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1088" />
      <location filename="../../ui/sync/view.py" line="1147" />
      <source>Receipts (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1103" />
      <location filename="../../ui/sync/view.py" line="1115" />
      <source>New keys for this device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1105" />
      <source>Make new keys for this device? Do it when the old key may have been copied. Your next bundles announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the old key still open here. HQ: send the devices a config bundle afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1116" />
      <source>New key fingerprint: {fp}. Read it to HQ when they ask.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1123" />
      <location filename="../../ui/sync/view.py" line="1134" />
      <source>Export a config bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1135" />
      <source>Config bundle number {n} written, encrypted to {k} device(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1143" />
      <location filename="../../ui/sync/view.py" line="1147" />
      <source>Write a receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1143" />
      <location filename="../../ui/sync/view.py" line="1159" />
      <source>Choose the device in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1159" />
      <location filename="../../ui/sync/view.py" line="1163" />
      <location filename="../../ui/sync/view.py" line="1172" />
      <source>Revoke a key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1165" />
      <source>Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last point you trust: a thief holding the key can write any date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1172" />
      <source>Reason (sent to the devices):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle had already been imported; nothing changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>FieldKit is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>Unlock FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="31" />
      <source>This workspace is encrypted. Type its passphrase to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/lock.py" line="37" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="48" />
      <source>%n wrong passphrase(s) since the last unlock.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="50" />
      <source>After %n more, the workspace will be destroyed.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="187" />
      <source>Welcome to FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="191" />
      <source>FieldKit works entirely offline. Nothing leaves this computer unless you export it.
Tell it who you are; your name and device label are written into the records and bundles you make.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="200" />
      <source>e.g. crime monitor, JMAC analyst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>e.g. Gao team laptop 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="205" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="207" />
      <source>Device label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="209" />
      <source>Load demo data (realistic incidents and two assessments) to try FieldKit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../ui/app.py" line="171" />
      <source>The workspace was destroyed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>Something unexpected went wrong. Your saved work is safe; the details are in the log file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>map</name>
    <message>
      <location filename="../../ui/map/widget.py" line="25" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="26" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="27" />
      <source>severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="28" />
      <source>Open in FieldKit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The entry has {count} problem(s): {details}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the assessment names no assessor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only {coverage}% of the threat questions have a known answer; at least {min}% are needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} required question(s) are unanswered: {questions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} required question(s) are answered 'unknown': {questions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'Other' is picked without saying what in the note: {questions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No assessment with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No single assessment has an id starting with {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The area needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language must be one of {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This assessment is final. Give a reason to change it; the change will be kept as a new version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The assessment cannot be finalised: {details}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The assessment cannot be upgraded: {details}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A final assessment cannot be deleted; it is part of the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These assessments use different checklists and cannot be compared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The area name is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The earlier assessment uses another checklist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bounding box must be min_lon,min_lat,max_lon,max_lat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>these answers do not fit version {version} of the checklist; change them first: {questions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The other device's answers cannot be kept: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No incident with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is final but has no stored history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude must be a number between -90 and 90.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Longitude must be a number between -180 and 180.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{qid}' is not a question of checklist {checklist}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} is missing or unlinked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} was altered after it was saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the current answers differ from the last saved version (edited outside FieldKit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: the file cannot be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: not valid YAML/JSON ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {problems}{more}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An answer is required (use 'unknown' if it is not known).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be yes, no or unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not one of the choices ({choices}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be a whole number from 0 to 4, or unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' cannot be picked together with another choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be at least {min}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be at most {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be a whole number (a count).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'unknown' is not allowed for this question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer must be a date such as 2026-03-14.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No checklist with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No checklist {id} version {version}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases typed differ: nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No passphrase was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace has its device key; nothing to do (a key is replaced only when its file was lost).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new identity cannot be undone: run it again with --confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No basemap named {name}; see 'fieldkit basemap list'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace is already encrypted; use 'fieldkit passphrase change'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleting the workspace needs --yes when no one is at a terminal to confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open conflict with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--incidents must be 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown setting {key}; use one of: {allowed}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The device id cannot be changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace is already encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no plain FieldKit workspace in {folder} to encrypt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encrypted copy of the workspace did not check out: nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace could not be prepared for encryption ({error}): nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace could not be encrypted ({error}): nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace already holds data; load the demo into an empty workspace (use another --data-dir).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The diagnostics file could not be written to {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The step was interrupted: FieldKit is closing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The export could not be written to {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attachment name {sha} is not a SHA-256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attachment {sha} is missing from the workspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attachment {sha} has been altered: its content no longer matches its SHA-256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace is locked: unlock it with its passphrase first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {name} does not match its SHA-256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} could not be copied into the workspace: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A title is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status must be 'draft' or 'final'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A description is required before the incident is final.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date and time of the incident are required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The time precision must be exact, day, month or approximate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The place name is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The location precision must be exact, near, district, region or country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A category is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many actors ({n}, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not a known source type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source reliability must be a letter from A to F.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Information credibility must be a digit from 1 to 6.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many tags ({n}, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The title is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The description is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude and longitude are required before the incident is final (a draft may be saved without them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not a known category code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A severity from 1 to 5 is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The severity must be a whole number from 1 (minimal) to 5 (critical).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The actors must be a list of names (each with an optional type).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each actor must be a name, with an optional type code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An actor's name is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not a known actor type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The tags must be a list of words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each tag must be a word or a short text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A tag is too long ({n} characters, at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date of the incident is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Longitude is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the longitude too, or neither (a draft may be saved without a location).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the latitude too, or neither (a draft may be saved without a location).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is two numbers: put the latitude and the longitude each in its own box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The search "{text}" has an unclosed quotation mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No single incident has an id starting with {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This incident is in the trash; restore it before editing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an incident in the trash can be purged; move it to the trash first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The id must be a UUID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This field cannot be changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That attachment is not part of this incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A reason is required to change a final incident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file of attachment {name} (of the other device's version) is missing from this workspace: the conflict was left open. Ask the other device for a new bundle (it brings the file again), then resolve the conflict.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An incident with this id already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>history exists for an incident that is gone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} does not exist or cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>has no stored history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the current record differs from its last saved version (edited outside FieldKit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} is not linked to version {prev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a readable MBTiles file ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a readable MBTiles file (its zoom levels are not numbers).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km N of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km NE of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km E of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km SE of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km S of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km SW of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km W of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{km} km NW of {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The gazetteer of places is not installed with this copy of FieldKit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A position is two numbers: latitude and longitude.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The gazetteer of places could not be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a FieldKit report (no content hash found).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report could not be written to {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a readable PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} does not match its signature (edited outside FieldKit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} is signed by a key this workspace does not know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database migrations are not numbered 1, 2, 3... without gaps: {numbers}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space (or move the workspace to a larger drive), then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk could not be written or read ({error}): nothing was changed. Check the drive (removed, failing or read-only), then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace is busy with other work (another FieldKit window or command is writing to it): nothing was changed. Try again when that work is done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace was written by a newer version of FieldKit (database schema {found}, this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} is not a FieldKit database ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the database {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, or choose a plain bundle explicitly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle member {name} is larger than allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle member {name} inflates far beyond its size: it is damaged or hostile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle member {name} is larger than it claims.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle is encrypted for another device; this device's key cannot open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encrypted bundle is damaged: its envelope cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds the same file twice; it is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle has no manifest or no signature; it is not a FieldKit bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a FieldKit bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle was made by this device; there is nothing to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle was made for another device; it is not imported here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle claims to come from device {device_id}, but it is signed with the key of another device ({label}). A trusted key may only speak for its own device; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept the new key only if its owner confirms the device has a new key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself “{label}”). Check the key fingerprint with its owner, then accept it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's files do not match its manifest: files are missing or were added. It is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds the same {kind} twice; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle manifest holds values out of range; it is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A {kind} in the bundle has no history; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. Open it again to check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A deletion is resolved by keeping the incident ('local') or removing it for good ('remote').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. Trust that device's key file again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle is damaged: {name} cannot be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle is encrypted with a passphrase. Give the passphrase to import it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at this size it is refused. Ask the sender to export it again with this version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encrypted bundle was altered or damaged: its contents fail authentication.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The encrypted bundle holds unexpected files; it is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds an unexpected or unsafe file name ({name}); it is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle manifest is unreadable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's signature does not match its contents: it was altered after it was signed. It is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle lacks {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An assessment in the bundle has a broken shape; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A deletion record in the bundle has a broken shape; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One {kind} record in the bundle is not readable; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The history of {kind} {id} in the bundle is broken; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The history of {kind} {id} was altered (hash mismatch); the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An incident in the bundle has a broken shape; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle {file} cannot be read: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase is wrong, or the bundle was tampered with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle is larger than FieldKit accepts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A {kind} version in the bundle has a broken shape; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. The bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An incident version in the bundle is unreadable; the bundle is refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle lacks an attachment of incident {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the bundle's records failed ({error}); nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's key for this device does not open: the bundle is damaged or was tampered with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose 'local' or 'remote'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each field takes 'local' or 'remote'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The config bundle holds values FieldKit does not accept; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The config bundle's policy is not one FieldKit knows; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle would be readable by anyone who finds the stick: no device is trusted here and no passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a FieldKit config bundle (it holds unexpected files); nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a FieldKit config bundle; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts ({hq_fp}). It is not applied. Ask HQ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key yet. Compare the fingerprint with HQ (by phone or in person), then accept it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle was made by this device; there is nothing to apply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle is signed by a revoked key; nothing was applied. Ask HQ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This config bundle (number {seq}) is not newer than the one already applied (number {last}); nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The config bundle is damaged; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a FieldKit config bundle (a data bundle is imported with 'import bundle').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The config bundle's signature does not match its contents: it was altered after it was signed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the workspace folder: without it this device can neither sign bundles nor open those made for it. To go on with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No trusted key matches {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a FieldKit public key file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The role must be colleague or hq.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A key is checked by first use, fingerprint or HQ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That is this device's own key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This key claims to be device {device_id}, which is already trusted under another key (fingerprint {known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a new one, which replaces the old.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A signed statement ({what}) is damaged or too large; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A signed statement ({what}) is damaged; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A revocation in the config bundle is not signed by HQ's key; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on ({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bundle from device {device_id} was imported here: there is nothing to confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This receipt is not signed by the HQ key this device trusts; it was not applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This receipt confirms another device's bundles; it was not applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a FieldKit receipt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the date or the bundle sequence the revocation starts from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receipt could not be written to {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A bundle sequence is a whole number from 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use one line of plain text, without line breaks or invisible characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {max} characters ({n} given).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A passphrase is needed to protect the workspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase is too short: use at least {n} characters (a few words are easiest to remember).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That passphrase does not open this workspace. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An encrypted file of the workspace is damaged (its header is wrong).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. Restore the workspace folder from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An encrypted file of the workspace was altered or is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An encrypted file of the workspace is truncated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} must be between 0 and 100000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An encrypted file of the workspace has bytes after its end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vocabulary file {path} could not be read: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}: nothing was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workspace is not encrypted: set a passphrase to encrypt it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was destroyed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace {folder} is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the signed list of this workspace's records is missing (removed outside FieldKit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the signed list of this workspace's records was changed outside FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>records were added or removed outside FieldKit: the workspace holds {n} records and deletions, its signed list {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the signing key recorded for device {device_id} was changed outside FieldKit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>occurred_at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>occurred_precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reported_at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>location_precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>source_type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>source_reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>source_credibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>source_grade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>period_start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>period_end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>based_on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>device_label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>user_name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>role</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>