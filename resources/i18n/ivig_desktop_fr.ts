<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>Walks an infusion nurse through an IVIG session and keeps a durable record of it.</source>
        <translation>Guide l&apos;infirmière en perfusion tout au long d&apos;une séance d&apos;IgIV et en garde un dossier durable.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
</context>
<context>
    <name>AccessChangeDialog</name>
    <message>
        <source>Deactivate profile</source>
        <translation>Désactiver le profil</translation>
    </message>
    <message>
        <source>Deactivate {0}: she can no longer sign in; her entries stay hers.</source>
        <translation>Désactiver {0} : elle ne peut plus se connecter; ses entrées restent les siennes.</translation>
    </message>
    <message>
        <source>Reactivate profile</source>
        <translation>Réactiver le profil</translation>
    </message>
    <message>
        <source>Reactivate {0}: she can sign in again.</source>
        <translation>Réactiver {0} : elle peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Make administrator</source>
        <translation>Nommer administratrice</translation>
    </message>
    <message>
        <source>Make {0} an administrator: she can add and deactivate profiles.</source>
        <translation>Nommer {0} administratrice : elle peut ajouter et désactiver des profils.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
</context>
<context>
    <name>AfterTab</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Rinçage</translation>
    </message>
    <message>
        <source>Record flush</source>
        <translation>Enregistrer le rinçage</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Record discharge</source>
        <translation>Enregistrer le congé</translation>
    </message>
    <message>
        <source>Sign and close</source>
        <translation>Signer et fermer</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Avant de signer</translation>
    </message>
    <message>
        <source>Signing nurse</source>
        <translation>Infirmière signataire</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>F&amp;lush volume (mL)</source>
        <translation>&amp;Volume de rinçage (mL)</translation>
    </message>
    <message>
        <source>Discharge n&amp;otes</source>
        <translation>N&amp;otes de congé</translation>
    </message>
    <message>
        <source>Your pass&amp;word or PIN</source>
        <translation>Votre &amp;mot de passe ou NIP</translation>
    </message>
    <message>
        <source>Sign and close the session</source>
        <translation>Signer et fermer la séance</translation>
    </message>
    <message>
        <source>✓ Flushed with {0}</source>
        <translation>✓ Rinçage avec {0}</translation>
    </message>
    <message>
        <source>✓ {0}{1}</source>
        <translation>✓ {0}{1}</translation>
    </message>
    <message>
        <source>Starts when the infusion ends.</source>
        <translation>Commence à la fin de la perfusion.</translation>
    </message>
    <message>
        <source>No infusion given.</source>
        <translation>Aucune perfusion administrée.</translation>
    </message>
    <message>
        <source>Observation ends at {0}.</source>
        <translation>L&apos;observation se termine à {0}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Observation ended at {0}.</source>
        <translation>L&apos;observation s&apos;est terminée à {0}.</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(personne n&apos;est connecté)</translation>
    </message>
    <message>
        <source>{0} Before signing: {1}.</source>
        <translation>{0} Avant de signer : {1}.</translation>
    </message>
    <message>
        <source>✓ Ready to sign.</source>
        <translation>✓ Prêt à signer.</translation>
    </message>
    <message>
        <source>Choose how the patient left.</source>
        <translation>Choisissez comment le patient est parti.</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>✓ Nothing due now</source>
        <translation>✓ Rien à faire</translation>
    </message>
    <message>
        <source>Alerts, most urgent first</source>
        <translation>Alertes, les plus urgentes d&apos;abord</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout accuser réception</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Accuser réception de toutes les alertes</translation>
    </message>
    <message>
        <source>Silence the sound; alerts stay until the work is done</source>
        <translation>Coupe le son; les alertes restent jusqu&apos;à ce que le travail soit fait</translation>
    </message>
    <message>
        <source>{0} Due now ({1})</source>
        <translation>{0} À faire ({1})</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Survenue</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{0} entries, in the order written. Nothing is ever changed or removed: corrections are entries.</source>
        <translation>{0} entrées, dans l&apos;ordre d&apos;écriture. Rien n&apos;est jamais modifié ni supprimé : les corrections sont des entrées.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Active sessions</source>
        <translation>Séances actives</translation>
    </message>
    <message>
        <source>No active sessions.

To start one, press New session ({0}), choose or create the patient, and type the chair or location.</source>
        <translation>Aucune séance active.

Pour en commencer une, appuyez sur Nouvelle séance ({0}), choisissez ou créez le patient, puis tapez le fauteuil ou le lieu.</translation>
    </message>
    <message>
        <source>Chair board</source>
        <translation>Tableau des fauteuils</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;weight (kg)</source>
        <translation>&amp;Poids d&apos;aujourd&apos;hui (kg)</translation>
    </message>
    <message>
        <source>Concen&amp;tration (%)</source>
        <translation>Concen&amp;tration (%)</translation>
    </message>
    <message>
        <source>Course &amp;day</source>
        <translation>&amp;Jour de la cure</translation>
    </message>
    <message>
        <source>Renal and thrombosis risk</source>
        <translation>Risque rénal et thrombotique</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Calculate plan</source>
        <translation>Calculer le plan</translation>
    </message>
    <message>
        <source>The plan changes</source>
        <translation>Le plan change</translation>
    </message>
    <message>
        <source>{0} Yes ({1}): the at-risk cap applies</source>
        <translation>{0} Oui ({1}) : le plafond pour patient à risque s&apos;applique</translation>
    </message>
    <message>
        <source>Not screened yet: answer the risk screens above, then calculate</source>
        <translation>Pas encore dépisté : répondez aux dépistages de risque ci-dessus, puis calculez</translation>
    </message>
    <message>
        <source>No (risk screens answered: no risk found)</source>
        <translation>Non (dépistages de risque répondus : aucun risque trouvé)</translation>
    </message>
    <message>
        <source>calculate it below</source>
        <translation>calculez-le ci-dessous</translation>
    </message>
    <message>
        <source>{0} The plan changes: {1}. Confirmed: {2}. Now: {3}. Check the new plan and confirm it again; the infusion cannot start until then.</source>
        <translation>{0} Le plan change : {1}. Confirmé : {2}. Maintenant : {3}. Vérifiez le nouveau plan et confirmez-le de nouveau; la perfusion ne peut pas commencer avant.</translation>
    </message>
    <message>
        <source>✓ Plan confirmed at {0}: {1} g, {2}; first rate {3}; checked by {4}.</source>
        <translation>✓ Plan confirmé à {0} : {1} g, {2}; premier débit {3}; vérifié par {4}.</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>Confirmer de nouveau</translation>
    </message>
    <message>
        <source>Create the regimen first.</source>
        <translation>Créez d&apos;abord le schéma thérapeutique.</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> sur {0}</translation>
    </message>
    <message>
        <source>Calculate the plan first.</source>
        <translation>Calculez d&apos;abord le plan.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>Answer to: {0}</source>
        <translation>Réponse à : {0}</translation>
    </message>
    <message>
        <source>Reason, if not applicable</source>
        <translation>Raison, si sans objet</translation>
    </message>
    <message>
        <source>Reason not applicable: {0}</source>
        <translation>Raison « sans objet » : {0}</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Checklist status</source>
        <translation>État de la liste de vérification</translation>
    </message>
    <message>
        <source>The plan changes</source>
        <translation>Le plan change</translation>
    </message>
    <message>
        <source>Review the new plan (Check-in)</source>
        <translation>Revoir le nouveau plan (Accueil)</translation>
    </message>
    <message>
        <source>Review the new plan at Check-in</source>
        <translation>Revoir le nouveau plan à l&apos;Accueil</translation>
    </message>
    <message>
        <source>Vials</source>
        <translation>Fioles</translation>
    </message>
    <message>
        <source>Vials status</source>
        <translation>État des fioles</translation>
    </message>
    <message>
        <source>Scan the vial&apos;s barcode here</source>
        <translation>Balayez le code-barres de la fiole ici</translation>
    </message>
    <message>
        <source>The scanner types the code and presses Enter; lot and expiry fill in.</source>
        <translation>Le lecteur tape le code et appuie sur Entrée; le lot et la date de péremption se remplissent.</translation>
    </message>
    <message>
        <source>Barcode scan</source>
        <translation>Lecture du code-barres</translation>
    </message>
    <message>
        <source>Vial &amp;size (g)</source>
        <translation>&amp;Format de la fiole (g)</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Péremption</translation>
    </message>
    <message>
        <source>Type the 14 digits after (01), if any</source>
        <translation>Tapez les 14 chiffres après (01), s&apos;il y en a</translation>
    </message>
    <message>
        <source>&amp;GTIN (01)</source>
        <translation>&amp;GTIN (01)</translation>
    </message>
    <message>
        <source>Type what follows (21), if any</source>
        <translation>Tapez ce qui suit (21), s&apos;il y a lieu</translation>
    </message>
    <message>
        <source>Produc&amp;t</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <source>Serial (&amp;21)</source>
        <translation>Numéro de série (&amp;21)</translation>
    </message>
    <message>
        <source>Add vial</source>
        <translation>Ajouter la fiole</translation>
    </message>
    <message>
        <source>Vials recorded</source>
        <translation>Fioles enregistrées</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Remove selected vial…</source>
        <translation>Retirer la fiole sélectionnée…</translation>
    </message>
    <message>
        <source>Remove selected vial</source>
        <translation>Retirer la fiole sélectionnée</translation>
    </message>
    <message>
        <source>{0} The plan changes: {1}. The new plan is at Check-in; the infusion cannot start until it is confirmed.</source>
        <translation>{0} Le plan change : {1}. Le nouveau plan est à l&apos;Accueil; la perfusion ne peut pas commencer avant qu&apos;il soit confirmé.</translation>
    </message>
    <message>
        <source>✓ Checklist complete</source>
        <translation>✓ Liste de vérification complète</translation>
    </message>
    <message>
        <source>{0} item(s) left to answer</source>
        <translation>{0} élément(s) sans réponse</translation>
    </message>
    <message>
        <source>Confirm the plan at check-in first: vials are checked against it.</source>
        <translation>Confirmez d&apos;abord le plan à l&apos;accueil : les fioles sont vérifiées par rapport à lui.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>✓ {0} g recorded, as planned ({1})</source>
        <translation>✓ {0} g enregistrés, comme prévu ({1})</translation>
    </message>
    <message>
        <source>{0} g of {1} g recorded (plan: {2})</source>
        <translation>{0} g sur {1} g enregistrés (plan : {2})</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>balayée</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>tapée</translation>
    </message>
    <message>
        <source>Select the vial to remove.</source>
        <translation>Sélectionnez la fiole à retirer.</translation>
    </message>
