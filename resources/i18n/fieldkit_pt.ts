<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_PT">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="111" />
      <source>About FieldKit</source>
      <translation>Acerca do FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>An offline companion for field missions: incident log, Spotting the Spoilers assessments, maps and sync bundles.</source>
      <translation>Um companheiro offline para missões no terreno: registo de incidentes, avaliações «Spotting the Spoilers», mapas e pacotes de sincronização.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="125" />
      <source>The translation into this language is a first draft, awaiting review by a native speaker: where a text is unclear, the English version is the reference.</source>
      <translation>A tradução para esta língua é uma primeira versão, a aguardar revisão por um falante nativo: onde um texto não for claro, a versão inglesa é a referência.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espaço de trabalho</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceiros</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>Créditos dos dados</translation>
    </message>
  </context>
  <context>
    <name>ActorDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="129" />
      <source>Actor</source>
      <translation>Ator</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="139" />
      <source>not known</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="144" />
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="151" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="152" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="153" />
      <source>Role in the chain</source>
      <translation>Papel na cadeia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="154" />
      <source>Capability</source>
      <translation>Capacidade</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="155" />
      <source>Links to armed groups</source>
      <translation>Ligações a grupos armados</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="156" />
      <source>Links to the state</source>
      <translation>Ligações ao Estado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="157" />
      <source>Trend</source>
      <translation>Tendência</translation>
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
      <translation>(sem resposta)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="109" />
      <source>a number</source>
      <translation>um número</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="111" />
      <source>Type 'unknown' if it is not known.</source>
      <translation>Escreva «unknown» (desconhecido) se não se souber.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="108" />
      <source>Assessment</source>
      <translation>Avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="113" />
      <source>New assessment…</source>
      <translation>Nova avaliação…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="122" />
      <source>Next unanswered</source>
      <translation>Próxima sem resposta</translation>
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
      <translation>Usar a lista de verificação mais recente</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="132" />
      <source>This draft uses an earlier version of the checklist; its answers are carried over.</source>
      <translation>Este rascunho usa uma versão anterior da lista de verificação; as suas respostas são transferidas.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="137" />
      <location filename="../../ui/checklist/view.py" line="639" />
      <source>PDF report…</source>
      <translation>Relatório PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="140" />
      <source>Language of the PDF report</source>
      <translation>Idioma do relatório PDF</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="163" />
      <source>Questions</source>
      <translation>Perguntas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="174" />
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="179" />
      <source>Compare with</source>
      <translation>Comparar com</translation>
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
      <translation>em curso</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="259" />
      <source>No assessment yet. Click “New assessment…” to start one.</source>
      <translation>Ainda não há avaliação. Clique em «Nova avaliação…» para começar uma.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="298" />
      <source>This assessment is final (version {v}). Changing an answer needs a reason and is kept as a new version.</source>
      <translation>Esta avaliação é definitiva (versão {v}). Alterar uma resposta exige um motivo e fica guardado como nova versão.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="304" />
      <source>Answers are saved the moment you give them.</source>
      <translation>As respostas são guardadas no momento em que as dá.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="325" />
      <source>The area bounds must be four numbers.</source>
      <translation>Os limites da área devem ser quatro números.</translation>
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
      <translation>Provas ({n})…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Checklist</source>
      <translation>Lista de verificação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Every question that applies has an answer.</source>
      <translation>Todas as perguntas aplicáveis têm resposta.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="482" />
      <source>Change a final assessment</source>
      <translation>Alterar uma avaliação definitiva</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="483" />
      <source>This assessment is final. Why are you changing it? The change is kept as a new version.</source>
      <translation>Esta avaliação é definitiva. Porque a está a alterar? A alteração fica guardada como nova versão.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="551" />
      <source>Give an answer first; the note is saved with it.</source>
      <translation>Dê primeiro uma resposta; a nota é guardada com ela.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="590" />
      <source>Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, the PDF report and the command line.</source>
      <translation>Finalizar mesmo assim? O resultado será marcado «Insuficiente – não destinado a difusão» na aplicação, no relatório PDF e na linha de comandos.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="628" />
      <source>Save the assessment report</source>
      <translation>Guardar o relatório da avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="648" />
      <source>Report written to {path}</source>
      <translation>Relatório escrito em {path}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="652" />
      <source>Writing the PDF report…</source>
      <translation>A escrever o relatório PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="34" />
      <source>Low</source>
      <translation>Baixo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="35" />
      <source>Moderate</source>
      <translation>Moderado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="36" />
      <source>High</source>
      <translation>Elevado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="37" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="38" />
      <source>Insufficient information</source>
      <translation>Informação insuficiente</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>high</source>
      <translation>elevada</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>moderate</source>
      <translation>moderada</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>low</source>
      <translation>baixa</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="714" />
      <source>%n answer(s) cite evidence</source>
      <translation>
        <numerusform>%n resposta cita provas</numerusform>
        <numerusform>%n respostas citam provas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="717" />
      <source>No score yet: a threat section is scored once at least {pct} of its scored questions have a known answer (not “unknown”); answer more of them.</source>
      <translation>Ainda sem pontuação: uma secção de ameaça é pontuada quando pelo menos {pct} das suas perguntas pontuadas têm uma resposta conhecida (não «desconhecido»); responda a mais perguntas.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="751" />
      <source>key finding, sets at least {level}</source>
      <translation>constatação-chave, impõe pelo menos {level}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="757" />
      <source>threat {score} of 4, %n incident(s) cited</source>
      <translation>
        <numerusform>ameaça {score} de 4, %n incidente citado</numerusform>
        <numerusform>ameaça {score} de 4, %n incidentes citados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="766" />
      <source>Scores are aids to judgement, not measurements. Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from 0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level.</source>
      <translation>As pontuações ajudam o juízo, não são medições. As respostas em falta e as desconhecidas reduzem a cobertura; nunca contam como zero. A ameaça de cada resposta vai de 0 (nenhuma) a 4 (máxima); as barras mostram a pontuação de cada secção de 1 a 10, coloridas segundo o seu nível.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="772" />
      <source>outside the assessment's period</source>
      <translation>fora do período da avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="773" />
      <source>source graded below C3</source>
      <translation>fonte classificada abaixo de C3</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="774" />
      <source>cited on an answer that does not score high</source>
      <translation>citado numa resposta que não tem pontuação elevada</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="775" />
      <source>deleted</source>
      <translation>eliminado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="779" />
      <source>graded {grade}, cited on {questions}</source>
      <translation>classificado {grade}, citado em {questions}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="787" />
      <source>Known answers cover {cov} of the threat questions; {min} are needed.</source>
      <translation>As respostas conhecidas cobrem {cov} das perguntas de ameaça; são necessárias {min}.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="792" />
      <source>Required questions unanswered: {ids}</source>
      <translation>Perguntas obrigatórias sem resposta: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="795" />
      <source>Required questions answered “unknown”: {ids}</source>
      <translation>Perguntas obrigatórias respondidas «desconhecido»: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="799" />
      <source>“Other” picked without saying what in the note: {ids}</source>
      <translation>«Outro» escolhido sem indicar o quê na nota: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="804" />
      <source>No assessor is named.</source>
      <translation>Não é indicado nenhum avaliador.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="807" />
      <source>Evidence that does not count or is flagged</source>
      <translation>Provas que não contam ou estão assinaladas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="826" />
      <source>The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the section mean's band and the floor set by key findings.</source>
      <translation>A regra do nível é uma proposta do FieldKit para ajudar o juízo, não uma metodologia oficial: o mais alto entre a faixa da média da secção e o mínimo imposto pelas constatações-chave.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="844" />
      <source>There is no other assessment of this area to compare with.</source>
      <translation>Não há outra avaliação desta área para comparar.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="116" />
      <source>Import checklist…</source>
      <translation>Importar lista de verificação…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="118" />
      <source>Add a checklist written as an XLSForm (.xlsx), the spreadsheet forms of ODK and KoboToolbox</source>
      <translation>Adicionar uma lista de verificação escrita em XLSForm (.xlsx), os formulários em folha de cálculo do ODK e do KoboToolbox</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="666" />
      <source>Import a checklist (XLSForm)</source>
      <translation>Importar uma lista de verificação (XLSForm)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="682" />
      <source>Checklist “{title}” (version {version}) imported: {n} questions.</source>
      <translation>Lista de verificação «{title}» (versão {version}) importada: {n} perguntas.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="684" />
      <source>Checklist “{title}” (version {version}) was already there: nothing changed.</source>
      <translation>A lista de verificação «{title}» (versão {version}) já existia: nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="689" />
      <source>It carries no scores: assessments made with it are answered and finalised as usual, but no threat level is computed (“not scored”).</source>
      <translation>Não tem pontuações: as avaliações feitas com ela preenchem-se e finalizam-se como habitualmente, mas não é calculado nenhum nível de ameaça («sem pontuação»).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="694" />
      <source>%n row(s) of the form were skipped or kept without being evaluated:</source>
      <translation>
        <numerusform>%n linha do formulário foi ignorada ou guardada sem ser avaliada:</numerusform>
        <numerusform>%n linhas do formulário foram ignoradas ou guardadas sem serem avaliadas:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="697" />
      <source>Import checklist</source>
      <translation>Importar lista de verificação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="699" />
      <source>Reading the checklist…</source>
      <translation>A ler a lista de verificação…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="39" />
      <source>Not scored</source>
      <translation>Sem pontuação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="721" />
      <source>This checklist carries no scores: no threat level is computed.</source>
      <translation>Esta lista de verificação não tem pontuações: não é calculado nenhum nível de ameaça.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="188" />
      <source>Markets and actors</source>
      <translation>Mercados e atores</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="641" />
      <source>Include the incidents marked sensitive? They are then marked SENSITIVE in the report. (No leaves them out.)</source>
      <translation>Incluir os incidentes marcados como sensíveis? Nesse caso, ficam marcados como SENSÍVEL no relatório. («Não» deixa-os de fora.)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="931" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="932" />
      <source>Role in the chain</source>
      <translation>Papel na cadeia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="933" />
      <source>Capability</source>
      <translation>Capacidade</translation>
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
      <translation>Tendência</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="941" />
      <source>only in the earlier assessment</source>
      <translation>apenas na avaliação anterior</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="943" />
      <source>new in this assessment</source>
      <translation>novo nesta avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="951" />
      <source>unchanged</source>
      <translation>inalterado</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <source>Insufficient – not for distribution</source>
      <translation>Insuficiente – não destinado a difusão</translation>
    </message>
    <message>
      <source>Threat level</source>
      <translation>Nível de ameaça</translation>
    </message>
    <message>
      <source>Completeness</source>
      <translation>Completude</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Cobertura</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confiança</translation>
    </message>
    <message>
      <source>Tripwire</source>
      <translation>Limiar de alerta</translation>
    </message>
    <message>
      <source>Not ready to finalise</source>
      <translation>Não está pronta para finalizar</translation>
    </message>
    <message>
      <source>Why this level</source>
      <translation>Porquê este nível</translation>
    </message>
    <message>
      <source>The threat score rose by 2 points or more: review this area.</source>
      <translation>A pontuação de ameaça subiu 2 pontos ou mais: reveja esta área.</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Secção</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Depois</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Variação</translation>
    </message>
    <message>
      <source>Criminal markets</source>
      <translation>Mercados criminosos</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <source>Score /10</source>
      <translation>Pontuação /10</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>Rotas</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Atores</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/sync/view.py" line="71" />
      <source>Resolve a conflict</source>
      <translation>Resolver um conflito</translation>
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
      <translation>Aqui</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>On {dev}</source>
      <translation>Em {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="117" />
      <source>Other device</source>
      <translation>Outro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="134" />
      <source>Resolved a conflict with {dev}</source>
      <translation>Conflito com {dev} resolvido</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="136" />
      <source>(their edit: “{why}”)</source>
      <translation>(a edição deles: «{why}»)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Keep</source>
      <translation>Manter</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="81" />
      <source>This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which value to keep. The result is saved as a new version.

Here: {mine_when}, by {mine_who}: “{mine_why}”
{dev}: {their_when}, by {their_who}: “{their_why}”</source>
      <translation>Este incidente foi alterado aqui e em {dev}. Nada se perdeu: escolha, campo a campo, que valor manter. O resultado é guardado como nova versão.

Aqui: {mine_when}, por {mine_who}: «{mine_why}»
{dev}: {their_when}, por {their_who}: «{their_why}»</translation>
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
      <translation>Provas: incidentes que sustentam esta resposta</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="210" />
      <source>Search incidents…</source>
      <translation>Pesquisar incidentes…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="212" />
      <source>Only incidents in the assessment area</source>
      <translation>Apenas incidentes na área da avaliação</translation>
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>This device's key</source>
      <translation>A chave deste dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>Compare a key's fingerprint</source>
      <translation>Comparar a impressão digital de uma chave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="49" />
      <source>Device: {label}
Device id: {device_id}</source>
      <translation>Dispositivo: {label}
Id do dispositivo: {device_id}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="57" />
      <source>Read these words to the key's owner (by phone or in person), or let them scan the code: they must see the same on their screen. The name proves nothing.</source>
      <translation>Leia estas palavras ao dono da chave (por telefone ou pessoalmente), ou deixe-o ler o código: ele deve ver o mesmo no seu ecrã. O nome não prova nada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="62" />
      <source>Read these words to HQ or a colleague, or let them scan the code, so they can check your key.</source>
      <translation>Leia estas palavras à sede ou a um colega, ou deixe-os ler o código, para que possam verificar a sua chave.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="88" />
      <source>The code holds the device id and both public keys.</source>
      <translation>O código contém o id do dispositivo e as duas chaves públicas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="91" />
      <source>Fingerprint: {fp}</source>
      <translation>Impressão digital: {fp}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="99" />
      <source>Fingerprint checked</source>
      <translation>Impressão digital verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="100" />
      <source>The owner read the same words: record that this key was checked.</source>
      <translation>O dono leu as mesmas palavras: registar que esta chave foi verificada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="108" />
      <source>Trusted here: {how}</source>
      <translation>De confiança aqui: {how}</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>User guide</source>
      <translation>Guia do utilizador</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="155" />
      <source>The user guide is not installed with this copy of FieldKit.</source>
      <translation>O guia do utilizador não está instalado com esta cópia do FieldKit.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>This guide is not translated yet; here is the English version.</source>
      <translation>Este guia ainda não está traduzido; eis a versão inglesa.</translation>
    </message>
  </context>
  <context>
    <name>HqView</name>
    <message>
      <location filename="../../ui/hq/view.py" line="97" />
      <source>The HQ database {name} on {host}</source>
      <translation>A base de dados da sede {name} em {host}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="99" />
      <source>The HQ database {name} on this computer</source>
      <translation>A base de dados da sede {name} neste computador</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="109" />
      <source>Search the HQ database (words, "phrases", OR, -word)…</source>
      <translation>Pesquisar na base de dados da sede (palavras, "frases", OR, -palavra)…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="112" />
      <source>Include sensitive incidents</source>
      <translation>Incluir incidentes sensíveis</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="114" />
      <source>Refresh</source>
      <translation>Atualizar</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="124" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="125" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="126" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="127" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="128" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="129" />
      <source>Source</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="140" />
      <source>Choose an incident to read it and its signed history.</source>
      <translation>Escolha um incidente para o ler com o seu histórico assinado.</translation>
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
      <translation>Avaliações</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="159" />
      <location filename="../../ui/hq/view.py" line="286" />
      <location filename="../../ui/hq/view.py" line="292" />
      <source>Conflicts</source>
      <translation>Conflitos</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="174" />
      <source>The assessments the HQ database holds, their threat level computed here from the answers and the incidents they cite, as the checklist computes it. An assessment whose information is insufficient is marked so: it is not for distribution.</source>
      <translation>As avaliações que a base de dados da sede guarda, com o seu nível de ameaça calculado aqui a partir das respostas e dos incidentes que citam, como a lista de verificação o calcula. Uma avaliação cuja informação é insuficiente é marcada como tal: não se destina a difusão.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="183" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="184" />
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="185" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="186" />
      <source>Threat level</source>
      <translation>Nível de ameaça</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="187" />
      <source>Confidence</source>
      <translation>Confiança</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="188" />
      <source>Coverage</source>
      <translation>Cobertura</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="189" />
      <source>Assessor</source>
      <translation>Avaliador</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="204" />
      <source>checklist not on this computer</source>
      <translation>lista de verificação ausente neste computador</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="209" />
      <source>Insufficient – not for distribution</source>
      <translation>Insuficiente – não destinado a difusão</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>high</source>
      <translation>elevada</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>moderate</source>
      <translation>moderada</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>low</source>
      <translation>baixa</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Draft</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="237" />
      <source>Conflicts the HQ workspace holds open. Choose which side to keep: the HQ workspace's merge service applies it as a new signed version naming you, and the next refresh shows it gone.</source>
      <translation>Conflitos que o espaço de trabalho da sede mantém abertos. Escolha que lado manter: o serviço de fusão do espaço de trabalho da sede aplica-o como uma nova versão assinada que o nomeia a si, e a atualização seguinte já não o mostra.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="245" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="246" />
      <source>Record</source>
      <translation>Registo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="247" />
      <source>Other device</source>
      <translation>Outro dispositivo</translation>
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
      <translation>O seu pedido</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="259" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep HQ's version</source>
      <translation>Manter a versão da sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="260" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep the other device's version</source>
      <translation>Manter a versão do outro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="266" />
      <source>Choose a conflict to compare the two versions.</source>
      <translation>Escolha um conflito para comparar as duas versões.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="286" />
      <source>Choose a conflict first.</source>
      <translation>Escolha primeiro um conflito.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="293" />
      <source>You already asked for this conflict; the HQ workspace has not applied it yet.</source>
      <translation>Já fez um pedido para este conflito; o espaço de trabalho da sede ainda não o aplicou.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="301" />
      <source>{record}: why (kept with the decision)?</source>
      <translation>{record}: porquê? (guardado com a decisão)</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="315" />
      <source>Asked: the HQ workspace applies it when its merge service next looks (the HQ window, or 'fieldkit hq serve').</source>
      <translation>Pedido: o espaço de trabalho da sede aplica-o quando o seu serviço de fusão voltar a verificar (a janela da sede, ou 'fieldkit hq serve').</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="322" />
      <source>Asking the HQ workspace…</source>
      <translation>A pedir ao espaço de trabalho da sede…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="381" />
      <source>Reading the HQ database…</source>
      <translation>A ler a base de dados da sede…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="385" />
      <source>The HQ database is out of reach: Refresh to try again.</source>
      <translation>A base de dados da sede está fora de alcance: atualize para tentar de novo.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="390" />
      <source>The HQ database could not be read (details in the log).</source>
      <translation>Não foi possível ler a base de dados da sede (detalhes no registo).</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="396" />
      <source>Incidents on the map: {count} (without a location: {unplaced}) · listed: {shown}, {order} · open conflicts: {conflicts}</source>
      <translation>Incidentes no mapa: {count} (sem localização: {unplaced}) · listados: {shown}, {order} · conflitos abertos: {conflicts}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="399" />
      <source>newest first</source>
      <translation>os mais recentes primeiro</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="411" />
      <source>sensitive</source>
      <translation>sensível</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>HQ's version</source>
      <translation>a versão da sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>the other device's version</source>
      <translation>a versão do outro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="454" />
      <source>refused: {side}</source>
      <translation>recusado: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="456" />
      <source>applied: {side}</source>
      <translation>aplicado: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="457" />
      <source>waiting: {side}</source>
      <translation>em espera: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>deleted on one side</source>
      <translation>eliminado num dos lados</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>edited on both sides</source>
      <translation>alterado em ambos os lados</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="503" />
      <source>Deleted on the other device, changed here: keep it (HQ's version) or delete it for good.</source>
      <translation>Eliminado no outro dispositivo, alterado aqui: mantenha-o (a versão da sede) ou elimine-o de vez.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="513" />
      <source>{field}: HQ “{local}” · the other device “{remote}”</source>
      <translation>{field}: sede «{local}» · o outro dispositivo «{remote}»</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="520" />
      <source>The two versions hold the same values.</source>
      <translation>As duas versões têm os mesmos valores.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="524" />
      <source>Comparing the two versions…</source>
      <translation>A comparar as duas versões…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="552" />
      <source>This incident is not in the HQ database.</source>
      <translation>Este incidente não está na base de dados da sede.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="559" />
      <source>Reading the incident…</source>
      <translation>A ler o incidente…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="584" />
      <source>Reported by: {device}</source>
      <translation>Comunicado por: {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="589" />
      <source>Sensitive: handle as its source requires.</source>
      <translation>Sensível: trate-o como a sua fonte exige.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="591" />
      <source>Signed history (versions: {n}):</source>
      <translation>Histórico assinado (versões: {n}):</translation>
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
      <translation>v{version} · {when} · {who} · assinado com a chave {key}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="608" />
      <source>Attachments:</source>
      <translation>Anexos:</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>held by the HQ database</source>
      <translation>guardado na base de dados da sede</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>not in the HQ database yet</source>
      <translation>ainda não está na base de dados da sede</translation>
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
      <translation>Novo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="128" />
      <source>This draft was recovered from an interrupted session. Check it and save it, or discard it.</source>
      <translation>Este rascunho foi recuperado de uma sessão interrompida. Verifique-o e guarde-o, ou descarte-o.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="152" />
      <source>(not set)</source>
      <translation>(não definido)</translation>
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
      <translation>O que aconteceu, em poucas palavras</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="189" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>When (UTC)</source>
      <translation>Quando (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30</source>
      <translation>ISO 8601: 2026-03-14, 2026-03 ou 2026-03-14T22:30</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="196" />
      <source>Exact</source>
      <translation>Exata</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="197" />
      <source>Day</source>
      <translation>Dia</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="198" />
      <source>Month</source>
      <translation>Mês</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="199" />
      <source>Approximate</source>
      <translation>Aproximada</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="202" />
      <source>Time precision</source>
      <translation>Precisão da hora</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="207" />
      <source>Place name (pick a known place to fill the coordinates)</source>
      <translation>Nome do local (escolha um local conhecido para preencher as coordenadas)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="223" />
      <source>Pick on map…</source>
      <translation>Escolher no mapa…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="226" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="234" />
      <source>latitude, e.g. 11.86</source>
      <translation>latitude, p. ex. 11.86</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="235" />
      <source>longitude, e.g. -15.60</source>
      <translation>longitude, p. ex. -15.60</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="253" />
      <source>A draft may be saved without coordinates; a final incident needs both.</source>
      <translation>Um rascunho pode ser guardado sem coordenadas; um incidente definitivo precisa de ambas.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="254" />
      <source>Latitude / longitude (WGS84)</source>
      <translation>Latitude / longitude (WGS84)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="260" />
      <source>Location precision</source>
      <translation>Precisão da localização</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="261" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="265" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="267" />
      <source>Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)</source>
      <translation>Nome:TIPO; outro nome:TIPO  (tipos: NETWORK, GANG, ARMED_NSAG…)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="268" />
      <source>Actors involved</source>
      <translation>Atores envolvidos</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="280" />
      <source>Source type</source>
      <translation>Tipo de fonte</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="288" />
      <source>Source reliability / information credibility</source>
      <translation>Fiabilidade da fonte / credibilidade da informação</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="291" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="292" />
      <source>comma-separated</source>
      <translation>separadas por vírgulas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="294" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="295" />
      <source>Draft</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="296" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive</source>
      <translation>Sensível</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive (kept out of exports unless chosen)</source>
      <translation>Sensível (fora das exportações, salvo se escolhido)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="298" />
      <source>Reason for the change</source>
      <translation>Motivo da alteração</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="299" />
      <source>Required to change a final incident</source>
      <translation>Obrigatório para alterar um incidente definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="307" />
      <source>Add file…</source>
      <translation>Adicionar ficheiro…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="309" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="315" />
      <source>Attachments</source>
      <translation>Anexos</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="318" />
      <source>History</source>
      <translation>Histórico</translation>
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
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="433" />
      <source>{name}  (to be added on save)</source>
      <translation>{name}  (a adicionar ao guardar)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="440" />
      <source>No history yet: the first save creates version 1.</source>
      <translation>Ainda sem histórico: a primeira gravação cria a versão 1.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="457" />
      <source>created</source>
      <translation>criado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="467" />
      <source>Version</source>
      <translation>Versão</translation>
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
      <translation>O que mudou</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="472" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="531" />
      <source>Read as {lat}, {lon} (the comma taken as the decimal point).</source>
      <translation>Lido como {lat}, {lon} (a vírgula tomada como separador decimal).</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="574" />
      <source>Draft autosaved at {time}</source>
      <translation>Rascunho guardado automaticamente às {time}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="609" />
      <location filename="../../ui/incidents/editor.py" line="661" />
      <source>Preparing the list of places…</source>
      <translation>A preparar a lista de locais…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>The map is not available on this computer.</source>
      <translation>O mapa não está disponível neste computador.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="688" />
      <source>Attach files</source>
      <translation>Anexar ficheiros</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="730" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>Não guardado: corrija os campos assinalados a vermelho.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="746" />
      <source>Discard changes</source>
      <translation>Descartar alterações</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="747" />
      <source>Discard what you typed? This cannot be undone.</source>
      <translation>Descartar o que escreveu? Não é possível anular.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="775" />
      <source>Unsaved changes</source>
      <translation>Alterações não guardadas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="776" />
      <source>This incident has changes that are not saved yet.</source>
      <translation>Este incidente tem alterações ainda não guardadas.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep editing</source>
      <translation>Continuar a editar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep as a draft and close</source>
      <translation>Manter como rascunho e fechar</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="276" />
      <source>Criminal markets</source>
      <translation>Mercados criminosos</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="278" />
      <source>empty if not known</source>
      <translation>vazio se desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="279" />
      <source>People killed</source>
      <translation>Pessoas mortas</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="499" />
      <source>{name}: actor record in {where}</source>
      <translation>{name}: registo de ator em {where}</translation>
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../ui/incidents/model.py" line="31" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="32" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="33" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="34" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="35" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="36" />
      <source>Source</source>
      <translation>Fonte</translation>
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
      <translation>rascunho</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="127" />
      <source>sensitive</source>
      <translation>sensível</translation>
    </message>
  </context>
  <context>
    <name>IncidentsView</name>
    <message>
      <location filename="../../ui/incidents/view.py" line="62" />
      <source>Search title, description, place, actors…  ("exact phrase", word*, OR, NOT)</source>
      <translation>Pesquisar título, descrição, local, atores…  ("frase exata", palavra*, OR, NOT)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="66" />
      <source>New incident</source>
      <translation>Novo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="70" />
      <source>PDF report…</source>
      <translation>Relatório PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="71" />
      <source>The incidents shown, as a PDF table with a map</source>
      <translation>Os incidentes mostrados, como tabela PDF com mapa</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="78" />
      <source>All categories</source>
      <translation>Todas as categorias</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="89" />
      <source>Severity ≥</source>
      <translation>Gravidade ≥</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="94" />
      <source>from YYYY-MM-DD</source>
      <translation>de AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="96" />
      <source>to YYYY-MM-DD</source>
      <translation>até AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="100" />
      <source>Any status</source>
      <translation>Qualquer estado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="101" />
      <source>Final</source>
      <translation>Definitivo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="102" />
      <source>Draft</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="105" />
      <source>area: min lon, min lat, max lon, max lat</source>
      <translation>área: lon mín, lat mín, lon máx, lat máx</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="108" />
      <source>Trash</source>
      <translation>Lixo</translation>
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
      <translation>Mover para o lixo</translation>
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
      <translation> no lixo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="265" />
      <source>Select an incident to see it here.</source>
      <translation>Selecione um incidente para o ver aqui.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="310" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="315" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="320" />
      <source>no coordinates yet (draft)</source>
      <translation>ainda sem coordenadas (rascunho)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="323" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="324" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="326" />
      <source>Actors</source>
      <translation>Atores</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="333" />
      <source>Source</source>
      <translation>Fonte</translation>
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
      <translation>rascunho</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="347" />
      <source>sensitive</source>
      <translation>sensível</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="349" />
      <source>Reported</source>
      <translation>Relatado</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="379" />
      <source>signed by a key HQ revoked from {when}: after the revocation (see Verify)</source>
      <translation>assinado por uma chave revogada pela sede desde {when}: após a revogação (ver Verificar)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="381" />
      <source>signed before HQ revoked the key (from {when})</source>
      <translation>assinado antes de a sede revogar a chave (desde {when})</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="399" />
      <source>Save attachment</source>
      <translation>Guardar anexo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="414" />
      <source>Save the incident report</source>
      <translation>Guardar o relatório do incidente</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="425" />
      <source>Report written to {path}</source>
      <translation>Relatório escrito em {path}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="429" />
      <source>Writing the PDF report…</source>
      <translation>A escrever o relatório PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="463" />
      <source>Why is this incident being removed?</source>
      <translation>Porque está este incidente a ser removido?</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="464" />
      <source>Moved to the trash</source>
      <translation>Movido para o lixo</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="489" />
      <source>Delete this incident and its history for good? This cannot be undone.</source>
      <translation>Eliminar definitivamente este incidente e o seu histórico? Não é possível anular.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="84" />
      <source>All markets</source>
      <translation>Todos os mercados</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Anexos</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Histórico</translation>
    </message>
  </context>
  <context>
    <name>JudgementDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="174" />
      <source>Key judgement</source>
      <translation>Juízo-chave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="181" />
      <source>Judgement</source>
      <translation>Juízo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="182" />
      <source>Likelihood</source>
      <translation>Probabilidade</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="183" />
      <source>Confidence</source>
      <translation>Confiança</translation>
    </message>
  </context>
  <context>
    <name>KeyTrust</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="29" />
      <source>trusted on first use, fingerprint not checked</source>
      <translation>de confiança desde a primeira utilização, impressão digital não verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="31" />
      <source>fingerprint checked</source>
      <translation>impressão digital verificada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="33" />
      <source>listed by HQ</source>
      <translation>listada pela sede</translation>
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
      <translation>Este espaço de trabalho contém dados de demonstração (registos [DEMO]): Ficheiro → Remover dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="281" />
      <source>NOT encrypted: anyone with this laptop can read this workspace</source>
      <translation>NÃO cifrado: qualquer pessoa com este portátil pode ler este espaço de trabalho</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="284" />
      <source>Workspace: {folder}</source>
      <translation>Espaço de trabalho: {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="291" />
      <source>HQ database: {name} on {host}</source>
      <translation>Base de dados da sede: {name} em {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="293" />
      <source>HQ database: {name} on this computer</source>
      <translation>Base de dados da sede: {name} neste computador</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="297" />
      <source>Reads the HQ database {name} on {host}</source>
      <translation>Lê a base de dados da sede {name} em {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="299" />
      <source>Reads the HQ database {name} on this computer</source>
      <translation>Lê a base de dados da sede {name} neste computador</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>Inbox: {imported} imported, {refused} refused</source>
      <translation>Caixa de entrada: {imported} importado(s), {refused} recusado(s)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="352" />
      <source>conflicts resolved from other desks: {applied}</source>
      <translation>conflitos resolvidos a partir de outros postos: {applied}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="370" />
      <source>HQ database out of reach: its inbox will be looked at again</source>
      <translation>Base de dados da sede inacessível: a sua caixa de entrada será consultada de novo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="373" />
      <source>The HQ database's inbox was not taken in: {error}</source>
      <translation>A caixa de entrada da base de dados da sede não foi processada: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="377" />
      <source>The HQ database's inbox was not taken in (details in the log).</source>
      <translation>A caixa de entrada da base de dados da sede não foi processada (detalhes no registo).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="380" />
      <source>Importing the bundles handed to the HQ database…</source>
      <translation>A importar os pacotes entregues à base de dados da sede…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="424" />
      <source>The map needs QtWebEngine, which is not installed.</source>
      <translation>O mapa precisa do QtWebEngine, que não está instalado.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="448" />
      <source>Jobs</source>
      <translation>Tarefas</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="458" />
      <source>Checklist</source>
      <translation>Lista de verificação</translation>
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
      <translation>Sincronização</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="462" />
      <source>HQ database</source>
      <translation>Base de dados da sede</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="474" />
      <source>&amp;File</source>
      <translation>&amp;Ficheiro</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>Load demo data…</source>
      <translation>Carregar dados de demonstração…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Remove demo data…</source>
      <translation>Remover dados de demonstração…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="477" />
      <source>Your name and device…</source>
      <translation>O seu nome e dispositivo…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="479" />
      <source>Verify integrity</source>
      <translation>Verificar a integridade</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="481" />
      <source>Lock now</source>
      <translation>Bloquear agora</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="484" />
      <source>Encrypt this workspace…</source>
      <translation>Cifrar este espaço de trabalho…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="489" />
      <source>Delete this workspace now…</source>
      <translation>Eliminar este espaço de trabalho agora…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="491" />
      <source>Quit</source>
      <translation>Sair</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="492" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="498" />
      <source>&amp;Help</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="500" />
      <source>User guide</source>
      <translation>Guia do utilizador</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="502" />
      <source>Keyboard shortcuts</source>
      <translation>Atalhos de teclado</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="503" />
      <source>Report a problem…</source>
      <translation>Comunicar um problema…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="505" />
      <source>About FieldKit</source>
      <translation>Acerca do FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="606" />
      <source>Delete this workspace now</source>
      <translation>Eliminar este espaço de trabalho agora</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="608" />
      <source>Destroy this workspace now: every incident, assessment, attachment and key on this laptop? This cannot be undone. Records sent in bundles stay with their recipients.</source>
      <translation>Destruir agora este espaço de trabalho: todos os incidentes, avaliações, anexos e chaves deste portátil? Não é possível anular. Os registos enviados em pacotes ficam com os seus destinatários.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="626" />
      <source>Draft recovered</source>
      <translation>Rascunho recuperado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="628" />
      <source>%n unsaved incident draft(s) from an interrupted session were recovered and will open now.</source>
      <translation>
        <numerusform>%n rascunho de incidente não guardado de uma sessão interrompida foi recuperado e vai abrir agora.</numerusform>
        <numerusform>%n rascunhos de incidentes não guardados de uma sessão interrompida foram recuperados e vão abrir agora.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="641" />
      <source>Protect this workspace</source>
      <translation>Proteger este espaço de trabalho</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="643" />
      <source>This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now with a passphrase?</source>
      <translation>Este espaço de trabalho não está cifrado: qualquer pessoa que leve este portátil o pode ler. Cifrá-lo agora com uma frase-passe?</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data</source>
      <translation>Dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data can only be loaded into an empty workspace.</source>
      <translation>Os dados de demonstração só podem ser carregados num espaço de trabalho vazio.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="678" />
      <source>Empty workspace</source>
      <translation>Espaço de trabalho vazio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="700" />
      <location filename="../../ui/main_window.py" line="708" />
      <source>Report a problem</source>
      <translation>Comunicar um problema</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="710" />
      <source>A diagnostics file was written to {path}. It holds versions, counts and the end of the log, no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened.</source>
      <translation>Foi escrito um ficheiro de diagnóstico em {path}. Contém versões, contagens e o fim do registo, nenhum registo de dados, nome ou chave. Entregue-o a quem dá suporte ao FieldKit, com algumas palavras sobre o que aconteceu.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="717" />
      <source>Writing the diagnostics file…</source>
      <translation>A escrever o ficheiro de diagnóstico…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="736" />
      <source>Remove demo data</source>
      <translation>Remover dados de demonstração</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="737" />
      <source>Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay.</source>
      <translation>Remover definitivamente todos os incidentes e avaliações de demonstração ([DEMO])? Os registos que criou ficam.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="744" />
      <source>Demo data removed: {n} incidents, {a} assessments.</source>
      <translation>Dados de demonstração removidos: {n} incidentes, {a} avaliações.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="750" />
      <source>Removing the demo data…</source>
      <translation>A remover os dados de demonstração…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="767" />
      <source>Loading demo data…</source>
      <translation>A carregar os dados de demonstração…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="759" />
      <source>Demo data loaded: {n} incidents, {a} assessments.</source>
      <translation>Dados de demonstração carregados: {n} incidentes, {a} avaliações.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="680" />
      <source>This workspace is empty. Load demo data (500 realistic incidents at real places and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in this workspace's bundles.</source>
      <translation>Este espaço de trabalho está vazio. Carregar dados de demonstração (500 incidentes realistas em locais reais e duas avaliações) para experimentar o FieldKit? Apenas para experimentar: os incidentes de demonstração seguiriam para a sede nos pacotes deste espaço de trabalho.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="776" />
      <source>Verifying every history chain and attachment…</source>
      <translation>A verificar cada cadeia de histórico e cada anexo…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="783" />
      <source>Checked {i} incidents, {a} assessments and {f} attachments.</source>
      <translation>Verificados {i} incidentes, {a} avaliações e {f} anexos.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <location filename="../../ui/main_window.py" line="792" />
      <source>Integrity</source>
      <translation>Integridade</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <source>Everything verifies.</source>
      <translation>Tudo foi verificado.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="792" />
      <source>Problems found:</source>
      <translation>Problemas encontrados:</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="486" />
      <source>Change the passphrase…</source>
      <translation>Alterar a frase-passe…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="487" />
      <source>Duress passphrase…</source>
      <translation>Frase-passe de coação…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="580" />
      <source>The duress passphrase was removed.</source>
      <translation>A frase-passe de coação foi removida.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <source>The duress passphrase is set. Keep it as secret as the passphrase itself.</source>
      <translation>A frase-passe de coação está definida. Mantenha-a tão secreta como a própria frase-passe.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="585" />
      <source>The passphrase was changed. FieldKit asks for the new one from now on.</source>
      <translation>A frase-passe foi alterada. O FieldKit passa a pedir a nova.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="488" />
      <source>Travel mode…</source>
      <translation>Modo viagem…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="568" />
      <source>Travel mode</source>
      <translation>Modo viagem</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="568" />
      <source>%n incident(s) left this laptop; HQ keeps them.</source>
      <translation>
        <numerusform>%n incidente saiu deste portátil; a sede guarda-o.</numerusform>
        <numerusform>%n incidentes saíram deste portátil; a sede guarda-os.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../ui/map/view.py" line="52" />
      <source>Colour by</source>
      <translation>Colorir por</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="54" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="55" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="58" />
      <source>Basemap</source>
      <translation>Mapa de base</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="62" />
      <source>Add MBTiles…</source>
      <translation>Adicionar MBTiles…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="65" />
      <source>Packs…</source>
      <translation>Pacotes…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="68" />
      <source>Filter incidents to this view</source>
      <translation>Filtrar os incidentes para esta vista</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="71" />
      <source>Export offline map…</source>
      <translation>Exportar mapa offline…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="74" />
      <source>Find a place…</source>
      <translation>Procurar um local…</translation>
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
      <translation>Contornos Natural Earth (incluídos)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="115" />
      <source>Best pack for the view</source>
      <translation>Melhor pacote para a vista</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="129" />
      <source>Add an MBTiles basemap</source>
      <translation>Adicionar um mapa de base MBTiles</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="137" />
      <source>Adding the basemap…</source>
      <translation>A adicionar o mapa de base…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="146" />
      <source>{start} to {end}</source>
      <translation>de {start} a {end}</translation>
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
      <translation>Não se conhece nenhum local chamado {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="183" />
      <source>Preparing the list of places…</source>
      <translation>A preparar a lista de locais…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="228" />
      <source>%Ln incident(s) on the map</source>
      <translation>
        <numerusform>%Ln incidente no mapa</numerusform>
        <numerusform>%Ln incidentes no mapa</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="230" />
      <source>%n without a location yet (not shown)</source>
      <translation>
        <numerusform>%n ainda sem localização (não mostrado)</numerusform>
        <numerusform>%n ainda sem localização (não mostrados)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="236" />
      <location filename="../../ui/map/view.py" line="243" />
      <source>Export an offline map</source>
      <translation>Exportar um mapa offline</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="245" />
      <source>The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves them out.)</source>
      <translation>O ficheiro do mapa pode ser aberto por qualquer pessoa que o receba. Incluir os incidentes marcados como sensíveis? (Não = deixá-los de fora.)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="252" />
      <source>Map written to {path}</source>
      <translation>Mapa escrito em {path}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="256" />
      <source>Writing the offline map…</source>
      <translation>A escrever o mapa offline…</translation>
    </message>
  </context>
  <context>
    <name>MapWidget</name>
    <message>
      <location filename="../../ui/map/widget.py" line="110" />
      <source>Drawing the map…</source>
      <translation>A desenhar o mapa…</translation>
    </message>
  </context>
  <context>
    <name>MarketDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="80" />
      <source>Criminal market</source>
      <translation>Mercado criminoso</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="89" />
      <location filename="../../ui/checklist/records.py" line="90" />
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="94" />
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="95" />
      <source>Scale (size and reach)</source>
      <translation>Dimensão (tamanho e alcance)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="96" />
      <source>Harm</source>
      <translation>Dano</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="97" />
      <source>Trend</source>
      <translation>Tendência</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="99" />
      <source>Origin</source>
      <translation>Origem</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="100" />
      <source>Transit</source>
      <translation>Trânsito</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="101" />
      <source>Destination</source>
      <translation>Destino</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="102" />
      <source>Prices</source>
      <translation>Preços</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="103" />
      <source>Seizures</source>
      <translation>Apreensões</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="108" />
      <source>Actor names, separated by commas</source>
      <translation>Nomes de atores, separados por vírgulas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="110" />
      <source>Recorded actors: {names}</source>
      <translation>Atores registados: {names}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="111" />
      <source>Actors running it</source>
      <translation>Atores que o controlam</translation>
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
      <translation>Nenhum selecionado</translation>
    </message>
  </context>
  <context>
    <name>NewAssessmentDialog</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="52" />
      <source>New assessment</source>
      <translation>Nova avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="55" />
      <source>e.g. Guinea-Bissau, Gao region</source>
      <translation>p. ex. Guiné-Bissau, região de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="75" />
      <source>optional: min lon, min lat, max lon, max lat</source>
      <translation>opcional: lon mín, lat mín, lon máx, lat máx</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="76" />
      <source>Start from the area's latest assessment</source>
      <translation>Partir da avaliação mais recente da área</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="78" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="79" />
      <source>Checklist</source>
      <translation>Lista de verificação</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="80" />
      <source>Period from</source>
      <translation>Período de</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="81" />
      <source>Period to</source>
      <translation>Período até</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="82" />
      <source>Assessor</source>
      <translation>Avaliador</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="83" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="84" />
      <source>Area bounds</source>
      <translation>Limites da área</translation>
    </message>
  </context>
  <context>
    <name>NewIdentityPrompt</name>
    <message>
      <location filename="../../ui/errors.py" line="75" />
      <source>A new identity cannot be undone: this device will trust nobody until you trust HQ's and your colleagues' keys again, and they must accept this device's new key.</source>
      <translation>Uma nova identidade não pode ser anulada: este dispositivo não confiará em ninguém até voltar a confiar nas chaves da sede e dos seus colegas, e estes têm de aceitar a nova chave deste dispositivo.</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="81" />
      <source>The device key is missing</source>
      <translation>Falta a chave do dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="84" />
      <source>Quit (restore the key file first)</source>
      <translation>Sair (restaure primeiro o ficheiro da chave)</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="85" />
      <source>Make a new identity</source>
      <translation>Criar uma nova identidade</translation>
    </message>
  </context>
  <context>
    <name>NewWorkspaceDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="63" />
      <source>Protect this workspace</source>
      <translation>Proteger este espaço de trabalho</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="67" />
      <source>This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase (at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase.</source>
      <translation>Este espaço de trabalho ainda não está cifrado: qualquer pessoa que leve este portátil o poderia ler. Escolha uma frase-passe (pelo menos 10 caracteres; algumas palavras são o mais fácil de memorizar). Ninguém pode recuperar uma frase-passe perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="72" />
      <source>Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase.</source>
      <translation>Escolha uma frase-passe para o novo espaço de trabalho (pelo menos 10 caracteres; algumas palavras são o mais fácil de memorizar). O FieldKit pede-a em cada arranque. Ninguém pode recuperar uma frase-passe perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="82" />
      <source>Passphrase</source>
      <translation>Frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="83" />
      <source>Again</source>
      <translation>Novamente</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="85" />
      <source>Training only: keep this workspace NOT encrypted</source>
      <translation>Apenas formação: manter este espaço de trabalho NÃO cifrado</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation>As duas frases-passe são diferentes.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="106" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>A frase-passe é demasiado curta: use pelo menos 10 caracteres.</translation>
    </message>
  </context>
  <context>
    <name>PacksDialog</name>
    <message>
      <location filename="../../ui/map/view.py" line="267" />
      <source>Basemap packs</source>
      <translation>Pacotes de mapa de base</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="272" />
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="273" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="274" />
      <source>Zoom levels</source>
      <translation>Níveis de zoom</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="275" />
      <source>Covers (W, S, E, N)</source>
      <translation>Abrange (O, S, E, N)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="276" />
      <source>Size</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="277" />
      <source>Attribution</source>
      <translation>Atribuição</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="283" />
      <source>Unreadable: {error}</source>
      <translation>Ilegível: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="290" />
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="291" />
      <source>{mb} MB</source>
      <translation>{mb} MB</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="300" />
      <source>No basemap packs yet: add an MBTiles file, or cut one with 'fieldkit basemap cut'.</source>
      <translation>Ainda não há pacotes de mapa de base: adicione um ficheiro MBTiles ou recorte um com 'fieldkit basemap cut'.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <location filename="../../ui/lock.py" line="196" />
      <source>Duress passphrase</source>
      <translation>Frase-passe de coação</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <source>Change the passphrase</source>
      <translation>Alterar a frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="177" />
      <source>A duress passphrase is a second passphrase for when you are forced to open FieldKit. Typed when FieldKit asks for the passphrase, it destroys this workspace at once and opens an empty one in its place; nothing on screen says so. Choose one you will not type by mistake. HQ keeps what you already sent; the rest is lost.</source>
      <translation>Uma frase-passe de coação é uma segunda frase-passe para quando for obrigado a abrir o FieldKit. Escrita quando o FieldKit pede a frase-passe, destrói de imediato este espaço de trabalho e abre um vazio no seu lugar; nada no ecrã o indica. Escolha uma que não escreva por engano. A sede guarda o que já enviou; o resto perde-se.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="184" />
      <source>The data is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. Nobody can recover a lost passphrase.</source>
      <translation>Os dados não são cifrados de novo: só a chave que os abre volta a ser protegida pela nova frase-passe. Ninguém consegue recuperar uma frase-passe perdida.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="195" />
      <source>Current passphrase</source>
      <translation>Frase-passe atual</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="196" />
      <source>New passphrase</source>
      <translation>Nova frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="197" />
      <source>Again</source>
      <translation>Novamente</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="199" />
      <source>Remove the duress passphrase</source>
      <translation>Remover a frase-passe de coação</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="224" />
      <source>The two passphrases differ.</source>
      <translation>As duas frases-passe são diferentes.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="226" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>A frase-passe é demasiado curta: use pelo menos 10 caracteres.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="239" />
      <source>Checking the passphrase…</source>
      <translation>A verificar a frase-passe…</translation>
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../ui/map/picker.py" line="14" />
      <source>Pick a location</source>
      <translation>Escolher uma localização</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="18" />
      <source>Click on the map to place the incident.</source>
      <translation>Clique no mapa para situar o incidente.</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="31" />
      <source>Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.</source>
      <translation>Ponto escolhido: latitude {lat:.5f}, longitude {lon:.5f}. Clique em OK para o usar.</translation>
    </message>
  </context>
  <context>
    <name>RecordsTab</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="195" />
      <source>Key judgements (first page of the report)</source>
      <translation>Juízos-chave (primeira página do relatório)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Judgement</source>
      <translation>Juízo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Likelihood</source>
      <translation>Probabilidade</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Confidence</source>
      <translation>Confiança</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="203" />
      <source>Edit judgement…</source>
      <translation>Editar juízo…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="204" />
      <source>Add judgement…</source>
      <translation>Adicionar juízo…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="205" />
      <source>Remove judgement</source>
      <translation>Remover juízo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="206" />
      <source>Back to the derived judgements</source>
      <translation>Voltar aos juízos derivados das respostas</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="209" />
      <source>Criminal markets</source>
      <translation>Mercados criminosos</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="212" />
      <source>Market</source>
      <translation>Mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="213" />
      <source>Score /10</source>
      <translation>Pontuação /10</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="214" />
      <source>Scale</source>
      <translation>Dimensão</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="215" />
      <source>Harm</source>
      <translation>Dano</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="216" />
      <location filename="../../ui/checklist/records.py" line="239" />
      <source>Trend</source>
      <translation>Tendência</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="217" />
      <source>Routes (origin → transit → destination)</source>
      <translation>Rotas (origem → trânsito → destino)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="218" />
      <source>Prices / seizures</source>
      <translation>Preços / apreensões</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="219" />
      <location filename="../../ui/checklist/records.py" line="230" />
      <source>Actors</source>
      <translation>Atores</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="225" />
      <source>Add market…</source>
      <translation>Adicionar mercado…</translation>
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
      <translation>Remover mercado</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="233" />
      <source>Actor</source>
      <translation>Ator</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="234" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="235" />
      <source>Role in the chain</source>
      <translation>Papel na cadeia</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="236" />
      <source>Capability</source>
      <translation>Capacidade</translation>
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
      <translation>Incidentes no período</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="247" />
      <source>Add actor…</source>
      <translation>Adicionar ator…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="248" />
      <source>Edit actor…</source>
      <translation>Editar ator…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="249" />
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove actor</source>
      <translation>Remover ator</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="287" />
      <source>Set by the analyst.</source>
      <translation>Definidos pelo analista.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="289" />
      <source>Derived from the answers; edit one to set them yourself.</source>
      <translation>Derivados das respostas; edite um para os definir manualmente.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove this market from the assessment?</source>
      <translation>Remover este mercado da avaliação?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove this actor from the assessment?</source>
      <translation>Remover este ator da avaliação?</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Key judgements</source>
      <translation>Juízos-chave</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Go back to the judgements derived from the answers?</source>
      <translation>Voltar aos juízos derivados das respostas?</translation>
    </message>
  </context>
  <context>
    <name>SectionChart</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="304" />
      <source>insufficient information</source>
      <translation>informação insuficiente</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="172" />
      <source>Keyboard shortcuts</source>
      <translation>Atalhos de teclado</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>Checklist, Incidents, Map, Sync</source>
      <translation>Lista de verificação, Incidentes, Mapa, Sincronização</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="176" />
      <source>HQ database (when this workspace reads one)</source>
      <translation>Base de dados da sede (quando este espaço de trabalho lê uma)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>New incident</source>
      <translation>Novo incidente</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="178" />
      <source>Search the incidents</source>
      <translation>Pesquisar os incidentes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="179" />
      <source>Save the incident being edited</source>
      <translation>Guardar o incidente em edição</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>Close the editor (asks when something is not saved)</source>
      <translation>Fechar o editor (pergunta quando algo não está guardado)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="181" />
      <source>Next unanswered question of the checklist</source>
      <translation>Próxima pergunta sem resposta da lista de verificação</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>Lock FieldKit now (the passphrase opens it again)</source>
      <translation>Bloquear o FieldKit agora (a frase-passe volta a abri-lo)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="183" />
      <source>Quit</source>
      <translation>Sair</translation>
    </message>
  </context>
  <context>
    <name>SyncView</name>
    <message>
      <location filename="../../ui/sync/view.py" line="161" />
      <source>Send: export a bundle to a USB stick</source>
      <translation>Enviar: exportar um pacote para uma pen USB</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="164" />
      <source>Encrypt for</source>
      <translation>Cifrar para</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="170" />
      <source>Only what changed since the last bundle for this destination</source>
      <translation>Apenas o que mudou desde o último pacote para este destino</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="172" />
      <source>Also protect with a passphrase</source>
      <translation>Proteger também com uma frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="173" />
      <location filename="../../ui/sync/view.py" line="270" />
      <source>Include incidents marked sensitive</source>
      <translation>Incluir os incidentes marcados como sensíveis</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="174" />
      <source>Include demo data ([DEMO] records; left out otherwise)</source>
      <translation>Incluir dados de demonstração (registos [DEMO]; caso contrário ficam de fora)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="177" />
      <source>Export bundle…</source>
      <translation>Exportar pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="185" />
      <source>Receive: import bundles</source>
      <translation>Receber: importar pacotes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="190" />
      <source>Every bundle is checked (signature, hashes, format) before anything changes. A damaged or altered bundle is refused and nothing changes.</source>
      <translation>Cada pacote é verificado (assinatura, hashes, formato) antes de qualquer alteração. Um pacote danificado ou adulterado é recusado e nada muda.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="195" />
      <source>Import bundle…</source>
      <translation>Importar pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="201" />
      <source>Bundles</source>
      <translation>Pacotes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="209" />
      <source>Resolve…</source>
      <translation>Resolver…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="212" />
      <source>Conflicts</source>
      <translation>Conflitos</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="223" />
      <source>Save my public key…</source>
      <translation>Guardar a minha chave pública…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="224" />
      <source>Trust a key file…</source>
      <translation>Confiar num ficheiro de chave…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="226" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="260" />
      <source>Trusted keys</source>
      <translation>Chaves de confiança</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="264" />
      <source>Import log</source>
      <translation>Registo de importações</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="269" />
      <source>Write incidents (not those in the trash) for spreadsheets and GIS.</source>
      <translation>Escrever os incidentes (exceto os do lixo) para folhas de cálculo e SIG.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="274" />
      <source>CSV (spreadsheet)…</source>
      <translation>CSV (folha de cálculo)…</translation>
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
Impressão digital da chave: {fp}
(leia-a à sede ou a um colega para confirmar a sua chave)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="314" />
      <source>HQ: {label}</source>
      <translation>Sede: {label}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="362" />
      <source>{kind} “{title}” — deleted on {dev}; kept in the trash for review</source>
      <translation>{kind} «{title}» — eliminado em {dev}; mantido no lixo para revisão</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="368" />
      <source>{kind} “{title}” — changed here and on {dev}</source>
      <translation>{kind} «{title}» — alterado aqui e em {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="376" />
      <source>Conflicts ({n})</source>
      <translation>Conflitos ({n})</translation>
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
      <translation>Pacote</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="405" />
      <source>from {src}: number(s) {nums}</source>
      <translation>de {src}: número(s) {nums}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="408" />
      <source>Missing bundles — never imported here: </source>
      <translation>Pacotes em falta — nunca importados aqui: </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="475" />
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Uma frase-passe de pacote precisa de pelo menos {n} caracteres: algumas palavras são mais fáceis de memorizar e muito mais difíceis de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="481" />
      <source>The same passphrase again:</source>
      <translation>A mesma frase-passe outra vez:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="487" />
      <source>The two passphrases differ. Type it again.</source>
      <translation>As duas frases-passe são diferentes. Escreva-a outra vez.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="491" />
      <source>Passphrase:</source>
      <translation>Frase-passe:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="507" />
      <location filename="../../ui/sync/view.py" line="537" />
      <source>Export bundle</source>
      <translation>Exportar pacote</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="509" />
      <source>FieldKit bundles (*.fkb)</source>
      <translation>Pacotes FieldKit (*.fkb)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="517" />
      <source>A bundle anyone can read</source>
      <translation>Um pacote que qualquer pessoa pode ler</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="519" />
      <source>This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in it, including names of sources and places. Write it anyway?</source>
      <translation>Este pacote não será cifrado: qualquer pessoa que encontre ou copie a pen pode ler todos os incidentes que contém, incluindo nomes de fontes e de locais. Escrevê-lo mesmo assim?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="463" />
      <location filename="../../ui/sync/view.py" line="473" />
      <location filename="../../ui/sync/view.py" line="481" />
      <location filename="../../ui/sync/view.py" line="487" />
      <source>Protect the bundle</source>
      <translation>Proteger o pacote</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="225" />
      <source>Fingerprint…</source>
      <translation>Impressão digital…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="236" />
      <source>From HQ</source>
      <translation>Da sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="239" />
      <source>Import config…</source>
      <translation>Importar configuração…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="240" />
      <source>Import receipt…</source>
      <translation>Importar recibo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="241" />
      <source>New keys for this device…</source>
      <translation>Novas chaves para este dispositivo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="248" />
      <source>At HQ: for the field devices</source>
      <translation>Na sede: para os dispositivos no terreno</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="251" />
      <source>Export config bundle…</source>
      <translation>Exportar pacote de configuração…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="252" />
      <source>Write receipt…</source>
      <translation>Emitir recibo…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="253" />
      <source>Revoke key…</source>
      <translation>Revogar chave…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="308" />
      <source>HQ's policy keeps incidents marked sensitive on this device.</source>
      <translation>A política da sede mantém neste dispositivo os incidentes marcados como sensíveis.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="330" />
      <source>{fp}    {role}    {label}    device {device}    trusted since {when} ({how})</source>
      <translation>{fp}    {role}    {label}    dispositivo {device}    de confiança desde {when} ({how})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="339" />
      <source>REVOKED from {when}</source>
      <translation>REVOGADA desde {when}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="383" />
      <source>To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); {k} incident(s) changed since are, as far as HQ has said, only on this laptop.</source>
      <translation>Para {dest}: a sede confirmou os pacotes até ao número {n} de {last} (recibo de {when}); {k} incidente(s) alterado(s) desde então estão, tanto quanto a sede indicou, apenas neste portátil.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="395" />
      <source>To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.</source>
      <translation>Para {dest}: {last} pacote(s) criado(s), nenhum ainda confirmado por recibo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="464" />
      <source>Passphrase (at least {n} characters; tell it to the receiver another way):</source>
      <translation>Frase-passe (pelo menos {n} caracteres; comunique-a ao destinatário por outra via):</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="538" />
      <source>The recipient chosen is no longer trusted here: choose again.</source>
      <translation>O destinatário escolhido já não é de confiança aqui: escolha de novo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="578" />
      <source>Writing the bundle…</source>
      <translation>A escrever o pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="596" />
      <source>Import bundles</source>
      <translation>Importar pacotes</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="598" />
      <source>FieldKit bundles (*.fkb);;All files (*)</source>
      <translation>Pacotes FieldKit (*.fkb);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="612" />
      <source>Opening the bundle…</source>
      <translation>A abrir o pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="619" />
      <source>Encrypted bundle</source>
      <translation>Pacote cifrado</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="622" />
      <source>Not imported: no passphrase was given. Nothing was changed.</source>
      <translation>Não importado: não foi dada nenhuma frase-passe. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>Wrong passphrase</source>
      <translation>Frase-passe errada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>That passphrase does not open the bundle. Try again:</source>
      <translation>Essa frase-passe não abre o pacote. Tente novamente:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="640" />
      <source>Not imported: the sender's key was not accepted. Nothing was changed.</source>
      <translation>Não importado: a chave do remetente não foi aceite. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="672" />
      <source>{n} deletion(s) of incidents changed or made here would be held for review: those incidents go to the trash, nothing is lost.</source>
      <translation>{n} eliminação(ões) de incidentes alterados ou criados aqui ficariam retidas para revisão: esses incidentes vão para o lixo, nada se perde.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="677" />
      <source>This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices that made them.</source>
      <translation>Este pacote foi criado por um FieldKit mais antigo (formato 1): as suas versões não estão assinadas pelos dispositivos que as criaram.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="680" />
      <source>Import it?</source>
      <translation>Importá-lo?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="682" />
      <source>Not imported: you chose not to. Nothing was changed.</source>
      <translation>Não importado: escolheu não o fazer. Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="713" />
      <source>Unknown sender</source>
      <translation>Remetente desconhecido</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="734" />
      <source>The sender's key has changed</source>
      <translation>A chave do remetente mudou</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="744" />
      <source>Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import again and accept it only if so.</source>
      <translation>Nada foi alterado. Pergunte ao dono do dispositivo, por uma via em que confie, se tem uma nova chave; importe de novo e aceite-a só nesse caso.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="749" />
      <source>Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new one, and report it if it was not damaged in transit.</source>
      <translation>Nada foi alterado. O ficheiro está danificado ou foi adulterado: não o use; peça um novo ao remetente, e comunique o caso se não foi danificado no transporte.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="753" />
      <source>Nothing was changed.</source>
      <translation>Nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="772" />
      <source>This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices that made them. Only the sender's own versions and those of devices never met here were accepted; this device vouches for them.</source>
      <translation>Este pacote usa o formato 1 (um FieldKit mais antigo): as suas versões não têm assinaturas dos dispositivos que as criaram. Só foram aceites as versões do próprio remetente e as de dispositivos nunca vistos aqui; este dispositivo responde por elas.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="779" />
      <source>{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by its old key; the new key is trusted in its place.</source>
      <translation>{label} (dispositivo {device}) passou para uma nova chave: impressão digital {new}, antes {old}. A mudança está assinada pela sua chave antiga; a nova chave passa a ser de confiança no seu lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="800" />
      <source>Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}.</source>
      <translation>Adicionados {a}, atualizados {u}, inalterados {n}, conflitos {c}, eliminados {d}, retidos para revisão {h}, rejeitados {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="842" />
      <source>no reason given</source>
      <translation>sem motivo indicado</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="856" />
      <source>Deleted on another device</source>
      <translation>Eliminado noutro dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="859" />
      <source>Keep it</source>
      <translation>Mantê-lo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="860" />
      <location filename="../../ui/sync/view.py" line="868" />
      <source>Remove for good</source>
      <translation>Remover definitivamente</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="861" />
      <source>Decide later</source>
      <translation>Decidir mais tarde</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="904" />
      <source>The key has changed</source>
      <translation>A chave mudou</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="926" />
      <source>Key fingerprint: {fp}
Words: {words}
It calls itself: {label}
Device id: {device_id}

Compare the fingerprint with its owner (read the words aloud, or look at their screen); the name proves nothing. Bundles signed by this key will then be accepted.</source>
      <translation>Impressão digital da chave: {fp}
Palavras: {words}
Apresenta-se como: {label}
Id do dispositivo: {device_id}

Compare a impressão digital com o seu dono (leia as palavras em voz alta, ou olhe para o ecrã dele); o nome não prova nada. Os pacotes assinados por esta chave passarão então a ser aceites.</translation>
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
      <translation>Confiar sem verificar</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="963" />
      <source>Replace HQ's key</source>
      <translation>Substituir a chave da sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="965" />
      <source>Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every later bundle will be encrypted to it; do it only if HQ confirmed the new key.</source>
      <translation>Os pacotes são cifrados para a chave da sede, agora {fp} ({label}). Tornar esta chave ({new}) a da sede? Todos os pacotes seguintes serão cifrados para ela; faça-o apenas se a sede confirmou a nova chave.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="987" />
      <source>Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again.</source>
      <translation>Deixar de confiar na chave {fp} («{label}»)? Os pacotes assinados por ela serão recusados até voltar a confiar nela.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1010" />
      <source>Writing the file…</source>
      <translation>A escrever o ficheiro…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1032" />
      <location filename="../../ui/sync/view.py" line="1056" />
      <source>Import a config bundle from HQ</source>
      <translation>Importar um pacote de configuração da sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1034" />
      <location filename="../../ui/sync/view.py" line="1132" />
      <source>Config bundles (*.fkc)</source>
      <translation>Pacotes de configuração (*.fkc)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1045" />
      <source>HQ's key</source>
      <translation>Chave da sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1047" />
      <source>This config bundle is signed by “{label}”, and this device trusts no HQ key yet.

Key fingerprint: {fp}
Words: {words}

Compare the fingerprint with HQ (by phone or in person). Only if it matches: trust this key as HQ's and apply the config?</source>
      <translation>Este pacote de configuração está assinado por «{label}», e este dispositivo ainda não confia em nenhuma chave da sede.

Impressão digital da chave: {fp}
Palavras: {words}

Compare a impressão digital com a sede (por telefone ou pessoalmente). Só se coincidir: confiar nesta chave como a da sede e aplicar a configuração?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1065" />
      <source>Config number {n} from HQ applied.</source>
      <translation>Configuração número {n} da sede aplicada.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1067" />
      <source>{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), {b} basemap(s).</source>
      <translation>{d} dispositivo(s) adicionado(s), {r} revogação(ões), {k} rotação(ões) de chave, {c} recibo(s), {l} lista(s) de verificação, {b} mapa(s) de base.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1080" />
      <source>HQ moved to a new signing key ({fp}), announced by its old key.</source>
      <translation>A sede passou para uma nova chave de assinatura ({fp}), anunciada pela sua chave antiga.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1085" />
      <source>HQ has a new encryption key: bundles made here are encrypted to it from now on.</source>
      <translation>A sede tem uma nova chave de cifra: os pacotes criados aqui passam a ser cifrados para ela.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1089" />
      <source>HQ lists {label} under another key than the one trusted here; the key trusted here was kept. Check with its owner.</source>
      <translation>A sede lista {label} com uma chave diferente da que é de confiança aqui; a chave de confiança aqui foi mantida. Verifique com o seu dono.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1093" />
      <source>Config applied</source>
      <translation>Configuração aplicada</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <source>Import HQ's receipt</source>
      <translation>Importar o recibo da sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Receipts (*.json)</source>
      <translation>Recibos (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1112" />
      <location filename="../../ui/sync/view.py" line="1124" />
      <source>New keys for this device</source>
      <translation>Novas chaves para este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1114" />
      <source>Make new keys for this device? Do it when the old key may have been copied. Your next bundles announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the old key still open here. HQ: send the devices a config bundle afterwards.</source>
      <translation>Criar novas chaves para este dispositivo? Faça-o quando a chave antiga possa ter sido copiada. Os seus próximos pacotes anunciam a nova chave, assinada pela antiga, e a sede e os colegas passam a segui-la. Os pacotes feitos para a chave antiga continuam a abrir aqui. Sede: enviem depois um pacote de configuração aos dispositivos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1125" />
      <source>New key fingerprint: {fp}. Read it to HQ when they ask.</source>
      <translation>Impressão digital da nova chave: {fp}. Leia-a à sede quando lho pedirem.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1132" />
      <location filename="../../ui/sync/view.py" line="1143" />
      <source>Export a config bundle</source>
      <translation>Exportar um pacote de configuração</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1144" />
      <source>Config bundle number {n} written, encrypted to {k} device(s).</source>
      <translation>Pacote de configuração número {n} escrito, cifrado para {k} dispositivo(s).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Write a receipt</source>
      <translation>Emitir um recibo</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1168" />
      <source>Choose the device in the list first.</source>
      <translation>Escolha primeiro o dispositivo na lista.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1168" />
      <location filename="../../ui/sync/view.py" line="1172" />
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Revoke a key</source>
      <translation>Revogar uma chave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1174" />
      <source>Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last point you trust: a thief holding the key can write any date.</source>
      <translation>Revogar a chave de {label} ({fp}) a partir de que data (AAAA-MM-DD) ou número de pacote? Escolha o último ponto em que confia: um ladrão que tenha a chave pode escrever qualquer data.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Reason (sent to the devices):</source>
      <translation>Motivo (enviado aos dispositivos):</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="648" />
      <source>Checking the bundle…</source>
      <translation>A verificar o pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="318" />
      <source>Nobody: protect with a passphrase only</source>
      <translation>Ninguém: proteger apenas com uma frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="319" />
      <source>Nobody and no passphrase: readable by anyone (not recommended)</source>
      <translation>Ninguém e sem frase-passe: legível por qualquer pessoa (não recomendado)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <source>HQ</source>
      <translation>Sede</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="348" />
      <source>No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.</source>
      <translation>Ainda não há chaves de confiança: confie no ficheiro de chave de um colega ou da sede, ou aceite o signatário de um pacote.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="530" />
      <source>No bundle was written.</source>
      <translation>Nenhum pacote foi escrito.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="547" />
      <source>encrypted for {who}</source>
      <translation>cifrado para {who}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="549" />
      <source> and with a passphrase</source>
      <translation> e com uma frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="551" />
      <source>protected by a passphrase</source>
      <translation>protegido por uma frase-passe</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="553" />
      <source>not encrypted: anyone can read it</source>
      <translation>não cifrado: qualquer pessoa o pode ler</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="558" />
      <source>Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, {f} attachments.</source>
      <translation>Pacote número {seq} escrito em {path} ({how}): {i} incidentes, {a} avaliações, {d} eliminações, {f} anexos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="571" />
      <source>Nothing changed since the last bundle for this destination: untick “Only what changed” to send everything again.</source>
      <translation>Nada mudou desde o último pacote para este destino: desmarque «Apenas o que mudou» para enviar tudo de novo.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="654" />
      <source>Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.

Would add {a}, update {u}, leave {n} unchanged, keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}.</source>
      <translation>Pacote número {seq}, assinado com a chave {fp}, de «{who}», criado em {when}.

Adicionaria {a}, atualizaria {u}, deixaria {n} inalterados, manteria {c} conflito(s), eliminaria {d}, reteria {h} eliminação(ões) para revisão, rejeitaria {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="681" />
      <source>Import preview</source>
      <translation>Pré-visualização da importação</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="693" />
      <source>Importing the bundle…</source>
      <translation>A importar o pacote…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="704" />
      <source>This bundle is signed by a device this workspace does not trust yet.

Key fingerprint: {fp}
It calls itself: {label}
Device id: {device_id}

Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. Accept this key and import?</source>
      <translation>Este pacote está assinado por um dispositivo em que este espaço de trabalho ainda não confia.

Impressão digital da chave: {fp}
Apresenta-se como: {label}
Id do dispositivo: {device_id}

Verifique a impressão digital com o seu dono (leia-a em voz alta por telefone, por exemplo); o nome não prova nada. Aceitar esta chave e importar?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="719" />
      <source>WARNING: this bundle is signed with a different key from the one this workspace trusts for the device it claims to be.

Known key: {known}
This bundle's key: {fp}
Device: {label}

Someone may be posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the device has a new key. The old key will no longer be trusted. Accept the new key?</source>
      <translation>ATENÇÃO: este pacote está assinado com uma chave diferente daquela em que este espaço de trabalho confia para o dispositivo que afirma ser.

Chave conhecida: {known}
Chave deste pacote: {fp}
Dispositivo: {label}

Alguém pode estar a fazer-se passar por esse dispositivo. Aceite a nova chave apenas se o seu dono lhe disser, por uma via em que confie, que o dispositivo tem uma nova chave. A chave antiga deixará de ser de confiança. Aceitar a nova chave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="731" />
      <source>The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it.</source>
      <translation>A chave a substituir é a da sede, aquela para a qual os pacotes são cifrados. A nova chave será de confiança apenas como colega: torne-a a da sede mais tarde (Confiar num ficheiro de chave…) quando a sede a tiver confirmado.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="828" />
      <source>Assessment conflict</source>
      <translation>Conflito de avaliação</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="829" />
      <source>Keep the answers of the other device? (No keeps the answers here.)</source>
      <translation>Manter as respostas do outro dispositivo? (Não = manter as respostas daqui.)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="849" />
      <source>{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, so it was moved to the trash here instead, with everything it holds.

Keep it (back from the trash), or remove it for good as the other device did?</source>
      <translation>{dev} eliminou definitivamente o incidente «{title}» (motivo: {why}). Tinha sido alterado ou criado neste dispositivo, por isso aqui foi movido para o lixo, com tudo o que contém.

Mantê-lo (retirando-o do lixo), ou removê-lo definitivamente como fez o outro dispositivo?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="870" />
      <source>Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from this device. This cannot be undone.</source>
      <translation>Remover «{title}» definitivamente? O seu histórico e os anexos que nenhum outro incidente usa são eliminados deste dispositivo. Não é possível anular.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="886" />
      <source>Save my public key</source>
      <translation>Guardar a minha chave pública</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="893" />
      <source>Trust a key file</source>
      <translation>Confiar num ficheiro de chave</translation>
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
      <translation>Sede (os pacotes são cifrados para ela)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="924" />
      <location filename="../../ui/sync/view.py" line="947" />
      <source>Trust a key</source>
      <translation>Confiar numa chave</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="447" />
      <source>added / updated / unchanged / conflicts / held for review / rejected</source>
      <translation>adicionados / atualizados / inalterados / conflitos / retidos para revisão / rejeitados</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="906" />
      <source>WARNING: this key claims to be a device this workspace already trusts under another key.

Known key: {known}
This key: {fp}
Device: {label}

Trust it only if the device's owner confirms it has a new key; the old key will no longer be trusted. Trust the new key?</source>
      <translation>ATENÇÃO: esta chave afirma ser de um dispositivo em que este espaço de trabalho já confia com outra chave.

Chave conhecida: {known}
Esta chave: {fp}
Dispositivo: {label}

Confie nela apenas se o dono do dispositivo confirmar que tem uma nova chave; a chave antiga deixará de ser de confiança. Confiar na nova chave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="948" />
      <source>Fingerprint {fp}. Whose key is it?</source>
      <translation>Impressão digital {fp}. De quem é esta chave?</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="991" />
      <source>This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase.</source>
      <translation>Esta é a chave da sede: os pacotes deixarão de ser cifrados para a sede; ser-lhe-á pedida uma frase-passe.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="993" />
      <source>Remove a trusted key</source>
      <translation>Remover uma chave de confiança</translation>
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
        <numerusform>%n incidente escrito em {path}</numerusform>
        <numerusform>%n incidentes escritos em {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="768" />
      <source>{n} deletion(s) held for review: see Conflicts.</source>
      <translation>{n} eliminação(ões) retida(s) para revisão: ver Conflitos.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="795" />
      <source>Bundles {nums} from this device were never imported here.</source>
      <translation>Os pacotes {nums} deste dispositivo nunca foram importados aqui.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="790" />
      <source>Imported here, but not published to the HQ database: {reason} It goes there with the next import (or: fieldkit hq publish).</source>
      <translation>Importado aqui, mas não publicado na base de dados da sede: {reason} Segue para lá com a próxima importação (ou: fieldkit hq publish).</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Recusado</translation>
    </message>
    <message>
      <source>This bundle had already been imported; nothing changed.</source>
      <translation>Este pacote já tinha sido importado; nada mudou.</translation>
    </message>
  </context>
  <context>
    <name>TravelDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="255" />
      <location filename="../../ui/lock.py" line="339" />
      <source>Travel mode</source>
      <translation>Modo viagem</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="260" />
      <source>Before a checkpoint or a journey, leave on this laptop only what is needed. Incidents HQ confirmed holding (its receipt) leave this laptop, unless they changed lately, an assessment cites them or a conflict names them. HQ keeps them: nothing is deleted there.</source>
      <translation>Antes de um posto de controlo ou de uma viagem, deixe neste portátil só o necessário. Os incidentes que a sede confirmou ter (o seu recibo) saem deste portátil, salvo se mudaram recentemente, se uma avaliação os cita ou se um conflito os nomeia. A sede guarda-os: nada é apagado lá.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="272" />
      <source> days</source>
      <translation> dias</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="273" />
      <source>Keep what changed in the last</source>
      <translation>Manter o que mudou nos últimos</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="291" />
      <location filename="../../ui/lock.py" line="298" />
      <source>Counting…</source>
      <translation>A contar…</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="305" />
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can leave. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>A sede ainda não confirmou ter recebido nenhum pacote deste portátil: nada pode sair. Envie primeiro um pacote à sede e importe o recibo que ela devolver.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="310" />
      <source>%n incident(s) would leave this laptop</source>
      <translation>
        <numerusform>%n incidente sairia deste portátil</numerusform>
        <numerusform>%n incidentes sairiam deste portátil</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="312" />
      <source>(%1 attachment(s), %2 MB).</source>
      <translation>(%1 anexo(s), %2 MB).</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="317" />
      <source>Kept here: %1 that HQ has not confirmed, %2 changed lately, %3 cited by an assessment, %4 in an open conflict.</source>
      <translation>Mantidos aqui: %1 que a sede não confirmou, %2 alterados recentemente, %3 citados por uma avaliação, %4 num conflito aberto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="340" />
      <source>Remove %n incident(s) from this laptop now? HQ keeps them.</source>
      <translation>
        <numerusform>Remover agora %n incidente deste portátil? A sede guarda-o.</numerusform>
        <numerusform>Remover agora %n incidentes deste portátil? A sede guarda-os.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="347" />
      <source>Leaving incidents behind…</source>
      <translation>A retirar os incidentes…</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>FieldKit is locked</source>
      <translation>O FieldKit está bloqueado</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>Unlock FieldKit</source>
      <translation>Desbloquear o FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="31" />
      <source>This workspace is encrypted. Type its passphrase to open it.</source>
      <translation>Este espaço de trabalho está cifrado. Escreva a sua frase-passe para o abrir.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="37" />
      <source>Passphrase</source>
      <translation>Frase-passe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="48" />
      <source>%n wrong passphrase(s) since the last unlock.</source>
      <translation>
        <numerusform>%n frase-passe errada desde o último desbloqueio.</numerusform>
        <numerusform>%n frases-passe erradas desde o último desbloqueio.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="50" />
      <source>After %n more, the workspace will be destroyed.</source>
      <translation>
        <numerusform>Depois de mais %n, o espaço de trabalho será destruído.</numerusform>
        <numerusform>Depois de mais %n, o espaço de trabalho será destruído.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Welcome to FieldKit</source>
      <translation>Bem-vindo ao FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>FieldKit works entirely offline. Nothing leaves this computer unless you export it.
Tell it who you are; your name and device label are written into the records and bundles you make.</source>
      <translation>O FieldKit funciona totalmente offline. Nada sai deste computador a menos que o exporte.
Diga-lhe quem é; o seu nome e o nome do dispositivo ficam escritos nos registos e pacotes que criar.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>e.g. crime monitor, JMAC analyst</source>
      <translation>p. ex. monitor de criminalidade, analista JMAC</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="217" />
      <source>e.g. Gao team laptop 2</source>
      <translation>p. ex. portátil 2 da equipa de Gao</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>Your name</source>
      <translation>O seu nome</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Role</source>
      <translation>Função</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="222" />
      <source>Device label</source>
      <translation>Nome do dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="224" />
      <source>Load demo data (realistic incidents and two assessments) to try FieldKit</source>
      <translation>Carregar dados de demonstração (incidentes realistas e duas avaliações) para experimentar o FieldKit</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../ui/app.py" line="201" />
      <source>The workspace was destroyed.</source>
      <translation>O espaço de trabalho foi destruído.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>Something unexpected went wrong. Your saved work is safe; the details are in the log file.</source>
      <translation>Ocorreu um erro inesperado. O trabalho guardado está seguro; os pormenores estão no ficheiro de registo.</translation>
    </message>
  </context>
  <context>
    <name>map</name>
    <message>
      <location filename="../../ui/map/widget.py" line="26" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="27" />
      <source>Severity</source>
      <translation>Gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="28" />
      <source>severity</source>
      <translation>gravidade</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="29" />
      <source>Open in FieldKit</source>
      <translation>Abrir no FieldKit</translation>
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
      <translation>A entrada tem {count} problema(s): {details}</translation>
    </message>
    <message>
      <source>the assessment names no assessor</source>
      <translation>a avaliação não indica nenhum avaliador</translation>
    </message>
    <message>
      <source>only {coverage}% of the threat questions have a known answer; at least {min}% are needed</source>
      <translation>apenas {coverage}% das perguntas de ameaça têm resposta conhecida; são necessárias pelo menos {min}%</translation>
    </message>
    <message>
      <source>{n} required question(s) are unanswered: {questions}</source>
      <translation>{n} pergunta(s) obrigatória(s) sem resposta: {questions}</translation>
    </message>
    <message>
      <source>{n} required question(s) are answered 'unknown': {questions}</source>
      <translation>{n} pergunta(s) obrigatória(s) respondida(s) «desconhecido»: {questions}</translation>
    </message>
    <message>
      <source>'Other' is picked without saying what in the note: {questions}</source>
      <translation>«Outro» está escolhido sem indicar o quê na nota: {questions}</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14.</source>
      <translation>'{value}' não é uma data; use a forma 2026-03-14.</translation>
    </message>
    <message>
      <source>No assessment with id {id}.</source>
      <translation>Não há nenhuma avaliação com o id {id}.</translation>
    </message>
    <message>
      <source>No single assessment has an id starting with {id}.</source>
      <translation>Não há uma única avaliação cujo id comece por {id}.</translation>
    </message>
    <message>
      <source>The area needs a name.</source>
      <translation>A área precisa de um nome.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>O período começa depois de terminar.</translation>
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation>Indique a latitude e a longitude, ou nenhuma.</translation>
    </message>
    <message>
      <source>The language must be one of {choices}.</source>
      <translation>A língua deve ser uma das seguintes: {choices}.</translation>
    </message>
    <message>
      <source>This assessment is final. Give a reason to change it; the change will be kept as a new version.</source>
      <translation>Esta avaliação é definitiva. Indique um motivo para a alterar; a alteração ficará guardada como nova versão.</translation>
    </message>
    <message>
      <source>The assessment cannot be finalised: {details}</source>
      <translation>A avaliação não pode ser finalizada: {details}</translation>
    </message>
    <message>
      <source>The assessment cannot be upgraded: {details}</source>
      <translation>A avaliação não pode ser atualizada: {details}</translation>
    </message>
    <message>
      <source>A final assessment cannot be deleted; it is part of the record.</source>
      <translation>Uma avaliação definitiva não pode ser eliminada; faz parte do registo.</translation>
    </message>
    <message>
      <source>These assessments use different checklists and cannot be compared.</source>
      <translation>Estas avaliações usam listas de verificação diferentes e não podem ser comparadas.</translation>
    </message>
    <message>
      <source>The area name is too long ({n} characters, at most {max}).</source>
      <translation>O nome da área é demasiado longo ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>The earlier assessment uses another checklist.</source>
      <translation>A avaliação anterior usa outra lista de verificação.</translation>
    </message>
    <message>
      <source>The bounding box must be min_lon,min_lat,max_lon,max_lat.</source>
      <translation>O retângulo delimitador deve ser min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>these answers do not fit version {version} of the checklist; change them first: {questions}</source>
      <translation>estas respostas não se ajustam à versão {version} da lista de verificação; altere-as primeiro: {questions}</translation>
    </message>
    <message>
      <source>The other device's answers cannot be kept: {reason}.</source>
      <translation>As respostas do outro dispositivo não podem ser mantidas: {reason}.</translation>
    </message>
    <message>
      <source>No incident with id {id}.</source>
      <translation>Não há nenhum incidente com o id {id}.</translation>
    </message>
    <message>
      <source>is final but has no stored history</source>
      <translation>é definitivo mas não tem histórico guardado</translation>
    </message>
    <message>
      <source>Latitude must be a number between -90 and 90.</source>
      <translation>A latitude deve ser um número entre -90 e 90.</translation>
    </message>
    <message>
      <source>Longitude must be a number between -180 and 180.</source>
      <translation>A longitude deve ser um número entre -180 e 180.</translation>
    </message>
    <message>
      <source>'{qid}' is not a question of checklist {checklist}.</source>
      <translation>'{qid}' não é uma pergunta da lista de verificação {checklist}.</translation>
    </message>
    <message>
      <source>the current answers differ from the last saved version (edited outside FieldKit)</source>
      <translation>as respostas atuais diferem da última versão guardada (editadas fora do FieldKit)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error}).</source>
      <translation>{file}: o ficheiro não pode ser lido ({error}).</translation>
    </message>
    <message>
      <source>{file}: not valid YAML/JSON ({error}).</source>
      <translation>{file}: YAML/JSON inválido ({error}).</translation>
    </message>
    <message>
      <source>{file}: {problems}{more}</source>
      <translation>{file}: {problems}{more}</translation>
    </message>
    <message>
      <source>An answer is required (use 'unknown' if it is not known).</source>
      <translation>É necessária uma resposta (use «desconhecido» se não se souber).</translation>
    </message>
    <message>
      <source>The answer must be yes, no or unknown.</source>
      <translation>A resposta deve ser sim, não ou desconhecido.</translation>
    </message>
    <message>
      <source>'{value}' is not one of the choices ({choices}).</source>
      <translation>'{value}' não é uma das opções ({choices}).</translation>
    </message>
    <message>
      <source>The answer must be a whole number from 0 to 4, or unknown.</source>
      <translation>A resposta deve ser um número inteiro de 0 a 4, ou desconhecido.</translation>
    </message>
    <message>
      <source>'{value}' cannot be picked together with another choice.</source>
      <translation>'{value}' não pode ser escolhido juntamente com outra opção.</translation>
    </message>
    <message>
      <source>The answer must be a number.</source>
      <translation>A resposta deve ser um número.</translation>
    </message>
    <message>
      <source>The answer must be at least {min}.</source>
      <translation>A resposta deve ser pelo menos {min}.</translation>
    </message>
    <message>
      <source>The answer must be at most {max}.</source>
      <translation>A resposta deve ser no máximo {max}.</translation>
    </message>
    <message>
      <source>The answer must be a whole number (a count).</source>
      <translation>A resposta deve ser um número inteiro (uma contagem).</translation>
    </message>
    <message>
      <source>'unknown' is not allowed for this question.</source>
      <translation>«desconhecido» não é permitido para esta pergunta.</translation>
    </message>
    <message>
      <source>The answer must be a date such as 2026-03-14.</source>
      <translation>A resposta deve ser uma data como 2026-03-14.</translation>
    </message>
    <message>
      <source>'{value}' is not one of: {choices}.</source>
      <translation>«{value}» não é nenhum dos valores: {choices}.</translation>
    </message>
    <message>
      <source>The text is too long ({n} characters, at most {max}).</source>
      <translation>O texto é demasiado longo ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>Give a number from 0 to 4.</source>
      <translation>Indique um número de 0 a 4.</translation>
    </message>
    <message>
      <source>'{value}' is not a number from 0 to 4.</source>
      <translation>«{value}» não é um número de 0 a 4.</translation>
    </message>
    <message>
      <source>A judgement needs its text.</source>
      <translation>Um juízo precisa de ter texto.</translation>
    </message>
    <message>
      <source>A judgement's number goes from 1 to {max}.</source>
      <translation>O número de um juízo vai de 1 a {max}.</translation>
    </message>
    <message>
      <source>No judgement number {n}.</source>
      <translation>Não existe o juízo número {n}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known criminal market.</source>
      <translation>«{code}» não é um mercado criminoso conhecido.</translation>
    </message>
    <message>
      <source>An actor needs a name.</source>
      <translation>Um ator precisa de ter um nome.</translation>
    </message>
    <message>
      <source>At most {max} actor names of at most 200 characters.</source>
      <translation>No máximo {max} nomes de atores, cada um com no máximo 200 caracteres.</translation>
    </message>
    <message>
      <source>This assessment has no record of market {code}.</source>
      <translation>Esta avaliação não tem registo do mercado {code}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known actor type.</source>
      <translation>'{code}' não é um tipo de ator conhecido.</translation>
    </message>
    <message>
      <source>'{code}' is not a known role in the chain.</source>
      <translation>«{code}» não é um papel conhecido na cadeia.</translation>
    </message>
    <message>
      <source>This assessment has no actor named {name}.</source>
      <translation>Esta avaliação não tem nenhum ator chamado {name}.</translation>
    </message>
    <message>
      <source>The report needs at least one key judgement.</source>
      <translation>O relatório precisa de ter pelo menos um juízo-chave.</translation>
    </message>
    <message>
      <source>Not a field of a market record.</source>
      <translation>Não é um campo de um registo de mercado.</translation>
    </message>
    <message>
      <source>Not a field of an actor record.</source>
      <translation>Não é um campo de um registo de ator.</translation>
    </message>
    <message>
      <source>No checklist with id {id}.</source>
      <translation>Não há nenhuma lista de verificação com o id {id}.</translation>
    </message>
    <message>
      <source>No checklist {id} version {version}.</source>
      <translation>Não há lista de verificação {id} versão {version}.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: {problem}</source>
      <translation>{file}: folha {sheet}: {problem}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, row {row}: {problem}</source>
      <translation>{file}: folha {sheet}, linha {row}: {problem}</translation>
    </message>
    <message>
      <source>{file}: the workbook is too large ({mb} MB; at most {max} MB).</source>
      <translation>{file}: o livro é demasiado grande ({mb} MB; no máximo {max} MB).</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook FieldKit reads (it holds too many parts).</source>
      <translation>{file}: não é um livro .xlsx que o FieldKit leia (contém demasiadas partes).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no 'survey' sheet.</source>
      <translation>{file}: o livro não tem a folha 'survey'.</translation>
    </message>
    <message>
      <source>{file}: sheet survey: no question FieldKit can ask (select_one, select_multiple, integer, decimal, text or date).</source>
      <translation>{file}: folha survey: nenhuma pergunta que o FieldKit saiba fazer (select_one, select_multiple, integer, decimal, text ou date).</translation>
    </message>
    <message>
      <source>Checklist {id} version {version} is already installed with other content: raise the version in the form's settings sheet.</source>
      <translation>A lista de verificação {id} versão {version} já está instalada com outro conteúdo: aumente a versão na folha settings do formulário.</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook ({error}).</source>
      <translation>{file}: não é um livro .xlsx ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook unpacks to far more than its size (a damaged or hostile file): not read.</source>
      <translation>{file}: o livro descomprime-se em muito mais do que o seu tamanho (ficheiro danificado ou hostil): não foi lido.</translation>
    </message>
    <message>
      <source>{file}: {problems}</source>
      <translation>{file}: {problems}</translation>
    </message>
    <message>
      <source>The two passphrases typed differ: nothing was changed.</source>
      <translation>As duas frases-passe escritas são diferentes: nada foi alterado.</translation>
    </message>
    <message>
      <source>No passphrase was given.</source>
      <translation>Não foi dada nenhuma frase-passe.</translation>
    </message>
    <message>
      <source>--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.</source>
      <translation>--bbox deve ser quatro números: min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>This workspace reads no HQ database: connect it with 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (or give --database).</source>
      <translation>Este espaço de trabalho não lê nenhuma base de dados da sede: ligue-o com 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (ou indique --database).</translation>
    </message>
    <message>
      <source>This workspace has no HQ database: set one with 'fieldkit hq init --database postgresql://...'.</source>
      <translation>Este espaço de trabalho não tem base de dados da sede: defina uma com 'fieldkit hq init --database postgresql://...'.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or run this in a workspace set up with 'fieldkit hq init').</source>
      <translation>Nenhuma base de dados da sede indicada: use --database postgresql://papel@servidor/base (ou execute isto num espaço de trabalho configurado com 'fieldkit hq init').</translation>
    </message>
    <message>
      <source>This workspace publishes to an HQ database already ('fieldkit hq status'): it reads that one.</source>
      <translation>Este espaço de trabalho já publica numa base de dados da sede ('fieldkit hq status'): lê essa.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or --off).</source>
      <translation>Nenhuma base de dados da sede indicada: use --database postgresql://papel@servidor/base (ou --off).</translation>
    </message>
    <message>
      <source>This workspace has its device key; nothing to do (a key is replaced only when its file was lost).</source>
      <translation>Este espaço de trabalho tem a sua chave de dispositivo; nada a fazer (uma chave só é substituída quando o seu ficheiro se perdeu).</translation>
    </message>
    <message>
      <source>A new identity cannot be undone: run it again with --confirm.</source>
      <translation>Uma nova identidade não pode ser anulada: execute de novo com --confirm.</translation>
    </message>
    <message>
      <source>No basemap named {name}; see 'fieldkit basemap list'.</source>
      <translation>Não há nenhum mapa de base chamado {name}; ver 'fieldkit basemap list'.</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.</source>
      <translation>Não há nenhum espaço de trabalho FieldKit em {folder}. Execute primeiro 'fieldkit init', ou verifique --data-dir.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted; use 'fieldkit passphrase change'.</source>
      <translation>Este espaço de trabalho já está cifrado; use 'fieldkit passphrase change'.</translation>
    </message>
    <message>
      <source>No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).</source>
      <translation>Não foi dada nenhuma nova frase-passe (defina FIELDKIT_NEW_PASSPHRASE, ou execute num terminal).</translation>
    </message>
    <message>
      <source>This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.</source>
      <translation>Este espaço de trabalho não está cifrado; use 'fieldkit passphrase set' para o cifrar.</translation>
    </message>
    <message>
      <source>No duress passphrase was given (set FIELDKIT_DURESS_PASSPHRASE, or run it at a terminal).</source>
      <translation>Não foi indicada nenhuma frase-passe de coação (defina FIELDKIT_DURESS_PASSPHRASE ou execute o comando num terminal).</translation>
    </message>
    <message>
      <source>Travel mode needs --yes when no one is at a terminal to confirm.</source>
      <translation>O modo viagem precisa de --yes quando ninguém está num terminal para confirmar.</translation>
    </message>
    <message>
      <source>Deleting the workspace needs --yes when no one is at a terminal to confirm.</source>
      <translation>Eliminar o espaço de trabalho exige --yes quando não há ninguém num terminal para confirmar.</translation>
    </message>
    <message>
      <source>No open conflict with id {id}.</source>
      <translation>Não há nenhum conflito aberto com o id {id}.</translation>
    </message>
    <message>
      <source>--incidents must be 0 or more.</source>
      <translation>--incidents deve ser 0 ou mais.</translation>
    </message>
    <message>
      <source>Unknown setting {key}; use one of: {allowed}.</source>
      <translation>Definição desconhecida {key}; use uma de: {allowed}.</translation>
    </message>
    <message>
      <source>The device id cannot be changed.</source>
      <translation>O id do dispositivo não pode ser alterado.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted.</source>
      <translation>Este espaço de trabalho já está cifrado.</translation>
    </message>
    <message>
      <source>There is no plain FieldKit workspace in {folder} to encrypt.</source>
      <translation>Não há nenhum espaço de trabalho FieldKit não cifrado em {folder} para cifrar.</translation>
    </message>
    <message>
      <source>The encrypted copy of the workspace did not check out: nothing was changed.</source>
      <translation>A cópia cifrada do espaço de trabalho não passou na verificação: nada foi alterado.</translation>
    </message>
    <message>
      <source>The workspace could not be prepared for encryption ({error}): nothing was changed.</source>
      <translation>Não foi possível preparar o espaço de trabalho para a cifra ({error}): nada foi alterado.</translation>
    </message>
    <message>
      <source>The workspace could not be encrypted ({error}): nothing was changed.</source>
      <translation>Não foi possível cifrar o espaço de trabalho ({error}): nada foi alterado.</translation>
    </message>
    <message>
      <source>This workspace already holds data; load the demo into an empty workspace (use another --data-dir).</source>
      <translation>Este espaço de trabalho já contém dados; carregue a demonstração num espaço de trabalho vazio (use outro --data-dir).</translation>
    </message>
    <message>
      <source>The diagnostics file could not be written to {file}: {error}</source>
      <translation>Não foi possível escrever o ficheiro de diagnóstico em {file}: {error}</translation>
    </message>
    <message>
      <source>The step was interrupted: FieldKit is closing.</source>
      <translation>A operação foi interrompida: o FieldKit está a fechar.</translation>
    </message>
    <message>
      <source>The export could not be written to {file}: {error}</source>
      <translation>Não foi possível escrever a exportação em {file}: {error}</translation>
    </message>
    <message>
      <source>The file {name} is too large to be a bundle: nothing was sent.</source>
      <translation>O ficheiro {name} é demasiado grande para ser um pacote: nada foi enviado.</translation>
    </message>
    <message>
      <source>No bundle {id} (or more than one) is in the HQ database's inbox.</source>
      <translation>Nenhum pacote {id} (ou mais de um) na caixa de entrada da base de dados da sede.</translation>
    </message>
    <message>
      <source>The file {name} could not be read: {error}</source>
      <translation>Não foi possível ler o ficheiro {name}: {error}</translation>
    </message>
    <message>
      <source>No refused bundle {id} that can be tried again is in the HQ database.</source>
      <translation>Nenhum pacote recusado {id} que possa ser tentado de novo está na base de dados da sede.</translation>
    </message>
    <message>
      <source>A bundle's blocks are not numbered in order in the HQ database.</source>
      <translation>Os blocos de um pacote não estão numerados por ordem na base de dados da sede.</translation>
    </message>
    <message>
      <source>A bundle in the HQ database is longer than its size says.</source>
      <translation>Um pacote na base de dados da sede é mais longo do que o seu tamanho indica.</translation>
    </message>
    <message>
      <source>Each field takes 'local' or 'remote'.</source>
      <translation>Cada campo aceita 'local' ou 'remote' (outro dispositivo).</translation>
    </message>
    <message>
      <source>The bundle could not be read ({kind}): it is damaged or was made to harm. Nothing was changed.</source>
      <translation>Não foi possível ler o pacote ({kind}): está danificado ou foi feito para causar dano. Nada foi alterado.</translation>
    </message>
    <message>
      <source>The file {name} changed while it was being sent: nothing was sent. Try again.</source>
      <translation>O ficheiro {name} mudou enquanto era enviado: nada foi enviado. Tente de novo.</translation>
    </message>
    <message>
      <source>The bundle in the HQ database is incomplete or was altered there: it was not imported.</source>
      <translation>O pacote na base de dados da sede está incompleto ou foi alterado lá: não foi importado.</translation>
    </message>
    <message>
      <source>The bundle could not be written in the HQ workspace's folder ({error}): it was not imported. Free some space, then put it back in the queue ('fieldkit hq inbox --retry').</source>
      <translation>Não foi possível escrever o pacote na pasta do espaço de trabalho da sede ({error}): não foi importado. Liberte espaço e volte a colocá-lo na fila ('fieldkit hq inbox --retry').</translation>
    </message>
    <message>
      <source>The PostgreSQL schema steps are not numbered 1, 2, 3... ({numbers}).</source>
      <translation>Os passos do esquema PostgreSQL não estão numerados 1, 2, 3... ({numbers}).</translation>
    </message>
    <message>
      <source>The PostgreSQL address holds a password: FieldKit records the address in the workspace, so the password must stay out of it. Put it in a .pgpass file (or PGPASSFILE), or in PGPASSWORD.</source>
      <translation>O endereço PostgreSQL contém uma palavra-passe: o FieldKit guarda o endereço no espaço de trabalho, por isso a palavra-passe tem de ficar fora dele. Coloque-a num ficheiro .pgpass (ou PGPASSFILE), ou em PGPASSWORD.</translation>
    </message>
    <message>
      <source>The HQ database server could not be reached ({error}): nothing was changed. Check that the server is running and that this computer may connect to it.</source>
      <translation>Não foi possível contactar o servidor da base de dados da sede ({error}): nada foi alterado. Verifique se o servidor está a funcionar e se este computador se pode ligar a ele.</translation>
    </message>
    <message>
      <source>The HQ database refused this work: the role has no permission for it ({error}). Nothing was changed; ask the database administrator for the FieldKit role this work needs.</source>
      <translation>A base de dados da sede recusou este trabalho: a função não tem permissão para ele ({error}). Nada foi alterado; peça ao administrador da base de dados a função FieldKit de que este trabalho precisa.</translation>
    </message>
    <message>
      <source>The HQ database server has no space left: nothing was changed. Ask its administrator to free some space, then try again.</source>
      <translation>O servidor da base de dados da sede não tem espaço livre: nada foi alterado. Peça ao seu administrador que liberte espaço e tente de novo.</translation>
    </message>
    <message>
      <source>The workspace is busy with other work (another FieldKit window or command is writing to it): nothing was changed. Try again when that work is done.</source>
      <translation>O espaço de trabalho está ocupado com outra tarefa (outra janela ou comando do FieldKit está a escrever nele): nada foi alterado. Tente novamente quando essa tarefa terminar.</translation>
    </message>
    <message>
      <source>The HQ database server lacks what FieldKit needs ({error}): install PostGIS on it (docs/hq-postgresql.md). Nothing was changed.</source>
      <translation>Falta ao servidor da base de dados da sede o que o FieldKit precisa ({error}): instale nele o PostGIS (docs/hq-postgresql.md). Nada foi alterado.</translation>
    </message>
    <message>
      <source>The HQ store on PostgreSQL needs the psycopg package: install FieldKit with its 'hq' extra (pip install 'fieldkit[hq]').</source>
      <translation>A base da sede em PostgreSQL precisa do pacote psycopg: instale o FieldKit com o seu extra 'hq' (pip install 'fieldkit[hq]').</translation>
    </message>
    <message>
      <source>The PostgreSQL address could not be read: {error}</source>
      <translation>Não foi possível ler o endereço PostgreSQL: {error}</translation>
    </message>
    <message>
      <source>The HQ database reported an error: {error}</source>
      <translation>A base de dados da sede comunicou um erro: {error}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of FieldKit (database schema {found}, this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.</source>
      <translation>Este espaço de trabalho foi escrito por uma versão mais recente do FieldKit (esquema da base de dados {found}, esta versão conhece até {latest}). Atualize o FieldKit para o abrir; o ficheiro não foi tocado.</translation>
    </message>
    <message>
      <source>The search "{text}" has an unclosed quotation mark.</source>
      <translation>A pesquisa "{text}" tem aspas por fechar.</translation>
    </message>
    <message>
      <source>The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.</source>
      <translation>A pesquisa "{text}" começa ou termina com AND, OR ou NOT; ponha palavras dos dois lados.</translation>
    </message>
    <message>
      <source>history exists for an incident that is gone</source>
      <translation>existe histórico de um incidente que já não existe</translation>
    </message>
    <message>
      <source>is not in the HQ database yet</source>
      <translation>ainda não está na base de dados da sede</translation>
    </message>
    <message>
      <source>is in the HQ database but not in the workspace</source>
      <translation>está na base de dados da sede mas não no espaço de trabalho</translation>
    </message>
    <message>
      <source>differs between the HQ database and the workspace (publish again)</source>
      <translation>difere entre a base de dados da sede e o espaço de trabalho (publique de novo)</translation>
    </message>
    <message>
      <source>The attachment name {sha} is not a SHA-256.</source>
      <translation>O nome do anexo {sha} não é um SHA-256.</translation>
    </message>
    <message>
      <source>the file was altered or cut short in the HQ database</source>
      <translation>o ficheiro foi alterado ou truncado na base de dados da sede</translation>
    </message>
    <message>
      <source>The search '{query}' has no word to look for.</source>
      <translation>A pesquisa '{query}' não tem nenhuma palavra a procurar.</translation>
    </message>
    <message>
      <source>The attachment {sha} is not in the HQ database.</source>
      <translation>O anexo {sha} não está na base de dados da sede.</translation>
    </message>
    <message>
      <source>has no stored history</source>
      <translation>não tem histórico guardado</translation>
    </message>
    <message>
      <source>the current record differs from its last saved version (edited outside FieldKit)</source>
      <translation>o registo atual difere da sua última versão guardada (editado fora do FieldKit)</translation>
    </message>
    <message>
      <source>the file is not in the HQ database (publish from the workspace)</source>
      <translation>o ficheiro não está na base de dados da sede (publique a partir do espaço de trabalho)</translation>
    </message>
    <message>
      <source>This HQ database is fed by another FieldKit workspace (device {other}): nothing was published. Use a database of its own for this workspace.</source>
      <translation>Esta base de dados da sede é alimentada por outro espaço de trabalho FieldKit (dispositivo {other}): nada foi publicado. Use uma base de dados própria para este espaço de trabalho.</translation>
    </message>
    <message>
      <source>The attachment {sha} is incomplete in the HQ database.</source>
      <translation>O anexo {sha} está incompleto na base de dados da sede.</translation>
    </message>
    <message>
      <source>The attachment {sha} in the HQ database does not match its SHA-256 (altered on the server): nothing was written.</source>
      <translation>O anexo {sha} na base de dados da sede não corresponde ao seu SHA-256 (alterado no servidor): nada foi escrito.</translation>
    </message>
    <message>
      <source>The attachment {sha} is missing from the workspace.</source>
      <translation>O anexo {sha} está em falta no espaço de trabalho.</translation>
    </message>
    <message>
      <source>The attachment {sha} has been altered: its content no longer matches its SHA-256.</source>
      <translation>O anexo {sha} foi alterado: o seu conteúdo já não corresponde ao seu SHA-256.</translation>
    </message>
    <message>
      <source>The workspace is locked: unlock it with its passphrase first.</source>
      <translation>O espaço de trabalho está bloqueado: desbloqueie-o primeiro com a sua frase-passe.</translation>
    </message>
    <message>
      <source>The file {name} does not match its SHA-256.</source>
      <translation>O ficheiro {name} não corresponde ao seu SHA-256.</translation>
    </message>
    <message>
      <source>The file {path} could not be copied into the workspace: {error}</source>
      <translation>Não foi possível copiar o ficheiro {path} para o espaço de trabalho: {error}</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>É necessário um título.</translation>
    </message>
    <message>
      <source>The status must be 'draft' or 'final'.</source>
      <translation>O estado deve ser 'draft' (rascunho) ou 'final' (definitivo).</translation>
    </message>
    <message>
      <source>A description is required before the incident is final.</source>
      <translation>É necessária uma descrição antes de o incidente ser definitivo.</translation>
    </message>
    <message>
      <source>The date and time of the incident are required.</source>
      <translation>A data e a hora do incidente são obrigatórias.</translation>
    </message>
    <message>
      <source>The time precision must be exact, day, month or approximate.</source>
      <translation>A precisão da hora deve ser exata, dia, mês ou aproximada.</translation>
    </message>
    <message>
      <source>The place name is too long ({n} characters, at most {max}).</source>
      <translation>O nome do local é demasiado longo ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>The location precision must be exact, near, district, region or country.</source>
      <translation>A precisão da localização deve ser exata, próxima, distrito, região ou país.</translation>
    </message>
    <message>
      <source>A category is required.</source>
      <translation>É necessária uma categoria.</translation>
    </message>
    <message>
      <source>Too many actors ({n}, at most {max}).</source>
      <translation>Demasiados atores ({n}, no máximo {max}).</translation>
    </message>
    <message>
      <source>'{code}' is not a known source type.</source>
      <translation>'{code}' não é um tipo de fonte conhecido.</translation>
    </message>
    <message>
      <source>Source reliability must be a letter from A to F.</source>
      <translation>A fiabilidade da fonte deve ser uma letra de A a F.</translation>
    </message>
    <message>
      <source>Information credibility must be a digit from 1 to 6.</source>
      <translation>A credibilidade da informação deve ser um algarismo de 1 a 6.</translation>
    </message>
    <message>
      <source>Too many tags ({n}, at most {max}).</source>
      <translation>Demasiadas etiquetas ({n}, no máximo {max}).</translation>
    </message>
    <message>
      <source>Too many markets ({n}, at most {max}).</source>
      <translation>Demasiados mercados ({n}, no máximo {max}).</translation>
    </message>
    <message>
      <source>The title is too long ({n} characters, at most {max}).</source>
      <translation>O título é demasiado longo ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>The description is too long ({n} characters, at most {max}).</source>
      <translation>A descrição é demasiado longa ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>Latitude and longitude are required before the incident is final (a draft may be saved without them).</source>
      <translation>A latitude e a longitude são obrigatórias antes de o incidente ser definitivo (um rascunho pode ser guardado sem elas).</translation>
    </message>
    <message>
      <source>'{code}' is not a known category code.</source>
      <translation>'{code}' não é um código de categoria conhecido.</translation>
    </message>
    <message>
      <source>A severity from 1 to 5 is required.</source>
      <translation>É necessária uma gravidade de 1 a 5.</translation>
    </message>
    <message>
      <source>The severity must be a whole number from 1 (minimal) to 5 (critical).</source>
      <translation>A gravidade deve ser um número inteiro de 1 (mínima) a 5 (crítica).</translation>
    </message>
    <message>
      <source>The actors must be a list of names (each with an optional type).</source>
      <translation>Os atores devem ser uma lista de nomes (cada um com um tipo opcional).</translation>
    </message>
    <message>
      <source>Each actor must be a name, with an optional type code.</source>
      <translation>Cada ator deve ser um nome, com um código de tipo opcional.</translation>
    </message>
    <message>
      <source>An actor's name is too long ({n} characters, at most {max}).</source>
      <translation>O nome de um ator é demasiado longo ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>The tags must be a list of words.</source>
      <translation>As etiquetas devem ser uma lista de palavras.</translation>
    </message>
    <message>
      <source>Each tag must be a word or a short text.</source>
      <translation>Cada etiqueta deve ser uma palavra ou um texto curto.</translation>
    </message>
    <message>
      <source>A tag is too long ({n} characters, at most {max}).</source>
      <translation>Uma etiqueta é demasiado longa ({n} caracteres, no máximo {max}).</translation>
    </message>
    <message>
      <source>The markets must be a list of criminal market codes.</source>
      <translation>Os mercados devem ser uma lista de códigos de mercados criminosos.</translation>
    </message>
    <message>
      <source>The date of the incident is in the future.</source>
      <translation>A data do incidente está no futuro.</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.</source>
      <translation>'{value}' não é uma data; use a forma 2026-03-14 ou 2026-03-14T22:30.</translation>
    </message>
    <message>
      <source>The report date is in the future.</source>
      <translation>A data do relato está no futuro.</translation>
    </message>
    <message>
      <source>'{value}' is not a date.</source>
      <translation>'{value}' não é uma data.</translation>
    </message>
    <message>
      <source>'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.</source>
      <translation>'{value}' não é uma classificação de fonte; use uma letra A-F e um algarismo 1-6, p. ex. B2.</translation>
    </message>
    <message>
      <source>The number of people killed must be a whole number from 0 to {max}, or left empty if not known.</source>
      <translation>O número de pessoas mortas deve ser um número inteiro de 0 a {max}, ou ficar vazio se não for conhecido.</translation>
    </message>
    <message>
      <source>Longitude is required.</source>
      <translation>A longitude é obrigatória.</translation>
    </message>
    <message>
      <source>Latitude is required.</source>
      <translation>A latitude é obrigatória.</translation>
    </message>
    <message>
      <source>Give the longitude too, or neither (a draft may be saved without a location).</source>
      <translation>Indique também a longitude, ou nenhuma das duas (um rascunho pode ser guardado sem localização).</translation>
    </message>
    <message>
      <source>Give the latitude too, or neither (a draft may be saved without a location).</source>
      <translation>Indique também a latitude, ou nenhuma das duas (um rascunho pode ser guardado sem localização).</translation>
    </message>
    <message>
      <source>'{value}' is two numbers: put the latitude and the longitude each in its own box.</source>
      <translation>'{value}' são dois números: coloque a latitude e a longitude cada uma na sua caixa.</translation>
    </message>
    <message>
      <source>The search "{text}" only leaves words out (-word); put a word to look for too.</source>
      <translation>A pesquisa "{text}" só exclui palavras (-palavra); acrescente também uma palavra a procurar.</translation>
    </message>
    <message>
      <source>No single incident has an id starting with {id}.</source>
      <translation>Não há um único incidente cujo id comece por {id}.</translation>
    </message>
    <message>
      <source>This incident is in the trash; restore it before editing.</source>
      <translation>Este incidente está no lixo; restaure-o antes de o editar.</translation>
    </message>
    <message>
      <source>Only an incident in the trash can be purged; move it to the trash first.</source>
      <translation>Só um incidente no lixo pode ser purgado; mova-o primeiro para o lixo.</translation>
    </message>
    <message>
      <source>The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.</source>
      <translation>A pesquisa não foi compreendida ({error}). Verifique as aspas e AND/OR/NOT.</translation>
    </message>
    <message>
      <source>The id must be a UUID.</source>
      <translation>O id deve ser um UUID.</translation>
    </message>
    <message>
      <source>This field cannot be changed.</source>
      <translation>Este campo não pode ser alterado.</translation>
    </message>
    <message>
      <source>That attachment is not part of this incident.</source>
      <translation>Esse anexo não faz parte deste incidente.</translation>
    </message>
    <message>
      <source>A reason is required to change a final incident.</source>
      <translation>É necessário um motivo para alterar um incidente definitivo.</translation>
    </message>
    <message>
      <source>The file of attachment {name} (of the other device's version) is missing from this workspace: the conflict was left open. Ask the other device for a new bundle (it brings the file again), then resolve the conflict.</source>
      <translation>O ficheiro do anexo {name} (da versão do outro dispositivo) está em falta neste espaço de trabalho: o conflito ficou em aberto. Peça ao outro dispositivo um novo pacote (traz o ficheiro de novo) e depois resolva o conflito.</translation>
    </message>
    <message>
      <source>An incident with this id already exists.</source>
      <translation>Já existe um incidente com este id.</translation>
    </message>
    <message>
      <source>The file {path} does not exist or cannot be read.</source>
      <translation>O ficheiro {path} não existe ou não pode ser lido.</translation>
    </message>
    <message>
      <source>'{text}' is not a box: west must be less than east (-180 to 180), south less than north (-90 to 90).</source>
      <translation>«{text}» não é um retângulo delimitador: o oeste deve ser menor do que o este (-180 a 180) e o sul menor do que o norte (-90 a 90).</translation>
    </message>
    <message>
      <source>'{text}' is not a range of zoom levels; write it e.g. 5-12 (0 to 22).</source>
      <translation>«{text}» não é um intervalo de níveis de zoom; escreva-o p. ex. 5-12 (0 a 22).</translation>
    </message>
    <message>
      <source>{file} already exists; choose another name for the new pack.</source>
      <translation>{file} já existe; escolha outro nome para o novo pacote.</translation>
    </message>
    <message>
      <source>The new pack cannot replace its source {file}.</source>
      <translation>O novo pacote não pode substituir o seu ficheiro de origem {file}.</translation>
    </message>
    <message>
      <source>{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).</source>
      <translation>{file} contém mosaicos {fmt}; o FieldKit mostra mosaicos raster (png, jpg, webp).</translation>
    </message>
    <message>
      <source>'{text}' is not a box; write it W,S,E,N in degrees, e.g. -17,10,-13,13.</source>
      <translation>«{text}» não é um retângulo delimitador; escreva-o O,S,E,N em graus, p. ex. -17,10,-13,13.</translation>
    </message>
    <message>
      <source>The pack could not be written ({error}); nothing was kept.</source>
      <translation>Não foi possível escrever o pacote ({error}); nada foi guardado.</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file ({error}).</source>
      <translation>{file} não é um ficheiro MBTiles legível ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file (its zoom levels are not numbers).</source>
      <translation>{file} não é um ficheiro MBTiles legível (os seus níveis de zoom não são números).</translation>
    </message>
    <message>
      <source>The Arabic font is not installed with this copy of FieldKit (fontpkg-amiri).</source>
      <translation>O tipo de letra árabe não está instalado com esta cópia do FieldKit (fontpkg-amiri).</translation>
    </message>
    <message>
      <source>In {place}</source>
      <translation>Em {place}</translation>
    </message>
    <message>
      <source>{km} km N of {place}</source>
      <translation>{km} km a N de {place}</translation>
    </message>
    <message>
      <source>{km} km NE of {place}</source>
      <translation>{km} km a NE de {place}</translation>
    </message>
    <message>
      <source>{km} km E of {place}</source>
      <translation>{km} km a E de {place}</translation>
    </message>
    <message>
      <source>{km} km SE of {place}</source>
      <translation>{km} km a SE de {place}</translation>
    </message>
    <message>
      <source>{km} km S of {place}</source>
      <translation>{km} km a S de {place}</translation>
    </message>
    <message>
      <source>{km} km SW of {place}</source>
      <translation>{km} km a SO de {place}</translation>
    </message>
    <message>
      <source>{km} km W of {place}</source>
      <translation>{km} km a O de {place}</translation>
    </message>
    <message>
      <source>{km} km NW of {place}</source>
      <translation>{km} km a NO de {place}</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).</source>
      <translation>A latitude deve estar entre -90 e 90 e a longitude entre -180 e 180 ({lat}, {lon} indicados).</translation>
    </message>
    <message>
      <source>The gazetteer of places is not installed with this copy of FieldKit.</source>
      <translation>O dicionário geográfico de locais não está instalado com esta cópia do FieldKit.</translation>
    </message>
    <message>
      <source>A position is two numbers: latitude and longitude.</source>
      <translation>Uma posição são dois números: latitude e longitude.</translation>
    </message>
    <message>
      <source>The gazetteer of places could not be read ({error}).</source>
      <translation>Não foi possível ler o dicionário geográfico de locais ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit report (no content hash found).</source>
      <translation>{file} não é um relatório FieldKit (não foi encontrado nenhum hash de conteúdo).</translation>
    </message>
    <message>
      <source>The report could not be written to {path}: {error}</source>
      <translation>Não foi possível escrever o relatório em {path}: {error}</translation>
    </message>
    <message>
      <source>{file} is not a readable PDF.</source>
      <translation>{file} não é um PDF legível.</translation>
    </message>
    <message>
      <source>version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)</source>
      <translation>a versão {n} não tem assinatura (foi alterada fora do FieldKit, ou a chave do seu dispositivo perdeu-se)</translation>
    </message>
    <message>
      <source>version {n} does not match its signature (edited outside FieldKit)</source>
      <translation>a versão {n} não corresponde à sua assinatura (editada fora do FieldKit)</translation>
    </message>
    <message>
      <source>version {n} is signed by a key this workspace does not know</source>
      <translation>a versão {n} está assinada por uma chave que este espaço de trabalho não conhece</translation>
    </message>
    <message>
      <source>version {n} is missing or unlinked</source>
      <translation>a versão {n} está em falta ou desligada</translation>
    </message>
    <message>
      <source>version {n} is missing</source>
      <translation>a versão {n} está em falta</translation>
    </message>
    <message>
      <source>version {n} is not linked to version {prev}</source>
      <translation>a versão {n} não está ligada à versão {prev}</translation>
    </message>
    <message>
      <source>version {n} was altered after it was saved</source>
      <translation>a versão {n} foi alterada depois de ser guardada</translation>
    </message>
    <message>
      <source>The database migrations are not numbered 1, 2, 3... without gaps: {numbers}</source>
      <translation>As migrações da base de dados não estão numeradas 1, 2, 3... sem lacunas: {numbers}</translation>
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space (or move the workspace to a larger drive), then try again.</source>
      <translation>O disco está cheio: nada foi alterado. Liberte algum espaço (ou mova o espaço de trabalho para uma unidade maior) e tente novamente.</translation>
    </message>
    <message>
      <source>The disk could not be written or read ({error}): nothing was changed. Check the drive (removed, failing or read-only), then try again.</source>
      <translation>Não foi possível escrever ou ler no disco ({error}): nada foi alterado. Verifique a unidade (removida, avariada ou só de leitura) e tente novamente.</translation>
    </message>
    <message>
      <source>The file {path} is not a FieldKit database ({error}).</source>
      <translation>O ficheiro {path} não é uma base de dados FieldKit ({error}).</translation>
    </message>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>Não foi possível abrir a base de dados {path}: {error}</translation>
    </message>
    <message>
      <source>Could not open the database {path}: {error}</source>
      <translation>Não foi possível abrir a base de dados {path}: {error}</translation>
    </message>
    <message>
      <source>Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.</source>
      <translation>A atualização da base de dados falhou no passo {number} ({name}): {error}. Esse passo não alterou nada.</translation>
    </message>
    <message>
      <source>HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ.</source>
      <translation>A política da sede mantém neste dispositivo os incidentes marcados como sensíveis: exporte o pacote sem eles, ou pergunte à sede.</translation>
    </message>
    <message>
      <source>This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, or choose a plain bundle explicitly.</source>
      <translation>Este pacote seria legível por qualquer pessoa que encontrasse a pen: não há aqui nenhuma chave da sede de confiança, e não foi indicado destinatário nem frase-passe. Indique uma frase-passe de pacote (pelo menos {n} caracteres), confie na chave da sede, ou escolha explicitamente um pacote não cifrado.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than allowed.</source>
      <translation>O membro {name} do pacote é maior do que o permitido.</translation>
    </message>
    <message>
      <source>The bundle member {name} inflates far beyond its size: it is damaged or hostile.</source>
      <translation>O membro {name} do pacote expande-se muito além do seu tamanho: está danificado ou é hostil.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than it claims.</source>
      <translation>O membro {name} do pacote é maior do que declara.</translation>
    </message>
    <message>
      <source>The bundle's list of recipients is damaged: the bundle is damaged or was tampered with.</source>
      <translation>A lista de destinatários do pacote está danificada: o pacote está danificado ou foi adulterado.</translation>
    </message>
    <message>
      <source>This bundle is encrypted for another device; this device's key cannot open it.</source>
      <translation>Este pacote está cifrado para outro dispositivo; a chave deste dispositivo não o consegue abrir.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.</source>
      <translation>Este pacote foi criado por um FieldKit mais recente (formato cifrado {v}); atualize o FieldKit para o importar.</translation>
    </message>
    <message>
      <source>The encrypted bundle is damaged: its envelope cannot be read.</source>
      <translation>O pacote cifrado está danificado: o seu envelope não pode ser lido.</translation>
    </message>
    <message>
      <source>The bundle holds the same file twice; it is refused.</source>
      <translation>O pacote contém o mesmo ficheiro duas vezes; é recusado.</translation>
    </message>
    <message>
      <source>The bundle has no manifest or no signature; it is not a FieldKit bundle.</source>
      <translation>O pacote não tem manifesto ou assinatura; não é um pacote FieldKit.</translation>
    </message>
    <message>
      <source>This is not a FieldKit bundle.</source>
      <translation>Isto não é um pacote FieldKit.</translation>
    </message>
    <message>
      <source>This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.</source>
      <translation>Este pacote usa a versão de formato {v}; este FieldKit lê a versão {mine}. Atualize o FieldKit para o importar.</translation>
    </message>
    <message>
      <source>This bundle was made by this device; there is nothing to import.</source>
      <translation>Este pacote foi criado por este dispositivo; não há nada a importar.</translation>
    </message>
    <message>
      <source>This bundle was made for another device; it is not imported here.</source>
      <translation>Este pacote foi criado para outro dispositivo; não é importado aqui.</translation>
    </message>
    <message>
      <source>The bundle claims to come from device {device_id}, but it is signed with the key of another device ({label}). A trusted key may only speak for its own device; the bundle is refused.</source>
      <translation>O pacote afirma vir do dispositivo {device_id}, mas está assinado com a chave de outro dispositivo ({label}). Uma chave de confiança só pode falar pelo seu próprio dispositivo; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept the new key only if its owner confirms the device has a new key.</source>
      <translation>O pacote afirma vir de {label} (dispositivo {device_id}), em que este espaço de trabalho confia com outra chave (impressão digital {known_fp}); está assinado com a chave {fp}. Alguém pode estar a fazer-se passar por esse dispositivo. Aceite a nova chave apenas se o seu dono confirmar que o dispositivo tem uma nova chave.</translation>
    </message>
    <message>
      <source>The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself “{label}”). Check the key fingerprint with its owner, then accept it.</source>
      <translation>O pacote está assinado por um dispositivo em que este espaço de trabalho ainda não confia (chave {fp}, que se apresenta como «{label}»). Verifique a impressão digital da chave com o seu dono e depois aceite-a.</translation>
    </message>
    <message>
      <source>The bundle's files do not match its manifest: files are missing or were added. It is refused.</source>
      <translation>Os ficheiros do pacote não correspondem ao seu manifesto: há ficheiros em falta ou acrescentados. É recusado.</translation>
    </message>
    <message>
      <source>The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.</source>
      <translation>O ficheiro {name} do pacote não corresponde ao seu hash registado: está danificado ou foi adulterado.</translation>
    </message>
    <message>
      <source>The bundle holds the same {kind} twice; the bundle is refused.</source>
      <translation>O pacote contém o mesmo {kind} duas vezes; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The bundle manifest holds values out of range; it is refused.</source>
      <translation>O manifesto do pacote contém valores fora dos limites; é recusado.</translation>
    </message>
    <message>
      <source>A {kind} in the bundle has no history; the bundle is refused.</source>
      <translation>Um {kind} no pacote não tem histórico; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. Open it again to check it.</source>
      <translation>O ficheiro de pacote {file} mudou desde que foi verificado (a pen foi trocada?); nada foi importado. Abra-o de novo para o verificar.</translation>
    </message>
    <message>
      <source>A deletion is resolved by keeping the incident ('local') or removing it for good ('remote').</source>
      <translation>Uma eliminação resolve-se mantendo o incidente ('local') ou removendo-o definitivamente ('remote').</translation>
    </message>
    <message>
      <source>Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side.</source>
      <translation>Só os conflitos de incidentes são resolvidos campo a campo; os conflitos de avaliações resolvem-se escolhendo um lado.</translation>
    </message>
    <message>
      <source>The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. Trust that device's key file again.</source>
      <translation>A chave de cifra registada para {label} não é uma chave válida: o pacote não pode ser cifrado para ela. Confie de novo no ficheiro de chave desse dispositivo.</translation>
    </message>
    <message>
      <source>The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.</source>
      <translation>O {what} está danificado ou truncado (não é um ficheiro zip completo). Peça que seja exportado de novo.</translation>
    </message>
    <message>
      <source>The bundle is damaged: {name} cannot be read ({error}).</source>
      <translation>O pacote está danificado: {name} não pode ser lido ({error}).</translation>
    </message>
    <message>
      <source>The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.</source>
      <translation>O pacote cifrado pede uma verificação de frase-passe muito mais custosa do que as que o FieldKit cria; é recusado.</translation>
    </message>
    <message>
      <source>This bundle is encrypted with a passphrase. Give the passphrase to import it.</source>
      <translation>Este pacote está cifrado com uma frase-passe. Indique a frase-passe para o importar.</translation>
    </message>
    <message>
      <source>This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at this size it is refused. Ask the sender to export it again with this version.</source>
      <translation>Este pacote foi cifrado por um FieldKit mais antigo numa forma que só é verificada depois de lida por inteiro; com este tamanho é recusado. Peça ao remetente que o exporte de novo com esta versão.</translation>
    </message>
    <message>
      <source>The encrypted bundle was altered or damaged: its contents fail authentication.</source>
      <translation>O pacote cifrado foi alterado ou está danificado: o seu conteúdo falha a autenticação.</translation>
    </message>
    <message>
      <source>The encrypted bundle holds unexpected files; it is refused.</source>
      <translation>O pacote cifrado contém ficheiros inesperados; é recusado.</translation>
    </message>
    <message>
      <source>The bundle holds an unexpected or unsafe file name ({name}); it is refused.</source>
      <translation>O pacote contém um nome de ficheiro inesperado ou inseguro ({name}); é recusado.</translation>
    </message>
    <message>
      <source>The bundle manifest is unreadable.</source>
      <translation>O manifesto do pacote é ilegível.</translation>
    </message>
    <message>
      <source>The bundle's signature does not match its contents: it was altered after it was signed. It is refused.</source>
      <translation>A assinatura do pacote não corresponde ao seu conteúdo: foi alterado depois de assinado. É recusado.</translation>
    </message>
    <message>
      <source>The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.</source>
      <translation>O signatário do pacote não tem uma chave de cifra válida; não é um pacote FieldKit. É recusado.</translation>
    </message>
    <message>
      <source>The bundle lacks {name}.</source>
      <translation>Falta {name} no pacote.</translation>
    </message>
    <message>
      <source>An assessment in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Uma avaliação no pacote tem uma estrutura inválida; o pacote é recusado.</translation>
    </message>
    <message>
      <source>A deletion record in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Um registo de eliminação no pacote tem uma estrutura inválida; o pacote é recusado.</translation>
    </message>
    <message>
      <source>One {kind} record in the bundle is not readable; the bundle is refused.</source>
      <translation>Um registo {kind} no pacote não é legível; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} in the bundle is broken; the bundle is refused.</source>
      <translation>O histórico de {kind} {id} no pacote está corrompido; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} was altered (hash mismatch); the bundle is refused.</source>
      <translation>O histórico de {kind} {id} foi alterado (hash não coincide); o pacote é recusado.</translation>
    </message>
    <message>
      <source>An incident in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Um incidente no pacote tem uma estrutura inválida; o pacote é recusado.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>Uma frase-passe de pacote precisa de pelo menos {n} caracteres: algumas palavras são mais fáceis de memorizar e muito mais difíceis de adivinhar.</translation>
    </message>
    <message>
      <source>The bundle {file} cannot be read: {error}</source>
      <translation>O pacote {file} não pode ser lido: {error}</translation>
    </message>
    <message>
      <source>The passphrase is wrong, or the bundle was tampered with.</source>
      <translation>A frase-passe está errada, ou o pacote foi adulterado.</translation>
    </message>
    <message>
      <source>The bundle is larger than FieldKit accepts.</source>
      <translation>O pacote é maior do que o FieldKit aceita.</translation>
    </message>
    <message>
      <source>A {kind} version in the bundle has a broken shape; the bundle is refused.</source>
      <translation>Uma versão de {kind} no pacote tem uma estrutura inválida; o pacote é recusado.</translation>
    </message>
    <message>
      <source>Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. The bundle is refused.</source>
      <translation>A versão {n} de {kind} {id} no pacote não corresponde à sua assinatura: foi alterada ou falsificada. O pacote é recusado.</translation>
    </message>
    <message>
      <source>An incident version in the bundle is unreadable; the bundle is refused.</source>
      <translation>Uma versão de incidente no pacote é ilegível; o pacote é recusado.</translation>
    </message>
    <message>
      <source>The bundle lacks an attachment of incident {id}.</source>
      <translation>Falta no pacote um anexo do incidente {id}.</translation>
    </message>
    <message>
      <source>Checking the bundle's records failed ({error}); nothing was imported.</source>
      <translation>A verificação dos registos do pacote falhou ({error}); nada foi importado.</translation>
    </message>
    <message>
      <source>The bundle's key for this device does not open: the bundle is damaged or was tampered with.</source>
      <translation>A chave do pacote para este dispositivo não abre: o pacote está danificado ou foi adulterado.</translation>
    </message>
    <message>
      <source>Choose 'local' or 'remote'.</source>
      <translation>Escolha 'local' ou 'remote' (outro dispositivo).</translation>
    </message>
    <message>
      <source>The config bundle holds values FieldKit does not accept; nothing was applied.</source>
      <translation>O pacote de configuração contém valores que o FieldKit não aceita; nada foi aplicado.</translation>
    </message>
    <message>
      <source>The config bundle's policy is not one FieldKit knows; nothing was applied.</source>
      <translation>A política do pacote de configuração não é uma que o FieldKit conheça; nada foi aplicado.</translation>
    </message>
    <message>
      <source>This config bundle would be readable by anyone who finds the stick: no device is trusted here and no passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle.</source>
      <translation>Este pacote de configuração seria legível por qualquer pessoa que encontrasse a pen: não há aqui nenhum dispositivo de confiança e não foi indicada frase-passe. Confie nas chaves dos dispositivos no terreno, indique uma frase-passe, ou escolha um pacote não cifrado.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (it holds unexpected files); nothing was applied.</source>
      <translation>Isto não é um pacote de configuração FieldKit (contém ficheiros inesperados); nada foi aplicado.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle; nothing was applied.</source>
      <translation>Isto não é um pacote de configuração FieldKit; nada foi aplicado.</translation>
    </message>
    <message>
      <source>This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.</source>
      <translation>Este pacote de configuração foi criado por um FieldKit mais recente (formato {v}); atualize o FieldKit para o aplicar.</translation>
    </message>
    <message>
      <source>This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts ({hq_fp}). It is not applied. Ask HQ.</source>
      <translation>Este pacote de configuração está assinado pela chave {fp} («{label}»), não pela chave da sede em que este dispositivo confia ({hq_fp}). Não é aplicado. Pergunte à sede.</translation>
    </message>
    <message>
      <source>This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key yet. Compare the fingerprint with HQ (by phone or in person), then accept it.</source>
      <translation>Este pacote de configuração está assinado por «{label}», chave {fp} ({words}), e este dispositivo ainda não confia em nenhuma chave da sede. Compare a impressão digital com a sede (por telefone ou pessoalmente) e depois aceite-a.</translation>
    </message>
    <message>
      <source>This config bundle was made by this device; there is nothing to apply.</source>
      <translation>Este pacote de configuração foi criado por este dispositivo; não há nada a aplicar.</translation>
    </message>
    <message>
      <source>This config bundle is signed by a revoked key; nothing was applied. Ask HQ.</source>
      <translation>Este pacote de configuração está assinado por uma chave revogada; nada foi aplicado. Pergunte à sede.</translation>
    </message>
    <message>
      <source>This config bundle (number {seq}) is not newer than the one already applied (number {last}); nothing was applied.</source>
      <translation>Este pacote de configuração (número {seq}) não é mais recente do que o já aplicado (número {last}); nada foi aplicado.</translation>
    </message>
    <message>
      <source>The config bundle is damaged; nothing was applied.</source>
      <translation>O pacote de configuração está danificado; nada foi aplicado.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters.</source>
      <translation>Uma frase-passe de pacote precisa de pelo menos {n} caracteres.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (a data bundle is imported with 'import bundle').</source>
      <translation>Isto não é um pacote de configuração FieldKit (um pacote de dados importa-se com 'import bundle').</translation>
    </message>
    <message>
      <source>The config bundle's signature does not match its contents: it was altered after it was signed.</source>
      <translation>A assinatura do pacote de configuração não corresponde ao seu conteúdo: foi alterado depois de assinado.</translation>
    </message>
    <message>
      <source>This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the workspace folder: without it this device can neither sign bundles nor open those made for it. To go on with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm</source>
      <translation>A chave de dispositivo deste espaço de trabalho (keys/device.json em {folder}) está em falta. Restaure-a a partir de uma cópia de segurança da pasta do espaço de trabalho: sem ela este dispositivo não pode assinar pacotes nem abrir os que lhe são destinados. Para continuar antes com uma nova chave (a sede e os colegas terão então de voltar a confiar nela): fieldkit keys new-identity --confirm</translation>
    </message>
    <message>
      <source>No trusted key matches {ref}.</source>
      <translation>Nenhuma chave de confiança corresponde a {ref}.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit public key file.</source>
      <translation>{file} não é um ficheiro de chave pública FieldKit.</translation>
    </message>
    <message>
      <source>The role must be colleague or hq.</source>
      <translation>A função deve ser colleague ou hq.</translation>
    </message>
    <message>
      <source>A key is checked by first use, fingerprint or HQ.</source>
      <translation>Uma chave é verificada por primeira utilização, impressão digital ou pela sede.</translation>
    </message>
    <message>
      <source>That is this device's own key.</source>
      <translation>Essa é a própria chave deste dispositivo.</translation>
    </message>
    <message>
      <source>This key claims to be device {device_id}, which is already trusted under another key (fingerprint {known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a new one, which replaces the old.</source>
      <translation>Esta chave afirma ser o dispositivo {device_id}, que já é de confiança com outra chave (impressão digital {known_fp}, {known_label}). Verifique com o seu dono; confie na nova chave apenas se esse dispositivo tiver realmente uma nova, que substitui a antiga.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged or too large; nothing was applied.</source>
      <translation>Uma declaração assinada ({what}) está danificada ou é demasiado grande; nada foi aplicado.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged; nothing was applied.</source>
      <translation>Uma declaração assinada ({what}) está danificada; nada foi aplicado.</translation>
    </message>
    <message>
      <source>A revocation in the config bundle is not signed by HQ's key; nothing was applied.</source>
      <translation>Uma revogação no pacote de configuração não está assinada pela chave da sede; nada foi aplicado.</translation>
    </message>
    <message>
      <source>This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on ({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.</source>
      <translation>Este pacote está assinado pela chave de {label} (dispositivo {device_id}), que a sede revogou a partir de {since} ({reason}). Os pacotes que assinou depois disso são recusados; o que enviou antes mantém-se. Pergunte à sede.</translation>
    </message>
    <message>
      <source>No bundle from device {device_id} was imported here: there is nothing to confirm.</source>
      <translation>Nenhum pacote do dispositivo {device_id} foi importado aqui: não há nada a confirmar.</translation>
    </message>
    <message>
      <source>This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.</source>
      <translation>Este recibo foi criado por um FieldKit mais recente (formato {v}); atualize o FieldKit para o ler.</translation>
    </message>
    <message>
      <source>This receipt is not signed by the HQ key this device trusts; it was not applied.</source>
      <translation>Este recibo não está assinado pela chave da sede em que este dispositivo confia; não foi aplicado.</translation>
    </message>
    <message>
      <source>This receipt confirms another device's bundles; it was not applied.</source>
      <translation>Este recibo confirma os pacotes de outro dispositivo; não foi aplicado.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit receipt.</source>
      <translation>{file} não é um recibo FieldKit.</translation>
    </message>
    <message>
      <source>Give the date or the bundle sequence the revocation starts from.</source>
      <translation>Indique a data ou o número de sequência de pacote a partir do qual a revogação começa.</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</source>
      <translation>{value} não é uma data (AAAA-MM-DD) nem uma hora (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
      <source>The receipt could not be written to {file}: {error}</source>
      <translation>Não foi possível escrever o recibo em {file}: {error}</translation>
    </message>
    <message>
      <source>A bundle sequence is a whole number from 1.</source>
      <translation>Um número de sequência de pacote é um número inteiro a partir de 1.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 3650.</source>
      <translation>{name} tem de estar entre 0 e 3650.</translation>
    </message>
    <message>
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can be left behind. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>A sede ainda não confirmou ter recebido nenhum pacote deste portátil: nada pode ser retirado. Envie primeiro um pacote à sede e importe o recibo que ela devolver.</translation>
    </message>
    <message>
      <source>Use one line of plain text, without line breaks or invisible characters.</source>
      <translation>Use uma linha de texto simples, sem quebras de linha nem caracteres invisíveis.</translation>
    </message>
    <message>
      <source>At most {max} characters ({n} given).</source>
      <translation>No máximo {max} caracteres ({n} indicados).</translation>
    </message>
    <message>
      <source>That passphrase does not open this workspace. Nothing was changed.</source>
      <translation>Essa frase-passe não abre este espaço de trabalho. Nada foi alterado.</translation>
    </message>
    <message>
      <source>A passphrase is needed to protect the workspace.</source>
      <translation>É necessária uma frase-passe para proteger o espaço de trabalho.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {n} characters (a few words are easiest to remember).</source>
      <translation>A frase-passe é demasiado curta: use pelo menos {n} caracteres (algumas palavras são o mais fácil de memorizar).</translation>
    </message>
    <message>
      <source>This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked).</source>
      <translation>Este espaço de trabalho está cifrado: indique a sua frase-passe (FIELDKIT_PASSPHRASE, ou escreva-a quando lhe for pedida).</translation>
    </message>
    <message>
      <source>The new passphrase is the duress passphrase: choose another one. Nothing was changed.</source>
      <translation>A nova frase-passe é a frase-passe de coação: escolha outra. Nada foi alterado.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is damaged (its header is wrong).</source>
      <translation>Um ficheiro cifrado do espaço de trabalho está danificado (o seu cabeçalho está errado).</translation>
    </message>
    <message>
      <source>{name} must be a language code such as en or fr.</source>
      <translation>{name} deve ser um código de idioma, como en ou fr.</translation>
    </message>
    <message>
      <source>Your name, role and device name are too long to keep with the duress passphrase.</source>
      <translation>O seu nome, função e nome do dispositivo são demasiado longos para serem guardados com a frase-passe de coação.</translation>
    </message>
    <message>
      <source>The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. Restore the workspace folder from a backup.</source>
      <translation>O ficheiro de chave do espaço de trabalho ({file}) está danificado ou não é um ficheiro de chave FieldKit: o espaço de trabalho não pode ser aberto. Restaure a pasta do espaço de trabalho a partir de uma cópia de segurança.</translation>
    </message>
    <message>
      <source>The duress passphrase must differ from the workspace passphrase. Nothing was changed.</source>
      <translation>A frase-passe de coação tem de ser diferente da frase-passe do espaço de trabalho. Nada foi alterado.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace was altered or is damaged.</source>
      <translation>Um ficheiro cifrado do espaço de trabalho foi alterado ou está danificado.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is truncated.</source>
      <translation>Um ficheiro cifrado do espaço de trabalho está truncado.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 100000.</source>
      <translation>{name} deve estar entre 0 e 100000.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace has bytes after its end.</source>
      <translation>Um ficheiro cifrado do espaço de trabalho tem bytes depois do seu fim.</translation>
    </message>
    <message>
      <source>The vocabulary file {path} could not be read: {error}</source>
      <translation>Não foi possível ler o ficheiro de vocabulário {path}: {error}</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}: nothing was deleted.</source>
      <translation>Não há nenhum espaço de trabalho FieldKit em {folder}: nada foi eliminado.</translation>
    </message>
    <message>
      <source>This workspace is not encrypted: set a passphrase to encrypt it first.</source>
      <translation>Este espaço de trabalho não está cifrado: defina primeiro uma frase-passe para o cifrar.</translation>
    </message>
    <message>
      <source>The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was destroyed.</source>
      <translation>A frase-passe foi errada {n} vezes seguidas: conforme a política deste portátil, o espaço de trabalho foi destruído.</translation>
    </message>
    <message>
      <source>The workspace {folder} is closed.</source>
      <translation>O espaço de trabalho {folder} está fechado.</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records is missing (removed outside FieldKit)</source>
      <translation>a lista assinada dos registos deste espaço de trabalho está em falta (removida fora do FieldKit)</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records was changed outside FieldKit</source>
      <translation>a lista assinada dos registos deste espaço de trabalho foi alterada fora do FieldKit</translation>
    </message>
    <message>
      <source>records were added or removed outside FieldKit: the workspace holds {n} records and deletions, its signed list {m}</source>
      <translation>foram adicionados ou removidos registos fora do FieldKit: o espaço de trabalho contém {n} registos e eliminações, a sua lista assinada {m}</translation>
    </message>
    <message>
      <source>the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted</source>
      <translation>a chave de confiança {fp} ({label}) foi alterada fora do FieldKit: deixou de ser de confiança</translation>
    </message>
    <message>
      <source>the signing key recorded for device {device_id} was changed outside FieldKit</source>
      <translation>a chave de assinatura registada para o dispositivo {device_id} foi alterada fora do FieldKit</translation>
    </message>
    <message>
      <source>version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on</source>
      <translation>a versão {n} está assinada pela chave do dispositivo {device_id}, que a sede revogou a partir de {since}</translation>
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
      <translation>descrição</translation>
    </message>
    <message>
      <source>occurred_at</source>
      <translation>data do incidente</translation>
    </message>
    <message>
      <source>occurred_precision</source>
      <translation>precisão da data</translation>
    </message>
    <message>
      <source>reported_at</source>
      <translation>data do relato</translation>
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
      <translation>local</translation>
    </message>
    <message>
      <source>location_precision</source>
      <translation>precisão do local</translation>
    </message>
    <message>
      <source>category</source>
      <translation>categoria</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>gravidade</translation>
    </message>
    <message>
      <source>actors</source>
      <translation>atores</translation>
    </message>
    <message>
      <source>source_type</source>
      <translation>tipo de fonte</translation>
    </message>
    <message>
      <source>source_reliability</source>
      <translation>fiabilidade da fonte</translation>
    </message>
    <message>
      <source>source_credibility</source>
      <translation>credibilidade da informação</translation>
    </message>
    <message>
      <source>source_grade</source>
      <translation>classificação da fonte</translation>
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
      <translation>sensível</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>motivo</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>anexos</translation>
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
      <translation>início do período</translation>
    </message>
    <message>
      <source>period_end</source>
      <translation>fim do período</translation>
    </message>
    <message>
      <source>point</source>
      <translation>ponto</translation>
    </message>
    <message>
      <source>bbox</source>
      <translation>limites da área</translation>
    </message>
    <message>
      <source>language</source>
      <translation>idioma</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>lista de verificação</translation>
    </message>
    <message>
      <source>question</source>
      <translation>pergunta</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>provas</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obrigatório</translation>
    </message>
    <message>
      <source>based_on</source>
      <translation>baseada em</translation>
    </message>
    <message>
      <source>choice</source>
      <translation>opção</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation>frase-passe</translation>
    </message>
    <message>
      <source>device_label</source>
      <translation>nome do dispositivo</translation>
    </message>
    <message>
      <source>user_name</source>
      <translation>o seu nome</translation>
    </message>
    <message>
      <source>role</source>
      <translation>função</translation>
    </message>
    <message>
      <source>markets</source>
      <translation>mercados criminosos</translation>
    </message>
    <message>
      <source>fatalities</source>
      <translation>pessoas mortas</translation>
    </message>
    <message>
      <source>market</source>
      <translation>mercado</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>dimensão</translation>
    </message>
    <message>
      <source>harm</source>
      <translation>dano</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>tendência</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>origem</translation>
    </message>
    <message>
      <source>transit</source>
      <translation>trânsito</translation>
    </message>
    <message>
      <source>destination</source>
      <translation>destino</translation>
    </message>
    <message>
      <source>prices</source>
      <translation>preços</translation>
    </message>
    <message>
      <source>seizures</source>
      <translation>apreensões</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nome</translation>
    </message>
    <message>
      <source>type</source>
      <translation>tipo</translation>
    </message>
    <message>
      <source>capability</source>
      <translation>capacidade</translation>
    </message>
    <message>
      <source>armed_links</source>
      <translation>ligações a grupos armados</translation>
    </message>
    <message>
      <source>state_links</source>
      <translation>ligações ao Estado</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>likelihood</source>
      <translation>probabilidade</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confiança</translation>
    </message>
    <message>
      <source>position</source>
      <translation>número</translation>
    </message>
  </context>
</TS>