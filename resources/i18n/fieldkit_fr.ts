<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="111" />
      <source>About FieldKit</source>
      <translation>À propos de FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>An offline companion for field missions: incident log, Spotting the Spoilers assessments, maps and sync bundles.</source>
      <translation>Un compagnon hors ligne pour les missions de terrain : journal d'incidents, évaluations « Repérer les saboteurs de la paix », cartes et paquets de synchronisation.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="125" />
      <source>The translation into this language is a first draft, awaiting review by a native speaker: where a text is unclear, the English version is the reference.</source>
      <translation>La traduction dans cette langue est une première version, en attente de relecture par un locuteur natif : là où un texte n'est pas clair, la version anglaise fait foi.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Logiciels tiers</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>Crédits des données</translation>
    </message>
  </context>
  <context>
    <name>ActorDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="129" />
      <source>Actor</source>
      <translation>Acteur</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="139" />
      <source>not known</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="144" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="151" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="152" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="153" />
      <source>Role in the chain</source>
      <translation>Rôle dans la chaîne</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="154" />
      <source>Capability</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="155" />
      <source>Links to armed groups</source>
      <translation>Liens avec des groupes armés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="156" />
      <source>Links to the state</source>
      <translation>Liens avec l'État</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="157" />
      <source>Trend</source>
      <translation>Tendance</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="158" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>AnswerWidget</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="80" />
      <source>(no answer)</source>
      <translation>(pas de réponse)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="109" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="111" />
      <source>Type 'unknown' if it is not known.</source>
      <translation>Tapez « inconnu » si la réponse n'est pas connue.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="108" />
      <source>Assessment</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="113" />
      <source>New assessment…</source>
      <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="116" />
      <source>Import checklist…</source>
      <translation>Importer une liste de contrôle…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="118" />
      <source>Add a checklist written as an XLSForm (.xlsx), the spreadsheet forms of ODK and KoboToolbox</source>
      <translation>Ajouter une liste de contrôle écrite en XLSForm (.xlsx), les formulaires tableur d'ODK et de KoboToolbox</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="122" />
      <source>Next unanswered</source>
      <translation>Question suivante sans réponse</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="127" />
      <location filename="../../ui/checklist/view.py" line="586" />
      <source>Finalise</source>
      <translation>Finaliser</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="130" />
      <source>Use the latest checklist</source>
      <translation>Utiliser la dernière liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="132" />
      <source>This draft uses an earlier version of the checklist; its answers are carried over.</source>
      <translation>Ce brouillon utilise une version antérieure de la liste de contrôle ; ses réponses sont reprises.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="137" />
      <location filename="../../ui/checklist/view.py" line="639" />
      <source>PDF report…</source>
      <translation>Rapport PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="140" />
      <source>Language of the PDF report</source>
      <translation>Langue du rapport PDF</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="163" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="174" />
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="179" />
      <source>Compare with</source>
      <translation>Comparer avec</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="186" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="188" />
      <source>Markets and actors</source>
      <translation>Marchés et acteurs</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>final</source>
      <translation>définitive</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>in progress</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="259" />
      <source>No assessment yet. Click “New assessment…” to start one.</source>
      <translation>Aucune évaluation pour l'instant. Cliquez sur « Nouvelle évaluation… » pour en commencer une.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="298" />
      <source>This assessment is final (version {v}). Changing an answer needs a reason and is kept as a new version.</source>
      <translation>Cette évaluation est définitive (version {v}). Modifier une réponse exige un motif et crée une nouvelle version.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="304" />
      <source>Answers are saved the moment you give them.</source>
      <translation>Les réponses sont enregistrées dès que vous les donnez.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="325" />
      <source>The area bounds must be four numbers.</source>
      <translation>Les limites de la zone doivent être quatre nombres.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="358" />
      <source>Overall: {done} of {total} answered</source>
      <translation>Au total : {done} questions traitées sur {total}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="416" />
      <source>Note (optional)</source>
      <translation>Note (facultative)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="445" />
      <source>Evidence ({n})…</source>
      <translation>Éléments à l'appui ({n})…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Every question that applies has an answer.</source>
      <translation>Toutes les questions applicables ont une réponse.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="482" />
      <source>Change a final assessment</source>
      <translation>Modifier une évaluation définitive</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="483" />
      <source>This assessment is final. Why are you changing it? The change is kept as a new version.</source>
      <translation>Cette évaluation est définitive. Pourquoi la modifiez-vous ? La modification est conservée comme nouvelle version.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="551" />
      <source>Give an answer first; the note is saved with it.</source>
      <translation>Donnez d'abord une réponse ; la note est enregistrée avec elle.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="590" />
      <source>Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, the PDF report and the command line.</source>
      <translation>Finaliser quand même ? Le résultat sera marqué « Insuffisant – ne pas diffuser » dans l'application, le rapport PDF et la ligne de commande.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="628" />
      <source>Save the assessment report</source>
      <translation>Enregistrer le rapport d'évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="641" />
      <source>Include the incidents marked sensitive? They are then marked SENSITIVE in the report. (No leaves them out.)</source>
      <translation>Inclure les incidents marqués sensibles ? Ils sont alors marqués SENSIBLE dans le rapport. (Non les exclut.)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="648" />
      <source>Report written to {path}</source>
      <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="652" />
      <source>Writing the PDF report…</source>
      <translation>Rédaction du rapport PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="666" />
      <source>Import a checklist (XLSForm)</source>
      <translation>Importer une liste de contrôle (XLSForm)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="682" />
      <source>Checklist “{title}” (version {version}) imported: {n} questions.</source>
      <translation>Liste de contrôle « {title} » (version {version}) importée : {n} questions.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="684" />
      <source>Checklist “{title}” (version {version}) was already there: nothing changed.</source>
      <translation>La liste de contrôle « {title} » (version {version}) était déjà là : rien n'a changé.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="689" />
      <source>It carries no scores: assessments made with it are answered and finalised as usual, but no threat level is computed (“not scored”).</source>
      <translation>Elle ne porte pas de scores : les évaluations faites avec elle se remplissent et se finalisent comme d'habitude, mais aucun niveau de menace n'est calculé (« non noté »).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="694" />
      <source>%n row(s) of the form were skipped or kept without being evaluated:</source>
      <translation>
        <numerusform>%n ligne du formulaire a été ignorée ou gardée sans être évaluée :</numerusform>
        <numerusform>%n lignes du formulaire ont été ignorées ou gardées sans être évaluées :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="697" />
      <source>Import checklist</source>
      <translation>Importer une liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="699" />
      <source>Reading the checklist…</source>
      <translation>Lecture de la liste de contrôle…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="34" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="35" />
      <source>Moderate</source>
      <translation>Modéré</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="36" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="37" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="38" />
      <source>Insufficient information</source>
      <translation>Informations insuffisantes</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="39" />
      <source>Not scored</source>
      <translation>Non noté</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>high</source>
      <translation>élevée</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>moderate</source>
      <translation>modérée</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="714" />
      <source>%n answer(s) cite evidence</source>
      <translation>
        <numerusform>%n réponse cite des preuves</numerusform>
        <numerusform>%n réponses citent des preuves</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="717" />
      <source>No score yet: a threat section is scored once at least {pct} of its scored questions have a known answer (not “unknown”); answer more of them.</source>
      <translation>Pas encore de score : une section de menace est notée dès qu’au moins {pct} de ses questions notées ont une réponse connue (pas « inconnu ») ; répondez à davantage d’entre elles.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="721" />
      <source>This checklist carries no scores: no threat level is computed.</source>
      <translation>Cette liste de contrôle ne porte pas de scores : aucun niveau de menace n'est calculé.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="751" />
      <source>key finding, sets at least {level}</source>
      <translation>constat clé, impose au moins {level}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="757" />
      <source>threat {score} of 4, %n incident(s) cited</source>
      <translation>
        <numerusform>menace {score} sur 4, %n incident cité</numerusform>
        <numerusform>menace {score} sur 4, %n incidents cités</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="766" />
      <source>Scores are aids to judgement, not measurements. Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from 0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level.</source>
      <translation>Les scores aident le jugement ; ce ne sont pas des mesures. Les réponses manquantes ou inconnues réduisent la couverture ; elles ne comptent jamais pour zéro. La menace de chaque réponse va de 0 (aucune) à 4 (la plus forte) ; les barres montrent le score de chaque section, de 1 à 10, dans la couleur de son niveau.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="772" />
      <source>outside the assessment's period</source>
      <translation>hors de la période de l'évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="773" />
      <source>source graded below C3</source>
      <translation>source cotée en dessous de C3</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="774" />
      <source>cited on an answer that does not score high</source>
      <translation>cité sur une réponse dont le score n'est pas élevé</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="775" />
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="779" />
      <source>graded {grade}, cited on {questions}</source>
      <translation>coté {grade}, cité sur {questions}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="787" />
      <source>Known answers cover {cov} of the threat questions; {min} are needed.</source>
      <translation>Les réponses connues couvrent {cov} des questions de menace ; il en faut {min}.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="792" />
      <source>Required questions unanswered: {ids}</source>
      <translation>Questions obligatoires sans réponse : {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="795" />
      <source>Required questions answered “unknown”: {ids}</source>
      <translation>Questions obligatoires répondues « inconnu » : {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="799" />
      <source>“Other” picked without saying what in the note: {ids}</source>
      <translation>« Autre » choisi sans préciser dans la note : {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="804" />
      <source>No assessor is named.</source>
      <translation>Aucun évaluateur n'est nommé.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="807" />
      <source>Evidence that does not count or is flagged</source>
      <translation>Éléments à l'appui qui ne comptent pas ou sont signalés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="826" />
      <source>The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the section mean's band and the floor set by key findings.</source>
      <translation>La règle du niveau est une proposition de FieldKit pour aider au jugement, et non une méthodologie officielle : le plus élevé entre la tranche de la moyenne des sections et le plancher fixé par les constats clés.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="844" />
      <source>There is no other assessment of this area to compare with.</source>
      <translation>Il n'y a pas d'autre évaluation de cette zone à comparer.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="931" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="932" />
      <source>Role in the chain</source>
      <translation>Rôle dans la chaîne</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="933" />
      <source>Capability</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="934" />
      <source>Armed groups</source>
      <translation>Groupes armés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="935" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="936" />
      <source>Trend</source>
      <translation>Tendance</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="941" />
      <source>only in the earlier assessment</source>
      <translation>seulement dans l'évaluation précédente</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="943" />
      <source>new in this assessment</source>
      <translation>nouveau dans cette évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="951" />
      <source>unchanged</source>
      <translation>inchangé</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Insufficient – not for distribution</source>
      <translation>Insuffisant – ne pas diffuser</translation>
    </message>
    <message>
      <source>Threat level</source>
      <translation>Niveau de menace</translation>
    </message>
    <message>
      <source>Completeness</source>
      <translation>Complétude</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <source>Tripwire</source>
      <translation>Seuil d'alerte</translation>
    </message>
    <message>
      <source>Not ready to finalise</source>
      <translation>Pas prête à être finalisée</translation>
    </message>
    <message>
      <source>Why this level</source>
      <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
      <source>The threat score rose by 2 points or more: review this area.</source>
      <translation>Le score de menace a augmenté de 2 points ou plus : réexaminez cette zone.</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Section</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <source>Criminal markets</source>
      <translation>Marchés criminels</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>Marché</translation>
    </message>
    <message>
      <source>Score /10</source>
      <translation>Score /10</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>Routes</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Acteurs</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/sync/view.py" line="71" />
      <source>Resolve a conflict</source>
      <translation>Résoudre un conflit</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <location filename="../../ui/sync/view.py" line="116" />
      <source>Here</source>
      <translation>Ici</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>On {dev}</source>
      <translation>Sur {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="117" />
      <source>Other device</source>
      <translation>Autre appareil</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="134" />
      <source>Resolved a conflict with {dev}</source>
      <translation>Conflit résolu avec {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="136" />
      <source>(their edit: “{why}”)</source>
      <translation>(leur modification : « {why} »)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Keep</source>
      <translation>Garder</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="81" />
      <source>This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which value to keep. The result is saved as a new version.

Here: {mine_when}, by {mine_who}: “{mine_why}”
{dev}: {their_when}, by {their_who}: “{their_why}”</source>
      <translation>Cet incident a été modifié ici et sur {dev}. Rien n’a été perdu : choisissez, champ par champ, la valeur à garder. Le résultat est enregistré comme une nouvelle version.

Ici : {mine_when}, par {mine_who} : « {mine_why} »
{dev} : {their_when}, par {their_who} : « {their_why} »</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="127" />
      <source>Reason (optional)</source>
      <translation>Motif (facultatif)</translation>
    </message>
  </context>
  <context>
    <name>EvidencePicker</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="206" />
      <source>Evidence: incidents that support this answer</source>
      <translation>Éléments à l'appui : incidents qui étayent cette réponse</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="210" />
      <source>Search incidents…</source>
      <translation>Rechercher des incidents…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="212" />
      <source>Only incidents in the assessment area</source>
      <translation>Seulement les incidents de la zone évaluée</translation>
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>This device's key</source>
      <translation>La clé de cet appareil</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>Compare a key's fingerprint</source>
      <translation>Comparer l'empreinte d'une clé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="49" />
      <source>Device: {label}
Device id: {device_id}</source>
      <translation>Appareil : {label}
Identifiant : {device_id}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="57" />
      <source>Read these words to the key's owner (by phone or in person), or let them scan the code: they must see the same on their screen. The name proves nothing.</source>
      <translation>Lisez ces mots au propriétaire de la clé (par téléphone ou en personne), ou laissez-le scanner le code : il doit voir la même chose sur son écran. Le nom ne prouve rien.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="62" />
      <source>Read these words to HQ or a colleague, or let them scan the code, so they can check your key.</source>
      <translation>Lisez ces mots au QG ou à un collègue, ou laissez-les scanner le code, pour qu'ils vérifient votre clé.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="88" />
      <source>The code holds the device id and both public keys.</source>
      <translation>Le code contient l'identifiant de l'appareil et ses deux clés publiques.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="91" />
      <source>Fingerprint: {fp}</source>
      <translation>Empreinte : {fp}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="99" />
      <source>Fingerprint checked</source>
      <translation>Empreinte vérifiée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="100" />
      <source>The owner read the same words: record that this key was checked.</source>
      <translation>Le propriétaire a lu les mêmes mots : noter que cette clé a été vérifiée.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="108" />
      <source>Trusted here: {how}</source>
      <translation>Acceptée ici : {how}</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>User guide</source>
      <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="155" />
      <source>The user guide is not installed with this copy of FieldKit.</source>
      <translation>Le guide de l’utilisateur n’est pas installé avec cette copie de FieldKit.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>This guide is not translated yet; here is the English version.</source>
      <translation>Ce guide n’est pas encore traduit ; voici la version anglaise.</translation>
    </message>
  </context>
  <context>
    <name>HqView</name>
    <message>
      <location filename="../../ui/hq/view.py" line="97" />
      <source>The HQ database {name} on {host}</source>
      <translation>La base de données du QG {name} sur {host}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="99" />
      <source>The HQ database {name} on this computer</source>
      <translation>La base de données du QG {name} sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="109" />
      <source>Search the HQ database (words, "phrases", OR, -word)…</source>
      <translation>Rechercher dans la base de données du QG (mots, « expressions », OR, -mot)…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="112" />
      <source>Include sensitive incidents</source>
      <translation>Inclure les incidents sensibles</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="114" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="124" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="125" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="126" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="127" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="128" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="129" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="140" />
      <source>Choose an incident to read it and its signed history.</source>
      <translation>Choisissez un incident pour le lire avec son historique signé.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="148" />
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="155" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="158" />
      <source>Assessments</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="159" />
      <location filename="../../ui/hq/view.py" line="286" />
      <location filename="../../ui/hq/view.py" line="292" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="174" />
      <source>The assessments the HQ database holds, their threat level computed here from the answers and the incidents they cite, as the checklist computes it. An assessment whose information is insufficient is marked so: it is not for distribution.</source>
      <translation>Les évaluations que détient la base de données du QG, leur niveau de menace calculé ici à partir des réponses et des incidents qu'elles citent, comme la liste de contrôle le calcule. Une évaluation dont l'information est insuffisante est marquée comme telle : elle ne doit pas être diffusée.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="183" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="184" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="185" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="186" />
      <source>Threat level</source>
      <translation>Niveau de menace</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="187" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="188" />
      <source>Coverage</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="189" />
      <source>Assessor</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="204" />
      <source>checklist not on this computer</source>
      <translation>liste de contrôle absente de cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="209" />
      <source>Insufficient – not for distribution</source>
      <translation>Insuffisant – ne pas diffuser</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>high</source>
      <translation>élevée</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>moderate</source>
      <translation>modérée</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Final</source>
      <translation>Définitif</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="237" />
      <source>Conflicts the HQ workspace holds open. Choose which side to keep: the HQ workspace's merge service applies it as a new signed version naming you, and the next refresh shows it gone.</source>
      <translation>Conflits que l'espace de travail du QG garde ouverts. Choisissez le côté à garder : le service de fusion de l'espace de travail du QG l'applique comme une nouvelle version signée qui vous nomme, et l'actualisation suivante ne le montre plus.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="245" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="246" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="247" />
      <source>Other device</source>
      <translation>Autre appareil</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="248" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="249" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="250" />
      <source>Your request</source>
      <translation>Votre demande</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="259" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep HQ's version</source>
      <translation>Garder la version du QG</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="260" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep the other device's version</source>
      <translation>Garder la version de l'autre appareil</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="266" />
      <source>Choose a conflict to compare the two versions.</source>
      <translation>Choisissez un conflit pour comparer les deux versions.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="286" />
      <source>Choose a conflict first.</source>
      <translation>Choisissez d'abord un conflit.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="293" />
      <source>You already asked for this conflict; the HQ workspace has not applied it yet.</source>
      <translation>Vous avez déjà fait une demande pour ce conflit ; l'espace de travail du QG ne l'a pas encore appliquée.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="301" />
      <source>{record}: why (kept with the decision)?</source>
      <translation>{record} : pourquoi (gardé avec la décision) ?</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="315" />
      <source>Asked: the HQ workspace applies it when its merge service next looks (the HQ window, or 'fieldkit hq serve').</source>
      <translation>Demandé : l'espace de travail du QG l'applique quand son service de fusion regarde à nouveau (la fenêtre du QG, ou 'fieldkit hq serve').</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="322" />
      <source>Asking the HQ workspace…</source>
      <translation>Demande à l'espace de travail du QG…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="381" />
      <source>Reading the HQ database…</source>
      <translation>Lecture de la base de données du QG…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="385" />
      <source>The HQ database is out of reach: Refresh to try again.</source>
      <translation>La base de données du QG est hors d'atteinte : actualisez pour réessayer.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="390" />
      <source>The HQ database could not be read (details in the log).</source>
      <translation>La base de données du QG n'a pas pu être lue (détails dans le journal).</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="396" />
      <source>Incidents on the map: {count} (without a location: {unplaced}) · listed: {shown}, {order} · open conflicts: {conflicts}</source>
      <translation>Incidents sur la carte : {count} (sans lieu : {unplaced}) · listés : {shown}, {order} · conflits ouverts : {conflicts}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="399" />
      <source>newest first</source>
      <translation>les plus récents d'abord</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="411" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>HQ's version</source>
      <translation>la version du QG</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>the other device's version</source>
      <translation>la version de l'autre appareil</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="454" />
      <source>refused: {side}</source>
      <translation>refusée : {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="456" />
      <source>applied: {side}</source>
      <translation>appliquée : {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="457" />
      <source>waiting: {side}</source>
      <translation>en attente : {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>deleted on one side</source>
      <translation>supprimé d'un côté</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>edited on both sides</source>
      <translation>modifié des deux côtés</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="503" />
      <source>Deleted on the other device, changed here: keep it (HQ's version) or delete it for good.</source>
      <translation>Supprimé sur l'autre appareil, modifié ici : gardez-le (la version du QG) ou supprimez-le définitivement.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="513" />
      <source>{field}: HQ “{local}” · the other device “{remote}”</source>
      <translation>{field} : QG « {local} » · l'autre appareil « {remote} »</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="520" />
      <source>The two versions hold the same values.</source>
      <translation>Les deux versions contiennent les mêmes valeurs.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="524" />
      <source>Comparing the two versions…</source>
      <translation>Comparaison des deux versions…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="552" />
      <source>This incident is not in the HQ database.</source>
      <translation>Cet incident n'est pas dans la base de données du QG.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="559" />
      <source>Reading the incident…</source>
      <translation>Lecture de l'incident…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="584" />
      <source>Reported by: {device}</source>
      <translation>Signalé par : {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="589" />
      <source>Sensitive: handle as its source requires.</source>
      <translation>Sensible : à traiter comme sa source l'exige.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="591" />
      <source>Signed history (versions: {n}):</source>
      <translation>Historique signé (versions : {n}) :</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="594" />
      <source>by {author}, device {device}</source>
      <translation>par {author}, appareil {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="598" />
      <source>device {device}</source>
      <translation>appareil {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="600" />
      <source>v{version} · {when} · {who} · signed with key {key}</source>
      <translation>v{version} · {when} · {who} · signé avec la clé {key}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="608" />
      <source>Attachments:</source>
      <translation>Pièces jointes :</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>held by the HQ database</source>
      <translation>détenue par la base de données du QG</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>not in the HQ database yet</source>
      <translation>pas encore dans la base de données du QG</translation>
    </message>
  </context>
  <context>
    <name>IncidentEditor</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>Edit incident</source>
      <translation>Modifier l'incident</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>New incident</source>
      <translation>Nouvel incident</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="128" />
      <source>This draft was recovered from an interrupted session. Check it and save it, or discard it.</source>
      <translation>Ce brouillon a été récupéré d'une session interrompue. Vérifiez-le puis enregistrez-le, ou abandonnez-le.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="152" />
      <source>(not set)</source>
      <translation>(non renseigné)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="168" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="187" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="188" />
      <source>What happened, in a few words</source>
      <translation>Ce qui s'est passé, en quelques mots</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="189" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>When (UTC)</source>
      <translation>Quand (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30</source>
      <translation>ISO 8601 : 2026-03-14, 2026-03 ou 2026-03-14T22:30</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="196" />
      <source>Exact</source>
      <translation>Exacte</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="197" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="198" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="199" />
      <source>Approximate</source>
      <translation>Approximative</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="202" />
      <source>Time precision</source>
      <translation>Précision de la date</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="207" />
      <source>Place name (pick a known place to fill the coordinates)</source>
      <translation>Nom du lieu (choisissez un lieu connu pour remplir les coordonnées)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="223" />
      <source>Pick on map…</source>
      <translation>Choisir sur la carte…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="226" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="234" />
      <source>latitude, e.g. 11.86</source>
      <translation>latitude, p. ex. 11,86</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="235" />
      <source>longitude, e.g. -15.60</source>
      <translation>longitude, p. ex. -15,60</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="253" />
      <source>A draft may be saved without coordinates; a final incident needs both.</source>
      <translation>Un brouillon peut être enregistré sans coordonnées ; un incident définitif a besoin des deux.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="254" />
      <source>Latitude / longitude (WGS84)</source>
      <translation>Latitude / longitude (WGS84)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="260" />
      <source>Location precision</source>
      <translation>Précision du lieu</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="261" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="265" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="267" />
      <source>Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)</source>
      <translation>Nom:TYPE; autre nom:TYPE  (types : NETWORK, GANG, ARMED_NSAG…)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="268" />
      <source>Actors involved</source>
      <translation>Acteurs impliqués</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="276" />
      <source>Criminal markets</source>
      <translation>Marchés criminels</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="278" />
      <source>empty if not known</source>
      <translation>vide si inconnu</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="279" />
      <source>People killed</source>
      <translation>Personnes tuées</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="280" />
      <source>Source type</source>
      <translation>Type de source</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="288" />
      <source>Source reliability / information credibility</source>
      <translation>Fiabilité de la source / crédibilité de l'information</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="291" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="292" />
      <source>comma-separated</source>
      <translation>séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="294" />
      <source>Final</source>
      <translation>Définitif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="295" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="296" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive (kept out of exports unless chosen)</source>
      <translation>Sensible (exclu des exportations sauf choix contraire)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="298" />
      <source>Reason for the change</source>
      <translation>Motif de la modification</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="299" />
      <source>Required to change a final incident</source>
      <translation>Obligatoire pour modifier un incident définitif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="307" />
      <source>Add file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="309" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="315" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="318" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="325" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="326" />
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="327" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="433" />
      <source>{name}  (to be added on save)</source>
      <translation>{name}  (ajouté à l'enregistrement)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="440" />
      <source>No history yet: the first save creates version 1.</source>
      <translation>Pas encore d'historique : le premier enregistrement crée la version 1.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="457" />
      <source>created</source>
      <translation>créé</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="467" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="468" />
      <source>Saved (UTC)</source>
      <translation>Enregistré (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="469" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="470" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="471" />
      <source>What changed</source>
      <translation>Ce qui a changé</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="472" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="499" />
      <source>{name}: actor record in {where}</source>
      <translation>{name} : fiche d'acteur dans {where}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="531" />
      <source>Read as {lat}, {lon} (the comma taken as the decimal point).</source>
      <translation>Lu comme {lat}, {lon} (la virgule prise comme séparateur décimal).</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="574" />
      <source>Draft autosaved at {time}</source>
      <translation>Brouillon enregistré automatiquement à {time}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="609" />
      <location filename="../../ui/incidents/editor.py" line="661" />
      <source>Preparing the list of places…</source>
      <translation>Préparation de la liste des lieux…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>The map is not available on this computer.</source>
      <translation>La carte n'est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="688" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="730" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="746" />
      <source>Discard changes</source>
      <translation>Abandonner les modifications</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="747" />
      <source>Discard what you typed? This cannot be undone.</source>
      <translation>Abandonner ce que vous avez saisi ? C'est irréversible.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="775" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="776" />
      <source>This incident has changes that are not saved yet.</source>
      <translation>Cet incident a des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep editing</source>
      <translation>Continuer la saisie</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep as a draft and close</source>
      <translation>Garder en brouillon et fermer</translation>
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../ui/incidents/model.py" line="31" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="32" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="33" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="34" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="35" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="36" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="37" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>final</source>
      <translation>définitif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="127" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
  </context>
  <context>
    <name>IncidentsView</name>
    <message>
      <location filename="../../ui/incidents/view.py" line="62" />
      <source>Search title, description, place, actors…  ("exact phrase", word*, OR, NOT)</source>
      <translation>Rechercher titre, description, lieu, acteurs…  ("expression exacte", mot*, OR, NOT)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="66" />
      <source>New incident</source>
      <translation>Nouvel incident</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="70" />
      <source>PDF report…</source>
      <translation>Rapport PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="71" />
      <source>The incidents shown, as a PDF table with a map</source>
      <translation>Les incidents affichés, en tableau PDF avec une carte</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="78" />
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="89" />
      <source>Severity ≥</source>
      <translation>Gravité ≥</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="94" />
      <source>from YYYY-MM-DD</source>
      <translation>du AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="96" />
      <source>to YYYY-MM-DD</source>
      <translation>au AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="100" />
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="101" />
      <source>Final</source>
      <translation>Définitif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="102" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="105" />
      <source>area: min lon, min lat, max lon, max lat</source>
      <translation>zone : lon min, lat min, lon max, lat max</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="108" />
      <source>Trash</source>
      <translation>Corbeille</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="138" />
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="140" />
      <location filename="../../ui/incidents/view.py" line="462" />
      <source>Move to trash</source>
      <translation>Mettre à la corbeille</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="142" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="144" />
      <location filename="../../ui/incidents/view.py" line="488" />
      <source>Delete for good</source>
      <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/incidents/view.py" line="215" />
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incident</numerusform>
        <numerusform>%n incidents</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="214" />
      <source> in the trash</source>
      <translation> dans la corbeille</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="84" />
      <source>All markets</source>
      <translation>Tous les marchés</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="265" />
      <source>Select an incident to see it here.</source>
      <translation>Sélectionnez un incident pour l'afficher ici.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="310" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="315" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="320" />
      <source>no coordinates yet (draft)</source>
      <translation>pas encore de coordonnées (brouillon)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="323" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="324" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="326" />
      <source>Actors</source>
      <translation>Acteurs</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="333" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="343" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="345" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>final</source>
      <translation>définitif</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="347" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="349" />
      <source>Reported</source>
      <translation>Signalé</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="379" />
      <source>signed by a key HQ revoked from {when}: after the revocation (see Verify)</source>
      <translation>signée par une clé que le QG a révoquée à partir du {when} : après la révocation (voir Vérifier)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="381" />
      <source>signed before HQ revoked the key (from {when})</source>
      <translation>signée avant que le QG révoque la clé (à partir du {when})</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="399" />
      <source>Save attachment</source>
      <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="414" />
      <source>Save the incident report</source>
      <translation>Enregistrer le rapport d'incidents</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="425" />
      <source>Report written to {path}</source>
      <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="429" />
      <source>Writing the PDF report…</source>
      <translation>Rédaction du rapport PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="463" />
      <source>Why is this incident being removed?</source>
      <translation>Pourquoi cet incident est-il retiré ?</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="464" />
      <source>Moved to the trash</source>
      <translation>Mis à la corbeille</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="489" />
      <source>Delete this incident and its history for good? This cannot be undone.</source>
      <translation>Supprimer définitivement cet incident et son historique ? C'est irréversible.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
  </context>
  <context>
    <name>JudgementDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="174" />
      <source>Key judgement</source>
      <translation>Jugement clé</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="181" />
      <source>Judgement</source>
      <translation>Jugement</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="182" />
      <source>Likelihood</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="183" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
  </context>
  <context>
    <name>KeyTrust</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="29" />
      <source>trusted on first use, fingerprint not checked</source>
      <translation>acceptée au premier usage, empreinte non vérifiée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="31" />
      <source>fingerprint checked</source>
      <translation>empreinte vérifiée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="33" />
      <source>listed by HQ</source>
      <translation>inscrite par le QG</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="264" />
      <source>FieldKit</source>
      <translation>FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="276" />
      <source>This workspace holds demo data ([DEMO] records): File → Remove demo data</source>
      <translation>Cet espace de travail contient des données de démonstration (enregistrements [DEMO]) : Fichier → Retirer les données de démonstration</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="281" />
      <source>NOT encrypted: anyone with this laptop can read this workspace</source>
      <translation>NON chiffré : quiconque a cet ordinateur peut lire cet espace de travail</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="284" />
      <source>Workspace: {folder}</source>
      <translation>Espace de travail : {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="291" />
      <source>HQ database: {name} on {host}</source>
      <translation>Base de données du QG : {name} sur {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="293" />
      <source>HQ database: {name} on this computer</source>
      <translation>Base de données du QG : {name} sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="297" />
      <source>Reads the HQ database {name} on {host}</source>
      <translation>Lit la base de données du QG {name} sur {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="299" />
      <source>Reads the HQ database {name} on this computer</source>
      <translation>Lit la base de données du QG {name} sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>Inbox: {imported} imported, {refused} refused</source>
      <translation>Boîte de réception : {imported} importé(s), {refused} refusé(s)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="352" />
      <source>conflicts resolved from other desks: {applied}</source>
      <translation>conflits résolus depuis d'autres postes : {applied}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="370" />
      <source>HQ database out of reach: its inbox will be looked at again</source>
      <translation>Base de données du QG injoignable : sa boîte de réception sera consultée à nouveau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="373" />
      <source>The HQ database's inbox was not taken in: {error}</source>
      <translation>La boîte de réception de la base de données du QG n'a pas été traitée : {error}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="377" />
      <source>The HQ database's inbox was not taken in (details in the log).</source>
      <translation>La boîte de réception de la base de données du QG n'a pas été traitée (détails dans le journal).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="380" />
      <source>Importing the bundles handed to the HQ database…</source>
      <translation>Importation des paquets remis à la base de données du QG…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="424" />
      <source>The map needs QtWebEngine, which is not installed.</source>
      <translation>La carte a besoin de QtWebEngine, qui n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="448" />
      <source>Jobs</source>
      <translation>Tâches</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="458" />
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="459" />
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="460" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="461" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="462" />
      <source>HQ database</source>
      <translation>Base de données du QG</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="474" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>Load demo data…</source>
      <translation>Charger des données de démonstration…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Remove demo data…</source>
      <translation>Retirer les données de démonstration…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="477" />
      <source>Your name and device…</source>
      <translation>Votre nom et votre appareil…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="479" />
      <source>Verify integrity</source>
      <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="481" />
      <source>Lock now</source>
      <translation>Verrouiller maintenant</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="484" />
      <source>Encrypt this workspace…</source>
      <translation>Chiffrer cet espace de travail…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="486" />
      <source>Change the passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="487" />
      <source>Duress passphrase…</source>
      <translation>Phrase secrète de contrainte…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="488" />
      <source>Travel mode…</source>
      <translation>Mode voyage…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="489" />
      <source>Delete this workspace now…</source>
      <translation>Supprimer cet espace de travail maintenant…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="491" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="492" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="498" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="500" />
      <source>User guide</source>
      <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="502" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="503" />
      <source>Report a problem…</source>
      <translation>Signaler un problème…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="505" />
      <source>About FieldKit</source>
      <translation>À propos de FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="568" />
      <source>Travel mode</source>
      <translation>Mode voyage</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="568" />
      <source>%n incident(s) left this laptop; HQ keeps them.</source>
      <translation>
        <numerusform>%n incident a quitté cet ordinateur ; le QG le garde.</numerusform>
        <numerusform>%n incidents ont quitté cet ordinateur ; le QG les garde.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="580" />
      <source>The duress passphrase was removed.</source>
      <translation>La phrase secrète de contrainte a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <source>The duress passphrase is set. Keep it as secret as the passphrase itself.</source>
      <translation>La phrase secrète de contrainte est définie. Gardez-la aussi secrète que la phrase secrète elle-même.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="585" />
      <source>The passphrase was changed. FieldKit asks for the new one from now on.</source>
      <translation>La phrase secrète a été changée. FieldKit demande désormais la nouvelle.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="606" />
      <source>Delete this workspace now</source>
      <translation>Supprimer cet espace de travail maintenant</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="608" />
      <source>Destroy this workspace now: every incident, assessment, attachment and key on this laptop? This cannot be undone. Records sent in bundles stay with their recipients.</source>
      <translation>Détruire cet espace de travail maintenant : tous les incidents, évaluations, pièces jointes et clés de cet ordinateur ? C'est irréversible. Les fiches envoyées dans des paquets restent chez leurs destinataires.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="626" />
      <source>Draft recovered</source>
      <translation>Brouillon récupéré</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="628" />
      <source>%n unsaved incident draft(s) from an interrupted session were recovered and will open now.</source>
      <translation>
        <numerusform>%n brouillon d'incident non enregistré d'une session interrompue a été récupéré et va s'ouvrir.</numerusform>
        <numerusform>%n brouillons d'incident non enregistrés d'une session interrompue ont été récupérés et vont s'ouvrir.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="641" />
      <source>Protect this workspace</source>
      <translation>Protéger cet espace de travail</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="643" />
      <source>This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now with a passphrase?</source>
      <translation>Cet espace de travail n'est pas chiffré : quiconque prend cet ordinateur peut le lire. Le chiffrer maintenant avec une phrase secrète ?</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data</source>
      <translation>Données de démonstration</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data can only be loaded into an empty workspace.</source>
      <translation>Les données de démonstration ne peuvent être chargées que dans un espace de travail vide.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="678" />
      <source>Empty workspace</source>
      <translation>Espace de travail vide</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="700" />
      <location filename="../../ui/main_window.py" line="708" />
      <source>Report a problem</source>
      <translation>Signaler un problème</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="710" />
      <source>A diagnostics file was written to {path}. It holds versions, counts and the end of the log, no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened.</source>
      <translation>Un fichier de diagnostic a été écrit dans {path}. Il contient des versions, des comptes et la fin du journal, aucun enregistrement, nom ni clé. Remettez-le à la personne qui assure le soutien de FieldKit, avec quelques mots sur ce qui s’est passé.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="717" />
      <source>Writing the diagnostics file…</source>
      <translation>Écriture du fichier de diagnostic…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="736" />
      <source>Remove demo data</source>
      <translation>Retirer les données de démonstration</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="737" />
      <source>Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay.</source>
      <translation>Supprimer définitivement tous les incidents et évaluations de démonstration ([DEMO]) ? Les enregistrements que vous avez faits vous-même restent.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="744" />
      <source>Demo data removed: {n} incidents, {a} assessments.</source>
      <translation>Données de démonstration retirées : {n} incidents, {a} évaluations.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="750" />
      <source>Removing the demo data…</source>
      <translation>Retrait des données de démonstration…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="767" />
      <source>Loading demo data…</source>
      <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="759" />
      <source>Demo data loaded: {n} incidents, {a} assessments.</source>
      <translation>Données de démonstration chargées : {n} incidents, {a} évaluations.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="680" />
      <source>This workspace is empty. Load demo data (500 realistic incidents at real places and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in this workspace's bundles.</source>
      <translation>Cet espace de travail est vide. Charger des données de démonstration (500 incidents réalistes en des lieux réels et deux évaluations) pour essayer FieldKit ? Seulement pour essayer : les incidents de démonstration partiraient vers le QG dans les paquets de cet espace de travail.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="776" />
      <source>Verifying every history chain and attachment…</source>
      <translation>Vérification de chaque historique et de chaque pièce jointe…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="783" />
      <source>Checked {i} incidents, {a} assessments and {f} attachments.</source>
      <translation>{i} incidents, {a} évaluations et {f} pièces jointes vérifiés.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <location filename="../../ui/main_window.py" line="792" />
      <source>Integrity</source>
      <translation>Intégrité</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <source>Everything verifies.</source>
      <translation>Tout est intact.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="792" />
      <source>Problems found:</source>
      <translation>Problèmes trouvés :</translation>
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../ui/map/view.py" line="52" />
      <source>Colour by</source>
      <translation>Couleur selon</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="54" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="55" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="58" />
      <source>Basemap</source>
      <translation>Fond de carte</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="62" />
      <source>Add MBTiles…</source>
      <translation>Ajouter un MBTiles…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="65" />
      <source>Packs…</source>
      <translation>Packs…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="68" />
      <source>Filter incidents to this view</source>
      <translation>Filtrer les incidents sur cette vue</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="71" />
      <source>Export offline map…</source>
      <translation>Exporter une carte hors ligne…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="74" />
      <source>Find a place…</source>
      <translation>Trouver un lieu…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="83" />
      <source>Heatmap</source>
      <translation>Carte de chaleur</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="86" />
      <source>Week by week</source>
      <translation>Semaine par semaine</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="112" />
      <source>Natural Earth outlines (built in)</source>
      <translation>Contours Natural Earth (intégrés)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="115" />
      <source>Best pack for the view</source>
      <translation>Meilleur pack pour la vue</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="129" />
      <source>Add an MBTiles basemap</source>
      <translation>Ajouter un fond de carte MBTiles</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="137" />
      <source>Adding the basemap…</source>
      <translation>Ajout du fond de carte…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="146" />
      <source>{start} to {end}</source>
      <translation>du {start} au {end}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="147" />
      <source>%n incident(s) this week</source>
      <translation>
        <numerusform>%n incident cette semaine</numerusform>
        <numerusform>%n incidents cette semaine</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="171" />
      <source>No place called {name} is known.</source>
      <translation>Aucun lieu nommé {name} n'est connu.</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="183" />
      <source>Preparing the list of places…</source>
      <translation>Préparation de la liste des lieux…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="228" />
      <source>%Ln incident(s) on the map</source>
      <translation>
        <numerusform>%Ln incident sur la carte</numerusform>
        <numerusform>%Ln incidents sur la carte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="230" />
      <source>%n without a location yet (not shown)</source>
      <translation>
        <numerusform>%n encore sans lieu (non affiché)</numerusform>
        <numerusform>%n encore sans lieu (non affichés)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="236" />
      <location filename="../../ui/map/view.py" line="243" />
      <source>Export an offline map</source>
      <translation>Exporter une carte hors ligne</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="245" />
      <source>The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves them out.)</source>
      <translation>Le fichier de carte peut être ouvert par quiconque le reçoit. Inclure les incidents marqués sensibles ? (Non les laisse de côté.)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="252" />
      <source>Map written to {path}</source>
      <translation>Carte enregistrée dans {path}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="256" />
      <source>Writing the offline map…</source>
      <translation>Écriture de la carte hors ligne…</translation>
    </message>
  </context>
  <context>
    <name>MapWidget</name>
    <message>
      <location filename="../../ui/map/widget.py" line="110" />
      <source>Drawing the map…</source>
      <translation>Tracé de la carte…</translation>
    </message>
  </context>
  <context>
    <name>MarketDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="80" />
      <source>Criminal market</source>
      <translation>Marché criminel</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="89" />
      <location filename="../../ui/checklist/records.py" line="90" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="94" />
      <source>Market</source>
      <translation>Marché</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="95" />
      <source>Scale (size and reach)</source>
      <translation>Ampleur (taille et portée)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="96" />
      <source>Harm</source>
      <translation>Préjudice</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="97" />
      <source>Trend</source>
      <translation>Tendance</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="99" />
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="100" />
      <source>Transit</source>
      <translation>Transit</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="101" />
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="102" />
      <source>Prices</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="103" />
      <source>Seizures</source>
      <translation>Saisies</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="108" />
      <source>Actor names, separated by commas</source>
      <translation>Noms d'acteurs, séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="110" />
      <source>Recorded actors: {names}</source>
      <translation>Acteurs enregistrés : {names}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="111" />
      <source>Actors running it</source>
      <translation>Acteurs qui le contrôlent</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="114" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>MarketPicker</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="94" />
      <source>None picked</source>
      <translation>Aucun choisi</translation>
    </message>
  </context>
  <context>
    <name>NewAssessmentDialog</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="52" />
      <source>New assessment</source>
      <translation>Nouvelle évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="55" />
      <source>e.g. Guinea-Bissau, Gao region</source>
      <translation>p. ex. Guinée-Bissau, région de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="75" />
      <source>optional: min lon, min lat, max lon, max lat</source>
      <translation>facultatif : lon min, lat min, lon max, lat max</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="76" />
      <source>Start from the area's latest assessment</source>
      <translation>Partir de la dernière évaluation de la zone</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="78" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="79" />
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="80" />
      <source>Period from</source>
      <translation>Période du</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="81" />
      <source>Period to</source>
      <translation>Période au</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="82" />
      <source>Assessor</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="83" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="84" />
      <source>Area bounds</source>
      <translation>Limites de la zone</translation>
    </message>
  </context>
  <context>
    <name>NewIdentityPrompt</name>
    <message>
      <location filename="../../ui/errors.py" line="75" />
      <source>A new identity cannot be undone: this device will trust nobody until you trust HQ's and your colleagues' keys again, and they must accept this device's new key.</source>
      <translation>Une nouvelle identité est irréversible : cet appareil ne fera confiance à personne tant que vous n’aurez pas de nouveau fait confiance aux clés du QG et de vos collègues, et ils devront accepter la nouvelle clé de cet appareil.</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="81" />
      <source>The device key is missing</source>
      <translation>La clé de l’appareil manque</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="84" />
      <source>Quit (restore the key file first)</source>
      <translation>Quitter (restaurer d’abord le fichier de clé)</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="85" />
      <source>Make a new identity</source>
      <translation>Créer une nouvelle identité</translation>
    </message>
  </context>
  <context>
    <name>NewWorkspaceDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="63" />
      <source>Protect this workspace</source>
      <translation>Protéger cet espace de travail</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="67" />
      <source>This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase (at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase.</source>
      <translation>Cet espace de travail n'est pas encore chiffré : quiconque prendrait cet ordinateur pourrait le lire. Choisissez une phrase secrète (au moins 10 caractères ; quelques mots sont plus faciles à retenir). Personne ne peut retrouver une phrase secrète perdue.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="72" />
      <source>Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase.</source>
      <translation>Choisissez une phrase secrète pour le nouvel espace de travail (au moins 10 caractères ; quelques mots sont plus faciles à retenir). FieldKit la demande à chaque démarrage. Personne ne peut retrouver une phrase secrète perdue.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="82" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="83" />
      <source>Again</source>
      <translation>Encore une fois</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="85" />
      <source>Training only: keep this workspace NOT encrypted</source>
      <translation>Formation seulement : garder cet espace de travail NON chiffré</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="106" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>La phrase secrète est trop courte : utilisez au moins 10 caractères.</translation>
    </message>
  </context>
  <context>
    <name>PacksDialog</name>
    <message>
      <location filename="../../ui/map/view.py" line="267" />
      <source>Basemap packs</source>
      <translation>Packs de fonds de carte</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="272" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="273" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="274" />
      <source>Zoom levels</source>
      <translation>Niveaux de zoom</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="275" />
      <source>Covers (W, S, E, N)</source>
      <translation>Couvre (O, S, E, N)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="276" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="277" />
      <source>Attribution</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="283" />
      <source>Unreadable: {error}</source>
      <translation>Illisible : {error}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="290" />
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="291" />
      <source>{mb} MB</source>
      <translation>{mb} Mo</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="300" />
      <source>No basemap packs yet: add an MBTiles file, or cut one with 'fieldkit basemap cut'.</source>
      <translation>Aucun pack de fond de carte pour l'instant : ajoutez un fichier MBTiles ou découpez-en un avec « fieldkit basemap cut ».</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <location filename="../../ui/lock.py" line="196" />
      <source>Duress passphrase</source>
      <translation>Phrase secrète de contrainte</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="177" />
      <source>A duress passphrase is a second passphrase for when you are forced to open FieldKit. Typed when FieldKit asks for the passphrase, it destroys this workspace at once and opens an empty one in its place; nothing on screen says so. Choose one you will not type by mistake. HQ keeps what you already sent; the rest is lost.</source>
      <translation>Une phrase secrète de contrainte est une seconde phrase secrète pour le jour où l'on vous force à ouvrir FieldKit. Tapée quand FieldKit demande la phrase secrète, elle détruit aussitôt cet espace de travail et en ouvre un vide à sa place ; rien à l'écran ne le signale. Choisissez-en une que vous ne taperez pas par erreur. Le QG garde ce que vous avez déjà envoyé ; le reste est perdu.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="184" />
      <source>The data is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. Nobody can recover a lost passphrase.</source>
      <translation>Les données ne sont pas chiffrées à nouveau : seule la clé qui les ouvre est protégée de nouveau par la nouvelle phrase secrète. Personne ne peut retrouver une phrase secrète perdue.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="195" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="196" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="197" />
      <source>Again</source>
      <translation>Encore une fois</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="199" />
      <source>Remove the duress passphrase</source>
      <translation>Supprimer la phrase secrète de contrainte</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="224" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="226" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>La phrase secrète est trop courte : utilisez au moins 10 caractères.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="239" />
      <source>Checking the passphrase…</source>
      <translation>Vérification de la phrase secrète…</translation>
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../ui/map/picker.py" line="14" />
      <source>Pick a location</source>
      <translation>Choisir un lieu</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="18" />
      <source>Click on the map to place the incident.</source>
      <translation>Cliquez sur la carte pour placer l'incident.</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="31" />
      <source>Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.</source>
      <translation>Point choisi : latitude {lat:.5f}, longitude {lon:.5f}. Cliquez sur OK pour l'utiliser.</translation>
    </message>
  </context>
  <context>
    <name>RecordsTab</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="195" />
      <source>Key judgements (first page of the report)</source>
      <translation>Jugements clés (première page du rapport)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Judgement</source>
      <translation>Jugement</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Likelihood</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="203" />
      <source>Edit judgement…</source>
      <translation>Modifier le jugement…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="204" />
      <source>Add judgement…</source>
      <translation>Ajouter un jugement…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="205" />
      <source>Remove judgement</source>
      <translation>Retirer le jugement</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="206" />
      <source>Back to the derived judgements</source>
      <translation>Revenir aux jugements tirés des réponses</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="209" />
      <source>Criminal markets</source>
      <translation>Marchés criminels</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="212" />
      <source>Market</source>
      <translation>Marché</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="213" />
      <source>Score /10</source>
      <translation>Score /10</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="214" />
      <source>Scale</source>
      <translation>Ampleur</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="215" />
      <source>Harm</source>
      <translation>Préjudice</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="216" />
      <location filename="../../ui/checklist/records.py" line="239" />
      <source>Trend</source>
      <translation>Tendance</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="217" />
      <source>Routes (origin → transit → destination)</source>
      <translation>Routes (origine → transit → destination)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="218" />
      <source>Prices / seizures</source>
      <translation>Prix / saisies</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="219" />
      <location filename="../../ui/checklist/records.py" line="230" />
      <source>Actors</source>
      <translation>Acteurs</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="225" />
      <source>Add market…</source>
      <translation>Ajouter un marché…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="226" />
      <source>Edit market…</source>
      <translation>Modifier le marché…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="227" />
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove market</source>
      <translation>Retirer le marché</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="233" />
      <source>Actor</source>
      <translation>Acteur</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="234" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="235" />
      <source>Role in the chain</source>
      <translation>Rôle dans la chaîne</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="236" />
      <source>Capability</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="237" />
      <source>Armed groups</source>
      <translation>Groupes armés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="238" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="240" />
      <source>Markets</source>
      <translation>Marchés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="241" />
      <source>Incidents in the period</source>
      <translation>Incidents dans la période</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="247" />
      <source>Add actor…</source>
      <translation>Ajouter un acteur…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="248" />
      <source>Edit actor…</source>
      <translation>Modifier l'acteur…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="249" />
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove actor</source>
      <translation>Retirer l'acteur</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="287" />
      <source>Set by the analyst.</source>
      <translation>Fixés par l'analyste.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="289" />
      <source>Derived from the answers; edit one to set them yourself.</source>
      <translation>Tirés des réponses ; modifiez-en un pour les fixer vous-même.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove this market from the assessment?</source>
      <translation>Retirer ce marché de l'évaluation ?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove this actor from the assessment?</source>
      <translation>Retirer cet acteur de l'évaluation ?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Key judgements</source>
      <translation>Jugements clés</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Go back to the judgements derived from the answers?</source>
      <translation>Revenir aux jugements tirés des réponses ?</translation>
    </message>
  </context>
  <context>
    <name>SectionChart</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="304" />
      <source>insufficient information</source>
      <translation>informations insuffisantes</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="172" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>Checklist, Incidents, Map, Sync</source>
      <translation>Liste de contrôle, Incidents, Carte, Synchronisation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="176" />
      <source>HQ database (when this workspace reads one)</source>
      <translation>Base de données du QG (quand cet espace de travail en lit une)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>New incident</source>
      <translation>Nouvel incident</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="178" />
      <source>Search the incidents</source>
      <translation>Rechercher dans les incidents</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="179" />
      <source>Save the incident being edited</source>
      <translation>Enregistrer l’incident en cours de saisie</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>Close the editor (asks when something is not saved)</source>
      <translation>Fermer l’éditeur (demande si quelque chose n’est pas enregistré)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="181" />
      <source>Next unanswered question of the checklist</source>
      <translation>Question suivante sans réponse de la liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>Lock FieldKit now (the passphrase opens it again)</source>
      <translation>Verrouiller FieldKit maintenant (la phrase secrète le rouvre)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="183" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
  </context>
  <context>
    <name>SyncView</name>
    <message>
      <location filename="../../ui/sync/view.py" line="161" />
      <source>Send: export a bundle to a USB stick</source>
      <translation>Envoyer : exporter un paquet sur une clé USB</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="164" />
      <source>Encrypt for</source>
      <translation>Chiffrer pour</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="170" />
      <source>Only what changed since the last bundle for this destination</source>
      <translation>Seulement ce qui a changé depuis le dernier paquet pour ce destinataire</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="172" />
      <source>Also protect with a passphrase</source>
      <translation>Protéger aussi par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="173" />
      <location filename="../../ui/sync/view.py" line="270" />
      <source>Include incidents marked sensitive</source>
      <translation>Inclure les incidents marqués sensibles</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="174" />
      <source>Include demo data ([DEMO] records; left out otherwise)</source>
      <translation>Inclure les données de démonstration (enregistrements [DEMO] ; exclues sinon)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="177" />
      <source>Export bundle…</source>
      <translation>Exporter un paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="185" />
      <source>Receive: import bundles</source>
      <translation>Recevoir : importer des paquets</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="190" />
      <source>Every bundle is checked (signature, hashes, format) before anything changes. A damaged or altered bundle is refused and nothing changes.</source>
      <translation>Chaque paquet est vérifié (signature, empreintes, format) avant toute modification. Un paquet endommagé ou altéré est refusé et rien ne change.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="195" />
      <source>Import bundle…</source>
      <translation>Importer un paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="201" />
      <source>Bundles</source>
      <translation>Paquets</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="209" />
      <source>Resolve…</source>
      <translation>Résoudre…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="212" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="223" />
      <source>Save my public key…</source>
      <translation>Enregistrer ma clé publique…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="224" />
      <source>Trust a key file…</source>
      <translation>Faire confiance à un fichier de clé…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="226" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="260" />
      <source>Trusted keys</source>
      <translation>Clés de confiance</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="264" />
      <source>Import log</source>
      <translation>Journal des importations</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="269" />
      <source>Write incidents (not those in the trash) for spreadsheets and GIS.</source>
      <translation>Écrire les incidents (hors corbeille) pour les tableurs et les SIG.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="274" />
      <source>CSV (spreadsheet)…</source>
      <translation>CSV (tableur)…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="275" />
      <source>GeoJSON (GIS)…</source>
      <translation>GeoJSON (SIG)…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="276" />
      <source>KML (Google Earth)…</source>
      <translation>KML (Google Earth)…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="286" />
      <source>CSV / GeoJSON / KML</source>
      <translation>CSV / GeoJSON / KML</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="299" />
      <source>This device: {label}
Key fingerprint: {fp}
(read it to HQ or a colleague to confirm your key)</source>
      <translation>Cet appareil : {label}
Empreinte de la clé : {fp}
(lisez-la au siège ou à un collègue pour confirmer votre clé)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="314" />
      <source>HQ: {label}</source>
      <translation>QG : {label}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="362" />
      <source>{kind} “{title}” — deleted on {dev}; kept in the trash for review</source>
      <translation>{kind} « {title} » — supprimé sur {dev} ; gardé dans la corbeille pour examen</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="368" />
      <source>{kind} “{title}” — changed here and on {dev}</source>
      <translation>{kind} « {title} » — modifié ici et sur {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="376" />
      <source>Conflicts ({n})</source>
      <translation>Conflits ({n})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="444" />
      <source>Imported (UTC)</source>
      <translation>Importé (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="445" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="446" />
      <source>Bundle</source>
      <translation>Paquet</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="405" />
      <source>from {src}: number(s) {nums}</source>
      <translation>de {src} : numéro(s) {nums}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="408" />
      <source>Missing bundles — never imported here: </source>
      <translation>Paquets manquants — jamais importés ici : </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="475" />
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Une phrase secrète de paquet doit compter au moins {n} caractères : quelques mots sont plus faciles à retenir et bien plus difficiles à deviner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="481" />
      <source>The same passphrase again:</source>
      <translation>La même phrase secrète, de nouveau :</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="487" />
      <source>The two passphrases differ. Type it again.</source>
      <translation>Les deux phrases secrètes diffèrent. Saisissez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="491" />
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="507" />
      <location filename="../../ui/sync/view.py" line="537" />
      <source>Export bundle</source>
      <translation>Exporter un paquet</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="509" />
      <source>FieldKit bundles (*.fkb)</source>
      <translation>Paquets FieldKit (*.fkb)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="517" />
      <source>A bundle anyone can read</source>
      <translation>Un paquet lisible par tous</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="519" />
      <source>This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in it, including names of sources and places. Write it anyway?</source>
      <translation>Ce paquet ne sera pas chiffré : quiconque trouve ou copie la clé USB peut lire chaque incident qu’il contient, y compris les noms de sources et de lieux. L’écrire quand même ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="463" />
      <location filename="../../ui/sync/view.py" line="473" />
      <location filename="../../ui/sync/view.py" line="481" />
      <location filename="../../ui/sync/view.py" line="487" />
      <source>Protect the bundle</source>
      <translation>Protéger le paquet</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="225" />
      <source>Fingerprint…</source>
      <translation>Empreinte…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="236" />
      <source>From HQ</source>
      <translation>Du QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="239" />
      <source>Import config…</source>
      <translation>Importer une configuration…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="240" />
      <source>Import receipt…</source>
      <translation>Importer un accusé de réception…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="241" />
      <source>New keys for this device…</source>
      <translation>Nouvelles clés pour cet appareil…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="248" />
      <source>At HQ: for the field devices</source>
      <translation>Au QG : pour les appareils de terrain</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="251" />
      <source>Export config bundle…</source>
      <translation>Exporter un paquet de configuration…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="252" />
      <source>Write receipt…</source>
      <translation>Écrire un accusé de réception…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="253" />
      <source>Revoke key…</source>
      <translation>Révoquer une clé…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="308" />
      <source>HQ's policy keeps incidents marked sensitive on this device.</source>
      <translation>La politique du QG garde sur cet appareil les incidents marqués sensibles.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="330" />
      <source>{fp}    {role}    {label}    device {device}    trusted since {when} ({how})</source>
      <translation>{fp}    {role}    {label}    appareil {device}    acceptée depuis le {when} ({how})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="339" />
      <source>REVOKED from {when}</source>
      <translation>RÉVOQUÉE depuis {when}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="383" />
      <source>To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); {k} incident(s) changed since are, as far as HQ has said, only on this laptop.</source>
      <translation>Vers {dest} : le QG a confirmé les paquets jusqu'au numéro {n} sur {last} (accusé du {when}) ; {k} incident(s) modifié(s) depuis ne sont, d'après le QG, que sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="395" />
      <source>To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.</source>
      <translation>Vers {dest} : {last} paquet(s) créé(s), aucun encore confirmé par un accusé de réception.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="464" />
      <source>Passphrase (at least {n} characters; tell it to the receiver another way):</source>
      <translation>Phrase secrète (au moins {n} caractères ; communiquez-la au destinataire par un autre moyen) :</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="538" />
      <source>The recipient chosen is no longer trusted here: choose again.</source>
      <translation>Le destinataire choisi n’est plus de confiance ici : choisissez de nouveau.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="578" />
      <source>Writing the bundle…</source>
      <translation>Écriture du paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="596" />
      <source>Import bundles</source>
      <translation>Importer des paquets</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="598" />
      <source>FieldKit bundles (*.fkb);;All files (*)</source>
      <translation>Paquets FieldKit (*.fkb);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="612" />
      <source>Opening the bundle…</source>
      <translation>Ouverture du paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="619" />
      <source>Encrypted bundle</source>
      <translation>Paquet chiffré</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="622" />
      <source>Not imported: no passphrase was given. Nothing was changed.</source>
      <translation>Non importé : aucune phrase secrète n’a été donnée. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>Wrong passphrase</source>
      <translation>Phrase secrète erronée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>That passphrase does not open the bundle. Try again:</source>
      <translation>Cette phrase secrète n'ouvre pas le paquet. Essayez de nouveau :</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="640" />
      <source>Not imported: the sender's key was not accepted. Nothing was changed.</source>
      <translation>Non importé : la clé de l’expéditeur n’a pas été acceptée. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="672" />
      <source>{n} deletion(s) of incidents changed or made here would be held for review: those incidents go to the trash, nothing is lost.</source>
      <translation>{n} suppression(s) d’incidents modifiés ou créés ici seraient mises en attente d’examen : ces incidents vont à la corbeille, rien n’est perdu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="677" />
      <source>This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices that made them.</source>
      <translation>Ce paquet a été fait par un FieldKit plus ancien (format 1) : ses versions ne sont pas signées par les appareils qui les ont faites.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="680" />
      <source>Import it?</source>
      <translation>L’importer ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="682" />
      <source>Not imported: you chose not to. Nothing was changed.</source>
      <translation>Non importé : vous l’avez choisi. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="713" />
      <source>Unknown sender</source>
      <translation>Expéditeur inconnu</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="734" />
      <source>The sender's key has changed</source>
      <translation>La clé de l’expéditeur a changé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="744" />
      <source>Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import again and accept it only if so.</source>
      <translation>Rien n’a été modifié. Demandez au propriétaire de l’appareil, par un moyen sûr, s’il a une nouvelle clé ; importez de nouveau et ne l’acceptez que dans ce cas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="749" />
      <source>Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new one, and report it if it was not damaged in transit.</source>
      <translation>Rien n’a été modifié. Le fichier est endommagé ou a été modifié : ne l’utilisez pas ; demandez-en un nouveau à l’expéditeur, et signalez-le s’il n’a pas été abîmé en route.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="753" />
      <source>Nothing was changed.</source>
      <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="772" />
      <source>This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices that made them. Only the sender's own versions and those of devices never met here were accepted; this device vouches for them.</source>
      <translation>Ce paquet utilise le format 1 (un FieldKit plus ancien) : ses versions ne portent pas la signature des appareils qui les ont faites. Seules les versions de l’expéditeur lui-même et celles d’appareils jamais rencontrés ici ont été acceptées ; cet appareil s’en porte garant.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="779" />
      <source>{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by its old key; the new key is trusted in its place.</source>
      <translation>{label} (appareil {device}) a changé de clé : empreinte {new}, auparavant {old}. Le changement est signé par l'ancienne clé ; la nouvelle est acceptée à sa place.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="800" />
      <source>Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}.</source>
      <translation>Ajoutés {a}, mis à jour {u}, inchangés {n}, conflits {c}, supprimés {d}, retenus pour examen {h}, rejetés {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="842" />
      <source>no reason given</source>
      <translation>aucune raison donnée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="856" />
      <source>Deleted on another device</source>
      <translation>Supprimé sur un autre appareil</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="859" />
      <source>Keep it</source>
      <translation>Le garder</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="860" />
      <location filename="../../ui/sync/view.py" line="868" />
      <source>Remove for good</source>
      <translation>Supprimer définitivement</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="861" />
      <source>Decide later</source>
      <translation>Décider plus tard</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="904" />
      <source>The key has changed</source>
      <translation>La clé a changé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="926" />
      <source>Key fingerprint: {fp}
Words: {words}
It calls itself: {label}
Device id: {device_id}

Compare the fingerprint with its owner (read the words aloud, or look at their screen); the name proves nothing. Bundles signed by this key will then be accepted.</source>
      <translation>Empreinte de la clé : {fp}
Mots : {words}
Elle se présente comme : {label}
Identifiant de l'appareil : {device_id}

Comparez l'empreinte avec son propriétaire (lisez les mots à voix haute, ou regardez son écran) ; le nom ne prouve rien. Les paquets signés par cette clé seront alors acceptés.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="936" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="937" />
      <source>Compared: trust it</source>
      <translation>Comparée : l'accepter</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="938" />
      <source>Trust without checking</source>
      <translation>Accepter sans vérifier</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="963" />
      <source>Replace HQ's key</source>
      <translation>Remplacer la clé du QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="965" />
      <source>Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every later bundle will be encrypted to it; do it only if HQ confirmed the new key.</source>
      <translation>Les paquets sont chiffrés pour la clé du QG, actuellement {fp} ({label}). Faire de cette clé ({new}) celle du QG à la place ? Chaque paquet suivant sera chiffré pour elle ; ne le faites que si le QG a confirmé la nouvelle clé.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="987" />
      <source>Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again.</source>
      <translation>Ne plus faire confiance à la clé {fp} (« {label} ») ? Les paquets qu’elle signe seront refusés jusqu’à ce que vous lui fassiez de nouveau confiance.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1010" />
      <source>Writing the file…</source>
      <translation>Écriture du fichier…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1032" />
      <location filename="../../ui/sync/view.py" line="1056" />
      <source>Import a config bundle from HQ</source>
      <translation>Importer un paquet de configuration du QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1034" />
      <location filename="../../ui/sync/view.py" line="1132" />
      <source>Config bundles (*.fkc)</source>
      <translation>Paquets de configuration (*.fkc)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1045" />
      <source>HQ's key</source>
      <translation>La clé du QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1047" />
      <source>This config bundle is signed by “{label}”, and this device trusts no HQ key yet.

Key fingerprint: {fp}
Words: {words}

Compare the fingerprint with HQ (by phone or in person). Only if it matches: trust this key as HQ's and apply the config?</source>
      <translation>Ce paquet de configuration est signé par « {label} », et cet appareil n'accepte encore aucune clé de QG.

Empreinte de la clé : {fp}
Mots : {words}

Comparez l'empreinte avec le QG (par téléphone ou en personne). Seulement si elle correspond : accepter cette clé comme celle du QG et appliquer la configuration ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1065" />
      <source>Config number {n} from HQ applied.</source>
      <translation>Configuration numéro {n} du QG appliquée.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1067" />
      <source>{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), {b} basemap(s).</source>
      <translation>{d} appareil(s) ajouté(s), {r} révocation(s), {k} changement(s) de clé, {c} accusé(s) de réception, {l} liste(s) de contrôle, {b} fond(s) de carte.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1080" />
      <source>HQ moved to a new signing key ({fp}), announced by its old key.</source>
      <translation>Le QG a une nouvelle clé de signature ({fp}), annoncée par son ancienne clé.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1085" />
      <source>HQ has a new encryption key: bundles made here are encrypted to it from now on.</source>
      <translation>Le QG a une nouvelle clé de chiffrement : les paquets créés ici lui sont désormais chiffrés.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1089" />
      <source>HQ lists {label} under another key than the one trusted here; the key trusted here was kept. Check with its owner.</source>
      <translation>Le QG inscrit {label} sous une autre clé que celle acceptée ici ; la clé acceptée ici a été gardée. Vérifiez avec son propriétaire.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1093" />
      <source>Config applied</source>
      <translation>Configuration appliquée</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <source>Import HQ's receipt</source>
      <translation>Importer l'accusé de réception du QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Receipts (*.json)</source>
      <translation>Accusés de réception (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1112" />
      <location filename="../../ui/sync/view.py" line="1124" />
      <source>New keys for this device</source>
      <translation>Nouvelles clés pour cet appareil</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1114" />
      <source>Make new keys for this device? Do it when the old key may have been copied. Your next bundles announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the old key still open here. HQ: send the devices a config bundle afterwards.</source>
      <translation>Créer de nouvelles clés pour cet appareil ? Faites-le si l'ancienne clé a pu être copiée. Vos prochains paquets annoncent la nouvelle clé, signée par l'ancienne, et le QG et les collègues la suivent. Les paquets faits pour l'ancienne clé s'ouvrent toujours ici. QG : envoyez ensuite un paquet de configuration aux appareils.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1125" />
      <source>New key fingerprint: {fp}. Read it to HQ when they ask.</source>
      <translation>Empreinte de la nouvelle clé : {fp}. Lisez-la au QG quand il la demande.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1132" />
      <location filename="../../ui/sync/view.py" line="1143" />
      <source>Export a config bundle</source>
      <translation>Exporter un paquet de configuration</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1144" />
      <source>Config bundle number {n} written, encrypted to {k} device(s).</source>
      <translation>Paquet de configuration numéro {n} écrit, chiffré pour {k} appareil(s).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Write a receipt</source>
      <translation>Écrire un accusé de réception</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1168" />
      <source>Choose the device in the list first.</source>
      <translation>Choisissez d'abord l'appareil dans la liste.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1168" />
      <location filename="../../ui/sync/view.py" line="1172" />
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Revoke a key</source>
      <translation>Révoquer une clé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1174" />
      <source>Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last point you trust: a thief holding the key can write any date.</source>
      <translation>Révoquer la clé de {label} ({fp}) à partir de quelle date (AAAA-MM-JJ) ou de quel numéro de paquet ? Choisissez le dernier point de confiance : un voleur qui détient la clé peut écrire n'importe quelle date.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Reason (sent to the devices):</source>
      <translation>Motif (envoyé aux appareils) :</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="648" />
      <source>Checking the bundle…</source>
      <translation>Vérification du paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="318" />
      <source>Nobody: protect with a passphrase only</source>
      <translation>Personne : protéger par une phrase secrète seulement</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="319" />
      <source>Nobody and no passphrase: readable by anyone (not recommended)</source>
      <translation>Personne et sans phrase secrète : lisible par tous (déconseillé)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <source>HQ</source>
      <translation>QG</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="348" />
      <source>No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.</source>
      <translation>Aucune clé de confiance pour l’instant : faites confiance au fichier de clé d’un collègue ou du QG, ou acceptez le signataire d’un paquet.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="530" />
      <source>No bundle was written.</source>
      <translation>Aucun paquet n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="547" />
      <source>encrypted for {who}</source>
      <translation>chiffré pour {who}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="549" />
      <source> and with a passphrase</source>
      <translation> et par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="551" />
      <source>protected by a passphrase</source>
      <translation>protégé par une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="553" />
      <source>not encrypted: anyone can read it</source>
      <translation>non chiffré : tout le monde peut le lire</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="558" />
      <source>Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, {f} attachments.</source>
      <translation>Paquet numéro {seq} écrit dans {path} ({how}) : {i} incidents, {a} évaluations, {d} suppressions, {f} pièces jointes.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="571" />
      <source>Nothing changed since the last bundle for this destination: untick “Only what changed” to send everything again.</source>
      <translation>Rien n’a changé depuis le dernier paquet pour cette destination : décochez « Seulement ce qui a changé » pour tout renvoyer.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="654" />
      <source>Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.

Would add {a}, update {u}, leave {n} unchanged, keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}.</source>
      <translation>Paquet numéro {seq}, signé avec la clé {fp}, de « {who} », fait le {when}.

Ajouterait {a}, mettrait à jour {u}, laisserait {n} inchangé(s), garderait {c} conflit(s), supprimerait {d}, retiendrait {h} suppression(s) pour examen, rejetterait {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="681" />
      <source>Import preview</source>
      <translation>Aperçu de l'importation</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="693" />
      <source>Importing the bundle…</source>
      <translation>Import du paquet…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="704" />
      <source>This bundle is signed by a device this workspace does not trust yet.

Key fingerprint: {fp}
It calls itself: {label}
Device id: {device_id}

Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. Accept this key and import?</source>
      <translation>Ce paquet est signé par un appareil auquel cet espace de travail ne fait pas encore confiance.

Empreinte de la clé : {fp}
Il se nomme : {label}
Identifiant de l’appareil : {device_id}

Vérifiez l’empreinte avec son propriétaire (lisez-la à voix haute au téléphone, par exemple) ; le nom ne prouve rien. Accepter cette clé et importer ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="719" />
      <source>WARNING: this bundle is signed with a different key from the one this workspace trusts for the device it claims to be.

Known key: {known}
This bundle's key: {fp}
Device: {label}

Someone may be posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the device has a new key. The old key will no longer be trusted. Accept the new key?</source>
      <translation>ATTENTION : ce paquet est signé avec une autre clé que celle à laquelle cet espace de travail fait confiance pour l’appareil qu’il prétend être.

Clé connue : {known}
Clé de ce paquet : {fp}
Appareil : {label}

Quelqu’un se fait peut-être passer pour cet appareil. N’acceptez la nouvelle clé que si son propriétaire vous confirme, par un moyen sûr, que l’appareil a une nouvelle clé. L’ancienne clé ne sera plus de confiance. Accepter la nouvelle clé ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="731" />
      <source>The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it.</source>
      <translation>La clé remplacée est celle du QG, pour laquelle les paquets sont chiffrés. La nouvelle clé ne sera de confiance qu’en tant que collègue : faites-en la clé du QG plus tard (Faire confiance à un fichier de clé…) une fois que le QG l’aura confirmée.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="828" />
      <source>Assessment conflict</source>
      <translation>Conflit d'évaluation</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="829" />
      <source>Keep the answers of the other device? (No keeps the answers here.)</source>
      <translation>Garder les réponses de l'autre appareil ? (Non garde les réponses d'ici.)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="849" />
      <source>{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, so it was moved to the trash here instead, with everything it holds.

Keep it (back from the trash), or remove it for good as the other device did?</source>
      <translation>{dev} a supprimé définitivement l’incident « {title} » (motif : {why}). Il a été modifié ou créé sur cet appareil ; il a donc été mis à la corbeille ici, avec tout ce qu’il contient.

Le garder (sortir de la corbeille), ou le supprimer définitivement comme l’autre appareil ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="870" />
      <source>Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from this device. This cannot be undone.</source>
      <translation>Supprimer définitivement « {title} » ? Son historique et les pièces jointes qu’aucun autre incident n’utilise sont effacés de cet appareil. C’est irréversible.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="886" />
      <source>Save my public key</source>
      <translation>Enregistrer ma clé publique</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="893" />
      <source>Trust a key file</source>
      <translation>Faire confiance à un fichier de clé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <location filename="../../ui/sync/view.py" line="944" />
      <source>Colleague</source>
      <translation>Collègue</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="944" />
      <source>HQ (bundles are encrypted to it)</source>
      <translation>QG (les paquets lui sont chiffrés)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="924" />
      <location filename="../../ui/sync/view.py" line="947" />
      <source>Trust a key</source>
      <translation>Faire confiance à une clé</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="447" />
      <source>added / updated / unchanged / conflicts / held for review / rejected</source>
      <translation>ajoutés / mis à jour / inchangés / conflits / retenus pour examen / rejetés</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="906" />
      <source>WARNING: this key claims to be a device this workspace already trusts under another key.

Known key: {known}
This key: {fp}
Device: {label}

Trust it only if the device's owner confirms it has a new key; the old key will no longer be trusted. Trust the new key?</source>
      <translation>ATTENTION : cette clé prétend être un appareil auquel cet espace de travail fait déjà confiance sous une autre clé.

Clé connue : {known}
Cette clé : {fp}
Appareil : {label}

Ne lui faites confiance que si le propriétaire de l’appareil confirme qu’il a une nouvelle clé ; l’ancienne clé ne sera plus de confiance. Faire confiance à la nouvelle clé ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="948" />
      <source>Fingerprint {fp}. Whose key is it?</source>
      <translation>Empreinte {fp}. À qui est cette clé ?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="991" />
      <source>This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase.</source>
      <translation>C’est la clé du QG : les paquets ne seront plus chiffrés pour le QG ; une phrase secrète vous sera demandée.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="993" />
      <source>Remove a trusted key</source>
      <translation>Retirer une clé de confiance</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1000" />
      <source>Export incidents</source>
      <translation>Exporter les incidents</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sync/view.py" line="1006" />
      <source>%n incident(s) written to {path}</source>
      <translation>
        <numerusform>%n incident enregistré dans {path}</numerusform>
        <numerusform>%n incidents enregistrés dans {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="768" />
      <source>{n} deletion(s) held for review: see Conflicts.</source>
      <translation>{n} suppression(s) en attente d’examen : voir Conflits.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="795" />
      <source>Bundles {nums} from this device were never imported here.</source>
      <translation>Les paquets {nums} de cet appareil n'ont jamais été importés ici.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="790" />
      <source>Imported here, but not published to the HQ database: {reason} It goes there with the next import (or: fieldkit hq publish).</source>
      <translation>Importé ici, mais pas publié dans la base de données du QG : {reason} Il y sera envoyé avec la prochaine importation (ou : fieldkit hq publish).</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>This bundle had already been imported; nothing changed.</source>
      <translation>Ce paquet avait déjà été importé ; rien n'a changé.</translation>
    </message>
  </context>
  <context>
    <name>TravelDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="255" />
      <location filename="../../ui/lock.py" line="339" />
      <source>Travel mode</source>
      <translation>Mode voyage</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="260" />
      <source>Before a checkpoint or a journey, leave on this laptop only what is needed. Incidents HQ confirmed holding (its receipt) leave this laptop, unless they changed lately, an assessment cites them or a conflict names them. HQ keeps them: nothing is deleted there.</source>
      <translation>Avant un poste de contrôle ou un voyage, ne laissez sur cet ordinateur que le nécessaire. Les incidents que le QG a confirmé détenir (son accusé de réception) quittent cet ordinateur, sauf s'ils ont changé récemment, si une évaluation les cite ou si un conflit les nomme. Le QG les garde : rien n'y est supprimé.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="272" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="273" />
      <source>Keep what changed in the last</source>
      <translation>Garder ce qui a changé dans les derniers</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="291" />
      <location filename="../../ui/lock.py" line="298" />
      <source>Counting…</source>
      <translation>Décompte…</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="305" />
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can leave. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>Le QG n'a encore confirmé la réception d'aucun paquet de cet ordinateur : rien ne peut partir. Envoyez d'abord un paquet au QG et importez l'accusé de réception qu'il renvoie.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="310" />
      <source>%n incident(s) would leave this laptop</source>
      <translation>
        <numerusform>%n incident quitterait cet ordinateur</numerusform>
        <numerusform>%n incidents quitteraient cet ordinateur</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="312" />
      <source>(%1 attachment(s), %2 MB).</source>
      <translation>(%1 pièce(s) jointe(s), %2 Mo).</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="317" />
      <source>Kept here: %1 that HQ has not confirmed, %2 changed lately, %3 cited by an assessment, %4 in an open conflict.</source>
      <translation>Gardés ici : %1 non confirmés par le QG, %2 modifiés récemment, %3 cités par une évaluation, %4 dans un conflit ouvert.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="340" />
      <source>Remove %n incident(s) from this laptop now? HQ keeps them.</source>
      <translation>
        <numerusform>Retirer maintenant %n incident de cet ordinateur ? Le QG le garde.</numerusform>
        <numerusform>Retirer maintenant %n incidents de cet ordinateur ? Le QG les garde.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="347" />
      <source>Leaving incidents behind…</source>
      <translation>Retrait des incidents…</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>FieldKit is locked</source>
      <translation>FieldKit est verrouillé</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>Unlock FieldKit</source>
      <translation>Déverrouiller FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="31" />
      <source>This workspace is encrypted. Type its passphrase to open it.</source>
      <translation>Cet espace de travail est chiffré. Tapez sa phrase secrète pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="37" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="48" />
      <source>%n wrong passphrase(s) since the last unlock.</source>
      <translation>
        <numerusform>%n phrase secrète fausse depuis le dernier déverrouillage.</numerusform>
        <numerusform>%n phrases secrètes fausses depuis le dernier déverrouillage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="50" />
      <source>After %n more, the workspace will be destroyed.</source>
      <translation>
        <numerusform>Après %n de plus, l'espace de travail sera détruit.</numerusform>
        <numerusform>Après %n de plus, l'espace de travail sera détruit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Welcome to FieldKit</source>
      <translation>Bienvenue dans FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>FieldKit works entirely offline. Nothing leaves this computer unless you export it.
Tell it who you are; your name and device label are written into the records and bundles you make.</source>
      <translation>FieldKit fonctionne entièrement hors ligne. Rien ne quitte cet ordinateur sauf si vous l'exportez.
Indiquez qui vous êtes ; votre nom et le nom de l'appareil figurent dans les fiches et les paquets que vous créez.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>e.g. crime monitor, JMAC analyst</source>
      <translation>p. ex. observateur criminalité, analyste JMAC</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="217" />
      <source>e.g. Gao team laptop 2</source>
      <translation>p. ex. ordinateur 2 de l'équipe de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="222" />
      <source>Device label</source>
      <translation>Nom de l'appareil</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="224" />
      <source>Load demo data (realistic incidents and two assessments) to try FieldKit</source>
      <translation>Charger des données de démonstration (incidents réalistes et deux évaluations) pour essayer FieldKit</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../ui/app.py" line="201" />
      <source>The workspace was destroyed.</source>
      <translation>L'espace de travail a été détruit.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>Something unexpected went wrong. Your saved work is safe; the details are in the log file.</source>
      <translation>Un problème inattendu est survenu. Votre travail enregistré est en sécurité ; les détails sont dans le journal.</translation>
    </message>
  </context>
  <context>
    <name>map</name>
    <message>
      <location filename="../../ui/map/widget.py" line="26" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="27" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="28" />
      <source>severity</source>
      <translation>gravité</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="29" />
      <source>Open in FieldKit</source>
      <translation>Ouvrir dans FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="30" />
      <source>Heatmap</source>
      <translation>Carte de chaleur</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The entry has {count} problem(s): {details}</source>
      <translation>La saisie comporte {count} problème(s) : {details}</translation>
    </message>
    <message>
      <source>the assessment names no assessor</source>
      <translation>l'évaluation ne nomme aucun évaluateur</translation>
    </message>
    <message>
      <source>only {coverage}% of the threat questions have a known answer; at least {min}% are needed</source>
      <translation>seules {coverage} % des questions de menace ont une réponse connue ; il en faut au moins {min} %</translation>
    </message>
    <message>
      <source>{n} required question(s) are unanswered: {questions}</source>
      <translation>{n} question(s) obligatoire(s) sans réponse : {questions}</translation>
    </message>
    <message>
      <source>{n} required question(s) are answered 'unknown': {questions}</source>
      <translation>{n} question(s) obligatoire(s) répondue(s) « inconnu » : {questions}</translation>
    </message>
    <message>
      <source>'Other' is picked without saying what in the note: {questions}</source>
      <translation>« Autre » est choisi sans préciser dans la note : {questions}</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14.</source>
      <translation>« {value} » n'est pas une date ; utilisez la forme 2026-03-14.</translation>
    </message>
    <message>
      <source>No assessment with id {id}.</source>
      <translation>Aucune évaluation avec l'identifiant {id}.</translation>
    </message>
    <message>
      <source>No single assessment has an id starting with {id}.</source>
      <translation>Aucune évaluation unique n'a un identifiant commençant par {id}.</translation>
    </message>
    <message>
      <source>The area needs a name.</source>
      <translation>La zone doit avoir un nom.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>La période commence après sa fin.</translation>
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation>Donnez à la fois la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
      <source>The language must be one of {choices}.</source>
      <translation>La langue doit être l'une des suivantes : {choices}.</translation>
    </message>
    <message>
      <source>This assessment is final. Give a reason to change it; the change will be kept as a new version.</source>
      <translation>Cette évaluation est définitive. Donnez un motif pour la modifier ; la modification sera conservée comme nouvelle version.</translation>
    </message>
    <message>
      <source>The assessment cannot be finalised: {details}</source>
      <translation>L'évaluation ne peut pas être finalisée : {details}</translation>
    </message>
    <message>
      <source>The assessment cannot be upgraded: {details}</source>
      <translation>L'évaluation ne peut pas être mise à niveau : {details}</translation>
    </message>
    <message>
      <source>A final assessment cannot be deleted; it is part of the record.</source>
      <translation>Une évaluation définitive ne peut pas être supprimée ; elle fait partie du dossier.</translation>
    </message>
    <message>
      <source>These assessments use different checklists and cannot be compared.</source>
      <translation>Ces évaluations utilisent des listes de contrôle différentes et ne peuvent pas être comparées.</translation>
    </message>
    <message>
      <source>The area name is too long ({n} characters, at most {max}).</source>
      <translation>Le nom de la zone est trop long ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>The earlier assessment uses another checklist.</source>
      <translation>L'évaluation précédente utilise une autre liste de contrôle.</translation>
    </message>
    <message>
      <source>The bounding box must be min_lon,min_lat,max_lon,max_lat.</source>
      <translation>Le rectangle doit être min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>these answers do not fit version {version} of the checklist; change them first: {questions}</source>
      <translation>ces réponses ne correspondent pas à la version {version} de la liste de contrôle ; modifiez-les d'abord : {questions}</translation>
    </message>
    <message>
      <source>The other device's answers cannot be kept: {reason}.</source>
      <translation>Les réponses de l'autre appareil ne peuvent pas être gardées : {reason}.</translation>
    </message>
    <message>
      <source>No incident with id {id}.</source>
      <translation>Aucun incident avec l'identifiant {id}.</translation>
    </message>
    <message>
      <source>is final but has no stored history</source>
      <translation>est final mais n’a pas d’historique enregistré</translation>
    </message>
    <message>
      <source>Latitude must be a number between -90 and 90.</source>
      <translation>La latitude doit être un nombre entre -90 et 90.</translation>
    </message>
    <message>
      <source>Longitude must be a number between -180 and 180.</source>
      <translation>La longitude doit être un nombre entre -180 et 180.</translation>
    </message>
    <message>
      <source>'{qid}' is not a question of checklist {checklist}.</source>
      <translation>« {qid} » n'est pas une question de la liste {checklist}.</translation>
    </message>
    <message>
      <source>the current answers differ from the last saved version (edited outside FieldKit)</source>
      <translation>les réponses actuelles diffèrent de la dernière version enregistrée (modifiées hors de FieldKit)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error}).</source>
      <translation>{file} : le fichier ne peut pas être lu ({error}).</translation>
    </message>
    <message>
      <source>{file}: not valid YAML/JSON ({error}).</source>
      <translation>{file} : YAML/JSON non valide ({error}).</translation>
    </message>
    <message>
      <source>{file}: {problems}{more}</source>
      <translation>{file} : {problems}{more}</translation>
    </message>
    <message>
      <source>An answer is required (use 'unknown' if it is not known).</source>
      <translation>Une réponse est requise (utilisez « inconnu » si ce n'est pas connu).</translation>
    </message>
    <message>
      <source>The answer must be yes, no or unknown.</source>
      <translation>La réponse doit être oui, non ou inconnu.</translation>
    </message>
    <message>
      <source>'{value}' is not one of the choices ({choices}).</source>
      <translation>« {value} » ne fait pas partie des choix ({choices}).</translation>
    </message>
    <message>
      <source>The answer must be a whole number from 0 to 4, or unknown.</source>
      <translation>La réponse doit être un nombre entier de 0 à 4, ou inconnu.</translation>
    </message>
    <message>
      <source>'{value}' cannot be picked together with another choice.</source>
      <translation>« {value} » ne peut pas être choisi avec un autre choix.</translation>
    </message>
    <message>
      <source>The answer must be a number.</source>
      <translation>La réponse doit être un nombre.</translation>
    </message>
    <message>
      <source>The answer must be at least {min}.</source>
      <translation>La réponse doit être supérieure ou égale à {min}.</translation>
    </message>
    <message>
      <source>The answer must be at most {max}.</source>
      <translation>La réponse doit être au plus {max}.</translation>
    </message>
    <message>
      <source>The answer must be a whole number (a count).</source>
      <translation>La réponse doit être un nombre entier (un décompte).</translation>
    </message>
    <message>
      <source>'unknown' is not allowed for this question.</source>
      <translation>« inconnu » n'est pas permis pour cette question.</translation>
    </message>
    <message>
      <source>The answer must be a date such as 2026-03-14.</source>
      <translation>La réponse doit être une date comme 2026-03-14.</translation>
    </message>
    <message>
      <source>'{value}' is not one of: {choices}.</source>
      <translation>« {value} » ne fait pas partie de : {choices}.</translation>
    </message>
    <message>
      <source>The text is too long ({n} characters, at most {max}).</source>
      <translation>Le texte est trop long ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>Give a number from 0 to 4.</source>
      <translation>Indiquez un nombre de 0 à 4.</translation>
    </message>
    <message>
      <source>'{value}' is not a number from 0 to 4.</source>
      <translation>« {value} » n'est pas un nombre de 0 à 4.</translation>
    </message>
    <message>
      <source>A judgement needs its text.</source>
      <translation>Un jugement doit avoir un texte.</translation>
    </message>
    <message>
      <source>A judgement's number goes from 1 to {max}.</source>
      <translation>Le numéro d'un jugement va de 1 à {max}.</translation>
    </message>
    <message>
      <source>No judgement number {n}.</source>
      <translation>Il n'y a pas de jugement numéro {n}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known criminal market.</source>
      <translation>« {code} » n'est pas un marché criminel connu.</translation>
    </message>
    <message>
      <source>An actor needs a name.</source>
      <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
      <source>At most {max} actor names of at most 200 characters.</source>
      <translation>Au plus {max} noms d'acteurs d'au plus 200 caractères.</translation>
    </message>
    <message>
      <source>This assessment has no record of market {code}.</source>
      <translation>Cette évaluation n'a pas de fiche pour le marché {code}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known actor type.</source>
      <translation>« {code} » n'est pas un type d'acteur connu.</translation>
    </message>
    <message>
      <source>'{code}' is not a known role in the chain.</source>
      <translation>« {code} » n'est pas un rôle connu dans la chaîne.</translation>
    </message>
    <message>
      <source>This assessment has no actor named {name}.</source>
      <translation>Cette évaluation n'a pas d'acteur nommé {name}.</translation>
    </message>
    <message>
      <source>The report needs at least one key judgement.</source>
      <translation>Le rapport doit contenir au moins un jugement clé.</translation>
    </message>
    <message>
      <source>Not a field of a market record.</source>
      <translation>Ce n'est pas un champ d'une fiche de marché.</translation>
    </message>
    <message>
      <source>Not a field of an actor record.</source>
      <translation>Ce n'est pas un champ d'une fiche d'acteur.</translation>
    </message>
    <message>
      <source>No checklist with id {id}.</source>
      <translation>Aucune liste de contrôle avec l'identifiant {id}.</translation>
    </message>
    <message>
      <source>No checklist {id} version {version}.</source>
      <translation>Aucune liste de contrôle {id} en version {version}.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: {problem}</source>
      <translation>{file} : feuille {sheet} : {problem}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, row {row}: {problem}</source>
      <translation>{file} : feuille {sheet}, ligne {row} : {problem}</translation>
    </message>
    <message>
      <source>{file}: the workbook is too large ({mb} MB; at most {max} MB).</source>
      <translation>{file} : le classeur est trop volumineux ({mb} Mo ; au plus {max} Mo).</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook FieldKit reads (it holds too many parts).</source>
      <translation>{file} : ce n'est pas un classeur .xlsx que FieldKit lit (il contient trop de parties).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no 'survey' sheet.</source>
      <translation>{file} : le classeur n'a pas de feuille « survey ».</translation>
    </message>
    <message>
      <source>{file}: sheet survey: no question FieldKit can ask (select_one, select_multiple, integer, decimal, text or date).</source>
      <translation>{file} : feuille survey : aucune question que FieldKit sait poser (select_one, select_multiple, integer, decimal, text ou date).</translation>
    </message>
    <message>
      <source>Checklist {id} version {version} is already installed with other content: raise the version in the form's settings sheet.</source>
      <translation>La liste de contrôle {id} version {version} est déjà installée avec un autre contenu : augmentez la version dans la feuille settings du formulaire.</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook ({error}).</source>
      <translation>{file} : ce n'est pas un classeur .xlsx ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook unpacks to far more than its size (a damaged or hostile file): not read.</source>
      <translation>{file} : le classeur se décompresse en bien plus que sa taille (fichier endommagé ou hostile) : non lu.</translation>
    </message>
    <message>
      <source>{file}: {problems}</source>
      <translation>{file} : {problems}</translation>
    </message>
    <message>
      <source>The two passphrases typed differ: nothing was changed.</source>
      <translation>Les deux phrases secrètes tapées diffèrent : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>No passphrase was given.</source>
      <translation>Aucune phrase secrète n'a été donnée.</translation>
    </message>
    <message>
      <source>--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.</source>
      <translation>--bbox doit être quatre nombres : min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>This workspace reads no HQ database: connect it with 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (or give --database).</source>
      <translation>Cet espace de travail ne lit aucune base de données du QG : reliez-le avec 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (ou indiquez --database).</translation>
    </message>
    <message>
      <source>This workspace has no HQ database: set one with 'fieldkit hq init --database postgresql://...'.</source>
      <translation>Cet espace de travail n’a pas de base de données du QG : indiquez-en une avec 'fieldkit hq init --database postgresql://...'.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or run this in a workspace set up with 'fieldkit hq init').</source>
      <translation>Aucune base de données du QG indiquée : utilisez --database postgresql://role@hote/base (ou lancez ceci dans un espace de travail configuré avec « fieldkit hq init »).</translation>
    </message>
    <message>
      <source>This workspace publishes to an HQ database already ('fieldkit hq status'): it reads that one.</source>
      <translation>Cet espace de travail publie déjà vers une base de données du QG ('fieldkit hq status') : il lit celle-là.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or --off).</source>
      <translation>Aucune base de données du QG indiquée : utilisez --database postgresql://role@hote/base (ou --off).</translation>
    </message>
    <message>
      <source>This workspace has its device key; nothing to do (a key is replaced only when its file was lost).</source>
      <translation>Cet espace de travail a sa clé d’appareil ; rien à faire (une clé n’est remplacée que si son fichier a été perdu).</translation>
    </message>
    <message>
      <source>A new identity cannot be undone: run it again with --confirm.</source>
      <translation>Une nouvelle identité est irréversible : relancez la commande avec --confirm.</translation>
    </message>
    <message>
      <source>No basemap named {name}; see 'fieldkit basemap list'.</source>
      <translation>Aucun fond de carte nommé {name} ; voir « fieldkit basemap list ».</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.</source>
      <translation>Il n'y a pas d'espace de travail FieldKit dans {folder}. Lancez d'abord « fieldkit init », ou vérifiez --data-dir.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted; use 'fieldkit passphrase change'.</source>
      <translation>Cet espace de travail est déjà chiffré ; utilisez « fieldkit passphrase change ».</translation>
    </message>
    <message>
      <source>No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).</source>
      <translation>Aucune nouvelle phrase secrète n'a été donnée (définissez FIELDKIT_NEW_PASSPHRASE, ou lancez la commande dans un terminal).</translation>
    </message>
    <message>
      <source>This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.</source>
      <translation>Cet espace de travail n'est pas chiffré ; utilisez « fieldkit passphrase set » pour le chiffrer.</translation>
    </message>
    <message>
      <source>No duress passphrase was given (set FIELDKIT_DURESS_PASSPHRASE, or run it at a terminal).</source>
      <translation>Aucune phrase secrète de contrainte n'a été donnée (définissez FIELDKIT_DURESS_PASSPHRASE, ou lancez la commande dans un terminal).</translation>
    </message>
    <message>
      <source>Travel mode needs --yes when no one is at a terminal to confirm.</source>
      <translation>Le mode voyage demande --yes quand personne n'est devant un terminal pour confirmer.</translation>
    </message>
    <message>
      <source>Deleting the workspace needs --yes when no one is at a terminal to confirm.</source>
      <translation>Supprimer l'espace de travail demande --yes quand personne n'est devant un terminal pour confirmer.</translation>
    </message>
    <message>
      <source>No open conflict with id {id}.</source>
      <translation>Aucun conflit ouvert avec l'identifiant {id}.</translation>
    </message>
    <message>
      <source>--incidents must be 0 or more.</source>
      <translation>--incidents doit valoir 0 ou plus.</translation>
    </message>
    <message>
      <source>Unknown setting {key}; use one of: {allowed}.</source>
      <translation>Réglage inconnu {key} ; utilisez l'un de : {allowed}.</translation>
    </message>
    <message>
      <source>The device id cannot be changed.</source>
      <translation>L'identifiant de l'appareil ne peut pas être modifié.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted.</source>
      <translation>Cet espace de travail est déjà chiffré.</translation>
    </message>
    <message>
      <source>There is no plain FieldKit workspace in {folder} to encrypt.</source>
      <translation>Il n'y a pas d'espace de travail FieldKit non chiffré dans {folder} à chiffrer.</translation>
    </message>
    <message>
      <source>The encrypted copy of the workspace did not check out: nothing was changed.</source>
      <translation>La copie chiffrée de l'espace de travail n'a pas passé la vérification : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The workspace could not be prepared for encryption ({error}): nothing was changed.</source>
      <translation>L'espace de travail n'a pas pu être préparé au chiffrement ({error}) : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The workspace could not be encrypted ({error}): nothing was changed.</source>
      <translation>L'espace de travail n'a pas pu être chiffré ({error}) : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>This workspace already holds data; load the demo into an empty workspace (use another --data-dir).</source>
      <translation>Cet espace de travail contient déjà des données ; chargez la démonstration dans un espace vide (utilisez un autre --data-dir).</translation>
    </message>
    <message>
      <source>The diagnostics file could not be written to {file}: {error}</source>
      <translation>Le fichier de diagnostic n’a pas pu être écrit dans {file} : {error}</translation>
    </message>
    <message>
      <source>The step was interrupted: FieldKit is closing.</source>
      <translation>L’étape a été interrompue : FieldKit se ferme.</translation>
    </message>
    <message>
      <source>The export could not be written to {file}: {error}</source>
      <translation>L’export n’a pas pu être écrit dans {file} : {error}</translation>
    </message>
    <message>
      <source>The file {name} is too large to be a bundle: nothing was sent.</source>
      <translation>Le fichier {name} est trop volumineux pour être un paquet : rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>No bundle {id} (or more than one) is in the HQ database's inbox.</source>
      <translation>Aucun paquet {id} (ou plus d'un) dans la boîte de réception de la base de données du QG.</translation>
    </message>
    <message>
      <source>The file {name} could not be read: {error}</source>
      <translation>Le fichier {name} n'a pas pu être lu : {error}</translation>
    </message>
    <message>
      <source>No refused bundle {id} that can be tried again is in the HQ database.</source>
      <translation>Aucun paquet refusé {id} pouvant être réessayé ne se trouve dans la base de données du QG.</translation>
    </message>
    <message>
      <source>A bundle's blocks are not numbered in order in the HQ database.</source>
      <translation>Les blocs d'un paquet ne sont pas numérotés dans l'ordre dans la base de données du QG.</translation>
    </message>
    <message>
      <source>A bundle in the HQ database is longer than its size says.</source>
      <translation>Un paquet de la base de données du QG est plus long que sa taille ne l'indique.</translation>
    </message>
    <message>
      <source>Each field takes 'local' or 'remote'.</source>
      <translation>Chaque champ prend « local » ou « remote » (autre appareil).</translation>
    </message>
    <message>
      <source>The bundle could not be read ({kind}): it is damaged or was made to harm. Nothing was changed.</source>
      <translation>Le paquet n'a pas pu être lu ({kind}) : il est endommagé ou a été conçu pour nuire. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The file {name} changed while it was being sent: nothing was sent. Try again.</source>
      <translation>Le fichier {name} a changé pendant son envoi : rien n'a été envoyé. Réessayez.</translation>
    </message>
    <message>
      <source>The bundle in the HQ database is incomplete or was altered there: it was not imported.</source>
      <translation>Le paquet dans la base de données du QG est incomplet ou y a été modifié : il n'a pas été importé.</translation>
    </message>
    <message>
      <source>The bundle could not be written in the HQ workspace's folder ({error}): it was not imported. Free some space, then put it back in the queue ('fieldkit hq inbox --retry').</source>
      <translation>Le paquet n'a pas pu être écrit dans le dossier de l'espace de travail du QG ({error}) : il n'a pas été importé. Libérez de l'espace, puis remettez-le dans la file ('fieldkit hq inbox --retry').</translation>
    </message>
    <message>
      <source>The PostgreSQL schema steps are not numbered 1, 2, 3... ({numbers}).</source>
      <translation>Les étapes du schéma PostgreSQL ne sont pas numérotées 1, 2, 3... ({numbers}).</translation>
    </message>
    <message>
      <source>The PostgreSQL address holds a password: FieldKit records the address in the workspace, so the password must stay out of it. Put it in a .pgpass file (or PGPASSFILE), or in PGPASSWORD.</source>
      <translation>L’adresse PostgreSQL contient un mot de passe : FieldKit enregistre l’adresse dans l’espace de travail, le mot de passe doit donc en rester absent. Mettez-le dans un fichier .pgpass (ou PGPASSFILE), ou dans PGPASSWORD.</translation>
    </message>
    <message>
      <source>The HQ database server could not be reached ({error}): nothing was changed. Check that the server is running and that this computer may connect to it.</source>
      <translation>Le serveur de la base de données du QG est injoignable ({error}) : rien n’a été modifié. Vérifiez que le serveur fonctionne et que cet ordinateur peut s’y connecter.</translation>
    </message>
    <message>
      <source>The HQ database refused this work: the role has no permission for it ({error}). Nothing was changed; ask the database administrator for the FieldKit role this work needs.</source>
      <translation>La base de données du QG a refusé ce travail : le rôle n’en a pas le droit ({error}). Rien n’a été modifié ; demandez à l’administrateur de la base le rôle FieldKit nécessaire à ce travail.</translation>
    </message>
    <message>
      <source>The HQ database server has no space left: nothing was changed. Ask its administrator to free some space, then try again.</source>
      <translation>Le serveur de la base de données du QG n’a plus de place : rien n’a été modifié. Demandez à son administrateur de libérer de l’espace, puis réessayez.</translation>
    </message>
    <message>
      <source>The workspace is busy with other work (another FieldKit window or command is writing to it): nothing was changed. Try again when that work is done.</source>
      <translation>L’espace de travail est occupé par une autre tâche (une autre fenêtre ou commande FieldKit y écrit) : rien n’a été modifié. Réessayez quand cette tâche sera terminée.</translation>
    </message>
    <message>
      <source>The HQ database server lacks what FieldKit needs ({error}): install PostGIS on it (docs/hq-postgresql.md). Nothing was changed.</source>
      <translation>Il manque au serveur de la base de données du QG ce dont FieldKit a besoin ({error}) : installez-y PostGIS (docs/hq-postgresql.md). Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>The HQ store on PostgreSQL needs the psycopg package: install FieldKit with its 'hq' extra (pip install 'fieldkit[hq]').</source>
      <translation>La base du QG sur PostgreSQL nécessite le paquet psycopg : installez FieldKit avec son option 'hq' (pip install 'fieldkit[hq]').</translation>
    </message>
    <message>
      <source>The PostgreSQL address could not be read: {error}</source>
      <translation>L’adresse PostgreSQL n’a pas pu être lue : {error}</translation>
    </message>
    <message>
      <source>The HQ database reported an error: {error}</source>
      <translation>La base de données du QG a signalé une erreur : {error}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of FieldKit (database schema {found}, this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.</source>
      <translation>Cet espace de travail a été écrit par une version plus récente de FieldKit (schéma {found}, cette version connaît jusqu'à {latest}). Mettez FieldKit à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <source>The search "{text}" has an unclosed quotation mark.</source>
      <translation>La recherche « {text} » contient un guillemet non fermé.</translation>
    </message>
    <message>
      <source>The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.</source>
      <translation>La recherche « {text} » commence ou finit par AND, OR ou NOT ; mettez des mots des deux côtés.</translation>
    </message>
    <message>
      <source>history exists for an incident that is gone</source>
      <translation>un historique existe pour un incident qui n’existe plus</translation>
    </message>
    <message>
      <source>is not in the HQ database yet</source>
      <translation>n’est pas encore dans la base de données du QG</translation>
    </message>
    <message>
      <source>is in the HQ database but not in the workspace</source>
      <translation>est dans la base de données du QG mais pas dans l’espace de travail</translation>
    </message>
    <message>
      <source>differs between the HQ database and the workspace (publish again)</source>
      <translation>diffère entre la base de données du QG et l’espace de travail (publiez à nouveau)</translation>
    </message>
    <message>
      <source>The attachment name {sha} is not a SHA-256.</source>
      <translation>Le nom de pièce jointe {sha} n’est pas un SHA-256.</translation>
    </message>
    <message>
      <source>the file was altered or cut short in the HQ database</source>
      <translation>le fichier a été modifié ou tronqué dans la base de données du QG</translation>
    </message>
    <message>
      <source>The search '{query}' has no word to look for.</source>
      <translation>La recherche '{query}' ne contient aucun mot à chercher.</translation>
    </message>
    <message>
      <source>The attachment {sha} is not in the HQ database.</source>
      <translation>La pièce jointe {sha} n'est pas dans la base de données du QG.</translation>
    </message>
    <message>
      <source>has no stored history</source>
      <translation>n’a pas d’historique enregistré</translation>
    </message>
    <message>
      <source>the current record differs from its last saved version (edited outside FieldKit)</source>
      <translation>l’enregistrement actuel diffère de sa dernière version enregistrée (modifié hors de FieldKit)</translation>
    </message>
    <message>
      <source>the file is not in the HQ database (publish from the workspace)</source>
      <translation>le fichier n'est pas dans la base de données du QG (publiez depuis l'espace de travail)</translation>
    </message>
    <message>
      <source>This HQ database is fed by another FieldKit workspace (device {other}): nothing was published. Use a database of its own for this workspace.</source>
      <translation>Cette base de données du QG est alimentée par un autre espace de travail FieldKit (appareil {other}) : rien n’a été publié. Utilisez une base de données propre à cet espace de travail.</translation>
    </message>
    <message>
      <source>The attachment {sha} is incomplete in the HQ database.</source>
      <translation>La pièce jointe {sha} est incomplète dans la base de données du QG.</translation>
    </message>
    <message>
      <source>The attachment {sha} in the HQ database does not match its SHA-256 (altered on the server): nothing was written.</source>
      <translation>La pièce jointe {sha} dans la base de données du QG ne correspond pas à son SHA-256 (modifiée sur le serveur) : rien n'a été écrit.</translation>
    </message>
    <message>
      <source>The attachment {sha} is missing from the workspace.</source>
      <translation>La pièce jointe {sha} manque dans l'espace de travail.</translation>
    </message>
    <message>
      <source>The attachment {sha} has been altered: its content no longer matches its SHA-256.</source>
      <translation>La pièce jointe {sha} a été modifiée : son contenu ne correspond plus à son SHA-256.</translation>
    </message>
    <message>
      <source>The workspace is locked: unlock it with its passphrase first.</source>
      <translation>L'espace de travail est verrouillé : déverrouillez-le d'abord avec sa phrase secrète.</translation>
    </message>
    <message>
      <source>The file {name} does not match its SHA-256.</source>
      <translation>Le fichier {name} ne correspond pas à son SHA-256.</translation>
    </message>
    <message>
      <source>The file {path} could not be copied into the workspace: {error}</source>
      <translation>Le fichier {path} n'a pas pu être copié dans l'espace de travail : {error}</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>Un titre est requis.</translation>
    </message>
    <message>
      <source>The status must be 'draft' or 'final'.</source>
      <translation>Le statut doit être « draft » (brouillon) ou « final » (définitif).</translation>
    </message>
    <message>
      <source>A description is required before the incident is final.</source>
      <translation>Une description est requise avant que l'incident soit définitif.</translation>
    </message>
    <message>
      <source>The date and time of the incident are required.</source>
      <translation>La date et l'heure de l'incident sont requises.</translation>
    </message>
    <message>
      <source>The time precision must be exact, day, month or approximate.</source>
      <translation>La précision de la date doit être exacte, jour, mois ou approximative.</translation>
    </message>
    <message>
      <source>The place name is too long ({n} characters, at most {max}).</source>
      <translation>Le nom du lieu est trop long ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>The location precision must be exact, near, district, region or country.</source>
      <translation>La précision du lieu doit être exacte, à proximité, district, région ou pays.</translation>
    </message>
    <message>
      <source>A category is required.</source>
      <translation>Une catégorie est requise.</translation>
    </message>
    <message>
      <source>Too many actors ({n}, at most {max}).</source>
      <translation>Trop d'acteurs ({n}, au plus {max}).</translation>
    </message>
    <message>
      <source>'{code}' is not a known source type.</source>
      <translation>« {code} » n'est pas un type de source connu.</translation>
    </message>
    <message>
      <source>Source reliability must be a letter from A to F.</source>
      <translation>La fiabilité de la source doit être une lettre de A à F.</translation>
    </message>
    <message>
      <source>Information credibility must be a digit from 1 to 6.</source>
      <translation>La crédibilité de l'information doit être un chiffre de 1 à 6.</translation>
    </message>
    <message>
      <source>Too many tags ({n}, at most {max}).</source>
      <translation>Trop d'étiquettes ({n}, au plus {max}).</translation>
    </message>
    <message>
      <source>Too many markets ({n}, at most {max}).</source>
      <translation>Trop de marchés ({n}, au plus {max}).</translation>
    </message>
    <message>
      <source>The title is too long ({n} characters, at most {max}).</source>
      <translation>Le titre est trop long ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>The description is too long ({n} characters, at most {max}).</source>
      <translation>La description est trop longue ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>Latitude and longitude are required before the incident is final (a draft may be saved without them).</source>
      <translation>La latitude et la longitude sont requises avant que l'incident soit définitif (un brouillon peut être enregistré sans elles).</translation>
    </message>
    <message>
      <source>'{code}' is not a known category code.</source>
      <translation>« {code} » n'est pas un code de catégorie connu.</translation>
    </message>
    <message>
      <source>A severity from 1 to 5 is required.</source>
      <translation>Une gravité de 1 à 5 est requise.</translation>
    </message>
    <message>
      <source>The severity must be a whole number from 1 (minimal) to 5 (critical).</source>
      <translation>La gravité doit être un nombre entier de 1 (minimale) à 5 (critique).</translation>
    </message>
    <message>
      <source>The actors must be a list of names (each with an optional type).</source>
      <translation>Les acteurs doivent être une liste de noms (chacun avec un type facultatif).</translation>
    </message>
    <message>
      <source>Each actor must be a name, with an optional type code.</source>
      <translation>Chaque acteur doit être un nom, avec un code de type facultatif.</translation>
    </message>
    <message>
      <source>An actor's name is too long ({n} characters, at most {max}).</source>
      <translation>Le nom d'un acteur est trop long ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>The tags must be a list of words.</source>
      <translation>Les étiquettes doivent être une liste de mots.</translation>
    </message>
    <message>
      <source>Each tag must be a word or a short text.</source>
      <translation>Chaque étiquette doit être un mot ou un texte court.</translation>
    </message>
    <message>
      <source>A tag is too long ({n} characters, at most {max}).</source>
      <translation>Une étiquette est trop longue ({n} caractères, au plus {max}).</translation>
    </message>
    <message>
      <source>The markets must be a list of criminal market codes.</source>
      <translation>Les marchés doivent être une liste de codes de marchés criminels.</translation>
    </message>
    <message>
      <source>The date of the incident is in the future.</source>
      <translation>La date de l'incident est dans le futur.</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.</source>
      <translation>« {value} » n'est pas une date ; utilisez la forme 2026-03-14 ou 2026-03-14T22:30.</translation>
    </message>
    <message>
      <source>The report date is in the future.</source>
      <translation>La date du signalement est dans le futur.</translation>
    </message>
    <message>
      <source>'{value}' is not a date.</source>
      <translation>« {value} » n'est pas une date.</translation>
    </message>
    <message>
      <source>'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.</source>
      <translation>« {value} » n'est pas une cotation de source ; utilisez une lettre A-F et un chiffre 1-6, p. ex. B2.</translation>
    </message>
    <message>
      <source>The number of people killed must be a whole number from 0 to {max}, or left empty if not known.</source>
      <translation>Le nombre de personnes tuées doit être un nombre entier de 0 à {max}, ou rester vide s'il n'est pas connu.</translation>
    </message>
    <message>
      <source>Longitude is required.</source>
      <translation>La longitude est requise.</translation>
    </message>
    <message>
      <source>Latitude is required.</source>
      <translation>La latitude est requise.</translation>
    </message>
    <message>
      <source>Give the longitude too, or neither (a draft may be saved without a location).</source>
      <translation>Donnez aussi la longitude, ou aucune des deux (un brouillon peut être enregistré sans lieu).</translation>
    </message>
    <message>
      <source>Give the latitude too, or neither (a draft may be saved without a location).</source>
      <translation>Donnez aussi la latitude, ou aucune des deux (un brouillon peut être enregistré sans lieu).</translation>
    </message>
    <message>
      <source>'{value}' is two numbers: put the latitude and the longitude each in its own box.</source>
      <translation>« {value} » contient deux nombres : mettez la latitude et la longitude chacune dans sa case.</translation>
    </message>
    <message>
      <source>The search "{text}" only leaves words out (-word); put a word to look for too.</source>
      <translation>La recherche « {text} » ne fait qu'exclure des mots (-mot) ; ajoutez aussi un mot à chercher.</translation>
    </message>
    <message>
      <source>No single incident has an id starting with {id}.</source>
      <translation>Le préfixe {id} ne désigne aucun incident, ou en désigne plusieurs.</translation>
    </message>
    <message>
      <source>This incident is in the trash; restore it before editing.</source>
      <translation>Cet incident est dans la corbeille ; restaurez-le avant de le modifier.</translation>
    </message>
    <message>
      <source>Only an incident in the trash can be purged; move it to the trash first.</source>
      <translation>Seul un incident dans la corbeille peut être supprimé définitivement ; mettez-le d'abord à la corbeille.</translation>
    </message>
    <message>
      <source>The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.</source>
      <translation>La recherche n'a pas pu être comprise ({error}). Vérifiez les guillemets et AND/OR/NOT.</translation>
    </message>
    <message>
      <source>The id must be a UUID.</source>
      <translation>L'identifiant doit être un UUID.</translation>
    </message>
    <message>
      <source>This field cannot be changed.</source>
      <translation>Ce champ ne peut pas être modifié.</translation>
    </message>
    <message>
      <source>That attachment is not part of this incident.</source>
      <translation>Cette pièce jointe ne fait pas partie de cet incident.</translation>
    </message>
    <message>
      <source>A reason is required to change a final incident.</source>
      <translation>Un motif est requis pour modifier un incident définitif.</translation>
    </message>
    <message>
      <source>The file of attachment {name} (of the other device's version) is missing from this workspace: the conflict was left open. Ask the other device for a new bundle (it brings the file again), then resolve the conflict.</source>
      <translation>Le fichier de la pièce jointe {name} (de la version de l’autre appareil) manque dans cet espace de travail : le conflit reste ouvert. Demandez un nouveau paquet à l’autre appareil (il rapporte le fichier), puis résolvez le conflit.</translation>
    </message>
    <message>
      <source>An incident with this id already exists.</source>
      <translation>Un incident avec cet identifiant existe déjà.</translation>
    </message>
    <message>
      <source>The file {path} does not exist or cannot be read.</source>
      <translation>Le fichier {path} n'existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
      <source>'{text}' is not a box: west must be less than east (-180 to 180), south less than north (-90 to 90).</source>
      <translation>« {text} » n'est pas une zone : l'ouest doit être inférieur à l'est (-180 à 180), le sud inférieur au nord (-90 à 90).</translation>
    </message>
    <message>
      <source>'{text}' is not a range of zoom levels; write it e.g. 5-12 (0 to 22).</source>
      <translation>« {text} » n'est pas une plage de niveaux de zoom ; écrivez-la par ex. 5-12 (0 à 22).</translation>
    </message>
    <message>
      <source>{file} already exists; choose another name for the new pack.</source>
      <translation>{file} existe déjà ; choisissez un autre nom pour le nouveau pack.</translation>
    </message>
    <message>
      <source>The new pack cannot replace its source {file}.</source>
      <translation>Le nouveau pack ne peut pas remplacer sa source {file}.</translation>
    </message>
    <message>
      <source>{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).</source>
      <translation>{file} contient des tuiles {fmt} ; FieldKit affiche des tuiles raster (png, jpg, webp).</translation>
    </message>
    <message>
      <source>'{text}' is not a box; write it W,S,E,N in degrees, e.g. -17,10,-13,13.</source>
      <translation>« {text} » n'est pas une zone ; écrivez-la O,S,E,N en degrés, par ex. -17,10,-13,13.</translation>
    </message>
    <message>
      <source>The pack could not be written ({error}); nothing was kept.</source>
      <translation>Le pack n'a pas pu être écrit ({error}) ; rien n'a été conservé.</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file ({error}).</source>
      <translation>{file} n'est pas un fichier MBTiles lisible ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file (its zoom levels are not numbers).</source>
      <translation>{file} n'est pas un fichier MBTiles lisible (ses niveaux de zoom ne sont pas des nombres).</translation>
    </message>
    <message>
      <source>The Arabic font is not installed with this copy of FieldKit (fontpkg-amiri).</source>
      <translation>La police de caractères arabe n'est pas installée avec cette copie de FieldKit (fontpkg-amiri).</translation>
    </message>
    <message>
      <source>In {place}</source>
      <translation>{place} (à moins de 1 km)</translation>
    </message>
    <message>
      <source>{km} km N of {place}</source>
      <translation>{place} : à {km} km au nord</translation>
    </message>
    <message>
      <source>{km} km NE of {place}</source>
      <translation>{place} : à {km} km au nord-est</translation>
    </message>
    <message>
      <source>{km} km E of {place}</source>
      <translation>{place} : à {km} km à l'est</translation>
    </message>
    <message>
      <source>{km} km SE of {place}</source>
      <translation>{place} : à {km} km au sud-est</translation>
    </message>
    <message>
      <source>{km} km S of {place}</source>
      <translation>{place} : à {km} km au sud</translation>
    </message>
    <message>
      <source>{km} km SW of {place}</source>
      <translation>{place} : à {km} km au sud-ouest</translation>
    </message>
    <message>
      <source>{km} km W of {place}</source>
      <translation>{place} : à {km} km à l'ouest</translation>
    </message>
    <message>
      <source>{km} km NW of {place}</source>
      <translation>{place} : à {km} km au nord-ouest</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).</source>
      <translation>La latitude doit être comprise entre -90 et 90 et la longitude entre -180 et 180 ({lat}, {lon} donnés).</translation>
    </message>
    <message>
      <source>The gazetteer of places is not installed with this copy of FieldKit.</source>
      <translation>Le répertoire des lieux n'est pas installé avec cette copie de FieldKit.</translation>
    </message>
    <message>
      <source>A position is two numbers: latitude and longitude.</source>
      <translation>Une position, ce sont deux nombres : la latitude et la longitude.</translation>
    </message>
    <message>
      <source>The gazetteer of places could not be read ({error}).</source>
      <translation>Le répertoire des lieux n'a pas pu être lu ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit report (no content hash found).</source>
      <translation>{file} n'est pas un rapport FieldKit (aucune empreinte de contenu).</translation>
    </message>
    <message>
      <source>The report could not be written to {path}: {error}</source>
      <translation>Le rapport n'a pas pu être enregistré dans {path} : {error}</translation>
    </message>
    <message>
      <source>{file} is not a readable PDF.</source>
      <translation>{file} n'est pas un PDF lisible.</translation>
    </message>
    <message>
      <source>version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)</source>
      <translation>la version {n} ne porte aucune signature (elle a été modifiée hors de FieldKit, ou la clé de son appareil a été perdue)</translation>
    </message>
    <message>
      <source>version {n} does not match its signature (edited outside FieldKit)</source>
      <translation>la version {n} ne correspond pas à sa signature (modifiée hors de FieldKit)</translation>
    </message>
    <message>
      <source>version {n} is signed by a key this workspace does not know</source>
      <translation>la version {n} est signée par une clé que cet espace de travail ne connaît pas</translation>
    </message>
    <message>
      <source>version {n} is missing or unlinked</source>
      <translation>la version {n} manque ou n’est pas chaînée</translation>
    </message>
    <message>
      <source>version {n} is missing</source>
      <translation>la version {n} manque</translation>
    </message>
    <message>
      <source>version {n} is not linked to version {prev}</source>
      <translation>la version {n} n’est pas chaînée à la version {prev}</translation>
    </message>
    <message>
      <source>version {n} was altered after it was saved</source>
      <translation>la version {n} a été modifiée après son enregistrement</translation>
    </message>
    <message>
      <source>The database migrations are not numbered 1, 2, 3... without gaps: {numbers}</source>
      <translation>Les migrations de la base ne sont pas numérotées 1, 2, 3... sans trou : {numbers}</translation>
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space (or move the workspace to a larger drive), then try again.</source>
      <translation>Le disque est plein : rien n’a été modifié. Libérez de la place (ou déplacez l’espace de travail sur un disque plus grand), puis réessayez.</translation>
    </message>
    <message>
      <source>The disk could not be written or read ({error}): nothing was changed. Check the drive (removed, failing or read-only), then try again.</source>
      <translation>Le disque n’a pas pu être écrit ou lu ({error}) : rien n’a été modifié. Vérifiez le disque (retiré, défaillant ou en lecture seule), puis réessayez.</translation>
    </message>
    <message>
      <source>The file {path} is not a FieldKit database ({error}).</source>
      <translation>Le fichier {path} n'est pas une base FieldKit ({error}).</translation>
    </message>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>La base {path} n'a pas pu être ouverte : {error}</translation>
    </message>
    <message>
      <source>Could not open the database {path}: {error}</source>
      <translation>Impossible d'ouvrir la base {path} : {error}</translation>
    </message>
    <message>
      <source>Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.</source>
      <translation>La mise à niveau de la base a échoué à l'étape {number} ({name}) : {error}. Cette étape n'a rien modifié.</translation>
    </message>
    <message>
      <source>HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ.</source>
      <translation>La politique du QG garde sur cet appareil les incidents marqués sensibles : exportez le paquet sans eux, ou demandez au QG.</translation>
    </message>
    <message>
      <source>This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, or choose a plain bundle explicitly.</source>
      <translation>Ce paquet serait lisible par quiconque trouve la clé USB : aucune clé du QG n’est de confiance ici, et aucun destinataire ni phrase secrète n’a été donné. Donnez une phrase secrète (au moins {n} caractères), faites confiance à la clé du QG, ou choisissez explicitement un paquet en clair.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than allowed.</source>
      <translation>L'élément {name} du paquet est plus grand que permis.</translation>
    </message>
    <message>
      <source>The bundle member {name} inflates far beyond its size: it is damaged or hostile.</source>
      <translation>Le fichier {name} du paquet se décompresse bien au-delà de sa taille : il est endommagé ou hostile.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than it claims.</source>
      <translation>L'élément {name} du paquet est plus grand qu'annoncé.</translation>
    </message>
    <message>
      <source>The bundle's list of recipients is damaged: the bundle is damaged or was tampered with.</source>
      <translation>La liste des destinataires du paquet est endommagée : le paquet est endommagé ou a été altéré.</translation>
    </message>
    <message>
      <source>This bundle is encrypted for another device; this device's key cannot open it.</source>
      <translation>Ce paquet est chiffré pour un autre appareil ; la clé de cet appareil ne peut pas l'ouvrir.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.</source>
      <translation>Ce paquet a été créé par un FieldKit plus récent (format chiffré {v}) ; mettez FieldKit à jour pour l'importer.</translation>
    </message>
    <message>
      <source>The encrypted bundle is damaged: its envelope cannot be read.</source>
      <translation>Le paquet chiffré est endommagé : son enveloppe ne peut pas être lue.</translation>
    </message>
    <message>
      <source>The bundle holds the same file twice; it is refused.</source>
      <translation>Le paquet contient deux fois le même fichier ; il est refusé.</translation>
    </message>
    <message>
      <source>The bundle has no manifest or no signature; it is not a FieldKit bundle.</source>
      <translation>Le paquet n'a pas de manifeste ou pas de signature ; ce n'est pas un paquet FieldKit.</translation>
    </message>
    <message>
      <source>This is not a FieldKit bundle.</source>
      <translation>Ce n'est pas un paquet FieldKit.</translation>
    </message>
    <message>
      <source>This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.</source>
      <translation>Ce paquet utilise la version de format {v} ; ce FieldKit lit la version {mine}. Mettez FieldKit à jour pour l'importer.</translation>
    </message>
    <message>
      <source>This bundle was made by this device; there is nothing to import.</source>
      <translation>Ce paquet a été créé par cet appareil ; il n'y a rien à importer.</translation>
    </message>
    <message>
      <source>This bundle was made for another device; it is not imported here.</source>
      <translation>Ce paquet a été fait pour un autre appareil ; il n’est pas importé ici.</translation>
    </message>
    <message>
      <source>The bundle claims to come from device {device_id}, but it is signed with the key of another device ({label}). A trusted key may only speak for its own device; the bundle is refused.</source>
      <translation>Le paquet prétend venir de l’appareil {device_id}, mais il est signé avec la clé d’un autre appareil ({label}). Une clé de confiance ne parle que pour son propre appareil ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept the new key only if its owner confirms the device has a new key.</source>
      <translation>Le paquet dit venir de {label} (appareil {device_id}), auquel cet espace de travail fait confiance sous une autre clé (empreinte {known_fp}) ; il est signé avec la clé {fp}. Quelqu’un se fait peut-être passer pour cet appareil. N’acceptez la nouvelle clé que si son propriétaire confirme que l’appareil a une nouvelle clé.</translation>
    </message>
    <message>
      <source>The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself “{label}”). Check the key fingerprint with its owner, then accept it.</source>
      <translation>Le paquet est signé par un appareil auquel cet espace de travail ne fait pas encore confiance (clé {fp}, qui se nomme « {label} »). Vérifiez l’empreinte de la clé avec son propriétaire, puis acceptez-la.</translation>
    </message>
    <message>
      <source>The bundle's files do not match its manifest: files are missing or were added. It is refused.</source>
      <translation>Les fichiers du paquet ne correspondent pas à son manifeste : des fichiers manquent ou ont été ajoutés. Il est refusé.</translation>
    </message>
    <message>
      <source>The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.</source>
      <translation>Le fichier {name} du paquet ne correspond pas à son empreinte enregistrée : il est endommagé ou a été falsifié.</translation>
    </message>
    <message>
      <source>The bundle holds the same {kind} twice; the bundle is refused.</source>
      <translation>Le paquet contient deux fois le même élément ({kind}) ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The bundle manifest holds values out of range; it is refused.</source>
      <translation>Le manifeste du paquet contient des valeurs hors limites ; il est refusé.</translation>
    </message>
    <message>
      <source>A {kind} in the bundle has no history; the bundle is refused.</source>
      <translation>Un élément ({kind}) du paquet n'a pas d'historique ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. Open it again to check it.</source>
      <translation>Le fichier de paquet {file} a changé depuis sa vérification (la clé USB a-t-elle été échangée ?) ; rien n’a été importé. Ouvrez-le de nouveau pour le vérifier.</translation>
    </message>
    <message>
      <source>A deletion is resolved by keeping the incident ('local') or removing it for good ('remote').</source>
      <translation>Une suppression se règle en gardant l’incident (« local ») ou en le supprimant définitivement (« remote »).</translation>
    </message>
    <message>
      <source>Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side.</source>
      <translation>Seuls les conflits d'incidents se résolvent champ par champ ; ceux d'évaluations se résolvent en choisissant un côté.</translation>
    </message>
    <message>
      <source>The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. Trust that device's key file again.</source>
      <translation>La clé de chiffrement enregistrée pour {label} n'est pas une clé valide : le paquet ne peut pas lui être chiffré. Acceptez de nouveau le fichier de clé de cet appareil.</translation>
    </message>
    <message>
      <source>The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.</source>
      <translation>Le paquet ({what}) est endommagé ou tronqué (ce n'est pas un fichier zip complet). Demandez une nouvelle exportation.</translation>
    </message>
    <message>
      <source>The bundle is damaged: {name} cannot be read ({error}).</source>
      <translation>Le paquet est endommagé : {name} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
      <source>The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.</source>
      <translation>Le paquet chiffré demande une vérification de phrase secrète bien plus coûteuse que celles de FieldKit ; il est refusé.</translation>
    </message>
    <message>
      <source>This bundle is encrypted with a passphrase. Give the passphrase to import it.</source>
      <translation>Ce paquet est chiffré par une phrase secrète. Donnez-la pour l'importer.</translation>
    </message>
    <message>
      <source>This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at this size it is refused. Ask the sender to export it again with this version.</source>
      <translation>Ce paquet a été chiffré par un FieldKit plus ancien sous une forme qui n’est vérifiée qu’une fois lue en entier ; à cette taille, il est refusé. Demandez à l’expéditeur de l’exporter de nouveau avec cette version.</translation>
    </message>
    <message>
      <source>The encrypted bundle was altered or damaged: its contents fail authentication.</source>
      <translation>Le paquet chiffré a été altéré ou endommagé : l'authentification de son contenu a échoué.</translation>
    </message>
    <message>
      <source>The encrypted bundle holds unexpected files; it is refused.</source>
      <translation>Le paquet chiffré contient des fichiers inattendus ; il est refusé.</translation>
    </message>
    <message>
      <source>The bundle holds an unexpected or unsafe file name ({name}); it is refused.</source>
      <translation>Le paquet contient un nom de fichier inattendu ou dangereux ({name}) ; il est refusé.</translation>
    </message>
    <message>
      <source>The bundle manifest is unreadable.</source>
      <translation>Le manifeste du paquet est illisible.</translation>
    </message>
    <message>
      <source>The bundle's signature does not match its contents: it was altered after it was signed. It is refused.</source>
      <translation>La signature du paquet ne correspond pas à son contenu : il a été modifié après sa signature. Il est refusé.</translation>
    </message>
    <message>
      <source>The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.</source>
      <translation>Le signataire du paquet n’a pas de clé de chiffrement valide ; ce n’est pas un paquet FieldKit. Il est refusé.</translation>
    </message>
    <message>
      <source>The bundle lacks {name}.</source>
      <translation>Il manque {name} au paquet.</translation>
    </message>
    <message>
      <source>An assessment in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Une évaluation du paquet a une structure invalide ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>A deletion record in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Une suppression du paquet a une structure invalide ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>One {kind} record in the bundle is not readable; the bundle is refused.</source>
      <translation>Une fiche ({kind}) du paquet est illisible ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} in the bundle is broken; the bundle is refused.</source>
      <translation>L'historique de {kind} {id} dans le paquet est rompu ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} was altered (hash mismatch); the bundle is refused.</source>
      <translation>L'historique de {kind} {id} a été altéré (empreinte différente) ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>An incident in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Un incident du paquet a une structure invalide ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Une phrase secrète de paquet doit compter au moins {n} caractères : quelques mots sont plus faciles à retenir et bien plus difficiles à deviner.</translation>
    </message>
    <message>
      <source>The bundle {file} cannot be read: {error}</source>
      <translation>Le paquet {file} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <source>The passphrase is wrong, or the bundle was tampered with.</source>
      <translation>La phrase secrète est fausse, ou le paquet a été falsifié.</translation>
    </message>
    <message>
      <source>The bundle is larger than FieldKit accepts.</source>
      <translation>Le paquet est plus grand que ce que FieldKit accepte.</translation>
    </message>
    <message>
      <source>A {kind} version in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Une version ({kind}) du paquet a une structure invalide ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. The bundle is refused.</source>
      <translation>La version {n} de {kind} {id} dans le paquet ne correspond pas à sa signature : elle a été modifiée ou contrefaite. Le paquet est refusé.</translation>
    </message>
    <message>
      <source>An incident version in the bundle is unreadable; the bundle is refused.</source>
      <translation>Une version d'incident du paquet est illisible ; le paquet est refusé.</translation>
    </message>
    <message>
      <source>The bundle lacks an attachment of incident {id}.</source>
      <translation>Il manque au paquet une pièce jointe de l'incident {id}.</translation>
    </message>
    <message>
      <source>Checking the bundle's records failed ({error}); nothing was imported.</source>
      <translation>La vérification des enregistrements du paquet a échoué ({error}) ; rien n’a été importé.</translation>
    </message>
    <message>
      <source>The bundle's key for this device does not open: the bundle is damaged or was tampered with.</source>
      <translation>La clé du paquet pour cet appareil ne s'ouvre pas : le paquet est endommagé ou a été falsifié.</translation>
    </message>
    <message>
      <source>Choose 'local' or 'remote'.</source>
      <translation>Choisissez « local » ou « remote » (autre appareil).</translation>
    </message>
    <message>
      <source>The config bundle holds values FieldKit does not accept; nothing was applied.</source>
      <translation>Le paquet de configuration contient des valeurs que FieldKit n'accepte pas ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>The config bundle's policy is not one FieldKit knows; nothing was applied.</source>
      <translation>La politique du paquet de configuration n'est pas une que FieldKit connaît ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>This config bundle would be readable by anyone who finds the stick: no device is trusted here and no passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle.</source>
      <translation>Ce paquet de configuration serait lisible par quiconque trouve la clé USB : aucun appareil n'est accepté ici et aucune phrase de passe n'a été donnée. Acceptez les clés des appareils de terrain, donnez une phrase de passe, ou choisissez un paquet non chiffré.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (it holds unexpected files); nothing was applied.</source>
      <translation>Ce n'est pas un paquet de configuration FieldKit (il contient des fichiers inattendus) ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle; nothing was applied.</source>
      <translation>Ce n'est pas un paquet de configuration FieldKit ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.</source>
      <translation>Ce paquet de configuration a été fait par un FieldKit plus récent (format {v}) ; mettez FieldKit à jour pour l'appliquer.</translation>
    </message>
    <message>
      <source>This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts ({hq_fp}). It is not applied. Ask HQ.</source>
      <translation>Ce paquet de configuration est signé par la clé {fp} (« {label} »), pas par la clé du QG acceptée sur cet appareil ({hq_fp}). Il n'est pas appliqué. Demandez au QG.</translation>
    </message>
    <message>
      <source>This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key yet. Compare the fingerprint with HQ (by phone or in person), then accept it.</source>
      <translation>Ce paquet de configuration est signé par « {label} », clé {fp} ({words}), et cet appareil n'accepte encore aucune clé de QG. Comparez l'empreinte avec le QG (par téléphone ou en personne), puis acceptez-la.</translation>
    </message>
    <message>
      <source>This config bundle was made by this device; there is nothing to apply.</source>
      <translation>Ce paquet de configuration a été fait par cet appareil ; il n'y a rien à appliquer.</translation>
    </message>
    <message>
      <source>This config bundle is signed by a revoked key; nothing was applied. Ask HQ.</source>
      <translation>Ce paquet de configuration est signé par une clé révoquée ; rien n'a été appliqué. Demandez au QG.</translation>
    </message>
    <message>
      <source>This config bundle (number {seq}) is not newer than the one already applied (number {last}); nothing was applied.</source>
      <translation>Ce paquet de configuration (numéro {seq}) n'est pas plus récent que celui déjà appliqué (numéro {last}) ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>The config bundle is damaged; nothing was applied.</source>
      <translation>Le paquet de configuration est endommagé ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters.</source>
      <translation>Une phrase de passe de paquet doit avoir au moins {n} caractères.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (a data bundle is imported with 'import bundle').</source>
      <translation>Ce n'est pas un paquet de configuration FieldKit (un paquet de données s'importe avec « import bundle »).</translation>
    </message>
    <message>
      <source>The config bundle's signature does not match its contents: it was altered after it was signed.</source>
      <translation>La signature du paquet de configuration ne correspond pas à son contenu : il a été modifié après sa signature.</translation>
    </message>
    <message>
      <source>This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the workspace folder: without it this device can neither sign bundles nor open those made for it. To go on with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm</source>
      <translation>La clé d’appareil de cet espace de travail (keys/device.json dans {folder}) manque. Restaurez-la depuis une sauvegarde du dossier de l’espace de travail : sans elle, cet appareil ne peut ni signer de paquets ni ouvrir ceux qui lui sont destinés. Pour continuer avec une nouvelle clé (le QG et les collègues devront alors lui faire de nouveau confiance) : fieldkit keys new-identity --confirm</translation>
    </message>
    <message>
      <source>No trusted key matches {ref}.</source>
      <translation>Aucune clé de confiance ne correspond à {ref}.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit public key file.</source>
      <translation>{file} n'est pas un fichier de clé publique FieldKit.</translation>
    </message>
    <message>
      <source>The role must be colleague or hq.</source>
      <translation>Le rôle doit être « colleague » (collègue) ou « hq » (siège).</translation>
    </message>
    <message>
      <source>A key is checked by first use, fingerprint or HQ.</source>
      <translation>Une clé est vérifiée au premier usage, par empreinte ou par le QG.</translation>
    </message>
    <message>
      <source>That is this device's own key.</source>
      <translation>C'est la clé de cet appareil.</translation>
    </message>
    <message>
      <source>This key claims to be device {device_id}, which is already trusted under another key (fingerprint {known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a new one, which replaces the old.</source>
      <translation>Cette clé dit être l’appareil {device_id}, déjà reconnu sous une autre clé (empreinte {known_fp}, {known_label}). Vérifiez avec son propriétaire ; ne faites confiance à la nouvelle clé que si cet appareil en a vraiment une nouvelle, qui remplace l’ancienne.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged or too large; nothing was applied.</source>
      <translation>Une déclaration signée ({what}) est endommagée ou trop grande ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged; nothing was applied.</source>
      <translation>Une déclaration signée ({what}) est endommagée ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>A revocation in the config bundle is not signed by HQ's key; nothing was applied.</source>
      <translation>Une révocation du paquet de configuration n'est pas signée par la clé du QG ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on ({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.</source>
      <translation>Ce paquet est signé par la clé de {label} (appareil {device_id}), que le QG a révoquée à partir de {since} ({reason}). Les paquets qu'elle a signés ensuite sont refusés ; ce qu'elle a envoyé avant reste. Demandez au QG.</translation>
    </message>
    <message>
      <source>No bundle from device {device_id} was imported here: there is nothing to confirm.</source>
      <translation>Aucun paquet de l'appareil {device_id} n'a été importé ici : il n'y a rien à confirmer.</translation>
    </message>
    <message>
      <source>This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.</source>
      <translation>Cet accusé de réception a été fait par un FieldKit plus récent (format {v}) ; mettez FieldKit à jour pour le lire.</translation>
    </message>
    <message>
      <source>This receipt is not signed by the HQ key this device trusts; it was not applied.</source>
      <translation>Cet accusé de réception n'est pas signé par la clé du QG acceptée sur cet appareil ; il n'a pas été appliqué.</translation>
    </message>
    <message>
      <source>This receipt confirms another device's bundles; it was not applied.</source>
      <translation>Cet accusé de réception confirme les paquets d'un autre appareil ; il n'a pas été appliqué.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit receipt.</source>
      <translation>{file} n'est pas un accusé de réception FieldKit.</translation>
    </message>
    <message>
      <source>Give the date or the bundle sequence the revocation starts from.</source>
      <translation>Donnez la date ou le numéro de paquet à partir duquel la révocation s'applique.</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</source>
      <translation>{value} n'est pas une date (AAAA-MM-JJ) ni une heure (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
      <source>The receipt could not be written to {file}: {error}</source>
      <translation>L'accusé de réception n'a pas pu être écrit dans {file} : {error}</translation>
    </message>
    <message>
      <source>A bundle sequence is a whole number from 1.</source>
      <translation>Un numéro de paquet est un nombre entier à partir de 1.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 3650.</source>
      <translation>{name} doit être compris entre 0 et 3650.</translation>
    </message>
    <message>
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can be left behind. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>Le QG n'a encore confirmé la réception d'aucun paquet de cet ordinateur : rien ne peut être retiré. Envoyez d'abord un paquet au QG et importez l'accusé de réception qu'il renvoie.</translation>
    </message>
    <message>
      <source>Use one line of plain text, without line breaks or invisible characters.</source>
      <translation>Utilisez une seule ligne de texte simple, sans saut de ligne ni caractère invisible.</translation>
    </message>
    <message>
      <source>At most {max} characters ({n} given).</source>
      <translation>Au plus {max} caractères ({n} saisis).</translation>
    </message>
    <message>
      <source>That passphrase does not open this workspace. Nothing was changed.</source>
      <translation>Cette phrase secrète n'ouvre pas cet espace de travail. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>A passphrase is needed to protect the workspace.</source>
      <translation>Une phrase secrète est nécessaire pour protéger l'espace de travail.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {n} characters (a few words are easiest to remember).</source>
      <translation>La phrase secrète est trop courte : utilisez au moins {n} caractères (quelques mots sont plus faciles à retenir).</translation>
    </message>
    <message>
      <source>This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked).</source>
      <translation>Cet espace de travail est chiffré : donnez sa phrase secrète (FIELDKIT_PASSPHRASE, ou tapez-la quand elle est demandée).</translation>
    </message>
    <message>
      <source>The new passphrase is the duress passphrase: choose another one. Nothing was changed.</source>
      <translation>La nouvelle phrase secrète est la phrase secrète de contrainte : choisissez-en une autre. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is damaged (its header is wrong).</source>
      <translation>Un fichier chiffré de l'espace de travail est endommagé (son en-tête est faux).</translation>
    </message>
    <message>
      <source>{name} must be a language code such as en or fr.</source>
      <translation>{name} doit être un code de langue tel que en ou fr.</translation>
    </message>
    <message>
      <source>Your name, role and device name are too long to keep with the duress passphrase.</source>
      <translation>Votre nom, votre fonction et le nom de l'appareil sont trop longs pour être gardés avec la phrase secrète de contrainte.</translation>
    </message>
    <message>
      <source>The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. Restore the workspace folder from a backup.</source>
      <translation>Le fichier de clé de l'espace de travail ({file}) est endommagé ou n'est pas un fichier de clé FieldKit : l'espace de travail ne peut pas être ouvert. Restaurez le dossier de l'espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
      <source>The duress passphrase must differ from the workspace passphrase. Nothing was changed.</source>
      <translation>La phrase secrète de contrainte doit différer de celle de l'espace de travail. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace was altered or is damaged.</source>
      <translation>Un fichier chiffré de l'espace de travail a été modifié ou est endommagé.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is truncated.</source>
      <translation>Un fichier chiffré de l'espace de travail est tronqué.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 100000.</source>
      <translation>{name} doit être entre 0 et 100000.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace has bytes after its end.</source>
      <translation>Un fichier chiffré de l'espace de travail a des octets après sa fin.</translation>
    </message>
    <message>
      <source>The vocabulary file {path} could not be read: {error}</source>
      <translation>Le fichier de vocabulaire {path} n'a pas pu être lu : {error}</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}: nothing was deleted.</source>
      <translation>Il n'y a pas d'espace de travail FieldKit dans {folder} : rien n'a été supprimé.</translation>
    </message>
    <message>
      <source>This workspace is not encrypted: set a passphrase to encrypt it first.</source>
      <translation>Cet espace de travail n'est pas chiffré : définissez d'abord une phrase secrète pour le chiffrer.</translation>
    </message>
    <message>
      <source>The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was destroyed.</source>
      <translation>La phrase secrète a été fausse {n} fois de suite : comme le demande la règle de cet ordinateur, l'espace de travail a été détruit.</translation>
    </message>
    <message>
      <source>The workspace {folder} is closed.</source>
      <translation>L’espace de travail {folder} est fermé.</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records is missing (removed outside FieldKit)</source>
      <translation>la liste signée des enregistrements de cet espace de travail manque (supprimée hors de FieldKit)</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records was changed outside FieldKit</source>
      <translation>la liste signée des enregistrements de cet espace de travail a été modifiée hors de FieldKit</translation>
    </message>
    <message>
      <source>records were added or removed outside FieldKit: the workspace holds {n} records and deletions, its signed list {m}</source>
      <translation>des enregistrements ont été ajoutés ou retirés hors de FieldKit : l’espace de travail contient {n} enregistrements et suppressions, sa liste signée {m}</translation>
    </message>
    <message>
      <source>the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted</source>
      <translation>la clé de confiance {fp} ({label}) a été modifiée hors de FieldKit : elle n’est plus de confiance</translation>
    </message>
    <message>
      <source>the signing key recorded for device {device_id} was changed outside FieldKit</source>
      <translation>la clé de signature enregistrée pour l’appareil {device_id} a été modifiée hors de FieldKit</translation>
    </message>
    <message>
      <source>version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on</source>
      <translation>la version {n} est signée par la clé de l'appareil {device_id}, que le QG a révoquée à partir de {since}</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>occurred_at</source>
      <translation>date de l'incident</translation>
    </message>
    <message>
      <source>occurred_precision</source>
      <translation>précision de la date</translation>
    </message>
    <message>
      <source>reported_at</source>
      <translation>date du signalement</translation>
    </message>
    <message>
      <source>lat</source>
      <translation>latitude</translation>
    </message>
    <message>
      <source>lon</source>
      <translation>longitude</translation>
    </message>
    <message>
      <source>place</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>location_precision</source>
      <translation>précision du lieu</translation>
    </message>
    <message>
      <source>category</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>gravité</translation>
    </message>
    <message>
      <source>actors</source>
      <translation>acteurs</translation>
    </message>
    <message>
      <source>source_type</source>
      <translation>type de source</translation>
    </message>
    <message>
      <source>source_reliability</source>
      <translation>fiabilité de la source</translation>
    </message>
    <message>
      <source>source_credibility</source>
      <translation>crédibilité de l'information</translation>
    </message>
    <message>
      <source>source_grade</source>
      <translation>cotation de la source</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>étiquettes</translation>
    </message>
    <message>
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>motif</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>pièces jointes</translation>
    </message>
    <message>
      <source>id</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <source>area</source>
      <translation>zone</translation>
    </message>
    <message>
      <source>period</source>
      <translation>période</translation>
    </message>
    <message>
      <source>period_start</source>
      <translation>début de période</translation>
    </message>
    <message>
      <source>period_end</source>
      <translation>fin de période</translation>
    </message>
    <message>
      <source>point</source>
      <translation>point</translation>
    </message>
    <message>
      <source>bbox</source>
      <translation>rectangle</translation>
    </message>
    <message>
      <source>language</source>
      <translation>langue</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>liste de contrôle</translation>
    </message>
    <message>
      <source>question</source>
      <translation>question</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>preuves</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <source>based_on</source>
      <translation>fondée sur</translation>
    </message>
    <message>
      <source>choice</source>
      <translation>choix</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation>phrase secrète</translation>
    </message>
    <message>
      <source>device_label</source>
      <translation>nom de l’appareil</translation>
    </message>
    <message>
      <source>user_name</source>
      <translation>votre nom</translation>
    </message>
    <message>
      <source>role</source>
      <translation>rôle</translation>
    </message>
    <message>
      <source>markets</source>
      <translation>marchés criminels</translation>
    </message>
    <message>
      <source>fatalities</source>
      <translation>personnes tuées</translation>
    </message>
    <message>
      <source>market</source>
      <translation>marché</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>ampleur</translation>
    </message>
    <message>
      <source>harm</source>
      <translation>préjudice</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>tendance</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>origine</translation>
    </message>
    <message>
      <source>transit</source>
      <translation>transit</translation>
    </message>
    <message>
      <source>destination</source>
      <translation>destination</translation>
    </message>
    <message>
      <source>prices</source>
      <translation>prix</translation>
    </message>
    <message>
      <source>seizures</source>
      <translation>saisies</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <source>capability</source>
      <translation>capacité</translation>
    </message>
    <message>
      <source>armed_links</source>
      <translation>liens avec des groupes armés</translation>
    </message>
    <message>
      <source>state_links</source>
      <translation>liens avec l'État</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <source>likelihood</source>
      <translation>probabilité</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confiance</translation>
    </message>
    <message>
      <source>position</source>
      <translation>numéro</translation>
    </message>
  </context>
</TS>