</context>
<context>
    <name>ConcentrationChoice</name>
    <message>
        <source>Choose the concentration…</source>
        <translation>Choisir la concentration…</translation>
    </message>
    <message>
        <source>{0}% ({1} g per 100 mL)</source>
        <translation>{0} % ({1} g par 100 mL)</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Double-check and confirm</source>
        <translation>Double vérification et confirmation</translation>
    </message>
    <message>
        <source>A second nurse checked the calculation</source>
        <translation>Une deuxième infirmière a vérifié le calcul</translation>
    </message>
    <message>
        <source>I re-checked it myself</source>
        <translation>Je l&apos;ai revérifié moi-même</translation>
    </message>
    <message>
        <source>Second nurse&apos;s name</source>
        <translation>Nom de la deuxième infirmière</translation>
    </message>
    <message>
        <source>Dose from your calculation (g)</source>
        <translation>Dose selon votre calcul (g)</translation>
    </message>
    <message>
        <source>First pump rate from your calculation (mL/h)</source>
        <translation>Premier débit de pompe selon votre calcul (mL/h)</translation>
    </message>
    <message>
        <source>I have seen the weight change; the dose is recalculated</source>
        <translation>J&apos;ai vu le changement de poids; la dose est recalculée</translation>
    </message>
    <message>
        <source>Confirm plan</source>
        <translation>Confirmer le plan</translation>
    </message>
    <message>
        <source>Record the plan exactly as shown, with the double-check (Enter)</source>
        <translation>Enregistrer le plan exactement tel qu&apos;affiché, avec la double vérification (Entrée)</translation>
    </message>
    <message>
        <source>Confirmed plan</source>
        <translation>Plan confirmé</translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <source>Correct a note</source>
        <translation>Corriger une note</translation>
    </message>
    <message>
        <source>Corrected &amp;text</source>
        <translation>&amp;Texte corrigé</translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation>&amp;Raison de la correction</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>CorrectVitalsDialog</name>
    <message>
        <source>Correct a vitals set</source>
        <translation>Corriger une série de signes vitaux</translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation>&amp;Raison de la correction</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>MRN</source>
        <translation>NDM</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Premier dossier</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Second dossier</translation>
    </message>
    <message>
        <source>Possible duplicate patients</source>
        <translation>Patients possiblement en double</translation>
    </message>
    <message>
        <source>These records share an MRN: they were created on two workstations while apart. Compare them (name, date of birth), then say whether they are the same person. Nothing is merged; your answer and your reason are kept in the record.</source>
        <translation>Ces dossiers ont le même NDM : ils ont été créés sur deux postes de travail pendant qu&apos;ils étaient séparés. Comparez-les (nom, date de naissance), puis dites s&apos;il s&apos;agit de la même personne. Rien n&apos;est fusionné; votre réponse et votre raison sont conservées au dossier.</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>Même personne…</translation>
    </message>
    <message>
        <source>Link as the same person</source>
        <translation>Lier comme la même personne</translation>
    </message>
    <message>
        <source>Different people…</source>
        <translation>Personnes différentes…</translation>
    </message>
    <message>
        <source>Link as different people</source>
        <translation>Lier comme des personnes différentes</translation>
    </message>
    <message>
        <source>{0}, born {1}, made on {2}</source>
        <translation>{0}, né(e) le {1}, créé sur {2}</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>How you know</source>
        <translation>Comment vous le savez</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the infusion</source>
        <translation>Terminer la perfusion</translation>
    </message>
    <message>
        <source>Infused so far (from the confirmed rates): {0}</source>
        <translation>Perfusé jusqu&apos;ici (selon les débits confirmés) : {0}</translation>
    </message>
    <message>
        <source>Completed: the volume was infused</source>
        <translation>Terminée : le volume a été perfusé</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Reason for stopping early</source>
        <translation>Raison de l&apos;arrêt avant la fin</translation>
    </message>
    <message>
        <source>Pump stopped: end the infusion</source>
        <translation>Pompe arrêtée : terminer la perfusion</translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <source>Prescriber, emergency services, outcome</source>
        <translation>Prescripteur, services d&apos;urgence, évolution</translation>
    </message>
    <message>
        <source>&amp;Emergency services called</source>
        <translation>&amp;Services d&apos;urgence appelés</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation>résolue à</translation>
    </message>
    <message>
        <source>&amp;Prescriber notified</source>
        <translation>&amp;Prescripteur avisé</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time the prescriber was notified (empty for now)</source>
        <translation>Heure à laquelle le prescripteur a été avisé (vide pour maintenant)</translation>
    </message>
    <message>
        <source>Time emergency services were called (empty for now)</source>
        <translation>Heure de l&apos;appel aux services d&apos;urgence (vide pour maintenant)</translation>
    </message>
    <message>
        <source>Time resolved (empty for now)</source>
        <translation>Heure de résolution (vide pour maintenant)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF: the printed record, one file per session</source>
        <translation>PDF : le dossier imprimé, un fichier par séance</translation>
    </message>
    <message>
        <source>PDF/A: the printed record for archiving</source>
        <translation>PDF/A : le dossier imprimé pour l&apos;archivage</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (Excel): one file per table</source>
        <translation>CSV pour un tableur (Excel) : un fichier par table</translation>
    </message>
    <message>
        <source>CSV: one file per table</source>
        <translation>CSV : un fichier par table</translation>
    </message>
    <message>
        <source>JSON: one file per table</source>
        <translation>JSON : un fichier par table</translation>
    </message>
    <message>
        <source>FHIR R4 transaction: to import into an EHR</source>
        <translation>Transaction FHIR R4 : pour importer dans un DME</translation>
    </message>
    <message>
        <source>FHIR R4 document: the signed record</source>
        <translation>Document FHIR R4 : le dossier signé</translation>
    </message>
    <message>
        <source>FHIR R4 collection: for an archive</source>
        <translation>Collection FHIR R4 : pour une archive</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NDM</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Only sessions opened from … to … (the clinic&apos;s dates)</source>
        <translation>Seulement les séances ouvertes du … au … (dates de la clinique)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Leave out {0}</source>
        <translation>Exclure {0}</translation>
    </message>
    <message>
        <source>&amp;Leave out (tables)</source>
        <translation>&amp;Exclure (tables)</translation>
    </message>
    <message>
        <source>For CSV and JSON shared outside</source>
        <translation>Pour les CSV et JSON partagés à l&apos;extérieur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Parcourir pour choisir un dossier</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Files are written readable by you only</source>
        <translation>Les fichiers sont écrits lisibles par vous seulement</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>The first date is after the last: swap them.</source>
        <translation>La première date est après la dernière : inversez-les.</translation>
    </message>
    <message>
        <source>Choose a patient, or tick &apos;Only sessions opened from … to …&apos; and give the dates.</source>
        <translation>Choisissez un patient, ou cochez « Seulement les séances ouvertes du … au … » et donnez les dates.</translation>
    </message>
    <message>
        <source>Give the folder to export into.</source>
        <translation>Indiquez le dossier où exporter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>No session matched: nothing was written.</source>
        <translation>Aucune séance ne correspond : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Wrote {0} file(s) into {1}.</source>
        <translation>{0} fichier(s) écrit(s) dans {1}.</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Remarque : {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing more was written: {0}</source>
        <translation>Rien de plus n&apos;a été écrit : {0}</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>L&apos;exportation a échoué : {0}</translation>
    </message>
</context>
<context>
    <name>GradeBox</name>
    <message>
        <source>Onset and grade (CTCAE infusion-related reaction)</source>
        <translation>Début et grade (réaction liée à la perfusion, CTCAE)</translation>
    </message>
    <message>
        <source>O&amp;nset at</source>
        <translation>Dé&amp;but à</translation>
    </message>
    <message>
        <source>Onset time (empty for now)</source>
        <translation>Heure de début (vide pour maintenant)</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>No earlier infusion on record: this is a first infusion.</source>
        <translation>Aucune perfusion antérieure au dossier : c&apos;est une première perfusion.</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>reaction grade {0}{1}</source>
        <translation>réaction de grade {0}{1}</translation>
    </message>
    <message>
        <source> at {0}</source>
        <translation> à {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, highest {2}, {3}, {4}</source>
        <translation>{0} : {1}, plus haut {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>no reaction</source>
        <translation>aucune réaction</translation>
    </message>
    <message>
        <source>Suggested personal maximum: {0}{1}</source>
        <translation>Maximum personnel suggéré : {0}{1}</translation>
    </message>
    <message>
        <source> (prescriber to review)</source>
        <translation> (à revoir par le prescripteur)</translation>
    </message>
    <message>
        <source>Personal maximum: ask the prescriber</source>
        <translation>Maximum personnel : demandez au prescripteur</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Patients and history</source>
        <translation>Patients et historique</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Trouver un patient</translation>
    </message>
    <message>
        <source>Name, MRN or date of birth (YYYY-MM-DD)</source>
        <translation>Nom, NDM ou date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Trouver un patient</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Choose a patient to see their sessions.</source>
        <translation>Choisissez un patient pour voir ses séances.</translation>
    </message>
    <message>
        <source>Selected patient</source>
        <translation>Patient sélectionné</translation>
    </message>
    <message>
        <source>&amp;Sessions (double-click for the record)</source>
        <translation>&amp;Séances (double-clic pour le dossier)</translation>
    </message>
    <message>
        <source>Sessions of the patient</source>
        <translation>Séances du patient</translation>
    </message>
    <message>
        <source>Regimen versions</source>
        <translation>Versions du schéma thérapeutique</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Open the selected session&apos;s record</source>
        <translation>Ouvrir le dossier de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation>Corriger les &amp;renseignements…</translation>
    </message>
    <message>
        <source>Correct the selected patient&apos;s details</source>
        <translation>Corriger les renseignements du patient sélectionné</translation>
    </message>
    <message>
        <source>Corrections of the patient&apos;s details</source>
        <translation>Corrections des renseignements du patient</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message>
        <source>{0} · born {1} ({2} y) · MRN {3} · {4} session(s)</source>
        <translation>{0} · né(e) le {1} ({2} ans) · NDM {3} · {4} séance(s)</translation>
    </message>
    <message>
        <source>the sessions of {0}</source>
        <translation>les séances de {0}</translation>
    </message>
    <message>
        <source>{0}, {1}: {2} (reason: {3})</source>
        <translation>{0}, {1} : {2} (raison : {3})</translation>
    </message>
    <message>
        <source>Details corrected:
{0}</source>
        <translation>Renseignements corrigés :
{0}</translation>
    </message>
</context>
<context>
    <name>HoldingBar</name>
    <message>
        <source>Take over…</source>
        <translation>Prendre la relève…</translation>
    </message>
    <message>
        <source>Take over this session</source>
        <translation>Prendre la relève de cette séance</translation>
    </message>
    <message>
        <source>Reviewed…</source>
        <translation>Revu…</translation>
    </message>
    <message>
        <source>Record that the parallel entries were reviewed</source>
        <translation>Consigner que les saisies parallèles ont été revues</translation>
    </message>
    <message>
        <source>{0} holds this session: you can read it here; take it over to write in it.</source>
        <translation>{0} détient cette séance : vous pouvez la lire ici; prenez la relève pour y écrire.</translation>
    </message>
    <message>
        <source>{0} Two workstations wrote this session while apart: every entry is kept, in order of time. Review the record, then record that you did.</source>
        <translation>{0} Deux postes de travail ont écrit dans cette séance pendant qu&apos;ils étaient séparés : toutes les saisies sont conservées, dans l&apos;ordre chronologique. Revoyez le dossier, puis consignez que vous l&apos;avez fait.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la relève</translation>
    </message>
    <message>
        <source>Why this workstation takes the session over</source>
        <translation>Pourquoi ce poste de travail prend la relève de la séance</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>What you checked (for the record)</source>
        <translation>Ce que vous avez vérifié (pour le dossier)</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>The daily check found the database file {0} damaged ({1}). Restore a backup: close IVIG Desktop, move {2} (with any -wal and -shm file beside it) to another folder to keep it, then copy the newest backup from {3} to {0}.</source>
        <translation>La vérification quotidienne a trouvé le fichier de base de données {0} endommagé ({1}). Restaurez une sauvegarde : fermez IVIG Desktop, déplacez {2} (avec tout fichier -wal et -shm à côté) dans un autre dossier pour le conserver, puis copiez la sauvegarde la plus récente de {3} vers {0}.</translation>
    </message>
    <message>
        <source>entries the app had saved are missing</source>
        <translation>des entrées que l&apos;application avait enregistrées sont manquantes</translation>
    </message>
    <message>
        <source>the record was altered outside IVIG Desktop</source>
        <translation>le dossier a été modifié en dehors d&apos;IVIG Desktop</translation>
    </message>
    <message>
        <source>{0} The daily check found that {1}: {2}. Run `ivig-desktop check` for the details.</source>
        <translation>{0} La vérification quotidienne a constaté que {1} : {2}. Lancez `ivig-desktop check` pour les détails.</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>Backup made: {0}</source>
        <translation>Sauvegarde faite : {0}</translation>
    </message>
    <message>
        <source>{0} The backup could not be made: {1}</source>
        <translation>{0} La sauvegarde n&apos;a pas pu être faite : {1}</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: {0}</source>
        <translation>La sauvegarde d&apos;aujourd&apos;hui a été faite : {0}</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0}</source>
        <translation>La sauvegarde automatique d&apos;aujourd&apos;hui n&apos;a pas pu être faite : {0}</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>The daily check of the database found it sound.</source>
        <translation>La vérification quotidienne de la base de données l&apos;a trouvée intacte.</translation>
    </message>
    <message>
        <source>The daily check of the database could not run: {0}</source>
        <translation>La vérification quotidienne de la base de données n&apos;a pas pu se faire : {0}</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>Hub status</source>
        <translation>État du serveur central</translation>
    </message>
    <message>
        <source>Hub: refused, {0} waiting (see the tooltip)</source>
        <translation>Serveur central : refusé, {0} en attente (voir l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Hub: failed, {0} waiting (see the tooltip)</source>
        <translation>Serveur central : échec, {0} en attente (voir l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Hub: offline, {0} {1} waiting</source>
        <translation>Serveur central : hors ligne, {0} {1} en attente</translation>
    </message>
    <message>
        <source>Hub: synced {0}</source>
        <translation>Serveur central : synchronisé {0}</translation>
    </message>
    <message>
        <source>Possible duplicates ({0})</source>
        <translation>Doublons possibles ({0})</translation>
    </message>
    <message>
        <source>Patients with one MRN made on two workstations while apart</source>
        <translation>Patients ayant un même NDM, créés sur deux postes de travail pendant qu&apos;ils étaient séparés</translation>
    </message>
</context>
<context>
    <name>InfusionTab</name>
    <message>
        <source>✓ done</source>
        <translation>✓ fait</translation>
    </message>
    <message>
        <source>▶ now</source>
        <translation>▶ maintenant</translation>
    </message>
    <message>
        <source>next</source>
        <translation>prochain</translation>
    </message>
    <message>
        <source>Pump rate</source>
        <translation>Débit de la pompe</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Before starting</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Due in this session</source>
        <translation>À faire dans cette séance</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Paliers du plan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation>mg/kg/min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Start infusion…</source>
        <translation>Démarrer la perfusion…</translation>
    </message>
    <message>
        <source>Step up…</source>
        <translation>Augmenter le débit…</translation>
    </message>
    <message>
        <source>Hold rate…</source>
        <translation>Maintenir le débit…</translation>
    </message>
    <message>
        <source>Step down…</source>
        <translation>Diminuer le débit…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>End infusion…</source>
        <translation>Terminer la perfusion…</translation>
    </message>
    <message>
        <source>{0} Before starting: {1}.</source>
        <translation>{0} Avant de commencer : {1}.</translation>
    </message>
    <message>
        <source>No plan confirmed yet (Check-in).</source>
        <translation>Aucun plan confirmé pour l&apos;instant (Accueil).</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>Premier palier : {0}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>ARRÊTÉE</translation>
    </message>
    <message>
        <source>Stopped for a reaction: resume only on the prescriber&apos;s order, or end the infusion.</source>
        <translation>Arrêtée pour une réaction : reprenez seulement sur ordonnance du prescripteur, ou terminez la perfusion.</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Pump stopped; resume at a confirmed rate.</source>
        <translation>Pompe arrêtée; reprenez à un débit confirmé.</translation>
    </message>
    <message>
        <source>Off the plan&apos;s steps (after a step down or a reaction)</source>
        <translation>Hors des paliers du plan (après une diminution ou une réaction)</translation>
    </message>
    <message>
        <source> · maximum</source>
        <translation> · maximum</translation>
    </message>
    <message>
        <source>Step {0} of {1}{2} · {3}</source>
        <translation>Palier {0} sur {1}{2} · {3}</translation>
    </message>
    <message>
        <source>At max</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <source>Running at the maximum rate until the volume is infused.</source>
        <translation>Au débit maximum jusqu&apos;à ce que le volume soit perfusé.</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Then: {0}</source>
        <translation>Ensuite : {0}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Prochain : {0}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}, due {3}</source>
        <translation>{0} {1} : {2}, prévu {3}</translation>
    </message>
    <message>
        <source>{0} Due now: {1}</source>
        <translation>{0} À faire : {1}</translation>
    </message>
    <message>
        <source>To infuse: {0} of {1} ({2} g)</source>
        <translation>À perfuser : {0} sur {1} ({2} g)</translation>
    </message>
    <message>
        <source> · estimated end: unknown while paused</source>
        <translation> · fin estimée : inconnue pendant la pause</translation>
    </message>
    <message>
        <source> · volume reached at {0}</source>
        <translation> · volume atteint à {0}</translation>
    </message>
    <message>
        <source> · estimated end {0} (if steps are on time)</source>
        <translation> · fin estimée {0} (si les paliers sont à l&apos;heure)</translation>
    </message>
    <message>
        <source>Infused {0} of {1} · remaining {2}{3}</source>
        <translation>Perfusé {0} sur {1} · reste {2}{3}</translation>
    </message>
    <message>
        <source>Infused about {0} of {1}{2}</source>
        <translation>Perfusé environ {0} sur {1}{2}</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>{0} The premedication wait ends at {1}.</source>
        <translation>{0} L&apos;attente après la prémédication se termine à {1}.</translation>
    </message>
    <message>
        <source>{0} Record vitals first: the clinic rule is vitals before every rate increase.</source>
        <translation>{0} Prenez d&apos;abord les signes vitaux : la règle de la clinique exige les signes vitaux avant toute augmentation du débit.</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Maintenir le débit</translation>
    </message>
    <message>
        <source>Reason to hold at this rate</source>
        <translation>Raison de maintenir ce débit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reason for pausing</source>
        <translation>Raison de la pause</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Mot de passe ou NIP</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Another nurse…</source>
        <translation>Une autre infirmière…</translation>
    </message>
    <message>
        <source>Another nurse signs in</source>
        <translation>Une autre infirmière se connecte</translation>
    </message>
    <message>
        <source>The screen locked after {0} minutes without activity. Patient details are hidden; the timers and alerts go on.</source>
        <translation>L&apos;écran s&apos;est verrouillé après {0} minutes d&apos;inactivité. Les renseignements du patient sont masqués; les minuteries et les alertes continuent.</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Connectée : {0}</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NDM</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Vial</source>
        <translation>Fiole</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Lot look-up</source>
        <translation>Recherche de lot</translation>
    </message>
    <message>
        <source>Lot number (type or scan)</source>
        <translation>Numéro de lot (tapez-le ou balayez-le)</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find lot</source>
        <translation>Rechercher le lot</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Sessions that received the lot</source>
        <translation>Séances ayant reçu le lot</translation>
    </message>
    <message>
        <source>{0}: {1} vial(s) in {2} session(s), {3} patient(s).</source>
        <translation>{0} : {1} fiole(s) dans {2} séance(s), {3} patient(s).</translation>
    </message>
    <message>
        <source>No session received {0}.</source>
        <translation>Aucune séance n&apos;a reçu {0}.</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisie par erreur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>Signed in: {0}  </source>
        <translation>Connectée : {0}  </translation>
    </message>
    <message>
        <source>Session signed and closed.</source>
        <translation>Séance signée et fermée.</translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>unité de dose</translation>
    </message>
    <message>
        <source>route</source>
        <translation>voie</translation>
    </message>
    <message>
        <source>time given (empty for now)</source>
        <translation>heure d&apos;administration (vide pour maintenant)</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>Medication {0}: {1}</source>
        <translation>Médicament {0} : {1}</translation>
    </message>
</context>
<context>
    <name>MedicationsBox</name>
    <message>
        <source>Medications given for the reaction</source>
        <translation>Médicaments donnés pour la réaction</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>Ajouter un &amp;médicament</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Name, MRN or date of birth (YYYY-MM-DD)</source>
        <translation>Nom, NDM ou date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Trouver un patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Create a patient record (Alt+N)</source>
        <translation>Créer un dossier patient (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>e.g. Chair 3 or Home</source>
        <translation>p. ex. Fauteuil 3 ou Domicile</translation>
    </message>
    <message>
        <source>&amp;Chair or location</source>
        <translation>&amp;Fauteuil ou lieu</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>No patient found: press New patient… to create one.</source>
        <translation>Aucun patient trouvé : appuyez sur Nouveau patient… pour en créer un.</translation>
    </message>
    <message>
        <source>Choose the patient, or create one.</source>
        <translation>Choisissez le patient, ou créez-en un.</translation>
    </message>
</context>
<context>
    <name>NurseCorrectionDialog</name>
    <message>
        <source>Correct profile: {0}</source>
        <translation>Corriger le profil : {0}</translation>
    </message>
    <message>
        <source>Correct the name, credentials or licence or staff number and say why. Past entries keep pointing at this profile and show the corrected details; the earlier ones stay in the audit trail and the exports.</source>
        <translation>Corrigez le nom, les titres ou le numéro de permis ou d&apos;employée et dites pourquoi. Les entrées passées restent liées à ce profil et affichent les renseignements corrigés; les précédents restent dans la piste de vérification et les exportations.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Titres</translation>
    </message>
    <message>
        <source>e.g. RN 204173 (optional, as on the badge)</source>
        <translation>p. ex. IA 204173 (facultatif, comme sur le badge)</translation>
    </message>
    <message>
        <source>&amp;Licence or staff number</source>
        <translation>Numéro de &amp;permis ou d&apos;employée</translation>
    </message>
    <message>
        <source>{0} by {1}: {2} ({3})</source>
        <translation>{0} par {1} : {2} ({3})</translation>
    </message>
    <message>
        <source>Earlier corrections:
{0}</source>
        <translation>Corrections antérieures :
{0}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>PatientCorrectionDialog</name>
    <message>
        <source>Correct details: {0}</source>
        <translation>Corriger les renseignements : {0}</translation>
    </message>
    <message>
        <source>Correct what is wrong and say why. The details as first recorded and every correction stay in the patient&apos;s history, the audit trail and the exports. The weight is measured at each visit.</source>
        <translation>Corrigez ce qui est erroné et dites pourquoi. Les renseignements tels qu&apos;enregistrés au départ et chaque correction restent dans l&apos;historique du patient, la piste de vérification et les exportations. Le poids est mesuré à chaque visite.</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;MRN (optional)</source>
        <translation>&amp;NDM (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>&amp;Height (cm, optional)</source>
        <translation>&amp;Taille (cm, facultatif)</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <source>Earlier corrections</source>
        <translation>Corrections antérieures</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>{0} by {1}: {2} ({3})</source>
        <translation>{0} par {1} : {2} ({3})</translation>
    </message>
    <message>
        <source>Earlier corrections:
{0}</source>
        <translation>Corrections antérieures :
{0}</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>For example 1956-03-12</source>
        <translation>Par exemple 1956-03-12</translation>
    </message>
    <message>
        <source>&amp;MRN (optional)</source>
        <translation>&amp;NDM (facultatif)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>Used for ideal body weight</source>
        <translation>Sert au poids idéal</translation>
    </message>
    <message>
        <source>&amp;Height (cm, optional)</source>
        <translation>&amp;Taille (cm, facultatif)</translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation>&amp;Poids (kg)</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <source>No known drug allergies (NKDA)</source>
        <translation>Aucune allergie médicamenteuse connue (AAMC)</translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation>Enregistrer le patient</translation>
    </message>
    <message>
        <source>Choose F, M or U (unknown).</source>
        <translation>Choisissez F, M ou U (inconnu).</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Off-label order and course day</source>
        <translation>Ordonnance hors indication et jour de la cure</translation>
    </message>
    <message>
        <source>Proposed split over days</source>
        <translation>Répartition proposée sur plusieurs jours</translation>
    </message>
    <message>
        <source>Order as a &amp;course over days…</source>
        <translation>Prescrire en &amp;cure sur plusieurs jours…</translation>
    </message>
    <message>
        <source>Order as a course over days</source>
        <translation>Prescrire en cure sur plusieurs jours</translation>
    </message>
    <message>
        <source>Opens the regimen with the proposed days and dose a day: the prescriber&apos;s order, with a reason</source>
        <translation>Ouvre le schéma thérapeutique avec les jours et la dose par jour proposés : l&apos;ordonnance du prescripteur, avec une raison</translation>
    </message>
    <message>
        <source>Plan warnings</source>
        <translation>Avertissements du plan</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Paliers du plan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation>mg/kg/min</translation>
    </message>
    <message>
        <source>Pump mL/h</source>
        <translation>Pompe mL/h</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Working behind every number</source>
        <translation>Le calcul derrière chaque nombre</translation>
    </message>
    <message>
        <source>Working (every number, its inputs, formula and source):</source>
        <translation>Calcul (chaque nombre, ses données, sa formule et sa source) :</translation>
    </message>
    <message>
        <source>{0}: {1} g ({2}) = {3}; max {4}; about {5} min</source>
        <translation>{0} : {1} g ({2}) = {3}; max {4}; environ {5} min</translation>
    </message>
    <message>
        <source>Longer than the chair time: {0}</source>
        <translation>Plus long que le temps au fauteuil : {0}</translation>
    </message>
    <message>
        <source>no split over {0} days fits</source>
        <translation>aucune répartition sur {0} jours ne convient</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>jusqu&apos;à la fin</translation>
    </message>
</context>
<context>
    <name>PremedTab</name>
    <message>
        <source>Premedication wait</source>
        <translation>Attente après la prémédication</translation>
    </message>
    <message>
        <source>Ordered (regimen)</source>
        <translation>Prescrite (schéma thérapeutique)</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Donner</translation>
    </message>
    <message>
        <source>Dr&amp;ug</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>D&amp;ose, unit, route</source>
        <translation>D&amp;ose, unité, voie</translation>
    </message>
    <message>
        <source>now (or HH:MM for an earlier time)</source>
        <translation>maintenant (ou HH:MM pour une heure antérieure)</translation>
    </message>
    <message>
        <source>&amp;Time given</source>
        <translation>&amp;Heure d&apos;administration</translation>
    </message>
    <message>
        <source>you (or the name of who gave it)</source>
        <translation>vous (ou le nom de la personne qui l&apos;a donnée)</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>Donnée &amp;par</translation>
    </message>
    <message>
        <source>Record as given</source>
        <translation>Enregistrer comme donnée</translation>
    </message>
    <message>
        <source>Record the premedication as given (Enter in any field)</source>
        <translation>Enregistrer la prémédication comme donnée (Entrée dans n&apos;importe quel champ)</translation>
    </message>
    <message>
        <source>Record premedication as given</source>
        <translation>Enregistrer la prémédication comme donnée</translation>
    </message>
    <message>
        <source>Premedication given</source>
        <translation>Prémédication donnée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Remove selected entry…</source>
        <translation>Retirer l&apos;entrée sélectionnée…</translation>
    </message>
    <message>
        <source>Remove selected premedication entry</source>
        <translation>Retirer l&apos;entrée de prémédication sélectionnée</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>entrée tardive</translation>
    </message>
    <message>
        <source>Fill in: {0}</source>
        <translation>Remplir : {0}</translation>
    </message>
    <message>
        <source>Fill in {0}</source>
        <translation>Remplir {0}</translation>
    </message>
    <message>
        <source>No premedication in the regimen</source>
        <translation>Aucune prémédication dans le schéma thérapeutique</translation>
    </message>
    <message>
        <source>No premedication given yet ({0}-min wait after it).</source>
        <translation>Aucune prémédication donnée pour l&apos;instant (attente de {0} min après).</translation>
    </message>
    <message>
        <source>The infusion may start at {0}.</source>
        <translation>La perfusion peut commencer à {0}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Wait ended at {0}: the infusion may start.</source>
        <translation>L&apos;attente s&apos;est terminée à {0} : la perfusion peut commencer.</translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation>Sélectionnez l&apos;entrée à retirer.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change of access</source>
        <translation>Dernier changement d&apos;accès</translation>
    </message>
    <message>
        <source>Nurse profiles</source>
        <translation>Profils des infirmières</translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation>Corriger les &amp;renseignements…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>Make &amp;administrator…</source>
        <translation>Rendre &amp;administratrice…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratrice</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmière</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Désactivé : ne peut pas se connecter</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0}, by {1}: {2}</source>
        <translation>{0}, par {1} : {2}</translation>
    </message>
    <message>
        <source>You are an administrator: you can deactivate, reactivate and promote profiles.</source>
        <translation>Vous êtes administratrice : vous pouvez désactiver, réactiver et promouvoir des profils.</translation>
    </message>
    <message>
        <source>Only an administrator can deactivate or promote profiles; you can correct your own details.</source>
        <translation>Seule une administratrice peut désactiver ou promouvoir des profils; vous pouvez corriger vos propres renseignements.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Start the infusion</source>
        <translation>Démarrer la perfusion</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Augmenter le débit</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Diminuer le débit</translation>
    </message>
    <message>
        <source>Resume the infusion</source>
        <translation>Reprendre la perfusion</translation>
    </message>
    <message>
        <source>Pump rate (mL/h)</source>
        <translation>Débit de la pompe (mL/h)</translation>
    </message>
    <message>
        <source>Reason to start before the premedication wait ends</source>
        <translation>Raison de commencer avant la fin de l&apos;attente après la prémédication</translation>
    </message>
    <message>
        <source>Reason for slowing</source>
        <translation>Raison du ralentissement</translation>
    </message>
    <message>
        <source>Reason to exceed the patient&apos;s tolerated maximum (only if above it)</source>
        <translation>Raison de dépasser le maximum toléré par le patient (seulement si au-dessus)</translation>
    </message>
    <message>
        <source>Set the pump to {0}, then confirm.</source>
        <translation>Réglez la pompe à {0}, puis confirmez.</translation>
    </message>
    <message>
        <source>Pump set to {0}</source>
        <translation>Pompe réglée à {0}</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Correct a reaction</source>
        <translation>Corriger une réaction</translation>
    </message>
    <message>
        <source>Record a reaction</source>
        <translation>Enregistrer une réaction</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Save reaction</source>
        <translation>Enregistrer la réaction</translation>
    </message>
    <message>
        <source>From the flagged vitals:
{0}
Symptoms ticked from them: untick any that is wrong.</source>
        <translation>D&apos;après les signes vitaux signalés :
{0}
Symptômes cochés d&apos;après eux : décochez ceux qui sont erronés.</translation>
    </message>
    <message>
        <source>Choose the grade to see the proposed response.</source>
        <translation>Choisissez le grade pour voir la conduite proposée.</translation>
    </message>
    <message>
        <source>Type the rate at onset as a number of mL/h to see the proposal.</source>
        <translation>Tapez le débit au début de la réaction en mL/h pour voir la proposition.</translation>
    </message>
</context>
<context>
    <name>ReactionOutcomeDialog</name>
    <message>
        <source>Correct a reaction outcome</source>
        <translation>Corriger l&apos;évolution d&apos;une réaction</translation>
    </message>
    <message>
        <source>Reaction outcome and resume</source>
        <translation>Évolution de la réaction et reprise</translation>
    </message>
    <message>
        <source>Reaction at {0}: grade {1}, {2}.</source>
        <translation>Réaction à {0} : grade {1}, {2}.</translation>
    </message>
    <message>
        <source>Proposed: </source>
        <translation>Proposé : </translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation>&amp;Raison de la correction</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>Resolved &amp;at</source>
        <translation>Résolue &amp;à</translation>
    </message>
    <message>
        <source>HH:MM; empty for now</source>
        <translation>HH:MM; vide pour maintenant</translation>
    </message>
    <message>
        <source>Empty if the infusion does not resume now</source>
        <translation>Vide si la perfusion ne reprend pas maintenant</translation>
    </message>
    <message>
        <source>Proposed: {0} mL/h. Empty if the infusion does not resume now</source>
        <translation>Proposé : {0} mL/h. Vide si la perfusion ne reprend pas maintenant</translation>
    </message>
    <message>
        <source>Resume infusion at (&amp;mL/h)</source>
        <translation>Reprendre la perfusion à (&amp;mL/h)</translation>
    </message>
    <message>
        <source>Reason if &amp;different</source>
        <translation>Raison si &amp;différent</translation>
    </message>
    <message>
        <source>&amp;Prescriber notified</source>
        <translation>&amp;Prescripteur avisé</translation>
    </message>
    <message>
        <source>Notified a&amp;t</source>
        <translation>Avisé &amp;à</translation>
    </message>
    <message>
        <source>Empty for now</source>
        <translation>Vide pour maintenant</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Enregistrer l&apos;évolution</translation>
    </message>
</context>
<context>
    <name>ReasonBox</name>
    <message>
        <source>Why is this reaction being corrected?</source>
        <translation>Pourquoi cette réaction est-elle corrigée?</translation>
    </message>
    <message>
        <source>&amp;Reason for correction</source>
        <translation>&amp;Raison de la correction</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Raison de la correction</translation>
    </message>
</context>
<context>
    <name>RegimenBox</name>
    <message>
        <source>Regimen</source>
        <translation>Schéma thérapeutique</translation>
    </message>
    <message>
        <source>Earlier regimen versions</source>
        <translation>Versions antérieures du schéma thérapeutique</translation>
    </message>
    <message>
        <source>No regimen yet: create one to compute the plan.</source>
        <translation>Pas encore de schéma thérapeutique : créez-en un pour calculer le plan.</translation>
    </message>
    <message>
        <source>Create regimen…</source>
        <translation>Créer le schéma thérapeutique…</translation>
    </message>
    <message>
        <source>Change regimen…</source>
        <translation>Modifier le schéma thérapeutique…</translation>
    </message>
    <message>
        <source>v{0} · {1} · {2} · {3}: {4} {5} g/kg, {6}</source>
        <translation>v{0} · {1} · {2} · {3} : {4} {5} g/kg, {6}</translation>
    </message>
    <message>
        <source>Earlier versions:
{0}</source>
        <translation>Versions antérieures :
{0}</translation>
    </message>
</context>
<context>
    <name>RegimenDialog</name>
    <message>
        <source>Regimen for {0}</source>
        <translation>Schéma thérapeutique de {0}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation>&amp;Indication</translation>
    </message>
    <message>
        <source>Labelled indications</source>
        <translation>Indications homologuées</translation>
    </message>
    <message>
        <source>e.g. Dr A. Shah, as on the order</source>
        <translation>p. ex. Dre A. Shah, comme sur l&apos;ordonnance</translation>
    </message>
    <message>
        <source>Ordering prescri&amp;ber</source>
        <translation>Prescripteur de l&apos;ordonnance</translation>
    </message>
    <message>
        <source>Required for an off-label order</source>
        <translation>Obligatoire pour une ordonnance hors indication</translation>
    </message>
    <message>
        <source>O&amp;ff-label: ordered for an indication not on the label</source>
        <translation>&amp;Hors indication : prescrit pour une indication qui ne figure pas sur la monographie</translation>
    </message>
    <message>
        <source>Off-label order</source>
        <translation>Ordonnance hors indication</translation>
    </message>
    <message>
        <source>The prescriber above ordered it; every screen and the record say OFF-LABEL</source>
        <translation>Le prescripteur ci-dessus l&apos;a prescrit; chaque écran et le dossier indiquent HORS INDICATION</translation>
    </message>
    <message>
        <source>&amp;Dose per day (g/kg)</source>
        <translation>&amp;Dose par jour (g/kg)</translation>
    </message>
    <message>
        <source>Within the label&apos;s dose for the indication (0.1 to 2 g/kg a day)</source>
        <translation>Dans la dose de la monographie pour l&apos;indication (0.1 à 2 g/kg par jour)</translation>
    </message>
    <message>
        <source>&amp;Course (consecutive days)</source>
        <translation>&amp;Cure (jours consécutifs)</translation>
    </message>
    <message>
        <source>1: a single infusion; 2 for 1 g/kg x 2 days, 5 for 0.4 g/kg x 5 days</source>
        <translation>1 : une seule perfusion; 2 pour 1 g/kg x 2 jours, 5 pour 0.4 g/kg x 5 jours</translation>
    </message>
    <message>
        <source>Dosing &amp;weight</source>
        <translation>&amp;Poids de calcul de la dose</translation>
    </message>
    <message>
        <source>auto: adjusted weight when BMI ≥ 30 (height and sex known), else actual</source>
        <translation>auto : poids ajusté si IMC ≥ 30 (taille et sexe connus), sinon poids réel</translation>
    </message>
    <message>
        <source>e.g. every 4 weeks</source>
        <translation>p. ex. toutes les 4 semaines</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>Weight dosed on (&amp;kg)</source>
        <translation>Poids utilisé pour la dose (&amp;kg)</translation>
    </message>
    <message>
        <source>Label protocol</source>
        <translation>Protocole de la monographie</translation>
    </message>
    <message>
        <source>Ladder: {0}</source>
        <translation>Échelle : {0}</translation>
    </message>
    <message>
        <source>Rate p&amp;rotocol</source>
        <translation>P&amp;rotocole de débit</translation>
    </message>
    <message>
        <source>Personal &amp;start (mg/kg/min, optional)</source>
        <translation>&amp;Début personnel (mg/kg/min, facultatif)</translation>
    </message>
    <message>
        <source>Personal &amp;maximum (mg/kg/min, optional)</source>
        <translation>&amp;Maximum personnel (mg/kg/min, facultatif)</translation>
    </message>
    <message>
        <source>The patient&apos;s tolerated rate: above it needs a reason (soft limit)</source>
        <translation>Le débit toléré par le patient : le dépasser exige une raison (limite souple)</translation>
    </message>
    <message>
        <source>Premedication set</source>
        <translation>Prémédication prévue</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Premedication drug</source>
        <translation>Médicament de prémédication</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Premedication dose</source>
        <translation>Dose de prémédication</translation>
    </message>
    <message>
        <source>Premedication unit</source>
        <translation>Unité de prémédication</translation>
    </message>
    <message>
        <source>Premedication route</source>
        <translation>Voie de prémédication</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add premedication</source>
        <translation>Ajouter une prémédication</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove selected premedication</source>
        <translation>Retirer la prémédication sélectionnée</translation>
    </message>
    <message>
        <source>Add {0} {1} {2} {3}</source>
        <translation>Ajouter {0} {1} {2} {3}</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Prémédication</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Raison du changement</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Raison (facultatif)</translation>
    </message>
    <message>
        <source>Required when changing a regimen; earlier versions stay in the record</source>
        <translation>Obligatoire pour modifier un schéma thérapeutique; les versions antérieures restent au dossier</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
        <source>Save regimen</source>
        <translation>Enregistrer le schéma thérapeutique</translation>
    </message>
    <message>
        <source>Current: version {0}, {1} ({2})</source>
        <translation>Actuel : version {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>{0} is labelled for {1}.</source>
        <translation>{0} est homologué pour {1}.</translation>
    </message>
    <message>
        <source>This indication is not: tick off-label and name the ordering prescriber, or change it.</source>
        <translation>Cette indication ne l&apos;est pas : cochez hors indication et nommez le prescripteur, ou changez-la.</translation>
    </message>
    <message>
        <source>No premedication</source>
        <translation>Aucune prémédication</translation>
    </message>
</context>
<context>
    <name>ResponseBox</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>S&amp;low to a rate</source>
        <translation>&amp;Ralentir à un débit</translation>
    </message>
    <message>
        <source>&amp;Pause (resume at a rate)</source>
        <translation>&amp;Pause (reprise à un débit)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Infusion: proposed response and what you did</source>
        <translation>Perfusion : conduite proposée et ce que vous avez fait</translation>
    </message>
    <message>
        <source>Rate at &amp;onset (mL/h)</source>
        <translation>Débit au &amp;début de la réaction (mL/h)</translation>
    </message>
    <message>
        <source>Empty when no infusion was running</source>
        <translation>Vide si aucune perfusion n&apos;était en cours</translation>
    </message>
    <message>
        <source>Pre&amp;vious step (mL/h)</source>
        <translation>Palier pré&amp;cédent (mL/h)</translation>
    </message>
    <message>
        <source>Optional: the rate before the last increase</source>
        <translation>Facultatif : le débit avant la dernière augmentation</translation>
    </message>
    <message>
        <source>Proposed response</source>
        <translation>Conduite proposée</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>The grade chosen and the symptoms disagree</source>
        <translation>Le grade choisi et les symptômes ne concordent pas</translation>
    </message>
    <message>
        <source>What the symptoms and vital signs show</source>
        <translation>Ce que montrent les symptômes et les signes vitaux</translation>
    </message>
    <message>
        <source>What was done with the infusion:</source>
        <translation>Ce qui a été fait avec la perfusion :</translation>
    </message>
    <message>
        <source>New or resume &amp;rate (mL/h)</source>
        <translation>Nouveau débit ou débit de &amp;reprise (mL/h)</translation>
    </message>
    <message>
        <source>New or resume rate (mL/h)</source>
        <translation>Nouveau débit ou débit de reprise (mL/h)</translation>
    </message>
    <message>
        <source>Reason if &amp;different</source>
        <translation>Raison si &amp;différent</translation>
    </message>
    <message>
        <source>Reason if different from the proposal</source>
        <translation>Raison si différent de la proposition</translation>
    </message>
    <message>
        <source>Needed when the choice is less cautious than the proposal</source>
        <translation>Nécessaire quand le choix est moins prudent que la proposition</translation>
    </message>
    <message>
        <source>Working: </source>
        <translation>Calcul : </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Quotidienne (automatique)</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Faite sur demande</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to put back. Entries made after it will leave the record, but they are not lost: the database as it is now is backed up first. Backups are in {0}.</source>
        <translation>Choisissez une sauvegarde à remettre en place. Les entrées faites après elle quitteront le dossier, mais elles ne sont pas perdues : la base de données telle qu&apos;elle est maintenant est d&apos;abord sauvegardée. Les sauvegardes sont dans {0}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde?</translation>
    </message>
    <message>
        <source>Put back the backup taken {0}?

Entries made after that time will no longer be in the record. The database as it is now is backed up first, so nothing is lost. IVIG Desktop then reopens.</source>
        <translation>Remettre en place la sauvegarde du {0}?

Les entrées faites après ce moment ne seront plus dans le dossier. La base de données telle qu&apos;elle est maintenant est d&apos;abord sauvegardée, donc rien n&apos;est perdu. IVIG Desktop se rouvre ensuite.</translation>
    </message>
</context>
<context>
    <name>SessionAlertArea</name>
    <message>
        <source>Alerts for this session</source>
        <translation>Alertes de cette séance</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>Acknowledge this session&apos;s alerts</source>
        <translation>Accuser réception des alertes de cette séance</translation>
    </message>
    <message>
        <source>Acknowledge this session&apos;s alerts (Acknowledge all, {0}, silences every session&apos;s)</source>
        <translation>Accuser réception des alertes de cette séance (Tout accuser réception, {0}, fait taire celles de toutes les séances)</translation>
    </message>
    <message>
        <source>✓ No alerts for this session</source>
        <translation>✓ Aucune alerte pour cette séance</translation>
    </message>
    <message>
        <source>+{0} more (Due now)</source>
        <translation>+{0} de plus (À faire maintenant)</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Stage: {0}</source>
        <translation>Étape : {0}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Ouverte {0}</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, sélectionnée</translation>
    </message>
    <message>
        <source>{0} · {1} y</source>
        <translation>{0} · {1} ans</translation>
    </message>
    <message>
        <source>STOPPED (reaction)</source>
        <translation>ARRÊTÉE (réaction)</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source> · step {0} of {1}</source>
        <translation> · palier {0} sur {1}</translation>
    </message>
    <message>
        <source>Next: nothing due</source>
        <translation>Prochain : rien à faire</translation>
    </message>
    <message>
        <source>Next: {0} · {1}</source>
        <translation>Prochain : {0} · {1}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Off-label order and course day</source>
        <translation>Ordonnance hors indication et jour de la cure</translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation>Corriger les &amp;renseignements…</translation>
    </message>
    <message>
        <source>Correct the patient&apos;s details</source>
        <translation>Corriger les renseignements du patient</translation>
    </message>
    <message>
        <source>Correct a wrong name, date of birth, MRN, sex, height or allergies</source>
        <translation>Corriger un nom, une date de naissance, un NDM, un sexe, une taille ou des allergies erronés</translation>
    </message>
    <message>
        <source>Session stages</source>
        <translation>Étapes de la séance</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Checks &amp;&amp; vials</source>
        <translation>&amp;Vérifications &amp;&amp; fioles</translation>
    </message>
    <message>
        <source>&amp;Premedication</source>
        <translation>&amp;Prémédication</translation>
    </message>
    <message>
        <source>&amp;Vitals &amp;&amp; reactions</source>
        <translation>&amp;Signes vitaux &amp;&amp; réactions</translation>
    </message>
    <message>
        <source>&amp;After &amp;&amp; sign-off</source>
        <translation>&amp;Après &amp;&amp; signature</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Corriger l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Correct the selected note, vitals set or reaction, with a reason</source>
        <translation>Corriger la note, la série de signes vitaux ou la réaction sélectionnée, avec une raison</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Marquer comme saisie par &amp;erreur…</translation>
    </message>
    <message>
        <source>Mark the selected entry entered in error</source>
        <translation>Marquer l&apos;entrée sélectionnée comme saisie par erreur</translation>
    </message>
    <message>
        <source>Session &amp;summary…</source>
        <translation>&amp;Résumé de la séance…</translation>
    </message>
    <message>
        <source>Session summary: the printable record</source>
        <translation>Résumé de la séance : le dossier imprimable</translation>
    </message>
    <message>
        <source>The record as it prints: print it or save it as a PDF</source>
        <translation>Le dossier tel qu&apos;il s&apos;imprime : imprimez-le ou enregistrez-le en PDF</translation>
    </message>
    <message>
        <source>Audit trail of this session</source>
        <translation>Piste de vérification de cette séance</translation>
    </message>
    <message>
        <source>Every entry with who, when (happened and written) and its corrections</source>
        <translation>Chaque entrée avec qui, quand (survenue et écrite) et ses corrections</translation>
    </message>
    <message>
        <source>In&amp;fusion</source>
        <translation>Per&amp;fusion</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>&amp;Piste de vérification…</translation>
    </message>
    <message>
        <source>All of this pa&amp;tient&apos;s sessions…</source>
        <translation>Toutes les séances de ce pa&amp;tient…</translation>
    </message>
    <message>
        <source>Audit trail of every session of this patient</source>
        <translation>Piste de vérification de toutes les séances de ce patient</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Type a note for the record; Ctrl+Enter adds it.</source>
        <translation>Tapez une note pour le dossier; Ctrl+Entrée l&apos;ajoute.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note to the record (Ctrl+Enter)</source>
        <translation>Ajouter la note au dossier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>Étape : {0}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Born {0} ({1} y) · MRN {2} · Sex {3} · Weight {4} · Height {5}</source>
        <translation>Né(e) le {0} ({1} ans) · NDM {2} · Sexe {3} · Poids {4} · Taille {5}</translation>
    </message>
    <message>
        <source>Allergies: {0}</source>
        <translation>Allergies : {0}</translation>
    </message>
    <message>
        <source>Audit trail: {0}, {1}</source>
        <translation>Piste de vérification : {0}, {1}</translation>
    </message>
    <message>
        <source>Audit trail: every session of {0}</source>
        <translation>Piste de vérification : toutes les séances de {0}</translation>
    </message>
    <message>
        <source>Your note is kept here and in a recovery file until it is saved.</source>
        <translation>Votre note est conservée ici et dans un fichier de récupération jusqu&apos;à ce qu&apos;elle soit enregistrée.</translation>
    </message>
    <message>
        <source>Your note is kept here, but the recovery file could not be written ({0}): do not close the app until the note is saved.</source>
        <translation>Votre note est conservée ici, mais le fichier de récupération n&apos;a pas pu être écrit ({0}) : ne fermez pas l&apos;application avant que la note soit enregistrée.</translation>
    </message>
    <message>
        <source>✓ Note saved at {0}</source>
        <translation>✓ Note enregistrée à {0}</translation>
    </message>
    <message>
        <source>A note that could not be saved earlier is back in the box: press Add note to save it.</source>
        <translation>Une note qui n&apos;avait pas pu être enregistrée est de retour dans la boîte : appuyez sur Ajouter la note pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>The keys work wherever the focus is in the window; a dialog has its own (Enter, Escape).</source>
        <translation>Les touches fonctionnent où que soit le focus dans la fenêtre; une boîte de dialogue a les siennes (Entrée, Échap).</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is working at this workstation?</source>
        <translation>Qui travaille à ce poste?</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Choisissez votre profil</translation>
    </message>
    <message>
        <source>Nurse profiles</source>
        <translation>Profils des infirmières</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Mot de passe ou NIP</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Tapez-le de &amp;nouveau</translation>
    </message>
    <message>
        <source>This profile has no password or PIN yet: choose one now. {0}.</source>
        <translation>Ce profil n&apos;a pas encore de mot de passe ni de NIP : choisissez-en un maintenant. {0}.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>e.g. RN, LPN or NP</source>
        <translation>p. ex. IA, IAA ou IP</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Titres</translation>
    </message>
    <message>
        <source>e.g. RN 204173 (optional, as on the badge)</source>
        <translation>p. ex. IA 204173 (facultatif, comme sur le badge)</translation>
    </message>
    <message>
        <source>&amp;Licence or staff number</source>
        <translation>Numéro de &amp;permis ou d&apos;employée</translation>
    </message>
    <message>
        <source>Pass&amp;word or PIN</source>
        <translation>Mot de &amp;passe ou NIP</translation>
    </message>
    <message>
        <source>Type it a&amp;gain</source>
        <translation>Tapez-le de nou&amp;veau</translation>
    </message>
    <message>
        <source>A&amp;uthorised by</source>
        <translation>A&amp;utorisé par</translation>
    </message>
    <message>
        <source>A nurse who already has a profile here authorises a new one with her password or PIN</source>
        <translation>Une infirmière qui a déjà un profil ici autorise un nouveau profil avec son mot de passe ou son NIP</translation>
    </message>
    <message>
        <source>Her password or P&amp;IN</source>
        <translation>Son mot de passe ou son N&amp;IP</translation>
    </message>
    <message>
        <source>The first profile of this database is its administrator: it can deactivate profiles and make other nurses administrators. Every later profile is authorised by a nurse who has one.</source>
        <translation>Le premier profil de cette base de données en est l&apos;administratrice : il peut désactiver des profils et nommer d&apos;autres infirmières administratrices. Chaque profil suivant est autorisé par une infirmière qui en a déjà un.</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>Créer le profil et se connecter</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Créer le premier compte</translation>
    </message>
    <message>
        <source>Set and sign in</source>
        <translation>Définir et se connecter</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>{0} Alert sound unavailable</source>
        <translation>{0} Son d&apos;alerte non disponible</translation>
    </message>
    <message>
        <source>{0}. Alerts still show on screen; the system beep is tried instead.</source>
        <translation>{0}. Les alertes s&apos;affichent toujours à l&apos;écran; le bip du système est essayé à la place.</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <source>Mark entered in error</source>
        <translation>Marquer comme saisie par erreur</translation>
    </message>
    <message>
        <source>The entry stays in the record, struck through, with your name, the time and the reason. It no longer counts in the summary, the chart or the stage.</source>
        <translation>L&apos;entrée reste au dossier, barrée, avec votre nom, l&apos;heure et la raison. Elle ne compte plus dans le résumé, le graphique ni l&apos;étape.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>For example: wrong patient, duplicate entry</source>
        <translation>Par exemple : mauvais patient, entrée en double</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session {0}: {1}</source>
        <translation>Séance {0} : {1}</translation>
    </message>
    <message>
        <source>Record of {0}</source>
        <translation>Dossier de {0}</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Dossier de la séance</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the record as a PDF file</source>
        <translation>Enregistrer le dossier dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Enregistrer le dossier en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}</source>
        <translation>Le PDF n&apos;a pas été enregistré : {0}</translation>
    </message>
    <message>
        <source>✓ Saved {0} ({1} pages).</source>
        <translation>✓ {0} enregistré ({1} pages).</translation>
    </message>
    <message>
        <source>The record was not printed: {0}</source>
        <translation>Le dossier n&apos;a pas été imprimé : {0}</translation>
    </message>
    <message>
        <source>✓ Sent {0} pages to {1}.</source>
        <translation>✓ {0} pages envoyées à {1}.</translation>
    </message>
</context>
<context>
    <name>SymptomsBox</name>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>O&amp;ther symptoms</source>
        <translation>Au&amp;tres symptômes</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Autres symptômes</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Leave empty for now, or type the time as HH:MM (24-hour)</source>
        <translation>Laissez vide pour maintenant, ou tapez l&apos;heure en HH:MM (24 heures)</translation>
    </message>
    <message>
        <source>Taken at {0}, {1} ago.</source>
        <translation>Pris à {0}, il y a {1}.</translation>
    </message>
    <message>
        <source>⏱ Late entry: taken at {0}, {1} ago. It is labelled as a late entry with both times.</source>
        <translation>⏱ Entrée tardive : pris à {0}, il y a {1}. Elle est étiquetée comme entrée tardive avec les deux heures.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Session timeline</source>
        <translation>Chronologie de la séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Séance ouverte</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation>Actions sur l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Mark &amp;entered in error…</source>
        <translation>Marquer comme saisie par &amp;erreur…</translation>
    </message>
    <message>
        <source>{0} (entered in error)</source>
        <translation>{0} (saisie par erreur)</translation>
    </message>
    <message>
        <source>{0} (amended)</source>
        <translation>{0} (corrigée)</translation>
    </message>
    <message>
        <source>Marked entered in error. Reason: {0}</source>
        <translation>Marquée comme saisie par erreur. Raison : {0}</translation>
    </message>
    <message>
        <source>Corrected to: {0}. Reason: {1}</source>
        <translation>Corrigée en : {0}. Raison : {1}</translation>
    </message>
    <message>
        <source> (late entry, written {0})</source>
        <translation> (entrée tardive, écrite {0})</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Tolerated rate and reactions by session</source>
        <translation>Débit toléré et réactions par séance</translation>
    </message>
    <message>
        <source>{0}: tolerated {1}, reactions {2}</source>
        <translation>{0} : toléré {1}, réactions {2}</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Aucune séance pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisatrice</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of IVIG Desktop.</source>
        <translation>Le guide de l&apos;utilisatrice n&apos;est pas installé avec cette copie d&apos;IVIG Desktop.</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>Vital sign shown in the chart</source>
        <translation>Signe vital affiché dans le graphique</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>No vital signs yet: the chart starts with the first set.</source>
        <translation>Pas encore de signes vitaux : le graphique commence avec la première série.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Flagged value</source>
        <translation>Valeur signalée</translation>
    </message>
    <message>
        <source>{0} flagged value</source>
        <translation>{0} valeur signalée</translation>
    </message>
    <message>
        <source>Reaction, grade {0}, at {1}</source>
        <translation>Réaction, grade {0}, à {1}</translation>
    </message>
    <message>
        <source>Chart: {0}</source>
        <translation>Graphique : {0}</translation>
    </message>
    <message>
        <source>Infusion rate (mL/h)</source>
        <translation>Débit de perfusion (mL/h)</translation>
    </message>
    <message>
        <source>Infusion rate (mL/h, right axis)</source>
        <translation>Débit de perfusion (mL/h, axe de droite)</translation>
    </message>
    <message>
        <source> (flagged)</source>
        <translation> (signalée)</translation>
    </message>
    <message>
        <source>Alert: systolic &lt; {0}</source>
        <translation>Alerte : systolique &lt; {0}</translation>
    </message>
    <message>
        <source>Alert: systolic {0}% below baseline ({1:.0f})</source>
        <translation>Alerte : systolique {0} % sous la valeur de base ({1:.0f})</translation>
    </message>
    <message>
        <source>Alert: &gt; {0} /min</source>
        <translation>Alerte : &gt; {0} /min</translation>
    </message>
    <message>
        <source>Alert: &lt; {0}%</source>
        <translation>Alerte : &lt; {0} %</translation>
    </message>
    <message>
        <source>Alert: ≥ {0} {1}</source>
        <translation>Alerte : ≥ {0} {1}</translation>
    </message>
    <message>
        <source>Alert: baseline + {0} °C ({1} {2})</source>
        <translation>Alerte : valeur de base + {0} °C ({1} {2})</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Tension artérielle</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
</context>
<context>
    <name>VitalsForm</name>
    <message>
        <source>S&amp;ystolic (mmHg)</source>
        <translation>S&amp;ystolique (mmHg)</translation>
    </message>
    <message>
        <source>&amp;Heart rate (/min)</source>
        <translation>&amp;Fréquence cardiaque (/min)</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Sp&amp;O2 (%)</source>
        <translation>Sp&amp;O2 (%)</translation>
    </message>
    <message>
        <source>Diasto&amp;lic (mmHg)</source>
        <translation>&amp;Diastolique (mmHg)</translation>
    </message>
    <message>
        <source>Respiratory rate (/&amp;min)</source>
        <translation>Fréquence res&amp;piratoire (/min)</translation>
    </message>
    <message>
        <source>Pain (&amp;0-10)</source>
        <translation>Dou&amp;leur (0-10)</translation>
    </message>
    <message>
        <source>&amp;Weight (kg, optional)</source>
        <translation>&amp;Poids (kg, facultatif)</translation>
    </message>
    <message>
        <source>&amp;Temperature ({0})</source>
        <translation>&amp;Température ({0})</translation>
    </message>
    <message>
        <source>Record vital signs</source>
        <translation>Enregistrer les signes vitaux</translation>
    </message>
    <message>
        <source>now (or HH:MM)</source>
        <translation>maintenant (ou HH:MM)</translation>
    </message>
    <message>
        <source>Ta&amp;ken at</source>
        <translation>Pr&amp;is à</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Heure de la prise</translation>
    </message>
    <message>
        <source>Save vitals</source>
        <translation>Enregistrer les signes vitaux</translation>
    </message>
    <message>
        <source>Save this vitals set (Enter in any field)</source>
        <translation>Enregistrer cette série de signes vitaux (Entrée dans n&apos;importe quel champ)</translation>
    </message>
    <message>
        <source>Temperature unit on this workstation</source>
        <translation>Unité de température de ce poste</translation>
    </message>
    <message>
        <source>Temperatures are typed in this unit on this workstation (stored in °C)</source>
        <translation>Les températures sont tapées dans cette unité sur ce poste (conservées en °C)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Reaction offer</source>
        <translation>Proposition de réaction</translation>
    </message>
    <message>
        <source>A value is flagged during the infusion. Is this a reaction?</source>
        <translation>Une valeur est signalée pendant la perfusion. S&apos;agit-il d&apos;une réaction?</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Enregistrer une réaction…</translation>
    </message>
    <message>
        <source>Record a reaction for these flags</source>
        <translation>Enregistrer une réaction pour ces signalements</translation>
    </message>
    <message>
        <source>Not a reaction</source>
        <translation>Pas une réaction</translation>
    </message>
    <message>
        <source>Not a reaction: dismiss the offer</source>
        <translation>Pas une réaction : écarter la proposition</translation>
    </message>
    <message>
        <source> What you typed is kept here and in a recovery file.</source>
        <translation> Ce que vous avez tapé est conservé ici et dans un fichier de récupération.</translation>
    </message>
    <message>
        <source>A vitals set that could not be saved earlier is back in the form: press Save vitals.</source>
        <translation>Une série de signes vitaux qui n&apos;avait pas pu être enregistrée est de retour dans le formulaire : appuyez sur Enregistrer les signes vitaux.</translation>
    </message>
    <message>
        <source> (taken at {0})</source>
        <translation> (pris à {0})</translation>
    </message>
    <message>
        <source>✓ Vitals saved at {0}{1}.</source>
        <translation>✓ Signes vitaux enregistrés à {0}{1}.</translation>
    </message>
    <message>
        <source>No value past an alert threshold.</source>
        <translation>Aucune valeur au-delà d&apos;un seuil d&apos;alerte.</translation>
    </message>
    <message>
        <source>A value is flagged after the infusion. Is this a reaction?</source>
        <translation>Une valeur est signalée après la perfusion. S&apos;agit-il d&apos;une réaction?</translation>
    </message>
</context>
<context>
    <name>VitalsTab</name>
    <message>
        <source>BP (mmHg)</source>
        <translation>TA (mmHg)</translation>
    </message>
    <message>
        <source>HR (/min)</source>
        <translation>FC (/min)</translation>
    </message>
    <message>
        <source>RR (/min)</source>
        <translation>FR (/min)</translation>
    </message>
    <message>
        <source>Temp</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <source>Pain (/10)</source>
        <translation>Douleur (/10)</translation>
    </message>
    <message>
        <source>Slowed to {0} mL/h</source>
        <translation>Ralentie à {0} mL/h</translation>
    </message>
    <message>
        <source>Paused, resume at {0} mL/h</source>
        <translation>En pause, reprise à {0} mL/h</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Vitals and reactions</source>
        <translation>Signes vitaux et réactions</translation>
    </message>
    <message>
        <source>Baseline against latest</source>
        <translation>Valeur de base et dernière valeur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de base</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Temp (°F)</source>
        <translation>Temp. (°F)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>No reaction recorded.</source>
        <translation>Aucune réaction enregistrée.</translation>
    </message>
    <message>
        <source>Record r&amp;eaction…</source>
        <translation>Enregistrer une ré&amp;action…</translation>
    </message>
    <message>
        <source>Record reaction</source>
        <translation>Enregistrer une réaction</translation>
    </message>
    <message>
        <source>Outcome / resume…</source>
        <translation>Évolution / reprise…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected reaction, or resume</source>
        <translation>Enregistrer l&apos;évolution de la réaction sélectionnée, ou reprendre</translation>
    </message>
    <message>
        <source>Baseline against latest: no vital signs yet</source>
        <translation>Valeur de base et dernière valeur : pas encore de signes vitaux</translation>
    </message>
    <message>
        <source>Baseline {0} against latest {1} ({2} sets)</source>
        <translation>Valeur de base {0} et dernière {1} ({2} séries)</translation>
    </message>
    <message>
        <source>Temp ({0})</source>
        <translation>Temp. ({0})</translation>
    </message>
    <message>
        <source>The baseline was taken after the infusion started.</source>
        <translation>La valeur de base a été prise après le début de la perfusion.</translation>
    </message>
    <message>
        <source>Flags of the latest set</source>
        <translation>Signalements de la dernière série</translation>
    </message>
    <message>
        <source>outcome not known yet</source>
        <translation>évolution pas encore connue</translation>
    </message>
    <message>
        <source> at {0}</source>
        <translation> à {0}</translation>
    </message>
    <message>
        <source>; resumed at {0} mL/h</source>
        <translation>; reprise à {0} mL/h</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <source> (picture: {0})</source>
        <translation> (tableau : {0})</translation>
    </message>
    <message>
        <source>{0}{1} · {2} · {3} · {4} · {5}</source>
        <translation>{0}{1} · {2} · {3} · {4} · {5}</translation>
    </message>
</context>
<context>
    <name>VitalsTable</name>
    <message>
        <source>Vital signs table</source>
        <translation>Tableau des signes vitaux</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>TA mmHg</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valeur de base</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>entrée tardive</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Wt</source>
        <translation>Pds</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Bienvenue dans {0}</translation>
    </message>
    <message>
        <source>This is the first start of {0} with this database: it has no account yet. Check where the record is kept and set the clinic&apos;s time zone, then create the first account (its administrator). Or try the app with demo data first: this database stays as it is.</source>
        <translation>C&apos;est le premier démarrage de {0} avec cette base de données : elle n&apos;a encore aucun compte. Vérifiez où le dossier est conservé et réglez le fuseau horaire de la clinique, puis créez le premier compte (son administratrice). Ou essayez d&apos;abord l&apos;application avec des données de démonstration : cette base de données reste telle quelle.</translation>
    </message>
    <message>
        <source>Where the record is kept: {0}
Backups are made every day beside it, in {1}. Keep this folder on this computer&apos;s own disk (not a network share); only your user account can read it.</source>
        <translation>Où le dossier est conservé : {0}
Des sauvegardes sont faites chaque jour à côté, dans {1}. Gardez ce dossier sur le disque de cet ordinateur (pas sur un partage réseau); seul votre compte d&apos;utilisateur peut le lire.</translation>
    </message>
    <message>
        <source>Set by the clinic&apos;s configuration (clinic.toml): every time is shown in it</source>
        <translation>Réglé par la configuration de la clinique (clinic.toml) : toutes les heures y sont affichées</translation>
    </message>
    <message>
        <source>An IANA name such as America/Toronto: every time on screen, on paper and in exports</source>
        <translation>Un nom IANA comme America/Toronto : toutes les heures à l&apos;écran, sur papier et dans les exportations</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;time zone</source>
        <translation>&amp;Fuseau horaire de la clinique</translation>
    </message>
    <message>
        <source>&amp;Continue: create the first account</source>
        <translation>&amp;Continuer : créer le premier compte</translation>
    </message>
    <message>
        <source>Try it with &amp;demo data instead</source>
        <translation>Essayer plutôt avec des &amp;données de démonstration</translation>
    </message>
    <message>
        <source>Opens a separate database of fictional patients, marked DEMO; this one stays as it is</source>
        <translation>Ouvre une base de données distincte de patients fictifs, marquée DÉMO; celle-ci reste telle quelle</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Patient {0} saved.</source>
        <translation>Patient {0} enregistré.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Session {0}</source>
        <translation>Séance {0}</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Go to session</source>
        <translation>Aller à la séance</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>WindowReliability</name>
    <message>
        <source>Put back an earlier backup of the database</source>
        <translation>Remettre en place une sauvegarde antérieure de la base de données</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (lecture seule)</translation>
    </message>
    <message>
        <source>{0} Read-only: you can read the record but not add to it. {1}</source>
        <translation>{0} Lecture seule : vous pouvez lire le dossier, mais pas y ajouter. {1}</translation>
    </message>
    <message>
        <source>Restored the backup taken {0}. The database as it was just before is kept in {1}.</source>
        <translation>Sauvegarde du {0} restaurée. La base de données telle qu&apos;elle était juste avant est conservée dans {1}.</translation>
    </message>
</context>
<context>
    <name>WindowToolbar</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Start a session for a patient</source>
        <translation>Commencer une séance pour un patient</translation>
    </message>
    <message>
        <source>Create a patient record</source>
        <translation>Créer un dossier patient</translation>
    </message>
    <message>
        <source>Every patient and session that received a vial lot</source>
        <translation>Tous les patients et séances ayant reçu un lot de fioles</translation>
    </message>
    <message>
        <source>Find a patient; see every session, the trend and the records</source>
        <translation>Trouver un patient; voir toutes ses séances, la tendance et les dossiers</translation>
    </message>
    <message>
        <source>Export a patient&apos;s or a date range&apos;s records: PDF, CSV, JSON, FHIR</source>
        <translation>Exporter les dossiers d&apos;un patient ou d&apos;une période : PDF, CSV, JSON, FHIR</translation>
    </message>
    <message>
        <source>Nurse profiles: correct your details; administrators deactivate or promote profiles</source>
        <translation>Profils des infirmières : corrigez vos renseignements; les administratrices désactivent ou promeuvent des profils</translation>
    </message>
    <message>
        <source>Hand the workstation to another nurse</source>
        <translation>Passer le poste de travail à une autre infirmière</translation>
    </message>
    <message>
        <source>Signed-in nurse</source>
        <translation>Infirmière connectée</translation>
    </message>
</context>
<context>
    <name>_AmendDialog</name>
    <message>
        <source>{0} at {1}, as recorded now:</source>
        <translation>{0} à {1}, telle qu&apos;enregistrée maintenant :</translation>
    </message>
    <message>
        <source>Entry as recorded now</source>
        <translation>Entrée telle qu&apos;enregistrée maintenant</translation>
    </message>
</context>
<context>
    <name>alert_panel</name>
    <message>
        <source>Overdue by {0}</source>
        <translation>Retard de {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{0}, escalated</source>
        <translation>{0}, escaladé</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database encrypted (SQLCipher)</source>
        <translation>Base de données chiffrée (SQLCipher)</translation>
    </message>
    <message>
        <source>Database not encrypted: run ivig-desktop encrypt (recommended on laptops)</source>
        <translation>Base de données non chiffrée : lancez ivig-desktop encrypt (recommandé sur les portables)</translation>
    </message>
    <message>
        <source>The database {0} could not be opened.

{1}</source>
        <translation>La base de données {0} n&apos;a pas pu être ouverte.

{1}</translation>
    </message>
    <message>
        <source>The database file {0} exists but is empty (0 bytes): there is no record in it.

It may be a copy that failed, or a drive that was not written. If the record should be there, choose No, then find the real database file or restore a backup.

Start a new, empty record in this file?</source>
        <translation>Le fichier de base de données {0} existe mais est vide (0 octet) : il ne contient aucun dossier.

C&apos;est peut-être une copie qui a échoué, ou un disque qui n&apos;a pas été écrit. Si le dossier devrait s&apos;y trouver, choisissez Non, puis trouvez le vrai fichier de base de données ou restaurez une sauvegarde.

Commencer un nouveau dossier vide dans ce fichier?</translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation>Commencer un nouveau dossier</translation>
    </message>
    <message>
        <source>No, close</source>
        <translation>Non, fermer</translation>
    </message>
    <message>
        <source>The database {0} is encrypted. Type its passphrase to open it:</source>
        <translation>La base de données {0} est chiffrée. Tapez sa phrase de passe pour l&apos;ouvrir :</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file is not an IVIG Desktop database.</source>
        <translation>La phrase de passe est erronée, ou le fichier n&apos;est pas une base de données IVIG Desktop.</translation>
    </message>
    <message>
        <source>{0} tries left.</source>
        <translation>Il reste {0} essai(s).</translation>
    </message>
    <message>
        <source>The passphrase was wrong {0} times: IVIG Desktop closes. The database {1} has not been changed. Start IVIG Desktop again to try again. (If you are sure of the passphrase, the file may be damaged: restore a backup.)</source>
        <translation>La phrase de passe a été erronée {0} fois : IVIG Desktop se ferme. La base de données {1} n&apos;a pas été modifiée. Relancez IVIG Desktop pour réessayer. (Si vous êtes sûre de la phrase de passe, le fichier est peut-être endommagé : restaurez une sauvegarde.)</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>entered in error</source>
        <translation>saisie par erreur</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Séance ouverte</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <source>Marked entered in error. Reason: {0}</source>
        <translation>Marquée comme saisie par erreur. Raison : {0}</translation>
    </message>
    <message>
        <source>Corrected. Reason: {0}</source>
        <translation>Corrigée. Raison : {0}</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>entrée tardive</translation>
    </message>
    <message>
        <source>Patient&apos;s details</source>
        <translation>Renseignements du patient</translation>
    </message>
    <message>
        <source>Profile of nurse {0}</source>
        <translation>Profil de l&apos;infirmière {0}</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Renseignements corrigés</translation>
    </message>
    <message>
        <source>{0}. Reason: {1}</source>
        <translation>{0}. Raison : {1}</translation>
    </message>
</context>
<context>
    <name>checkin_panels</name>
    <message>
        <source>ladder {0}</source>
        <translation>échelle {0}</translation>
    </message>
    <message>
        <source>label protocol</source>
        <translation>protocole de la monographie</translation>
    </message>
    <message>
        <source>personal start {0} mg/kg/min</source>
        <translation>départ personnel {0} mg/kg/min</translation>
    </message>
    <message>
        <source>tolerated maximum {0} mg/kg/min</source>
        <translation>maximum toléré {0} mg/kg/min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{0} g/kg</source>
        <translation>{0} g/kg</translation>
    </message>
    <message>
        <source>{0} g/kg a day x {1} days = {2} g/kg</source>
        <translation>{0} g/kg par jour x {1} jours = {2} g/kg</translation>
    </message>
    <message>
        <source>OFF-LABEL: ordered off-label by {0}</source>
        <translation>HORS INDICATION : prescrit hors indication par {0}</translation>
    </message>
    <message>
        <source>Dosed on {0} kg</source>
        <translation>Dose calculée sur {0} kg</translation>
    </message>
    <message>
        <source>{0} for {1}: {2} ({3} weight), {4}; {5}</source>
        <translation>{0} pour {1} : {2} (poids {3}), {4}; {5}</translation>
    </message>
    <message>
        <source>Premedication: {0}</source>
        <translation>Prémédication : {0}</translation>
    </message>
    <message>
        <source>Ordered by {0}</source>
        <translation>Prescrit par {0}</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes : {0}</translation>
    </message>
    <message>
        <source>Version {0}, {1}: {2}</source>
        <translation>Version {0}, {1} : {2}</translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <source>For example: typo in the name; date of birth from the ID card</source>
        <translation>Par exemple : faute de frappe dans le nom; date de naissance selon la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>&amp;Raison de la correction</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>DEMO - fictional patients</source>
        <translation>DÉMO - patients fictifs</translation>
    </message>
    <message>
        <source>DEMO - fictional patients, not for patient care · every demo nurse&apos;s password: {0}</source>
        <translation>DÉMO - patients fictifs, pas pour les soins aux patients · mot de passe de chaque infirmière de démonstration : {0}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>BP {0}/{1} mmHg</source>
        <translation>TA {0}/{1} mmHg</translation>
    </message>
    <message>
        <source>HR {0} /min</source>
        <translation>FC {0} /min</translation>
    </message>
    <message>
        <source>RR {0} /min</source>
        <translation>FR {0} /min</translation>
    </message>
    <message>
        <source>Temp {0} °C</source>
        <translation>Temp. {0} °C</translation>
    </message>
    <message>
        <source> (typed {0} °F)</source>
        <translation> (tapée {0} °F)</translation>
    </message>
    <message>
        <source>SpO2 {0}%</source>
        <translation>SpO2 {0} %</translation>
    </message>
    <message>
        <source>Pain {0}/10</source>
        <translation>Douleur {0}/10</translation>
    </message>
    <message>
        <source>Weight {0} kg</source>
        <translation>Poids {0} kg</translation>
    </message>
    <message>
        <source>slowed to {0}</source>
        <translation>ralentie à {0}</translation>
    </message>
    <message>
        <source>paused, resume at {0}</source>
        <translation>en pause, reprise à {0}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>continued at the same rate</source>
        <translation>poursuivie au même débit</translation>
    </message>
    <message>
        <source>pause, resume at {0}</source>
        <translation>pause, reprise à {0}</translation>
    </message>
    <message>
        <source>pause, ask the prescriber</source>
        <translation>pause, demander au prescripteur</translation>
    </message>
    <message>
        <source>stop and notify the prescriber</source>
        <translation>arrêter et aviser le prescripteur</translation>
    </message>
    <message>
        <source>Grade {0}: {1}</source>
        <translation>Grade {0} : {1}</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Tableau : {0}</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <source>no infusion running</source>
        <translation>aucune perfusion en cours</translation>
    </message>
    <message>
        <source>Infusion {0}</source>
        <translation>Perfusion {0}</translation>
    </message>
    <message>
        <source> (proposed: {0})</source>
        <translation> (proposé : {0})</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Raison : {0}</translation>
    </message>
    <message>
        <source>{0} {1} {2} {3} at {4}</source>
        <translation>{0} {1} {2} {3} à {4}</translation>
    </message>
    <message>
        <source>Prescriber {0} notified at {1}</source>
        <translation>Prescripteur {0} avisé à {1}</translation>
    </message>
    <message>
        <source>Emergency services called at {0}</source>
        <translation>Services d&apos;urgence appelés à {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Évolution : {0}</translation>
    </message>
    <message>
        <source> at {0}</source>
        <translation> à {0}</translation>
    </message>
    <message>
        <source>Reaction of {0}</source>
        <translation>Réaction de {0}</translation>
    </message>
    <message>
        <source>Reaction {0}</source>
        <translation>Réaction {0}</translation>
    </message>
    <message>
        <source>Infusion resumed at {0}</source>
        <translation>Perfusion reprise à {0}</translation>
    </message>
    <message>
        <source>weight {0} kg</source>
        <translation>poids {0} kg</translation>
    </message>
    <message>
        <source>steps {0} mL/h</source>
        <translation>paliers {0} mL/h</translation>
    </message>
    <message>
        <source>hard limit {0}</source>
        <translation>limite stricte {0}</translation>
    </message>
    <message>
        <source>at-risk cap</source>
        <translation>plafond pour patient à risque</translation>
    </message>
    <message>
        <source>checked by {0}</source>
        <translation>vérifié par {0}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>palier {0}</translation>
    </message>
    <message>
        <source>off the plan&apos;s steps</source>
        <translation>hors des paliers du plan</translation>
    </message>
    <message>
        <source>Pump set to {0}</source>
        <translation>Pompe réglée à {0}</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>above the tolerated maximum because</source>
        <translation>au-dessus du maximum toléré parce que</translation>
    </message>
    <message>
        <source>before the premedication wait ended because</source>
        <translation>avant la fin de l&apos;attente après la prémédication parce que</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>balayée</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>tapée</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lot {0}</translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation>expire le {0}</translation>
    </message>
    <message>
        <source>{0} {1} {2} {3}, given by {4}</source>
        <translation>{0} {1} {2} {3}, donné par {4}</translation>
    </message>
    <message>
        <source>Pump stopped until the prescriber decides: </source>
        <translation>Pompe arrêtée jusqu&apos;à la décision du prescripteur : </translation>
    </message>
    <message>
        <source>{0}{1} · {2} mL infused (from the confirmed rates)</source>
        <translation>{0}{1} · {2} mL perfusés (selon les débits confirmés)</translation>
    </message>
    <message>
        <source>Flushed with {0} mL</source>
        <translation>Rinçage avec {0} mL</translation>
    </message>
    <message>
        <source>Signed by {0}, {1} — “{2}”</source>
        <translation>Signé par {0}, {1} — « {2} »</translation>
    </message>
</context>
<context>
    <name>domain.access</name>
    <message>
        <source>the first profile of this database</source>
        <translation>le premier profil de cette base de données</translation>
    </message>
    <message>
        <source>Only an administrator can do this: ask one to sign in.</source>
        <translation>Seule une administratrice peut faire ceci : demandez-lui de se connecter.</translation>
    </message>
    <message>
        <source>This profile is already deactivated.</source>
        <translation>Ce profil est déjà désactivé.</translation>
    </message>
    <message>
        <source>This is the last administrator: make another profile an administrator first.</source>
        <translation>C&apos;est la dernière administratrice : nommez d&apos;abord un autre profil administrateur.</translation>
    </message>
    <message>
        <source>This profile is active.</source>
        <translation>Ce profil est actif.</translation>
    </message>
    <message>
        <source>Reactivate this profile first.</source>
        <translation>Réactivez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <source>This profile is already an administrator.</source>
        <translation>Ce profil est déjà administrateur.</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmière</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratrice</translation>
    </message>
</context>
<context>
    <name>domain.accounts</name>
    <message>
        <source>Choose a password (8 characters or more) or a PIN (6 digits or more).</source>
        <translation>Choisissez un mot de passe (8 caractères ou plus) ou un NIP (6 chiffres ou plus).</translation>
    </message>
    <message>
        <source>The two entries differ: type the same password or PIN twice.</source>
        <translation>Les deux saisies diffèrent : tapez deux fois le même mot de passe ou NIP.</translation>
    </message>
    <message>
        <source>A PIN needs at least {pin_min_digits} digits.</source>
        <translation>Un NIP doit avoir au moins {pin_min_digits} chiffres.</translation>
    </message>
    <message>
        <source>A password needs at least {password_min_chars} characters.</source>
        <translation>Un mot de passe doit avoir au moins {password_min_chars} caractères.</translation>
    </message>
    <message>
        <source>Not one character repeated: choose something others cannot guess.</source>
        <translation>Pas un seul caractère répété : choisissez quelque chose que d&apos;autres ne peuvent pas deviner.</translation>
    </message>
    <message>
        <source>At most {secret_max_chars} characters.</source>
        <translation>Au plus {secret_max_chars} caractères.</translation>
    </message>
</context>
<context>
    <name>domain.body</name>
    <message>
        <source>Devine ideal body weight (IBW) (ivig-domain.md, Dosing)</source>
        <translation>Poids idéal de Devine (PI) (ivig-domain.md, posologie)</translation>
    </message>
    <message>
        <source>adjusted weight = IBW + 0.4 x (actual - IBW), Australian NBA BloodSTAR (nba.gov.au/bloodstar-calculator-adjusting-ig-dose-ideal-body-weight)</source>
        <translation>poids ajusté = PI + 0.4 x (réel - PI), NBA BloodSTAR australien (nba.gov.au/bloodstar-calculator-adjusting-ig-dose-ideal-body-weight)</translation>
    </message>
    <message>
        <source>clinic rule &apos;auto&apos;: adjusted weight when BMI &gt;= {bmi_adjusted_threshold_kg_per_m2} kg/m2 and height is known, else actual (Ontario IG dose calculator, ivig.transfusionontario.org/dose)</source>
        <translation>règle de la clinique « auto » : poids ajusté si IMC &gt;= {bmi_adjusted_threshold_kg_per_m2} kg/m2 et la taille connue, sinon réel (calculateur de dose d&apos;IG de l&apos;Ontario, ivig.transfusionontario.org/dose)</translation>
    </message>
    <message>
        <source>dosing weight = actual weight</source>
        <translation>poids de calcul de la dose = poids réel</translation>
    </message>
    <message>
        <source>measured actual weight</source>
        <translation>poids réel mesuré</translation>
    </message>
    <message>
        <source>{chosen} kg ({value})</source>
        <translation>{chosen} kg ({value})</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>BMI = {weight_kg} kg / ({cm_to_m} m)^2 = {bmi} kg/m2</source>
        <translation>IMC = {weight_kg} kg / ({cm_to_m} m)^2 = {bmi} kg/m2</translation>
    </message>
    <message>
        <source>IBW (Devine, {value}) = {base} kg + 2.3 kg x (height in inches - 60); height in inches = cm / 2.54</source>
        <translation>PI (Devine, {value}) = {base} kg + 2.3 kg x (taille en pouces - 60); taille en pouces = cm / 2.54</translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation>poids réel</translation>
    </message>
    <message>
        <source>{height_cm} cm / 2.54 = {inches} in</source>
        <translation>{height_cm} cm / 2.54 = {inches} po</translation>
    </message>
    <message>
        <source>IBW = {base} + 2.3 x ({inches} - 60) = {ideal} kg</source>
        <translation>PI = {base} + 2.3 x ({inches} - 60) = {ideal} kg</translation>
    </message>
    <message>
        <source>height is below 60 in (152.4 cm): Devine&apos;s formula is extrapolated below its base</source>
        <translation>la taille est sous 60 po (152.4 cm) : la formule de Devine est extrapolée sous sa base</translation>
    </message>
    <message>
        <source>; adjusted = IBW + 0.4 x (actual - IBW)</source>
        <translation>; ajusté = PI + 0.4 x (réel - PI)</translation>
    </message>
    <message>
        <source>the {value} weight {chosen} kg is above the actual weight, so the actual weight {weight_kg} kg is used (never above the actual weight)</source>
        <translation>le poids {value} de {chosen} kg dépasse le poids réel, donc le poids réel de {weight_kg} kg est utilisé (jamais au-dessus du poids réel)</translation>
    </message>
    <message>
        <source>dosing weight = {weight_kg} kg</source>
        <translation>poids de calcul de la dose = {weight_kg} kg</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>idéal</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: height unknown, so the actual weight is used</source>
        <translation>auto : taille inconnue, donc le poids réel est utilisé</translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &lt; {threshold}, so actual</source>
        <translation>auto : IMC {bmi_shown} &lt; {threshold}, donc poids réel</translation>
    </message>
    <message>
        <source>Height (cm) is needed for the {value} dosing weight.</source>
        <translation>La taille (cm) est nécessaire pour le poids de calcul {value}.</translation>
    </message>
    <message>
        <source>Sex (F or M) is needed for the {value} dosing weight (Devine IBW).</source>
        <translation>Le sexe (F ou M) est nécessaire pour le poids de calcul {value} (PI de Devine).</translation>
    </message>
    <message>
        <source>The ideal body weight (Devine) is not defined for a height of {height_cm} cm; use the actual dosing weight.</source>
        <translation>Le poids idéal (Devine) n&apos;est pas défini pour une taille de {height_cm} cm; utilisez le poids réel pour la dose.</translation>
    </message>
    <message>
        <source>Dosing weight: {note}.</source>
        <translation>Poids de calcul de la dose : {note}.</translation>
    </message>
    <message>
        <source>adjusted = {ideal} + 0.4 x ({weight_kg} - {ideal}) = {adjusted} kg</source>
        <translation>ajusté = {ideal} + 0.4 x ({weight_kg} - {ideal}) = {adjusted} kg</translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &gt;= {threshold} but sex is unknown, so the ideal body weight cannot be computed and the actual weight is used</source>
        <translation>auto : IMC {bmi_shown} &gt;= {threshold} mais le sexe est inconnu, donc le poids idéal ne peut pas être calculé et le poids réel est utilisé</translation>
    </message>
    <message>
        <source>dosing weight</source>
        <translation>poids de calcul de la dose</translation>
    </message>
    <message>
        <source>Dosing weight: BMI is 30 or more but sex is not given, so the actual weight is used instead of the adjusted weight. Give the sex to use the adjusted weight.</source>
        <translation>Poids de calcul de la dose : l&apos;IMC est de 30 ou plus mais le sexe n&apos;est pas indiqué, donc le poids réel est utilisé au lieu du poids ajusté. Indiquez le sexe pour utiliser le poids ajusté.</translation>
    </message>
    <message>
        <source>auto: Devine&apos;s IBW is not defined for this height, so the actual weight is used</source>
        <translation>auto : le PI de Devine n&apos;est pas défini pour cette taille, donc le poids réel est utilisé</translation>
    </message>
    <message>
        <source>auto: BMI {bmi_shown} &gt;= {threshold}, so adjusted</source>
        <translation>auto : IMC {bmi_shown} &gt;= {threshold}, donc poids ajusté</translation>
    </message>
    <message>
        <source>Dosing weight: {reason}.</source>
        <translation>Poids de calcul de la dose : {reason}.</translation>
    </message>
</context>
<context>
    <name>domain.catalog.checker</name>
    <message>
        <source>{where}, field &apos;{field}&apos;: {message}</source>
        <translation>{where}, champ &apos;{field}&apos; : {message}</translation>
    </message>
    <message>
        <source>must be one of {valid} (got {value})</source>
        <translation>doit être l&apos;une des valeurs {valid} (reçu {value})</translation>
    </message>
    <message>
        <source>{count} problem{value}: </source>
        <translation>{count} problème{value} : </translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {items})</source>
        <translation>champ inconnu (attendu l&apos;un de : {items})</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a positive number (got {value})</source>
        <translation>doit être un nombre positif (reçu {value})</translation>
    </message>
    <message>
        <source>must be at most {maximum} (got {value})</source>
        <translation>doit être au plus {maximum} (reçu {value})</translation>
    </message>
    <message>
        <source>must be a whole number of minutes &gt; 0 (got {value})</source>
        <translation>doit être un nombre entier de minutes &gt; 0 (reçu {value})</translation>
    </message>
    <message>
        <source>must be a non-empty list of positive numbers</source>
        <translation>doit être une liste non vide de nombres positifs</translation>
    </message>
    <message>
        <source>must not repeat a value</source>
        <translation>ne doit pas répéter une valeur</translation>
    </message>
    <message>
        <source>must be a non-empty list of non-empty texts</source>
        <translation>doit être une liste non vide de textes non vides</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name} : ne peut pas être lu ({value})</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name} : TOML non valide ({error})</translation>
    </message>
    <message>
        <source>is required (a positive number)</source>
        <translation>est obligatoire (un nombre positif)</translation>
    </message>
    <message>
        <source>is required (a whole number of minutes &gt; 0)</source>
        <translation>est obligatoire (un nombre entier de minutes &gt; 0)</translation>
    </message>
</context>
<context>
    <name>domain.catalog.clinic</name>
    <message>
        <source>must be greater than 1 (2 doubles the rate)</source>
        <translation>doit être supérieur à 1 (2 double le débit)</translation>
    </message>
    <message>
        <source>must be a multiple of the resolution {resolution} mL/h</source>
        <translation>doit être un multiple de la résolution de {resolution} mL/h</translation>
    </message>
    <message>
        <source>minimum_practicable_mg_per_kg_min (a number, or &quot;label_start&quot;)</source>
        <translation>minimum_practicable_mg_per_kg_min (un nombre, ou &quot;label_start&quot;)</translation>
    </message>
    <message>
        <source>clinic policy ({value})</source>
        <translation>politique de la clinique ({value})</translation>
    </message>
    <message>
        <source>must be a whole number of minutes (e.g. 8 or 7.5)</source>
        <translation>doit être un nombre entier de minutes (p. ex. 8 ou 7.5)</translation>
    </message>
</context>
<context>
    <name>domain.catalog.doses</name>
    <message>
        <source>{where}, first_infusion</source>
        <translation>{where}, first_infusion</translation>
    </message>
    <message>
        <source>must be a non-empty list of indication codes</source>
        <translation>doit être une liste non vide de codes d&apos;indication</translation>
    </message>
    <message>
        <source>must be a list of [[{field}]] tables</source>
        <translation>doit être une liste de tables [[{field}]]</translation>
    </message>
    <message>
        <source>must be one of the product&apos;s concentration choices</source>
        <translation>doit être l&apos;un des choix de concentration du produit</translation>
    </message>
    <message>
        <source>must not be above max_course_g_per_kg</source>
        <translation>ne doit pas dépasser max_course_g_per_kg</translation>
    </message>
    <message>
        <source>{parsed} is listed twice</source>
        <translation>{parsed} est inscrit deux fois</translation>
    </message>
    <message>
        <source>{indication} already has a dose limit</source>
        <translation>{indication} a déjà une limite de dose</translation>
    </message>
</context>
<context>
    <name>domain.catalog.indications</name>
    <message>
        <source>primary humoral immunodeficiency</source>
        <translation>déficit immunitaire humoral primaire</translation>
    </message>
    <message>
        <source>chronic immune thrombocytopenia</source>
        <translation>thrombocytopénie immune chronique</translation>
    </message>
    <message>
        <source>chronic inflammatory demyelinating polyneuropathy</source>
        <translation>polyneuropathie démyélinisante inflammatoire chronique</translation>
    </message>
    <message>
        <source>multifocal motor neuropathy</source>
        <translation>neuropathie motrice multifocale</translation>
    </message>
    <message>
        <source>Kawasaki disease</source>
        <translation>maladie de Kawasaki</translation>
    </message>
    <message>
        <source>Guillain-Barre syndrome</source>
        <translation>syndrome de Guillain-Barré</translation>
    </message>
    <message>
        <source>B-cell chronic lymphocytic leukaemia with hypogammaglobulinaemia or recurrent bacterial infections</source>
        <translation>leucémie lymphoïde chronique à cellules B avec hypogammaglobulinémie ou infections bactériennes récurrentes</translation>
    </message>
    <message>
        <source>other indication</source>
        <translation>autre indication</translation>
    </message>
    <message>
        <source>Unknown indication &apos;{code}&apos;. Valid indications: {valid}.</source>
        <translation>Indication inconnue &apos;{code}&apos;. Indications valides : {valid}.</translation>
    </message>
</context>
<context>
    <name>domain.catalog.ladders</name>
    <message>
        <source>Unknown ladder &apos;{ladder_id}&apos;. Valid ladders: {items}.</source>
        <translation>Échelle inconnue &apos;{ladder_id}&apos;. Échelles valides : {items}.</translation>
    </message>
    <message>
        <source>{name}: ladder &apos;{label}&apos;</source>
        <translation>{name} : échelle &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>{name}: ladders[{index}]</source>
        <translation>{name} : ladders[{index}]</translation>
    </message>
    <message>
        <source>{name}: needs at least one [[ladders]] table</source>
        <translation>{name} : il faut au moins une table [[ladders]]</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation>doit être fait de lettres minuscules, de chiffres et de traits d&apos;union</translation>
    </message>
    <message>
        <source>duplicate ladder id &apos;{ladder_id}&apos;</source>
        <translation>identifiant d&apos;échelle en double &apos;{ladder_id}&apos;</translation>
    </message>
    <message>
        <source>must increase</source>
        <translation>doit augmenter</translation>
    </message>
    <message>
        <source>must be [lowest, highest] kg, lowest below highest</source>
        <translation>doit être [plus bas, plus haut] kg, le plus bas sous le plus haut</translation>
    </message>
</context>
<context>
    <name>domain.catalog.model</name>
    <message>
        <source>{name} label {items}, catalog verified {verified_on}</source>
        <translation>monographie {name} {items}, catalogue vérifié le {verified_on}</translation>
    </message>
    <message>
        <source>Unknown product &apos;{product_id}&apos;. Valid products: {items}.</source>
        <translation>Produit inconnu &apos;{product_id}&apos;. Produits valides : {items}.</translation>
    </message>
    <message>
        <source>{name} is reconstituted: choose its concentration, one of {choices} (%).</source>
        <translation>{name} est reconstitué : choisissez sa concentration, l&apos;une de {choices} (%).</translation>
    </message>
    <message>
        <source>{name} concentration must be one of {choices} (%).</source>
        <translation>La concentration de {name} doit être l&apos;une de {choices} (%).</translation>
    </message>
    <message>
        <source>{name} comes at {concentration_percent}% only.</source>
        <translation>{name} n&apos;existe qu&apos;à {concentration_percent} %.</translation>
    </message>
</context>
<context>
    <name>domain.catalog.products</name>
    <message>
        <source>notes[{note_index}]</source>
        <translation>notes[{note_index}]</translation>
    </message>
    <message>
        <source>protocols[{protocol_index}]</source>
        <translation>protocols[{protocol_index}]</translation>
    </message>
    <message>
        <source>{name}: product &apos;{label}&apos;</source>
        <translation>{name} : produit &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>{name}: products[{index}]</source>
        <translation>{name} : products[{index}]</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation>doit être fait de lettres minuscules, de chiffres et de traits d&apos;union</translation>
    </message>
    <message>
        <source>is required unless concentration_choices_percent is given</source>
        <translation>est obligatoire sauf si concentration_choices_percent est donné</translation>
    </message>
    <message>
        <source>give either concentration_percent or the choices</source>
        <translation>donnez soit concentration_percent, soit les choix</translation>
    </message>
    <message>
        <source>must be liquid or lyophilised (got {form})</source>
        <translation>doit être liquid ou lyophilised (reçu {form})</translation>
    </message>
    <message>
        <source>must be a date such as 2026-11-23 (got {verified_on})</source>
        <translation>doit être une date comme 2026-11-23 (reçu {verified_on})</translation>
    </message>
    <message>
        <source>must be a product id</source>
        <translation>doit être un identifiant de produit</translation>
    </message>
    <message>
        <source>must be a table of field = reason</source>
        <translation>doit être une table champ = raison</translation>
    </message>
    <message>
        <source>must be a list of [[products.notes]] tables</source>
        <translation>doit être une liste de tables [[products.notes]]</translation>
    </message>
    <message>
        <source>needs at least one [[products.protocols]] table</source>
        <translation>il faut au moins une table [[products.protocols]]</translation>
    </message>
    <message>
        <source>{general} has no protocol in this product</source>
        <translation>{general} n&apos;a pas de protocole dans ce produit</translation>
    </message>
    <message>
        <source>{name}: needs at least one [[products]] table</source>
        <translation>{name} : il faut au moins une table [[products]]</translation>
    </message>
    <message>
        <source>duplicate product id &apos;{id}&apos;</source>
        <translation>identifiant de produit en double &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>names no product in this file (&apos;{same_as}&apos;)</source>
        <translation>ne nomme aucun produit de ce fichier (&apos;{same_as}&apos;)</translation>
    </message>
    <message>
        <source>must be one of {items} (got {topic})</source>
        <translation>doit être l&apos;un de {items} (reçu {topic})</translation>
    </message>
    <message>
        <source>{indication} has a protocol but is not listed as labelled</source>
        <translation>{indication} a un protocole mais n&apos;est pas inscrite comme homologuée</translation>
    </message>
    <message>
        <source>unconfirmed.{key}</source>
        <translation>unconfirmed.{key}</translation>
    </message>
    <message>
        <source>names no product field</source>
        <translation>ne nomme aucun champ de produit</translation>
    </message>
    <message>
        <source>must give the reason as text</source>
        <translation>doit donner la raison sous forme de texte</translation>
    </message>
    <message>
        <source>{field}.indications</source>
        <translation>{field}.indications</translation>
    </message>
    <message>
        <source>{indication} already has a protocol</source>
        <translation>{indication} a déjà un protocole</translation>
    </message>
    <message>
        <source>{name}: product &apos;{id}&apos;</source>
        <translation>{name} : produit &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>domain.catalog.protocols</name>
    <message>
        <source>{where}, rule</source>
        <translation>{where}, règle</translation>
    </message>
    <message>
        <source>only applies with a rate</source>
        <translation>s&apos;applique seulement avec un débit</translation>
    </message>
    <message>
        <source>must be a non-empty list of indication codes</source>
        <translation>doit être une liste non vide de codes d&apos;indication</translation>
    </message>
    <message>
        <source>must not be below the start rate {start}</source>
        <translation>ne doit pas être sous le débit de départ {start}</translation>
    </message>
    <message>
        <source>must lie between the start rate and the maximum</source>
        <translation>doit être entre le débit de départ et le maximum</translation>
    </message>
    <message>
        <source>must be one of {items} (got {kind})</source>
        <translation>doit être l&apos;un de {items} (reçu {kind})</translation>
    </message>
    <message>
        <source>renal or thrombosis risk</source>
        <translation>risque rénal ou thrombotique</translation>
    </message>
    <message>
        <source>indications[{index}]</source>
        <translation>indications[{index}]</translation>
    </message>
    <message>
        <source>is implausibly high (above 20 mg/kg/min)</source>
        <translation>est invraisemblablement élevé (plus de 20 mg/kg/min)</translation>
    </message>
    <message>
        <source>must begin with the start rate {start}</source>
        <translation>doit commencer par le débit de départ {start}</translation>
    </message>
    <message>
        <source>must increase</source>
        <translation>doit augmenter</translation>
    </message>
    <message>
        <source>must not exceed the maximum {maximum}</source>
        <translation>ne doit pas dépasser le maximum {maximum}</translation>
    </message>
    <message>
        <source>must be [shortest, longest] whole minutes &gt; 0</source>
        <translation>doit être [plus court, plus long] en minutes entières &gt; 0</translation>
    </message>
    <message>
        <source>give either interval_min or interval_range_min</source>
        <translation>donnez soit interval_min, soit interval_range_min</translation>
    </message>
</context>
<context>
    <name>domain.checkin</name>
    <message>
        <source>Weight {today_kg} kg is {change}% {direction} than the regimen&apos;s {previous_kg} kg: the dose is recalculated from today&apos;s weight; notify the prescriber.</source>
        <translation>Le poids de {today_kg} kg est {change} % {direction} que les {previous_kg} kg du schéma thérapeutique : la dose est recalculée selon le poids d&apos;aujourd&apos;hui; avisez le prescripteur.</translation>
    </message>
    <message>
        <source>OFF-LABEL: {value} ordered off-label by {off_label_prescriber}</source>
        <translation>HORS INDICATION : {value} prescrit hors indication par {off_label_prescriber}</translation>
    </message>
    <message>
        <source>The plan cannot change once the infusion has started.</source>
        <translation>Le plan ne peut plus changer une fois la perfusion commencée.</translation>
    </message>
    <message>
        <source>no day of this {course_days}-day course in the last {course_gap_hours} hours: a new course</source>
        <translation>aucun jour de cette cure de {course_days} jours dans les {course_gap_hours} dernières heures : une nouvelle cure</translation>
    </message>
    <message>
        <source>Day {course_day} of {course_days}</source>
        <translation>Jour {course_day} sur {course_days}</translation>
    </message>
    <message>
        <source>A session&apos;s plan needs a dose (g/kg) to know the vials and the volume.</source>
        <translation>Le plan d&apos;une séance a besoin d&apos;une dose (g/kg) pour connaître les fioles et le volume.</translation>
    </message>
    <message>
        <source>{value} has no exact decimal form</source>
        <translation>{value} n&apos;a pas de forme décimale exacte</translation>
    </message>
    <message>
        <source>Checked by a second nurse</source>
        <translation>Vérifié par une deuxième infirmière</translation>
    </message>
    <message>
        <source>Re-confirmed by the same nurse</source>
        <translation>Reconfirmé par la même infirmière</translation>
    </message>
    <message>
        <source>Name the second nurse who checked the calculation.</source>
        <translation>Nommez la deuxième infirmière qui a vérifié le calcul.</translation>
    </message>
    <message>
        <source>{value} {unit} does not match the plan: recheck the calculation.</source>
        <translation>{value} {unit} ne correspond pas au plan : revérifiez le calcul.</translation>
    </message>
    <message>
        <source> Tick to confirm you have seen this.</source>
        <translation> Cochez pour confirmer que vous l&apos;avez vu.</translation>
    </message>
    <message>
        <source>a single infusion</source>
        <translation>une seule perfusion</translation>
    </message>
    <message>
        <source>day {last_course_day} of {course_days} was given at {given}</source>
        <translation>le jour {last_course_day} sur {course_days} a été donné le {given}</translation>
    </message>
    <message>
        <source>patient&apos;s regimen (personal plan from the infusion history)</source>
        <translation>schéma thérapeutique du patient (plan personnel d&apos;après l&apos;historique des perfusions)</translation>
    </message>
    <message>
        <source>The second check must be by another nurse.</source>
        <translation>La deuxième vérification doit être faite par une autre infirmière.</translation>
    </message>
    <message>
        <source>Type the value again from your own calculation ({unit}).</source>
        <translation>Tapez de nouveau la valeur selon votre propre calcul ({unit}).</translation>
    </message>
</context>
<context>
    <name>domain.checklist</name>
    <message>
        <source>checklist item {index}</source>
        <translation>élément {index} de la liste de vérification</translation>
    </message>
    <message>
        <source>No checklist item {item_id}.</source>
        <translation>Aucun élément de liste de vérification {item_id}.</translation>
    </message>
    <message>
        <source>checklist: needs at least one [[item]]</source>
        <translation>liste de vérification : il faut au moins un [[item]]</translation>
    </message>
    <message>
        <source>checklist: duplicate item id(s) {items}</source>
        <translation>liste de vérification : identifiant(s) d&apos;élément en double {items}</translation>
    </message>
    <message>
        <source>{where}: must be a table</source>
        <translation>{where} : doit être une table</translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {items}</source>
        <translation>{where} : champ(s) inconnu(s) {items}</translation>
    </message>
    <message>
        <source>{where}: `id` must be a non-empty string</source>
        <translation>{where} : `id` doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>{where} ({item_id}): `text` must be a non-empty string</source>
        <translation>{where} ({item_id}) : `text` doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>{where} ({item_id}): `required` and `sets_at_risk` must be true or false</source>
        <translation>{where} ({item_id}) : `required` et `sets_at_risk` doivent être true ou false</translation>
    </message>
    <message>
        <source>{where} ({item_id}): only a screen can set the at-risk cap</source>
        <translation>{where} ({item_id}) : seul un dépistage peut fixer le plafond pour patient à risque</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is answered {allowed}.</source>
        <translation>« {text} » se répond {allowed}.</translation>
    </message>
    <message>
        <source>Say why this item does not apply.</source>
        <translation>Dites pourquoi cet élément est sans objet.</translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation>La raison doit avoir au plus {reason_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Aucun risque trouvé</translation>
    </message>
    <message>
        <source>Risk present</source>
        <translation>Risque présent</translation>
    </message>
    <message>
        <source>checklist: not valid TOML ({error})</source>
        <translation>liste de vérification : TOML non valide ({error})</translation>
    </message>
    <message>
        <source>{where} ({item_id}): `kind` must be &apos;check&apos; or &apos;screen&apos;</source>
        <translation>{where} ({item_id}) : `kind` doit être &apos;check&apos; ou &apos;screen&apos;</translation>
    </message>
</context>
<context>
    <name>domain.clinic</name>
    <message>
        <source>{where}, field &apos;{key}&apos;: unknown field</source>
        <translation>{where}, champ &apos;{key}&apos; : champ inconnu</translation>
    </message>
    <message>
        <source>{name}: [clinic]</source>
        <translation>{name} : [clinic]</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>{where}, field &apos;{key}&apos;: must be text</source>
        <translation>{where}, champ &apos;{key}&apos; : doit être du texte</translation>
    </message>
    <message>
        <source>{where}, field &apos;{key}&apos;: &apos;{values}&apos; is not a URI; use the system your EHR gives, for example &apos;urn:oid:2.16.840.1.113883.3.1234.1&apos; or &apos;https://clinic.example.org/mrn&apos;</source>
        <translation>{where}, champ &apos;{key}&apos; : &apos;{values}&apos; n&apos;est pas un URI; utilisez le système que donne votre DME, par exemple &apos;urn:oid:2.16.840.1.113883.3.1234.1&apos; ou &apos;https://clinic.example.org/mrn&apos;</translation>
    </message>
    <message>
        <source>{where}, field &apos;time_zone&apos;: {error}</source>
        <translation>{where}, champ &apos;time_zone&apos; : {error}</translation>
    </message>
</context>
<context>
    <name>domain.closing</name>
    <message>
        <source>I attest that this record of the IVIG session is complete and accurate.</source>
        <translation>J&apos;atteste que ce dossier de la séance d&apos;IgIV est complet et exact.</translation>
    </message>
    <message>
        <source>Flush volume</source>
        <translation>Volume de rinçage</translation>
    </message>
    <message>
        <source>Flush the line after the infusion has ended.</source>
        <translation>Rincez la tubulure après la fin de la perfusion.</translation>
    </message>
    <message>
        <source>Flush volume (mL)</source>
        <translation>Volume de rinçage (mL)</translation>
    </message>
    <message>
        <source>End the infusion before the discharge.</source>
        <translation>Terminez la perfusion avant le congé.</translation>
    </message>
    <message>
        <source>Notes must be at most {notes_max_chars} characters.</source>
        <translation>Les notes doivent avoir au plus {notes_max_chars} caractères.</translation>
    </message>
    <message>
        <source>The infusion was started: choose how the patient left.</source>
        <translation>La perfusion a été commencée : choisissez comment le patient est parti.</translation>
    </message>
    <message>
        <source>No infusion was given: choose &apos;Not infused&apos; and say why in the notes.</source>
        <translation>Aucune perfusion n&apos;a été donnée : choisissez « Non perfusé » et dites pourquoi dans les notes.</translation>
    </message>
    <message>
        <source>Say why (and where the patient went).</source>
        <translation>Dites pourquoi (et où le patient est allé).</translation>
    </message>
    <message>
        <source>the session is already signed</source>
        <translation>la séance est déjà signée</translation>
    </message>
    <message>
        <source>end the infusion</source>
        <translation>terminer la perfusion</translation>
    </message>
    <message>
        <source>record the discharge</source>
        <translation>enregistrer le congé</translation>
    </message>
    <message>
        <source>Tick the statement to sign: it is what your signature means.</source>
        <translation>Cochez l&apos;attestation pour signer : c&apos;est ce que signifie votre signature.</translation>
    </message>
    <message>
        <source>Discharged home, well</source>
        <translation>Congé à domicile, bien</translation>
    </message>
    <message>
        <source>Discharged home with instructions (symptoms to watch for)</source>
        <translation>Congé à domicile avec consignes (symptômes à surveiller)</translation>
    </message>
    <message>
        <source>Transferred (emergency department or admission)</source>
        <translation>Transféré (urgence ou admission)</translation>
    </message>
    <message>
        <source>Not infused (session ended without an infusion)</source>
        <translation>Non perfusé (séance terminée sans perfusion)</translation>
    </message>
    <message>
        <source>observation runs until {at}</source>
        <translation>l&apos;observation dure jusqu&apos;à {at}</translation>
    </message>
    <message>
        <source>record post-infusion vitals</source>
        <translation>enregistrer les signes vitaux après la perfusion</translation>
    </message>
    <message>
        <source>Before signing: </source>
        <translation>Avant de signer : </translation>
    </message>
</context>
<context>
    <name>domain.corrections</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NDM</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Licence or staff number</source>
        <translation>Numéro de permis ou d&apos;employée</translation>
    </message>
    <message>
        <source>Say why the details are corrected (for example: typo in the name).</source>
        <translation>Dites pourquoi les renseignements sont corrigés (par exemple : faute de frappe dans le nom).</translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation>La raison doit avoir au plus {reason_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct at least one detail.</source>
        <translation>Rien n&apos;a été changé : corrigez au moins un renseignement.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the name, the credentials or the number.</source>
        <translation>Rien n&apos;a été changé : corrigez le nom, les titres ou le numéro.</translation>
    </message>
</context>
<context>
    <name>domain.due</name>
    <message>
        <source>{rate} mL/h</source>
        <translation>{rate} mL/h</translation>
    </message>
    <message>
        <source>Observation ({minutes} min) ends: discharge</source>
        <translation>Fin de l&apos;observation ({minutes} min) : congé</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>step up to {rate}</source>
        <translation>augmenter à {rate}</translation>
    </message>
    <message>
        <source>at the end of the {minutes}-min observation</source>
        <translation>à la fin de l&apos;observation de {minutes} min</translation>
    </message>
    <message>
        <source>Vitals {reasons}, then {then}</source>
        <translation>Signes vitaux {reasons}, puis {then}</translation>
    </message>
    <message>
        <source>Vitals {reasons}</source>
        <translation>Signes vitaux {reasons}</translation>
    </message>
    <message>
        <source>Premedication wait</source>
        <translation>Attente après la prémédication</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Rate step</source>
        <translation>Palier de débit</translation>
    </message>
    <message>
        <source>Volume infused</source>
        <translation>Volume perfusé</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue, escalated</source>
        <translation>En retard, escaladé</translation>
    </message>
    <message>
        <source>{vitals_after_start_min} min after the start</source>
        <translation>{vitals_after_start_min} min après le début</translation>
    </message>
    <message>
        <source>every {vitals_at_max_every_min} min at the maximum rate</source>
        <translation>toutes les {vitals_at_max_every_min} min au débit maximum</translation>
    </message>
    <message>
        <source>Volume infused: confirm the end of the infusion</source>
        <translation>Volume perfusé : confirmez la fin de la perfusion</translation>
    </message>
    <message>
        <source>at completion</source>
        <translation>à la fin de la perfusion</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>congé</translation>
    </message>
    <message>
        <source>{text} (vitals first)</source>
        <translation>{text} (signes vitaux d&apos;abord)</translation>
    </message>
    <message>
        <source>Step up to {rate}</source>
        <translation>Augmenter à {rate}</translation>
    </message>
    <message>
        <source>Step up to {rate} (vitals first)</source>
        <translation>Augmenter à {rate} (signes vitaux d&apos;abord)</translation>
    </message>
    <message>
        <source>before step {number}</source>
        <translation>avant le palier {number}</translation>
    </message>
    <message>
        <source>Premedication wait ends</source>
        <translation>Fin de l&apos;attente après la prémédication</translation>
    </message>
</context>
<context>
    <name>domain.entry_time</name>
    <message>
        <source>{what} is in the future (more than {minutes} minutes from now); enter when it happened.</source>
        <translation>{what} est dans le futur (plus de {minutes} minutes à partir de maintenant); inscrivez quand cela s&apos;est produit.</translation>
    </message>
    <message>
        <source>{what} is before this session was opened; check the time.</source>
        <translation>{what} est avant l&apos;ouverture de cette séance; vérifiez l&apos;heure.</translation>
    </message>
    <message>
        <source>{what} has no time zone; enter it again.</source>
        <translation>{what} n&apos;a pas de fuseau horaire; inscrivez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>domain.events</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Plan confirmed</source>
        <translation>Plan confirmé</translation>
    </message>
    <message>
        <source>Infusion started</source>
        <translation>Perfusion commencée</translation>
    </message>
    <message>
        <source>Rate changed</source>
        <translation>Débit modifié</translation>
    </message>
    <message>
        <source>Step held</source>
        <translation>Palier maintenu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Infusion ended</source>
        <translation>Perfusion terminée</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Vial</source>
        <translation>Fiole</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Prémédication</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Rinçage</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Reaction outcome</source>
        <translation>Évolution de la réaction</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Relève</translation>
    </message>
    <message>
        <source>Parallel entries reviewed</source>
        <translation>Saisies parallèles revues</translation>
    </message>
    <message>
        <source>event type {value} is unknown to this version of IVIG Desktop; update the app</source>
        <translation>le type d&apos;événement {value} est inconnu de cette version d&apos;IVIG Desktop; mettez l&apos;application à jour</translation>
    </message>
</context>
<context>
    <name>domain.infusion_commands</name>
    <message>
        <source>Rate (mL/h)</source>
        <translation>Débit (mL/h)</translation>
    </message>
    <message>
        <source>Give a reason {what}.</source>
        <translation>Donnez une raison {what}.</translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation>La raison doit avoir au plus {reason_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Rate (mL/h) must be above 0; to stop the pump, pause instead.</source>
        <translation>Le débit (mL/h) doit être supérieur à 0; pour arrêter la pompe, faites plutôt une pause.</translation>
    </message>
    <message>
        <source>Confirm the infusion plan at check-in before starting.</source>
        <translation>Confirmez le plan de perfusion à l&apos;accueil avant de commencer.</translation>
    </message>
    <message>
        <source>The infusion has already started.</source>
        <translation>La perfusion est déjà commencée.</translation>
    </message>
    <message>
        <source>to start before the premedication wait ends</source>
        <translation>pour commencer avant la fin de l&apos;attente après la prémédication</translation>
    </message>
    <message>
        <source>The infusion is not running.</source>
        <translation>La perfusion n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>The infusion is paused: resume it at a rate instead.</source>
        <translation>La perfusion est en pause : reprenez-la plutôt à un débit.</translation>
    </message>
    <message>
        <source>The pump is already at {current}.</source>
        <translation>La pompe est déjà à {current}.</translation>
    </message>
    <message>
        <source>Only a running infusion can be held at its rate.</source>
        <translation>Seule une perfusion en cours peut être maintenue à son débit.</translation>
    </message>
    <message>
        <source>The infusion is at its maximum rate; there is no step to hold.</source>
        <translation>La perfusion est à son débit maximum; il n&apos;y a pas de palier à maintenir.</translation>
    </message>
    <message>
        <source>The infusion is already paused.</source>
        <translation>La perfusion est déjà en pause.</translation>
    </message>
    <message>
        <source>for pausing</source>
        <translation>pour la pause</translation>
    </message>
    <message>
        <source>The infusion is not paused.</source>
        <translation>La perfusion n&apos;est pas en pause.</translation>
    </message>
    <message>
        <source>for stopping early</source>
        <translation>pour l&apos;arrêt avant la fin</translation>
    </message>
    <message>
        <source>A step up must be above the current rate.</source>
        <translation>Une augmentation doit être au-dessus du débit actuel.</translation>
    </message>
    <message>
        <source>Record vitals first: the clinic rule is vitals before every rate increase.</source>
        <translation>Prenez d&apos;abord les signes vitaux : la règle de la clinique exige les signes vitaux avant toute augmentation du débit.</translation>
    </message>
    <message>
        <source>The planned volume was infused at {at} and the pump has stopped: confirm the end of the infusion instead of stepping up.</source>
        <translation>Le volume prévu a été perfusé à {at} et la pompe s&apos;est arrêtée : confirmez la fin de la perfusion au lieu d&apos;augmenter le débit.</translation>
    </message>
    <message>
        <source>for slowing the infusion</source>
        <translation>pour ralentir la perfusion</translation>
    </message>
    <message>
        <source>Use the {value} command for this change.</source>
        <translation>Utilisez la commande {value} pour ce changement.</translation>
    </message>
    <message>
        <source>Before starting: </source>
        <translation>Avant de commencer : </translation>
    </message>
    <message>
        <source>A step down must be below the current rate.</source>
        <translation>Une diminution doit être sous le débit actuel.</translation>
    </message>
    <message>
        <source>for holding the rate</source>
        <translation>pour maintenir le débit</translation>
    </message>
</context>
<context>
    <name>domain.infusion_run</name>
    <message>
        <source>Infusion started</source>
        <translation>Perfusion commencée</translation>
    </message>
    <message>
        <source>Stepped up</source>
        <translation>Débit augmenté</translation>
    </message>
    <message>
        <source>Stepped down</source>
        <translation>Débit diminué</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Slowed for a reaction</source>
        <translation>Ralentie pour une réaction</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>domain.numbers</name>
    <message>
        <source>{label} must be a number, for example 72.5.</source>
        <translation>{label} doit être un nombre, par exemple 72.5.</translation>
    </message>
    <message>
        <source>{label} must be a number of at most {max_digits} digits, for example 72.5.</source>
        <translation>{label} doit être un nombre d&apos;au plus {max_digits} chiffres, par exemple 72.5.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} {unit}.</source>
        <translation>{label} doit être entre {low} et {high} {unit}.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Credentials (for example RN)</source>
        <translation>Titres (par exemple IA)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <source>Licence or staff number must be at most {staff_id_max_chars} characters.</source>
        <translation>Le numéro de permis ou d&apos;employée doit avoir au plus {staff_id_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Date of birth must be on or after {earliest}.</source>
        <translation>La date de naissance doit être le {earliest} ou après.</translation>
    </message>
    <message>
        <source>MRN must be at most {mrn_max_chars} characters.</source>
        <translation>Le NDM doit avoir au plus {mrn_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Allergies are required: list them, or record NKDA if none are known.</source>
        <translation>Les allergies sont obligatoires : énumérez-les, ou inscrivez AAMC si aucune n&apos;est connue.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Unknown / not stated</source>
        <translation>Inconnu / non précisé</translation>
    </message>
    <message>
        <source>{label} must be at most {max_chars} characters.</source>
        <translation>{label} doit avoir au plus {max_chars} caractères.</translation>
    </message>
    <message>
        <source>Licence or staff number: letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;/&apos; only (as on the licence), for example RN-123456.</source>
        <translation>Numéro de permis ou d&apos;employée : lettres, chiffres, &apos;-&apos;, &apos;.&apos; et &apos;/&apos; seulement (comme sur le permis), par exemple RN-123456.</translation>
    </message>
    <message>
        <source>Date of birth is required (YYYY-MM-DD).</source>
        <translation>La date de naissance est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Sex must be F, M or U (unknown).</source>
        <translation>Le sexe doit être F, M ou U (inconnu).</translation>
    </message>
    <message>
        <source>Allergies must be at most {allergies_max_chars} characters.</source>
        <translation>Les allergies doivent avoir au plus {allergies_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Date of birth &apos;{text}&apos; is not a real date; type it as YYYY-MM-DD, e.g. 1956-03-12.</source>
        <translation>La date de naissance &apos;{text}&apos; n&apos;est pas une vraie date; tapez-la en AAAA-MM-JJ, p. ex. 1956-03-12.</translation>
    </message>
</context>
<context>
    <name>domain.plan.context</name>
    <message>
        <source>{display_name} vial sizes {value}</source>
        <translation>formats de fiole de {display_name} {value}</translation>
    </message>
    <message>
        <source>{citation}; row: {label_text}</source>
        <translation>{citation}; ligne : {label_text}</translation>
    </message>
    <message>
        <source>{text} = {to_mg_per_kg_min} mg/kg/min</source>
        <translation>{text} = {to_mg_per_kg_min} mg/kg/min</translation>
    </message>
    <message>
        <source>{rate_mg_per_kg_min} mg/kg/min x 60 / {mg_per_ml} mg/mL = {ml_per_kg_h} mL/kg/h; {ml_per_kg_h} mL/kg/h x {per_kg_weight} kg ({basis}) = {ml_per_h} mL/h</source>
        <translation>{rate_mg_per_kg_min} mg/kg/min x 60 / {mg_per_ml} mg/mL = {ml_per_kg_h} mL/kg/h; {ml_per_kg_h} mL/kg/h x {per_kg_weight} kg ({basis}) = {ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>per-kg weight ({basis})</source>
        <translation>poids par kg ({basis})</translation>
    </message>
    <message>
        <source>{value} limit: {name}</source>
        <translation>limite {value} : {name}</translation>
    </message>
    <message>
        <source>{relation}{rate_mg_per_kg_min} mg/kg/min = {relation}{ml_per_h} mL/h</source>
        <translation>{relation}{rate_mg_per_kg_min} mg/kg/min = {relation}{ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>mL/h = mg/kg/min x 60 / concentration (mg/mL) x per-kg weight (kg)</source>
        <translation>mL/h = mg/kg/min x 60 / concentration (mg/mL) x poids par kg (kg)</translation>
    </message>
</context>
<context>
    <name>domain.plan.doses</name>
    <message>
        <source>{course_days} day{value}</source>
        <translation>{course_days} jour{value}</translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg a day x {days} = {course} g/kg</source>
        <translation>{dose_g_per_kg} g/kg par jour x {days} = {course} g/kg</translation>
    </message>
    <message>
        <source>the product&apos;s label</source>
        <translation>la monographie du produit</translation>
    </message>
    <message>
        <source>the catalog&apos;s default for the indication</source>
        <translation>la valeur par défaut du catalogue pour l&apos;indication</translation>
    </message>
    <message>
        <source>Refused: {dose_g_per_kg} g/kg in one day is above {max_day_g_per_kg} g/kg a day for {value}: {label}. Divide the course over more days.</source>
        <translation>Refusé : {dose_g_per_kg} g/kg en un jour dépasse {max_day_g_per_kg} g/kg par jour pour {value} : {label}. Répartissez la cure sur plus de jours.</translation>
    </message>
    <message>
        <source>Refused: a course of {course_text} is above {max_course_g_per_kg} g/kg {period} for {value}: {label}.</source>
        <translation>Refusé : une cure de {course_text} dépasse {max_course_g_per_kg} g/kg {period} pour {value} : {label}.</translation>
    </message>
    <message>
        <source>A course of {course_text} is below the label&apos;s usual {min_course_g_per_kg} g/kg {period} for {value} {label}: confirm the order with the prescriber.</source>
        <translation>Une cure de {course_text} est sous la dose habituelle de la monographie de {min_course_g_per_kg} g/kg {period} pour {value} {label} : confirmez l&apos;ordonnance avec le prescripteur.</translation>
    </message>
    <message>
        <source>UNCONFIRMED dose limit for {value}: {label}.</source>
        <translation>Limite de dose NON CONFIRMÉE pour {value} : {label}.</translation>
    </message>
    <message>
        <source>dose per day</source>
        <translation>dose par jour</translation>
    </message>
    <message>
        <source>dose limit</source>
        <translation>limite de dose</translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg a day (at most {max_day_g_per_kg}), course {course} g/kg (at most {max_course_g_per_kg} g/kg {period})</source>
        <translation>{dose_g_per_kg} g/kg par jour (au plus {max_day_g_per_kg}), cure de {course} g/kg (au plus {max_course_g_per_kg} g/kg {period})</translation>
    </message>
    <message>
        <source>course (g/kg) = dose per day x days; each at most the label&apos;s figure for the indication</source>
        <translation>cure (g/kg) = dose par jour x jours; chacune au plus la valeur de la monographie pour l&apos;indication</translation>
    </message>
    <message>
        <source>{course} g/kg course: no label dose for {value}</source>
        <translation>cure de {course} g/kg : aucune dose de monographie pour {value}</translation>
    </message>
    <message>
        <source>course (g/kg) = dose per day x days</source>
        <translation>cure (g/kg) = dose par jour x jours</translation>
    </message>
    <message>
        <source>{course_text}; plausibility range {dose_g_per_kg_min}-{dose_g_per_kg_max} g/kg per day</source>
        <translation>{course_text}; plage de vraisemblance {dose_g_per_kg_min}-{dose_g_per_kg_max} g/kg par jour</translation>
    </message>
    <message>
        <source>no label gives a dose for {value} ({indication_names}); the app&apos;s plausibility range applies</source>
        <translation>aucune monographie ne donne de dose pour {value} ({indication_names}); la plage de vraisemblance de l&apos;application s&apos;applique</translation>
    </message>
    <message>
        <source>above either figure is refused; below the usual course is flagged</source>
        <translation>au-dessus de l&apos;une ou l&apos;autre valeur, c&apos;est refusé; sous la cure habituelle, c&apos;est signalé</translation>
    </message>
</context>
<context>
    <name>domain.plan.dosing</name>
    <message>
        <source>smallest total of whole vials not below the order; on a tie, the fewest vials</source>
        <translation>le plus petit total de fioles entières non inférieur à l&apos;ordonnance; à égalité, le moins de fioles</translation>
    </message>
    <message>
        <source>order rounded to the nearest 5 g, then made with whole vials (fewest vials)</source>
        <translation>ordonnance arrondie aux 5 g les plus proches, puis faite de fioles entières (le moins de fioles)</translation>
    </message>
    <message>
        <source>each step runs for its duration at its programmed mL/h; the last runs until the volume is infused</source>
        <translation>chaque palier dure sa durée à son débit programmé en mL/h; le dernier dure jusqu&apos;à ce que le volume soit perfusé</translation>
    </message>
    <message>
        <source>{end} min rounded up to the whole minute</source>
        <translation>{end} min arrondies à la minute supérieure</translation>
    </message>
    <message>
        <source>{target} g cannot be made with whole vials, so the smallest total above it is used</source>
        <translation>{target} g ne peut pas être fait de fioles entières, donc le plus petit total au-dessus est utilisé</translation>
    </message>
    <message>
        <source>step {number}: remaining {remaining} mL at {rate_ml_per_h} mL/h = {remaining} x 60 / {rate_ml_per_h} = {minutes} min</source>
        <translation>palier {number} : reste {remaining} mL à {rate_ml_per_h} mL/h = {remaining} x 60 / {rate_ml_per_h} = {minutes} min</translation>
    </message>
    <message>
        <source>dose ordered</source>
        <translation>dose prescrite</translation>
    </message>
    <message>
        <source>dose (g) = dose (g/kg) x dosing weight (kg)</source>
        <translation>dose (g) = dose (g/kg) x poids de calcul de la dose (kg)</translation>
    </message>
    <message>
        <source>{dose_g_per_kg} g/kg x {weight_kg} kg ({value} weight) = {ordered} g</source>
        <translation>{dose_g_per_kg} g/kg x {weight_kg} kg (poids {value}) = {ordered} g</translation>
    </message>
    <message>
        <source>prescription (g/kg); dosing weight as worked out</source>
        <translation>ordonnance (g/kg); poids de calcul de la dose tel que calculé</translation>
    </message>
    <message>
        <source>{volume} mL</source>
        <translation>{volume} mL</translation>
    </message>
    <message>
        <source>volume (mL) = dose (g) x 1000 / concentration (mg/mL)</source>
        <translation>volume (mL) = dose (g) x 1000 / concentration (mg/mL)</translation>
    </message>
    <message>
        <source>{dose_g} g x 1000 / {mg_per_ml} mg/mL = {volume} mL</source>
        <translation>{dose_g} g x 1000 / {mg_per_ml} mg/mL = {volume} mL</translation>
    </message>
    <message>
        <source>{display_name} concentration {citation}</source>
        <translation>concentration de {display_name} {citation}</translation>
    </message>
    <message>
        <source>the volume is infused before the plan reaches step {number} ({rate_ml_per_h} mL/h); later steps are not needed</source>
        <translation>le volume est perfusé avant que le plan atteigne le palier {number} ({rate_ml_per_h} mL/h); les paliers suivants ne sont pas nécessaires</translation>
    </message>
    <message>
        <source>estimated duration</source>
        <translation>durée estimée</translation>
    </message>
    <message>
        <source>{estimated} min ({hours} h {minutes_part} min)</source>
        <translation>{estimated} min ({hours} h {minutes_part} min)</translation>
    </message>
    <message>
        <source>sum over steps of the time at each programmed rate until the volume is infused</source>
        <translation>somme sur les paliers du temps à chaque débit programmé jusqu&apos;à ce que le volume soit perfusé</translation>
    </message>
    <message>
        <source>the plan&apos;s steps and volume</source>
        <translation>les paliers et le volume du plan</translation>
    </message>
    <message>
        <source>the nearest 5 g would be 0 g, so the smallest total not below the order is used</source>
        <translation>les 5 g les plus proches donneraient 0 g, donc le plus petit total non inférieur à l&apos;ordonnance est utilisé</translation>
    </message>
    <message>
        <source>order {ordered_g} g rounded to the nearest 5 g = {nearest} g</source>
        <translation>ordonnance de {ordered_g} g arrondie aux 5 g les plus proches = {nearest} g</translation>
    </message>
    <message>
        <source>; total = {end} min</source>
        <translation>; total = {end} min</translation>
    </message>
    <message>
        <source>whole vials</source>
        <translation>fioles entières</translation>
    </message>
    <message>
        <source>vial rounding &apos;{value}&apos;: {rule_text}</source>
        <translation>arrondi des fioles &apos;{value}&apos; : {rule_text}</translation>
    </message>
    <message>
        <source>order {ordered_g} g; vial sizes {sizes_text} g -&gt; {combination} = {total_g} g ({value}{difference}% of the order)</source>
        <translation>ordonnance {ordered_g} g; formats de fiole {sizes_text} g -&gt; {combination} = {total_g} g ({value}{difference} % de l&apos;ordonnance)</translation>
    </message>
    <message>
        <source>clinic policy (vial rounding); vial sizes: {sizes_source}</source>
        <translation>politique de la clinique (arrondi des fioles); formats de fiole : {sizes_source}</translation>
    </message>
    <message>
        <source>step {number}: {rate_ml_per_h} mL/h x {duration_min} min / 60 = {in_step} mL</source>
        <translation>palier {number} : {rate_ml_per_h} mL/h x {duration_min} min / 60 = {in_step} mL</translation>
    </message>
    <message>
        <source>dosing weight ({value})</source>
        <translation>poids de calcul de la dose ({value})</translation>
    </message>
    <message>
        <source>dose (whole vials)</source>
        <translation>dose (fioles entières)</translation>
    </message>
    <message>
        <source>vial sizes</source>
        <translation>formats de fiole</translation>
    </message>
</context>
<context>
    <name>domain.plan.engine</name>
    <message>
        <source>dosing weight ({value}), by clinic policy</source>
        <translation>poids de calcul de la dose ({value}), selon la politique de la clinique</translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation>poids réel</translation>
    </message>
    <message>
        <source>The plan goes above 0.08 mL/kg/min, the maximum the {nl_source} recommend for a first infusion: the prescriber must confirm rates above it.</source>
        <translation>Le plan dépasse 0.08 mL/kg/min, le maximum que les {nl_source} recommandent pour une première perfusion : le prescripteur doit confirmer les débits au-dessus.</translation>
    </message>
    <message>
        <source>maximum pump rate</source>
        <translation>débit maximum de la pompe</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} mL/h</source>
        <translation>{rate_ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>the highest pump rate of the plan&apos;s steps</source>
        <translation>le débit de pompe le plus élevé des paliers du plan</translation>
    </message>
    <message>
        <source>step {number}: {rate_ml_per_h} mL/h</source>
        <translation>palier {number} : {rate_ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>The personal start step is not used: {start_rule}.</source>
        <translation>Le palier de départ personnel n&apos;est pas utilisé : {start_rule}.</translation>
    </message>
    <message>
        <source>the plan&apos;s ceiling: {name}, {rate} mg/kg/min</source>
        <translation>le plafond du plan : {name}, {rate} mg/kg/min</translation>
    </message>
</context>
<context>
    <name>domain.plan.inputs</name>
    <message>
        <source>A course is 1 to {course_days_max} consecutive days.</source>
        <translation>Une cure dure de 1 à {course_days_max} jours consécutifs.</translation>
    </message>
    <message>
        <source>The prescriber&apos;s name must be at most {prescriber_max_chars} characters.</source>
        <translation>Le nom du prescripteur doit avoir au plus {prescriber_max_chars} caractères.</translation>
    </message>
    <message>
        <source>The requested maximum must be a positive number of mg/kg/min.</source>
        <translation>Le maximum demandé doit être un nombre positif de mg/kg/min.</translation>
    </message>
    <message>
        <source>The personal start step ({start} mg/kg/min) is above the personal maximum ({top} mg/kg/min).</source>
        <translation>Le palier de départ personnel ({start} mg/kg/min) dépasse le maximum personnel ({top} mg/kg/min).</translation>
    </message>
    <message>
        <source>The course day must be between 1 and {course_days}.</source>
        <translation>Le jour de la cure doit être entre 1 et {course_days}.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Weeks since the last infusion</source>
        <translation>Semaines depuis la dernière perfusion</translation>
    </message>
    <message>
        <source>A personal rate must be a positive number of mg/kg/min.</source>
        <translation>Un débit personnel doit être un nombre positif de mg/kg/min.</translation>
    </message>
</context>
<context>
    <name>domain.plan.ladder_fit</name>
    <message>
        <source>it steps every {interval_min} min, faster than the {display_name} label&apos;s every {stated} min</source>
        <translation>elle augmente toutes les {interval_min} min, plus vite que toutes les {stated} min de la monographie de {display_name}</translation>
    </message>
    <message>
        <source>Ladder {id} is not used for this patient: {reason}. The per-kg label plan is used.</source>
        <translation>L&apos;échelle {id} n&apos;est pas utilisée pour ce patient : {reason}. Le plan par kg de la monographie est utilisé.</translation>
    </message>
    <message>
        <source>it is meant for {low} to {high} kg {weight_band_source} and this patient&apos;s per-kg weight is {weight} kg ({basis})</source>
        <translation>elle est prévue pour {low} à {high} kg {weight_band_source} et le poids par kg de ce patient est de {weight} kg ({basis})</translation>
    </message>
    <message>
        <source>its step {value} ({ml_per_h} mL/h = {rate} mg/kg/min at {weight} kg) is above step {value2} of the per-kg plan ({allowed} mg/kg/min = {ml_per_h2} mL/h)</source>
        <translation>son palier {value} ({ml_per_h} mL/h = {rate} mg/kg/min à {weight} kg) dépasse le palier {value2} du plan par kg ({allowed} mg/kg/min = {ml_per_h2} mL/h)</translation>
    </message>
    <message>
        <source>its step {value} rises x{factor} ({ml_per_h} -&gt; {ml_per_h2} mL/h), more than the per-kg plan&apos;s largest step, x{largest}</source>
        <translation>son palier {value} augmente de x{factor} ({ml_per_h} -&gt; {ml_per_h2} mL/h), plus que la plus forte augmentation du plan par kg, x{largest}</translation>
    </message>
</context>
<context>
    <name>domain.plan.limits</name>
    <message>
        <source>The plan stops at the pump&apos;s maximum: {name} goes up to {max_ml_per_h} mL/h ({rate_mg_per_kg_min} mg/kg/min at {per_kg_weight} kg), below the {name2} of {rate_ml_per_h} mL/h. Set up a pump that goes higher to reach it.</source>
        <translation>Le plan s&apos;arrête au maximum de la pompe : {name} va jusqu&apos;à {max_ml_per_h} mL/h ({rate_mg_per_kg_min} mg/kg/min à {per_kg_weight} kg), sous le {name2} de {rate_ml_per_h} mL/h. Installez une pompe qui va plus haut pour l&apos;atteindre.</translation>
    </message>
    <message>
        <source>label maximum</source>
        <translation>maximum de la monographie</translation>
    </message>
    <message>
        <source>{source} [pump]: {name}, maximum {max_ml_per_h} mL/h</source>
        <translation>{source} [pump] : {name}, maximum {max_ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>no confirmed label statement</source>
        <translation>aucun énoncé de monographie confirmé</translation>
    </message>
    <message>
        <source>at-risk cap</source>
        <translation>plafond pour patient à risque</translation>
    </message>
    <message>
        <source>personal maximum</source>
        <translation>maximum personnel</translation>
    </message>
    <message>
        <source>pump maximum {name}</source>
        <translation>maximum de la pompe {name}</translation>
    </message>
    <message>
        <source>personal plan {source}</source>
        <translation>plan personnel {source}</translation>
    </message>
    <message>
        <source>requested maximum</source>
        <translation>maximum demandé</translation>
    </message>
    <message>
        <source>maximum requested for this visit</source>
        <translation>maximum demandé pour cette visite</translation>
    </message>
    <message>
        <source>The catalog has no at-risk statement for {display_name}: the clinic&apos;s minimum practicable rate is used as the at-risk cap.</source>
        <translation>Le catalogue n&apos;a pas d&apos;énoncé pour patient à risque pour {display_name} : le débit minimum praticable de la clinique est utilisé comme plafond pour patient à risque.</translation>
    </message>
    <message>
        <source>not to exceed</source>
        <translation>ne pas dépasser</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>the label says &apos;minimum infusion rate practicable&apos; {value}</source>
        <translation>la monographie dit « débit de perfusion minimum praticable » {value}</translation>
    </message>
    <message>
        <source>candidate: {c} mg/kg/min {c2}</source>
        <translation>candidat : {c} mg/kg/min {c2}</translation>
    </message>
    <message>
        <source>Refused: the {what} {rate} mg/kg/min for {display_name} is above the hard limit, the {describe} {source}. Use a rate {bound} {rate_mg_per_kg_min} mg/kg/min.</source>
        <translation>Refusé : le {what} de {rate} mg/kg/min pour {display_name} dépasse la limite stricte, le {describe} {source}. Utilisez un débit {bound} {rate_mg_per_kg_min} mg/kg/min.</translation>
    </message>
    <message>
        <source>UNCONFIRMED at-risk statement for {display_name} {text}: the clinic&apos;s minimum practicable rate is used as the at-risk cap.</source>
        <translation>Énoncé pour patient à risque NON CONFIRMÉ pour {display_name} {text} : le débit minimum praticable de la clinique est utilisé comme plafond pour patient à risque.</translation>
    </message>
    <message>
        <source>The requested maximum {requested} mg/kg/min is above the soft limit: {describe} {source}. Give a reason to go above it.</source>
        <translation>Le maximum demandé de {requested} mg/kg/min dépasse la limite souple : {describe} {source}. Donnez une raison pour la dépasser.</translation>
    </message>
    <message>
        <source>the at-risk cap is the lower of the clinic&apos;s minimum practicable rate and the label&apos;s number</source>
        <translation>le plafond pour patient à risque est le plus bas entre le débit minimum praticable de la clinique et le nombre de la monographie</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>personal start step</source>
        <translation>palier de départ personnel</translation>
    </message>
    <message>
        <source>requested for this visit</source>
        <translation>demandé pour cette visite</translation>
    </message>
    <message>
        <source>An override reason was given, but no rate is above a soft limit: nothing to override.</source>
        <translation>Une raison de dépassement a été donnée, mais aucun débit ne dépasse une limite souple : rien à dépasser.</translation>
    </message>
    <message>
        <source>{max_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</source>
        <translation>{max_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</translation>
    </message>
    <message>
        <source>{value}: the label&apos;s own ceiling, {bound} {label_rate} mg/kg/min (&apos;{text}&apos;; {condition})</source>
        <translation>{value} : le plafond propre à la monographie, {bound} {label_rate} mg/kg/min (&apos;{text}&apos;; {condition})</translation>
    </message>
    <message>
        <source>{said}; the clinic&apos;s minimum practicable rate: {minimum_practicable_rule} = {minimum} mg/kg/min</source>
        <translation>{said}; le débit minimum praticable de la clinique : {minimum_practicable_rule} = {minimum} mg/kg/min</translation>
    </message>
    <message>
        <source> (override: {reason})</source>
        <translation> (dépassement : {reason})</translation>
    </message>
    <message>
        <source>The {what} ({value} mg/kg/min) is above today&apos;s {describe}: that limit applies to this visit.</source>
        <translation>Le {what} ({value} mg/kg/min) dépasse le {describe} d&apos;aujourd&apos;hui : cette limite s&apos;applique à cette visite.</translation>
    </message>
</context>
<context>
    <name>domain.plan.model</name>
    <message>
        <source>Newfoundland &amp; Labrador &quot;Standardized adult (40-130 kg) IVIG infusion rate tables&quot;</source>
        <translation>Terre-Neuve-et-Labrador « Standardized adult (40-130 kg) IVIG infusion rate tables »</translation>
    </message>
    <message>
        <source>patient&apos;s infusion history</source>
        <translation>historique des perfusions du patient</translation>
    </message>
    <message>
        <source>a rate above it is refused</source>
        <translation>un débit au-dessus est refusé</translation>
    </message>
    <message>
        <source>a rate above it needs a recorded reason</source>
        <translation>un débit au-dessus exige une raison enregistrée</translation>
    </message>
    <message>
        <source>OFF-LABEL: {value} is not on the label (labelled: {labelled}); ordered by {prescriber}</source>
        <translation>HORS INDICATION : {value} ne figure pas sur la monographie (homologuées : {labelled}); prescrit par {prescriber}</translation>
    </message>
    <message>
        <source>{name} {relation}{rate_mg_per_kg_min} mg/kg/min</source>
        <translation>{name} {relation}{rate_mg_per_kg_min} mg/kg/min</translation>
    </message>
</context>
<context>
    <name>domain.plan.practical</name>
    <message>
        <source>{whole} h {rest} min</source>
        <translation>{whole} h {rest} min</translation>
    </message>
    <message>
        <source>The estimated duration, {estimated_minutes}, is longer than the clinic&apos;s maximum chair time of {chair_minutes}</source>
        <translation>La durée estimée, {estimated_minutes}, dépasse le temps maximum au fauteuil de la clinique, {chair_minutes}</translation>
    </message>
    <message>
        <source>{grams_per_day} g a day ({combination}, {dose_g_per_kg_per_day} g/kg), about {minutes_per_day} each</source>
        <translation>{grams_per_day} g par jour ({combination}, {dose_g_per_kg_per_day} g/kg), environ {minutes_per_day} chacun</translation>
    </message>
    <message>
        <source>{too_long}, and even over {days} days each day takes longer ({share}): discuss the dose and the rate with the prescriber.</source>
        <translation>{too_long}, et même sur {days} jours chaque jour prend plus longtemps ({share}) : discutez de la dose et du débit avec le prescripteur.</translation>
    </message>
    <message>
        <source>1 day: {dose_g} g -&gt; {volume_ml} mL -&gt; {estimated_minutes}</source>
        <translation>1 jour : {dose_g} g -&gt; {volume_ml} mL -&gt; {estimated_minutes}</translation>
    </message>
    <message>
        <source>{too_long}: split the dose over {days} consecutive days, {share}. The prescriber must order it.</source>
        <translation>{too_long} : répartissez la dose sur {days} jours consécutifs, {share}. Le prescripteur doit le prescrire.</translation>
    </message>
    <message>
        <source>{days} days: {ordered} g a day -&gt; {total_g} g in whole vials -&gt; {volume} mL -&gt; {minutes} ({value})</source>
        <translation>{days} jours : {ordered} g par jour -&gt; {total_g} g en fioles entières -&gt; {volume} mL -&gt; {minutes} ({value})</translation>
    </message>
    <message>
        <source>split over days</source>
        <translation>répartition sur plusieurs jours</translation>
    </message>
    <message>
        <source>{days} days: {total_g} g a day ({combination}), about {minutes} a day</source>
        <translation>{days} jours : {total_g} g par jour ({combination}), environ {minutes} par jour</translation>
    </message>
    <message>
        <source>the fewest consecutive days whose daily share of the dose, in whole vials, is infused within the maximum chair time, following the same steps as today&apos;s plan</source>
        <translation>le moins de jours consécutifs dont la part quotidienne de la dose, en fioles entières, est perfusée dans le temps maximum au fauteuil, selon les mêmes paliers que le plan d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{source} [chair] max_hours = {fraction} h ({chair} min), max_split_days = {max_split_days}</source>
        <translation>{source} [chair] max_hours = {fraction} h ({chair} min), max_split_days = {max_split_days}</translation>
    </message>
    <message>
        <source>the prescriber orders the split: the regimen becomes a course of that many days</source>
        <translation>le prescripteur prescrit la répartition : le schéma thérapeutique devient une cure de ce nombre de jours</translation>
    </message>
    <message>
        <source>dose ordered today</source>
        <translation>dose prescrite aujourd&apos;hui</translation>
    </message>
    <message>
        <source>maximum chair time</source>
        <translation>temps maximum au fauteuil</translation>
    </message>
</context>
<context>
    <name>domain.plan.protocol</name>
    <message>
        <source>start at the label&apos;s lowest rate</source>
        <translation>commencer au débit le plus bas de la monographie</translation>
    </message>
    <message>
        <source>maintenance infusion</source>
        <translation>perfusion d&apos;entretien</translation>
    </message>
    <message>
        <source>{text}. The product&apos;s general ({value}) protocol is used.</source>
        <translation>{text}. Le protocole général ({value}) du produit est utilisé.</translation>
    </message>
    <message>
        <source>{display_name} has no label protocol for {value} ({indication_names}): the product&apos;s general ({value2}) protocol is used.</source>
        <translation>{display_name} n&apos;a pas de protocole de monographie pour {value} ({indication_names}) : le protocole général ({value2}) du produit est utilisé.</translation>
    </message>
    <message>
        <source>UNCONFIRMED protocol: {unconfirmed_reason}</source>
        <translation>Protocole NON CONFIRMÉ : {unconfirmed_reason}</translation>
    </message>
    <message>
        <source>first infusion of a previously untreated patient at {concentration}%: {text} {source}</source>
        <translation>première perfusion d&apos;un patient jamais traité à {concentration} % : {text} {source}</translation>
    </message>
    <message>
        <source>Refused: {concentration}% for the first infusion of a previously untreated patient. {text} {source}. Use the {max_concentration_percent}% solution.</source>
        <translation>Refusé : {concentration} % pour la première perfusion d&apos;un patient jamais traité. {text} {source}. Utilisez la solution à {max_concentration_percent} %.</translation>
    </message>
    <message>
        <source>first infusion: {lowest}</source>
        <translation>première perfusion : {lowest}</translation>
    </message>
    <message>
        <source>product switch (from {previous}): {lowest}</source>
        <translation>changement de produit (depuis {previous}) : {lowest}</translation>
    </message>
    <message>
        <source>{weeks} weeks since the last infusion (more than {long_gap_weeks}, {source}): {lowest}</source>
        <translation>{weeks} semaines depuis la dernière perfusion (plus de {long_gap_weeks}, {source}) : {lowest}</translation>
    </message>
    <message>
        <source>Maintenance infusion without the weeks since the last infusion: confirm it is {long_gap_weeks} weeks or less, else the plan must start at the label&apos;s lowest rate.</source>
        <translation>Perfusion d&apos;entretien sans le nombre de semaines depuis la dernière perfusion : confirmez qu&apos;il est de {long_gap_weeks} semaines ou moins, sinon le plan doit commencer au débit le plus bas de la monographie.</translation>
    </message>
    <message>
        <source>{display_name} is not labelled for {value} ({indication_names}); its labelled indications are {labelled_text}. Choose a labelled indication or another product, or mark the order off-label with the prescriber&apos;s name.</source>
        <translation>{display_name} n&apos;est pas homologué pour {value} ({indication_names}); ses indications homologuées sont {labelled_text}. Choisissez une indication homologuée ou un autre produit, ou marquez l&apos;ordonnance hors indication avec le nom du prescripteur.</translation>
    </message>
    <message>
        <source>The order is marked off-label (prescriber {prescriber}), but {value} is on the {display_name} label: the label protocol is used and the plan is not off-label.</source>
        <translation>L&apos;ordonnance est marquée hors indication (prescripteur {prescriber}), mais {value} figure sur la monographie de {display_name} : le protocole de la monographie est utilisé et le plan n&apos;est pas hors indication.</translation>
    </message>
    <message>
        <source>UNCONFIRMED {field}: {unconfirmed}</source>
        <translation>{field} NON CONFIRMÉ : {unconfirmed}</translation>
    </message>
</context>
<context>
    <name>domain.plan.result</name>
    <message>
        <source>Day {course_day} of {course_days}: {day} g/kg today of a {total} g/kg course</source>
        <translation>Jour {course_day} sur {course_days} : {day} g/kg aujourd&apos;hui d&apos;une cure de {total} g/kg</translation>
    </message>
</context>
<context>
    <name>domain.plan.rungs</name>
    <message>
        <source>{display_name} label start {stated}</source>
        <translation>départ selon la monographie de {display_name} {stated}</translation>
    </message>
    <message>
        <source>{source}: escalation x{factor_text} {interval_text}, because the label says &apos;as tolerated&apos; up to its maximum</source>
        <translation>{source} : augmentation x{factor_text} {interval_text}, parce que la monographie dit « selon la tolérance » jusqu&apos;à son maximum</translation>
    </message>
    <message>
        <source>every {interval_min} min, the label&apos;s interval</source>
        <translation>toutes les {interval_min} min, l&apos;intervalle de la monographie</translation>
    </message>
    <message>
        <source> (the label gives no start duration: {interval} min, the step interval)</source>
        <translation> (la monographie ne donne pas de durée de départ : {interval} min, l&apos;intervalle entre les paliers)</translation>
    </message>
    <message>
        <source> for {start_duration_min} min (label)</source>
        <translation> pendant {start_duration_min} min (monographie)</translation>
    </message>
    <message>
        <source>ladder {id} rung {rate_ml_per_h} mL/h ({interval_min} min each): {rate_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</source>
        <translation>échelle {id}, échelon {rate_ml_per_h} mL/h ({interval_min} min chacun) : {rate_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min</translation>
    </message>
    <message>
        <source>{start_rule}: start at the personal start step, {rate} mg/kg/min</source>
        <translation>{start_rule} : commencer au palier de départ personnel, {rate} mg/kg/min</translation>
    </message>
    <message>
        <source>{rate} x {factor_text} = {new} mg/kg/min (clinic escalation x{factor_text} {interval_text}; the label says as tolerated up to {label_max})</source>
        <translation>{rate} x {factor_text} = {new} mg/kg/min (augmentation de la clinique x{factor_text} {interval_text}; la monographie dit selon la tolérance jusqu&apos;à {label_max})</translation>
    </message>
    <message>
        <source>{display_name} label start {stated} for {duration} min (the plan must start at the label&apos;s lowest rate)</source>
        <translation>départ selon la monographie de {display_name} {stated} pendant {duration} min (le plan doit commencer au débit le plus bas de la monographie)</translation>
    </message>
    <message>
        <source>The first rung of ladder {id} ({rates_ml_per_h} mL/h = {rate} mg/kg/min) is above the label&apos;s lowest rate ({start} mg/kg/min = {ml_per_h} mL/h): the plan starts at the label&apos;s lowest rate for {duration} min, then follows the ladder&apos;s higher rungs.</source>
        <translation>Le premier échelon de l&apos;échelle {id} ({rates_ml_per_h} mL/h = {rate} mg/kg/min) dépasse le débit le plus bas de la monographie ({start} mg/kg/min = {ml_per_h} mL/h) : le plan commence au débit le plus bas de la monographie pendant {duration} min, puis suit les échelons plus élevés de l&apos;échelle.</translation>
    </message>
    <message>
        <source>label maintenance start {stated} ({maintenance_start_note})</source>
        <translation>départ d&apos;entretien selon la monographie {stated} ({maintenance_start_note})</translation>
    </message>
    <message>
        <source>{start_rule}: start at the label&apos;s maintenance start, {rate} mg/kg/min</source>
        <translation>{start_rule} : commencer au départ d&apos;entretien de la monographie, {rate} mg/kg/min</translation>
    </message>
    <message>
        <source>ladder {id}: {name} {source}</source>
        <translation>échelle {id} : {name} {source}</translation>
    </message>
    <message>
        <source>personal plan {source}</source>
        <translation>plan personnel {source}</translation>
    </message>
    <message>
        <source>personal start step {rate} mg/kg/min {source}</source>
        <translation>palier de départ personnel {rate} mg/kg/min {source}</translation>
    </message>
    <message>
        <source>every {escalation_interval_min} min, the clinic&apos;s interval, the label giving none</source>
        <translation>toutes les {escalation_interval_min} min, l&apos;intervalle de la clinique, la monographie n&apos;en donnant pas</translation>
    </message>
    <message>
        <source>every {chosen} min, the clinic&apos;s interval of {escalation_interval_min} min within the label&apos;s {low}-{high} min</source>
        <translation>toutes les {chosen} min, l&apos;intervalle de {escalation_interval_min} min de la clinique dans les {low}-{high} min de la monographie</translation>
    </message>
    <message>
        <source>; lowered to the label maximum {maximum} mg/kg/min</source>
        <translation>; abaissé au maximum de la monographie {maximum} mg/kg/min</translation>
    </message>
    <message>
        <source>the ladder&apos;s first rung</source>
        <translation>le premier échelon de l&apos;échelle</translation>
    </message>
    <message>
        <source>the label start</source>
        <translation>le départ selon la monographie</translation>
    </message>
    <message>
        <source>{start_rule}: no personal start step recorded, so {what}</source>
        <translation>{start_rule} : aucun palier de départ personnel enregistré, donc {what}</translation>
    </message>
    <message>
        <source>label step {stated} ({interval_text})</source>
        <translation>palier de la monographie {stated} ({interval_text})</translation>
    </message>
    <message>
        <source>{start} + {count} x {increment} = {new} mg/kg/min (label: +{stated} {interval_text})</source>
        <translation>{start} + {count} x {increment} = {new} mg/kg/min (monographie : +{stated} {interval_text})</translation>
    </message>
    <message>
        <source>{rate} x 2 = {value} mg/kg/min (label: doubling {interval_text})</source>
        <translation>{rate} x 2 = {value} mg/kg/min (monographie : doubler {interval_text})</translation>
    </message>
    <message>
        <source>label maximum</source>
        <translation>maximum de la monographie</translation>
    </message>
</context>
<context>
    <name>domain.plan.steps</name>
    <message>
        <source>from minute {start_min} for {duration} min</source>
        <translation>à partir de la minute {start_min} pendant {duration} min</translation>
    </message>
    <message>
        <source>from minute {start_min} until the infusion ends</source>
        <translation>à partir de la minute {start_min} jusqu&apos;à la fin de la perfusion</translation>
    </message>
    <message>
        <source>{derivation}; lowered to the {name}, {relation}{rate} mg/kg/min</source>
        <translation>{derivation}; abaissé au {name}, {relation}{rate} mg/kg/min</translation>
    </message>
    <message>
        <source>the {name} requires less than {rate} mg/kg/min ({ceiling_ml_per_h} mL/h): the highest pump rate below it is {rate_ml_per_h} mL/h, which delivers {target} mg/kg/min</source>
        <translation>le {name} exige moins de {rate} mg/kg/min ({ceiling_ml_per_h} mL/h) : le débit de pompe le plus élevé en dessous est {rate_ml_per_h} mL/h, qui donne {target} mg/kg/min</translation>
    </message>
    <message>
        <source>capped by the {capped_by}</source>
        <translation>plafonné par le {capped_by}</translation>
    </message>
    <message>
        <source>the next target, {target} mg/kg/min, gives the same pump rate ({rate_ml_per_h} mL/h), so it is merged into this step</source>
        <translation>la cible suivante, {target} mg/kg/min, donne le même débit de pompe ({rate_ml_per_h} mL/h), elle est donc fusionnée avec ce palier</translation>
    </message>
    <message>
        <source>step {number} pump rate</source>
        <translation>débit de pompe du palier {number}</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} mL/h</source>
        <translation>{rate_ml_per_h} mL/h</translation>
    </message>
    <message>
        <source>mL/kg/h = mg/kg/min x 60 / concentration (mg/mL); pump mL/h = mL/kg/h x per-kg weight (kg)</source>
        <translation>mL/kg/h = mg/kg/min x 60 / concentration (mg/mL); pompe mL/h = mL/kg/h x poids par kg (kg)</translation>
    </message>
    <message>
        <source>{derivation}; {conversion} -&gt; {rate_ml_per_h} mL/h</source>
        <translation>{derivation}; {conversion} -&gt; {rate_ml_per_h} mL/h</translation>
    </message>
</context>
<context>
    <name>domain.policy</name>
    <message>
        <source>clinic policy (resources/clinic.toml)</source>
        <translation>politique de la clinique (resources/clinic.toml)</translation>
    </message>
    <message>
        <source>the clinic&apos;s infusion pump (model not configured)</source>
        <translation>la pompe à perfusion de la clinique (modèle non configuré)</translation>
    </message>
    <message>
        <source>{source} [at_risk] minimum_practicable_mg_per_kg_min</source>
        <translation>{source} [at_risk] minimum_practicable_mg_per_kg_min</translation>
    </message>
    <message>
        <source>{rate} mg/kg/min {setting}</source>
        <translation>{rate} mg/kg/min {setting}</translation>
    </message>
    <message>
        <source>the protocol&apos;s label start rate, without escalation {setting}</source>
        <translation>le débit de départ de la monographie du protocole, sans augmentation {setting}</translation>
    </message>
</context>
<context>
    <name>domain.premed</name>
    <message>
        <source>Drug name is required.</source>
        <translation>Le nom du médicament est obligatoire.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Unit must be one of {items}.</source>
        <translation>L&apos;unité doit être l&apos;une de {items}.</translation>
    </message>
    <message>
        <source>The time given cannot be in the future.</source>
        <translation>L&apos;heure d&apos;administration ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The time given is more than 12 hours before this session.</source>
        <translation>L&apos;heure d&apos;administration est plus de 12 heures avant cette séance.</translation>
    </message>
    <message>
        <source>Say who gave it.</source>
        <translation>Dites qui l&apos;a donnée.</translation>
    </message>
    <message>
        <source>PO (by mouth)</source>
        <translation>PO (par la bouche)</translation>
    </message>
    <message>
        <source>Drug name must be at most {drug_max_chars} characters.</source>
        <translation>Le nom du médicament doit avoir au plus {drug_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Dose must be above 0.</source>
        <translation>La dose doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>Route must be one of {items}.</source>
        <translation>La voie doit être l&apos;une de {items}.</translation>
    </message>
</context>
<context>
    <name>domain.reactions.assessment</name>
    <message>
        <source>Grade {picked} ({split}) was chosen, but the picture ({findings}) calls for interrupting the infusion (grade 2 or above). The proposal follows grade 2; both the grade chosen and this assessment are recorded.</source>
        <translation>Le grade {picked} ({split}) a été choisi, mais le tableau ({findings}) exige d&apos;interrompre la perfusion (grade 2 ou plus). La proposition suit le grade 2; le grade choisi et cette évaluation sont tous deux enregistrés.</translation>
    </message>
    <message>
        <source>Hypotension is ticked: a systolic below {limit} mmHg ({whom}) or more than 30% below baseline is anaphylaxis on its own (criterion 3). Record the blood pressure.</source>
        <translation>L&apos;hypotension est cochée : une systolique sous {limit} mmHg ({whom}) ou plus de 30 % sous la valeur de base est une anaphylaxie à elle seule (critère 3). Enregistrez la tension artérielle.</translation>
    </message>
    <message>
        <source>anaphylaxis (signs ticked): grade 4 picture</source>
        <translation>anaphylaxie (signes cochés) : tableau de grade 4</translation>
    </message>
    <message>
        <source>anaphylaxis (criterion {value}): grade 4 picture</source>
        <translation>anaphylaxie (critère {value}) : tableau de grade 4</translation>
    </message>
    <message>
        <source>serious: {findings}: grade 2 picture at least</source>
        <translation>grave : {findings} : tableau de grade 2 au moins</translation>
    </message>
    <message>
        <source>Grade {picked} ({split}) was chosen, but the picture is anaphylaxis ({value}): a grade 4 picture. The proposal is the anaphylaxis response; both the grade chosen and this assessment are recorded.</source>
        <translation>Le grade {picked} ({split}) a été choisi, mais le tableau est une anaphylaxie ({value}) : un tableau de grade 4. La proposition est la conduite en cas d&apos;anaphylaxie; le grade choisi et cette évaluation sont tous deux enregistrés.</translation>
    </message>
    <message>
        <source>Also serious: {findings}.</source>
        <translation>Aussi grave : {findings}.</translation>
    </message>
    <message>
        <source>Anaphylaxis: signs of anaphylaxis are ticked. With: {items}.</source>
        <translation>Anaphylaxie : des signes d&apos;anaphylaxie sont cochés. Avec : {items}.</translation>
    </message>
    <message>
        <source>Anaphylaxis: signs of anaphylaxis are ticked.</source>
        <translation>Anaphylaxie : des signes d&apos;anaphylaxie sont cochés.</translation>
    </message>
    <message>
        <source>Anaphylaxis ({criteria_source}), {label}, from:</source>
        <translation>Anaphylaxie ({criteria_source}), {label}, d&apos;après :</translation>
    </message>
    <message>
        <source>Serious: {findings}. The infusion does not resume at a lower rate without the prescriber.</source>
        <translation>Grave : {findings}. La perfusion ne reprend pas à un débit plus bas sans le prescripteur.</translation>
    </message>
    <message>
        <source>• {system}: {finding}</source>
        <translation>• {system} : {finding}</translation>
    </message>
    <message>
        <source>also</source>
        <translation>aussi</translation>
    </message>
</context>
<context>
    <name>domain.reactions.criteria</name>
    <message>
        <source>NIAID/FAAN 2006, WAO 2020</source>
        <translation>NIAID/FAAN 2006, WAO 2020</translation>
    </message>
    <message>
        <source>signs of anaphylaxis, recognised by the nurse</source>
        <translation>signes d&apos;anaphylaxie, reconnus par l&apos;infirmière</translation>
    </message>
    <message>
        <source>criterion 1: acute skin or mucosal signs with respiratory compromise or low blood pressure</source>
        <translation>critère 1 : atteinte aiguë de la peau ou des muqueuses avec atteinte respiratoire ou tension artérielle basse</translation>
    </message>
    <message>
        <source>criterion 2: two or more of skin or mucosal signs, respiratory compromise, low blood pressure, persistent gastrointestinal symptoms</source>
        <translation>critère 2 : au moins deux parmi atteinte de la peau ou des muqueuses, atteinte respiratoire, tension artérielle basse, symptômes gastro-intestinaux persistants</translation>
    </message>
    <message>
        <source>criterion 3: low blood pressure after exposure</source>
        <translation>critère 3 : tension artérielle basse après l&apos;exposition</translation>
    </message>
    <message>
        <source>under 1 year</source>
        <translation>moins de 1 an</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>un adulte</translation>
    </message>
    <message>
        <source>age {age_years} (11-17 years)</source>
        <translation>âge {age_years} (11-17 ans)</translation>
    </message>
    <message>
        <source>age {age_years} (70 + 2 x {age_years})</source>
        <translation>âge {age_years} (70 + 2 x {age_years})</translation>
    </message>
    <message>
        <source>Systolic {systolic} mmHg &lt; {limit} mmHg, low for {whom}</source>
        <translation>Systolique {systolic} mmHg &lt; {limit} mmHg, basse pour {whom}</translation>
    </message>
    <message>
        <source>{message}: hypoxaemia</source>
        <translation>{message} : hypoxémie</translation>
    </message>
    <message>
        <source>Systolic {systolic} mmHg is {fall}% below baseline {before} mmHg (a fall of more than {fall_above_percent}%)</source>
        <translation>Systolique {systolic} mmHg est {fall} % sous la valeur de base de {before} mmHg (une baisse de plus de {fall_above_percent} %)</translation>
    </message>
    <message>
        <source>{message}: blood pressure falling</source>
        <translation>{message} : tension artérielle en baisse</translation>
    </message>
</context>
<context>
    <name>domain.reactions.entry</name>
    <message>
        <source>medications.{index}</source>
        <translation>medications.{index}</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Autres symptômes</translation>
    </message>
    <message>
        <source>The prescriber&apos;s name</source>
        <translation>Le nom du prescripteur</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{key}.name</source>
        <translation>{key}.name</translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation>Nommez le médicament.</translation>
    </message>
    <message>
        <source>{key}.dose</source>
        <translation>{key}.dose</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>{key}.unit</source>
        <translation>{key}.unit</translation>
    </message>
    <message>
        <source>{key}.route</source>
        <translation>{key}.route</translation>
    </message>
    <message>
        <source>{key}.given_at</source>
        <translation>{key}.given_at</translation>
    </message>
    <message>
        <source>Give the time the medication was given.</source>
        <translation>Donnez l&apos;heure d&apos;administration du médicament.</translation>
    </message>
    <message>
        <source>check-in weight today</source>
        <translation>poids à l&apos;accueil aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The onset time</source>
        <translation>L&apos;heure de début</translation>
    </message>
    <message>
        <source>Tick at least one symptom, or describe it under Other.</source>
        <translation>Cochez au moins un symptôme, ou décrivez-le sous Autre.</translation>
    </message>
    <message>
        <source>Choose the grade (1-4).</source>
        <translation>Choisissez le grade (1-4).</translation>
    </message>
    <message>
        <source>Resuming is recorded as an outcome, after the reaction.</source>
        <translation>La reprise est enregistrée comme une évolution, après la réaction.</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nouveau débit</translation>
    </message>
    <message>
        <source>Resume rate</source>
        <translation>Débit de reprise</translation>
    </message>
    <message>
        <source>With {cause}, the infusion goes on only on the prescriber&apos;s order: name the prescriber notified.</source>
        <translation>Avec {cause}, la perfusion continue seulement sur ordonnance du prescripteur : nommez le prescripteur avisé.</translation>
    </message>
    <message>
        <source>Only a reaction can be corrected here.</source>
        <translation>Seule une réaction peut être corrigée ici.</translation>
    </message>
    <message>
        <source>The medication name must be at most {name_max_chars} characters.</source>
        <translation>Le nom du médicament doit avoir au plus {name_max_chars} caractères.</translation>
    </message>
    <message>
        <source>The dose must be above 0 and below {dose_max}.</source>
        <translation>La dose doit être supérieure à 0 et inférieure à {dose_max}.</translation>
    </message>
    <message>
        <source>The dose must have at most 3 decimals.</source>
        <translation>La dose doit avoir au plus 3 décimales.</translation>
    </message>
    <message>
        <source>The time given</source>
        <translation>L&apos;heure d&apos;administration</translation>
    </message>
    <message>
        <source>weight in the patient record</source>
        <translation>poids au dossier du patient</translation>
    </message>
    <message>
        <source>Rate at onset</source>
        <translation>Débit au début de la réaction</translation>
    </message>
    <message>
        <source>Previous step rate</source>
        <translation>Débit du palier précédent</translation>
    </message>
    <message>
        <source>No rate at onset was given (no infusion running), so there is no rate to change.</source>
        <translation>Aucun débit au début de la réaction n&apos;a été donné (aucune perfusion en cours), il n&apos;y a donc pas de débit à modifier.</translation>
    </message>
    <message>
        <source>No rate goes with &apos;{label}&apos;; clear the rate.</source>
        <translation>Aucun débit ne va avec « {label} »; effacez le débit.</translation>
    </message>
    <message>
        <source>The choice differs from the proposal ({why}); say why.</source>
        <translation>Le choix diffère de la proposition ({why}); dites pourquoi.</translation>
    </message>
    <message>
        <source>Choose the dose unit (</source>
        <translation>Choisissez l&apos;unité de la dose (</translation>
    </message>
    <message>
        <source>Choose the route (</source>
        <translation>Choisissez la voie (</translation>
    </message>
    <message>
        <source>The grade must be 1, 2, 3 or 4.</source>
        <translation>Le grade doit être 1, 2, 3 ou 4.</translation>
    </message>
    <message>
        <source>Give the rate at onset first.</source>
        <translation>Donnez d&apos;abord le débit au début de la réaction.</translation>
    </message>
    <message>
        <source>Choose what was done with the infusion.</source>
        <translation>Choisissez ce qui a été fait avec la perfusion.</translation>
    </message>
    <message>
        <source>Give the rate the infusion was slowed to.</source>
        <translation>Donnez le débit auquel la perfusion a été ralentie.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>L&apos;appel</translation>
    </message>
    <message>
        <source>The previous step must be below the rate at onset ({rate_at_onset} mL/h).</source>
        <translation>Le palier précédent doit être sous le débit au début de la réaction ({rate_at_onset} mL/h).</translation>
    </message>
    <message>
        <source>{label} must be below the rate at onset ({rate_at_onset} mL/h).</source>
        <translation>{label} doit être sous le débit au début de la réaction ({rate_at_onset} mL/h).</translation>
    </message>
</context>
<context>
    <name>domain.reactions.epinephrine</name>
    <message>
        <source>mid-outer thigh</source>
        <translation>face antérolatérale de la cuisse</translation>
    </message>
    <message>
        <source>every 5-15 minutes if the symptoms persist or return</source>
        <translation>toutes les 5 à 15 minutes si les symptômes persistent ou reviennent</translation>
    </message>
    <message>
        <source>Give epinephrine (adrenaline) {dose_mg} mg IM = {volume_ml} mL of 1 mg/mL, into the {site}; repeat {repeat}.</source>
        <translation>Donnez de l&apos;épinéphrine (adrénaline) {dose_mg} mg IM = {volume_ml} mL de 1 mg/mL, dans la {site}; répétez {repeat}.</translation>
    </message>
    <message>
        <source>Epinephrine 1 mg/mL IM: {dose_mg_per_kg} mg/kg x {weight_kg} kg{where} = {exact} mg.</source>
        <translation>Épinéphrine 1 mg/mL IM : {dose_mg_per_kg} mg/kg x {weight_kg} kg{where} = {exact} mg.</translation>
    </message>
    <message>
        <source>a child (age {age_years}, under {child_under_years})</source>
        <translation>un enfant (âge {age_years}, moins de {child_under_years})</translation>
    </message>
    <message>
        <source>Into the {site}; repeat {repeat}.</source>
        <translation>Dans la {site}; répétez {repeat}.</translation>
    </message>
    <message>
        <source>Give epinephrine (adrenaline) 1 mg/mL IM, 0.01 mg/kg (at most 0.5 mg for an adult, 0.3 mg for a child), into the {site}; repeat {repeat}.</source>
        <translation>Donnez de l&apos;épinéphrine (adrénaline) 1 mg/mL IM, 0.01 mg/kg (au plus 0.5 mg pour un adulte, 0.3 mg pour un enfant), dans la {site}; répétez {repeat}.</translation>
    </message>
    <message>
        <source>No weight is known: give 0.01 mg/kg, at most 0.5 mg (adult) or 0.3 mg (child).</source>
        <translation>Aucun poids n&apos;est connu : donnez 0.01 mg/kg, au plus 0.5 mg (adulte) ou 0.3 mg (enfant).</translation>
    </message>
    <message>
        <source>an adult (age not known)</source>
        <translation>un adulte (âge inconnu)</translation>
    </message>
    <message>
        <source>an adult (age {age_years})</source>
        <translation>un adulte (âge {age_years})</translation>
    </message>
    <message>
        <source>Maximum for {who}: {cap} mg; {exact} mg is above it, so {cap} mg.</source>
        <translation>Maximum pour {who} : {cap} mg; {exact} mg le dépasse, donc {cap} mg.</translation>
    </message>
    <message>
        <source>Maximum for {who}: {cap} mg; {exact} mg is within it.</source>
        <translation>Maximum pour {who} : {cap} mg; {exact} mg est en deçà.</translation>
    </message>
    <message>
        <source>To the nearest 0.01 mL mark of a 1 mL syringe: {dose} mg = {volume} mL of 1 mg/mL.</source>
        <translation>Au trait de 0.01 mL le plus proche d&apos;une seringue de 1 mL : {dose} mg = {volume} mL de 1 mg/mL.</translation>
    </message>
    <message>
        <source>At 1 mg/mL: {dose} mg = {volume} mL.</source>
        <translation>À 1 mg/mL : {dose} mg = {volume} mL.</translation>
    </message>
</context>
<context>
    <name>domain.reactions.fields</name>
    <message>
        <source>PO (by mouth)</source>
        <translation>PO (par la bouche)</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>En amélioration</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolue</translation>
    </message>
    <message>
        <source>Transferred to emergency or hospital care</source>
        <translation>Transféré à l&apos;urgence ou à l&apos;hôpital</translation>
    </message>
    <message>
        <source>{label} must be at most {limit} characters.</source>
        <translation>{label} doit avoir au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>{what} is before the onset; check the time.</source>
        <translation>{what} est avant le début; vérifiez l&apos;heure.</translation>
    </message>
    <message>
        <source>Give the time the prescriber was notified.</source>
        <translation>Donnez l&apos;heure à laquelle le prescripteur a été avisé.</translation>
    </message>
    <message>
        <source>Give the time the reaction resolved.</source>
        <translation>Donnez l&apos;heure de résolution de la réaction.</translation>
    </message>
    <message>
        <source>A time resolved goes with the outcome &apos;Resolved&apos;.</source>
        <translation>Une heure de résolution va avec l&apos;évolution « Résolue ».</translation>
    </message>
    <message>
        <source>The time resolved</source>
        <translation>L&apos;heure de résolution</translation>
    </message>
    <message>
        <source>Name the prescriber who was notified.</source>
        <translation>Nommez le prescripteur qui a été avisé.</translation>
    </message>
    <message>
        <source>The time notified</source>
        <translation>L&apos;heure de l&apos;avis</translation>
    </message>
</context>
<context>
    <name>domain.reactions.grading</name>
    <message>
        <source>Grade {value}: {grade_text}</source>
        <translation>Grade {value} : {grade_text}</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>Mild, transient reaction; infusion interruption not indicated; intervention not indicated.</source>
        <translation>Réaction légère et passagère; interruption de la perfusion non indiquée; intervention non indiquée.</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>Infusion interruption indicated, but responds promptly to symptomatic treatment (e.g. antihistamines, NSAIDs, IV fluids).</source>
        <translation>Interruption de la perfusion indiquée, mais répond rapidement au traitement symptomatique (p. ex. antihistaminiques, AINS, solutés IV).</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>Prolonged (not rapidly responsive to symptomatic medication or a brief interruption); symptoms recur after initial improvement; hospitalisation indicated.</source>
        <translation>Prolongée (ne répond pas rapidement aux médicaments symptomatiques ni à une brève interruption); les symptômes reviennent après une amélioration initiale; hospitalisation indiquée.</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>menace le pronostic vital</translation>
    </message>
    <message>
        <source>Life-threatening consequences; urgent intervention indicated.</source>
        <translation>Conséquences mettant la vie en danger; intervention urgente indiquée.</translation>
    </message>
</context>
<context>
    <name>domain.reactions.records</name>
    <message>
        <source>{summary}; the grade picked is lower</source>
        <translation>{summary}; le grade choisi est plus bas</translation>
    </message>
    <message>
        <source>That reaction is not in this session&apos;s record (or was marked entered in error).</source>
        <translation>Cette réaction n&apos;est pas au dossier de cette séance (ou a été marquée comme saisie par erreur).</translation>
    </message>
    <message>
        <source>Reaction {event_id} is damaged: it has no onset time.</source>
        <translation>La réaction {event_id} est endommagée : elle n&apos;a pas d&apos;heure de début.</translation>
    </message>
</context>
<context>
    <name>domain.reactions.response</name>
    <message>
        <source>No infusion is running, so there is no rate to change.</source>
        <translation>Aucune perfusion n&apos;est en cours, il n&apos;y a donc pas de débit à modifier.</translation>
    </message>
    <message>
        <source>Continue at the same rate</source>
        <translation>Continuer au même débit</translation>
    </message>
    <message>
        <source>Slow to a lower rate</source>
        <translation>Ralentir à un débit plus bas</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{rate} mL/h</source>
        <translation>{rate} mL/h</translation>
    </message>
    <message>
        <source>Rule for anaphylaxis: stop the infusion, give IM epinephrine and call emergency services, whatever grade is chosen; the infusion restarts only on the prescriber&apos;s order.</source>
        <translation>Règle en cas d&apos;anaphylaxie : arrêtez la perfusion, donnez de l&apos;épinéphrine IM et appelez les services d&apos;urgence, quel que soit le grade choisi; la perfusion ne redémarre que sur ordonnance du prescripteur.</translation>
    </message>
    <message>
        <source>Call emergency services.</source>
        <translation>Appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>Lay the patient flat with the legs raised (sitting up if breathing is hard); give oxygen and IV fluids per protocol.</source>
        <translation>Allongez le patient à plat, les jambes surélevées (assis si la respiration est difficile); donnez de l&apos;oxygène et des solutés IV selon le protocole.</translation>
    </message>
    <message>
        <source>Notify the prescriber now.</source>
        <translation>Avisez le prescripteur maintenant.</translation>
    </message>
    <message>
        <source>Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous step&apos;s rate, rounded down to the pump&apos;s {rate}.</source>
        <translation>Règle pour les grades 1-2 : pause, puis reprise au plus bas entre la moitié du débit actuel et le débit du palier précédent, arrondi vers le bas à la {rate} de la pompe.</translation>
    </message>
    <message>
        <source>Half the current rate: {rate} ÷ 2 = {rate2}.</source>
        <translation>Moitié du débit actuel : {rate} ÷ 2 = {rate2}.</translation>
    </message>
    <message>
        <source>Rounded down to {rate}: {resume} mL/h.</source>
        <translation>Arrondi vers le bas à {rate} : {resume} mL/h.</translation>
    </message>
    <message>
        <source>Pause the infusion.</source>
        <translation>Mettez la perfusion en pause.</translation>
    </message>
    <message>
        <source>Treat the symptoms as ordered and recheck vital signs.</source>
        <translation>Traitez les symptômes selon l&apos;ordonnance et reprenez les signes vitaux.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is less cautious than the proposal to {label2}</source>
        <translation>« {label} » est moins prudent que la proposition de {label2}</translation>
    </message>
    <message>
        <source>Stop the infusion; restart only on the prescriber&apos;s order.</source>
        <translation>Arrêtez la perfusion; redémarrez seulement sur ordonnance du prescripteur.</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>palier précédent</translation>
    </message>
    <message>
        <source>Grade {chosen} was chosen; the picture calls for grade {effective}: it decides.</source>
        <translation>Le grade {chosen} a été choisi; le tableau exige le grade {effective} : c&apos;est lui qui décide.</translation>
    </message>
    <message>
        <source>Rule for grades 3-4: stop the infusion and notify the prescriber; grade 4 also calls emergency.</source>
        <translation>Règle pour les grades 3-4 : arrêtez la perfusion et avisez le prescripteur; le grade 4 exige aussi d&apos;appeler l&apos;urgence.</translation>
    </message>
    <message>
        <source>Rule for grade 2 and above, and for serious findings: notify the prescriber.</source>
        <translation>Règle pour le grade 2 et plus, et pour les constatations graves : avisez le prescripteur.</translation>
    </message>
    <message>
        <source>Treat the symptoms as ordered and keep observing.</source>
        <translation>Traitez les symptômes selon l&apos;ordonnance et continuez d&apos;observer.</translation>
    </message>
    <message>
        <source>Rule for hypotension, breathing difficulty, chest tightness or a falling SpO2: pause; the infusion resumes only on the prescriber&apos;s order, never at a lower rate on the proposal alone.</source>
        <translation>Règle en cas d&apos;hypotension, de difficulté respiratoire, d&apos;oppression thoracique ou de SpO2 en baisse : pause; la perfusion ne reprend que sur ordonnance du prescripteur, jamais à un débit plus bas sur la seule proposition.</translation>
    </message>
    <message>
        <source>Notify the prescriber now; resume only on the prescriber&apos;s order.</source>
        <translation>Avisez le prescripteur maintenant; reprenez seulement sur ordonnance du prescripteur.</translation>
    </message>
    <message>
        <source>No previous step: half the current rate it is.</source>
        <translation>Pas de palier précédent : ce sera la moitié du débit actuel.</translation>
    </message>
    <message>
        <source>Previous step: {rate}. Lower of the two: {rate2}.</source>
        <translation>Palier précédent : {rate}. Le plus bas des deux : {rate2}.</translation>
    </message>
    <message>
        <source>When the symptoms settle, resume at {resume} mL/h.</source>
        <translation>Quand les symptômes se calment, reprenez à {resume} mL/h.</translation>
    </message>
    <message>
        <source>That is below the pump&apos;s lowest rate: keep paused and ask the prescriber.</source>
        <translation>C&apos;est sous le débit le plus bas de la pompe : restez en pause et demandez au prescripteur.</translation>
    </message>
    <message>
        <source>Keep the infusion paused and ask the prescriber how to continue.</source>
        <translation>Gardez la perfusion en pause et demandez au prescripteur comment continuer.</translation>
    </message>
    <message>
        <source>Notify the prescriber.</source>
        <translation>Avisez le prescripteur.</translation>
    </message>
    <message>
        <source>the proposal was not to resume without the prescriber</source>
        <translation>la proposition était de ne pas reprendre sans le prescripteur</translation>
    </message>
    <message>
        <source>{rate} mL/h is above the proposed {resume_rate_ml_per_h} mL/h</source>
        <translation>{rate} mL/h dépasse les {resume_rate_ml_per_h} mL/h proposés</translation>
    </message>
    <message>
        <source>the proposal was to stay paused until the prescriber decides</source>
        <translation>la proposition était de rester en pause jusqu&apos;à la décision du prescripteur</translation>
    </message>
</context>
<context>
    <name>domain.reactions.symptoms</name>
    <message>
        <source>Headache</source>
        <translation>Céphalée</translation>
    </message>
    <message>
        <source>Flushing</source>
        <translation>Bouffées vasomotrices</translation>
    </message>
    <message>
        <source>Chills</source>
        <translation>Frissons</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fièvre</translation>
    </message>
    <message>
        <source>Myalgia (muscle aches)</source>
        <translation>Myalgie (douleurs musculaires)</translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation>Nausées ou vomissements</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Douleur au dos</translation>
    </message>
    <message>
        <source>Chest tightness</source>
        <translation>Oppression thoracique</translation>
    </message>
    <message>
        <source>Dyspnoea (short of breath)</source>
        <translation>Dyspnée (essoufflement)</translation>
    </message>
    <message>
        <source>Rash or urticaria (hives)</source>
        <translation>Éruption ou urticaire</translation>
    </message>
    <message>
        <source>Hypotension</source>
        <translation>Hypotension</translation>
    </message>
    <message>
        <source>Signs of anaphylaxis (throat or tongue swelling, wheeze or stridor, collapse)</source>
        <translation>Signes d&apos;anaphylaxie (enflure de la gorge ou de la langue, respiration sifflante ou stridor, collapsus)</translation>
    </message>
    <message>
        <source>Itch (pruritus)</source>
        <translation>Démangeaisons (prurit)</translation>
    </message>
    <message>
        <source>Swollen lips, tongue or uvula</source>
        <translation>Enflure des lèvres, de la langue ou de la luette</translation>
    </message>
    <message>
        <source>Wheeze or stridor</source>
        <translation>Respiration sifflante ou stridor</translation>
    </message>
    <message>
        <source>Collapse, fainting or incontinence</source>
        <translation>Collapsus, évanouissement ou incontinence</translation>
    </message>
    <message>
        <source>Persistent vomiting or crampy abdominal pain</source>
        <translation>Vomissements persistants ou crampes abdominales</translation>
    </message>
    <message>
        <source>skin or mucosal signs</source>
        <translation>atteinte de la peau ou des muqueuses</translation>
    </message>
    <message>
        <source>respiratory compromise</source>
        <translation>atteinte respiratoire</translation>
    </message>
    <message>
        <source>low blood pressure or end-organ dysfunction</source>
        <translation>tension artérielle basse ou dysfonction d&apos;un organe cible</translation>
    </message>
    <message>
        <source>persistent gastrointestinal symptoms</source>
        <translation>symptômes gastro-intestinaux persistants</translation>
    </message>
    <message>
        <source>Skin and mucosa</source>
        <translation>Peau et muqueuses</translation>
    </message>
    <message>
        <source>Breathing and chest</source>
        <translation>Respiration et thorax</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Gut</source>
        <translation>Digestif</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>domain.reactions.updates</name>
    <message>
        <source>The prescriber&apos;s name</source>
        <translation>Le nom du prescripteur</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the outcome, a resume rate, a prescriber notified, or a note.</source>
        <translation>Donnez l&apos;évolution, un débit de reprise, un prescripteur avisé ou une note.</translation>
    </message>
    <message>
        <source>Only a reaction outcome can be corrected here.</source>
        <translation>Seule l&apos;évolution d&apos;une réaction peut être corrigée ici.</translation>
    </message>
    <message>
        <source>A correction cannot move an outcome to another reaction.</source>
        <translation>Une correction ne peut pas déplacer une évolution vers une autre réaction.</translation>
    </message>
    <message>
        <source>Resume rate</source>
        <translation>Débit de reprise</translation>
    </message>
    <message>
        <source>No infusion was running at the onset: there is nothing to resume.</source>
        <translation>Aucune perfusion n&apos;était en cours au début de la réaction : il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <source>After a stop or a grade 3-4 reaction the infusion restarts only on the prescriber&apos;s order: record the prescriber notified.</source>
        <translation>Après un arrêt ou une réaction de grade 3-4, la perfusion ne redémarre que sur ordonnance du prescripteur : enregistrez le prescripteur avisé.</translation>
    </message>
    <message>
        <source>The resume rate differs from the proposal ({why}); say why.</source>
        <translation>Le débit de reprise diffère de la proposition ({why}); dites pourquoi.</translation>
    </message>
    <message>
        <source>The infusion was not paused or stopped, so it cannot resume.</source>
        <translation>La perfusion n&apos;a été ni mise en pause ni arrêtée, elle ne peut donc pas reprendre.</translation>
    </message>
    <message>
        <source>After hypotension, breathing difficulty, chest tightness or a falling SpO2 the infusion resumes only on the prescriber&apos;s order, never at a lower rate alone: record the prescriber notified.</source>
        <translation>Après une hypotension, une difficulté respiratoire, une oppression thoracique ou une SpO2 en baisse, la perfusion ne reprend que sur ordonnance du prescripteur, jamais seulement à un débit plus bas : enregistrez le prescripteur avisé.</translation>
    </message>
    <message>
        <source>The infusion already resumed after this reaction, at {resumed_rate_ml_per_h} mL/h.</source>
        <translation>La perfusion a déjà repris après cette réaction, à {resumed_rate_ml_per_h} mL/h.</translation>
    </message>
</context>
<context>
    <name>domain.recording</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>This session is signed and closed: nothing more can be added to it.</source>
        <translation>Cette séance est signée et fermée : rien de plus ne peut y être ajouté.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock shows {when}, but this session&apos;s latest entry is dated {when2}, {span} later. Nothing was saved: an entry now would be dated before it. Check the clock (it may be wrong, or a time server may just have corrected it), then try again.</source>
        <translation>L&apos;horloge de ce poste indique {when}, mais la dernière entrée de cette séance est datée du {when2}, {span} plus tard. Rien n&apos;a été enregistré : une entrée maintenant serait datée avant elle. Vérifiez l&apos;horloge (elle est peut-être fausse, ou un serveur de temps vient peut-être de la corriger), puis réessayez.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>domain.regimen</name>
    <message>
        <source>Personal start rate</source>
        <translation>Débit de départ personnel</translation>
    </message>
    <message>
        <source>Personal maximum rate</source>
        <translation>Débit maximum personnel</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>Choisissez le produit.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency is required, for example &apos;every 4 weeks&apos;.</source>
        <translation>La fréquence est obligatoire, par exemple « toutes les 4 semaines ».</translation>
    </message>
    <message>
        <source>Ladder must be one of {items}, or none (label protocol).</source>
        <translation>L&apos;échelle doit être l&apos;une de {items}, ou aucune (protocole de la monographie).</translation>
    </message>
    <message>
        <source>The personal start rate cannot be above the personal maximum.</source>
        <translation>Le débit de départ personnel ne peut pas dépasser le maximum personnel.</translation>
    </message>
    <message>
        <source>Prescriber must be at most {prescriber_max_chars} characters.</source>
        <translation>Le prescripteur doit avoir au plus {prescriber_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Notes must be at most {notes_max_chars} characters.</source>
        <translation>Les notes doivent avoir au plus {notes_max_chars} caractères.</translation>
    </message>
    <message>
        <source>A course is 1 to {course_days_max} consecutive days (1: a single infusion).</source>
        <translation>Une cure dure de 1 à {course_days_max} jours consécutifs (1 : une seule perfusion).</translation>
    </message>
    <message>
        <source>New regimen</source>
        <translation>Nouveau schéma thérapeutique</translation>
    </message>
    <message>
        <source>Say why the regimen is changing (for example &apos;dose change ordered&apos;).</source>
        <translation>Dites pourquoi le schéma thérapeutique change (par exemple « changement de dose prescrit »).</translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation>La raison doit avoir au plus {reason_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Indication must be one of {items}.</source>
        <translation>L&apos;indication doit être l&apos;une de {items}.</translation>
    </message>
    <message>
        <source>Dose (g/kg)</source>
        <translation>Dose (g/kg)</translation>
    </message>
    <message>
        <source>Dosing weight must be actual, ideal, adjusted or auto.</source>
        <translation>Le poids de calcul de la dose doit être actual, ideal, adjusted ou auto.</translation>
    </message>
    <message>
        <source>Frequency must be at most {frequency_max_chars} characters.</source>
        <translation>La fréquence doit avoir au plus {frequency_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Name the prescriber of this off-label order.</source>
        <translation>Nommez le prescripteur de cette ordonnance hors indication.</translation>
    </message>
    <message>
        <source>{display_name} is not labelled for {value}; its labelled indications are {labelled_text}. Choose a labelled indication, or tick off-label and name the prescriber.</source>
        <translation>{display_name} n&apos;est pas homologué pour {value}; ses indications homologuées sont {labelled_text}. Choisissez une indication homologuée, ou cochez hors indication et nommez le prescripteur.</translation>
    </message>
    <message>
        <source>{value} is on the {display_name} label: this order is not off-label.</source>
        <translation>{value} figure sur la monographie de {display_name} : cette ordonnance n&apos;est pas hors indication.</translation>
    </message>
</context>
<context>
    <name>domain.session</name>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Pre-infusion</source>
        <translation>Avant la perfusion</translation>
    </message>
    <message>
        <source>Infusing</source>
        <translation>Perfusion en cours</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Signed and closed</source>
        <translation>Signée et fermée</translation>
    </message>
    <message>
        <source>amendment {id} names event {amends}, which is not in this session</source>
        <translation>la correction {id} nomme l&apos;événement {amends}, qui n&apos;est pas dans cette séance</translation>
    </message>
    <message>
        <source>No entry {event_id} in this session.</source>
        <translation>Aucune entrée {event_id} dans cette séance.</translation>
    </message>
    <message>
        <source>{risks} present: confirm the plan again with the at-risk cap</source>
        <translation>{risks} présent : confirmez de nouveau le plan avec le plafond pour patient à risque</translation>
    </message>
    <message>
        <source>the risk screens now find no risk: confirm the plan again without the at-risk cap</source>
        <translation>les dépistages de risque ne trouvent plus de risque : confirmez de nouveau le plan sans le plafond pour patient à risque</translation>
    </message>
    <message>
        <source>Chair or location is required, for example &apos;Chair 3&apos; or &apos;Home&apos;.</source>
        <translation>Le fauteuil ou le lieu est obligatoire, par exemple « Fauteuil 3 » ou « Domicile ».</translation>
    </message>
    <message>
        <source>Chair or location must be at most {location_max_chars} characters.</source>
        <translation>Le fauteuil ou le lieu doit avoir au plus {location_max_chars} caractères.</translation>
    </message>
    <message>
        <source>The note is empty; type what you want to record.</source>
        <translation>La note est vide; tapez ce que vous voulez enregistrer.</translation>
    </message>
    <message>
        <source>A note must be at most {note_max_chars} characters.</source>
        <translation>Une note doit avoir au plus {note_max_chars} caractères.</translation>
    </message>
    <message>
        <source>A {label} cannot be amended.</source>
        <translation>Une entrée « {label} » ne peut pas être corrigée.</translation>
    </message>
    <message>
        <source>This entry is already marked entered in error.</source>
        <translation>Cette entrée est déjà marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Say why this entry is being corrected.</source>
        <translation>Dites pourquoi cette entrée est corrigée.</translation>
    </message>
    <message>
        <source>The reason must be at most {reason_max_chars} characters.</source>
        <translation>La raison doit avoir au plus {reason_max_chars} caractères.</translation>
    </message>
    <message>
        <source>An amendment either gives corrected values or marks the entry entered in error.</source>
        <translation>Une correction donne soit des valeurs corrigées, soit marque l&apos;entrée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Only a note&apos;s text can be corrected here.</source>
        <translation>Seul le texte d&apos;une note peut être corrigé ici.</translation>
    </message>
    <message>
        <source>The corrected text is the same as the current text.</source>
        <translation>Le texte corrigé est identique au texte actuel.</translation>
    </message>
    <message>
        <source>event {id} belongs to session {session_id}, not {id2}</source>
        <translation>l&apos;événement {id} appartient à la séance {session_id}, pas {id2}</translation>
    </message>
    <message>
        <source>session {id}: event {id2} has seq {seq}, expected {value}</source>
        <translation>séance {id} : l&apos;événement {id2} a le numéro {seq}, attendu {value}</translation>
    </message>
    <message>
        <source>confirm the infusion plan at check-in</source>
        <translation>confirmer le plan de perfusion à l&apos;accueil</translation>
    </message>
    <message>
        <source>answer the checklist ({count} item(s) left)</source>
        <translation>répondre à la liste de vérification (reste {count} élément(s))</translation>
    </message>
    <message>
        <source>record baseline vitals</source>
        <translation>enregistrer les signes vitaux de base</translation>
    </message>
    <message>
        <source>answer the {names} screen{value} first: a risk present changes the plan</source>
        <translation>répondez d&apos;abord au dépistage {names}{value} : un risque présent change le plan</translation>
    </message>
    <message>
        <source>the risk screens changed since this plan was calculated: calculate it again</source>
        <translation>les dépistages de risque ont changé depuis le calcul de ce plan : recalculez-le</translation>
    </message>
    <message>
        <source>The correction is the same as what is recorded.</source>
        <translation>La correction est identique à ce qui est enregistré.</translation>
    </message>
</context>
<context>
    <name>domain.snapshot</name>
    <message>
        <source>the pump (not recorded with this plan)</source>
        <translation>la pompe (non enregistrée avec ce plan)</translation>
    </message>
    <message>
        <source>{rate} mL/h</source>
        <translation>{rate} mL/h</translation>
    </message>
    <message>
        <source>Day {course_day} of {course_days}</source>
        <translation>Jour {course_day} sur {course_days}</translation>
    </message>
    <message>
        <source>{text}: {n} g/kg today of a {n2} g/kg course</source>
        <translation>{text} : {n} g/kg aujourd&apos;hui d&apos;une cure de {n2} g/kg</translation>
    </message>
    <message>
        <source>day {course_day} of {course_days}</source>
        <translation>jour {course_day} sur {course_days}</translation>
    </message>
    <message>
        <source>Rate (mL/h) must be above 0; to stop the pump, pause instead.</source>
        <translation>Le débit (mL/h) doit être supérieur à 0; pour arrêter la pompe, faites plutôt une pause.</translation>
    </message>
    <message>
        <source>{label} must be above 0.</source>
        <translation>{label} doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above the maximum of {pump_name}, {pump_max_ml_per_h}; it cannot be used.</source>
        <translation>{rate_ml_per_h} dépasse le maximum de {pump_name}, {pump_max_ml_per_h}; il ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} cannot be set on {pump_name}: it takes multiples of {resolution_ml_per_h}.</source>
        <translation>{rate_ml_per_h} ne peut pas être réglé sur {pump_name} : elle prend des multiples de {resolution_ml_per_h}.</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above the hard limit of {hard_max_ml_per_h} {hard_max_source}; it cannot be used.</source>
        <translation>{rate_ml_per_h} dépasse la limite stricte de {hard_max_ml_per_h} {hard_max_source}; il ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>{rate_ml_per_h} is above this patient&apos;s tolerated maximum of {soft_max_ml_per_h} {soft_max_source}; give a reason to go above it.</source>
        <translation>{rate_ml_per_h} dépasse le maximum toléré par ce patient, {soft_max_ml_per_h} {soft_max_source}; donnez une raison pour le dépasser.</translation>
    </message>
    <message>
        <source>A plan needs at least one step.</source>
        <translation>Un plan a besoin d&apos;au moins un palier.</translation>
    </message>
    <message>
        <source>Plan steps must never go down in rate.</source>
        <translation>Les paliers du plan ne doivent jamais diminuer de débit.</translation>
    </message>
    <message>
        <source>Only the last plan step may run until the volume is infused.</source>
        <translation>Seul le dernier palier du plan peut durer jusqu&apos;à ce que le volume soit perfusé.</translation>
    </message>
</context>
<context>
    <name>domain.times</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</source>
        <translation>{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</translation>
    </message>
    <message>
        <source>{minutes}:{secs} left</source>
        <translation>reste {minutes}:{secs}</translation>
    </message>
    <message>
        <source>overdue by {late}</source>
        <translation>retard de {late}</translation>
    </message>
    <message>
        <source>{delta} ago</source>
        <translation>il y a {delta}</translation>
    </message>
    <message>
        <source>UTC{sign}{value}:{value2}</source>
        <translation>UTC{sign}{value}:{value2}</translation>
    </message>
    <message>
        <source>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</source>
        <translation>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}</translation>
    </message>
    <message>
        <source>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{time}</source>
        <translation>{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{time}</translation>
    </message>
    <message>
        <source>{hours}{nbsp}h{nbsp}{minutes}{nbsp}min</source>
        <translation>{hours}{nbsp}h{nbsp}{minutes}{nbsp}min</translation>
    </message>
    <message>
        <source>{minutes}{nbsp}min</source>
        <translation>{minutes}{nbsp}min</translation>
    </message>
    <message>
        <source>overdue by {delta}</source>
        <translation>retard de {delta}</translation>
    </message>
    <message>
        <source>{delta} left</source>
        <translation>reste {delta}</translation>
    </message>
    <message>
        <source>in {timedelta}</source>
        <translation>dans {timedelta}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>&apos;{cleaned}&apos; is not an IANA time zone name; use one such as &apos;America/Toronto&apos;, &apos;Europe/Paris&apos; or &apos;UTC&apos;.</source>
        <translation>&apos;{cleaned}&apos; n&apos;est pas un nom de fuseau horaire IANA; utilisez-en un comme &apos;America/Toronto&apos;, &apos;Europe/Paris&apos; ou &apos;UTC&apos;.</translation>
    </message>
</context>
<context>
    <name>domain.tolerance</name>
    <message>
        <source>{rate} mL/h</source>
        <translation>{rate} mL/h</translation>
    </message>
    <message>
        <source>the rate at onset</source>
        <translation>le débit au début de la réaction</translation>
    </message>
    <message>
        <source>the step below</source>
        <translation>le palier inférieur</translation>
    </message>
    <message>
        <source>the highest tolerated rate</source>
        <translation>le débit toléré le plus élevé</translation>
    </message>
    <message>
        <source>Highest rate tolerated without a reaction: {tolerated} ({tolerated_in}).</source>
        <translation>Débit le plus élevé toléré sans réaction : {tolerated} ({tolerated_in}).</translation>
    </message>
    <message>
        <source>No reaction: the suggested personal maximum is {tolerated}.</source>
        <translation>Aucune réaction : le maximum personnel suggéré est {tolerated}.</translation>
    </message>
    <message>
        <source>A grade 3-4 reaction is in these sessions: the prescriber reviews the rate before the next one.</source>
        <translation>Une réaction de grade 3-4 figure dans ces séances : le prescripteur revoit le débit avant la prochaine.</translation>
    </message>
    <message>
        <source>That is below the pump&apos;s lowest rate: ask the prescriber.</source>
        <translation>C&apos;est sous le débit le plus bas de la pompe : demandez au prescripteur.</translation>
    </message>
    <message>
        <source>half the onset rate, {half}</source>
        <translation>la moitié du débit au début de la réaction, {half}</translation>
    </message>
    <message>
        <source>the lower of half ({half}) and the step below ({step_below_ml_per_h})</source>
        <translation>le plus bas entre la moitié ({half}) et le palier inférieur ({step_below_ml_per_h})</translation>
    </message>
    <message>
        <source>Reaction grade {grade} at {rate_at_onset_ml_per_h} ({label}): cap = {how}, rounded down = {cap_ml_per_h} mL/h.</source>
        <translation>Réaction de grade {grade} à {rate_at_onset_ml_per_h} ({label}) : plafond = {how}, arrondi vers le bas = {cap_ml_per_h} mL/h.</translation>
    </message>
    <message>
        <source>No tolerated rate and no reaction recorded: nothing to suggest.</source>
        <translation>Aucun débit toléré ni aucune réaction enregistrés : rien à suggérer.</translation>
    </message>
    <message>
        <source>No tolerated rate recorded: the suggested personal maximum is the cap, {cap} mL/h.</source>
        <translation>Aucun débit toléré enregistré : le maximum personnel suggéré est le plafond, {cap} mL/h.</translation>
    </message>
    <message>
        <source>Suggested personal maximum: the lower of {tolerated} and the cap {cap} mL/h = {suggestion} mL/h.</source>
        <translation>Maximum personnel suggéré : le plus bas entre {tolerated} et le plafond de {cap} mL/h = {suggestion} mL/h.</translation>
    </message>
</context>
<context>
    <name>domain.units</name>
    <message>
        <source>rounded half-up to the pump resolution {shown} mL/h</source>
        <translation>arrondi au plus proche à la résolution de la pompe de {shown} mL/h</translation>
    </message>
    <message>
        <source>rounded DOWN to {times_resolution} mL/h (pump resolution {shown} mL/h) because half-up rounding would be {relation} the {limit_name} of {limit} mL/h</source>
        <translation>arrondi VERS LE BAS à {times_resolution} mL/h (résolution de la pompe {shown} mL/h) parce que l&apos;arrondi au plus proche serait {relation} la {limit_name} de {limit} mL/h</translation>
    </message>
    <message>
        <source>No rate at the pump resolution of {shown} mL/h respects the {limit_name} of {limit_ml_per_h} mL/h (rate {value} mL/h); this plan cannot be programmed on this pump.</source>
        <translation>Aucun débit à la résolution de la pompe de {shown} mL/h ne respecte la {limit_name} de {limit_ml_per_h} mL/h (débit {value} mL/h); ce plan ne peut pas être programmé sur cette pompe.</translation>
    </message>
    <message>
        <source>A rate of {value} mL/h is below the pump resolution of {shown} mL/h; this plan cannot be programmed on this pump.</source>
        <translation>Un débit de {value} mL/h est sous la résolution de la pompe de {shown} mL/h; ce plan ne peut pas être programmé sur cette pompe.</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>égal ou supérieur à</translation>
    </message>
</context>
<context>
    <name>domain.vials</name>
    <message>
        <source>{vial} was already recorded in session {session_id} ({location}, {day}), {whom}. A vial is used once: take another vial; if that entry was wrong, mark it entered in error there first.</source>
        <translation>{vial} a déjà été enregistrée dans la séance {session_id} ({location}, {day}), {whom}. Une fiole ne sert qu&apos;une fois : prenez une autre fiole; si cette entrée était erronée, marquez-la d&apos;abord comme saisie par erreur là-bas.</translation>
    </message>
    <message>
        <source>vials recorded: {have} g of {need} g</source>
        <translation>fioles enregistrées : {have} g sur {need} g</translation>
    </message>
    <message>
        <source>lot {lot}{where}</source>
        <translation>lot {lot}{where}</translation>
    </message>
    <message>
        <source>This vial (GTIN {gtin}, serial {serial})</source>
        <translation>Cette fiole (GTIN {gtin}, n° de série {serial})</translation>
    </message>
    <message>
        <source>This vial (serial {serial})</source>
        <translation>Cette fiole (n° de série {serial})</translation>
    </message>
    <message>
        <source>{vial} is already recorded in this session. A vial is used once: take another vial.</source>
        <translation>{vial} est déjà enregistrée dans cette séance. Une fiole ne sert qu&apos;une fois : prenez une autre fiole.</translation>
    </message>
    <message>
        <source>for this patient</source>
        <translation>pour ce patient</translation>
    </message>
    <message>
        <source>for another patient</source>
        <translation>pour un autre patient</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n&apos;a été balayé.</translation>
    </message>
    <message>
        <source>This barcode is not a GS1 code with GTIN, expiry and lot ({split}).</source>
        <translation>Ce code-barres n&apos;est pas un code GS1 avec GTIN, date de péremption et lot ({split}).</translation>
    </message>
    <message>
        <source>This barcode has no GTIN, expiry or lot.</source>
        <translation>Ce code-barres n&apos;a ni GTIN, ni date de péremption, ni lot.</translation>
    </message>
    <message>
        <source> from the scanned code {hri}</source>
        <translation> du code balayé {hri}</translation>
    </message>
    <message>
        <source>Type or scan a lot number.</source>
        <translation>Tapez ou balayez un numéro de lot.</translation>
    </message>
    <message>
        <source>&apos;{cleaned}&apos; is neither a lot number (at most {lot_max_chars} characters) nor a vial&apos;s barcode.</source>
        <translation>&apos;{cleaned}&apos; n&apos;est ni un numéro de lot (au plus {lot_max_chars} caractères) ni le code-barres d&apos;une fiole.</translation>
    </message>
    <message>
        <source>A GTIN is {gtin_digits} digits, after (01) on the vial&apos;s label.</source>
        <translation>Un GTIN a {gtin_digits} chiffres, après (01) sur l&apos;étiquette de la fiole.</translation>
    </message>
    <message>
        <source>GTIN {padded} has a wrong check digit: check the number on the label.</source>
        <translation>Le GTIN {padded} a un mauvais chiffre de contrôle : vérifiez le numéro sur l&apos;étiquette.</translation>
    </message>
    <message>
        <source>A serial number has at most {serial_max_chars} characters.</source>
        <translation>Un numéro de série a au plus {serial_max_chars} caractères.</translation>
    </message>
    <message>
        <source>A serial number has no spaces: type it as printed after (21) on the label.</source>
        <translation>Un numéro de série n&apos;a pas d&apos;espaces : tapez-le tel qu&apos;imprimé après (21) sur l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Give the GTIN with the serial: a serial number identifies a vial only with its GTIN.</source>
        <translation>Donnez le GTIN avec le numéro de série : un numéro de série n&apos;identifie une fiole qu&apos;avec son GTIN.</translation>
    </message>
    <message>
        <source>Lot number is required: type it from the vial, or scan the vial&apos;s barcode.</source>
        <translation>Le numéro de lot est obligatoire : tapez-le depuis la fiole, ou balayez le code-barres de la fiole.</translation>
    </message>
    <message>
        <source>Expiry date is required (YYYY-MM-DD).</source>
        <translation>La date de péremption est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>This vial expired on {when}: do not use it; take another vial.</source>
        <translation>Cette fiole est périmée depuis le {when} : ne l&apos;utilisez pas; prenez une autre fiole.</translation>
    </message>
    <message>
        <source>This vial is {value}, but the plan is {product_name}: brands are never mixed in one visit.</source>
        <translation>Cette fiole est du {value}, mais le plan est du {product_name} : on ne mélange jamais les marques dans une visite.</translation>
    </message>
    <message>
        <source>{product_name} comes in {sizes} vials.</source>
        <translation>{product_name} est offert en fioles de {sizes}.</translation>
    </message>
    <message>
        <source>With this vial the total would be {value} g; the plan uses {vials_g} g.</source>
        <translation>Avec cette fiole, le total serait de {value} g; le plan utilise {vials_g} g.</translation>
    </message>
    <message>
        <source>The scanned code {hri} has no lot number (10): type the lot as printed on the vial.</source>
        <translation>Le code balayé {hri} n&apos;a pas de numéro de lot (10) : tapez le lot tel qu&apos;imprimé sur la fiole.</translation>
    </message>
    <message>
        <source>gtins: vial {index}: GTIN {gtin} must be 14 digits</source>
        <translation>gtins : fiole {index} : le GTIN {gtin} doit avoir 14 chiffres</translation>
    </message>
    <message>
        <source>gtins: GTIN {gtin} is listed twice</source>
        <translation>gtins : le GTIN {gtin} est inscrit deux fois</translation>
    </message>
    <message>
        <source>The barcode&apos;s GTIN {gtin} belongs to {product_id}, not {product_id2}.</source>
        <translation>Le GTIN {gtin} du code-barres appartient à {product_id}, pas à {product_id2}.</translation>
    </message>
    <message>
        <source>A lot number has at most {lot_max_chars} characters.</source>
        <translation>Un numéro de lot a au plus {lot_max_chars} caractères.</translation>
    </message>
    <message>
        <source>Choose the vial size.</source>
        <translation>Choisissez le format de la fiole.</translation>
    </message>
    <message>
        <source>The GTIN in this barcode is invalid: {gtin_error}</source>
        <translation>Le GTIN de ce code-barres n&apos;est pas valide : {gtin_error}</translation>
    </message>
    <message>
        <source>gtins: vial {index} needs gtin, product and size_g</source>
        <translation>gtins : la fiole {index} a besoin de gtin, product et size_g</translation>
    </message>
    <message>
        <source>Expiry &apos;{expiry}&apos; is not a date; type it as YYYY-MM-DD.</source>
        <translation>La date de péremption &apos;{expiry}&apos; n&apos;est pas une date; tapez-la en AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>domain.vitals.alerts</name>
    <message>
        <source>Fever</source>
        <translation>Fièvre</translation>
    </message>
    <message>
        <source>Temperature rise</source>
        <translation>Hausse de température</translation>
    </message>
    <message>
        <source>Systolic drop</source>
        <translation>Baisse de la systolique</translation>
    </message>
    <message>
        <source>Low systolic</source>
        <translation>Systolique basse</translation>
    </message>
    <message>
        <source>High systolic</source>
        <translation>Systolique élevée</translation>
    </message>
    <message>
        <source>Systolic rise</source>
        <translation>Hausse de la systolique</translation>
    </message>
    <message>
        <source>High diastolic</source>
        <translation>Diastolique élevée</translation>
    </message>
    <message>
        <source>Fast heart rate</source>
        <translation>Fréquence cardiaque rapide</translation>
    </message>
    <message>
        <source>Slow heart rate</source>
        <translation>Fréquence cardiaque lente</translation>
    </message>
    <message>
        <source>Heart rate rise</source>
        <translation>Hausse de la fréquence cardiaque</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respiration lente</translation>
    </message>
    <message>
        <source>Fast breathing</source>
        <translation>Respiration rapide</translation>
    </message>
    <message>
        <source>Low SpO2</source>
        <translation>SpO2 basse</translation>
    </message>
    <message>
        <source>SpO2 drop</source>
        <translation>Baisse de la SpO2</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Douleur intense</translation>
    </message>
    <message>
        <source>Pain rise</source>
        <translation>Hausse de la douleur</translation>
    </message>
    <message>
        <source>{label} {value} {operator} {limit}</source>
        <translation>{label} {value} {operator} {limit}</translation>
    </message>
    <message>
        <source>{label} {value} is {change}{gap}{change_unit} above baseline {baseline} (rise ≥ {limit}{gap}{change_unit})</source>
        <translation>{label} {value} est {change}{gap}{change_unit} au-dessus de la valeur de base {baseline} (hausse ≥ {limit}{gap}{change_unit})</translation>
    </message>
    <message>
        <source>{label} {value} is {change}{gap}{change_unit} below baseline {baseline} (drop ≥ {limit}{gap}{change_unit})</source>
        <translation>{label} {value} est {change}{gap}{change_unit} sous la valeur de base {baseline} (baisse ≥ {limit}{gap}{change_unit})</translation>
    </message>
</context>
<context>
    <name>domain.vitals.config</name>
    <message>
        <source>built-in defaults</source>
        <translation>valeurs par défaut intégrées</translation>
    </message>
    <message>
        <source>{name}: ranges.{value}</source>
        <translation>{name} : ranges.{value}</translation>
    </message>
    <message>
        <source>{name}: alerts.{key}</source>
        <translation>{name} : alerts.{key}</translation>
    </message>
    <message>
        <source>{name}: [ranges] is missing</source>
        <translation>{name} : [ranges] est manquant</translation>
    </message>
    <message>
        <source>{name}: [ranges] has an unknown key &apos;{key}&apos;</source>
        <translation>{name} : [ranges] a une clé inconnue &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{name}: [alerts] is missing</source>
        <translation>{name} : [alerts] est manquant</translation>
    </message>
    <message>
        <source>{name}: [alerts] has an unknown key &apos;{key}&apos;</source>
        <translation>{name} : [alerts] a une clé inconnue &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{name}: unknown section or key &apos;{key}&apos;</source>
        <translation>{name} : section ou clé inconnue &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>The vital signs settings are invalid: </source>
        <translation>Les paramètres des signes vitaux ne sont pas valides : </translation>
    </message>
    <message>
        <source>{where} must be {{ min = ..., max = ... }}</source>
        <translation>{where} doit être {{ min = ..., max = ... }}</translation>
    </message>
    <message>
        <source>{where}: min and max must be numbers</source>
        <translation>{where} : min et max doivent être des nombres</translation>
    </message>
    <message>
        <source>{where}: min ({low}) must be below max ({high})</source>
        <translation>{where} : min ({low}) doit être sous max ({high})</translation>
    </message>
    <message>
        <source>{where}: bounds must have at most one decimal</source>
        <translation>{where} : les bornes doivent avoir au plus une décimale</translation>
    </message>
    <message>
        <source>{where}: bounds must be whole numbers</source>
        <translation>{where} : les bornes doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where} est manquant</translation>
    </message>
    <message>
        <source>{where} must be a table with a value and its source: [alerts.{key}] value = ... source = ...</source>
        <translation>{where} doit être une table avec une valeur et sa source : [alerts.{key}] value = ... source = ...</translation>
    </message>
    <message>
        <source>{where}.value must be a number</source>
        <translation>{where}.value doit être un nombre</translation>
    </message>
    <message>
        <source>{where}.source must name where the number comes from</source>
        <translation>{where}.source doit nommer la provenance du nombre</translation>
    </message>
    <message>
        <source>{where}.source must be at most {source_max_chars} characters</source>
        <translation>{where}.source doit avoir au plus {source_max_chars} caractères</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name} : ne peut pas être lu ({value})</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name} : TOML non valide ({error})</translation>
    </message>
</context>
<context>
    <name>domain.vitals.history</name>
    <message>
        <source>The time the vitals were taken</source>
        <translation>L&apos;heure de la prise des signes vitaux</translation>
    </message>
    <message>
        <source>Only a vitals set&apos;s values can be corrected here.</source>
        <translation>Seules les valeurs d&apos;une série de signes vitaux peuvent être corrigées ici.</translation>
    </message>
    <message>
        <source>The corrected values are the same as the values recorded.</source>
        <translation>Les valeurs corrigées sont identiques aux valeurs enregistrées.</translation>
    </message>
    <message>
        <source>No vitals set {event_id} in this session.</source>
        <translation>Aucune série de signes vitaux {event_id} dans cette séance.</translation>
    </message>
</context>
<context>
    <name>domain.vitals.signs</name>
    <message>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolique</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>domain.vitals.thresholds</name>
    <message>
        <source>built-in default (the bundled resources/vitals.toml gives its source)</source>
        <translation>valeur par défaut intégrée (le fichier resources/vitals.toml fourni en donne la source)</translation>
    </message>
    <message>
        <source>{name}: alerts.systolic_drop_at_or_above_percent ({drop}) must be between 0 and 100</source>
        <translation>{name} : alerts.systolic_drop_at_or_above_percent ({drop}) doit être entre 0 et 100</translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must lie inside ranges.{value2}</source>
        <translation>{name} : alerts.{key} ({value}) doit être à l&apos;intérieur de ranges.{value2}</translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be above 0 and at most {limit}</source>
        <translation>{name} : alerts.{key} ({value}) doit être supérieur à 0 et au plus {limit}</translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be from 1 to {pain_max}</source>
        <translation>{name} : alerts.{key} ({value}) doit être de 1 à {pain_max}</translation>
    </message>
    <message>
        <source>{name}: alerts.{low_key} ({low_value}) must be below alerts.{high_key} ({high_value})</source>
        <translation>{name} : alerts.{low_key} ({low_value}) doit être sous alerts.{high_key} ({high_value})</translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must have at most one decimal</source>
        <translation>{name} : alerts.{key} ({value}) doit avoir au plus une décimale</translation>
    </message>
    <message>
        <source>{name}: alerts.{key} ({value}) must be a whole number</source>
        <translation>{name} : alerts.{key} ({value}) doit être un nombre entier</translation>
    </message>
</context>
<context>
    <name>domain.vitals.values</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>{low} and {high} °C</source>
        <translation>{low} et {high} °C</translation>
    </message>
    <message>
        <source>{low} and {high} °F ({low2} to {high2} °C)</source>
        <translation>{low} et {high} °F ({low2} à {high2} °C)</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{label} must be between {accepted}.</source>
        <translation>{label} doit être entre {accepted}.</translation>
    </message>
    <message>
        <source>{label} must have at most one decimal, for example 37.2.</source>
        <translation>{label} doit avoir au plus une décimale, par exemple 37.2.</translation>
    </message>
    <message>
        <source>Diastolic ({diastolic} mmHg) must be below systolic ({systolic} mmHg).</source>
        <translation>La diastolique ({diastolic} mmHg) doit être sous la systolique ({systolic} mmHg).</translation>
    </message>
    <message>
        <source>Pain must be a whole number from 0 (no pain) to 10 (worst pain).</source>
        <translation>La douleur doit être un nombre entier de 0 (aucune douleur) à 10 (pire douleur).</translation>
    </message>
    <message>
        <source>This vitals record is damaged: &apos;{key}&apos; is missing.</source>
        <translation>Ce relevé de signes vitaux est endommagé : &apos;{key}&apos; est manquant.</translation>
    </message>
</context>
<context>
    <name>domain.working</name>
    <message>
        <source>{name} = {value}{unit}</source>
        <translation>{name} = {value}{unit}</translation>
    </message>
    <message>
        <source>{quantity}: {result}</source>
        <translation>{quantity} : {result}</translation>
    </message>
    <message>
        <source>  formula: {formula}</source>
        <translation>  formule : {formula}</translation>
    </message>
    <message>
        <source>  working: {arithmetic}</source>
        <translation>  calcul : {arithmetic}</translation>
    </message>
    <message>
        <source>  source: {source}</source>
        <translation>  source : {source}</translation>
    </message>
    <message>
        <source>  inputs: {inputs}</source>
        <translation>  données : {inputs}</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  remarque : {note}</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Record altered outside the app: {0}. What is shown may not be what was written or signed; keep the database file as it is and tell the person in charge of the records.</source>
        <translation>Dossier modifié en dehors de l&apos;application : {0}. Ce qui est affiché n&apos;est peut-être pas ce qui a été écrit ou signé; laissez le fichier de base de données tel quel et avisez la personne responsable des dossiers.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>label</source>
        <translation>monographie</translation>
    </message>
    <message>
        <source>ladder</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinique</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>pump</source>
        <translation>pompe</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>idéal</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NDM</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Dose (g)</source>
        <translation>Dose (g)</translation>
    </message>
    <message>
        <source>Highest rate (mL/h)</source>
        <translation>Débit le plus élevé (mL/h)</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Schéma thérapeutique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>⚠ ALTERED outside the app</source>
        <translation>⚠ MODIFIÉ en dehors de l&apos;application</translation>
    </message>
    <message>
        <source>✓ signed</source>
        <translation>✓ signée</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{0} (grades {1})</source>
        <translation>{0} (grades {1})</translation>
    </message>
    <message>
        <source>{0} (grade {1})</source>
        <translation>{0} (grade {1})</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
</context>
<context>
    <name>recorded</name>
    <message>
        <source>Slowed for a reaction</source>
        <translation>Ralentie pour une réaction</translation>
    </message>
    <message>
        <source>Paused for a reaction</source>
        <translation>En pause pour une réaction</translation>
    </message>
    <message>
        <source>Stopped for a reaction</source>
        <translation>Arrêtée pour une réaction</translation>
    </message>
    <message>
        <source>Slowed for a reaction (grade {0})</source>
        <translation>Ralentie pour une réaction (grade {0})</translation>
    </message>
    <message>
        <source>Paused for a reaction (grade {0})</source>
        <translation>En pause pour une réaction (grade {0})</translation>
    </message>
    <message>
        <source>Stopped for a reaction (grade {0})</source>
        <translation>Arrêtée pour une réaction (grade {0})</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Patients &amp;&amp; history…</source>
        <translation>Patients &amp;&amp; historique…</translation>
    </message>
    <message>
        <source>Lot look-up…</source>
        <translation>Recherche de lot…</translation>
    </message>
    <message>
        <source>Print the session record…</source>
        <translation>Imprimer le dossier de la séance…</translation>
    </message>
    <message>
        <source>Save the session record as PDF…</source>
        <translation>Enregistrer le dossier de la séance en PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profils…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Switch nurse</source>
        <translation>Changer d&apos;infirmière</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Checklist: Done / No risk</source>
        <translation>Liste de vérification : Terminé / Aucun risque</translation>
    </message>
    <message>
        <source>Checklist: Not applicable / Risk present</source>
        <translation>Liste de vérification : Sans objet / Risque présent</translation>
    </message>
    <message>
        <source>Start infusion…</source>
        <translation>Démarrer la perfusion…</translation>
    </message>
    <message>
        <source>Step up…</source>
        <translation>Augmenter le débit…</translation>
    </message>
    <message>
        <source>Hold rate…</source>
        <translation>Maintenir le débit…</translation>
    </message>
    <message>
        <source>Step down…</source>
        <translation>Diminuer le débit…</translation>
    </message>
    <message>
        <source>Pause / Resume…</source>
        <translation>Pause / Reprendre…</translation>
    </message>
    <message>
        <source>End infusion…</source>
        <translation>Terminer la perfusion…</translation>
    </message>
    <message>
        <source>Record vitals</source>
        <translation>Consigner les signes vitaux</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Accuser réception de toutes les alertes</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Séance suivante</translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation>Séance précédente</translation>
    </message>
    <message>
        <source>Next tab of the session</source>
        <translation>Onglet suivant de la séance</translation>
    </message>
    <message>
        <source>Previous tab of the session</source>
        <translation>Onglet précédent de la séance</translation>
    </message>
    <message>
        <source>Session 1 to 9 on the board</source>
        <translation>Séance 1 à 9 du tableau</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Ouvrir les menus</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisatrice</translation>
    </message>
    <message>
        <source>About IVIG Desktop</source>
        <translation>À propos d&apos;IVIG Desktop</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>A password of {0}+ characters, or a PIN of {1}+ digits</source>
        <translation>Un mot de passe de {0}+ caractères, ou un NIP de {1}+ chiffres</translation>
    </message>
</context>
<context>
    <name>time_field</name>
    <message>
        <source>Type the time as HH:MM (24-hour), for example 07:30; leave it empty for now.</source>
        <translation>Tapez l&apos;heure en HH:MM (24 heures), par exemple 07:30; laissez vide pour maintenant.</translation>
    </message>
</context>
<context>
    <name>work_area</name>
    <message>
        <source>Select a session on the board, or start a new one ({0}).</source>
        <translation>Sélectionnez une séance sur le tableau, ou commencez-en une nouvelle ({0}).</translation>
    </message>
</context>
</TS>
