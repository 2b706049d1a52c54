<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="111" />
      <source>About FieldKit</source>
      <translation>Acerca de FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>An offline companion for field missions: incident log, Spotting the Spoilers assessments, maps and sync bundles.</source>
      <translation>Un compañero sin conexión para misiones en terreno: registro de incidentes, evaluaciones “Spotting the Spoilers”, mapas y paquetes de sincronización.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="125" />
      <source>The translation into this language is a first draft, awaiting review by a native speaker: where a text is unclear, the English version is the reference.</source>
      <translation>La traducción a este idioma es un primer borrador, pendiente de revisión por un hablante nativo: donde un texto no esté claro, la versión inglesa es la referencia.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espacio de trabajo</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceros</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>Créditos de los datos</translation>
    </message>
  </context>
  <context>
    <name>ActorDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="129" />
      <source>Actor</source>
      <translation>Actor</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="139" />
      <source>not known</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="144" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="151" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="152" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="153" />
      <source>Role in the chain</source>
      <translation>Papel en la cadena</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="154" />
      <source>Capability</source>
      <translation>Capacidad</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="155" />
      <source>Links to armed groups</source>
      <translation>Vínculos con grupos armados</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="156" />
      <source>Links to the state</source>
      <translation>Vínculos con el Estado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="157" />
      <source>Trend</source>
      <translation>Tendencia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="158" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>AnswerWidget</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="80" />
      <source>(no answer)</source>
      <translation>(sin respuesta)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="109" />
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="111" />
      <source>Type 'unknown' if it is not known.</source>
      <translation>Escriba “unknown” (desconocido) si no se sabe.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="108" />
      <source>Assessment</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="113" />
      <source>New assessment…</source>
      <translation>Nueva evaluación…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="122" />
      <source>Next unanswered</source>
      <translation>Siguiente sin responder</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="127" />
      <location filename="../../ui/checklist/view.py" line="586" />
      <source>Finalise</source>
      <translation>Finalizar</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="130" />
      <source>Use the latest checklist</source>
      <translation>Usar la lista de verificación más reciente</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="132" />
      <source>This draft uses an earlier version of the checklist; its answers are carried over.</source>
      <translation>Este borrador usa una versión anterior de la lista de verificación; sus respuestas se conservan.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="137" />
      <location filename="../../ui/checklist/view.py" line="639" />
      <source>PDF report…</source>
      <translation>Informe PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="140" />
      <source>Language of the PDF report</source>
      <translation>Idioma del informe PDF</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="163" />
      <source>Questions</source>
      <translation>Preguntas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="174" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="179" />
      <source>Compare with</source>
      <translation>Comparar con</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="186" />
      <source>Compare</source>
      <translation>Comparar</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>final</source>
      <translation>definitiva</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="259" />
      <source>No assessment yet. Click “New assessment…” to start one.</source>
      <translation>Todavía no hay ninguna evaluación. Haga clic en “Nueva evaluación…” para iniciar una.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="298" />
      <source>This assessment is final (version {v}). Changing an answer needs a reason and is kept as a new version.</source>
      <translation>Esta evaluación es definitiva (versión {v}). Cambiar una respuesta requiere un motivo y se conserva como una nueva versión.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="304" />
      <source>Answers are saved the moment you give them.</source>
      <translation>Las respuestas se guardan en el momento en que las da.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="325" />
      <source>The area bounds must be four numbers.</source>
      <translation>Los límites del área deben ser cuatro números.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="358" />
      <source>Overall: {done} of {total} answered</source>
      <translation>Total: {done} de {total} respondidas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="416" />
      <source>Note (optional)</source>
      <translation>Nota (opcional)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="445" />
      <source>Evidence ({n})…</source>
      <translation>Evidencias ({n})…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Checklist</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Every question that applies has an answer.</source>
      <translation>Todas las preguntas aplicables tienen respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="482" />
      <source>Change a final assessment</source>
      <translation>Cambiar una evaluación definitiva</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="483" />
      <source>This assessment is final. Why are you changing it? The change is kept as a new version.</source>
      <translation>Esta evaluación es definitiva. ¿Por qué la está cambiando? El cambio se conserva como una nueva versión.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="551" />
      <source>Give an answer first; the note is saved with it.</source>
      <translation>Dé primero una respuesta; la nota se guarda con ella.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="590" />
      <source>Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, the PDF report and the command line.</source>
      <translation>¿Finalizar de todos modos? El resultado se marcará “Insuficiente – no apto para difusión” en la aplicación, el informe PDF y la línea de comandos.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="628" />
      <source>Save the assessment report</source>
      <translation>Guardar el informe de la evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="648" />
      <source>Report written to {path}</source>
      <translation>Informe escrito en {path}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="652" />
      <source>Writing the PDF report…</source>
      <translation>Escribiendo el informe PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="34" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="35" />
      <source>Moderate</source>
      <translation>Moderado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="36" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="37" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="38" />
      <source>Insufficient information</source>
      <translation>Información insuficiente</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>high</source>
      <translation>alta</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>moderate</source>
      <translation>moderada</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>low</source>
      <translation>baja</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="714" />
      <source>%n answer(s) cite evidence</source>
      <translation>
        <numerusform>%n respuesta cita evidencias</numerusform>
        <numerusform>%n respuestas citan evidencias</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="717" />
      <source>No score yet: a threat section is scored once at least {pct} of its scored questions have a known answer (not “unknown”); answer more of them.</source>
      <translation>Todavía sin puntaje: una sección de amenaza se puntúa cuando al menos {pct} de sus preguntas puntuadas tienen una respuesta conocida (no “desconocido”); responda más preguntas.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="751" />
      <source>key finding, sets at least {level}</source>
      <translation>hallazgo clave, fija al menos {level}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="757" />
      <source>threat {score} of 4, %n incident(s) cited</source>
      <translation>
        <numerusform>amenaza {score} de 4, %n incidente citado</numerusform>
        <numerusform>amenaza {score} de 4, %n incidentes citados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="766" />
      <source>Scores are aids to judgement, not measurements. Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from 0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level.</source>
      <translation>Los puntajes son ayudas para el juicio, no mediciones. Las respuestas sin responder y las desconocidas reducen la cobertura; nunca cuentan como cero. La amenaza de cada respuesta va de 0 (ninguna) a 4 (máxima); las barras muestran el puntaje de cada sección de 1 a 10, coloreadas según su nivel.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="772" />
      <source>outside the assessment's period</source>
      <translation>fuera del período de la evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="773" />
      <source>source graded below C3</source>
      <translation>fuente calificada por debajo de C3</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="774" />
      <source>cited on an answer that does not score high</source>
      <translation>citado en una respuesta que no tiene puntaje alto</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="775" />
      <source>deleted</source>
      <translation>eliminado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="779" />
      <source>graded {grade}, cited on {questions}</source>
      <translation>calificado {grade}, citado en {questions}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="787" />
      <source>Known answers cover {cov} of the threat questions; {min} are needed.</source>
      <translation>Las respuestas conocidas cubren {cov} de las preguntas de amenaza; se necesitan {min}.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="792" />
      <source>Required questions unanswered: {ids}</source>
      <translation>Preguntas obligatorias sin responder: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="795" />
      <source>Required questions answered “unknown”: {ids}</source>
      <translation>Preguntas obligatorias respondidas “desconocido”: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="799" />
      <source>“Other” picked without saying what in the note: {ids}</source>
      <translation>“Otro” elegido sin indicar qué en la nota: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="804" />
      <source>No assessor is named.</source>
      <translation>No se indica ningún evaluador.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="807" />
      <source>Evidence that does not count or is flagged</source>
      <translation>Evidencias que no cuentan o están señaladas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="826" />
      <source>The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the section mean's band and the floor set by key findings.</source>
      <translation>La regla del nivel es una propuesta de FieldKit para ayudar al juicio, no una metodología oficial: el mayor entre la franja de la media de la sección y el mínimo fijado por los hallazgos clave.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="844" />
      <source>There is no other assessment of this area to compare with.</source>
      <translation>No hay otra evaluación de esta área con la cual comparar.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="116" />
      <source>Import checklist…</source>
      <translation>Importar lista de verificación…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="118" />
      <source>Add a checklist written as an XLSForm (.xlsx), the spreadsheet forms of ODK and KoboToolbox</source>
      <translation>Agregar una lista de verificación escrita en XLSForm (.xlsx), los formularios en hoja de cálculo de ODK y KoboToolbox</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="666" />
      <source>Import a checklist (XLSForm)</source>
      <translation>Importar una lista de verificación (XLSForm)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="682" />
      <source>Checklist “{title}” (version {version}) imported: {n} questions.</source>
      <translation>Lista de verificación «{title}» (versión {version}) importada: {n} preguntas.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="684" />
      <source>Checklist “{title}” (version {version}) was already there: nothing changed.</source>
      <translation>La lista de verificación «{title}» (versión {version}) ya estaba: no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="689" />
      <source>It carries no scores: assessments made with it are answered and finalised as usual, but no threat level is computed (“not scored”).</source>
      <translation>No tiene puntajes: las evaluaciones hechas con ella se responden y finalizan como de costumbre, pero no se calcula ningún nivel de amenaza («sin puntaje»).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="694" />
      <source>%n row(s) of the form were skipped or kept without being evaluated:</source>
      <translation>
        <numerusform>%n fila del formulario se omitió o se conservó sin evaluarse:</numerusform>
        <numerusform>%n filas del formulario se omitieron o se conservaron sin evaluarse:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="697" />
      <source>Import checklist</source>
      <translation>Importar lista de verificación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="699" />
      <source>Reading the checklist…</source>
      <translation>Leyendo la lista de verificación…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="39" />
      <source>Not scored</source>
      <translation>Sin puntaje</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="721" />
      <source>This checklist carries no scores: no threat level is computed.</source>
      <translation>Esta lista de verificación no tiene puntajes: no se calcula ningún nivel de amenaza.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="188" />
      <source>Markets and actors</source>
      <translation>Mercados y actores</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="641" />
      <source>Include the incidents marked sensitive? They are then marked SENSITIVE in the report. (No leaves them out.)</source>
      <translation>¿Incluir los incidentes marcados como sensibles? En ese caso, quedan marcados como SENSIBLE en el informe. («No» los deja por fuera.)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="931" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="932" />
      <source>Role in the chain</source>
      <translation>Papel en la cadena</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="933" />
      <source>Capability</source>
      <translation>Capacidad</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="934" />
      <source>Armed groups</source>
      <translation>Grupos armados</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="935" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="936" />
      <source>Trend</source>
      <translation>Tendencia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="941" />
      <source>only in the earlier assessment</source>
      <translation>solo en la evaluación anterior</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="943" />
      <source>new in this assessment</source>
      <translation>nuevo en esta evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="951" />
      <source>unchanged</source>
      <translation>sin cambios</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Insufficient – not for distribution</source>
      <translation>Insuficiente – no apto para difusión</translation>
    </message>
    <message>
      <source>Threat level</source>
      <translation>Nivel de amenaza</translation>
    </message>
    <message>
      <source>Completeness</source>
      <translation>Completitud</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Cobertura</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <source>Tripwire</source>
      <translation>Umbral de alerta</translation>
    </message>
    <message>
      <source>Not ready to finalise</source>
      <translation>No está lista para finalizar</translation>
    </message>
    <message>
      <source>Why this level</source>
      <translation>Por qué este nivel</translation>
    </message>
    <message>
      <source>The threat score rose by 2 points or more: review this area.</source>
      <translation>El puntaje de amenaza subió 2 puntos o más: revise esta área.</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Sección</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <source>Criminal markets</source>
      <translation>Mercados criminales</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <source>Score /10</source>
      <translation>Puntaje /10</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>Rutas</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Actores</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/sync/view.py" line="71" />
      <source>Resolve a conflict</source>
      <translation>Resolver un conflicto</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <location filename="../../ui/sync/view.py" line="116" />
      <source>Here</source>
      <translation>Aquí</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>On {dev}</source>
      <translation>En {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="117" />
      <source>Other device</source>
      <translation>Otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="134" />
      <source>Resolved a conflict with {dev}</source>
      <translation>Conflicto con {dev} resuelto</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="136" />
      <source>(their edit: “{why}”)</source>
      <translation>(su edición: “{why}”)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="81" />
      <source>This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which value to keep. The result is saved as a new version.

Here: {mine_when}, by {mine_who}: “{mine_why}”
{dev}: {their_when}, by {their_who}: “{their_why}”</source>
      <translation>Este incidente se cambió aquí y en {dev}. No se perdió nada: elija, campo por campo, qué valor conservar. El resultado se guarda como una nueva versión.

Aquí: {mine_when}, por {mine_who}: “{mine_why}”
{dev}: {their_when}, por {their_who}: “{their_why}”</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="127" />
      <source>Reason (optional)</source>
      <translation>Motivo (opcional)</translation>
    </message>
  </context>
  <context>
    <name>EvidencePicker</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="206" />
      <source>Evidence: incidents that support this answer</source>
      <translation>Evidencias: incidentes que respaldan esta respuesta</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="210" />
      <source>Search incidents…</source>
      <translation>Buscar incidentes…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="212" />
      <source>Only incidents in the assessment area</source>
      <translation>Solo incidentes en el área de la evaluación</translation>
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>This device's key</source>
      <translation>La clave de este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>Compare a key's fingerprint</source>
      <translation>Comparar la huella digital de una clave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="49" />
      <source>Device: {label}
Device id: {device_id}</source>
      <translation>Dispositivo: {label}
Id del dispositivo: {device_id}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="57" />
      <source>Read these words to the key's owner (by phone or in person), or let them scan the code: they must see the same on their screen. The name proves nothing.</source>
      <translation>Lea estas palabras al dueño de la clave (por teléfono o en persona), o deje que escanee el código: debe ver lo mismo en su pantalla. El nombre no prueba nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="62" />
      <source>Read these words to HQ or a colleague, or let them scan the code, so they can check your key.</source>
      <translation>Lea estas palabras a la sede o a un colega, o deje que escaneen el código, para que puedan verificar su clave.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="88" />
      <source>The code holds the device id and both public keys.</source>
      <translation>El código contiene el id del dispositivo y las dos claves públicas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="91" />
      <source>Fingerprint: {fp}</source>
      <translation>Huella digital: {fp}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="99" />
      <source>Fingerprint checked</source>
      <translation>Huella digital verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="100" />
      <source>The owner read the same words: record that this key was checked.</source>
      <translation>El dueño leyó las mismas palabras: registrar que esta clave fue verificada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="108" />
      <source>Trusted here: {how}</source>
      <translation>De confianza aquí: {how}</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>User guide</source>
      <translation>Guía del usuario</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="155" />
      <source>The user guide is not installed with this copy of FieldKit.</source>
      <translation>La guía del usuario no está instalada con esta copia de FieldKit.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>This guide is not translated yet; here is the English version.</source>
      <translation>Esta guía todavía no está traducida; aquí está la versión en inglés.</translation>
    </message>
  </context>
  <context>
    <name>HqView</name>
    <message>
      <location filename="../../ui/hq/view.py" line="97" />
      <source>The HQ database {name} on {host}</source>
      <translation>La base de datos de la sede {name} en {host}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="99" />
      <source>The HQ database {name} on this computer</source>
      <translation>La base de datos de la sede {name} en este equipo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="109" />
      <source>Search the HQ database (words, "phrases", OR, -word)…</source>
      <translation>Buscar en la base de datos de la sede (palabras, "frases", OR, -palabra)…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="112" />
      <source>Include sensitive incidents</source>
      <translation>Incluir incidentes sensibles</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="114" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="124" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="125" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="126" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="127" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="128" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="129" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="140" />
      <source>Choose an incident to read it and its signed history.</source>
      <translation>Elija un incidente para leerlo con su historial firmado.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="148" />
      <source>Incidents</source>
      <translation>Incidentes</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="155" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="158" />
      <source>Assessments</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="159" />
      <location filename="../../ui/hq/view.py" line="286" />
      <location filename="../../ui/hq/view.py" line="292" />
      <source>Conflicts</source>
      <translation>Conflictos</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="174" />
      <source>The assessments the HQ database holds, their threat level computed here from the answers and the incidents they cite, as the checklist computes it. An assessment whose information is insufficient is marked so: it is not for distribution.</source>
      <translation>Las evaluaciones que guarda la base de datos de la sede, con su nivel de amenaza calculado aquí a partir de las respuestas y de los incidentes que citan, como lo calcula la lista de verificación. Una evaluación cuya información es insuficiente se marca así: no es apta para difusión.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="183" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="184" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="185" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="186" />
      <source>Threat level</source>
      <translation>Nivel de amenaza</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="187" />
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="188" />
      <source>Coverage</source>
      <translation>Cobertura</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="189" />
      <source>Assessor</source>
      <translation>Evaluador</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="204" />
      <source>checklist not on this computer</source>
      <translation>lista de verificación ausente en este equipo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="209" />
      <source>Insufficient – not for distribution</source>
      <translation>Insuficiente – no apto para difusión</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>high</source>
      <translation>alta</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>moderate</source>
      <translation>moderada</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>low</source>
      <translation>baja</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="237" />
      <source>Conflicts the HQ workspace holds open. Choose which side to keep: the HQ workspace's merge service applies it as a new signed version naming you, and the next refresh shows it gone.</source>
      <translation>Conflictos que el espacio de trabajo de la sede mantiene abiertos. Elija qué lado conservar: el servicio de fusión del espacio de trabajo de la sede lo aplica como una nueva versión firmada que lo nombra a usted, y la siguiente actualización ya no lo muestra.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="245" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="246" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="247" />
      <source>Other device</source>
      <translation>Otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="248" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="249" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="250" />
      <source>Your request</source>
      <translation>Su solicitud</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="259" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep HQ's version</source>
      <translation>Conservar la versión de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="260" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep the other device's version</source>
      <translation>Conservar la versión del otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="266" />
      <source>Choose a conflict to compare the two versions.</source>
      <translation>Elija un conflicto para comparar las dos versiones.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="286" />
      <source>Choose a conflict first.</source>
      <translation>Elija primero un conflicto.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="293" />
      <source>You already asked for this conflict; the HQ workspace has not applied it yet.</source>
      <translation>Ya hizo una solicitud para este conflicto; el espacio de trabajo de la sede aún no la ha aplicado.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="301" />
      <source>{record}: why (kept with the decision)?</source>
      <translation>{record}: ¿por qué? (se guarda con la decisión)</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="315" />
      <source>Asked: the HQ workspace applies it when its merge service next looks (the HQ window, or 'fieldkit hq serve').</source>
      <translation>Solicitado: el espacio de trabajo de la sede lo aplica cuando su servicio de fusión vuelve a mirar (la ventana de la sede, o 'fieldkit hq serve').</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="322" />
      <source>Asking the HQ workspace…</source>
      <translation>Solicitando al espacio de trabajo de la sede…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="381" />
      <source>Reading the HQ database…</source>
      <translation>Leyendo la base de datos de la sede…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="385" />
      <source>The HQ database is out of reach: Refresh to try again.</source>
      <translation>La base de datos de la sede está fuera de alcance: actualice para intentarlo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="390" />
      <source>The HQ database could not be read (details in the log).</source>
      <translation>No se pudo leer la base de datos de la sede (detalles en el registro).</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="396" />
      <source>Incidents on the map: {count} (without a location: {unplaced}) · listed: {shown}, {order} · open conflicts: {conflicts}</source>
      <translation>Incidentes en el mapa: {count} (sin ubicación: {unplaced}) · listados: {shown}, {order} · conflictos abiertos: {conflicts}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="399" />
      <source>newest first</source>
      <translation>los más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="411" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>HQ's version</source>
      <translation>la versión de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>the other device's version</source>
      <translation>la versión del otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="454" />
      <source>refused: {side}</source>
      <translation>rechazada: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="456" />
      <source>applied: {side}</source>
      <translation>aplicada: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="457" />
      <source>waiting: {side}</source>
      <translation>en espera: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>deleted on one side</source>
      <translation>eliminado en un lado</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>edited on both sides</source>
      <translation>modificado en ambos lados</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="503" />
      <source>Deleted on the other device, changed here: keep it (HQ's version) or delete it for good.</source>
      <translation>Eliminado en el otro dispositivo, modificado aquí: consérvelo (la versión de la sede) o elimínelo definitivamente.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="513" />
      <source>{field}: HQ “{local}” · the other device “{remote}”</source>
      <translation>{field}: sede «{local}» · el otro dispositivo «{remote}»</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="520" />
      <source>The two versions hold the same values.</source>
      <translation>Las dos versiones tienen los mismos valores.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="524" />
      <source>Comparing the two versions…</source>
      <translation>Comparando las dos versiones…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="552" />
      <source>This incident is not in the HQ database.</source>
      <translation>Este incidente no está en la base de datos de la sede.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="559" />
      <source>Reading the incident…</source>
      <translation>Leyendo el incidente…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="584" />
      <source>Reported by: {device}</source>
      <translation>Notificado por: {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="589" />
      <source>Sensitive: handle as its source requires.</source>
      <translation>Sensible: trátelo como exige su fuente.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="591" />
      <source>Signed history (versions: {n}):</source>
      <translation>Historial firmado (versiones: {n}):</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="594" />
      <source>by {author}, device {device}</source>
      <translation>por {author}, dispositivo {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="598" />
      <source>device {device}</source>
      <translation>dispositivo {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="600" />
      <source>v{version} · {when} · {who} · signed with key {key}</source>
      <translation>v{version} · {when} · {who} · firmado con la clave {key}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="608" />
      <source>Attachments:</source>
      <translation>Adjuntos:</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>held by the HQ database</source>
      <translation>guardado en la base de datos de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>not in the HQ database yet</source>
      <translation>aún no está en la base de datos de la sede</translation>
    </message>
  </context>
  <context>
    <name>IncidentEditor</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>Edit incident</source>
      <translation>Editar incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>New incident</source>
      <translation>Nuevo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="128" />
      <source>This draft was recovered from an interrupted session. Check it and save it, or discard it.</source>
      <translation>Este borrador se recuperó de una sesión interrumpida. Revíselo y guárdelo, o descártelo.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="152" />
      <source>(not set)</source>
      <translation>(sin definir)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="168" />
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="187" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="188" />
      <source>What happened, in a few words</source>
      <translation>Qué pasó, en pocas palabras</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="189" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>When (UTC)</source>
      <translation>Cuándo (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30</source>
      <translation>ISO 8601: 2026-03-14, 2026-03 o 2026-03-14T22:30</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="196" />
      <source>Exact</source>
      <translation>Exacta</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="197" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="198" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="199" />
      <source>Approximate</source>
      <translation>Aproximada</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="202" />
      <source>Time precision</source>
      <translation>Precisión de la hora</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="207" />
      <source>Place name (pick a known place to fill the coordinates)</source>
      <translation>Nombre del lugar (elija un lugar conocido para completar las coordenadas)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="223" />
      <source>Pick on map…</source>
      <translation>Elegir en el mapa…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="226" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="234" />
      <source>latitude, e.g. 11.86</source>
      <translation>latitud, p. ej. 11.86</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="235" />
      <source>longitude, e.g. -15.60</source>
      <translation>longitud, p. ej. -15.60</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="253" />
      <source>A draft may be saved without coordinates; a final incident needs both.</source>
      <translation>Un borrador puede guardarse sin coordenadas; un incidente definitivo necesita ambas.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="254" />
      <source>Latitude / longitude (WGS84)</source>
      <translation>Latitud / longitud (WGS84)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="260" />
      <source>Location precision</source>
      <translation>Precisión de la ubicación</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="261" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="265" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="267" />
      <source>Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)</source>
      <translation>Nombre:TIPO; otro nombre:TIPO  (tipos: NETWORK, GANG, ARMED_NSAG…)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="268" />
      <source>Actors involved</source>
      <translation>Actores involucrados</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="280" />
      <source>Source type</source>
      <translation>Tipo de fuente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="288" />
      <source>Source reliability / information credibility</source>
      <translation>Confiabilidad de la fuente / credibilidad de la información</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="291" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="292" />
      <source>comma-separated</source>
      <translation>separadas por comas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="294" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="295" />
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="296" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive (kept out of exports unless chosen)</source>
      <translation>Sensible (fuera de las exportaciones salvo que se elija)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="298" />
      <source>Reason for the change</source>
      <translation>Motivo del cambio</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="299" />
      <source>Required to change a final incident</source>
      <translation>Obligatorio para cambiar un incidente definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="307" />
      <source>Add file…</source>
      <translation>Agregar archivo…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="309" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="315" />
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="318" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="325" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="326" />
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="327" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="433" />
      <source>{name}  (to be added on save)</source>
      <translation>{name}  (se agregará al guardar)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="440" />
      <source>No history yet: the first save creates version 1.</source>
      <translation>Todavía sin historial: el primer guardado crea la versión 1.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="457" />
      <source>created</source>
      <translation>creado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="467" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="468" />
      <source>Saved (UTC)</source>
      <translation>Guardado (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="469" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="470" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="471" />
      <source>What changed</source>
      <translation>Qué cambió</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="472" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="531" />
      <source>Read as {lat}, {lon} (the comma taken as the decimal point).</source>
      <translation>Leído como {lat}, {lon} (la coma tomada como separador decimal).</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="574" />
      <source>Draft autosaved at {time}</source>
      <translation>Borrador guardado automáticamente a las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="609" />
      <location filename="../../ui/incidents/editor.py" line="661" />
      <source>Preparing the list of places…</source>
      <translation>Preparando la lista de lugares…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>The map is not available on this computer.</source>
      <translation>El mapa no está disponible en este computador.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="688" />
      <source>Attach files</source>
      <translation>Adjuntar archivos</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="730" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="746" />
      <source>Discard changes</source>
      <translation>Descartar cambios</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="747" />
      <source>Discard what you typed? This cannot be undone.</source>
      <translation>¿Descartar lo que escribió? No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="775" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="776" />
      <source>This incident has changes that are not saved yet.</source>
      <translation>Este incidente tiene cambios que todavía no se guardaron.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep editing</source>
      <translation>Seguir editando</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep as a draft and close</source>
      <translation>Conservar como borrador y cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="276" />
      <source>Criminal markets</source>
      <translation>Mercados criminales</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="278" />
      <source>empty if not known</source>
      <translation>vacío si se desconoce</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="279" />
      <source>People killed</source>
      <translation>Personas muertas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="499" />
      <source>{name}: actor record in {where}</source>
      <translation>{name}: registro de actor en {where}</translation>
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../ui/incidents/model.py" line="31" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="32" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="33" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="34" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="35" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="36" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="37" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>final</source>
      <translation>definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>draft</source>
      <translation>borrador</translation>
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
      <translation>Buscar título, descripción, lugar, actores…  ("frase exacta", palabra*, OR, NOT)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="66" />
      <source>New incident</source>
      <translation>Nuevo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="70" />
      <source>PDF report…</source>
      <translation>Informe PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="71" />
      <source>The incidents shown, as a PDF table with a map</source>
      <translation>Los incidentes mostrados, como tabla PDF con mapa</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="78" />
      <source>All categories</source>
      <translation>Todas las categorías</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="89" />
      <source>Severity ≥</source>
      <translation>Gravedad ≥</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="94" />
      <source>from YYYY-MM-DD</source>
      <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="96" />
      <source>to YYYY-MM-DD</source>
      <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="100" />
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="101" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="102" />
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="105" />
      <source>area: min lon, min lat, max lon, max lat</source>
      <translation>área: lon mín, lat mín, lon máx, lat máx</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="108" />
      <source>Trash</source>
      <translation>Papelera</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="138" />
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="140" />
      <location filename="../../ui/incidents/view.py" line="462" />
      <source>Move to trash</source>
      <translation>Mover a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="142" />
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="144" />
      <location filename="../../ui/incidents/view.py" line="488" />
      <source>Delete for good</source>
      <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/incidents/view.py" line="215" />
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incidente</numerusform>
        <numerusform>%n incidentes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="214" />
      <source> in the trash</source>
      <translation> en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="265" />
      <source>Select an incident to see it here.</source>
      <translation>Seleccione un incidente para verlo aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="310" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="315" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="320" />
      <source>no coordinates yet (draft)</source>
      <translation>todavía sin coordenadas (borrador)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="323" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="324" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="326" />
      <source>Actors</source>
      <translation>Actores</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="333" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="343" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="345" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>final</source>
      <translation>definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>draft</source>
      <translation>borrador</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="347" />
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="349" />
      <source>Reported</source>
      <translation>Reportado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="379" />
      <source>signed by a key HQ revoked from {when}: after the revocation (see Verify)</source>
      <translation>firmado por una clave revocada por la sede desde {when}: después de la revocación (ver Verificar)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="381" />
      <source>signed before HQ revoked the key (from {when})</source>
      <translation>firmado antes de que la sede revocara la clave (desde {when})</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="399" />
      <source>Save attachment</source>
      <translation>Guardar adjunto</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="414" />
      <source>Save the incident report</source>
      <translation>Guardar el informe del incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="425" />
      <source>Report written to {path}</source>
      <translation>Informe escrito en {path}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="429" />
      <source>Writing the PDF report…</source>
      <translation>Escribiendo el informe PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="463" />
      <source>Why is this incident being removed?</source>
      <translation>¿Por qué se quita este incidente?</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="464" />
      <source>Moved to the trash</source>
      <translation>Movido a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="489" />
      <source>Delete this incident and its history for good? This cannot be undone.</source>
      <translation>¿Eliminar definitivamente este incidente y su historial? No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="84" />
      <source>All markets</source>
      <translation>Todos los mercados</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
  </context>
  <context>
    <name>JudgementDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="174" />
      <source>Key judgement</source>
      <translation>Juicio clave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="181" />
      <source>Judgement</source>
      <translation>Juicio</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="182" />
      <source>Likelihood</source>
      <translation>Probabilidad</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="183" />
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
  </context>
  <context>
    <name>KeyTrust</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="29" />
      <source>trusted on first use, fingerprint not checked</source>
      <translation>de confianza desde el primer uso, huella digital no verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="31" />
      <source>fingerprint checked</source>
      <translation>huella digital verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="33" />
      <source>listed by HQ</source>
      <translation>listada por la sede</translation>
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
      <translation>Este espacio de trabajo contiene datos de demostración (registros [DEMO]): Archivo → Quitar datos de demostración</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="281" />
      <source>NOT encrypted: anyone with this laptop can read this workspace</source>
      <translation>NO cifrado: cualquier persona con este portátil puede leer este espacio de trabajo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="284" />
      <source>Workspace: {folder}</source>
      <translation>Espacio de trabajo: {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="291" />
      <source>HQ database: {name} on {host}</source>
      <translation>Base de datos de la sede: {name} en {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="293" />
      <source>HQ database: {name} on this computer</source>
      <translation>Base de datos de la sede: {name} en este equipo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="297" />
      <source>Reads the HQ database {name} on {host}</source>
      <translation>Lee la base de datos de la sede {name} en {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="299" />
      <source>Reads the HQ database {name} on this computer</source>
      <translation>Lee la base de datos de la sede {name} en este equipo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>Inbox: {imported} imported, {refused} refused</source>
      <translation>Bandeja de entrada: {imported} importado(s), {refused} rechazado(s)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="352" />
      <source>conflicts resolved from other desks: {applied}</source>
      <translation>conflictos resueltos desde otros puestos: {applied}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="370" />
      <source>HQ database out of reach: its inbox will be looked at again</source>
      <translation>Base de datos de la sede inaccesible: su bandeja de entrada se consultará de nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="373" />
      <source>The HQ database's inbox was not taken in: {error}</source>
      <translation>La bandeja de entrada de la base de datos de la sede no se procesó: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="377" />
      <source>The HQ database's inbox was not taken in (details in the log).</source>
      <translation>La bandeja de entrada de la base de datos de la sede no se procesó (detalles en el registro).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="380" />
      <source>Importing the bundles handed to the HQ database…</source>
      <translation>Importando los paquetes entregados a la base de datos de la sede…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="424" />
      <source>The map needs QtWebEngine, which is not installed.</source>
      <translation>El mapa necesita QtWebEngine, que no está instalado.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="448" />
      <source>Jobs</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="458" />
      <source>Checklist</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="459" />
      <source>Incidents</source>
      <translation>Incidentes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="460" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="461" />
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="462" />
      <source>HQ database</source>
      <translation>Base de datos de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="474" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>Load demo data…</source>
      <translation>Cargar datos de demostración…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Remove demo data…</source>
      <translation>Quitar datos de demostración…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="477" />
      <source>Your name and device…</source>
      <translation>Su nombre y dispositivo…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="479" />
      <source>Verify integrity</source>
      <translation>Verificar la integridad</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="481" />
      <source>Lock now</source>
      <translation>Bloquear ahora</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="484" />
      <source>Encrypt this workspace…</source>
      <translation>Cifrar este espacio de trabajo…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="489" />
      <source>Delete this workspace now…</source>
      <translation>Eliminar este espacio de trabajo ahora…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="491" />
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="492" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="498" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="500" />
      <source>User guide</source>
      <translation>Guía del usuario</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="502" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="503" />
      <source>Report a problem…</source>
      <translation>Reportar un problema…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="505" />
      <source>About FieldKit</source>
      <translation>Acerca de FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="606" />
      <source>Delete this workspace now</source>
      <translation>Eliminar este espacio de trabajo ahora</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="608" />
      <source>Destroy this workspace now: every incident, assessment, attachment and key on this laptop? This cannot be undone. Records sent in bundles stay with their recipients.</source>
      <translation>¿Destruir ahora este espacio de trabajo: todos los incidentes, evaluaciones, adjuntos y claves de este portátil? No se puede deshacer. Los registros enviados en paquetes quedan con sus destinatarios.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="626" />
      <source>Draft recovered</source>
      <translation>Borrador recuperado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="628" />
      <source>%n unsaved incident draft(s) from an interrupted session were recovered and will open now.</source>
      <translation>
        <numerusform>%n borrador de incidente sin guardar de una sesión interrumpida se recuperó y se abrirá ahora.</numerusform>
        <numerusform>%n borradores de incidentes sin guardar de una sesión interrumpida se recuperaron y se abrirán ahora.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="641" />
      <source>Protect this workspace</source>
      <translation>Proteger este espacio de trabajo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="643" />
      <source>This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now with a passphrase?</source>
      <translation>Este espacio de trabajo no está cifrado: cualquier persona que se lleve este portátil puede leerlo. ¿Cifrarlo ahora con una frase de contraseña?</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data</source>
      <translation>Datos de demostración</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data can only be loaded into an empty workspace.</source>
      <translation>Los datos de demostración solo pueden cargarse en un espacio de trabajo vacío.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="678" />
      <source>Empty workspace</source>
      <translation>Espacio de trabajo vacío</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="700" />
      <location filename="../../ui/main_window.py" line="708" />
      <source>Report a problem</source>
      <translation>Reportar un problema</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="710" />
      <source>A diagnostics file was written to {path}. It holds versions, counts and the end of the log, no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened.</source>
      <translation>Se escribió un archivo de diagnóstico en {path}. Contiene versiones, conteos y el final del log, ningún registro, nombre ni clave. Entréguelo a quien dé soporte a FieldKit, con unas palabras sobre lo que pasó.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="717" />
      <source>Writing the diagnostics file…</source>
      <translation>Escribiendo el archivo de diagnóstico…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="736" />
      <source>Remove demo data</source>
      <translation>Quitar datos de demostración</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="737" />
      <source>Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay.</source>
      <translation>¿Quitar definitivamente todos los incidentes y evaluaciones de demostración ([DEMO])? Los registros que usted creó se conservan.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="744" />
      <source>Demo data removed: {n} incidents, {a} assessments.</source>
      <translation>Datos de demostración quitados: {n} incidentes, {a} evaluaciones.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="750" />
      <source>Removing the demo data…</source>
      <translation>Quitando los datos de demostración…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="767" />
      <source>Loading demo data…</source>
      <translation>Cargando los datos de demostración…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="759" />
      <source>Demo data loaded: {n} incidents, {a} assessments.</source>
      <translation>Datos de demostración cargados: {n} incidentes, {a} evaluaciones.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="680" />
      <source>This workspace is empty. Load demo data (500 realistic incidents at real places and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in this workspace's bundles.</source>
      <translation>Este espacio de trabajo está vacío. ¿Cargar datos de demostración (500 incidentes realistas en lugares reales y dos evaluaciones) para probar FieldKit? Solo para probar: los incidentes de demostración irían a la sede en los paquetes de este espacio de trabajo.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="776" />
      <source>Verifying every history chain and attachment…</source>
      <translation>Verificando cada cadena de historial y cada adjunto…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="783" />
      <source>Checked {i} incidents, {a} assessments and {f} attachments.</source>
      <translation>Se verificaron {i} incidentes, {a} evaluaciones y {f} adjuntos.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <location filename="../../ui/main_window.py" line="792" />
      <source>Integrity</source>
      <translation>Integridad</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <source>Everything verifies.</source>
      <translation>Todo se verificó correctamente.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="792" />
      <source>Problems found:</source>
      <translation>Problemas encontrados:</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="486" />
      <source>Change the passphrase…</source>
      <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="487" />
      <source>Duress passphrase…</source>
      <translation>Frase de contraseña de coacción…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="580" />
      <source>The duress passphrase was removed.</source>
      <translation>Se eliminó la frase de contraseña de coacción.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <source>The duress passphrase is set. Keep it as secret as the passphrase itself.</source>
      <translation>La frase de contraseña de coacción quedó definida. Manténgala tan secreta como la frase de contraseña misma.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="585" />
      <source>The passphrase was changed. FieldKit asks for the new one from now on.</source>
      <translation>La frase de contraseña se cambió. A partir de ahora FieldKit pide la nueva.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="488" />
      <source>Travel mode…</source>
      <translation>Modo viaje…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="568" />
      <source>Travel mode</source>
      <translation>Modo viaje</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="568" />
      <source>%n incident(s) left this laptop; HQ keeps them.</source>
      <translation>
        <numerusform>%n incidente salió de este portátil; la sede lo conserva.</numerusform>
        <numerusform>%n incidentes salieron de este portátil; la sede los conserva.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../ui/map/view.py" line="52" />
      <source>Colour by</source>
      <translation>Colorear por</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="54" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="55" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="58" />
      <source>Basemap</source>
      <translation>Mapa base</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="62" />
      <source>Add MBTiles…</source>
      <translation>Agregar MBTiles…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="65" />
      <source>Packs…</source>
      <translation>Paquetes…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="68" />
      <source>Filter incidents to this view</source>
      <translation>Filtrar los incidentes a esta vista</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="71" />
      <source>Export offline map…</source>
      <translation>Exportar mapa sin conexión…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="74" />
      <source>Find a place…</source>
      <translation>Buscar un lugar…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="83" />
      <source>Heatmap</source>
      <translation>Mapa de calor</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="86" />
      <source>Week by week</source>
      <translation>Semana a semana</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="112" />
      <source>Natural Earth outlines (built in)</source>
      <translation>Contornos de Natural Earth (incluidos)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="115" />
      <source>Best pack for the view</source>
      <translation>Mejor paquete para la vista</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="129" />
      <source>Add an MBTiles basemap</source>
      <translation>Agregar un mapa base MBTiles</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="137" />
      <source>Adding the basemap…</source>
      <translation>Agregando el mapa base…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="146" />
      <source>{start} to {end}</source>
      <translation>del {start} al {end}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="147" />
      <source>%n incident(s) this week</source>
      <translation>
        <numerusform>%n incidente esta semana</numerusform>
        <numerusform>%n incidentes esta semana</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="171" />
      <source>No place called {name} is known.</source>
      <translation>No se conoce ningún lugar llamado {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="183" />
      <source>Preparing the list of places…</source>
      <translation>Preparando la lista de lugares…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="228" />
      <source>%Ln incident(s) on the map</source>
      <translation>
        <numerusform>%Ln incidente en el mapa</numerusform>
        <numerusform>%Ln incidentes en el mapa</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="230" />
      <source>%n without a location yet (not shown)</source>
      <translation>
        <numerusform>%n todavía sin ubicación (no se muestra)</numerusform>
        <numerusform>%n todavía sin ubicación (no se muestran)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="236" />
      <location filename="../../ui/map/view.py" line="243" />
      <source>Export an offline map</source>
      <translation>Exportar un mapa sin conexión</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="245" />
      <source>The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves them out.)</source>
      <translation>Cualquier persona que reciba el archivo del mapa puede abrirlo. ¿Incluir los incidentes marcados como sensibles? (No = dejarlos fuera.)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="252" />
      <source>Map written to {path}</source>
      <translation>Mapa escrito en {path}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="256" />
      <source>Writing the offline map…</source>
      <translation>Escribiendo el mapa sin conexión…</translation>
    </message>
  </context>
  <context>
    <name>MapWidget</name>
    <message>
      <location filename="../../ui/map/widget.py" line="110" />
      <source>Drawing the map…</source>
      <translation>Dibujando el mapa…</translation>
    </message>
  </context>
  <context>
    <name>MarketDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="80" />
      <source>Criminal market</source>
      <translation>Mercado criminal</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="89" />
      <location filename="../../ui/checklist/records.py" line="90" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="94" />
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="95" />
      <source>Scale (size and reach)</source>
      <translation>Escala (tamaño y alcance)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="96" />
      <source>Harm</source>
      <translation>Daño</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="97" />
      <source>Trend</source>
      <translation>Tendencia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="99" />
      <source>Origin</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="100" />
      <source>Transit</source>
      <translation>Tránsito</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="101" />
      <source>Destination</source>
      <translation>Destino</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="102" />
      <source>Prices</source>
      <translation>Precios</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="103" />
      <source>Seizures</source>
      <translation>Incautaciones</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="108" />
      <source>Actor names, separated by commas</source>
      <translation>Nombres de actores, separados por comas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="110" />
      <source>Recorded actors: {names}</source>
      <translation>Actores registrados: {names}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="111" />
      <source>Actors running it</source>
      <translation>Actores que lo controlan</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="114" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>MarketPicker</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="94" />
      <source>None picked</source>
      <translation>Ninguno seleccionado</translation>
    </message>
  </context>
  <context>
    <name>NewAssessmentDialog</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="52" />
      <source>New assessment</source>
      <translation>Nueva evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="55" />
      <source>e.g. Guinea-Bissau, Gao region</source>
      <translation>p. ej. Guinea-Bisáu, región de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="75" />
      <source>optional: min lon, min lat, max lon, max lat</source>
      <translation>opcional: lon mín, lat mín, lon máx, lat máx</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="76" />
      <source>Start from the area's latest assessment</source>
      <translation>Partir de la evaluación más reciente del área</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="78" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="79" />
      <source>Checklist</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="80" />
      <source>Period from</source>
      <translation>Período desde</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="81" />
      <source>Period to</source>
      <translation>Período hasta</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="82" />
      <source>Assessor</source>
      <translation>Evaluador</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="83" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="84" />
      <source>Area bounds</source>
      <translation>Límites del área</translation>
    </message>
  </context>
  <context>
    <name>NewIdentityPrompt</name>
    <message>
      <location filename="../../ui/errors.py" line="75" />
      <source>A new identity cannot be undone: this device will trust nobody until you trust HQ's and your colleagues' keys again, and they must accept this device's new key.</source>
      <translation>Una nueva identidad no se puede deshacer: este dispositivo no confiará en nadie hasta que vuelva a confiar en las claves de la sede y de sus colegas, y ellos deben aceptar la nueva clave de este dispositivo.</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="81" />
      <source>The device key is missing</source>
      <translation>Falta la clave del dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="84" />
      <source>Quit (restore the key file first)</source>
      <translation>Salir (restaure primero el archivo de la clave)</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="85" />
      <source>Make a new identity</source>
      <translation>Crear una nueva identidad</translation>
    </message>
  </context>
  <context>
    <name>NewWorkspaceDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="63" />
      <source>Protect this workspace</source>
      <translation>Proteger este espacio de trabajo</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="67" />
      <source>This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase (at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase.</source>
      <translation>Este espacio de trabajo todavía no está cifrado: cualquier persona que se lleve este portátil podría leerlo. Elija una frase de contraseña (al menos 10 caracteres; unas cuantas palabras son lo más fácil de recordar). Nadie puede recuperar una frase de contraseña perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="72" />
      <source>Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase.</source>
      <translation>Elija una frase de contraseña para el nuevo espacio de trabajo (al menos 10 caracteres; unas cuantas palabras son lo más fácil de recordar). FieldKit la pide en cada inicio. Nadie puede recuperar una frase de contraseña perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="82" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="83" />
      <source>Again</source>
      <translation>Otra vez</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="85" />
      <source>Training only: keep this workspace NOT encrypted</source>
      <translation>Solo capacitación: mantener este espacio de trabajo NO cifrado</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña son diferentes.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="106" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>La frase de contraseña es demasiado corta: use al menos 10 caracteres.</translation>
    </message>
  </context>
  <context>
    <name>PacksDialog</name>
    <message>
      <location filename="../../ui/map/view.py" line="267" />
      <source>Basemap packs</source>
      <translation>Paquetes de mapa base</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="272" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="273" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="274" />
      <source>Zoom levels</source>
      <translation>Niveles de zoom</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="275" />
      <source>Covers (W, S, E, N)</source>
      <translation>Cubre (O, S, E, N)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="276" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="277" />
      <source>Attribution</source>
      <translation>Atribución</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="283" />
      <source>Unreadable: {error}</source>
      <translation>Ilegible: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="290" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="291" />
      <source>{mb} MB</source>
      <translation>{mb} MB</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="300" />
      <source>No basemap packs yet: add an MBTiles file, or cut one with 'fieldkit basemap cut'.</source>
      <translation>Todavía no hay paquetes de mapa base: agregue un archivo MBTiles o recorte uno con 'fieldkit basemap cut'.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <location filename="../../ui/lock.py" line="196" />
      <source>Duress passphrase</source>
      <translation>Frase de contraseña de coacción</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <source>Change the passphrase</source>
      <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="177" />
      <source>A duress passphrase is a second passphrase for when you are forced to open FieldKit. Typed when FieldKit asks for the passphrase, it destroys this workspace at once and opens an empty one in its place; nothing on screen says so. Choose one you will not type by mistake. HQ keeps what you already sent; the rest is lost.</source>
      <translation>Una frase de contraseña de coacción es una segunda frase de contraseña para cuando lo obliguen a abrir FieldKit. Escrita cuando FieldKit pide la frase de contraseña, destruye de inmediato este espacio de trabajo y abre uno vacío en su lugar; nada en la pantalla lo indica. Elija una que no vaya a escribir por error. La sede conserva lo que ya envió; el resto se pierde.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="184" />
      <source>The data is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. Nobody can recover a lost passphrase.</source>
      <translation>Los datos no se vuelven a cifrar: solo la clave que los abre se protege de nuevo con la nueva frase de contraseña. Nadie puede recuperar una frase de contraseña perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="195" />
      <source>Current passphrase</source>
      <translation>Frase de contraseña actual</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="196" />
      <source>New passphrase</source>
      <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="197" />
      <source>Again</source>
      <translation>De nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="199" />
      <source>Remove the duress passphrase</source>
      <translation>Eliminar la frase de contraseña de coacción</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="224" />
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="226" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>La frase de contraseña es demasiado corta: use al menos 10 caracteres.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="239" />
      <source>Checking the passphrase…</source>
      <translation>Verificando la frase de contraseña…</translation>
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../ui/map/picker.py" line="14" />
      <source>Pick a location</source>
      <translation>Elegir una ubicación</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="18" />
      <source>Click on the map to place the incident.</source>
      <translation>Haga clic en el mapa para ubicar el incidente.</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="31" />
      <source>Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.</source>
      <translation>Punto elegido: latitud {lat:.5f}, longitud {lon:.5f}. Haga clic en OK para usarlo.</translation>
    </message>
  </context>
  <context>
    <name>RecordsTab</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="195" />
      <source>Key judgements (first page of the report)</source>
      <translation>Juicios clave (primera página del informe)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Judgement</source>
      <translation>Juicio</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Likelihood</source>
      <translation>Probabilidad</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="203" />
      <source>Edit judgement…</source>
      <translation>Editar juicio…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="204" />
      <source>Add judgement…</source>
      <translation>Agregar juicio…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="205" />
      <source>Remove judgement</source>
      <translation>Quitar juicio</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="206" />
      <source>Back to the derived judgements</source>
      <translation>Volver a los juicios derivados de las respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="209" />
      <source>Criminal markets</source>
      <translation>Mercados criminales</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="212" />
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="213" />
      <source>Score /10</source>
      <translation>Puntaje /10</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="214" />
      <source>Scale</source>
      <translation>Escala</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="215" />
      <source>Harm</source>
      <translation>Daño</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="216" />
      <location filename="../../ui/checklist/records.py" line="239" />
      <source>Trend</source>
      <translation>Tendencia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="217" />
      <source>Routes (origin → transit → destination)</source>
      <translation>Rutas (origen → tránsito → destino)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="218" />
      <source>Prices / seizures</source>
      <translation>Precios / incautaciones</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="219" />
      <location filename="../../ui/checklist/records.py" line="230" />
      <source>Actors</source>
      <translation>Actores</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="225" />
      <source>Add market…</source>
      <translation>Agregar mercado…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="226" />
      <source>Edit market…</source>
      <translation>Editar mercado…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="227" />
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove market</source>
      <translation>Quitar mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="233" />
      <source>Actor</source>
      <translation>Actor</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="234" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="235" />
      <source>Role in the chain</source>
      <translation>Papel en la cadena</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="236" />
      <source>Capability</source>
      <translation>Capacidad</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="237" />
      <source>Armed groups</source>
      <translation>Grupos armados</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="238" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="240" />
      <source>Markets</source>
      <translation>Mercados</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="241" />
      <source>Incidents in the period</source>
      <translation>Incidentes en el período</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="247" />
      <source>Add actor…</source>
      <translation>Agregar actor…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="248" />
      <source>Edit actor…</source>
      <translation>Editar actor…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="249" />
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove actor</source>
      <translation>Quitar actor</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="287" />
      <source>Set by the analyst.</source>
      <translation>Definidos por el analista.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="289" />
      <source>Derived from the answers; edit one to set them yourself.</source>
      <translation>Derivados de las respuestas; edite uno para definirlos usted mismo.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove this market from the assessment?</source>
      <translation>¿Quitar este mercado de la evaluación?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove this actor from the assessment?</source>
      <translation>¿Quitar este actor de la evaluación?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Key judgements</source>
      <translation>Juicios clave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Go back to the judgements derived from the answers?</source>
      <translation>¿Volver a los juicios derivados de las respuestas?</translation>
    </message>
  </context>
  <context>
    <name>SectionChart</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="304" />
      <source>insufficient information</source>
      <translation>información insuficiente</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="172" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>Checklist, Incidents, Map, Sync</source>
      <translation>Lista de verificación, Incidentes, Mapa, Sincronización</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="176" />
      <source>HQ database (when this workspace reads one)</source>
      <translation>Base de datos de la sede (cuando este espacio de trabajo lee una)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>New incident</source>
      <translation>Nuevo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="178" />
      <source>Search the incidents</source>
      <translation>Buscar en los incidentes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="179" />
      <source>Save the incident being edited</source>
      <translation>Guardar el incidente en edición</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>Close the editor (asks when something is not saved)</source>
      <translation>Cerrar el editor (pregunta si algo no está guardado)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="181" />
      <source>Next unanswered question of the checklist</source>
      <translation>Siguiente pregunta sin responder de la lista de verificación</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>Lock FieldKit now (the passphrase opens it again)</source>
      <translation>Bloquear FieldKit ahora (la frase de contraseña lo vuelve a abrir)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="183" />
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
  </context>
  <context>
    <name>SyncView</name>
    <message>
      <location filename="../../ui/sync/view.py" line="161" />
      <source>Send: export a bundle to a USB stick</source>
      <translation>Enviar: exportar un paquete a una memoria USB</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="164" />
      <source>Encrypt for</source>
      <translation>Cifrar para</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="170" />
      <source>Only what changed since the last bundle for this destination</source>
      <translation>Solo lo que cambió desde el último paquete para este destino</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="172" />
      <source>Also protect with a passphrase</source>
      <translation>Proteger también con una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="173" />
      <location filename="../../ui/sync/view.py" line="270" />
      <source>Include incidents marked sensitive</source>
      <translation>Incluir los incidentes marcados como sensibles</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="174" />
      <source>Include demo data ([DEMO] records; left out otherwise)</source>
      <translation>Incluir datos de demostración (registros [DEMO]; si no, quedan fuera)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="177" />
      <source>Export bundle…</source>
      <translation>Exportar paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="185" />
      <source>Receive: import bundles</source>
      <translation>Recibir: importar paquetes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="190" />
      <source>Every bundle is checked (signature, hashes, format) before anything changes. A damaged or altered bundle is refused and nothing changes.</source>
      <translation>Cada paquete se verifica (firma, hashes, formato) antes de que cambie nada. Un paquete dañado o alterado se rechaza y nada cambia.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="195" />
      <source>Import bundle…</source>
      <translation>Importar paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="201" />
      <source>Bundles</source>
      <translation>Paquetes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="209" />
      <source>Resolve…</source>
      <translation>Resolver…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="212" />
      <source>Conflicts</source>
      <translation>Conflictos</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="223" />
      <source>Save my public key…</source>
      <translation>Guardar mi clave pública…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="224" />
      <source>Trust a key file…</source>
      <translation>Confiar en un archivo de clave…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="226" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="260" />
      <source>Trusted keys</source>
      <translation>Claves de confianza</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="264" />
      <source>Import log</source>
      <translation>Registro de importaciones</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="269" />
      <source>Write incidents (not those in the trash) for spreadsheets and GIS.</source>
      <translation>Escribir los incidentes (excepto los de la papelera) para hojas de cálculo y SIG.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="274" />
      <source>CSV (spreadsheet)…</source>
      <translation>CSV (hoja de cálculo)…</translation>
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
      <translation>Este dispositivo: {label}
Huella digital de la clave: {fp}
(léala a la sede o a un colega para confirmar su clave)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="314" />
      <source>HQ: {label}</source>
      <translation>Sede: {label}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="362" />
      <source>{kind} “{title}” — deleted on {dev}; kept in the trash for review</source>
      <translation>{kind} “{title}” — eliminado en {dev}; conservado en la papelera para revisión</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="368" />
      <source>{kind} “{title}” — changed here and on {dev}</source>
      <translation>{kind} “{title}” — cambiado aquí y en {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="376" />
      <source>Conflicts ({n})</source>
      <translation>Conflictos ({n})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="444" />
      <source>Imported (UTC)</source>
      <translation>Importado (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="445" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="446" />
      <source>Bundle</source>
      <translation>Paquete</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="405" />
      <source>from {src}: number(s) {nums}</source>
      <translation>de {src}: número(s) {nums}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="408" />
      <source>Missing bundles — never imported here: </source>
      <translation>Paquetes faltantes — nunca importados aquí: </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="475" />
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Una frase de contraseña de paquete necesita al menos {n} caracteres: unas cuantas palabras son más fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="481" />
      <source>The same passphrase again:</source>
      <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="487" />
      <source>The two passphrases differ. Type it again.</source>
      <translation>Las dos frases de contraseña son diferentes. Escríbala otra vez.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="491" />
      <source>Passphrase:</source>
      <translation>Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="507" />
      <location filename="../../ui/sync/view.py" line="537" />
      <source>Export bundle</source>
      <translation>Exportar paquete</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="509" />
      <source>FieldKit bundles (*.fkb)</source>
      <translation>Paquetes FieldKit (*.fkb)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="517" />
      <source>A bundle anyone can read</source>
      <translation>Un paquete que cualquier persona puede leer</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="519" />
      <source>This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in it, including names of sources and places. Write it anyway?</source>
      <translation>Este paquete no se cifrará: cualquier persona que encuentre o copie la memoria puede leer todos los incidentes que contiene, incluidos nombres de fuentes y de lugares. ¿Escribirlo de todos modos?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="463" />
      <location filename="../../ui/sync/view.py" line="473" />
      <location filename="../../ui/sync/view.py" line="481" />
      <location filename="../../ui/sync/view.py" line="487" />
      <source>Protect the bundle</source>
      <translation>Proteger el paquete</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="225" />
      <source>Fingerprint…</source>
      <translation>Huella digital…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="236" />
      <source>From HQ</source>
      <translation>De la sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="239" />
      <source>Import config…</source>
      <translation>Importar configuración…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="240" />
      <source>Import receipt…</source>
      <translation>Importar acuse de recibo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="241" />
      <source>New keys for this device…</source>
      <translation>Nuevas claves para este dispositivo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="248" />
      <source>At HQ: for the field devices</source>
      <translation>En la sede: para los dispositivos en terreno</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="251" />
      <source>Export config bundle…</source>
      <translation>Exportar paquete de configuración…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="252" />
      <source>Write receipt…</source>
      <translation>Emitir acuse de recibo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="253" />
      <source>Revoke key…</source>
      <translation>Revocar clave…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="308" />
      <source>HQ's policy keeps incidents marked sensitive on this device.</source>
      <translation>La política de la sede mantiene en este dispositivo los incidentes marcados como sensibles.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="330" />
      <source>{fp}    {role}    {label}    device {device}    trusted since {when} ({how})</source>
      <translation>{fp}    {role}    {label}    dispositivo {device}    de confianza desde {when} ({how})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="339" />
      <source>REVOKED from {when}</source>
      <translation>REVOCADA desde {when}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="383" />
      <source>To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); {k} incident(s) changed since are, as far as HQ has said, only on this laptop.</source>
      <translation>Para {dest}: la sede confirmó los paquetes hasta el número {n} de {last} (acuse de recibo del {when}); {k} incidente(s) cambiado(s) desde entonces están, según lo que ha indicado la sede, solo en este portátil.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="395" />
      <source>To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.</source>
      <translation>Para {dest}: {last} paquete(s) creado(s), ninguno confirmado todavía por un acuse de recibo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="464" />
      <source>Passphrase (at least {n} characters; tell it to the receiver another way):</source>
      <translation>Frase de contraseña (al menos {n} caracteres; comuníquela al destinatario por otra vía):</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="538" />
      <source>The recipient chosen is no longer trusted here: choose again.</source>
      <translation>El destinatario elegido ya no es de confianza aquí: elija de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="578" />
      <source>Writing the bundle…</source>
      <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="596" />
      <source>Import bundles</source>
      <translation>Importar paquetes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="598" />
      <source>FieldKit bundles (*.fkb);;All files (*)</source>
      <translation>Paquetes FieldKit (*.fkb);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="612" />
      <source>Opening the bundle…</source>
      <translation>Abriendo el paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="619" />
      <source>Encrypted bundle</source>
      <translation>Paquete cifrado</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="622" />
      <source>Not imported: no passphrase was given. Nothing was changed.</source>
      <translation>No importado: no se dio ninguna frase de contraseña. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>Wrong passphrase</source>
      <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>That passphrase does not open the bundle. Try again:</source>
      <translation>Esa frase de contraseña no abre el paquete. Intente de nuevo:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="640" />
      <source>Not imported: the sender's key was not accepted. Nothing was changed.</source>
      <translation>No importado: no se aceptó la clave del remitente. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="672" />
      <source>{n} deletion(s) of incidents changed or made here would be held for review: those incidents go to the trash, nothing is lost.</source>
      <translation>{n} eliminación(es) de incidentes cambiados o creados aquí quedarían retenidas para revisión: esos incidentes van a la papelera, no se pierde nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="677" />
      <source>This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices that made them.</source>
      <translation>Este paquete fue creado por un FieldKit más antiguo (formato 1): sus versiones no están firmadas por los dispositivos que las crearon.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="680" />
      <source>Import it?</source>
      <translation>¿Importarlo?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="682" />
      <source>Not imported: you chose not to. Nothing was changed.</source>
      <translation>No importado: usted eligió no hacerlo. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="713" />
      <source>Unknown sender</source>
      <translation>Remitente desconocido</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="734" />
      <source>The sender's key has changed</source>
      <translation>La clave del remitente cambió</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="744" />
      <source>Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import again and accept it only if so.</source>
      <translation>No se cambió nada. Pregunte al dueño del dispositivo, por una vía de confianza, si tiene una nueva clave; importe de nuevo y acéptela solo en ese caso.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="749" />
      <source>Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new one, and report it if it was not damaged in transit.</source>
      <translation>No se cambió nada. El archivo está dañado o fue alterado: no lo use; pida uno nuevo al remitente, y repórtelo si no se dañó en el transporte.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="753" />
      <source>Nothing was changed.</source>
      <translation>No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="772" />
      <source>This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices that made them. Only the sender's own versions and those of devices never met here were accepted; this device vouches for them.</source>
      <translation>Este paquete usa el formato 1 (un FieldKit más antiguo): sus versiones no llevan firmas de los dispositivos que las crearon. Solo se aceptaron las versiones del propio remitente y las de dispositivos nunca vistos aquí; este dispositivo responde por ellas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="779" />
      <source>{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by its old key; the new key is trusted in its place.</source>
      <translation>{label} (dispositivo {device}) pasó a una nueva clave: huella digital {new}, antes {old}. El cambio está firmado por su clave anterior; la nueva clave pasa a ser de confianza en su lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="800" />
      <source>Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}.</source>
      <translation>Agregados {a}, actualizados {u}, sin cambios {n}, conflictos {c}, eliminados {d}, retenidos para revisión {h}, rechazados {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="842" />
      <source>no reason given</source>
      <translation>sin motivo indicado</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="856" />
      <source>Deleted on another device</source>
      <translation>Eliminado en otro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="859" />
      <source>Keep it</source>
      <translation>Conservarlo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="860" />
      <location filename="../../ui/sync/view.py" line="868" />
      <source>Remove for good</source>
      <translation>Quitar definitivamente</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="861" />
      <source>Decide later</source>
      <translation>Decidir más tarde</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="904" />
      <source>The key has changed</source>
      <translation>La clave cambió</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="926" />
      <source>Key fingerprint: {fp}
Words: {words}
It calls itself: {label}
Device id: {device_id}

Compare the fingerprint with its owner (read the words aloud, or look at their screen); the name proves nothing. Bundles signed by this key will then be accepted.</source>
      <translation>Huella digital de la clave: {fp}
Palabras: {words}
Se presenta como: {label}
Id del dispositivo: {device_id}

Compare la huella digital con su dueño (lea las palabras en voz alta, o mire su pantalla); el nombre no prueba nada. Los paquetes firmados por esta clave se aceptarán a partir de entonces.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="936" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="937" />
      <source>Compared: trust it</source>
      <translation>Comparada: confiar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="938" />
      <source>Trust without checking</source>
      <translation>Confiar sin verificar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="963" />
      <source>Replace HQ's key</source>
      <translation>Reemplazar la clave de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="965" />
      <source>Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every later bundle will be encrypted to it; do it only if HQ confirmed the new key.</source>
      <translation>Los paquetes se cifran para la clave de la sede, ahora {fp} ({label}). ¿Hacer de esta clave ({new}) la de la sede? Todos los paquetes siguientes se cifrarán para ella; hágalo solo si la sede confirmó la nueva clave.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="987" />
      <source>Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again.</source>
      <translation>¿Dejar de confiar en la clave {fp} (“{label}”)? Los paquetes firmados por ella se rechazarán hasta que vuelva a confiar en ella.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1010" />
      <source>Writing the file…</source>
      <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1032" />
      <location filename="../../ui/sync/view.py" line="1056" />
      <source>Import a config bundle from HQ</source>
      <translation>Importar un paquete de configuración de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1034" />
      <location filename="../../ui/sync/view.py" line="1132" />
      <source>Config bundles (*.fkc)</source>
      <translation>Paquetes de configuración (*.fkc)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1045" />
      <source>HQ's key</source>
      <translation>Clave de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1047" />
      <source>This config bundle is signed by “{label}”, and this device trusts no HQ key yet.

Key fingerprint: {fp}
Words: {words}

Compare the fingerprint with HQ (by phone or in person). Only if it matches: trust this key as HQ's and apply the config?</source>
      <translation>Este paquete de configuración está firmado por “{label}”, y este dispositivo todavía no confía en ninguna clave de la sede.

Huella digital de la clave: {fp}
Palabras: {words}

Compare la huella digital con la sede (por teléfono o en persona). Solo si coincide: ¿confiar en esta clave como la de la sede y aplicar la configuración?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1065" />
      <source>Config number {n} from HQ applied.</source>
      <translation>Configuración número {n} de la sede aplicada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1067" />
      <source>{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), {b} basemap(s).</source>
      <translation>{d} dispositivo(s) agregado(s), {r} revocación(es), {k} rotación(es) de clave, {c} acuse(s) de recibo, {l} lista(s) de verificación, {b} mapa(s) base.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1080" />
      <source>HQ moved to a new signing key ({fp}), announced by its old key.</source>
      <translation>La sede pasó a una nueva clave de firma ({fp}), anunciada por su clave anterior.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1085" />
      <source>HQ has a new encryption key: bundles made here are encrypted to it from now on.</source>
      <translation>La sede tiene una nueva clave de cifrado: los paquetes creados aquí se cifran para ella a partir de ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1089" />
      <source>HQ lists {label} under another key than the one trusted here; the key trusted here was kept. Check with its owner.</source>
      <translation>La sede lista a {label} con una clave distinta de la que es de confianza aquí; se conservó la clave de confianza aquí. Verifíquelo con su dueño.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1093" />
      <source>Config applied</source>
      <translation>Configuración aplicada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <source>Import HQ's receipt</source>
      <translation>Importar el acuse de recibo de la sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Receipts (*.json)</source>
      <translation>Acuses de recibo (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1112" />
      <location filename="../../ui/sync/view.py" line="1124" />
      <source>New keys for this device</source>
      <translation>Nuevas claves para este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1114" />
      <source>Make new keys for this device? Do it when the old key may have been copied. Your next bundles announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the old key still open here. HQ: send the devices a config bundle afterwards.</source>
      <translation>¿Crear nuevas claves para este dispositivo? Hágalo cuando la clave anterior pueda haber sido copiada. Sus próximos paquetes anuncian la nueva clave, firmada por la anterior, y la sede y los colegas la siguen. Los paquetes hechos para la clave anterior se siguen abriendo aquí. Sede: envíen después un paquete de configuración a los dispositivos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1125" />
      <source>New key fingerprint: {fp}. Read it to HQ when they ask.</source>
      <translation>Huella digital de la nueva clave: {fp}. Léala a la sede cuando se la pidan.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1132" />
      <location filename="../../ui/sync/view.py" line="1143" />
      <source>Export a config bundle</source>
      <translation>Exportar un paquete de configuración</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1144" />
      <source>Config bundle number {n} written, encrypted to {k} device(s).</source>
      <translation>Paquete de configuración número {n} escrito, cifrado para {k} dispositivo(s).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Write a receipt</source>
      <translation>Emitir un acuse de recibo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1168" />
      <source>Choose the device in the list first.</source>
      <translation>Elija primero el dispositivo en la lista.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1168" />
      <location filename="../../ui/sync/view.py" line="1172" />
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Revoke a key</source>
      <translation>Revocar una clave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1174" />
      <source>Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last point you trust: a thief holding the key can write any date.</source>
      <translation>¿Revocar la clave de {label} ({fp}) a partir de qué fecha (AAAA-MM-DD) o número de paquete? Elija el último punto en el que confía: un ladrón que tenga la clave puede escribir cualquier fecha.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Reason (sent to the devices):</source>
      <translation>Motivo (enviado a los dispositivos):</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="648" />
      <source>Checking the bundle…</source>
      <translation>Verificando el paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="318" />
      <source>Nobody: protect with a passphrase only</source>
      <translation>Nadie: proteger solo con una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="319" />
      <source>Nobody and no passphrase: readable by anyone (not recommended)</source>
      <translation>Nadie y sin frase de contraseña: legible por cualquier persona (no recomendado)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <source>HQ</source>
      <translation>Sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="348" />
      <source>No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.</source>
      <translation>Todavía no hay claves de confianza: confíe en el archivo de clave de un colega o de la sede, o acepte al firmante de un paquete.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="530" />
      <source>No bundle was written.</source>
      <translation>No se escribió ningún paquete.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="547" />
      <source>encrypted for {who}</source>
      <translation>cifrado para {who}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="549" />
      <source> and with a passphrase</source>
      <translation> y con una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="551" />
      <source>protected by a passphrase</source>
      <translation>protegido por una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="553" />
      <source>not encrypted: anyone can read it</source>
      <translation>no cifrado: cualquier persona puede leerlo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="558" />
      <source>Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, {f} attachments.</source>
      <translation>Paquete número {seq} escrito en {path} ({how}): {i} incidentes, {a} evaluaciones, {d} eliminaciones, {f} adjuntos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="571" />
      <source>Nothing changed since the last bundle for this destination: untick “Only what changed” to send everything again.</source>
      <translation>Nada cambió desde el último paquete para este destino: desmarque “Solo lo que cambió” para enviar todo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="654" />
      <source>Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.

Would add {a}, update {u}, leave {n} unchanged, keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}.</source>
      <translation>Paquete número {seq}, firmado con la clave {fp}, de “{who}”, creado el {when}.

Agregaría {a}, actualizaría {u}, dejaría {n} sin cambios, mantendría {c} conflicto(s), eliminaría {d}, retendría {h} eliminación(es) para revisión, rechazaría {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="681" />
      <source>Import preview</source>
      <translation>Vista previa de la importación</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="693" />
      <source>Importing the bundle…</source>
      <translation>Importando el paquete…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="704" />
      <source>This bundle is signed by a device this workspace does not trust yet.

Key fingerprint: {fp}
It calls itself: {label}
Device id: {device_id}

Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. Accept this key and import?</source>
      <translation>Este paquete está firmado por un dispositivo en el que este espacio de trabajo todavía no confía.

Huella digital de la clave: {fp}
Se presenta como: {label}
Id del dispositivo: {device_id}

Verifique la huella digital con su dueño (léala en voz alta por teléfono, por ejemplo); el nombre no prueba nada. ¿Aceptar esta clave e importar?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="719" />
      <source>WARNING: this bundle is signed with a different key from the one this workspace trusts for the device it claims to be.

Known key: {known}
This bundle's key: {fp}
Device: {label}

Someone may be posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the device has a new key. The old key will no longer be trusted. Accept the new key?</source>
      <translation>ADVERTENCIA: este paquete está firmado con una clave distinta de aquella en la que este espacio de trabajo confía para el dispositivo que dice ser.

Clave conocida: {known}
Clave de este paquete: {fp}
Dispositivo: {label}

Alguien puede estar haciéndose pasar por ese dispositivo. Acepte la nueva clave solo si su dueño le dice, por una vía de confianza, que el dispositivo tiene una nueva clave. La clave anterior dejará de ser de confianza. ¿Aceptar la nueva clave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="731" />
      <source>The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it.</source>
      <translation>La clave que se reemplaza es la de la sede, aquella para la cual se cifran los paquetes. La nueva clave será de confianza solo como colega: hágala la de la sede más tarde (Confiar en un archivo de clave…) cuando la sede la haya confirmado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="828" />
      <source>Assessment conflict</source>
      <translation>Conflicto de evaluación</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="829" />
      <source>Keep the answers of the other device? (No keeps the answers here.)</source>
      <translation>¿Conservar las respuestas del otro dispositivo? (No = conservar las respuestas de aquí.)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="849" />
      <source>{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, so it was moved to the trash here instead, with everything it holds.

Keep it (back from the trash), or remove it for good as the other device did?</source>
      <translation>{dev} eliminó definitivamente el incidente “{title}” (motivo: {why}). Se había cambiado o creado en este dispositivo, así que aquí se movió a la papelera, con todo lo que contiene.

¿Conservarlo (sacándolo de la papelera), o quitarlo definitivamente como hizo el otro dispositivo?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="870" />
      <source>Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from this device. This cannot be undone.</source>
      <translation>¿Quitar “{title}” definitivamente? Su historial y los adjuntos que ningún otro incidente usa se eliminan de este dispositivo. No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="886" />
      <source>Save my public key</source>
      <translation>Guardar mi clave pública</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="893" />
      <source>Trust a key file</source>
      <translation>Confiar en un archivo de clave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <location filename="../../ui/sync/view.py" line="944" />
      <source>Colleague</source>
      <translation>Colega</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="944" />
      <source>HQ (bundles are encrypted to it)</source>
      <translation>Sede (los paquetes se cifran para ella)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="924" />
      <location filename="../../ui/sync/view.py" line="947" />
      <source>Trust a key</source>
      <translation>Confiar en una clave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="447" />
      <source>added / updated / unchanged / conflicts / held for review / rejected</source>
      <translation>agregados / actualizados / sin cambios / conflictos / retenidos para revisión / rechazados</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="906" />
      <source>WARNING: this key claims to be a device this workspace already trusts under another key.

Known key: {known}
This key: {fp}
Device: {label}

Trust it only if the device's owner confirms it has a new key; the old key will no longer be trusted. Trust the new key?</source>
      <translation>ADVERTENCIA: esta clave dice ser de un dispositivo en el que este espacio de trabajo ya confía con otra clave.

Clave conocida: {known}
Esta clave: {fp}
Dispositivo: {label}

Confíe en ella solo si el dueño del dispositivo confirma que tiene una nueva clave; la clave anterior dejará de ser de confianza. ¿Confiar en la nueva clave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="948" />
      <source>Fingerprint {fp}. Whose key is it?</source>
      <translation>Huella digital {fp}. ¿De quién es esta clave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="991" />
      <source>This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase.</source>
      <translation>Esta es la clave de la sede: los paquetes dejarán de cifrarse para la sede; se le pedirá una frase de contraseña.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="993" />
      <source>Remove a trusted key</source>
      <translation>Quitar una clave de confianza</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1000" />
      <source>Export incidents</source>
      <translation>Exportar incidentes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sync/view.py" line="1006" />
      <source>%n incident(s) written to {path}</source>
      <translation>
        <numerusform>%n incidente escrito en {path}</numerusform>
        <numerusform>%n incidentes escritos en {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="768" />
      <source>{n} deletion(s) held for review: see Conflicts.</source>
      <translation>{n} eliminación(es) retenida(s) para revisión: ver Conflictos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="795" />
      <source>Bundles {nums} from this device were never imported here.</source>
      <translation>Los paquetes {nums} de este dispositivo nunca se importaron aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="790" />
      <source>Imported here, but not published to the HQ database: {reason} It goes there with the next import (or: fieldkit hq publish).</source>
      <translation>Importado aquí, pero no publicado en la base de datos de la sede: {reason} Irá allí con la próxima importación (o: fieldkit hq publish).</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Rechazado</translation>
    </message>
    <message>
      <source>This bundle had already been imported; nothing changed.</source>
      <translation>Este paquete ya se había importado; nada cambió.</translation>
    </message>
  </context>
  <context>
    <name>TravelDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="255" />
      <location filename="../../ui/lock.py" line="339" />
      <source>Travel mode</source>
      <translation>Modo viaje</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="260" />
      <source>Before a checkpoint or a journey, leave on this laptop only what is needed. Incidents HQ confirmed holding (its receipt) leave this laptop, unless they changed lately, an assessment cites them or a conflict names them. HQ keeps them: nothing is deleted there.</source>
      <translation>Antes de un puesto de control o de un viaje, deje en este portátil solo lo necesario. Los incidentes que la sede confirmó tener (su acuse de recibo) salen de este portátil, salvo que hayan cambiado hace poco, que una evaluación los cite o que un conflicto los nombre. La sede los conserva: allí no se borra nada.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="272" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="273" />
      <source>Keep what changed in the last</source>
      <translation>Conservar lo que cambió en los últimos</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="291" />
      <location filename="../../ui/lock.py" line="298" />
      <source>Counting…</source>
      <translation>Contando…</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="305" />
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can leave. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>La sede todavía no confirmó haber recibido ningún paquete de este portátil: nada puede salir. Envíe primero un paquete a la sede e importe el acuse de recibo que le devuelva.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="310" />
      <source>%n incident(s) would leave this laptop</source>
      <translation>
        <numerusform>%n incidente saldría de este portátil</numerusform>
        <numerusform>%n incidentes saldrían de este portátil</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="312" />
      <source>(%1 attachment(s), %2 MB).</source>
      <translation>(%1 adjunto(s), %2 MB).</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="317" />
      <source>Kept here: %1 that HQ has not confirmed, %2 changed lately, %3 cited by an assessment, %4 in an open conflict.</source>
      <translation>Se quedan aquí: %1 que la sede no confirmó, %2 modificados hace poco, %3 citados por una evaluación, %4 en un conflicto abierto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="340" />
      <source>Remove %n incident(s) from this laptop now? HQ keeps them.</source>
      <translation>
        <numerusform>¿Quitar ahora %n incidente de este portátil? La sede lo conserva.</numerusform>
        <numerusform>¿Quitar ahora %n incidentes de este portátil? La sede los conserva.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="347" />
      <source>Leaving incidents behind…</source>
      <translation>Quitando los incidentes…</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>FieldKit is locked</source>
      <translation>FieldKit está bloqueado</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>Unlock FieldKit</source>
      <translation>Desbloquear FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="31" />
      <source>This workspace is encrypted. Type its passphrase to open it.</source>
      <translation>Este espacio de trabajo está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="37" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="48" />
      <source>%n wrong passphrase(s) since the last unlock.</source>
      <translation>
        <numerusform>%n frase de contraseña incorrecta desde el último desbloqueo.</numerusform>
        <numerusform>%n frases de contraseña incorrectas desde el último desbloqueo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="50" />
      <source>After %n more, the workspace will be destroyed.</source>
      <translation>
        <numerusform>Después de %n más, el espacio de trabajo se destruirá.</numerusform>
        <numerusform>Después de %n más, el espacio de trabajo se destruirá.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Welcome to FieldKit</source>
      <translation>Bienvenido a FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>FieldKit works entirely offline. Nothing leaves this computer unless you export it.
Tell it who you are; your name and device label are written into the records and bundles you make.</source>
      <translation>FieldKit funciona totalmente sin conexión. Nada sale de este computador a menos que usted lo exporte.
Dígale quién es; su nombre y el nombre del dispositivo quedan escritos en los registros y paquetes que cree.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>e.g. crime monitor, JMAC analyst</source>
      <translation>p. ej. monitor de criminalidad, analista del JMAC</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="217" />
      <source>e.g. Gao team laptop 2</source>
      <translation>p. ej. portátil 2 del equipo de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>Your name</source>
      <translation>Su nombre</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="222" />
      <source>Device label</source>
      <translation>Nombre del dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="224" />
      <source>Load demo data (realistic incidents and two assessments) to try FieldKit</source>
      <translation>Cargar datos de demostración (incidentes realistas y dos evaluaciones) para probar FieldKit</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../ui/app.py" line="201" />
      <source>The workspace was destroyed.</source>
      <translation>El espacio de trabajo se destruyó.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>Something unexpected went wrong. Your saved work is safe; the details are in the log file.</source>
      <translation>Ocurrió un error inesperado. Su trabajo guardado está a salvo; los detalles están en el archivo de log.</translation>
    </message>
  </context>
  <context>
    <name>map</name>
    <message>
      <location filename="../../ui/map/widget.py" line="26" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="27" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="28" />
      <source>severity</source>
      <translation>gravedad</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="29" />
      <source>Open in FieldKit</source>
      <translation>Abrir en FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="30" />
      <source>Heatmap</source>
      <translation>Mapa de calor</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The entry has {count} problem(s): {details}</source>
      <translation>La entrada tiene {count} problema(s): {details}</translation>
    </message>
    <message>
      <source>the assessment names no assessor</source>
      <translation>la evaluación no indica ningún evaluador</translation>
    </message>
    <message>
      <source>only {coverage}% of the threat questions have a known answer; at least {min}% are needed</source>
      <translation>solo el {coverage}% de las preguntas de amenaza tiene una respuesta conocida; se necesita al menos el {min}%</translation>
    </message>
    <message>
      <source>{n} required question(s) are unanswered: {questions}</source>
      <translation>{n} pregunta(s) obligatoria(s) sin responder: {questions}</translation>
    </message>
    <message>
      <source>{n} required question(s) are answered 'unknown': {questions}</source>
      <translation>{n} pregunta(s) obligatoria(s) respondida(s) “desconocido”: {questions}</translation>
    </message>
    <message>
      <source>'Other' is picked without saying what in the note: {questions}</source>
      <translation>“Otro” está elegido sin indicar qué en la nota: {questions}</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14.</source>
      <translation>'{value}' no es una fecha; use la forma 2026-03-14.</translation>
    </message>
    <message>
      <source>No assessment with id {id}.</source>
      <translation>No hay ninguna evaluación con el id {id}.</translation>
    </message>
    <message>
      <source>No single assessment has an id starting with {id}.</source>
      <translation>No hay una única evaluación cuyo id empiece por {id}.</translation>
    </message>
    <message>
      <source>The area needs a name.</source>
      <translation>El área necesita un nombre.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>El período empieza después de terminar.</translation>
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation>Indique la latitud y la longitud, o ninguna.</translation>
    </message>
    <message>
      <source>The language must be one of {choices}.</source>
      <translation>El idioma debe ser uno de los siguientes: {choices}.</translation>
    </message>
    <message>
      <source>This assessment is final. Give a reason to change it; the change will be kept as a new version.</source>
      <translation>Esta evaluación es definitiva. Indique un motivo para cambiarla; el cambio se conservará como una nueva versión.</translation>
    </message>
    <message>
      <source>The assessment cannot be finalised: {details}</source>
      <translation>La evaluación no se puede finalizar: {details}</translation>
    </message>
    <message>
      <source>The assessment cannot be upgraded: {details}</source>
      <translation>La evaluación no se puede actualizar: {details}</translation>
    </message>
    <message>
      <source>A final assessment cannot be deleted; it is part of the record.</source>
      <translation>Una evaluación definitiva no se puede eliminar; forma parte del registro.</translation>
    </message>
    <message>
      <source>These assessments use different checklists and cannot be compared.</source>
      <translation>Estas evaluaciones usan listas de verificación diferentes y no se pueden comparar.</translation>
    </message>
    <message>
      <source>The area name is too long ({n} characters, at most {max}).</source>
      <translation>El nombre del área es demasiado largo ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>The earlier assessment uses another checklist.</source>
      <translation>La evaluación anterior usa otra lista de verificación.</translation>
    </message>
    <message>
      <source>The bounding box must be min_lon,min_lat,max_lon,max_lat.</source>
      <translation>El rectángulo delimitador debe ser min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>these answers do not fit version {version} of the checklist; change them first: {questions}</source>
      <translation>estas respuestas no se ajustan a la versión {version} de la lista de verificación; cámbielas primero: {questions}</translation>
    </message>
    <message>
      <source>The other device's answers cannot be kept: {reason}.</source>
      <translation>Las respuestas del otro dispositivo no se pueden conservar: {reason}.</translation>
    </message>
    <message>
      <source>No incident with id {id}.</source>
      <translation>No hay ningún incidente con el id {id}.</translation>
    </message>
    <message>
      <source>is final but has no stored history</source>
      <translation>es definitivo pero no tiene historial guardado</translation>
    </message>
    <message>
      <source>Latitude must be a number between -90 and 90.</source>
      <translation>La latitud debe ser un número entre -90 y 90.</translation>
    </message>
    <message>
      <source>Longitude must be a number between -180 and 180.</source>
      <translation>La longitud debe ser un número entre -180 y 180.</translation>
    </message>
    <message>
      <source>'{qid}' is not a question of checklist {checklist}.</source>
      <translation>'{qid}' no es una pregunta de la lista de verificación {checklist}.</translation>
    </message>
    <message>
      <source>the current answers differ from the last saved version (edited outside FieldKit)</source>
      <translation>las respuestas actuales difieren de la última versión guardada (editadas fuera de FieldKit)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error}).</source>
      <translation>{file}: el archivo no se puede leer ({error}).</translation>
    </message>
    <message>
      <source>{file}: not valid YAML/JSON ({error}).</source>
      <translation>{file}: YAML/JSON no válido ({error}).</translation>
    </message>
    <message>
      <source>{file}: {problems}{more}</source>
      <translation>{file}: {problems}{more}</translation>
    </message>
    <message>
      <source>An answer is required (use 'unknown' if it is not known).</source>
      <translation>Se requiere una respuesta (use “desconocido” si no se sabe).</translation>
    </message>
    <message>
      <source>The answer must be yes, no or unknown.</source>
      <translation>La respuesta debe ser sí, no o desconocido.</translation>
    </message>
    <message>
      <source>'{value}' is not one of the choices ({choices}).</source>
      <translation>'{value}' no es una de las opciones ({choices}).</translation>
    </message>
    <message>
      <source>The answer must be a whole number from 0 to 4, or unknown.</source>
      <translation>La respuesta debe ser un número entero de 0 a 4, o desconocido.</translation>
    </message>
    <message>
      <source>'{value}' cannot be picked together with another choice.</source>
      <translation>'{value}' no se puede elegir junto con otra opción.</translation>
    </message>
    <message>
      <source>The answer must be a number.</source>
      <translation>La respuesta debe ser un número.</translation>
    </message>
    <message>
      <source>The answer must be at least {min}.</source>
      <translation>La respuesta debe ser al menos {min}.</translation>
    </message>
    <message>
      <source>The answer must be at most {max}.</source>
      <translation>La respuesta debe ser como máximo {max}.</translation>
    </message>
    <message>
      <source>The answer must be a whole number (a count).</source>
      <translation>La respuesta debe ser un número entero (un conteo).</translation>
    </message>
    <message>
      <source>'unknown' is not allowed for this question.</source>
      <translation>“desconocido” no está permitido para esta pregunta.</translation>
    </message>
    <message>
      <source>The answer must be a date such as 2026-03-14.</source>
      <translation>La respuesta debe ser una fecha como 2026-03-14.</translation>
    </message>
    <message>
      <source>'{value}' is not one of: {choices}.</source>
      <translation>“{value}” no es ninguno de estos valores: {choices}.</translation>
    </message>
    <message>
      <source>The text is too long ({n} characters, at most {max}).</source>
      <translation>El texto es demasiado largo ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>Give a number from 0 to 4.</source>
      <translation>Indique un número de 0 a 4.</translation>
    </message>
    <message>
      <source>'{value}' is not a number from 0 to 4.</source>
      <translation>“{value}” no es un número de 0 a 4.</translation>
    </message>
    <message>
      <source>A judgement needs its text.</source>
      <translation>Un juicio debe tener texto.</translation>
    </message>
    <message>
      <source>A judgement's number goes from 1 to {max}.</source>
      <translation>El número de un juicio va de 1 a {max}.</translation>
    </message>
    <message>
      <source>No judgement number {n}.</source>
      <translation>No existe el juicio número {n}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known criminal market.</source>
      <translation>“{code}” no es un mercado criminal conocido.</translation>
    </message>
    <message>
      <source>An actor needs a name.</source>
      <translation>Un actor debe tener un nombre.</translation>
    </message>
    <message>
      <source>At most {max} actor names of at most 200 characters.</source>
      <translation>Como máximo {max} nombres de actores, de hasta 200 caracteres cada uno.</translation>
    </message>
    <message>
      <source>This assessment has no record of market {code}.</source>
      <translation>Esta evaluación no tiene registro del mercado {code}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known actor type.</source>
      <translation>'{code}' no es un tipo de actor conocido.</translation>
    </message>
    <message>
      <source>'{code}' is not a known role in the chain.</source>
      <translation>“{code}” no es un papel conocido en la cadena.</translation>
    </message>
    <message>
      <source>This assessment has no actor named {name}.</source>
      <translation>Esta evaluación no tiene ningún actor llamado {name}.</translation>
    </message>
    <message>
      <source>The report needs at least one key judgement.</source>
      <translation>El informe debe tener al menos un juicio clave.</translation>
    </message>
    <message>
      <source>Not a field of a market record.</source>
      <translation>No es un campo de un registro de mercado.</translation>
    </message>
    <message>
      <source>Not a field of an actor record.</source>
      <translation>No es un campo de un registro de actor.</translation>
    </message>
    <message>
      <source>No checklist with id {id}.</source>
      <translation>No hay ninguna lista de verificación con el id {id}.</translation>
    </message>
    <message>
      <source>No checklist {id} version {version}.</source>
      <translation>No existe la lista de verificación {id} versión {version}.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: {problem}</source>
      <translation>{file}: hoja {sheet}: {problem}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, row {row}: {problem}</source>
      <translation>{file}: hoja {sheet}, fila {row}: {problem}</translation>
    </message>
    <message>
      <source>{file}: the workbook is too large ({mb} MB; at most {max} MB).</source>
      <translation>{file}: el libro es demasiado grande ({mb} MB; como máximo {max} MB).</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook FieldKit reads (it holds too many parts).</source>
      <translation>{file}: no es un libro .xlsx que FieldKit lea (contiene demasiadas partes).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no 'survey' sheet.</source>
      <translation>{file}: el libro no tiene hoja 'survey'.</translation>
    </message>
    <message>
      <source>{file}: sheet survey: no question FieldKit can ask (select_one, select_multiple, integer, decimal, text or date).</source>
      <translation>{file}: hoja survey: ninguna pregunta que FieldKit sepa hacer (select_one, select_multiple, integer, decimal, text o date).</translation>
    </message>
    <message>
      <source>Checklist {id} version {version} is already installed with other content: raise the version in the form's settings sheet.</source>
      <translation>La lista de verificación {id} versión {version} ya está instalada con otro contenido: aumente la versión en la hoja settings del formulario.</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook ({error}).</source>
      <translation>{file}: no es un libro .xlsx ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook unpacks to far more than its size (a damaged or hostile file): not read.</source>
      <translation>{file}: el libro se descomprime en mucho más que su tamaño (archivo dañado u hostil): no se leyó.</translation>
    </message>
    <message>
      <source>{file}: {problems}</source>
      <translation>{file}: {problems}</translation>
    </message>
    <message>
      <source>The two passphrases typed differ: nothing was changed.</source>
      <translation>Las dos frases de contraseña escritas son diferentes: no se cambió nada.</translation>
    </message>
    <message>
      <source>No passphrase was given.</source>
      <translation>No se dio ninguna frase de contraseña.</translation>
    </message>
    <message>
      <source>--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.</source>
      <translation>--bbox debe ser cuatro números: min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>This workspace reads no HQ database: connect it with 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (or give --database).</source>
      <translation>Este espacio de trabajo no lee ninguna base de datos de la sede: conéctelo con 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (o indique --database).</translation>
    </message>
    <message>
      <source>This workspace has no HQ database: set one with 'fieldkit hq init --database postgresql://...'.</source>
      <translation>Este espacio de trabajo no tiene base de datos de la sede: defina una con 'fieldkit hq init --database postgresql://...'.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or run this in a workspace set up with 'fieldkit hq init').</source>
      <translation>No se indicó ninguna base de datos de la sede: use --database postgresql://rol@servidor/base (o ejecute esto en un espacio de trabajo configurado con 'fieldkit hq init').</translation>
    </message>
    <message>
      <source>This workspace publishes to an HQ database already ('fieldkit hq status'): it reads that one.</source>
      <translation>Este espacio de trabajo ya publica en una base de datos de la sede ('fieldkit hq status'): lee esa.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or --off).</source>
      <translation>No se indicó ninguna base de datos de la sede: use --database postgresql://rol@servidor/base (o --off).</translation>
    </message>
    <message>
      <source>This workspace has its device key; nothing to do (a key is replaced only when its file was lost).</source>
      <translation>Este espacio de trabajo tiene su clave de dispositivo; no hay nada que hacer (una clave solo se reemplaza cuando su archivo se perdió).</translation>
    </message>
    <message>
      <source>A new identity cannot be undone: run it again with --confirm.</source>
      <translation>Una nueva identidad no se puede deshacer: ejecútelo de nuevo con --confirm.</translation>
    </message>
    <message>
      <source>No basemap named {name}; see 'fieldkit basemap list'.</source>
      <translation>No hay ningún mapa base llamado {name}; ver 'fieldkit basemap list'.</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.</source>
      <translation>No hay ningún espacio de trabajo FieldKit en {folder}. Ejecute primero 'fieldkit init', o verifique --data-dir.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted; use 'fieldkit passphrase change'.</source>
      <translation>Este espacio de trabajo ya está cifrado; use 'fieldkit passphrase change'.</translation>
    </message>
    <message>
      <source>No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).</source>
      <translation>No se dio ninguna nueva frase de contraseña (defina FIELDKIT_NEW_PASSPHRASE, o ejecútelo en una terminal).</translation>
    </message>
    <message>
      <source>This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.</source>
      <translation>Este espacio de trabajo no está cifrado; use 'fieldkit passphrase set' para cifrarlo.</translation>
    </message>
    <message>
      <source>No duress passphrase was given (set FIELDKIT_DURESS_PASSPHRASE, or run it at a terminal).</source>
      <translation>No se indicó ninguna frase de contraseña de coacción (defina FIELDKIT_DURESS_PASSPHRASE o ejecute el comando en una terminal).</translation>
    </message>
    <message>
      <source>Travel mode needs --yes when no one is at a terminal to confirm.</source>
      <translation>El modo viaje necesita --yes cuando nadie está en una terminal para confirmar.</translation>
    </message>
    <message>
      <source>Deleting the workspace needs --yes when no one is at a terminal to confirm.</source>
      <translation>Eliminar el espacio de trabajo requiere --yes cuando no hay nadie en una terminal para confirmar.</translation>
    </message>
    <message>
      <source>No open conflict with id {id}.</source>
      <translation>No hay ningún conflicto abierto con el id {id}.</translation>
    </message>
    <message>
      <source>--incidents must be 0 or more.</source>
      <translation>--incidents debe ser 0 o más.</translation>
    </message>
    <message>
      <source>Unknown setting {key}; use one of: {allowed}.</source>
      <translation>Configuración desconocida {key}; use una de: {allowed}.</translation>
    </message>
    <message>
      <source>The device id cannot be changed.</source>
      <translation>El id del dispositivo no se puede cambiar.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted.</source>
      <translation>Este espacio de trabajo ya está cifrado.</translation>
    </message>
    <message>
      <source>There is no plain FieldKit workspace in {folder} to encrypt.</source>
      <translation>No hay ningún espacio de trabajo FieldKit sin cifrar en {folder} para cifrar.</translation>
    </message>
    <message>
      <source>The encrypted copy of the workspace did not check out: nothing was changed.</source>
      <translation>La copia cifrada del espacio de trabajo no superó la verificación: no se cambió nada.</translation>
    </message>
    <message>
      <source>The workspace could not be prepared for encryption ({error}): nothing was changed.</source>
      <translation>No se pudo preparar el espacio de trabajo para el cifrado ({error}): no se cambió nada.</translation>
    </message>
    <message>
      <source>The workspace could not be encrypted ({error}): nothing was changed.</source>
      <translation>No se pudo cifrar el espacio de trabajo ({error}): no se cambió nada.</translation>
    </message>
    <message>
      <source>This workspace already holds data; load the demo into an empty workspace (use another --data-dir).</source>
      <translation>Este espacio de trabajo ya contiene datos; cargue la demostración en un espacio de trabajo vacío (use otro --data-dir).</translation>
    </message>
    <message>
      <source>The diagnostics file could not be written to {file}: {error}</source>
      <translation>No se pudo escribir el archivo de diagnóstico en {file}: {error}</translation>
    </message>
    <message>
      <source>The step was interrupted: FieldKit is closing.</source>
      <translation>La operación se interrumpió: FieldKit se está cerrando.</translation>
    </message>
    <message>
      <source>The export could not be written to {file}: {error}</source>
      <translation>No se pudo escribir la exportación en {file}: {error}</translation>
    </message>
    <message>
      <source>The file {name} is too large to be a bundle: nothing was sent.</source>
      <translation>El archivo {name} es demasiado grande para ser un paquete: no se envió nada.</translation>
    </message>
    <message>
      <source>No bundle {id} (or more than one) is in the HQ database's inbox.</source>
      <translation>Ningún paquete {id} (o más de uno) en la bandeja de entrada de la base de datos de la sede.</translation>
    </message>
    <message>
      <source>The file {name} could not be read: {error}</source>
      <translation>No se pudo leer el archivo {name}: {error}</translation>
    </message>
    <message>
      <source>No refused bundle {id} that can be tried again is in the HQ database.</source>
      <translation>No hay en la base de datos de la sede ningún paquete rechazado {id} que pueda intentarse de nuevo.</translation>
    </message>
    <message>
      <source>A bundle's blocks are not numbered in order in the HQ database.</source>
      <translation>Los bloques de un paquete no están numerados en orden en la base de datos de la sede.</translation>
    </message>
    <message>
      <source>A bundle in the HQ database is longer than its size says.</source>
      <translation>Un paquete de la base de datos de la sede es más largo de lo que indica su tamaño.</translation>
    </message>
    <message>
      <source>Each field takes 'local' or 'remote'.</source>
      <translation>Cada campo acepta 'local' o 'remote' (otro dispositivo).</translation>
    </message>
    <message>
      <source>The bundle could not be read ({kind}): it is damaged or was made to harm. Nothing was changed.</source>
      <translation>No se pudo leer el paquete ({kind}): está dañado o fue hecho para causar daño. No se cambió nada.</translation>
    </message>
    <message>
      <source>The file {name} changed while it was being sent: nothing was sent. Try again.</source>
      <translation>El archivo {name} cambió mientras se enviaba: no se envió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>The bundle in the HQ database is incomplete or was altered there: it was not imported.</source>
      <translation>El paquete en la base de datos de la sede está incompleto o fue alterado allí: no se importó.</translation>
    </message>
    <message>
      <source>The bundle could not be written in the HQ workspace's folder ({error}): it was not imported. Free some space, then put it back in the queue ('fieldkit hq inbox --retry').</source>
      <translation>No se pudo escribir el paquete en la carpeta del espacio de trabajo de la sede ({error}): no se importó. Libere espacio y vuelva a ponerlo en la cola ('fieldkit hq inbox --retry').</translation>
    </message>
    <message>
      <source>The PostgreSQL schema steps are not numbered 1, 2, 3... ({numbers}).</source>
      <translation>Los pasos del esquema PostgreSQL no están numerados 1, 2, 3... ({numbers}).</translation>
    </message>
    <message>
      <source>The PostgreSQL address holds a password: FieldKit records the address in the workspace, so the password must stay out of it. Put it in a .pgpass file (or PGPASSFILE), or in PGPASSWORD.</source>
      <translation>La dirección PostgreSQL contiene una contraseña: FieldKit guarda la dirección en el espacio de trabajo, así que la contraseña debe quedar fuera. Póngala en un archivo .pgpass (o PGPASSFILE), o en PGPASSWORD.</translation>
    </message>
    <message>
      <source>The HQ database server could not be reached ({error}): nothing was changed. Check that the server is running and that this computer may connect to it.</source>
      <translation>No se pudo contactar el servidor de la base de datos de la sede ({error}): no se cambió nada. Verifique que el servidor esté funcionando y que este computador pueda conectarse a él.</translation>
    </message>
    <message>
      <source>The HQ database refused this work: the role has no permission for it ({error}). Nothing was changed; ask the database administrator for the FieldKit role this work needs.</source>
      <translation>La base de datos de la sede rechazó este trabajo: el rol no tiene permiso para ello ({error}). No se cambió nada; pida al administrador de la base de datos el rol de FieldKit que este trabajo necesita.</translation>
    </message>
    <message>
      <source>The HQ database server has no space left: nothing was changed. Ask its administrator to free some space, then try again.</source>
      <translation>El servidor de la base de datos de la sede no tiene espacio libre: no se cambió nada. Pida a su administrador que libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The workspace is busy with other work (another FieldKit window or command is writing to it): nothing was changed. Try again when that work is done.</source>
      <translation>El espacio de trabajo está ocupado con otra tarea (otra ventana o comando de FieldKit está escribiendo en él): no se cambió nada. Intente de nuevo cuando esa tarea termine.</translation>
    </message>
    <message>
      <source>The HQ database server lacks what FieldKit needs ({error}): install PostGIS on it (docs/hq-postgresql.md). Nothing was changed.</source>
      <translation>Al servidor de la base de datos de la sede le falta lo que FieldKit necesita ({error}): instale PostGIS en él (docs/hq-postgresql.md). No se cambió nada.</translation>
    </message>
    <message>
      <source>The HQ store on PostgreSQL needs the psycopg package: install FieldKit with its 'hq' extra (pip install 'fieldkit[hq]').</source>
      <translation>La base de la sede en PostgreSQL necesita el paquete psycopg: instale FieldKit con su extra 'hq' (pip install 'fieldkit[hq]').</translation>
    </message>
    <message>
      <source>The PostgreSQL address could not be read: {error}</source>
      <translation>No se pudo leer la dirección PostgreSQL: {error}</translation>
    </message>
    <message>
      <source>The HQ database reported an error: {error}</source>
      <translation>La base de datos de la sede informó un error: {error}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of FieldKit (database schema {found}, this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.</source>
      <translation>Este espacio de trabajo fue escrito por una versión más reciente de FieldKit (esquema de base de datos {found}, esta versión conoce hasta {latest}). Actualice FieldKit para abrirlo; el archivo no se tocó.</translation>
    </message>
    <message>
      <source>The search "{text}" has an unclosed quotation mark.</source>
      <translation>La búsqueda "{text}" tiene comillas sin cerrar.</translation>
    </message>
    <message>
      <source>The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.</source>
      <translation>La búsqueda "{text}" empieza o termina con AND, OR o NOT; ponga palabras a ambos lados.</translation>
    </message>
    <message>
      <source>history exists for an incident that is gone</source>
      <translation>existe historial de un incidente que ya no existe</translation>
    </message>
    <message>
      <source>is not in the HQ database yet</source>
      <translation>todavía no está en la base de datos de la sede</translation>
    </message>
    <message>
      <source>is in the HQ database but not in the workspace</source>
      <translation>está en la base de datos de la sede pero no en el espacio de trabajo</translation>
    </message>
    <message>
      <source>differs between the HQ database and the workspace (publish again)</source>
      <translation>difiere entre la base de datos de la sede y el espacio de trabajo (publique de nuevo)</translation>
    </message>
    <message>
      <source>The attachment name {sha} is not a SHA-256.</source>
      <translation>El nombre del adjunto {sha} no es un SHA-256.</translation>
    </message>
    <message>
      <source>the file was altered or cut short in the HQ database</source>
      <translation>el archivo fue alterado o truncado en la base de datos de la sede</translation>
    </message>
    <message>
      <source>The search '{query}' has no word to look for.</source>
      <translation>La búsqueda '{query}' no tiene ninguna palabra que buscar.</translation>
    </message>
    <message>
      <source>The attachment {sha} is not in the HQ database.</source>
      <translation>El adjunto {sha} no está en la base de datos de la sede.</translation>
    </message>
    <message>
      <source>has no stored history</source>
      <translation>no tiene historial guardado</translation>
    </message>
    <message>
      <source>the current record differs from its last saved version (edited outside FieldKit)</source>
      <translation>el registro actual difiere de su última versión guardada (editado fuera de FieldKit)</translation>
    </message>
    <message>
      <source>the file is not in the HQ database (publish from the workspace)</source>
      <translation>el archivo no está en la base de datos de la sede (publique desde el espacio de trabajo)</translation>
    </message>
    <message>
      <source>This HQ database is fed by another FieldKit workspace (device {other}): nothing was published. Use a database of its own for this workspace.</source>
      <translation>Esta base de datos de la sede la alimenta otro espacio de trabajo de FieldKit (dispositivo {other}): no se publicó nada. Use una base de datos propia para este espacio de trabajo.</translation>
    </message>
    <message>
      <source>The attachment {sha} is incomplete in the HQ database.</source>
      <translation>El adjunto {sha} está incompleto en la base de datos de la sede.</translation>
    </message>
    <message>
      <source>The attachment {sha} in the HQ database does not match its SHA-256 (altered on the server): nothing was written.</source>
      <translation>El adjunto {sha} en la base de datos de la sede no coincide con su SHA-256 (alterado en el servidor): no se escribió nada.</translation>
    </message>
    <message>
      <source>The attachment {sha} is missing from the workspace.</source>
      <translation>Falta el adjunto {sha} en el espacio de trabajo.</translation>
    </message>
    <message>
      <source>The attachment {sha} has been altered: its content no longer matches its SHA-256.</source>
      <translation>El adjunto {sha} se alteró: su contenido ya no corresponde a su SHA-256.</translation>
    </message>
    <message>
      <source>The workspace is locked: unlock it with its passphrase first.</source>
      <translation>El espacio de trabajo está bloqueado: desbloquéelo primero con su frase de contraseña.</translation>
    </message>
    <message>
      <source>The file {name} does not match its SHA-256.</source>
      <translation>El archivo {name} no corresponde a su SHA-256.</translation>
    </message>
    <message>
      <source>The file {path} could not be copied into the workspace: {error}</source>
      <translation>No se pudo copiar el archivo {path} al espacio de trabajo: {error}</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>Se requiere un título.</translation>
    </message>
    <message>
      <source>The status must be 'draft' or 'final'.</source>
      <translation>El estado debe ser 'draft' (borrador) o 'final' (definitivo).</translation>
    </message>
    <message>
      <source>A description is required before the incident is final.</source>
      <translation>Se requiere una descripción antes de que el incidente sea definitivo.</translation>
    </message>
    <message>
      <source>The date and time of the incident are required.</source>
      <translation>La fecha y la hora del incidente son obligatorias.</translation>
    </message>
    <message>
      <source>The time precision must be exact, day, month or approximate.</source>
      <translation>La precisión de la hora debe ser exacta, día, mes o aproximada.</translation>
    </message>
    <message>
      <source>The place name is too long ({n} characters, at most {max}).</source>
      <translation>El nombre del lugar es demasiado largo ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>The location precision must be exact, near, district, region or country.</source>
      <translation>La precisión de la ubicación debe ser exacta, cercana, distrito, región o país.</translation>
    </message>
    <message>
      <source>A category is required.</source>
      <translation>Se requiere una categoría.</translation>
    </message>
    <message>
      <source>Too many actors ({n}, at most {max}).</source>
      <translation>Demasiados actores ({n}, como máximo {max}).</translation>
    </message>
    <message>
      <source>'{code}' is not a known source type.</source>
      <translation>'{code}' no es un tipo de fuente conocido.</translation>
    </message>
    <message>
      <source>Source reliability must be a letter from A to F.</source>
      <translation>La confiabilidad de la fuente debe ser una letra de A a F.</translation>
    </message>
    <message>
      <source>Information credibility must be a digit from 1 to 6.</source>
      <translation>La credibilidad de la información debe ser un dígito de 1 a 6.</translation>
    </message>
    <message>
      <source>Too many tags ({n}, at most {max}).</source>
      <translation>Demasiadas etiquetas ({n}, como máximo {max}).</translation>
    </message>
    <message>
      <source>Too many markets ({n}, at most {max}).</source>
      <translation>Demasiados mercados ({n}, como máximo {max}).</translation>
    </message>
    <message>
      <source>The title is too long ({n} characters, at most {max}).</source>
      <translation>El título es demasiado largo ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>The description is too long ({n} characters, at most {max}).</source>
      <translation>La descripción es demasiado larga ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>Latitude and longitude are required before the incident is final (a draft may be saved without them).</source>
      <translation>La latitud y la longitud son obligatorias antes de que el incidente sea definitivo (un borrador puede guardarse sin ellas).</translation>
    </message>
    <message>
      <source>'{code}' is not a known category code.</source>
      <translation>'{code}' no es un código de categoría conocido.</translation>
    </message>
    <message>
      <source>A severity from 1 to 5 is required.</source>
      <translation>Se requiere una gravedad de 1 a 5.</translation>
    </message>
    <message>
      <source>The severity must be a whole number from 1 (minimal) to 5 (critical).</source>
      <translation>La gravedad debe ser un número entero de 1 (mínima) a 5 (crítica).</translation>
    </message>
    <message>
      <source>The actors must be a list of names (each with an optional type).</source>
      <translation>Los actores deben ser una lista de nombres (cada uno con un tipo opcional).</translation>
    </message>
    <message>
      <source>Each actor must be a name, with an optional type code.</source>
      <translation>Cada actor debe ser un nombre, con un código de tipo opcional.</translation>
    </message>
    <message>
      <source>An actor's name is too long ({n} characters, at most {max}).</source>
      <translation>El nombre de un actor es demasiado largo ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>The tags must be a list of words.</source>
      <translation>Las etiquetas deben ser una lista de palabras.</translation>
    </message>
    <message>
      <source>Each tag must be a word or a short text.</source>
      <translation>Cada etiqueta debe ser una palabra o un texto corto.</translation>
    </message>
    <message>
      <source>A tag is too long ({n} characters, at most {max}).</source>
      <translation>Una etiqueta es demasiado larga ({n} caracteres, como máximo {max}).</translation>
    </message>
    <message>
      <source>The markets must be a list of criminal market codes.</source>
      <translation>Los mercados deben ser una lista de códigos de mercados criminales.</translation>
    </message>
    <message>
      <source>The date of the incident is in the future.</source>
      <translation>La fecha del incidente está en el futuro.</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.</source>
      <translation>'{value}' no es una fecha; use la forma 2026-03-14 o 2026-03-14T22:30.</translation>
    </message>
    <message>
      <source>The report date is in the future.</source>
      <translation>La fecha del reporte está en el futuro.</translation>
    </message>
    <message>
      <source>'{value}' is not a date.</source>
      <translation>'{value}' no es una fecha.</translation>
    </message>
    <message>
      <source>'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.</source>
      <translation>'{value}' no es una calificación de fuente; use una letra A-F y un dígito 1-6, p. ej. B2.</translation>
    </message>
    <message>
      <source>The number of people killed must be a whole number from 0 to {max}, or left empty if not known.</source>
      <translation>El número de personas muertas debe ser un número entero de 0 a {max}, o dejarse vacío si no se conoce.</translation>
    </message>
    <message>
      <source>Longitude is required.</source>
      <translation>La longitud es obligatoria.</translation>
    </message>
    <message>
      <source>Latitude is required.</source>
      <translation>La latitud es obligatoria.</translation>
    </message>
    <message>
      <source>Give the longitude too, or neither (a draft may be saved without a location).</source>
      <translation>Indique también la longitud, o ninguna de las dos (un borrador puede guardarse sin ubicación).</translation>
    </message>
    <message>
      <source>Give the latitude too, or neither (a draft may be saved without a location).</source>
      <translation>Indique también la latitud, o ninguna de las dos (un borrador puede guardarse sin ubicación).</translation>
    </message>
    <message>
      <source>'{value}' is two numbers: put the latitude and the longitude each in its own box.</source>
      <translation>'{value}' son dos números: ponga la latitud y la longitud cada una en su propia casilla.</translation>
    </message>
    <message>
      <source>The search "{text}" only leaves words out (-word); put a word to look for too.</source>
      <translation>La búsqueda "{text}" solo excluye palabras (-palabra); añada también una palabra que buscar.</translation>
    </message>
    <message>
      <source>No single incident has an id starting with {id}.</source>
      <translation>No hay un único incidente cuyo id empiece por {id}.</translation>
    </message>
    <message>
      <source>This incident is in the trash; restore it before editing.</source>
      <translation>Este incidente está en la papelera; restáurelo antes de editarlo.</translation>
    </message>
    <message>
      <source>Only an incident in the trash can be purged; move it to the trash first.</source>
      <translation>Solo un incidente en la papelera puede purgarse; muévalo primero a la papelera.</translation>
    </message>
    <message>
      <source>The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.</source>
      <translation>No se pudo entender la búsqueda ({error}). Revise las comillas y AND/OR/NOT.</translation>
    </message>
    <message>
      <source>The id must be a UUID.</source>
      <translation>El id debe ser un UUID.</translation>
    </message>
    <message>
      <source>This field cannot be changed.</source>
      <translation>Este campo no se puede cambiar.</translation>
    </message>
    <message>
      <source>That attachment is not part of this incident.</source>
      <translation>Ese adjunto no forma parte de este incidente.</translation>
    </message>
    <message>
      <source>A reason is required to change a final incident.</source>
      <translation>Se requiere un motivo para cambiar un incidente definitivo.</translation>
    </message>
    <message>
      <source>The file of attachment {name} (of the other device's version) is missing from this workspace: the conflict was left open. Ask the other device for a new bundle (it brings the file again), then resolve the conflict.</source>
      <translation>Falta en este espacio de trabajo el archivo del adjunto {name} (de la versión del otro dispositivo): el conflicto quedó abierto. Pida al otro dispositivo un nuevo paquete (trae el archivo de nuevo) y luego resuelva el conflicto.</translation>
    </message>
    <message>
      <source>An incident with this id already exists.</source>
      <translation>Ya existe un incidente con este id.</translation>
    </message>
    <message>
      <source>The file {path} does not exist or cannot be read.</source>
      <translation>El archivo {path} no existe o no se puede leer.</translation>
    </message>
    <message>
      <source>'{text}' is not a box: west must be less than east (-180 to 180), south less than north (-90 to 90).</source>
      <translation>“{text}” no es un rectángulo delimitador: el oeste debe ser menor que el este (-180 a 180) y el sur menor que el norte (-90 a 90).</translation>
    </message>
    <message>
      <source>'{text}' is not a range of zoom levels; write it e.g. 5-12 (0 to 22).</source>
      <translation>“{text}” no es un rango de niveles de zoom; escríbalo p. ej. 5-12 (0 a 22).</translation>
    </message>
    <message>
      <source>{file} already exists; choose another name for the new pack.</source>
      <translation>{file} ya existe; elija otro nombre para el nuevo paquete.</translation>
    </message>
    <message>
      <source>The new pack cannot replace its source {file}.</source>
      <translation>El nuevo paquete no puede reemplazar su archivo de origen {file}.</translation>
    </message>
    <message>
      <source>{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).</source>
      <translation>{file} contiene teselas {fmt}; FieldKit muestra teselas ráster (png, jpg, webp).</translation>
    </message>
    <message>
      <source>'{text}' is not a box; write it W,S,E,N in degrees, e.g. -17,10,-13,13.</source>
      <translation>“{text}” no es un rectángulo delimitador; escríbalo O,S,E,N en grados, p. ej. -17,10,-13,13.</translation>
    </message>
    <message>
      <source>The pack could not be written ({error}); nothing was kept.</source>
      <translation>No se pudo escribir el paquete ({error}); no se conservó nada.</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file ({error}).</source>
      <translation>{file} no es un archivo MBTiles legible ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file (its zoom levels are not numbers).</source>
      <translation>{file} no es un archivo MBTiles legible (sus niveles de zoom no son números).</translation>
    </message>
    <message>
      <source>The Arabic font is not installed with this copy of FieldKit (fontpkg-amiri).</source>
      <translation>La fuente árabe no está instalada con esta copia de FieldKit (fontpkg-amiri).</translation>
    </message>
    <message>
      <source>In {place}</source>
      <translation>En {place}</translation>
    </message>
    <message>
      <source>{km} km N of {place}</source>
      <translation>{km} km al N de {place}</translation>
    </message>
    <message>
      <source>{km} km NE of {place}</source>
      <translation>{km} km al NE de {place}</translation>
    </message>
    <message>
      <source>{km} km E of {place}</source>
      <translation>{km} km al E de {place}</translation>
    </message>
    <message>
      <source>{km} km SE of {place}</source>
      <translation>{km} km al SE de {place}</translation>
    </message>
    <message>
      <source>{km} km S of {place}</source>
      <translation>{km} km al S de {place}</translation>
    </message>
    <message>
      <source>{km} km SW of {place}</source>
      <translation>{km} km al SO de {place}</translation>
    </message>
    <message>
      <source>{km} km W of {place}</source>
      <translation>{km} km al O de {place}</translation>
    </message>
    <message>
      <source>{km} km NW of {place}</source>
      <translation>{km} km al NO de {place}</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).</source>
      <translation>La latitud debe estar entre -90 y 90 y la longitud entre -180 y 180 ({lat}, {lon} indicados).</translation>
    </message>
    <message>
      <source>The gazetteer of places is not installed with this copy of FieldKit.</source>
      <translation>El nomenclátor de lugares no está instalado con esta copia de FieldKit.</translation>
    </message>
    <message>
      <source>A position is two numbers: latitude and longitude.</source>
      <translation>Una posición son dos números: latitud y longitud.</translation>
    </message>
    <message>
      <source>The gazetteer of places could not be read ({error}).</source>
      <translation>No se pudo leer el nomenclátor de lugares ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit report (no content hash found).</source>
      <translation>{file} no es un informe FieldKit (no se encontró ningún hash de contenido).</translation>
    </message>
    <message>
      <source>The report could not be written to {path}: {error}</source>
      <translation>No se pudo escribir el informe en {path}: {error}</translation>
    </message>
    <message>
      <source>{file} is not a readable PDF.</source>
      <translation>{file} no es un PDF legible.</translation>
    </message>
    <message>
      <source>version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)</source>
      <translation>la versión {n} no tiene firma (se cambió fuera de FieldKit, o se perdió la clave de su dispositivo)</translation>
    </message>
    <message>
      <source>version {n} does not match its signature (edited outside FieldKit)</source>
      <translation>la versión {n} no corresponde a su firma (editada fuera de FieldKit)</translation>
    </message>
    <message>
      <source>version {n} is signed by a key this workspace does not know</source>
      <translation>la versión {n} está firmada por una clave que este espacio de trabajo no conoce</translation>
    </message>
    <message>
      <source>version {n} is missing or unlinked</source>
      <translation>la versión {n} falta o no está enlazada</translation>
    </message>
    <message>
      <source>version {n} is missing</source>
      <translation>falta la versión {n}</translation>
    </message>
    <message>
      <source>version {n} is not linked to version {prev}</source>
      <translation>la versión {n} no está enlazada a la versión {prev}</translation>
    </message>
    <message>
      <source>version {n} was altered after it was saved</source>
      <translation>la versión {n} se alteró después de guardarse</translation>
    </message>
    <message>
      <source>The database migrations are not numbered 1, 2, 3... without gaps: {numbers}</source>
      <translation>Las migraciones de la base de datos no están numeradas 1, 2, 3... sin huecos: {numbers}</translation>
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space (or move the workspace to a larger drive), then try again.</source>
      <translation>El disco está lleno: no se cambió nada. Libere algo de espacio (o mueva el espacio de trabajo a una unidad más grande) e intente de nuevo.</translation>
    </message>
    <message>
      <source>The disk could not be written or read ({error}): nothing was changed. Check the drive (removed, failing or read-only), then try again.</source>
      <translation>No se pudo escribir o leer el disco ({error}): no se cambió nada. Revise la unidad (retirada, con fallas o de solo lectura) e intente de nuevo.</translation>
    </message>
    <message>
      <source>The file {path} is not a FieldKit database ({error}).</source>
      <translation>El archivo {path} no es una base de datos FieldKit ({error}).</translation>
    </message>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>No se pudo abrir la base de datos {path}: {error}</translation>
    </message>
    <message>
      <source>Could not open the database {path}: {error}</source>
      <translation>No se pudo abrir la base de datos {path}: {error}</translation>
    </message>
    <message>
      <source>Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.</source>
      <translation>La actualización de la base de datos falló en el paso {number} ({name}): {error}. Ese paso no cambió nada.</translation>
    </message>
    <message>
      <source>HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ.</source>
      <translation>La política de la sede mantiene en este dispositivo los incidentes marcados como sensibles: exporte el paquete sin ellos, o consulte a la sede.</translation>
    </message>
    <message>
      <source>This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, or choose a plain bundle explicitly.</source>
      <translation>Este paquete sería legible por cualquier persona que encontrara la memoria: no hay aquí ninguna clave de la sede de confianza, y no se indicó destinatario ni frase de contraseña. Indique una frase de contraseña de paquete (al menos {n} caracteres), confíe en la clave de la sede, o elija explícitamente un paquete sin cifrar.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than allowed.</source>
      <translation>El miembro {name} del paquete es más grande de lo permitido.</translation>
    </message>
    <message>
      <source>The bundle member {name} inflates far beyond its size: it is damaged or hostile.</source>
      <translation>El miembro {name} del paquete se expande mucho más allá de su tamaño: está dañado o es hostil.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than it claims.</source>
      <translation>El miembro {name} del paquete es más grande de lo que declara.</translation>
    </message>
    <message>
      <source>The bundle's list of recipients is damaged: the bundle is damaged or was tampered with.</source>
      <translation>La lista de destinatarios del paquete está dañada: el paquete está dañado o fue manipulado.</translation>
    </message>
    <message>
      <source>This bundle is encrypted for another device; this device's key cannot open it.</source>
      <translation>Este paquete está cifrado para otro dispositivo; la clave de este dispositivo no puede abrirlo.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.</source>
      <translation>Este paquete fue creado por un FieldKit más reciente (formato cifrado {v}); actualice FieldKit para importarlo.</translation>
    </message>
    <message>
      <source>The encrypted bundle is damaged: its envelope cannot be read.</source>
      <translation>El paquete cifrado está dañado: su sobre no se puede leer.</translation>
    </message>
    <message>
      <source>The bundle holds the same file twice; it is refused.</source>
      <translation>El paquete contiene el mismo archivo dos veces; se rechaza.</translation>
    </message>
    <message>
      <source>The bundle has no manifest or no signature; it is not a FieldKit bundle.</source>
      <translation>El paquete no tiene manifiesto o firma; no es un paquete FieldKit.</translation>
    </message>
    <message>
      <source>This is not a FieldKit bundle.</source>
      <translation>Esto no es un paquete FieldKit.</translation>
    </message>
    <message>
      <source>This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.</source>
      <translation>Este paquete usa la versión de formato {v}; este FieldKit lee la versión {mine}. Actualice FieldKit para importarlo.</translation>
    </message>
    <message>
      <source>This bundle was made by this device; there is nothing to import.</source>
      <translation>Este paquete fue creado por este dispositivo; no hay nada que importar.</translation>
    </message>
    <message>
      <source>This bundle was made for another device; it is not imported here.</source>
      <translation>Este paquete fue creado para otro dispositivo; no se importa aquí.</translation>
    </message>
    <message>
      <source>The bundle claims to come from device {device_id}, but it is signed with the key of another device ({label}). A trusted key may only speak for its own device; the bundle is refused.</source>
      <translation>El paquete dice venir del dispositivo {device_id}, pero está firmado con la clave de otro dispositivo ({label}). Una clave de confianza solo puede hablar por su propio dispositivo; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept the new key only if its owner confirms the device has a new key.</source>
      <translation>El paquete dice venir de {label} (dispositivo {device_id}), en el que este espacio de trabajo confía con otra clave (huella digital {known_fp}); está firmado con la clave {fp}. Alguien puede estar haciéndose pasar por ese dispositivo. Acepte la nueva clave solo si su dueño confirma que el dispositivo tiene una nueva clave.</translation>
    </message>
    <message>
      <source>The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself “{label}”). Check the key fingerprint with its owner, then accept it.</source>
      <translation>El paquete está firmado por un dispositivo en el que este espacio de trabajo todavía no confía (clave {fp}, que se presenta como “{label}”). Verifique la huella digital de la clave con su dueño y luego acéptela.</translation>
    </message>
    <message>
      <source>The bundle's files do not match its manifest: files are missing or were added. It is refused.</source>
      <translation>Los archivos del paquete no corresponden a su manifiesto: faltan archivos o se agregaron otros. Se rechaza.</translation>
    </message>
    <message>
      <source>The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.</source>
      <translation>El archivo {name} del paquete no corresponde a su hash registrado: está dañado o fue manipulado.</translation>
    </message>
    <message>
      <source>The bundle holds the same {kind} twice; the bundle is refused.</source>
      <translation>El paquete contiene el mismo {kind} dos veces; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The bundle manifest holds values out of range; it is refused.</source>
      <translation>El manifiesto del paquete contiene valores fuera de rango; se rechaza.</translation>
    </message>
    <message>
      <source>A {kind} in the bundle has no history; the bundle is refused.</source>
      <translation>Un {kind} en el paquete no tiene historial; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. Open it again to check it.</source>
      <translation>El archivo de paquete {file} cambió desde que se verificó (¿se cambió la memoria?); no se importó nada. Ábralo de nuevo para verificarlo.</translation>
    </message>
    <message>
      <source>A deletion is resolved by keeping the incident ('local') or removing it for good ('remote').</source>
      <translation>Una eliminación se resuelve conservando el incidente ('local') o quitándolo definitivamente ('remote').</translation>
    </message>
    <message>
      <source>Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side.</source>
      <translation>Solo los conflictos de incidentes se resuelven campo por campo; los conflictos de evaluaciones se resuelven eligiendo un lado.</translation>
    </message>
    <message>
      <source>The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. Trust that device's key file again.</source>
      <translation>La clave de cifrado registrada para {label} no es una clave válida: el paquete no se puede cifrar para ella. Vuelva a confiar en el archivo de clave de ese dispositivo.</translation>
    </message>
    <message>
      <source>The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.</source>
      <translation>El {what} está dañado o truncado (no es un archivo zip completo). Pida que se exporte de nuevo.</translation>
    </message>
    <message>
      <source>The bundle is damaged: {name} cannot be read ({error}).</source>
      <translation>El paquete está dañado: {name} no se puede leer ({error}).</translation>
    </message>
    <message>
      <source>The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.</source>
      <translation>El paquete cifrado pide una verificación de frase de contraseña mucho más costosa que las que crea FieldKit; se rechaza.</translation>
    </message>
    <message>
      <source>This bundle is encrypted with a passphrase. Give the passphrase to import it.</source>
      <translation>Este paquete está cifrado con una frase de contraseña. Indique la frase de contraseña para importarlo.</translation>
    </message>
    <message>
      <source>This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at this size it is refused. Ask the sender to export it again with this version.</source>
      <translation>Este paquete fue cifrado por un FieldKit más antiguo en una forma que solo se verifica después de leerla completa; con este tamaño se rechaza. Pida al remitente que lo exporte de nuevo con esta versión.</translation>
    </message>
    <message>
      <source>The encrypted bundle was altered or damaged: its contents fail authentication.</source>
      <translation>El paquete cifrado fue alterado o está dañado: su contenido no pasa la autenticación.</translation>
    </message>
    <message>
      <source>The encrypted bundle holds unexpected files; it is refused.</source>
      <translation>El paquete cifrado contiene archivos inesperados; se rechaza.</translation>
    </message>
    <message>
      <source>The bundle holds an unexpected or unsafe file name ({name}); it is refused.</source>
      <translation>El paquete contiene un nombre de archivo inesperado o inseguro ({name}); se rechaza.</translation>
    </message>
    <message>
      <source>The bundle manifest is unreadable.</source>
      <translation>El manifiesto del paquete es ilegible.</translation>
    </message>
    <message>
      <source>The bundle's signature does not match its contents: it was altered after it was signed. It is refused.</source>
      <translation>La firma del paquete no corresponde a su contenido: se alteró después de firmarse. Se rechaza.</translation>
    </message>
    <message>
      <source>The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.</source>
      <translation>El firmante del paquete no tiene una clave de cifrado válida; no es un paquete FieldKit. Se rechaza.</translation>
    </message>
    <message>
      <source>The bundle lacks {name}.</source>
      <translation>Falta {name} en el paquete.</translation>
    </message>
    <message>
      <source>An assessment in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Una evaluación en el paquete tiene una estructura no válida; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>A deletion record in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Un registro de eliminación en el paquete tiene una estructura no válida; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>One {kind} record in the bundle is not readable; the bundle is refused.</source>
      <translation>Un registro {kind} en el paquete no es legible; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} in the bundle is broken; the bundle is refused.</source>
      <translation>El historial de {kind} {id} en el paquete está corrupto; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} was altered (hash mismatch); the bundle is refused.</source>
      <translation>El historial de {kind} {id} se alteró (el hash no coincide); el paquete se rechaza.</translation>
    </message>
    <message>
      <source>An incident in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Un incidente en el paquete tiene una estructura no válida; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Una frase de contraseña de paquete necesita al menos {n} caracteres: unas cuantas palabras son más fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
      <source>The bundle {file} cannot be read: {error}</source>
      <translation>El paquete {file} no se puede leer: {error}</translation>
    </message>
    <message>
      <source>The passphrase is wrong, or the bundle was tampered with.</source>
      <translation>La frase de contraseña es incorrecta, o el paquete fue manipulado.</translation>
    </message>
    <message>
      <source>The bundle is larger than FieldKit accepts.</source>
      <translation>El paquete es más grande de lo que FieldKit acepta.</translation>
    </message>
    <message>
      <source>A {kind} version in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Una versión de {kind} en el paquete tiene una estructura no válida; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. The bundle is refused.</source>
      <translation>La versión {n} de {kind} {id} en el paquete no corresponde a su firma: fue alterada o falsificada. El paquete se rechaza.</translation>
    </message>
    <message>
      <source>An incident version in the bundle is unreadable; the bundle is refused.</source>
      <translation>Una versión de incidente en el paquete es ilegible; el paquete se rechaza.</translation>
    </message>
    <message>
      <source>The bundle lacks an attachment of incident {id}.</source>
      <translation>Falta en el paquete un adjunto del incidente {id}.</translation>
    </message>
    <message>
      <source>Checking the bundle's records failed ({error}); nothing was imported.</source>
      <translation>La verificación de los registros del paquete falló ({error}); no se importó nada.</translation>
    </message>
    <message>
      <source>The bundle's key for this device does not open: the bundle is damaged or was tampered with.</source>
      <translation>La clave del paquete para este dispositivo no abre: el paquete está dañado o fue manipulado.</translation>
    </message>
    <message>
      <source>Choose 'local' or 'remote'.</source>
      <translation>Elija 'local' o 'remote' (otro dispositivo).</translation>
    </message>
    <message>
      <source>The config bundle holds values FieldKit does not accept; nothing was applied.</source>
      <translation>El paquete de configuración contiene valores que FieldKit no acepta; no se aplicó nada.</translation>
    </message>
    <message>
      <source>The config bundle's policy is not one FieldKit knows; nothing was applied.</source>
      <translation>La política del paquete de configuración no es una que FieldKit conozca; no se aplicó nada.</translation>
    </message>
    <message>
      <source>This config bundle would be readable by anyone who finds the stick: no device is trusted here and no passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle.</source>
      <translation>Este paquete de configuración sería legible por cualquier persona que encontrara la memoria: no hay aquí ningún dispositivo de confianza y no se indicó frase de contraseña. Confíe en las claves de los dispositivos en terreno, indique una frase de contraseña, o elija un paquete sin cifrar.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (it holds unexpected files); nothing was applied.</source>
      <translation>Esto no es un paquete de configuración FieldKit (contiene archivos inesperados); no se aplicó nada.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle; nothing was applied.</source>
      <translation>Esto no es un paquete de configuración FieldKit; no se aplicó nada.</translation>
    </message>
    <message>
      <source>This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.</source>
      <translation>Este paquete de configuración fue creado por un FieldKit más reciente (formato {v}); actualice FieldKit para aplicarlo.</translation>
    </message>
    <message>
      <source>This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts ({hq_fp}). It is not applied. Ask HQ.</source>
      <translation>Este paquete de configuración está firmado por la clave {fp} (“{label}”), no por la clave de la sede en la que este dispositivo confía ({hq_fp}). No se aplica. Consulte a la sede.</translation>
    </message>
    <message>
      <source>This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key yet. Compare the fingerprint with HQ (by phone or in person), then accept it.</source>
      <translation>Este paquete de configuración está firmado por “{label}”, clave {fp} ({words}), y este dispositivo todavía no confía en ninguna clave de la sede. Compare la huella digital con la sede (por teléfono o en persona) y luego acéptela.</translation>
    </message>
    <message>
      <source>This config bundle was made by this device; there is nothing to apply.</source>
      <translation>Este paquete de configuración fue creado por este dispositivo; no hay nada que aplicar.</translation>
    </message>
    <message>
      <source>This config bundle is signed by a revoked key; nothing was applied. Ask HQ.</source>
      <translation>Este paquete de configuración está firmado por una clave revocada; no se aplicó nada. Consulte a la sede.</translation>
    </message>
    <message>
      <source>This config bundle (number {seq}) is not newer than the one already applied (number {last}); nothing was applied.</source>
      <translation>Este paquete de configuración (número {seq}) no es más reciente que el ya aplicado (número {last}); no se aplicó nada.</translation>
    </message>
    <message>
      <source>The config bundle is damaged; nothing was applied.</source>
      <translation>El paquete de configuración está dañado; no se aplicó nada.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters.</source>
      <translation>Una frase de contraseña de paquete necesita al menos {n} caracteres.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (a data bundle is imported with 'import bundle').</source>
      <translation>Esto no es un paquete de configuración FieldKit (un paquete de datos se importa con 'import bundle').</translation>
    </message>
    <message>
      <source>The config bundle's signature does not match its contents: it was altered after it was signed.</source>
      <translation>La firma del paquete de configuración no corresponde a su contenido: se alteró después de firmarse.</translation>
    </message>
    <message>
      <source>This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the workspace folder: without it this device can neither sign bundles nor open those made for it. To go on with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm</source>
      <translation>Falta la clave de dispositivo de este espacio de trabajo (keys/device.json en {folder}). Restáurela desde una copia de seguridad de la carpeta del espacio de trabajo: sin ella este dispositivo no puede firmar paquetes ni abrir los que se hicieron para él. Para continuar en cambio con una nueva clave (la sede y los colegas deberán entonces volver a confiar en ella): fieldkit keys new-identity --confirm</translation>
    </message>
    <message>
      <source>No trusted key matches {ref}.</source>
      <translation>Ninguna clave de confianza corresponde a {ref}.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit public key file.</source>
      <translation>{file} no es un archivo de clave pública FieldKit.</translation>
    </message>
    <message>
      <source>The role must be colleague or hq.</source>
      <translation>La función debe ser colleague o hq.</translation>
    </message>
    <message>
      <source>A key is checked by first use, fingerprint or HQ.</source>
      <translation>Una clave se verifica por primer uso, huella digital o por la sede.</translation>
    </message>
    <message>
      <source>That is this device's own key.</source>
      <translation>Esa es la propia clave de este dispositivo.</translation>
    </message>
    <message>
      <source>This key claims to be device {device_id}, which is already trusted under another key (fingerprint {known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a new one, which replaces the old.</source>
      <translation>Esta clave dice ser el dispositivo {device_id}, que ya es de confianza con otra clave (huella digital {known_fp}, {known_label}). Verifíquelo con su dueño; confíe en la nueva clave solo si ese dispositivo realmente tiene una nueva, que reemplaza a la anterior.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged or too large; nothing was applied.</source>
      <translation>Una declaración firmada ({what}) está dañada o es demasiado grande; no se aplicó nada.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged; nothing was applied.</source>
      <translation>Una declaración firmada ({what}) está dañada; no se aplicó nada.</translation>
    </message>
    <message>
      <source>A revocation in the config bundle is not signed by HQ's key; nothing was applied.</source>
      <translation>Una revocación en el paquete de configuración no está firmada por la clave de la sede; no se aplicó nada.</translation>
    </message>
    <message>
      <source>This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on ({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.</source>
      <translation>Este paquete está firmado por la clave de {label} (dispositivo {device_id}), que la sede revocó a partir de {since} ({reason}). Los paquetes que firmó después de eso se rechazan; lo que envió antes se conserva. Consulte a la sede.</translation>
    </message>
    <message>
      <source>No bundle from device {device_id} was imported here: there is nothing to confirm.</source>
      <translation>No se importó aquí ningún paquete del dispositivo {device_id}: no hay nada que confirmar.</translation>
    </message>
    <message>
      <source>This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.</source>
      <translation>Este acuse de recibo fue creado por un FieldKit más reciente (formato {v}); actualice FieldKit para leerlo.</translation>
    </message>
    <message>
      <source>This receipt is not signed by the HQ key this device trusts; it was not applied.</source>
      <translation>Este acuse de recibo no está firmado por la clave de la sede en la que este dispositivo confía; no se aplicó.</translation>
    </message>
    <message>
      <source>This receipt confirms another device's bundles; it was not applied.</source>
      <translation>Este acuse de recibo confirma los paquetes de otro dispositivo; no se aplicó.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit receipt.</source>
      <translation>{file} no es un acuse de recibo FieldKit.</translation>
    </message>
    <message>
      <source>Give the date or the bundle sequence the revocation starts from.</source>
      <translation>Indique la fecha o el número de secuencia de paquete a partir del cual empieza la revocación.</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</source>
      <translation>{value} no es una fecha (AAAA-MM-DD) ni una hora (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
      <source>The receipt could not be written to {file}: {error}</source>
      <translation>No se pudo escribir el acuse de recibo en {file}: {error}</translation>
    </message>
    <message>
      <source>A bundle sequence is a whole number from 1.</source>
      <translation>Un número de secuencia de paquete es un número entero a partir de 1.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 3650.</source>
      <translation>{name} debe estar entre 0 y 3650.</translation>
    </message>
    <message>
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can be left behind. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>La sede todavía no confirmó haber recibido ningún paquete de este portátil: no se puede quitar nada. Envíe primero un paquete a la sede e importe el acuse de recibo que le devuelva.</translation>
    </message>
    <message>
      <source>Use one line of plain text, without line breaks or invisible characters.</source>
      <translation>Use una línea de texto simple, sin saltos de línea ni caracteres invisibles.</translation>
    </message>
    <message>
      <source>At most {max} characters ({n} given).</source>
      <translation>Como máximo {max} caracteres ({n} indicados).</translation>
    </message>
    <message>
      <source>That passphrase does not open this workspace. Nothing was changed.</source>
      <translation>Esa frase de contraseña no abre este espacio de trabajo. No se cambió nada.</translation>
    </message>
    <message>
      <source>A passphrase is needed to protect the workspace.</source>
      <translation>Se necesita una frase de contraseña para proteger el espacio de trabajo.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {n} characters (a few words are easiest to remember).</source>
      <translation>La frase de contraseña es demasiado corta: use al menos {n} caracteres (unas cuantas palabras son lo más fácil de recordar).</translation>
    </message>
    <message>
      <source>This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked).</source>
      <translation>Este espacio de trabajo está cifrado: indique su frase de contraseña (FIELDKIT_PASSPHRASE, o escríbala cuando se le pida).</translation>
    </message>
    <message>
      <source>The new passphrase is the duress passphrase: choose another one. Nothing was changed.</source>
      <translation>La nueva frase de contraseña es la frase de contraseña de coacción: elija otra. No se cambió nada.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is damaged (its header is wrong).</source>
      <translation>Un archivo cifrado del espacio de trabajo está dañado (su encabezado es incorrecto).</translation>
    </message>
    <message>
      <source>{name} must be a language code such as en or fr.</source>
      <translation>{name} debe ser un código de idioma, como en o fr.</translation>
    </message>
    <message>
      <source>Your name, role and device name are too long to keep with the duress passphrase.</source>
      <translation>Su nombre, su función y el nombre del dispositivo son demasiado largos para guardarse con la frase de contraseña de coacción.</translation>
    </message>
    <message>
      <source>The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. Restore the workspace folder from a backup.</source>
      <translation>El archivo de clave del espacio de trabajo ({file}) está dañado o no es un archivo de clave FieldKit: el espacio de trabajo no se puede abrir. Restaure la carpeta del espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The duress passphrase must differ from the workspace passphrase. Nothing was changed.</source>
      <translation>La frase de contraseña de coacción debe ser distinta de la del espacio de trabajo. No se cambió nada.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace was altered or is damaged.</source>
      <translation>Un archivo cifrado del espacio de trabajo fue alterado o está dañado.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is truncated.</source>
      <translation>Un archivo cifrado del espacio de trabajo está truncado.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 100000.</source>
      <translation>{name} debe estar entre 0 y 100000.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace has bytes after its end.</source>
      <translation>Un archivo cifrado del espacio de trabajo tiene bytes después de su final.</translation>
    </message>
    <message>
      <source>The vocabulary file {path} could not be read: {error}</source>
      <translation>No se pudo leer el archivo de vocabulario {path}: {error}</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}: nothing was deleted.</source>
      <translation>No hay ningún espacio de trabajo FieldKit en {folder}: no se eliminó nada.</translation>
    </message>
    <message>
      <source>This workspace is not encrypted: set a passphrase to encrypt it first.</source>
      <translation>Este espacio de trabajo no está cifrado: defina primero una frase de contraseña para cifrarlo.</translation>
    </message>
    <message>
      <source>The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was destroyed.</source>
      <translation>La frase de contraseña fue incorrecta {n} veces seguidas: según la política de este portátil, el espacio de trabajo se destruyó.</translation>
    </message>
    <message>
      <source>The workspace {folder} is closed.</source>
      <translation>El espacio de trabajo {folder} está cerrado.</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records is missing (removed outside FieldKit)</source>
      <translation>falta la lista firmada de los registros de este espacio de trabajo (quitada fuera de FieldKit)</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records was changed outside FieldKit</source>
      <translation>la lista firmada de los registros de este espacio de trabajo se cambió fuera de FieldKit</translation>
    </message>
    <message>
      <source>records were added or removed outside FieldKit: the workspace holds {n} records and deletions, its signed list {m}</source>
      <translation>se agregaron o quitaron registros fuera de FieldKit: el espacio de trabajo contiene {n} registros y eliminaciones, su lista firmada {m}</translation>
    </message>
    <message>
      <source>the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted</source>
      <translation>la clave de confianza {fp} ({label}) se cambió fuera de FieldKit: ya no es de confianza</translation>
    </message>
    <message>
      <source>the signing key recorded for device {device_id} was changed outside FieldKit</source>
      <translation>la clave de firma registrada para el dispositivo {device_id} se cambió fuera de FieldKit</translation>
    </message>
    <message>
      <source>version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on</source>
      <translation>la versión {n} está firmada por la clave del dispositivo {device_id}, que la sede revocó a partir de {since}</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>title</source>
      <translation>título</translation>
    </message>
    <message>
      <source>description</source>
      <translation>descripción</translation>
    </message>
    <message>
      <source>occurred_at</source>
      <translation>fecha del incidente</translation>
    </message>
    <message>
      <source>occurred_precision</source>
      <translation>precisión de la fecha</translation>
    </message>
    <message>
      <source>reported_at</source>
      <translation>fecha del reporte</translation>
    </message>
    <message>
      <source>lat</source>
      <translation>latitud</translation>
    </message>
    <message>
      <source>lon</source>
      <translation>longitud</translation>
    </message>
    <message>
      <source>place</source>
      <translation>lugar</translation>
    </message>
    <message>
      <source>location_precision</source>
      <translation>precisión del lugar</translation>
    </message>
    <message>
      <source>category</source>
      <translation>categoría</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>gravedad</translation>
    </message>
    <message>
      <source>actors</source>
      <translation>actores</translation>
    </message>
    <message>
      <source>source_type</source>
      <translation>tipo de fuente</translation>
    </message>
    <message>
      <source>source_reliability</source>
      <translation>confiabilidad de la fuente</translation>
    </message>
    <message>
      <source>source_credibility</source>
      <translation>credibilidad de la información</translation>
    </message>
    <message>
      <source>source_grade</source>
      <translation>calificación de la fuente</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>etiquetas</translation>
    </message>
    <message>
      <source>status</source>
      <translation>estado</translation>
    </message>
    <message>
      <source>sensitive</source>
      <translation>sensible</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>motivo</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>adjuntos</translation>
    </message>
    <message>
      <source>id</source>
      <translation>identificador</translation>
    </message>
    <message>
      <source>area</source>
      <translation>área</translation>
    </message>
    <message>
      <source>period</source>
      <translation>período</translation>
    </message>
    <message>
      <source>period_start</source>
      <translation>inicio del período</translation>
    </message>
    <message>
      <source>period_end</source>
      <translation>fin del período</translation>
    </message>
    <message>
      <source>point</source>
      <translation>punto</translation>
    </message>
    <message>
      <source>bbox</source>
      <translation>límites del área</translation>
    </message>
    <message>
      <source>language</source>
      <translation>idioma</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>lista de verificación</translation>
    </message>
    <message>
      <source>question</source>
      <translation>pregunta</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>evidencias</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatorio</translation>
    </message>
    <message>
      <source>based_on</source>
      <translation>basada en</translation>
    </message>
    <message>
      <source>choice</source>
      <translation>opción</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation>frase de contraseña</translation>
    </message>
    <message>
      <source>device_label</source>
      <translation>nombre del dispositivo</translation>
    </message>
    <message>
      <source>user_name</source>
      <translation>su nombre</translation>
    </message>
    <message>
      <source>role</source>
      <translation>función</translation>
    </message>
    <message>
      <source>markets</source>
      <translation>mercados criminales</translation>
    </message>
    <message>
      <source>fatalities</source>
      <translation>personas muertas</translation>
    </message>
    <message>
      <source>market</source>
      <translation>mercado</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>escala</translation>
    </message>
    <message>
      <source>harm</source>
      <translation>daño</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>tendencia</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>origen</translation>
    </message>
    <message>
      <source>transit</source>
      <translation>tránsito</translation>
    </message>
    <message>
      <source>destination</source>
      <translation>destino</translation>
    </message>
    <message>
      <source>prices</source>
      <translation>precios</translation>
    </message>
    <message>
      <source>seizures</source>
      <translation>incautaciones</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>type</source>
      <translation>tipo</translation>
    </message>
    <message>
      <source>capability</source>
      <translation>capacidad</translation>
    </message>
    <message>
      <source>armed_links</source>
      <translation>vínculos con grupos armados</translation>
    </message>
    <message>
      <source>state_links</source>
      <translation>vínculos con el Estado</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>likelihood</source>
      <translation>probabilidad</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confianza</translation>
    </message>
    <message>
      <source>position</source>
      <translation>número</translation>
    </message>
  </context>
</TS>