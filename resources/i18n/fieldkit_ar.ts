<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="111" />
      <source>About FieldKit</source>
      <translation>حول FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>An offline companion for field missions: incident log, Spotting the Spoilers assessments, maps and sync bundles.</source>
      <translation>رفيق للبعثات الميدانية يعمل دون اتصال: سجل الحوادث، وتقييمات «رصد المفسدين»، والخرائط، وحزم المزامنة.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="125" />
      <source>The translation into this language is a first draft, awaiting review by a native speaker: where a text is unclear, the English version is the reference.</source>
      <translation>الترجمة إلى هذه اللغة مسودة أولى بانتظار مراجعة متحدث أصلي: حيثما كان نص غير واضح، فالنسخة الإنجليزية هي المرجع.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>مساحة العمل</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>الجهاز</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>برمجيات الأطراف الثالثة</translation>
    </message>
    <message>
      <source>Data credits</source>
      <translation>مصادر البيانات</translation>
    </message>
  </context>
  <context>
    <name>ActorDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="129" />
      <source>Actor</source>
      <translation>الجهة الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="139" />
      <source>not known</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="144" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="151" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="152" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="153" />
      <source>Role in the chain</source>
      <translation>الدور في السلسلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="154" />
      <source>Capability</source>
      <translation>القدرة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="155" />
      <source>Links to armed groups</source>
      <translation>الصلات بالجماعات المسلحة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="156" />
      <source>Links to the state</source>
      <translation>الصلات بالدولة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="157" />
      <source>Trend</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="158" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
  </context>
  <context>
    <name>AnswerWidget</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="80" />
      <source>(no answer)</source>
      <translation>(لا إجابة)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="109" />
      <source>a number</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="111" />
      <source>Type 'unknown' if it is not known.</source>
      <translation>اكتب 'unknown' إذا كان غير معروف.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="108" />
      <source>Assessment</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="113" />
      <source>New assessment…</source>
      <translation>تقييم جديد…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="116" />
      <source>Import checklist…</source>
      <translation>استيراد قائمة مرجعية…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="118" />
      <source>Add a checklist written as an XLSForm (.xlsx), the spreadsheet forms of ODK and KoboToolbox</source>
      <translation>إضافة قائمة مرجعية مكتوبة بصيغة XLSForm (.xlsx)، وهي نماذج جداول البيانات المستخدمة في ODK وKoboToolbox</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="122" />
      <source>Next unanswered</source>
      <translation>السؤال التالي دون إجابة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="127" />
      <location filename="../../ui/checklist/view.py" line="586" />
      <source>Finalise</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="130" />
      <source>Use the latest checklist</source>
      <translation>استخدام أحدث قائمة مرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="132" />
      <source>This draft uses an earlier version of the checklist; its answers are carried over.</source>
      <translation>تستخدم هذه المسودة إصدارًا سابقًا من القائمة المرجعية؛ وتُنقل إجاباتها.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="137" />
      <location filename="../../ui/checklist/view.py" line="639" />
      <source>PDF report…</source>
      <translation>تقرير PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="140" />
      <source>Language of the PDF report</source>
      <translation>لغة تقرير PDF</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="163" />
      <source>Questions</source>
      <translation>الأسئلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="174" />
      <source>Summary</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="179" />
      <source>Compare with</source>
      <translation>مقارنة مع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="186" />
      <source>Compare</source>
      <translation>مقارنة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="188" />
      <source>Markets and actors</source>
      <translation>الأسواق والجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="235" />
      <source>in progress</source>
      <translation>قيد الإنجاز</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="259" />
      <source>No assessment yet. Click “New assessment…” to start one.</source>
      <translation>لا يوجد تقييم بعد. انقر «تقييم جديد…» للبدء.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="298" />
      <source>This assessment is final (version {v}). Changing an answer needs a reason and is kept as a new version.</source>
      <translation>هذا التقييم نهائي (الإصدار {v}). يتطلب تغيير أي إجابة ذكر سبب، ويُحفظ التغيير كإصدار جديد.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="304" />
      <source>Answers are saved the moment you give them.</source>
      <translation>تُحفظ الإجابات لحظة إدخالها.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="325" />
      <source>The area bounds must be four numbers.</source>
      <translation>يجب أن تكون حدود المنطقة أربعة أرقام.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="358" />
      <source>Overall: {done} of {total} answered</source>
      <translation>الإجمالي: {done} من {total} أُجيب عنها</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="416" />
      <source>Note (optional)</source>
      <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="445" />
      <source>Evidence ({n})…</source>
      <translation>الأدلة ({n})…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Checklist</source>
      <translation>القائمة المرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="467" />
      <source>Every question that applies has an answer.</source>
      <translation>لكل سؤال ينطبق إجابة.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="482" />
      <source>Change a final assessment</source>
      <translation>تغيير تقييم نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="483" />
      <source>This assessment is final. Why are you changing it? The change is kept as a new version.</source>
      <translation>هذا التقييم نهائي. لماذا تغيّره؟ يُحفظ التغيير كإصدار جديد.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="551" />
      <source>Give an answer first; the note is saved with it.</source>
      <translation>أجب أولًا؛ تُحفظ الملاحظة مع الإجابة.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="590" />
      <source>Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, the PDF report and the command line.</source>
      <translation>هل تريد الإنهاء رغم ذلك؟ ستُوسم النتيجة بعبارة «غير كافٍ – لا يُوزَّع» في التطبيق وتقرير PDF وسطر الأوامر.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="628" />
      <source>Save the assessment report</source>
      <translation>حفظ تقرير التقييم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="641" />
      <source>Include the incidents marked sensitive? They are then marked SENSITIVE in the report. (No leaves them out.)</source>
      <translation>هل تُدرج الحوادث المعلَّمة حساسة؟ تُوسم عندئذٍ بعبارة «حساس» في التقرير. (لا: تُستبعد.)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="648" />
      <source>Report written to {path}</source>
      <translation>كُتب التقرير في {path}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="652" />
      <source>Writing the PDF report…</source>
      <translation>جارٍ كتابة تقرير PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="666" />
      <source>Import a checklist (XLSForm)</source>
      <translation>استيراد قائمة مرجعية (XLSForm)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="682" />
      <source>Checklist “{title}” (version {version}) imported: {n} questions.</source>
      <translation>استُوردت القائمة المرجعية «{title}» (الإصدار {version}): عدد الأسئلة {n}.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="684" />
      <source>Checklist “{title}” (version {version}) was already there: nothing changed.</source>
      <translation>القائمة المرجعية «{title}» (الإصدار {version}) موجودة بالفعل: لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="689" />
      <source>It carries no scores: assessments made with it are answered and finalised as usual, but no threat level is computed (“not scored”).</source>
      <translation>لا تحمل درجات: يُجاب عن التقييمات المُعدّة بها وتُنهى كالمعتاد، لكن لا يُحسب أي مستوى تهديد («بلا درجات»).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="694" />
      <source>%n row(s) of the form were skipped or kept without being evaluated:</source>
      <translation>
        <numerusform>تم تخطي %n صف من النموذج أو إبقاؤه دون معالجة:</numerusform>
        <numerusform>تم تخطي %n صف من النموذج أو إبقاؤه دون معالجة:</numerusform>
        <numerusform>تم تخطي %n صفين من النموذج أو إبقاؤهما دون معالجة:</numerusform>
        <numerusform>تم تخطي %n صفوف من النموذج أو إبقاؤها دون معالجة:</numerusform>
        <numerusform>تم تخطي %n صفًا من النموذج أو إبقاؤها دون معالجة:</numerusform>
        <numerusform>تم تخطي %n صف من النموذج أو إبقاؤها دون معالجة:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="697" />
      <source>Import checklist</source>
      <translation>استيراد قائمة مرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="699" />
      <source>Reading the checklist…</source>
      <translation>جارٍ قراءة القائمة المرجعية…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="34" />
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="35" />
      <source>Moderate</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="36" />
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="37" />
      <source>Severe</source>
      <translation>خطير</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="38" />
      <source>Insufficient information</source>
      <translation>معلومات غير كافية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="39" />
      <source>Not scored</source>
      <translation>بلا درجات</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>high</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>moderate</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="711" />
      <source>low</source>
      <translation>منخفض</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="714" />
      <source>%n answer(s) cite evidence</source>
      <translation>
        <numerusform>%n إجابة تستند إلى أدلة</numerusform>
        <numerusform>%n إجابة تستند إلى أدلة</numerusform>
        <numerusform>%n إجابتان تستندان إلى أدلة</numerusform>
        <numerusform>%n إجابات تستند إلى أدلة</numerusform>
        <numerusform>%n إجابة تستند إلى أدلة</numerusform>
        <numerusform>%n إجابة تستند إلى أدلة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="717" />
      <source>No score yet: a threat section is scored once at least {pct} of its scored questions have a known answer (not “unknown”); answer more of them.</source>
      <translation>لا توجد درجة بعد: يُحتسب قسم التهديد بعد أن يكون لـ {pct} على الأقل من أسئلته المحتسبة إجابة معروفة (غير «مجهول»)؛ أجب عن مزيد منها.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="721" />
      <source>This checklist carries no scores: no threat level is computed.</source>
      <translation>لا تحمل هذه القائمة المرجعية درجات: لا يُحسب أي مستوى تهديد.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="751" />
      <source>key finding, sets at least {level}</source>
      <translation>استنتاج رئيسي، يفرض على الأقل {level}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/checklist/view.py" line="757" />
      <source>threat {score} of 4, %n incident(s) cited</source>
      <translation>
        <numerusform>التهديد {score} من 4، %n حادث مستشهد به</numerusform>
        <numerusform>التهديد {score} من 4، %n حادث مستشهد به</numerusform>
        <numerusform>التهديد {score} من 4، %n حادثان مستشهد بهما</numerusform>
        <numerusform>التهديد {score} من 4، %n حوادث مستشهد بها</numerusform>
        <numerusform>التهديد {score} من 4، %n حادثًا مستشهدًا به</numerusform>
        <numerusform>التهديد {score} من 4، %n حادث مستشهد به</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="766" />
      <source>Scores are aids to judgement, not measurements. Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from 0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level.</source>
      <translation>الدرجات أدوات مساعدة للحكم وليست قياسات. الإجابات الغائبة أو «المجهولة» تخفض التغطية؛ ولا تُحتسب أبدًا صفرًا. يتراوح تهديد كل إجابة من 0 (لا شيء) إلى 4 (الأعلى)؛ وتعرض الأشرطة درجة كل قسم من 1 إلى 10، ملوّنة حسب مستواه.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="772" />
      <source>outside the assessment's period</source>
      <translation>خارج فترة التقييم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="773" />
      <source>source graded below C3</source>
      <translation>مصدر مصنَّف دون C3</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="774" />
      <source>cited on an answer that does not score high</source>
      <translation>مستشهد به في إجابة درجتها غير مرتفعة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="775" />
      <source>deleted</source>
      <translation>محذوف</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="779" />
      <source>graded {grade}, cited on {questions}</source>
      <translation>مصنَّف {grade}، مستشهد به في {questions}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="787" />
      <source>Known answers cover {cov} of the threat questions; {min} are needed.</source>
      <translation>تغطي الإجابات المعروفة {cov} من أسئلة التهديد؛ والمطلوب {min}.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="792" />
      <source>Required questions unanswered: {ids}</source>
      <translation>أسئلة إلزامية دون إجابة: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="795" />
      <source>Required questions answered “unknown”: {ids}</source>
      <translation>أسئلة إلزامية أُجيب عنها بـ«مجهول»: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="799" />
      <source>“Other” picked without saying what in the note: {ids}</source>
      <translation>اختير «غير ذلك» دون توضيحه في الملاحظة: {ids}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="804" />
      <source>No assessor is named.</source>
      <translation>لم يُذكر اسم المقيِّم.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="807" />
      <source>Evidence that does not count or is flagged</source>
      <translation>أدلة لا تُحتسب أو عليها تنبيه</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="826" />
      <source>The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the section mean's band and the floor set by key findings.</source>
      <translation>قاعدة المستوى اقتراح من FieldKit للمساعدة في الحكم، وليست منهجية رسمية: الأعلى بين شريحة متوسط الأقسام والحد الأدنى الذي تفرضه الاستنتاجات الرئيسية.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="844" />
      <source>There is no other assessment of this area to compare with.</source>
      <translation>لا يوجد تقييم آخر لهذه المنطقة للمقارنة معه.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="931" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="932" />
      <source>Role in the chain</source>
      <translation>الدور في السلسلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="933" />
      <source>Capability</source>
      <translation>القدرة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="934" />
      <source>Armed groups</source>
      <translation>الجماعات المسلحة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="935" />
      <source>State</source>
      <translation>الدولة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="936" />
      <source>Trend</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="941" />
      <source>only in the earlier assessment</source>
      <translation>في التقييم السابق فقط</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="943" />
      <source>new in this assessment</source>
      <translation>جديد في هذا التقييم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="951" />
      <source>unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Insufficient – not for distribution</source>
      <translation>غير كافٍ – لا يُوزَّع</translation>
    </message>
    <message>
      <source>Threat level</source>
      <translation>مستوى التهديد</translation>
    </message>
    <message>
      <source>Completeness</source>
      <translation>الاكتمال</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>التغطية</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <source>Tripwire</source>
      <translation>مؤشر إنذار</translation>
    </message>
    <message>
      <source>Not ready to finalise</source>
      <translation>غير جاهز للإنهاء</translation>
    </message>
    <message>
      <source>Why this level</source>
      <translation>سبب هذا المستوى</translation>
    </message>
    <message>
      <source>The threat score rose by 2 points or more: review this area.</source>
      <translation>ارتفعت درجة التهديد بنقطتين أو أكثر: راجع هذه المنطقة.</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>القسم</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>After</source>
      <translation>بعد</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <source>Criminal markets</source>
      <translation>الأسواق الإجرامية</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>السوق</translation>
    </message>
    <message>
      <source>Score /10</source>
      <translation>الدرجة /10</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>المسارات</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/sync/view.py" line="71" />
      <source>Resolve a conflict</source>
      <translation>حل تعارض</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="81" />
      <source>This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which value to keep. The result is saved as a new version.

Here: {mine_when}, by {mine_who}: “{mine_why}”
{dev}: {their_when}, by {their_who}: “{their_why}”</source>
      <translation>عُدّل هذا الحادث هنا وعلى {dev}. لم يُفقد شيء: اختر، حقلًا حقلًا، القيمة التي تحتفظ بها. تُحفظ النتيجة كإصدار جديد.

هنا: {mine_when}، بواسطة {mine_who}: «{mine_why}»
{dev}: {their_when}، بواسطة {their_who}: «{their_why}»</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>Keep</source>
      <translation>الاحتفاظ</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <location filename="../../ui/sync/view.py" line="116" />
      <source>Here</source>
      <translation>هنا</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="101" />
      <source>On {dev}</source>
      <translation>على {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="117" />
      <source>Other device</source>
      <translation>جهاز آخر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="127" />
      <source>Reason (optional)</source>
      <translation>السبب (اختياري)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="134" />
      <source>Resolved a conflict with {dev}</source>
      <translation>حُلّ تعارض مع {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="136" />
      <source>(their edit: “{why}”)</source>
      <translation>(تعديلهم: «{why}»)</translation>
    </message>
  </context>
  <context>
    <name>EvidencePicker</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="206" />
      <source>Evidence: incidents that support this answer</source>
      <translation>الأدلة: حوادث تدعم هذه الإجابة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="210" />
      <source>Search incidents…</source>
      <translation>البحث في الحوادث…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="212" />
      <source>Only incidents in the assessment area</source>
      <translation>الحوادث الواقعة في منطقة التقييم فقط</translation>
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>This device's key</source>
      <translation>مفتاح هذا الجهاز</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="46" />
      <source>Compare a key's fingerprint</source>
      <translation>مقارنة بصمة مفتاح</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="49" />
      <source>Device: {label}
Device id: {device_id}</source>
      <translation>الجهاز: {label}
معرّف الجهاز: {device_id}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="57" />
      <source>Read these words to the key's owner (by phone or in person), or let them scan the code: they must see the same on their screen. The name proves nothing.</source>
      <translation>اقرأ هذه الكلمات لصاحب المفتاح (بالهاتف أو شخصيًا)، أو دعه يمسح الرمز: يجب أن يرى الشيء نفسه على شاشته. الاسم وحده لا يثبت شيئًا.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="62" />
      <source>Read these words to HQ or a colleague, or let them scan the code, so they can check your key.</source>
      <translation>اقرأ هذه الكلمات للمقر أو لزميل، أو دعه يمسح الرمز، ليتحقق من مفتاحك.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="88" />
      <source>The code holds the device id and both public keys.</source>
      <translation>يحمل الرمز معرّف الجهاز والمفتاحين العامّين.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="91" />
      <source>Fingerprint: {fp}</source>
      <translation>البصمة: {fp}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="99" />
      <source>Fingerprint checked</source>
      <translation>تم التحقق من البصمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="100" />
      <source>The owner read the same words: record that this key was checked.</source>
      <translation>قرأ صاحب المفتاح الكلمات نفسها: سجّل أن هذا المفتاح تم التحقق منه.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="108" />
      <source>Trusted here: {how}</source>
      <translation>موثوق هنا: {how}</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>User guide</source>
      <translation>دليل المستخدم</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="155" />
      <source>The user guide is not installed with this copy of FieldKit.</source>
      <translation>دليل المستخدم غير مثبّت مع هذه النسخة من FieldKit.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="160" />
      <source>This guide is not translated yet; here is the English version.</source>
      <translation>هذا الدليل غير مترجم بعد؛ إليك النسخة الإنجليزية.</translation>
    </message>
  </context>
  <context>
    <name>HqView</name>
    <message>
      <location filename="../../ui/hq/view.py" line="97" />
      <source>The HQ database {name} on {host}</source>
      <translation>قاعدة بيانات المقر {name} على {host}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="99" />
      <source>The HQ database {name} on this computer</source>
      <translation>قاعدة بيانات المقر {name} على هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="109" />
      <source>Search the HQ database (words, "phrases", OR, -word)…</source>
      <translation>ابحث في قاعدة بيانات المقر (كلمات، "عبارات"، OR، ‎-كلمة)…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="112" />
      <source>Include sensitive incidents</source>
      <translation>تضمين الحوادث الحساسة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="114" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="124" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="125" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="126" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="127" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="128" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="129" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="140" />
      <source>Choose an incident to read it and its signed history.</source>
      <translation>اختر حادثة لقراءتها مع سجلها الموقَّع.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="148" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="155" />
      <source>Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="158" />
      <source>Assessments</source>
      <translation>التقييمات</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="159" />
      <location filename="../../ui/hq/view.py" line="286" />
      <location filename="../../ui/hq/view.py" line="292" />
      <source>Conflicts</source>
      <translation>التعارضات</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="174" />
      <source>The assessments the HQ database holds, their threat level computed here from the answers and the incidents they cite, as the checklist computes it. An assessment whose information is insufficient is marked so: it is not for distribution.</source>
      <translation>التقييمات التي تحفظها قاعدة بيانات المقر، ومستوى التهديد لكل منها محسوبًا هنا من الإجابات والحوادث التي تستشهد بها، كما تحسبه القائمة المرجعية. التقييم الذي تكون معلوماته غير كافية يُوسم بذلك: لا يُوزَّع.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="183" />
      <source>Area</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="184" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="185" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="186" />
      <source>Threat level</source>
      <translation>مستوى التهديد</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="187" />
      <source>Confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="188" />
      <source>Coverage</source>
      <translation>التغطية</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="189" />
      <source>Assessor</source>
      <translation>المقيِّم</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="204" />
      <source>checklist not on this computer</source>
      <translation>القائمة المرجعية غير موجودة على هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="209" />
      <source>Insufficient – not for distribution</source>
      <translation>غير كافٍ – لا يُوزَّع</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>high</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>moderate</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="213" />
      <source>low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="214" />
      <source>Final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="237" />
      <source>Conflicts the HQ workspace holds open. Choose which side to keep: the HQ workspace's merge service applies it as a new signed version naming you, and the next refresh shows it gone.</source>
      <translation>تعارضات تبقيها مساحة عمل المقر مفتوحة. اختر الجانب الذي تريد الاحتفاظ به: تطبّقه خدمة الدمج في مساحة عمل المقر كنسخة موقَّعة جديدة تذكر اسمك، ولا يظهر بعد التحديث التالي.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="245" />
      <source>Since</source>
      <translation>منذ</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="246" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="247" />
      <source>Other device</source>
      <translation>الجهاز الآخر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="248" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="249" />
      <source>Id</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="250" />
      <source>Your request</source>
      <translation>طلبك</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="259" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep HQ's version</source>
      <translation>الاحتفاظ بنسخة المقر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="260" />
      <location filename="../../ui/hq/view.py" line="297" />
      <source>Keep the other device's version</source>
      <translation>الاحتفاظ بنسخة الجهاز الآخر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="266" />
      <source>Choose a conflict to compare the two versions.</source>
      <translation>اختر تعارضًا لمقارنة النسختين.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="286" />
      <source>Choose a conflict first.</source>
      <translation>اختر تعارضًا أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="293" />
      <source>You already asked for this conflict; the HQ workspace has not applied it yet.</source>
      <translation>لقد طلبت بالفعل حلّ هذا التعارض؛ لم تطبّقه مساحة عمل المقر بعد.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="301" />
      <source>{record}: why (kept with the decision)?</source>
      <translation>{record}: لماذا؟ (يُحفظ مع القرار)</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="315" />
      <source>Asked: the HQ workspace applies it when its merge service next looks (the HQ window, or 'fieldkit hq serve').</source>
      <translation>تم الطلب: تطبّقه مساحة عمل المقر حين تنظر خدمة الدمج فيها مرة أخرى (نافذة المقر، أو 'fieldkit hq serve').</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="322" />
      <source>Asking the HQ workspace…</source>
      <translation>جارٍ الطلب من مساحة عمل المقر…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="381" />
      <source>Reading the HQ database…</source>
      <translation>جارٍ قراءة قاعدة بيانات المقر…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="385" />
      <source>The HQ database is out of reach: Refresh to try again.</source>
      <translation>قاعدة بيانات المقر بعيدة المنال: اضغط تحديث للمحاولة مجددًا.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="390" />
      <source>The HQ database could not be read (details in the log).</source>
      <translation>تعذّرت قراءة قاعدة بيانات المقر (التفاصيل في السجل).</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="396" />
      <source>Incidents on the map: {count} (without a location: {unplaced}) · listed: {shown}, {order} · open conflicts: {conflicts}</source>
      <translation>الحوادث على الخريطة: {count} (بلا موقع: {unplaced}) · المعروضة: {shown}، {order} · التعارضات المفتوحة: {conflicts}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="399" />
      <source>newest first</source>
      <translation>الأحدث أولًا</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="411" />
      <source>sensitive</source>
      <translation>حساسة</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>HQ's version</source>
      <translation>نسخة المقر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="451" />
      <source>the other device's version</source>
      <translation>نسخة الجهاز الآخر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="454" />
      <source>refused: {side}</source>
      <translation>مرفوض: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="456" />
      <source>applied: {side}</source>
      <translation>مطبَّق: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="457" />
      <source>waiting: {side}</source>
      <translation>قيد الانتظار: {side}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>deleted on one side</source>
      <translation>حُذف في أحد الجانبين</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="466" />
      <source>edited on both sides</source>
      <translation>عُدّل في الجانبين</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="503" />
      <source>Deleted on the other device, changed here: keep it (HQ's version) or delete it for good.</source>
      <translation>حُذف على الجهاز الآخر وعُدّل هنا: احتفظ به (نسخة المقر) أو احذفه نهائيًا.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="513" />
      <source>{field}: HQ “{local}” · the other device “{remote}”</source>
      <translation>{field}: المقر «{local}» · الجهاز الآخر «{remote}»</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="520" />
      <source>The two versions hold the same values.</source>
      <translation>النسختان تحملان القيم نفسها.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="524" />
      <source>Comparing the two versions…</source>
      <translation>جارٍ مقارنة النسختين…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="552" />
      <source>This incident is not in the HQ database.</source>
      <translation>هذه الحادثة ليست في قاعدة بيانات المقر.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="559" />
      <source>Reading the incident…</source>
      <translation>جارٍ قراءة الحادثة…</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="584" />
      <source>Reported by: {device}</source>
      <translation>أبلغ عنها: {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="589" />
      <source>Sensitive: handle as its source requires.</source>
      <translation>حساسة: تعامل معها كما يقتضي مصدرها.</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="591" />
      <source>Signed history (versions: {n}):</source>
      <translation>السجل الموقَّع (النسخ: {n}):</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="594" />
      <source>by {author}, device {device}</source>
      <translation>بواسطة {author}، الجهاز {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="598" />
      <source>device {device}</source>
      <translation>الجهاز {device}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="600" />
      <source>v{version} · {when} · {who} · signed with key {key}</source>
      <translation>النسخة {version} · {when} · {who} · موقَّعة بالمفتاح {key}</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="608" />
      <source>Attachments:</source>
      <translation>المرفقات:</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>held by the HQ database</source>
      <translation>محفوظ في قاعدة بيانات المقر</translation>
    </message>
    <message>
      <location filename="../../ui/hq/view.py" line="610" />
      <source>not in the HQ database yet</source>
      <translation>ليس في قاعدة بيانات المقر بعد</translation>
    </message>
  </context>
  <context>
    <name>IncidentEditor</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>Edit incident</source>
      <translation>تعديل حادث</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="122" />
      <source>New incident</source>
      <translation>حادث جديد</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="128" />
      <source>This draft was recovered from an interrupted session. Check it and save it, or discard it.</source>
      <translation>استُعيدت هذه المسودة من جلسة انقطعت. راجعها واحفظها، أو تخلَّ عنها.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="152" />
      <source>(not set)</source>
      <translation>(غير محدد)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="168" />
      <source>Incident</source>
      <translation>الحادث</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="187" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="188" />
      <source>What happened, in a few words</source>
      <translation>ماذا حدث، في بضع كلمات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="189" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>When (UTC)</source>
      <translation>متى (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="193" />
      <source>ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30</source>
      <translation>ISO 8601: 2026-03-14 أو 2026-03 أو 2026-03-14T22:30</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="196" />
      <source>Exact</source>
      <translation>دقيق</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="197" />
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="198" />
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="199" />
      <source>Approximate</source>
      <translation>تقريبي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="202" />
      <source>Time precision</source>
      <translation>دقة الوقت</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="207" />
      <source>Place name (pick a known place to fill the coordinates)</source>
      <translation>اسم المكان (اختر مكانًا معروفًا لملء الإحداثيات)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="223" />
      <source>Pick on map…</source>
      <translation>اختيار على الخريطة…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="226" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="234" />
      <source>latitude, e.g. 11.86</source>
      <translation>خط العرض، مثل 11.86</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="235" />
      <source>longitude, e.g. -15.60</source>
      <translation>خط الطول، مثل -15.60</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="253" />
      <source>A draft may be saved without coordinates; a final incident needs both.</source>
      <translation>يمكن حفظ المسودة دون إحداثيات؛ أما الحادث النهائي فيحتاج إلى كليهما.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="254" />
      <source>Latitude / longitude (WGS84)</source>
      <translation>خط العرض / خط الطول (WGS84)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="260" />
      <source>Location precision</source>
      <translation>دقة الموقع</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="261" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="265" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="267" />
      <source>Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)</source>
      <translation>الاسم:النوع؛ اسم آخر:النوع  (الأنواع: NETWORK، GANG، ARMED_NSAG…)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="268" />
      <source>Actors involved</source>
      <translation>الجهات الفاعلة المعنية</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="276" />
      <source>Criminal markets</source>
      <translation>الأسواق الإجرامية</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="278" />
      <source>empty if not known</source>
      <translation>فارغ إن لم يكن معروفًا</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="279" />
      <source>People killed</source>
      <translation>عدد القتلى</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="280" />
      <source>Source type</source>
      <translation>نوع المصدر</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="288" />
      <source>Source reliability / information credibility</source>
      <translation>موثوقية المصدر / مصداقية المعلومات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="291" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="292" />
      <source>comma-separated</source>
      <translation>مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="294" />
      <source>Final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="295" />
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="296" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive</source>
      <translation>حساس</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="297" />
      <source>Sensitive (kept out of exports unless chosen)</source>
      <translation>حساس (يُستبعد من التصدير ما لم يُختر)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="298" />
      <source>Reason for the change</source>
      <translation>سبب التغيير</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="299" />
      <source>Required to change a final incident</source>
      <translation>مطلوب لتغيير حادث نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="307" />
      <source>Add file…</source>
      <translation>إضافة ملف…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="309" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="315" />
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="318" />
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="325" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="326" />
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Discard</source>
      <translation>تجاهل</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="327" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="433" />
      <source>{name}  (to be added on save)</source>
      <translation>{name}  (سيُضاف عند الحفظ)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="440" />
      <source>No history yet: the first save creates version 1.</source>
      <translation>لا يوجد سجل بعد: الحفظ الأول ينشئ الإصدار 1.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="457" />
      <source>created</source>
      <translation>أُنشئ</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="467" />
      <source>Version</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="468" />
      <source>Saved (UTC)</source>
      <translation>حُفظ (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="469" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="470" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="471" />
      <source>What changed</source>
      <translation>ما الذي تغيّر</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="472" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="499" />
      <source>{name}: actor record in {where}</source>
      <translation>{name}: سجل جهة فاعلة في {where}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="531" />
      <source>Read as {lat}, {lon} (the comma taken as the decimal point).</source>
      <translation>قُرئت {lat}، {lon} (اعتُبرت الفاصلة علامة عشرية).</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="574" />
      <source>Draft autosaved at {time}</source>
      <translation>حُفظت المسودة تلقائيًا في {time}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="609" />
      <location filename="../../ui/incidents/editor.py" line="661" />
      <source>Preparing the list of places…</source>
      <translation>جارٍ إعداد قائمة الأماكن…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="676" />
      <source>The map is not available on this computer.</source>
      <translation>الخريطة غير متاحة على هذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="688" />
      <source>Attach files</source>
      <translation>إرفاق ملفات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="730" />
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>لم يُحفظ: يرجى تصحيح الحقول المعلَّمة بالأحمر.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="746" />
      <source>Discard changes</source>
      <translation>تجاهل التغييرات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="747" />
      <source>Discard what you typed? This cannot be undone.</source>
      <translation>هل تتجاهل ما كتبته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="775" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="776" />
      <source>This incident has changes that are not saved yet.</source>
      <translation>في هذا الحادث تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep editing</source>
      <translation>متابعة التعديل</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/editor.py" line="777" />
      <source>Keep as a draft and close</source>
      <translation>الاحتفاظ كمسودة والإغلاق</translation>
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../ui/incidents/model.py" line="31" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="32" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="33" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="34" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="35" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="36" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="37" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="127" />
      <source>sensitive</source>
      <translation>حساس</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/model.py" line="54" />
      <location filename="../../ui/incidents/model.py" line="126" />
      <source>draft</source>
      <translation>مسودة</translation>
    </message>
  </context>
  <context>
    <name>IncidentsView</name>
    <message>
      <location filename="../../ui/incidents/view.py" line="62" />
      <source>Search title, description, place, actors…  ("exact phrase", word*, OR, NOT)</source>
      <translation>ابحث في العنوان والوصف والمكان والجهات الفاعلة…  ("عبارة مطابقة"، كلمة*، OR، NOT)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="66" />
      <source>New incident</source>
      <translation>حادث جديد</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="70" />
      <source>PDF report…</source>
      <translation>تقرير PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="71" />
      <source>The incidents shown, as a PDF table with a map</source>
      <translation>الحوادث المعروضة، كجدول PDF مع خريطة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="78" />
      <source>All categories</source>
      <translation>كل الفئات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="84" />
      <source>All markets</source>
      <translation>كل الأسواق</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="89" />
      <source>Severity ≥</source>
      <translation>الخطورة ≥</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="94" />
      <source>from YYYY-MM-DD</source>
      <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="96" />
      <source>to YYYY-MM-DD</source>
      <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="100" />
      <source>Any status</source>
      <translation>أي حالة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="101" />
      <source>Final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="102" />
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="105" />
      <source>area: min lon, min lat, max lon, max lat</source>
      <translation>المنطقة: أدنى خط طول، أدنى خط عرض، أعلى خط طول، أعلى خط عرض</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="108" />
      <source>Trash</source>
      <translation>سلة المحذوفات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="138" />
      <source>Edit</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="140" />
      <location filename="../../ui/incidents/view.py" line="462" />
      <source>Move to trash</source>
      <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="142" />
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="144" />
      <location filename="../../ui/incidents/view.py" line="488" />
      <source>Delete for good</source>
      <translation>حذف نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="214" />
      <source> in the trash</source>
      <translation> في سلة المحذوفات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/incidents/view.py" line="215" />
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n حادث</numerusform>
        <numerusform>%n حادث</numerusform>
        <numerusform>%n حادثان</numerusform>
        <numerusform>%n حوادث</numerusform>
        <numerusform>%n حادثًا</numerusform>
        <numerusform>%n حادث</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="265" />
      <source>Select an incident to see it here.</source>
      <translation>اختر حادثًا لعرضه هنا.</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="310" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="315" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="320" />
      <source>no coordinates yet (draft)</source>
      <translation>لا إحداثيات بعد (مسودة)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="323" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="324" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="326" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="333" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="343" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="345" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>final</source>
      <translation>نهائي</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="346" />
      <source>draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="347" />
      <source>sensitive</source>
      <translation>حساس</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="349" />
      <source>Reported</source>
      <translation>أُبلغ عنه</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="379" />
      <source>signed by a key HQ revoked from {when}: after the revocation (see Verify)</source>
      <translation>موقَّع بمفتاح ألغاه المقر اعتبارًا من {when}: بعد الإلغاء (انظر التحقق)</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="381" />
      <source>signed before HQ revoked the key (from {when})</source>
      <translation>موقَّع قبل أن يلغي المقر المفتاح (اعتبارًا من {when})</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="399" />
      <source>Save attachment</source>
      <translation>حفظ المرفق</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="414" />
      <source>Save the incident report</source>
      <translation>حفظ تقرير الحادث</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="425" />
      <source>Report written to {path}</source>
      <translation>كُتب التقرير في {path}</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="429" />
      <source>Writing the PDF report…</source>
      <translation>جارٍ كتابة تقرير PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="463" />
      <source>Why is this incident being removed?</source>
      <translation>لماذا يُزال هذا الحادث؟</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="464" />
      <source>Moved to the trash</source>
      <translation>نُقل إلى سلة المحذوفات</translation>
    </message>
    <message>
      <location filename="../../ui/incidents/view.py" line="489" />
      <source>Delete this incident and its history for good? This cannot be undone.</source>
      <translation>هل تحذف هذا الحادث وسجله نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
  </context>
  <context>
    <name>JudgementDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="174" />
      <source>Key judgement</source>
      <translation>حكم رئيسي</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="181" />
      <source>Judgement</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="182" />
      <source>Likelihood</source>
      <translation>الأرجحية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="183" />
      <source>Confidence</source>
      <translation>الثقة</translation>
    </message>
  </context>
  <context>
    <name>KeyTrust</name>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="29" />
      <source>trusted on first use, fingerprint not checked</source>
      <translation>موثوق عند أول استخدام، لم يُتحقق من البصمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="31" />
      <source>fingerprint checked</source>
      <translation>تم التحقق من البصمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/lifecycle.py" line="33" />
      <source>listed by HQ</source>
      <translation>مُدرج من قِبل المقر</translation>
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
      <translation>تحتوي مساحة العمل هذه على بيانات تجريبية (سجلات ⁦[DEMO]⁩): ملف ← إزالة البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="281" />
      <source>NOT encrypted: anyone with this laptop can read this workspace</source>
      <translation>غير مشفّرة: يستطيع أي شخص يحمل هذا الحاسوب قراءة مساحة العمل هذه</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="284" />
      <source>Workspace: {folder}</source>
      <translation>مساحة العمل: {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="291" />
      <source>HQ database: {name} on {host}</source>
      <translation>قاعدة بيانات المقر: {name} على {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="293" />
      <source>HQ database: {name} on this computer</source>
      <translation>قاعدة بيانات المقر: {name} على هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="297" />
      <source>Reads the HQ database {name} on {host}</source>
      <translation>يقرأ قاعدة بيانات المقر {name} على {host}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="299" />
      <source>Reads the HQ database {name} on this computer</source>
      <translation>يقرأ قاعدة بيانات المقر {name} على هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>Inbox: {imported} imported, {refused} refused</source>
      <translation>صندوق الوارد: {imported} مستورَدة، {refused} مرفوضة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="352" />
      <source>conflicts resolved from other desks: {applied}</source>
      <translation>تعارضات حُلّت من مكاتب أخرى: {applied}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="370" />
      <source>HQ database out of reach: its inbox will be looked at again</source>
      <translation>قاعدة بيانات المقر غير متاحة: سيُطّلع على صندوق واردها مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="373" />
      <source>The HQ database's inbox was not taken in: {error}</source>
      <translation>لم يُعالَج صندوق وارد قاعدة بيانات المقر: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="377" />
      <source>The HQ database's inbox was not taken in (details in the log).</source>
      <translation>لم يُعالَج صندوق وارد قاعدة بيانات المقر (التفاصيل في السجل).</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="380" />
      <source>Importing the bundles handed to the HQ database…</source>
      <translation>جارٍ استيراد الحزم المسلَّمة إلى قاعدة بيانات المقر…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="424" />
      <source>The map needs QtWebEngine, which is not installed.</source>
      <translation>تحتاج الخريطة إلى QtWebEngine، وهو غير مثبّت.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="448" />
      <source>Jobs</source>
      <translation>المهام</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="458" />
      <source>Checklist</source>
      <translation>القائمة المرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="459" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="460" />
      <source>Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="461" />
      <source>Sync</source>
      <translation>المزامنة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="462" />
      <source>HQ database</source>
      <translation>قاعدة بيانات المقر</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="474" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="475" />
      <source>Load demo data…</source>
      <translation>تحميل بيانات تجريبية…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="476" />
      <source>Remove demo data…</source>
      <translation>إزالة البيانات التجريبية…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="477" />
      <source>Your name and device…</source>
      <translation>اسمك وجهازك…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="479" />
      <source>Verify integrity</source>
      <translation>التحقق من السلامة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="481" />
      <source>Lock now</source>
      <translation>القفل الآن</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="484" />
      <source>Encrypt this workspace…</source>
      <translation>تشفير مساحة العمل هذه…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="486" />
      <source>Change the passphrase…</source>
      <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="487" />
      <source>Duress passphrase…</source>
      <translation>عبارة مرور الإكراه…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="488" />
      <source>Travel mode…</source>
      <translation>وضع السفر…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="489" />
      <source>Delete this workspace now…</source>
      <translation>حذف مساحة العمل هذه الآن…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="491" />
      <source>Quit</source>
      <translation>إنهاء البرنامج</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="492" />
      <source>&amp;Language</source>
      <translation>&amp;اللغة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="498" />
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="500" />
      <source>User guide</source>
      <translation>دليل المستخدم</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="502" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="503" />
      <source>Report a problem…</source>
      <translation>الإبلاغ عن مشكلة…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="505" />
      <source>About FieldKit</source>
      <translation>حول FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="568" />
      <source>Travel mode</source>
      <translation>وضع السفر</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="568" />
      <source>%n incident(s) left this laptop; HQ keeps them.</source>
      <translation>
        <numerusform>غادر %n حادث هذا الحاسوب؛ ويحتفظ به المقر.</numerusform>
        <numerusform>غادر %n حادث هذا الحاسوب؛ ويحتفظ به المقر.</numerusform>
        <numerusform>غادر %n حادثان هذا الحاسوب؛ ويحتفظ بهما المقر.</numerusform>
        <numerusform>غادرت %n حوادث هذا الحاسوب؛ ويحتفظ بها المقر.</numerusform>
        <numerusform>غادر %n حادثًا هذا الحاسوب؛ ويحتفظ بها المقر.</numerusform>
        <numerusform>غادر %n حادث هذا الحاسوب؛ ويحتفظ بها المقر.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="580" />
      <source>The duress passphrase was removed.</source>
      <translation>أُزيلت عبارة مرور الإكراه.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="582" />
      <source>The duress passphrase is set. Keep it as secret as the passphrase itself.</source>
      <translation>عُيّنت عبارة مرور الإكراه. احتفظ بها سرّية مثل عبارة المرور نفسها.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="585" />
      <source>The passphrase was changed. FieldKit asks for the new one from now on.</source>
      <translation>غُيّرت عبارة المرور. سيطلب FieldKit العبارة الجديدة من الآن فصاعدًا.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="606" />
      <source>Delete this workspace now</source>
      <translation>حذف مساحة العمل هذه الآن</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="608" />
      <source>Destroy this workspace now: every incident, assessment, attachment and key on this laptop? This cannot be undone. Records sent in bundles stay with their recipients.</source>
      <translation>هل تدمّر مساحة العمل هذه الآن: كل حادث وتقييم ومرفق ومفتاح على هذا الحاسوب؟ لا يمكن التراجع عن ذلك. تبقى السجلات المرسلة في الحزم لدى مستلميها.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="626" />
      <source>Draft recovered</source>
      <translation>استُعيدت مسودة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main_window.py" line="628" />
      <source>%n unsaved incident draft(s) from an interrupted session were recovered and will open now.</source>
      <translation>
        <numerusform>استُعيدت %n مسودة حادث غير محفوظة من جلسة انقطعت وستُفتح الآن.</numerusform>
        <numerusform>استُعيدت %n مسودة حادث غير محفوظة من جلسة انقطعت وستُفتح الآن.</numerusform>
        <numerusform>استُعيدت %n مسودتا حادث غير محفوظتين من جلسة انقطعت وستُفتحان الآن.</numerusform>
        <numerusform>استُعيدت %n مسودات حوادث غير محفوظة من جلسة انقطعت وستُفتح الآن.</numerusform>
        <numerusform>استُعيدت %n مسودة حوادث غير محفوظة من جلسة انقطعت وستُفتح الآن.</numerusform>
        <numerusform>استُعيدت %n مسودة حوادث غير محفوظة من جلسة انقطعت وستُفتح الآن.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="641" />
      <source>Protect this workspace</source>
      <translation>حماية مساحة العمل هذه</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="643" />
      <source>This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now with a passphrase?</source>
      <translation>مساحة العمل هذه غير مشفّرة: يستطيع أي شخص يأخذ هذا الحاسوب قراءتها. هل تشفّرها الآن بعبارة مرور؟</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data</source>
      <translation>بيانات تجريبية</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="673" />
      <source>Demo data can only be loaded into an empty workspace.</source>
      <translation>لا يمكن تحميل البيانات التجريبية إلا في مساحة عمل فارغة.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="678" />
      <source>Empty workspace</source>
      <translation>مساحة عمل فارغة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="680" />
      <source>This workspace is empty. Load demo data (500 realistic incidents at real places and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in this workspace's bundles.</source>
      <translation>مساحة العمل هذه فارغة. هل تحمّل بيانات تجريبية (500 حادث واقعي في أماكن حقيقية وتقييمان) لتجربة FieldKit؟ للتجربة فقط: ستذهب الحوادث التجريبية إلى المقر في حزم مساحة العمل هذه.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="700" />
      <location filename="../../ui/main_window.py" line="708" />
      <source>Report a problem</source>
      <translation>الإبلاغ عن مشكلة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="710" />
      <source>A diagnostics file was written to {path}. It holds versions, counts and the end of the log, no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened.</source>
      <translation>كُتب ملف تشخيص في {path}. يحتوي على الإصدارات والأعداد وآخر السجل، دون أي سجل أو اسم أو مفتاح. أعطه لمن يدعم FieldKit، مع بضع كلمات عمّا حدث.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="717" />
      <source>Writing the diagnostics file…</source>
      <translation>جارٍ كتابة ملف التشخيص…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="736" />
      <source>Remove demo data</source>
      <translation>إزالة البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="737" />
      <source>Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay.</source>
      <translation>هل تزيل كل حادث وتقييم تجريبي (⁦[DEMO]⁩) نهائيًا؟ تبقى السجلات التي أنشأتها بنفسك.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="744" />
      <source>Demo data removed: {n} incidents, {a} assessments.</source>
      <translation>أُزيلت البيانات التجريبية: {n} حادث، {a} تقييم.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="750" />
      <source>Removing the demo data…</source>
      <translation>جارٍ إزالة البيانات التجريبية…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="759" />
      <source>Demo data loaded: {n} incidents, {a} assessments.</source>
      <translation>حُمّلت البيانات التجريبية: {n} حادث، {a} تقييم.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="767" />
      <source>Loading demo data…</source>
      <translation>جارٍ تحميل البيانات التجريبية…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="776" />
      <source>Verifying every history chain and attachment…</source>
      <translation>جارٍ التحقق من كل سلسلة سجل وكل مرفق…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="783" />
      <source>Checked {i} incidents, {a} assessments and {f} attachments.</source>
      <translation>تم فحص {i} حادث و{a} تقييم و{f} مرفق.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <location filename="../../ui/main_window.py" line="792" />
      <source>Integrity</source>
      <translation>السلامة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="787" />
      <source>Everything verifies.</source>
      <translation>كل شيء سليم.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="792" />
      <source>Problems found:</source>
      <translation>مشكلات وُجدت:</translation>
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <location filename="../../ui/map/view.py" line="52" />
      <source>Colour by</source>
      <translation>التلوين حسب</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="54" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="55" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="58" />
      <source>Basemap</source>
      <translation>الخريطة الأساسية</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="62" />
      <source>Add MBTiles…</source>
      <translation>إضافة MBTiles…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="65" />
      <source>Packs…</source>
      <translation>الرزم…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="68" />
      <source>Filter incidents to this view</source>
      <translation>تصفية الحوادث إلى هذا العرض</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="71" />
      <source>Export offline map…</source>
      <translation>تصدير خريطة دون اتصال…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="74" />
      <source>Find a place…</source>
      <translation>البحث عن مكان…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="83" />
      <source>Heatmap</source>
      <translation>خريطة حرارية</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="86" />
      <source>Week by week</source>
      <translation>أسبوعًا بأسبوع</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="112" />
      <source>Natural Earth outlines (built in)</source>
      <translation>حدود Natural Earth (مدمجة)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="115" />
      <source>Best pack for the view</source>
      <translation>أفضل رزمة لهذا العرض</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="129" />
      <source>Add an MBTiles basemap</source>
      <translation>إضافة خريطة أساسية MBTiles</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="137" />
      <source>Adding the basemap…</source>
      <translation>جارٍ إضافة الخريطة الأساسية…</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="146" />
      <source>{start} to {end}</source>
      <translation>من {start} إلى {end}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="147" />
      <source>%n incident(s) this week</source>
      <translation>
        <numerusform>%n حادث هذا الأسبوع</numerusform>
        <numerusform>%n حادث هذا الأسبوع</numerusform>
        <numerusform>%n حادثان هذا الأسبوع</numerusform>
        <numerusform>%n حوادث هذا الأسبوع</numerusform>
        <numerusform>%n حادثًا هذا الأسبوع</numerusform>
        <numerusform>%n حادث هذا الأسبوع</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="171" />
      <source>No place called {name} is known.</source>
      <translation>لا يُعرف مكان باسم {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="183" />
      <source>Preparing the list of places…</source>
      <translation>جارٍ إعداد قائمة الأماكن…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="228" />
      <source>%Ln incident(s) on the map</source>
      <translation>
        <numerusform>%Ln حادث على الخريطة</numerusform>
        <numerusform>%Ln حادث على الخريطة</numerusform>
        <numerusform>%Ln حادثان على الخريطة</numerusform>
        <numerusform>%Ln حوادث على الخريطة</numerusform>
        <numerusform>%Ln حادثًا على الخريطة</numerusform>
        <numerusform>%Ln حادث على الخريطة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/map/view.py" line="230" />
      <source>%n without a location yet (not shown)</source>
      <translation>
        <numerusform>%n دون موقع بعد (غير معروض)</numerusform>
        <numerusform>%n دون موقع بعد (غير معروض)</numerusform>
        <numerusform>%n دون موقع بعد (غير معروضين)</numerusform>
        <numerusform>%n دون موقع بعد (غير معروضة)</numerusform>
        <numerusform>%n دون موقع بعد (غير معروضة)</numerusform>
        <numerusform>%n دون موقع بعد (غير معروضة)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="236" />
      <location filename="../../ui/map/view.py" line="243" />
      <source>Export an offline map</source>
      <translation>تصدير خريطة دون اتصال</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="245" />
      <source>The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves them out.)</source>
      <translation>يستطيع أي شخص يحصل على ملف الخريطة فتحه. هل تُدرج الحوادث المعلَّمة حساسة؟ (لا: تُستبعد.)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="252" />
      <source>Map written to {path}</source>
      <translation>كُتبت الخريطة في {path}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="256" />
      <source>Writing the offline map…</source>
      <translation>جارٍ كتابة الخريطة دون اتصال…</translation>
    </message>
  </context>
  <context>
    <name>MapWidget</name>
    <message>
      <location filename="../../ui/map/widget.py" line="110" />
      <source>Drawing the map…</source>
      <translation>جارٍ رسم الخريطة…</translation>
    </message>
  </context>
  <context>
    <name>MarketDialog</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="80" />
      <source>Criminal market</source>
      <translation>السوق الإجرامية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="89" />
      <location filename="../../ui/checklist/records.py" line="90" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="94" />
      <source>Market</source>
      <translation>السوق</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="95" />
      <source>Scale (size and reach)</source>
      <translation>النطاق (الحجم والامتداد)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="96" />
      <source>Harm</source>
      <translation>الضرر</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="97" />
      <source>Trend</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="99" />
      <source>Origin</source>
      <translation>المنشأ</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="100" />
      <source>Transit</source>
      <translation>العبور</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="101" />
      <source>Destination</source>
      <translation>الوجهة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="102" />
      <source>Prices</source>
      <translation>الأسعار</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="103" />
      <source>Seizures</source>
      <translation>المضبوطات</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="108" />
      <source>Actor names, separated by commas</source>
      <translation>أسماء الجهات الفاعلة، مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="110" />
      <source>Recorded actors: {names}</source>
      <translation>الجهات الفاعلة المسجّلة: {names}</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="111" />
      <source>Actors running it</source>
      <translation>الجهات الفاعلة التي تديرها</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="114" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
  </context>
  <context>
    <name>MarketPicker</name>
    <message>
      <location filename="../../ui/incidents/editor.py" line="94" />
      <source>None picked</source>
      <translation>لم يُختر شيء</translation>
    </message>
  </context>
  <context>
    <name>NewAssessmentDialog</name>
    <message>
      <location filename="../../ui/checklist/view.py" line="52" />
      <source>New assessment</source>
      <translation>تقييم جديد</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="55" />
      <source>e.g. Guinea-Bissau, Gao region</source>
      <translation>مثل غينيا بيساو، منطقة غاو</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="75" />
      <source>optional: min lon, min lat, max lon, max lat</source>
      <translation>اختياري: أدنى خط طول، أدنى خط عرض، أعلى خط طول، أعلى خط عرض</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="76" />
      <source>Start from the area's latest assessment</source>
      <translation>البدء من أحدث تقييم للمنطقة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="78" />
      <source>Area</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="79" />
      <source>Checklist</source>
      <translation>القائمة المرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="80" />
      <source>Period from</source>
      <translation>الفترة من</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="81" />
      <source>Period to</source>
      <translation>الفترة إلى</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="82" />
      <source>Assessor</source>
      <translation>المقيِّم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="83" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/view.py" line="84" />
      <source>Area bounds</source>
      <translation>حدود المنطقة</translation>
    </message>
  </context>
  <context>
    <name>NewIdentityPrompt</name>
    <message>
      <location filename="../../ui/errors.py" line="75" />
      <source>A new identity cannot be undone: this device will trust nobody until you trust HQ's and your colleagues' keys again, and they must accept this device's new key.</source>
      <translation>لا يمكن التراجع عن هوية جديدة: لن يثق هذا الجهاز بأحد حتى تثق من جديد بمفاتيح المقر وزملائك، ويجب أن يقبلوا المفتاح الجديد لهذا الجهاز.</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="81" />
      <source>The device key is missing</source>
      <translation>مفتاح الجهاز مفقود</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="84" />
      <source>Quit (restore the key file first)</source>
      <translation>إنهاء (استعد ملف المفتاح أولًا)</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="85" />
      <source>Make a new identity</source>
      <translation>إنشاء هوية جديدة</translation>
    </message>
  </context>
  <context>
    <name>NewWorkspaceDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="63" />
      <source>Protect this workspace</source>
      <translation>حماية مساحة العمل هذه</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="67" />
      <source>This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase (at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase.</source>
      <translation>مساحة العمل هذه غير مشفّرة بعد: يستطيع أي شخص يأخذ هذا الحاسوب قراءتها. اختر عبارة مرور (10 أحرف على الأقل؛ بضع كلمات أسهل للتذكر). لا يمكن لأحد استرجاع عبارة مرور مفقودة.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="72" />
      <source>Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase.</source>
      <translation>اختر عبارة مرور لمساحة العمل الجديدة (10 أحرف على الأقل؛ بضع كلمات أسهل للتذكر). يطلبها FieldKit عند كل تشغيل. لا يمكن لأحد استرجاع عبارة مرور مفقودة.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="82" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="83" />
      <source>Again</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="85" />
      <source>Training only: keep this workspace NOT encrypted</source>
      <translation>للتدريب فقط: إبقاء مساحة العمل هذه غير مشفّرة</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="106" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>عبارة المرور قصيرة جدًا: استخدم 10 أحرف على الأقل.</translation>
    </message>
  </context>
  <context>
    <name>PacksDialog</name>
    <message>
      <location filename="../../ui/map/view.py" line="267" />
      <source>Basemap packs</source>
      <translation>رزم الخرائط الأساسية</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="272" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="273" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="274" />
      <source>Zoom levels</source>
      <translation>مستويات التكبير</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="275" />
      <source>Covers (W, S, E, N)</source>
      <translation>التغطية (غرب، جنوب، شرق، شمال)</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="276" />
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="277" />
      <source>Attribution</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="283" />
      <source>Unreadable: {error}</source>
      <translation>غير قابل للقراءة: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="290" />
      <source>unknown</source>
      <translation>غير معروفة</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="291" />
      <source>{mb} MB</source>
      <translation>{mb} ميغابايت</translation>
    </message>
    <message>
      <location filename="../../ui/map/view.py" line="300" />
      <source>No basemap packs yet: add an MBTiles file, or cut one with 'fieldkit basemap cut'.</source>
      <translation>لا توجد رزم خرائط أساسية بعد: أضف ملف MBTiles، أو اقتطع رزمة باستخدام 'fieldkit basemap cut'.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <location filename="../../ui/lock.py" line="196" />
      <source>Duress passphrase</source>
      <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="173" />
      <source>Change the passphrase</source>
      <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="177" />
      <source>A duress passphrase is a second passphrase for when you are forced to open FieldKit. Typed when FieldKit asks for the passphrase, it destroys this workspace at once and opens an empty one in its place; nothing on screen says so. Choose one you will not type by mistake. HQ keeps what you already sent; the rest is lost.</source>
      <translation>عبارة مرور الإكراه عبارة مرور ثانية لحالات إجبارك على فتح FieldKit. إذا كُتبت حين يطلب FieldKit عبارة المرور، فإنها تدمّر مساحة العمل هذه فورًا وتفتح مساحة عمل فارغة مكانها؛ ولا يظهر على الشاشة ما يدل على ذلك. اختر عبارة لن تكتبها خطأً. يحتفظ المقر بما أرسلته بالفعل؛ ويُفقد الباقي.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="184" />
      <source>The data is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. Nobody can recover a lost passphrase.</source>
      <translation>لا يُعاد تشفير البيانات: يُعاد فقط تغليف المفتاح الذي يفتحها بعبارة المرور الجديدة. لا يستطيع أحد استعادة عبارة مرور مفقودة.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="195" />
      <source>Current passphrase</source>
      <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="196" />
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="197" />
      <source>Again</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="199" />
      <source>Remove the duress passphrase</source>
      <translation>إزالة عبارة مرور الإكراه</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="224" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="226" />
      <source>The passphrase is too short: use at least 10 characters.</source>
      <translation>عبارة المرور قصيرة جدًا: استخدم 10 أحرف على الأقل.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="239" />
      <source>Checking the passphrase…</source>
      <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../ui/map/picker.py" line="14" />
      <source>Pick a location</source>
      <translation>اختيار موقع</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="18" />
      <source>Click on the map to place the incident.</source>
      <translation>انقر على الخريطة لوضع الحادث.</translation>
    </message>
    <message>
      <location filename="../../ui/map/picker.py" line="31" />
      <source>Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.</source>
      <translation>النقطة المختارة: خط العرض {lat:.5f}، خط الطول {lon:.5f}. انقر «موافق» لاستخدامها.</translation>
    </message>
  </context>
  <context>
    <name>RecordsTab</name>
    <message>
      <location filename="../../ui/checklist/records.py" line="195" />
      <source>Key judgements (first page of the report)</source>
      <translation>الأحكام الرئيسية (الصفحة الأولى من التقرير)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Judgement</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Likelihood</source>
      <translation>الأرجحية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="198" />
      <source>Confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="203" />
      <source>Edit judgement…</source>
      <translation>تعديل الحكم…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="204" />
      <source>Add judgement…</source>
      <translation>إضافة حكم…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="205" />
      <source>Remove judgement</source>
      <translation>إزالة الحكم</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="206" />
      <source>Back to the derived judgements</source>
      <translation>العودة إلى الأحكام المستخلصة من الإجابات</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="209" />
      <source>Criminal markets</source>
      <translation>الأسواق الإجرامية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="212" />
      <source>Market</source>
      <translation>السوق</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="213" />
      <source>Score /10</source>
      <translation>الدرجة /10</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="214" />
      <source>Scale</source>
      <translation>النطاق</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="215" />
      <source>Harm</source>
      <translation>الضرر</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="216" />
      <location filename="../../ui/checklist/records.py" line="239" />
      <source>Trend</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="217" />
      <source>Routes (origin → transit → destination)</source>
      <translation>المسارات (المنشأ ← العبور ← الوجهة)</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="218" />
      <source>Prices / seizures</source>
      <translation>الأسعار / المضبوطات</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="219" />
      <location filename="../../ui/checklist/records.py" line="230" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="225" />
      <source>Add market…</source>
      <translation>إضافة سوق…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="226" />
      <source>Edit market…</source>
      <translation>تعديل السوق…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="227" />
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove market</source>
      <translation>إزالة السوق</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="233" />
      <source>Actor</source>
      <translation>الجهة الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="234" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="235" />
      <source>Role in the chain</source>
      <translation>الدور في السلسلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="236" />
      <source>Capability</source>
      <translation>القدرة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="237" />
      <source>Armed groups</source>
      <translation>الجماعات المسلحة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="238" />
      <source>State</source>
      <translation>الدولة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="240" />
      <source>Markets</source>
      <translation>الأسواق</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="241" />
      <source>Incidents in the period</source>
      <translation>الحوادث خلال الفترة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="247" />
      <source>Add actor…</source>
      <translation>إضافة جهة فاعلة…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="248" />
      <source>Edit actor…</source>
      <translation>تعديل الجهة الفاعلة…</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="249" />
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove actor</source>
      <translation>إزالة الجهة الفاعلة</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="287" />
      <source>Set by the analyst.</source>
      <translation>حدّدها المحلل.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="289" />
      <source>Derived from the answers; edit one to set them yourself.</source>
      <translation>مستمدة من الإجابات؛ عدّل أحدها لتحددها بنفسك.</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="378" />
      <source>Remove this market from the assessment?</source>
      <translation>هل تزيل هذه السوق من التقييم؟</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="402" />
      <source>Remove this actor from the assessment?</source>
      <translation>هل تزيل هذه الجهة الفاعلة من التقييم؟</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Key judgements</source>
      <translation>الأحكام الرئيسية</translation>
    </message>
    <message>
      <location filename="../../ui/checklist/records.py" line="440" />
      <source>Go back to the judgements derived from the answers?</source>
      <translation>هل تعود إلى الأحكام المستمدة من الإجابات؟</translation>
    </message>
  </context>
  <context>
    <name>SectionChart</name>
    <message>
      <location filename="../../ui/checklist/widgets.py" line="304" />
      <source>insufficient information</source>
      <translation>معلومات غير كافية</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="172" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>Checklist, Incidents, Map, Sync</source>
      <translation>القائمة المرجعية، الحوادث، الخريطة، المزامنة</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="176" />
      <source>HQ database (when this workspace reads one)</source>
      <translation>قاعدة بيانات المقر (حين تقرأ مساحة العمل هذه واحدة)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>New incident</source>
      <translation>حادث جديد</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="178" />
      <source>Search the incidents</source>
      <translation>البحث في الحوادث</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="179" />
      <source>Save the incident being edited</source>
      <translation>حفظ الحادث قيد التعديل</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>Close the editor (asks when something is not saved)</source>
      <translation>إغلاق المحرر (يسأل إذا كان هناك ما لم يُحفظ)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="181" />
      <source>Next unanswered question of the checklist</source>
      <translation>السؤال التالي دون إجابة في القائمة المرجعية</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="182" />
      <source>Lock FieldKit now (the passphrase opens it again)</source>
      <translation>قفل FieldKit الآن (عبارة المرور تفتحه من جديد)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="183" />
      <source>Quit</source>
      <translation>إنهاء البرنامج</translation>
    </message>
  </context>
  <context>
    <name>SyncView</name>
    <message>
      <location filename="../../ui/sync/view.py" line="161" />
      <source>Send: export a bundle to a USB stick</source>
      <translation>إرسال: تصدير حزمة إلى ذاكرة USB</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="164" />
      <source>Encrypt for</source>
      <translation>تشفير لـ</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="170" />
      <source>Only what changed since the last bundle for this destination</source>
      <translation>ما تغيّر فقط منذ آخر حزمة لهذه الوجهة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="172" />
      <source>Also protect with a passphrase</source>
      <translation>الحماية أيضًا بعبارة مرور</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="173" />
      <location filename="../../ui/sync/view.py" line="270" />
      <source>Include incidents marked sensitive</source>
      <translation>إدراج الحوادث المعلَّمة حساسة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="174" />
      <source>Include demo data ([DEMO] records; left out otherwise)</source>
      <translation>إدراج البيانات التجريبية (سجلات ⁦[DEMO]⁩؛ تُستبعد في غير ذلك)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="177" />
      <source>Export bundle…</source>
      <translation>تصدير حزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="185" />
      <source>Receive: import bundles</source>
      <translation>استلام: استيراد الحزم</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="190" />
      <source>Every bundle is checked (signature, hashes, format) before anything changes. A damaged or altered bundle is refused and nothing changes.</source>
      <translation>تُفحص كل حزمة (التوقيع، التجزئات، التنسيق) قبل أي تغيير. تُرفض الحزمة التالفة أو المعدَّلة ولا يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="195" />
      <source>Import bundle…</source>
      <translation>استيراد حزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="201" />
      <source>Bundles</source>
      <translation>الحزم</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="209" />
      <source>Resolve…</source>
      <translation>حل…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="212" />
      <source>Conflicts</source>
      <translation>التعارضات</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="223" />
      <source>Save my public key…</source>
      <translation>حفظ مفتاحي العام…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="224" />
      <source>Trust a key file…</source>
      <translation>الوثوق بملف مفتاح…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="225" />
      <source>Fingerprint…</source>
      <translation>البصمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="226" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="236" />
      <source>From HQ</source>
      <translation>من المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="239" />
      <source>Import config…</source>
      <translation>استيراد الإعدادات…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="240" />
      <source>Import receipt…</source>
      <translation>استيراد إيصال…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="241" />
      <source>New keys for this device…</source>
      <translation>مفاتيح جديدة لهذا الجهاز…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="248" />
      <source>At HQ: for the field devices</source>
      <translation>في المقر: للأجهزة الميدانية</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="251" />
      <source>Export config bundle…</source>
      <translation>تصدير حزمة إعدادات…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="252" />
      <source>Write receipt…</source>
      <translation>كتابة إيصال…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="253" />
      <source>Revoke key…</source>
      <translation>إلغاء مفتاح…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="260" />
      <source>Trusted keys</source>
      <translation>المفاتيح الموثوقة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="264" />
      <source>Import log</source>
      <translation>سجل الاستيراد</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="269" />
      <source>Write incidents (not those in the trash) for spreadsheets and GIS.</source>
      <translation>كتابة الحوادث (عدا ما في سلة المحذوفات) لجداول البيانات ونظم المعلومات الجغرافية.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="274" />
      <source>CSV (spreadsheet)…</source>
      <translation>CSV (جدول بيانات)…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="275" />
      <source>GeoJSON (GIS)…</source>
      <translation>GeoJSON (نظم المعلومات الجغرافية)…</translation>
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
      <translation>هذا الجهاز: {label}
بصمة المفتاح: {fp}
(اقرأها للمقر أو لزميل لتأكيد مفتاحك)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="308" />
      <source>HQ's policy keeps incidents marked sensitive on this device.</source>
      <translation>تُبقي سياسة المقر الحوادث المعلَّمة حساسة على هذا الجهاز.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="314" />
      <source>HQ: {label}</source>
      <translation>المقر: {label}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="318" />
      <source>Nobody: protect with a passphrase only</source>
      <translation>لا أحد: الحماية بعبارة مرور فقط</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="319" />
      <source>Nobody and no passphrase: readable by anyone (not recommended)</source>
      <translation>لا أحد ولا عبارة مرور: يقرؤها أي شخص (غير مستحسن)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="330" />
      <source>{fp}    {role}    {label}    device {device}    trusted since {when} ({how})</source>
      <translation>{fp}    {role}    {label}    الجهاز {device}    موثوق منذ {when} ({how})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <source>HQ</source>
      <translation>المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="332" />
      <location filename="../../ui/sync/view.py" line="944" />
      <source>Colleague</source>
      <translation>زميل</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="339" />
      <source>REVOKED from {when}</source>
      <translation>مُلغى اعتبارًا من {when}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="348" />
      <source>No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.</source>
      <translation>لا مفاتيح موثوقة بعد: ثق بملف مفتاح زميل أو المقر، أو اقبل موقّع حزمة.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="362" />
      <source>{kind} “{title}” — deleted on {dev}; kept in the trash for review</source>
      <translation>{kind} «{title}» — حُذف على {dev}؛ محفوظ في سلة المحذوفات للمراجعة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="368" />
      <source>{kind} “{title}” — changed here and on {dev}</source>
      <translation>{kind} «{title}» — عُدّل هنا وعلى {dev}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="376" />
      <source>Conflicts ({n})</source>
      <translation>التعارضات ({n})</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="383" />
      <source>To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); {k} incident(s) changed since are, as far as HQ has said, only on this laptop.</source>
      <translation>إلى {dest}: أكّد المقر الحزم حتى الرقم {n} من {last} (إيصال {when})؛ و{k} حادث(ة) تغيّرت منذ ذلك موجودة، حسب ما أفاد به المقر، على هذا الحاسوب فقط.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="395" />
      <source>To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.</source>
      <translation>إلى {dest}: أُنشئت {last} حزمة، ولم يؤكَّد أي منها بإيصال بعد.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="405" />
      <source>from {src}: number(s) {nums}</source>
      <translation>من {src}: الرقم (الأرقام) {nums}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="408" />
      <source>Missing bundles — never imported here: </source>
      <translation>حزم مفقودة — لم تُستورد هنا قط: </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="444" />
      <source>Imported (UTC)</source>
      <translation>استُورد (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="445" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="446" />
      <source>Bundle</source>
      <translation>الحزمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="447" />
      <source>added / updated / unchanged / conflicts / held for review / rejected</source>
      <translation>أُضيف / حُدّث / دون تغيير / تعارضات / محتجز للمراجعة / مرفوض</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="463" />
      <location filename="../../ui/sync/view.py" line="473" />
      <location filename="../../ui/sync/view.py" line="481" />
      <location filename="../../ui/sync/view.py" line="487" />
      <source>Protect the bundle</source>
      <translation>حماية الحزمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="464" />
      <source>Passphrase (at least {n} characters; tell it to the receiver another way):</source>
      <translation>عبارة المرور ({n} أحرف على الأقل؛ أبلغها للمستلم بطريقة أخرى):</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="475" />
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>تحتاج عبارة مرور الحزمة إلى {n} أحرف على الأقل: بضع كلمات أسهل للتذكر وأصعب بكثير للتخمين.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="481" />
      <source>The same passphrase again:</source>
      <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="487" />
      <source>The two passphrases differ. Type it again.</source>
      <translation>عبارتا المرور مختلفتان. اكتبها مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="491" />
      <source>Passphrase:</source>
      <translation>عبارة المرور:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="507" />
      <location filename="../../ui/sync/view.py" line="537" />
      <source>Export bundle</source>
      <translation>تصدير حزمة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="509" />
      <source>FieldKit bundles (*.fkb)</source>
      <translation>حزم FieldKit (*.fkb)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="517" />
      <source>A bundle anyone can read</source>
      <translation>حزمة يستطيع أي شخص قراءتها</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="519" />
      <source>This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in it, including names of sources and places. Write it anyway?</source>
      <translation>لن تُشفَّر هذه الحزمة: يستطيع أي شخص يجد ذاكرة USB أو ينسخها قراءة كل حادث فيها، بما في ذلك أسماء المصادر والأماكن. هل تكتبها رغم ذلك؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="530" />
      <source>No bundle was written.</source>
      <translation>لم تُكتب أي حزمة.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="538" />
      <source>The recipient chosen is no longer trusted here: choose again.</source>
      <translation>المستلم المختار لم يعد موثوقًا هنا: اختر مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="547" />
      <source>encrypted for {who}</source>
      <translation>مشفّرة لـ {who}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="549" />
      <source> and with a passphrase</source>
      <translation> وبعبارة مرور</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="551" />
      <source>protected by a passphrase</source>
      <translation>محمية بعبارة مرور</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="553" />
      <source>not encrypted: anyone can read it</source>
      <translation>غير مشفّرة: يستطيع أي شخص قراءتها</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="558" />
      <source>Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, {f} attachments.</source>
      <translation>كُتبت الحزمة رقم {seq} في {path} ({how}): {i} حادث، {a} تقييم، {d} حذف، {f} مرفق.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="571" />
      <source>Nothing changed since the last bundle for this destination: untick “Only what changed” to send everything again.</source>
      <translation>لم يتغيّر شيء منذ آخر حزمة لهذه الوجهة: ألغِ تحديد «ما تغيّر فقط» لإرسال كل شيء مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="578" />
      <source>Writing the bundle…</source>
      <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="596" />
      <source>Import bundles</source>
      <translation>استيراد الحزم</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="598" />
      <source>FieldKit bundles (*.fkb);;All files (*)</source>
      <translation>حزم FieldKit (*.fkb);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="612" />
      <source>Opening the bundle…</source>
      <translation>جارٍ فتح الحزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="619" />
      <source>Encrypted bundle</source>
      <translation>حزمة مشفّرة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="622" />
      <source>Not imported: no passphrase was given. Nothing was changed.</source>
      <translation>لم تُستورد: لم تُعطَ عبارة مرور. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>Wrong passphrase</source>
      <translation>عبارة مرور خاطئة</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="627" />
      <source>That passphrase does not open the bundle. Try again:</source>
      <translation>عبارة المرور هذه لا تفتح الحزمة. حاول مرة أخرى:</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="640" />
      <source>Not imported: the sender's key was not accepted. Nothing was changed.</source>
      <translation>لم تُستورد: لم يُقبل مفتاح المرسل. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="648" />
      <source>Checking the bundle…</source>
      <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="654" />
      <source>Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.

Would add {a}, update {u}, leave {n} unchanged, keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}.</source>
      <translation>الحزمة رقم {seq}، موقّعة بالمفتاح {fp}، من «{who}»، أُنشئت {when}.

ستضيف {a}، وتحدّث {u}، وتترك {n} دون تغيير، وتحتفظ بـ {c} تعارض، وتحذف {d}، وتحتجز {h} حذف للمراجعة، وترفض {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="672" />
      <source>{n} deletion(s) of incidents changed or made here would be held for review: those incidents go to the trash, nothing is lost.</source>
      <translation>سيُحتجز للمراجعة {n} حذف لحوادث عُدّلت أو أُنشئت هنا: تذهب تلك الحوادث إلى سلة المحذوفات، ولا يُفقد شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="677" />
      <source>This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices that made them.</source>
      <translation>أُنشئت هذه الحزمة بإصدار أقدم من FieldKit (التنسيق 1): إصداراتها غير موقّعة من الأجهزة التي أنشأتها.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="680" />
      <source>Import it?</source>
      <translation>هل تستوردها؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="681" />
      <source>Import preview</source>
      <translation>معاينة الاستيراد</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="682" />
      <source>Not imported: you chose not to. Nothing was changed.</source>
      <translation>لم تُستورد: اخترت عدم استيرادها. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="693" />
      <source>Importing the bundle…</source>
      <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="704" />
      <source>This bundle is signed by a device this workspace does not trust yet.

Key fingerprint: {fp}
It calls itself: {label}
Device id: {device_id}

Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. Accept this key and import?</source>
      <translation>هذه الحزمة موقّعة من جهاز لا تثق به مساحة العمل هذه بعد.

بصمة المفتاح: {fp}
يسمّي نفسه: {label}
معرّف الجهاز: {device_id}

تحقق من البصمة مع صاحبها (اقرأها بصوت عالٍ بالهاتف مثلًا)؛ الاسم وحده لا يثبت شيئًا. هل تقبل هذا المفتاح وتستورد؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="713" />
      <source>Unknown sender</source>
      <translation>مرسل مجهول</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="719" />
      <source>WARNING: this bundle is signed with a different key from the one this workspace trusts for the device it claims to be.

Known key: {known}
This bundle's key: {fp}
Device: {label}

Someone may be posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the device has a new key. The old key will no longer be trusted. Accept the new key?</source>
      <translation>تحذير: هذه الحزمة موقّعة بمفتاح مختلف عن المفتاح الذي تثق به مساحة العمل هذه للجهاز الذي تدّعي أنها منه.

المفتاح المعروف: {known}
مفتاح هذه الحزمة: {fp}
الجهاز: {label}

قد يكون أحدهم ينتحل صفة ذلك الجهاز. لا تقبل المفتاح الجديد إلا إذا أخبرك صاحبه، بطريقة تثق بها، أن للجهاز مفتاحًا جديدًا. لن يعود المفتاح القديم موثوقًا. هل تقبل المفتاح الجديد؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="731" />
      <source>The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it.</source>
      <translation>المفتاح المستبدَل هو مفتاح المقر، الذي تُشفَّر له الحزم. سيُوثق بالمفتاح الجديد كزميل فقط: اجعله مفتاح المقر لاحقًا (الوثوق بملف مفتاح…) بعد أن يؤكده المقر.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="734" />
      <source>The sender's key has changed</source>
      <translation>تغيّر مفتاح المرسل</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="744" />
      <source>Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import again and accept it only if so.</source>
      <translation>لم يتغيّر شيء. اسأل صاحب الجهاز، بطريقة تثق بها، إن كان له مفتاح جديد؛ واستورد مرة أخرى واقبله فقط في هذه الحالة.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="749" />
      <source>Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new one, and report it if it was not damaged in transit.</source>
      <translation>لم يتغيّر شيء. الملف تالف أو عُدّل: لا تستخدمه؛ اطلب من المرسل ملفًا جديدًا، وأبلغ عنه إن لم يكن قد تلف أثناء النقل.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="753" />
      <source>Nothing was changed.</source>
      <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="768" />
      <source>{n} deletion(s) held for review: see Conflicts.</source>
      <translation>{n} حذف محتجز للمراجعة: انظر التعارضات.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="772" />
      <source>This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices that made them. Only the sender's own versions and those of devices never met here were accepted; this device vouches for them.</source>
      <translation>تستخدم هذه الحزمة التنسيق 1 (إصدار أقدم من FieldKit): لا تحمل إصداراتها توقيعات الأجهزة التي أنشأتها. لم تُقبل إلا إصدارات المرسل نفسه وإصدارات أجهزة لم تُصادَف هنا من قبل؛ ويضمنها هذا الجهاز.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="779" />
      <source>{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by its old key; the new key is trusted in its place.</source>
      <translation>انتقل {label} (الجهاز {device}) إلى مفتاح جديد: البصمة {new}، وكانت {old}. التغيير موقّع بمفتاحه القديم؛ ويُوثق بالمفتاح الجديد مكانه.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="790" />
      <source>Imported here, but not published to the HQ database: {reason} It goes there with the next import (or: fieldkit hq publish).</source>
      <translation>استُورد هنا، لكنه لم يُنشر في قاعدة بيانات المقر: {reason} سيُنشر فيها مع الاستيراد التالي (أو: fieldkit hq publish).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="795" />
      <source>Bundles {nums} from this device were never imported here.</source>
      <translation>الحزم {nums} من هذا الجهاز لم تُستورد هنا قط.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="800" />
      <source>Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}.</source>
      <translation>أُضيف {a}، حُدّث {u}، دون تغيير {n}، تعارضات {c}، حُذف {d}، محتجز للمراجعة {h}، مرفوض {r}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="828" />
      <source>Assessment conflict</source>
      <translation>تعارض في تقييم</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="829" />
      <source>Keep the answers of the other device? (No keeps the answers here.)</source>
      <translation>هل تحتفظ بإجابات الجهاز الآخر؟ (لا: تُحفظ الإجابات الموجودة هنا.)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="842" />
      <source>no reason given</source>
      <translation>لم يُذكر سبب</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="849" />
      <source>{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, so it was moved to the trash here instead, with everything it holds.

Keep it (back from the trash), or remove it for good as the other device did?</source>
      <translation>حذف {dev} الحادث «{title}» نهائيًا (السبب: {why}). لقد عُدّل أو أُنشئ على هذا الجهاز، فنُقل هنا إلى سلة المحذوفات بدلًا من ذلك، بكل ما يحتويه.

هل تحتفظ به (يعود من سلة المحذوفات)، أم تزيله نهائيًا كما فعل الجهاز الآخر؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="856" />
      <source>Deleted on another device</source>
      <translation>حُذف على جهاز آخر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="859" />
      <source>Keep it</source>
      <translation>الاحتفاظ به</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="860" />
      <location filename="../../ui/sync/view.py" line="868" />
      <source>Remove for good</source>
      <translation>إزالة نهائية</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="861" />
      <source>Decide later</source>
      <translation>القرار لاحقًا</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="870" />
      <source>Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from this device. This cannot be undone.</source>
      <translation>هل تزيل «{title}» نهائيًا؟ يُحذف من هذا الجهاز سجله والمرفقات التي لا يستخدمها أي حادث آخر. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="886" />
      <source>Save my public key</source>
      <translation>حفظ مفتاحي العام</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="893" />
      <source>Trust a key file</source>
      <translation>الوثوق بملف مفتاح</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="904" />
      <source>The key has changed</source>
      <translation>تغيّر المفتاح</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="906" />
      <source>WARNING: this key claims to be a device this workspace already trusts under another key.

Known key: {known}
This key: {fp}
Device: {label}

Trust it only if the device's owner confirms it has a new key; the old key will no longer be trusted. Trust the new key?</source>
      <translation>تحذير: يدّعي هذا المفتاح أنه لجهاز تثق به مساحة العمل هذه بمفتاح آخر.

المفتاح المعروف: {known}
هذا المفتاح: {fp}
الجهاز: {label}

لا تثق به إلا إذا أكّد صاحب الجهاز أن له مفتاحًا جديدًا؛ لن يعود المفتاح القديم موثوقًا. هل تثق بالمفتاح الجديد؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="924" />
      <location filename="../../ui/sync/view.py" line="947" />
      <source>Trust a key</source>
      <translation>الوثوق بمفتاح</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="926" />
      <source>Key fingerprint: {fp}
Words: {words}
It calls itself: {label}
Device id: {device_id}

Compare the fingerprint with its owner (read the words aloud, or look at their screen); the name proves nothing. Bundles signed by this key will then be accepted.</source>
      <translation>بصمة المفتاح: {fp}
الكلمات: {words}
يسمّي نفسه: {label}
معرّف الجهاز: {device_id}

قارن البصمة مع صاحبها (اقرأ الكلمات بصوت عالٍ، أو انظر إلى شاشته)؛ الاسم وحده لا يثبت شيئًا. ستُقبل بعد ذلك الحزم الموقّعة بهذا المفتاح.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="936" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="937" />
      <source>Compared: trust it</source>
      <translation>تمت المقارنة: الوثوق به</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="938" />
      <source>Trust without checking</source>
      <translation>الوثوق دون تحقق</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="944" />
      <source>HQ (bundles are encrypted to it)</source>
      <translation>المقر (تُشفَّر الحزم له)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="948" />
      <source>Fingerprint {fp}. Whose key is it?</source>
      <translation>البصمة {fp}. لمن هذا المفتاح؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="963" />
      <source>Replace HQ's key</source>
      <translation>استبدال مفتاح المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="965" />
      <source>Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every later bundle will be encrypted to it; do it only if HQ confirmed the new key.</source>
      <translation>تُشفَّر الحزم لمفتاح المقر، وهو الآن {fp} ({label}). هل تجعل هذا المفتاح ({new}) مفتاح المقر بدلًا منه؟ ستُشفَّر له كل حزمة لاحقة؛ لا تفعل ذلك إلا إذا أكّد المقر المفتاح الجديد.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="987" />
      <source>Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again.</source>
      <translation>هل تتوقف عن الوثوق بالمفتاح {fp} («{label}»)؟ ستُرفض الحزم الموقّعة به حتى تثق به مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="991" />
      <source>This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase.</source>
      <translation>هذا مفتاح المقر: لن تُشفَّر الحزم للمقر بعد الآن؛ وستُطلب منك عبارة مرور.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="993" />
      <source>Remove a trusted key</source>
      <translation>إزالة مفتاح موثوق</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1000" />
      <source>Export incidents</source>
      <translation>تصدير الحوادث</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sync/view.py" line="1006" />
      <source>%n incident(s) written to {path}</source>
      <translation>
        <numerusform>كُتب %n حادث في {path}</numerusform>
        <numerusform>كُتب %n حادث في {path}</numerusform>
        <numerusform>كُتب %n حادثان في {path}</numerusform>
        <numerusform>كُتبت %n حوادث في {path}</numerusform>
        <numerusform>كُتب %n حادثًا في {path}</numerusform>
        <numerusform>كُتب %n حادث في {path}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1010" />
      <source>Writing the file…</source>
      <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1032" />
      <location filename="../../ui/sync/view.py" line="1056" />
      <source>Import a config bundle from HQ</source>
      <translation>استيراد حزمة إعدادات من المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1034" />
      <location filename="../../ui/sync/view.py" line="1132" />
      <source>Config bundles (*.fkc)</source>
      <translation>حزم الإعدادات (*.fkc)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1045" />
      <source>HQ's key</source>
      <translation>مفتاح المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1047" />
      <source>This config bundle is signed by “{label}”, and this device trusts no HQ key yet.

Key fingerprint: {fp}
Words: {words}

Compare the fingerprint with HQ (by phone or in person). Only if it matches: trust this key as HQ's and apply the config?</source>
      <translation>حزمة الإعدادات هذه موقّعة من «{label}»، ولا يثق هذا الجهاز بأي مفتاح للمقر بعد.

بصمة المفتاح: {fp}
الكلمات: {words}

قارن البصمة مع المقر (بالهاتف أو شخصيًا). فقط إذا تطابقت: هل تثق بهذا المفتاح كمفتاح للمقر وتطبّق الإعدادات؟</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1065" />
      <source>Config number {n} from HQ applied.</source>
      <translation>طُبّقت الإعدادات رقم {n} من المقر.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1067" />
      <source>{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), {b} basemap(s).</source>
      <translation>أُضيف {d} جهاز، {r} إلغاء، {k} تدوير مفاتيح، {c} إيصال، {l} قائمة مرجعية، {b} خريطة أساسية.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1080" />
      <source>HQ moved to a new signing key ({fp}), announced by its old key.</source>
      <translation>انتقل المقر إلى مفتاح توقيع جديد ({fp})، أعلن عنه مفتاحه القديم.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1085" />
      <source>HQ has a new encryption key: bundles made here are encrypted to it from now on.</source>
      <translation>للمقر مفتاح تشفير جديد: تُشفَّر له الحزم المنشأة هنا من الآن فصاعدًا.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1089" />
      <source>HQ lists {label} under another key than the one trusted here; the key trusted here was kept. Check with its owner.</source>
      <translation>يُدرج المقر {label} بمفتاح غير المفتاح الموثوق هنا؛ وقد أُبقي المفتاح الموثوق هنا. تحقق مع صاحبه.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1093" />
      <source>Config applied</source>
      <translation>طُبّقت الإعدادات</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <source>Import HQ's receipt</source>
      <translation>استيراد إيصال المقر</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1097" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Receipts (*.json)</source>
      <translation>الإيصالات (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1112" />
      <location filename="../../ui/sync/view.py" line="1124" />
      <source>New keys for this device</source>
      <translation>مفاتيح جديدة لهذا الجهاز</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1114" />
      <source>Make new keys for this device? Do it when the old key may have been copied. Your next bundles announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the old key still open here. HQ: send the devices a config bundle afterwards.</source>
      <translation>هل تنشئ مفاتيح جديدة لهذا الجهاز؟ افعل ذلك إذا كان المفتاح القديم ربما نُسخ. تعلن حزمك التالية عن المفتاح الجديد، موقّعة بالقديم، ويتبعه المقر والزملاء. تظل الحزم المنشأة للمفتاح القديم تُفتح هنا. المقر: أرسل إلى الأجهزة حزمة إعدادات بعد ذلك.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1125" />
      <source>New key fingerprint: {fp}. Read it to HQ when they ask.</source>
      <translation>بصمة المفتاح الجديد: {fp}. اقرأها للمقر عندما يطلب ذلك.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1132" />
      <location filename="../../ui/sync/view.py" line="1143" />
      <source>Export a config bundle</source>
      <translation>تصدير حزمة إعدادات</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1144" />
      <source>Config bundle number {n} written, encrypted to {k} device(s).</source>
      <translation>كُتبت حزمة الإعدادات رقم {n}، مشفّرة لـ {k} جهاز.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1156" />
      <source>Write a receipt</source>
      <translation>كتابة إيصال</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1152" />
      <location filename="../../ui/sync/view.py" line="1168" />
      <source>Choose the device in the list first.</source>
      <translation>اختر الجهاز في القائمة أولًا.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1168" />
      <location filename="../../ui/sync/view.py" line="1172" />
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Revoke a key</source>
      <translation>إلغاء مفتاح</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1174" />
      <source>Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last point you trust: a thief holding the key can write any date.</source>
      <translation>ألغِ مفتاح {label} ({fp}) اعتبارًا من أي تاريخ (YYYY-MM-DD) أو رقم حزمة؟ اختر آخر نقطة تثق بها: يستطيع لص يحمل المفتاح كتابة أي تاريخ.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/view.py" line="1181" />
      <source>Reason (sent to the devices):</source>
      <translation>السبب (يُرسل إلى الأجهزة):</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>This bundle had already been imported; nothing changed.</source>
      <translation>سبق استيراد هذه الحزمة؛ لم يتغيّر شيء.</translation>
    </message>
  </context>
  <context>
    <name>TravelDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="255" />
      <location filename="../../ui/lock.py" line="339" />
      <source>Travel mode</source>
      <translation>وضع السفر</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="260" />
      <source>Before a checkpoint or a journey, leave on this laptop only what is needed. Incidents HQ confirmed holding (its receipt) leave this laptop, unless they changed lately, an assessment cites them or a conflict names them. HQ keeps them: nothing is deleted there.</source>
      <translation>قبل المرور بنقطة تفتيش أو السفر، لا تترك على هذا الحاسوب إلا ما يلزم. تغادر هذا الحاسوبَ الحوادثُ التي أكّد المقر أنه يحتفظ بها (بإيصاله)، ما لم تكن قد تغيّرت مؤخرًا، أو يستشهد بها تقييم، أو يذكرها تعارض. يحتفظ بها المقر: لا يُحذف هناك شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="272" />
      <source> days</source>
      <translation> يوم</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="273" />
      <source>Keep what changed in the last</source>
      <translation>الاحتفاظ بما تغيّر خلال آخر</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="291" />
      <location filename="../../ui/lock.py" line="298" />
      <source>Counting…</source>
      <translation>جارٍ العدّ…</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="305" />
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can leave. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>لم يؤكد المقر بعد استلام أي حزمة من هذا الحاسوب: لا يمكن لأي شيء أن يغادر. أرسل أولًا حزمة إلى المقر واستورد الإيصال الذي يعيده.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="310" />
      <source>%n incident(s) would leave this laptop</source>
      <translation>
        <numerusform>سيغادر %n حادث هذا الحاسوب</numerusform>
        <numerusform>سيغادر %n حادث هذا الحاسوب</numerusform>
        <numerusform>سيغادر %n حادثان هذا الحاسوب</numerusform>
        <numerusform>ستغادر %n حوادث هذا الحاسوب</numerusform>
        <numerusform>سيغادر %n حادثًا هذا الحاسوب</numerusform>
        <numerusform>سيغادر %n حادث هذا الحاسوب</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="312" />
      <source>(%1 attachment(s), %2 MB).</source>
      <translation>(%1 مرفق، %2 ميغابايت).</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="317" />
      <source>Kept here: %1 that HQ has not confirmed, %2 changed lately, %3 cited by an assessment, %4 in an open conflict.</source>
      <translation>تبقى هنا: %1 لم يؤكدها المقر، و%2 تغيّرت مؤخرًا، و%3 يستشهد بها تقييم، و%4 في تعارض مفتوح.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="340" />
      <source>Remove %n incident(s) from this laptop now? HQ keeps them.</source>
      <translation>
        <numerusform>هل تزيل الآن %n حادث من هذا الحاسوب؟ يحتفظ به المقر.</numerusform>
        <numerusform>هل تزيل الآن %n حادث من هذا الحاسوب؟ يحتفظ به المقر.</numerusform>
        <numerusform>هل تزيل الآن %n حادثين من هذا الحاسوب؟ يحتفظ بهما المقر.</numerusform>
        <numerusform>هل تزيل الآن %n حوادث من هذا الحاسوب؟ يحتفظ بها المقر.</numerusform>
        <numerusform>هل تزيل الآن %n حادثًا من هذا الحاسوب؟ يحتفظ بها المقر.</numerusform>
        <numerusform>هل تزيل الآن %n حادث من هذا الحاسوب؟ يحتفظ بها المقر.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="347" />
      <source>Leaving incidents behind…</source>
      <translation>جارٍ إزالة الحوادث من هذا الحاسوب…</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>FieldKit is locked</source>
      <translation>FieldKit مقفل</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="29" />
      <source>Unlock FieldKit</source>
      <translation>فتح قفل FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="31" />
      <source>This workspace is encrypted. Type its passphrase to open it.</source>
      <translation>مساحة العمل هذه مشفّرة. اكتب عبارة مرورها لفتحها.</translation>
    </message>
    <message>
      <location filename="../../ui/lock.py" line="37" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="48" />
      <source>%n wrong passphrase(s) since the last unlock.</source>
      <translation>
        <numerusform>%n عبارة مرور خاطئة منذ آخر فتح.</numerusform>
        <numerusform>%n عبارة مرور خاطئة منذ آخر فتح.</numerusform>
        <numerusform>%n عبارتا مرور خاطئتان منذ آخر فتح.</numerusform>
        <numerusform>%n عبارات مرور خاطئة منذ آخر فتح.</numerusform>
        <numerusform>%n عبارة مرور خاطئة منذ آخر فتح.</numerusform>
        <numerusform>%n عبارة مرور خاطئة منذ آخر فتح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/lock.py" line="50" />
      <source>After %n more, the workspace will be destroyed.</source>
      <translation>
        <numerusform>بعد %n محاولة أخرى، ستُدمَّر مساحة العمل.</numerusform>
        <numerusform>بعد %n محاولة أخرى، ستُدمَّر مساحة العمل.</numerusform>
        <numerusform>بعد %n محاولتين أخريين، ستُدمَّر مساحة العمل.</numerusform>
        <numerusform>بعد %n محاولات أخرى، ستُدمَّر مساحة العمل.</numerusform>
        <numerusform>بعد %n محاولة أخرى، ستُدمَّر مساحة العمل.</numerusform>
        <numerusform>بعد %n محاولة أخرى، ستُدمَّر مساحة العمل.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Welcome to FieldKit</source>
      <translation>مرحبًا بك في FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>FieldKit works entirely offline. Nothing leaves this computer unless you export it.
Tell it who you are; your name and device label are written into the records and bundles you make.</source>
      <translation>يعمل FieldKit دون اتصال تمامًا. لا يغادر شيء هذا الحاسوب ما لم تصدّره.
عرّف بنفسك؛ يُكتب اسمك وتسمية جهازك في السجلات والحزم التي تنشئها.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>e.g. crime monitor, JMAC analyst</source>
      <translation>مثل مراقب الجريمة، محلل JMAC</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="217" />
      <source>e.g. Gao team laptop 2</source>
      <translation>مثل حاسوب فريق غاو 2</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>Your name</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="222" />
      <source>Device label</source>
      <translation>تسمية الجهاز</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="224" />
      <source>Load demo data (realistic incidents and two assessments) to try FieldKit</source>
      <translation>تحميل بيانات تجريبية (حوادث واقعية وتقييمان) لتجربة FieldKit</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../ui/app.py" line="201" />
      <source>The workspace was destroyed.</source>
      <translation>دُمّرت مساحة العمل.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>Something unexpected went wrong. Your saved work is safe; the details are in the log file.</source>
      <translation>حدث خطأ غير متوقع. عملك المحفوظ في أمان؛ والتفاصيل في ملف السجل.</translation>
    </message>
  </context>
  <context>
    <name>map</name>
    <message>
      <location filename="../../ui/map/widget.py" line="26" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="27" />
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="28" />
      <source>severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="29" />
      <source>Open in FieldKit</source>
      <translation>فتح في FieldKit</translation>
    </message>
    <message>
      <location filename="../../ui/map/widget.py" line="30" />
      <source>Heatmap</source>
      <translation>خريطة حرارية</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>The entry has {count} problem(s): {details}</source>
      <translation>في الإدخال {count} مشكلة: {details}</translation>
    </message>
    <message>
      <source>the assessment names no assessor</source>
      <translation>لا يذكر التقييم اسم مقيِّم</translation>
    </message>
    <message>
      <source>only {coverage}% of the threat questions have a known answer; at least {min}% are needed</source>
      <translation>{coverage}% فقط من أسئلة التهديد لها إجابة معروفة؛ والمطلوب {min}% على الأقل</translation>
    </message>
    <message>
      <source>{n} required question(s) are unanswered: {questions}</source>
      <translation>{n} سؤال إلزامي دون إجابة: {questions}</translation>
    </message>
    <message>
      <source>{n} required question(s) are answered 'unknown': {questions}</source>
      <translation>{n} سؤال إلزامي أُجيب عنه بـ'unknown' (مجهول): {questions}</translation>
    </message>
    <message>
      <source>'Other' is picked without saying what in the note: {questions}</source>
      <translation>اختير 'غير ذلك' دون توضيحه في الملاحظة: {questions}</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14.</source>
      <translation>'{value}' ليس تاريخًا؛ استخدم الصيغة 2026-03-14.</translation>
    </message>
    <message>
      <source>No assessment with id {id}.</source>
      <translation>لا يوجد تقييم بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>No single assessment has an id starting with {id}.</source>
      <translation>لا يوجد تقييم واحد يبدأ معرّفه بـ {id}.</translation>
    </message>
    <message>
      <source>The area needs a name.</source>
      <translation>تحتاج المنطقة إلى اسم.</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>تبدأ الفترة بعد أن تنتهي.</translation>
    </message>
    <message>
      <source>Give both latitude and longitude, or neither.</source>
      <translation>أدخل خط العرض وخط الطول معًا، أو لا تدخل أيًّا منهما.</translation>
    </message>
    <message>
      <source>The language must be one of {choices}.</source>
      <translation>يجب أن تكون اللغة إحدى: {choices}.</translation>
    </message>
    <message>
      <source>This assessment is final. Give a reason to change it; the change will be kept as a new version.</source>
      <translation>هذا التقييم نهائي. اذكر سببًا لتغييره؛ وسيُحفظ التغيير كإصدار جديد.</translation>
    </message>
    <message>
      <source>The assessment cannot be finalised: {details}</source>
      <translation>لا يمكن إنهاء التقييم: {details}</translation>
    </message>
    <message>
      <source>The assessment cannot be upgraded: {details}</source>
      <translation>لا يمكن ترقية التقييم: {details}</translation>
    </message>
    <message>
      <source>A final assessment cannot be deleted; it is part of the record.</source>
      <translation>لا يمكن حذف تقييم نهائي؛ فهو جزء من السجل.</translation>
    </message>
    <message>
      <source>These assessments use different checklists and cannot be compared.</source>
      <translation>تستخدم هذه التقييمات قوائم مرجعية مختلفة ولا يمكن مقارنتها.</translation>
    </message>
    <message>
      <source>The area name is too long ({n} characters, at most {max}).</source>
      <translation>اسم المنطقة طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The earlier assessment uses another checklist.</source>
      <translation>يستخدم التقييم السابق قائمة مرجعية أخرى.</translation>
    </message>
    <message>
      <source>The bounding box must be min_lon,min_lat,max_lon,max_lat.</source>
      <translation>يجب أن يكون المربع المحيط min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>these answers do not fit version {version} of the checklist; change them first: {questions}</source>
      <translation>هذه الإجابات لا تلائم الإصدار {version} من القائمة المرجعية؛ غيّرها أولًا: {questions}</translation>
    </message>
    <message>
      <source>The other device's answers cannot be kept: {reason}.</source>
      <translation>لا يمكن الاحتفاظ بإجابات الجهاز الآخر: {reason}.</translation>
    </message>
    <message>
      <source>No incident with id {id}.</source>
      <translation>لا يوجد حادث بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>is final but has no stored history</source>
      <translation>نهائي لكن لا سجل محفوظ له</translation>
    </message>
    <message>
      <source>Latitude must be a number between -90 and 90.</source>
      <translation>يجب أن يكون خط العرض رقمًا بين -90 و90.</translation>
    </message>
    <message>
      <source>Longitude must be a number between -180 and 180.</source>
      <translation>يجب أن يكون خط الطول رقمًا بين -180 و180.</translation>
    </message>
    <message>
      <source>'{qid}' is not a question of checklist {checklist}.</source>
      <translation>'{qid}' ليس سؤالًا في القائمة المرجعية {checklist}.</translation>
    </message>
    <message>
      <source>the current answers differ from the last saved version (edited outside FieldKit)</source>
      <translation>تختلف الإجابات الحالية عن آخر إصدار محفوظ (عُدّلت خارج FieldKit)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error}).</source>
      <translation>{file}: لا يمكن قراءة الملف ({error}).</translation>
    </message>
    <message>
      <source>{file}: not valid YAML/JSON ({error}).</source>
      <translation>{file}: ليس YAML/JSON صالحًا ({error}).</translation>
    </message>
    <message>
      <source>{file}: {problems}{more}</source>
      <translation>{file}: {problems}{more}</translation>
    </message>
    <message>
      <source>An answer is required (use 'unknown' if it is not known).</source>
      <translation>الإجابة مطلوبة (استخدم 'unknown' إذا كانت غير معروفة).</translation>
    </message>
    <message>
      <source>The answer must be yes, no or unknown.</source>
      <translation>يجب أن تكون الإجابة نعم أو لا أو مجهول.</translation>
    </message>
    <message>
      <source>'{value}' is not one of the choices ({choices}).</source>
      <translation>'{value}' ليس من الخيارات ({choices}).</translation>
    </message>
    <message>
      <source>The answer must be a whole number from 0 to 4, or unknown.</source>
      <translation>يجب أن تكون الإجابة عددًا صحيحًا من 0 إلى 4، أو مجهولة.</translation>
    </message>
    <message>
      <source>'{value}' cannot be picked together with another choice.</source>
      <translation>لا يمكن اختيار '{value}' مع خيار آخر.</translation>
    </message>
    <message>
      <source>The answer must be a number.</source>
      <translation>يجب أن تكون الإجابة رقمًا.</translation>
    </message>
    <message>
      <source>The answer must be at least {min}.</source>
      <translation>يجب ألا تقل الإجابة عن {min}.</translation>
    </message>
    <message>
      <source>The answer must be at most {max}.</source>
      <translation>يجب ألا تزيد الإجابة على {max}.</translation>
    </message>
    <message>
      <source>The answer must be a whole number (a count).</source>
      <translation>يجب أن تكون الإجابة عددًا صحيحًا (عدًّا).</translation>
    </message>
    <message>
      <source>'unknown' is not allowed for this question.</source>
      <translation>'unknown' (مجهول) غير مسموح به لهذا السؤال.</translation>
    </message>
    <message>
      <source>The answer must be a date such as 2026-03-14.</source>
      <translation>يجب أن تكون الإجابة تاريخًا مثل 2026-03-14.</translation>
    </message>
    <message>
      <source>'{value}' is not one of: {choices}.</source>
      <translation>'{value}' ليس أحد الخيارات: {choices}.</translation>
    </message>
    <message>
      <source>The text is too long ({n} characters, at most {max}).</source>
      <translation>النص طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>Give a number from 0 to 4.</source>
      <translation>أدخل رقمًا من 0 إلى 4.</translation>
    </message>
    <message>
      <source>'{value}' is not a number from 0 to 4.</source>
      <translation>'{value}' ليس رقمًا من 0 إلى 4.</translation>
    </message>
    <message>
      <source>A judgement needs its text.</source>
      <translation>يحتاج الحكم إلى نص.</translation>
    </message>
    <message>
      <source>A judgement's number goes from 1 to {max}.</source>
      <translation>يتراوح رقم الحكم من 1 إلى {max}.</translation>
    </message>
    <message>
      <source>No judgement number {n}.</source>
      <translation>لا يوجد حكم بالرقم {n}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known criminal market.</source>
      <translation>'{code}' ليس سوقًا إجرامية معروفة.</translation>
    </message>
    <message>
      <source>An actor needs a name.</source>
      <translation>تحتاج الجهة الفاعلة إلى اسم.</translation>
    </message>
    <message>
      <source>At most {max} actor names of at most 200 characters.</source>
      <translation>{max} اسمًا للجهات الفاعلة على الأكثر، لا يتجاوز كل منها 200 حرف.</translation>
    </message>
    <message>
      <source>This assessment has no record of market {code}.</source>
      <translation>لا يحتوي هذا التقييم على سجل للسوق {code}.</translation>
    </message>
    <message>
      <source>'{code}' is not a known actor type.</source>
      <translation>'{code}' ليس نوع جهة فاعلة معروفًا.</translation>
    </message>
    <message>
      <source>'{code}' is not a known role in the chain.</source>
      <translation>'{code}' ليس دورًا معروفًا في السلسلة.</translation>
    </message>
    <message>
      <source>This assessment has no actor named {name}.</source>
      <translation>لا توجد في هذا التقييم جهة فاعلة باسم {name}.</translation>
    </message>
    <message>
      <source>The report needs at least one key judgement.</source>
      <translation>يحتاج التقرير إلى حكم رئيسي واحد على الأقل.</translation>
    </message>
    <message>
      <source>Not a field of a market record.</source>
      <translation>ليس حقلًا في سجل سوق.</translation>
    </message>
    <message>
      <source>Not a field of an actor record.</source>
      <translation>ليس حقلًا في سجل جهة فاعلة.</translation>
    </message>
    <message>
      <source>No checklist with id {id}.</source>
      <translation>لا توجد قائمة مرجعية بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>No checklist {id} version {version}.</source>
      <translation>لا توجد القائمة المرجعية {id} الإصدار {version}.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: {problem}</source>
      <translation>{file}: الورقة {sheet}: {problem}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, row {row}: {problem}</source>
      <translation>{file}: الورقة {sheet}، الصف {row}: {problem}</translation>
    </message>
    <message>
      <source>{file}: the workbook is too large ({mb} MB; at most {max} MB).</source>
      <translation>{file}: المصنف كبير جدًا ({mb} ميغابايت؛ والحد الأقصى {max} ميغابايت).</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook FieldKit reads (it holds too many parts).</source>
      <translation>{file}: ليس مصنف .xlsx يقرؤه FieldKit (يحتوي على أجزاء كثيرة جدًا).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no 'survey' sheet.</source>
      <translation>{file}: لا يحتوي المصنف على ورقة 'survey'.</translation>
    </message>
    <message>
      <source>{file}: sheet survey: no question FieldKit can ask (select_one, select_multiple, integer, decimal, text or date).</source>
      <translation>{file}: الورقة survey: لا يوجد سؤال يستطيع FieldKit طرحه (select_one أو select_multiple أو integer أو decimal أو text أو date).</translation>
    </message>
    <message>
      <source>Checklist {id} version {version} is already installed with other content: raise the version in the form's settings sheet.</source>
      <translation>القائمة المرجعية {id} الإصدار {version} مثبّتة بالفعل بمحتوى مختلف: ارفع رقم الإصدار في ورقة settings في النموذج.</translation>
    </message>
    <message>
      <source>{file}: not an .xlsx workbook ({error}).</source>
      <translation>{file}: ليس مصنف .xlsx ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook unpacks to far more than its size (a damaged or hostile file): not read.</source>
      <translation>{file}: يتضخم المصنف عند فك ضغطه إلى أكثر بكثير من حجمه (ملف تالف أو عدائي): لم يُقرأ.</translation>
    </message>
    <message>
      <source>{file}: {problems}</source>
      <translation>{file}: {problems}</translation>
    </message>
    <message>
      <source>The two passphrases typed differ: nothing was changed.</source>
      <translation>عبارتا المرور المكتوبتان مختلفتان: لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>No passphrase was given.</source>
      <translation>لم تُعطَ عبارة مرور.</translation>
    </message>
    <message>
      <source>--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.</source>
      <translation>يجب أن يكون --bbox أربعة أرقام: min_lon,min_lat,max_lon,max_lat.</translation>
    </message>
    <message>
      <source>This workspace reads no HQ database: connect it with 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (or give --database).</source>
      <translation>مساحة العمل هذه لا تقرأ أي قاعدة بيانات للمقر: اربطها بـ 'fieldkit hq connect --database postgresql://ROLE@HOST/DB' (أو حدّد ‎--database).</translation>
    </message>
    <message>
      <source>This workspace has no HQ database: set one with 'fieldkit hq init --database postgresql://...'.</source>
      <translation>ليست لمساحة العمل هذه قاعدة بيانات للمقر: حدّد واحدة بـ 'fieldkit hq init --database postgresql://...'.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or run this in a workspace set up with 'fieldkit hq init').</source>
      <translation>لم تُحدَّد قاعدة بيانات للمقر: استخدم ‎--database postgresql://role@host/db‎ (أو شغّل هذا في مساحة عمل أُعدّت بالأمر 'fieldkit hq init').</translation>
    </message>
    <message>
      <source>This workspace publishes to an HQ database already ('fieldkit hq status'): it reads that one.</source>
      <translation>مساحة العمل هذه تنشر بالفعل إلى قاعدة بيانات للمقر ('fieldkit hq status'): وهي تقرأ تلك.</translation>
    </message>
    <message>
      <source>No HQ database given: use --database postgresql://role@host/db (or --off).</source>
      <translation>لم تُحدَّد قاعدة بيانات للمقر: استخدم ‎--database postgresql://role@host/db (أو ‎--off).</translation>
    </message>
    <message>
      <source>This workspace has its device key; nothing to do (a key is replaced only when its file was lost).</source>
      <translation>لمساحة العمل هذه مفتاح جهازها؛ لا شيء لفعله (لا يُستبدل المفتاح إلا إذا فُقد ملفه).</translation>
    </message>
    <message>
      <source>A new identity cannot be undone: run it again with --confirm.</source>
      <translation>لا يمكن التراجع عن هوية جديدة: شغّل الأمر مرة أخرى مع --confirm.</translation>
    </message>
    <message>
      <source>No basemap named {name}; see 'fieldkit basemap list'.</source>
      <translation>لا توجد خريطة أساسية باسم {name}؛ انظر 'fieldkit basemap list'.</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.</source>
      <translation>لا توجد مساحة عمل FieldKit في {folder}. شغّل 'fieldkit init' أولًا، أو تحقق من --data-dir.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted; use 'fieldkit passphrase change'.</source>
      <translation>مساحة العمل هذه مشفّرة بالفعل؛ استخدم 'fieldkit passphrase change'.</translation>
    </message>
    <message>
      <source>No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).</source>
      <translation>لم تُعطَ عبارة مرور جديدة (اضبط FIELDKIT_NEW_PASSPHRASE، أو شغّل الأمر في طرفية).</translation>
    </message>
    <message>
      <source>This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.</source>
      <translation>مساحة العمل هذه غير مشفّرة؛ استخدم 'fieldkit passphrase set' لتشفيرها.</translation>
    </message>
    <message>
      <source>No duress passphrase was given (set FIELDKIT_DURESS_PASSPHRASE, or run it at a terminal).</source>
      <translation>لم تُعطَ عبارة مرور الإكراه (اضبط FIELDKIT_DURESS_PASSPHRASE، أو شغّل الأمر في طرفية).</translation>
    </message>
    <message>
      <source>Travel mode needs --yes when no one is at a terminal to confirm.</source>
      <translation>يحتاج وضع السفر إلى --yes عندما لا يوجد أحد عند طرفية للتأكيد.</translation>
    </message>
    <message>
      <source>Deleting the workspace needs --yes when no one is at a terminal to confirm.</source>
      <translation>يحتاج حذف مساحة العمل إلى --yes عندما لا يوجد أحد عند طرفية للتأكيد.</translation>
    </message>
    <message>
      <source>No open conflict with id {id}.</source>
      <translation>لا يوجد تعارض مفتوح بالمعرّف {id}.</translation>
    </message>
    <message>
      <source>--incidents must be 0 or more.</source>
      <translation>يجب أن يكون --incidents صفرًا أو أكثر.</translation>
    </message>
    <message>
      <source>Unknown setting {key}; use one of: {allowed}.</source>
      <translation>إعداد غير معروف {key}؛ استخدم أحد: {allowed}.</translation>
    </message>
    <message>
      <source>The device id cannot be changed.</source>
      <translation>لا يمكن تغيير معرّف الجهاز.</translation>
    </message>
    <message>
      <source>This workspace is already encrypted.</source>
      <translation>مساحة العمل هذه مشفّرة بالفعل.</translation>
    </message>
    <message>
      <source>There is no plain FieldKit workspace in {folder} to encrypt.</source>
      <translation>لا توجد مساحة عمل FieldKit غير مشفّرة في {folder} لتشفيرها.</translation>
    </message>
    <message>
      <source>The encrypted copy of the workspace did not check out: nothing was changed.</source>
      <translation>لم تجتز النسخة المشفّرة من مساحة العمل الفحص: لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>The workspace could not be prepared for encryption ({error}): nothing was changed.</source>
      <translation>تعذّر تجهيز مساحة العمل للتشفير ({error}): لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>The workspace could not be encrypted ({error}): nothing was changed.</source>
      <translation>تعذّر تشفير مساحة العمل ({error}): لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>This workspace already holds data; load the demo into an empty workspace (use another --data-dir).</source>
      <translation>تحتوي مساحة العمل هذه على بيانات بالفعل؛ حمّل البيانات التجريبية في مساحة عمل فارغة (استخدم --data-dir آخر).</translation>
    </message>
    <message>
      <source>The diagnostics file could not be written to {file}: {error}</source>
      <translation>تعذّرت كتابة ملف التشخيص في {file}: {error}</translation>
    </message>
    <message>
      <source>The step was interrupted: FieldKit is closing.</source>
      <translation>انقطعت الخطوة: FieldKit يُغلق.</translation>
    </message>
    <message>
      <source>The export could not be written to {file}: {error}</source>
      <translation>تعذّرت كتابة التصدير في {file}: {error}</translation>
    </message>
    <message>
      <source>The file {name} is too large to be a bundle: nothing was sent.</source>
      <translation>الملف {name} أكبر من أن يكون حزمة: لم يُرسَل شيء.</translation>
    </message>
    <message>
      <source>No bundle {id} (or more than one) is in the HQ database's inbox.</source>
      <translation>لا توجد حزمة {id} (أو توجد أكثر من واحدة) في صندوق وارد قاعدة بيانات المقر.</translation>
    </message>
    <message>
      <source>The file {name} could not be read: {error}</source>
      <translation>تعذّرت قراءة الملف {name}: {error}</translation>
    </message>
    <message>
      <source>No refused bundle {id} that can be tried again is in the HQ database.</source>
      <translation>لا توجد في قاعدة بيانات المقر حزمة مرفوضة {id} يمكن إعادة محاولتها.</translation>
    </message>
    <message>
      <source>A bundle's blocks are not numbered in order in the HQ database.</source>
      <translation>كتل إحدى الحزم غير مرقّمة بالترتيب في قاعدة بيانات المقر.</translation>
    </message>
    <message>
      <source>A bundle in the HQ database is longer than its size says.</source>
      <translation>حزمة في قاعدة بيانات المقر أطول مما يذكره حجمها.</translation>
    </message>
    <message>
      <source>Each field takes 'local' or 'remote'.</source>
      <translation>يأخذ كل حقل 'local' أو 'remote'.</translation>
    </message>
    <message>
      <source>The bundle could not be read ({kind}): it is damaged or was made to harm. Nothing was changed.</source>
      <translation>تعذرت قراءة الحزمة ({kind}): إنها تالفة أو صُنعت لإلحاق الضرر. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The file {name} changed while it was being sent: nothing was sent. Try again.</source>
      <translation>تغيّر الملف {name} أثناء إرساله: لم يُرسَل شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The bundle in the HQ database is incomplete or was altered there: it was not imported.</source>
      <translation>الحزمة في قاعدة بيانات المقر ناقصة أو عُدّلت هناك: لم تُستورَد.</translation>
    </message>
    <message>
      <source>The bundle could not be written in the HQ workspace's folder ({error}): it was not imported. Free some space, then put it back in the queue ('fieldkit hq inbox --retry').</source>
      <translation>تعذرت كتابة الحزمة في مجلد مساحة عمل المقر ({error}): لم تُستورد. حرِّر بعض المساحة، ثم أعدها إلى قائمة الانتظار ('fieldkit hq inbox --retry').</translation>
    </message>
    <message>
      <source>The PostgreSQL schema steps are not numbered 1, 2, 3... ({numbers}).</source>
      <translation>خطوات مخطط PostgreSQL غير مرقّمة 1، 2، 3... ({numbers}).</translation>
    </message>
    <message>
      <source>The PostgreSQL address holds a password: FieldKit records the address in the workspace, so the password must stay out of it. Put it in a .pgpass file (or PGPASSFILE), or in PGPASSWORD.</source>
      <translation>يحتوي عنوان PostgreSQL على كلمة مرور: يسجّل FieldKit العنوان في مساحة العمل، لذا يجب أن تبقى كلمة المرور خارجه. ضعها في ملف .pgpass (أو PGPASSFILE)، أو في PGPASSWORD.</translation>
    </message>
    <message>
      <source>The HQ database server could not be reached ({error}): nothing was changed. Check that the server is running and that this computer may connect to it.</source>
      <translation>تعذّر الوصول إلى خادم قاعدة بيانات المقر ({error}): لم يتغيّر شيء. تحقق من أن الخادم يعمل وأن هذا الحاسوب مسموح له بالاتصال به.</translation>
    </message>
    <message>
      <source>The HQ database refused this work: the role has no permission for it ({error}). Nothing was changed; ask the database administrator for the FieldKit role this work needs.</source>
      <translation>رفضت قاعدة بيانات المقر هذا العمل: ليس للدور إذن به ({error}). لم يتغيّر شيء؛ اطلب من مسؤول قاعدة البيانات دور FieldKit الذي يحتاجه هذا العمل.</translation>
    </message>
    <message>
      <source>The HQ database server has no space left: nothing was changed. Ask its administrator to free some space, then try again.</source>
      <translation>لم تبقَ مساحة على خادم قاعدة بيانات المقر: لم يتغيّر شيء. اطلب من مسؤوله تحرير بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The workspace is busy with other work (another FieldKit window or command is writing to it): nothing was changed. Try again when that work is done.</source>
      <translation>مساحة العمل مشغولة بعمل آخر (نافذة FieldKit أخرى أو أمر آخر يكتب فيها): لم يتغيّر شيء. حاول مرة أخرى عند انتهاء ذلك العمل.</translation>
    </message>
    <message>
      <source>The HQ database server lacks what FieldKit needs ({error}): install PostGIS on it (docs/hq-postgresql.md). Nothing was changed.</source>
      <translation>يفتقر خادم قاعدة بيانات المقر إلى ما يحتاجه FieldKit ({error}): ثبّت PostGIS عليه (docs/hq-postgresql.md). لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>The HQ store on PostgreSQL needs the psycopg package: install FieldKit with its 'hq' extra (pip install 'fieldkit[hq]').</source>
      <translation>يحتاج مخزن المقر على PostgreSQL إلى الحزمة البرمجية psycopg: ثبّت FieldKit مع إضافته 'hq' (pip install 'fieldkit[hq]').</translation>
    </message>
    <message>
      <source>The PostgreSQL address could not be read: {error}</source>
      <translation>تعذّرت قراءة عنوان PostgreSQL: {error}</translation>
    </message>
    <message>
      <source>The HQ database reported an error: {error}</source>
      <translation>أبلغت قاعدة بيانات المقر عن خطأ: {error}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of FieldKit (database schema {found}, this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.</source>
      <translation>كُتبت مساحة العمل هذه بإصدار أحدث من FieldKit (مخطط قاعدة البيانات {found}، وهذا الإصدار يعرف حتى {latest}). حدّث FieldKit لفتحها؛ لم يُمسّ الملف.</translation>
    </message>
    <message>
      <source>The search "{text}" has an unclosed quotation mark.</source>
      <translation>في البحث "{text}" علامة اقتباس غير مغلقة.</translation>
    </message>
    <message>
      <source>The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.</source>
      <translation>يبدأ البحث "{text}" أو ينتهي بـ AND أو OR أو NOT؛ ضع كلمات على الجانبين.</translation>
    </message>
    <message>
      <source>history exists for an incident that is gone</source>
      <translation>يوجد سجل لحادث لم يعد موجودًا</translation>
    </message>
    <message>
      <source>is not in the HQ database yet</source>
      <translation>ليس في قاعدة بيانات المقر بعد</translation>
    </message>
    <message>
      <source>is in the HQ database but not in the workspace</source>
      <translation>موجود في قاعدة بيانات المقر لكن ليس في مساحة العمل</translation>
    </message>
    <message>
      <source>differs between the HQ database and the workspace (publish again)</source>
      <translation>يختلف بين قاعدة بيانات المقر ومساحة العمل (انشر مرة أخرى)</translation>
    </message>
    <message>
      <source>The attachment name {sha} is not a SHA-256.</source>
      <translation>اسم المرفق {sha} ليس SHA-256.</translation>
    </message>
    <message>
      <source>the file was altered or cut short in the HQ database</source>
      <translation>عُدّل الملف أو بُتر في قاعدة بيانات المقر</translation>
    </message>
    <message>
      <source>The search '{query}' has no word to look for.</source>
      <translation>لا يحتوي البحث '{query}' على أي كلمة للبحث عنها.</translation>
    </message>
    <message>
      <source>The attachment {sha} is not in the HQ database.</source>
      <translation>المرفق {sha} غير موجود في قاعدة بيانات المقر.</translation>
    </message>
    <message>
      <source>has no stored history</source>
      <translation>لا سجل محفوظ له</translation>
    </message>
    <message>
      <source>the current record differs from its last saved version (edited outside FieldKit)</source>
      <translation>يختلف السجل الحالي عن آخر إصدار محفوظ له (عُدّل خارج FieldKit)</translation>
    </message>
    <message>
      <source>the file is not in the HQ database (publish from the workspace)</source>
      <translation>الملف غير موجود في قاعدة بيانات المقر (انشره من مساحة العمل)</translation>
    </message>
    <message>
      <source>This HQ database is fed by another FieldKit workspace (device {other}): nothing was published. Use a database of its own for this workspace.</source>
      <translation>تغذّي قاعدةَ بيانات المقر هذه مساحةُ عمل FieldKit أخرى (الجهاز {other}): لم يُنشر شيء. استخدم قاعدة بيانات خاصة بمساحة العمل هذه.</translation>
    </message>
    <message>
      <source>The attachment {sha} is incomplete in the HQ database.</source>
      <translation>المرفق {sha} ناقص في قاعدة بيانات المقر.</translation>
    </message>
    <message>
      <source>The attachment {sha} in the HQ database does not match its SHA-256 (altered on the server): nothing was written.</source>
      <translation>المرفق {sha} في قاعدة بيانات المقر لا يطابق SHA-256 الخاص به (عُدّل على الخادم): لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>The attachment {sha} is missing from the workspace.</source>
      <translation>المرفق {sha} مفقود من مساحة العمل.</translation>
    </message>
    <message>
      <source>The attachment {sha} has been altered: its content no longer matches its SHA-256.</source>
      <translation>عُدّل المرفق {sha}: لم يعد محتواه يطابق SHA-256 الخاص به.</translation>
    </message>
    <message>
      <source>The workspace is locked: unlock it with its passphrase first.</source>
      <translation>مساحة العمل مقفلة: افتح قفلها بعبارة مرورها أولًا.</translation>
    </message>
    <message>
      <source>The file {name} does not match its SHA-256.</source>
      <translation>الملف {name} لا يطابق SHA-256 الخاص به.</translation>
    </message>
    <message>
      <source>The file {path} could not be copied into the workspace: {error}</source>
      <translation>تعذّر نسخ الملف {path} إلى مساحة العمل: {error}</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>العنوان مطلوب.</translation>
    </message>
    <message>
      <source>The status must be 'draft' or 'final'.</source>
      <translation>يجب أن تكون الحالة 'draft' (مسودة) أو 'final' (نهائي).</translation>
    </message>
    <message>
      <source>A description is required before the incident is final.</source>
      <translation>الوصف مطلوب قبل أن يصبح الحادث نهائيًا.</translation>
    </message>
    <message>
      <source>The date and time of the incident are required.</source>
      <translation>تاريخ الحادث ووقته مطلوبان.</translation>
    </message>
    <message>
      <source>The time precision must be exact, day, month or approximate.</source>
      <translation>يجب أن تكون دقة الوقت exact أو day أو month أو approximate.</translation>
    </message>
    <message>
      <source>The place name is too long ({n} characters, at most {max}).</source>
      <translation>اسم المكان طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The location precision must be exact, near, district, region or country.</source>
      <translation>يجب أن تكون دقة الموقع exact أو near أو district أو region أو country.</translation>
    </message>
    <message>
      <source>A category is required.</source>
      <translation>الفئة مطلوبة.</translation>
    </message>
    <message>
      <source>Too many actors ({n}, at most {max}).</source>
      <translation>عدد الجهات الفاعلة كبير جدًا ({n}، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>'{code}' is not a known source type.</source>
      <translation>'{code}' ليس نوع مصدر معروفًا.</translation>
    </message>
    <message>
      <source>Source reliability must be a letter from A to F.</source>
      <translation>يجب أن تكون موثوقية المصدر حرفًا من A إلى F.</translation>
    </message>
    <message>
      <source>Information credibility must be a digit from 1 to 6.</source>
      <translation>يجب أن تكون مصداقية المعلومات رقمًا من 1 إلى 6.</translation>
    </message>
    <message>
      <source>Too many tags ({n}, at most {max}).</source>
      <translation>عدد الوسوم كبير جدًا ({n}، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>Too many markets ({n}, at most {max}).</source>
      <translation>عدد الأسواق كبير جدًا ({n}، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The title is too long ({n} characters, at most {max}).</source>
      <translation>العنوان طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The description is too long ({n} characters, at most {max}).</source>
      <translation>الوصف طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>Latitude and longitude are required before the incident is final (a draft may be saved without them).</source>
      <translation>خط العرض وخط الطول مطلوبان قبل أن يصبح الحادث نهائيًا (يمكن حفظ المسودة دونهما).</translation>
    </message>
    <message>
      <source>'{code}' is not a known category code.</source>
      <translation>'{code}' ليس رمز فئة معروفًا.</translation>
    </message>
    <message>
      <source>A severity from 1 to 5 is required.</source>
      <translation>الخطورة مطلوبة، من 1 إلى 5.</translation>
    </message>
    <message>
      <source>The severity must be a whole number from 1 (minimal) to 5 (critical).</source>
      <translation>يجب أن تكون الخطورة عددًا صحيحًا من 1 (ضئيلة) إلى 5 (حرجة).</translation>
    </message>
    <message>
      <source>The actors must be a list of names (each with an optional type).</source>
      <translation>يجب أن تكون الجهات الفاعلة قائمة أسماء (لكل منها نوع اختياري).</translation>
    </message>
    <message>
      <source>Each actor must be a name, with an optional type code.</source>
      <translation>يجب أن تكون كل جهة فاعلة اسمًا، مع رمز نوع اختياري.</translation>
    </message>
    <message>
      <source>An actor's name is too long ({n} characters, at most {max}).</source>
      <translation>اسم الجهة الفاعلة طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The tags must be a list of words.</source>
      <translation>يجب أن تكون الوسوم قائمة كلمات.</translation>
    </message>
    <message>
      <source>Each tag must be a word or a short text.</source>
      <translation>يجب أن يكون كل وسم كلمة أو نصًا قصيرًا.</translation>
    </message>
    <message>
      <source>A tag is too long ({n} characters, at most {max}).</source>
      <translation>الوسم طويل جدًا ({n} حرفًا، والحد الأقصى {max}).</translation>
    </message>
    <message>
      <source>The markets must be a list of criminal market codes.</source>
      <translation>يجب أن تكون الأسواق قائمة برموز أسواق إجرامية.</translation>
    </message>
    <message>
      <source>The date of the incident is in the future.</source>
      <translation>تاريخ الحادث في المستقبل.</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.</source>
      <translation>'{value}' ليس تاريخًا؛ استخدم الصيغة 2026-03-14 أو 2026-03-14T22:30.</translation>
    </message>
    <message>
      <source>The report date is in the future.</source>
      <translation>تاريخ الإبلاغ في المستقبل.</translation>
    </message>
    <message>
      <source>'{value}' is not a date.</source>
      <translation>'{value}' ليس تاريخًا.</translation>
    </message>
    <message>
      <source>'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.</source>
      <translation>'{value}' ليس تصنيف مصدر؛ استخدم حرفًا من A إلى F ورقمًا من 1 إلى 6، مثل B2.</translation>
    </message>
    <message>
      <source>The number of people killed must be a whole number from 0 to {max}, or left empty if not known.</source>
      <translation>يجب أن يكون عدد القتلى عددًا صحيحًا من 0 إلى {max}، أو أن يُترك فارغًا إن لم يكن معروفًا.</translation>
    </message>
    <message>
      <source>Longitude is required.</source>
      <translation>خط الطول مطلوب.</translation>
    </message>
    <message>
      <source>Latitude is required.</source>
      <translation>خط العرض مطلوب.</translation>
    </message>
    <message>
      <source>Give the longitude too, or neither (a draft may be saved without a location).</source>
      <translation>أدخل خط الطول أيضًا، أو لا تدخل أيًّا منهما (يمكن حفظ المسودة دون موقع).</translation>
    </message>
    <message>
      <source>Give the latitude too, or neither (a draft may be saved without a location).</source>
      <translation>أدخل خط العرض أيضًا، أو لا تدخل أيًّا منهما (يمكن حفظ المسودة دون موقع).</translation>
    </message>
    <message>
      <source>'{value}' is two numbers: put the latitude and the longitude each in its own box.</source>
      <translation>'{value}' رقمان: ضع خط العرض وخط الطول كلًّا في خانته.</translation>
    </message>
    <message>
      <source>The search "{text}" only leaves words out (-word); put a word to look for too.</source>
      <translation>البحث "{text}" يستبعد كلمات فقط (‎-كلمة)؛ أضف كذلك كلمة للبحث عنها.</translation>
    </message>
    <message>
      <source>No single incident has an id starting with {id}.</source>
      <translation>لا يوجد حادث واحد يبدأ معرّفه بـ {id}.</translation>
    </message>
    <message>
      <source>This incident is in the trash; restore it before editing.</source>
      <translation>هذا الحادث في سلة المحذوفات؛ استعده قبل تعديله.</translation>
    </message>
    <message>
      <source>Only an incident in the trash can be purged; move it to the trash first.</source>
      <translation>لا يمكن محو إلا حادث في سلة المحذوفات؛ انقله إلى سلة المحذوفات أولًا.</translation>
    </message>
    <message>
      <source>The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.</source>
      <translation>تعذّر فهم البحث ({error}). تحقق من علامات الاقتباس ومن AND/OR/NOT.</translation>
    </message>
    <message>
      <source>The id must be a UUID.</source>
      <translation>يجب أن يكون المعرّف UUID.</translation>
    </message>
    <message>
      <source>This field cannot be changed.</source>
      <translation>لا يمكن تغيير هذا الحقل.</translation>
    </message>
    <message>
      <source>That attachment is not part of this incident.</source>
      <translation>هذا المرفق ليس جزءًا من هذا الحادث.</translation>
    </message>
    <message>
      <source>A reason is required to change a final incident.</source>
      <translation>يلزم ذكر سبب لتغيير حادث نهائي.</translation>
    </message>
    <message>
      <source>The file of attachment {name} (of the other device's version) is missing from this workspace: the conflict was left open. Ask the other device for a new bundle (it brings the file again), then resolve the conflict.</source>
      <translation>ملف المرفق {name} (من إصدار الجهاز الآخر) مفقود من مساحة العمل هذه: تُرك التعارض مفتوحًا. اطلب من الجهاز الآخر حزمة جديدة (تحمل الملف مرة أخرى)، ثم حُلّ التعارض.</translation>
    </message>
    <message>
      <source>An incident with this id already exists.</source>
      <translation>يوجد بالفعل حادث بهذا المعرّف.</translation>
    </message>
    <message>
      <source>The file {path} does not exist or cannot be read.</source>
      <translation>الملف {path} غير موجود أو لا يمكن قراءته.</translation>
    </message>
    <message>
      <source>'{text}' is not a box: west must be less than east (-180 to 180), south less than north (-90 to 90).</source>
      <translation>'{text}' ليس مربعًا محيطًا: يجب أن يكون الغرب أصغر من الشرق (-180 إلى 180)، والجنوب أصغر من الشمال (-90 إلى 90).</translation>
    </message>
    <message>
      <source>'{text}' is not a range of zoom levels; write it e.g. 5-12 (0 to 22).</source>
      <translation>'{text}' ليس نطاقًا لمستويات التكبير؛ اكتبه مثلًا 5-12 (من 0 إلى 22).</translation>
    </message>
    <message>
      <source>{file} already exists; choose another name for the new pack.</source>
      <translation>{file} موجود بالفعل؛ اختر اسمًا آخر للرزمة الجديدة.</translation>
    </message>
    <message>
      <source>The new pack cannot replace its source {file}.</source>
      <translation>لا يمكن للرزمة الجديدة أن تحل محل مصدرها {file}.</translation>
    </message>
    <message>
      <source>{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).</source>
      <translation>يحتوي {file} على بلاطات {fmt}؛ يعرض FieldKit البلاطات النقطية (png، jpg، webp).</translation>
    </message>
    <message>
      <source>'{text}' is not a box; write it W,S,E,N in degrees, e.g. -17,10,-13,13.</source>
      <translation>'{text}' ليس مربعًا محيطًا؛ اكتبه بالصيغة W,S,E,N (غرب، جنوب، شرق، شمال) بالدرجات، مثل -17,10,-13,13.</translation>
    </message>
    <message>
      <source>The pack could not be written ({error}); nothing was kept.</source>
      <translation>تعذّرت كتابة الرزمة ({error})؛ لم يُحتفظ بشيء.</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file ({error}).</source>
      <translation>{file} ليس ملف MBTiles قابلًا للقراءة ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable MBTiles file (its zoom levels are not numbers).</source>
      <translation>{file} ليس ملف MBTiles قابلًا للقراءة (مستويات التكبير فيه ليست أرقامًا).</translation>
    </message>
    <message>
      <source>The Arabic font is not installed with this copy of FieldKit (fontpkg-amiri).</source>
      <translation>الخط العربي غير مثبّت مع هذه النسخة من FieldKit (fontpkg-amiri).</translation>
    </message>
    <message>
      <source>In {place}</source>
      <translation>في {place}</translation>
    </message>
    <message>
      <source>{km} km N of {place}</source>
      <translation>على بعد {km} كم شمال {place}</translation>
    </message>
    <message>
      <source>{km} km NE of {place}</source>
      <translation>على بعد {km} كم شمال شرق {place}</translation>
    </message>
    <message>
      <source>{km} km E of {place}</source>
      <translation>على بعد {km} كم شرق {place}</translation>
    </message>
    <message>
      <source>{km} km SE of {place}</source>
      <translation>على بعد {km} كم جنوب شرق {place}</translation>
    </message>
    <message>
      <source>{km} km S of {place}</source>
      <translation>على بعد {km} كم جنوب {place}</translation>
    </message>
    <message>
      <source>{km} km SW of {place}</source>
      <translation>على بعد {km} كم جنوب غرب {place}</translation>
    </message>
    <message>
      <source>{km} km W of {place}</source>
      <translation>على بعد {km} كم غرب {place}</translation>
    </message>
    <message>
      <source>{km} km NW of {place}</source>
      <translation>على بعد {km} كم شمال غرب {place}</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).</source>
      <translation>يجب أن يكون خط العرض بين -90 و90 وخط الطول بين -180 و180 (المُدخل: {lat}، {lon}).</translation>
    </message>
    <message>
      <source>The gazetteer of places is not installed with this copy of FieldKit.</source>
      <translation>معجم الأماكن غير مثبّت مع هذه النسخة من FieldKit.</translation>
    </message>
    <message>
      <source>A position is two numbers: latitude and longitude.</source>
      <translation>الموقع رقمان: خط العرض وخط الطول.</translation>
    </message>
    <message>
      <source>The gazetteer of places could not be read ({error}).</source>
      <translation>تعذّرت قراءة معجم الأماكن ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit report (no content hash found).</source>
      <translation>{file} ليس تقريرًا من FieldKit (لم يُعثر على تجزئة المحتوى).</translation>
    </message>
    <message>
      <source>The report could not be written to {path}: {error}</source>
      <translation>تعذّرت كتابة التقرير في {path}: {error}</translation>
    </message>
    <message>
      <source>{file} is not a readable PDF.</source>
      <translation>{file} ليس ملف PDF قابلًا للقراءة.</translation>
    </message>
    <message>
      <source>version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)</source>
      <translation>الإصدار {n} لا يحمل توقيعًا (عُدّل خارج FieldKit، أو فُقد مفتاح جهازه)</translation>
    </message>
    <message>
      <source>version {n} does not match its signature (edited outside FieldKit)</source>
      <translation>الإصدار {n} لا يطابق توقيعه (عُدّل خارج FieldKit)</translation>
    </message>
    <message>
      <source>version {n} is signed by a key this workspace does not know</source>
      <translation>الإصدار {n} موقّع بمفتاح لا تعرفه مساحة العمل هذه</translation>
    </message>
    <message>
      <source>version {n} is missing or unlinked</source>
      <translation>الإصدار {n} مفقود أو غير مرتبط</translation>
    </message>
    <message>
      <source>version {n} is missing</source>
      <translation>الإصدار {n} مفقود</translation>
    </message>
    <message>
      <source>version {n} is not linked to version {prev}</source>
      <translation>الإصدار {n} غير مرتبط بالإصدار {prev}</translation>
    </message>
    <message>
      <source>version {n} was altered after it was saved</source>
      <translation>عُدّل الإصدار {n} بعد حفظه</translation>
    </message>
    <message>
      <source>The database migrations are not numbered 1, 2, 3... without gaps: {numbers}</source>
      <translation>ترحيلات قاعدة البيانات غير مرقّمة 1، 2، 3... دون فجوات: {numbers}</translation>
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space (or move the workspace to a larger drive), then try again.</source>
      <translation>القرص ممتلئ: لم يتغيّر شيء. حرّر بعض المساحة (أو انقل مساحة العمل إلى قرص أكبر)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The disk could not be written or read ({error}): nothing was changed. Check the drive (removed, failing or read-only), then try again.</source>
      <translation>تعذّرت الكتابة على القرص أو القراءة منه ({error}): لم يتغيّر شيء. افحص القرص (منزوع أو معطوب أو للقراءة فقط)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The file {path} is not a FieldKit database ({error}).</source>
      <translation>الملف {path} ليس قاعدة بيانات FieldKit ({error}).</translation>
    </message>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>تعذّر فتح قاعدة البيانات {path}: {error}</translation>
    </message>
    <message>
      <source>Could not open the database {path}: {error}</source>
      <translation>تعذّر فتح قاعدة البيانات {path}: {error}</translation>
    </message>
    <message>
      <source>Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.</source>
      <translation>فشلت ترقية قاعدة البيانات في الخطوة {number} ({name}): {error}. لم تغيّر تلك الخطوة شيئًا.</translation>
    </message>
    <message>
      <source>HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ.</source>
      <translation>تُبقي سياسة المقر الحوادث المعلَّمة حساسة على هذا الجهاز: صدّر الحزمة دونها، أو اسأل المقر.</translation>
    </message>
    <message>
      <source>This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, or choose a plain bundle explicitly.</source>
      <translation>ستكون هذه الحزمة مقروءة لأي شخص يجد ذاكرة USB: لا يوجد مفتاح موثوق للمقر هنا، ولم يُعطَ مستلم ولا عبارة مرور. أعطِ عبارة مرور للحزمة ({n} أحرف على الأقل)، أو ثق بمفتاح المقر، أو اختر صراحة حزمة غير مشفّرة.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than allowed.</source>
      <translation>عنصر الحزمة {name} أكبر من المسموح.</translation>
    </message>
    <message>
      <source>The bundle member {name} inflates far beyond its size: it is damaged or hostile.</source>
      <translation>عنصر الحزمة {name} يتضخم أكثر بكثير من حجمه: إنه تالف أو عدائي.</translation>
    </message>
    <message>
      <source>The bundle member {name} is larger than it claims.</source>
      <translation>عنصر الحزمة {name} أكبر مما يدّعيه.</translation>
    </message>
    <message>
      <source>The bundle's list of recipients is damaged: the bundle is damaged or was tampered with.</source>
      <translation>قائمة مستلمي الحزمة تالفة: الحزمة تالفة أو تم العبث بها.</translation>
    </message>
    <message>
      <source>This bundle is encrypted for another device; this device's key cannot open it.</source>
      <translation>هذه الحزمة مشفّرة لجهاز آخر؛ لا يستطيع مفتاح هذا الجهاز فتحها.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.</source>
      <translation>أُنشئت هذه الحزمة بإصدار أحدث من FieldKit (تنسيق التشفير {v})؛ حدّث FieldKit لاستيرادها.</translation>
    </message>
    <message>
      <source>The encrypted bundle is damaged: its envelope cannot be read.</source>
      <translation>الحزمة المشفّرة تالفة: لا يمكن قراءة غلافها.</translation>
    </message>
    <message>
      <source>The bundle holds the same file twice; it is refused.</source>
      <translation>تحتوي الحزمة على الملف نفسه مرتين؛ وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle has no manifest or no signature; it is not a FieldKit bundle.</source>
      <translation>لا بيان ولا توقيع في الحزمة؛ إنها ليست حزمة FieldKit.</translation>
    </message>
    <message>
      <source>This is not a FieldKit bundle.</source>
      <translation>هذه ليست حزمة FieldKit.</translation>
    </message>
    <message>
      <source>This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.</source>
      <translation>تستخدم هذه الحزمة إصدار التنسيق {v}؛ وهذا الإصدار من FieldKit يقرأ الإصدار {mine}. حدّث FieldKit لاستيرادها.</translation>
    </message>
    <message>
      <source>This bundle was made by this device; there is nothing to import.</source>
      <translation>أُنشئت هذه الحزمة على هذا الجهاز؛ لا شيء لاستيراده.</translation>
    </message>
    <message>
      <source>This bundle was made for another device; it is not imported here.</source>
      <translation>أُنشئت هذه الحزمة لجهاز آخر؛ لا تُستورد هنا.</translation>
    </message>
    <message>
      <source>The bundle claims to come from device {device_id}, but it is signed with the key of another device ({label}). A trusted key may only speak for its own device; the bundle is refused.</source>
      <translation>تدّعي الحزمة أنها من الجهاز {device_id}، لكنها موقّعة بمفتاح جهاز آخر ({label}). لا يحق لمفتاح موثوق أن يتكلم إلا باسم جهازه؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept the new key only if its owner confirms the device has a new key.</source>
      <translation>تدّعي الحزمة أنها من {label} (الجهاز {device_id})، الذي تثق به مساحة العمل هذه بمفتاح آخر (البصمة {known_fp})؛ وهي موقّعة بالمفتاح {fp}. قد يكون أحدهم ينتحل صفة ذلك الجهاز. لا تقبل المفتاح الجديد إلا إذا أكّد صاحبه أن للجهاز مفتاحًا جديدًا.</translation>
    </message>
    <message>
      <source>The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself “{label}”). Check the key fingerprint with its owner, then accept it.</source>
      <translation>الحزمة موقّعة من جهاز لا تثق به مساحة العمل هذه بعد (المفتاح {fp}، الذي يسمّي نفسه «{label}»). تحقق من بصمة المفتاح مع صاحبه، ثم اقبله.</translation>
    </message>
    <message>
      <source>The bundle's files do not match its manifest: files are missing or were added. It is refused.</source>
      <translation>ملفات الحزمة لا تطابق بيانها: هناك ملفات مفقودة أو مضافة. وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.</source>
      <translation>ملف الحزمة {name} لا يطابق التجزئة المسجلة له: إنه تالف أو عُبث به.</translation>
    </message>
    <message>
      <source>The bundle holds the same {kind} twice; the bundle is refused.</source>
      <translation>تحتوي الحزمة على {kind} نفسه مرتين؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle manifest holds values out of range; it is refused.</source>
      <translation>يحتوي بيان الحزمة على قيم خارج النطاق؛ وهي مرفوضة.</translation>
    </message>
    <message>
      <source>A {kind} in the bundle has no history; the bundle is refused.</source>
      <translation>عنصر {kind} في الحزمة بلا سجل؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. Open it again to check it.</source>
      <translation>تغيّر ملف الحزمة {file} منذ فحصه (هل استُبدلت ذاكرة USB؟)؛ لم يُستورد شيء. افتحه مرة أخرى لفحصه.</translation>
    </message>
    <message>
      <source>A deletion is resolved by keeping the incident ('local') or removing it for good ('remote').</source>
      <translation>يُحلّ الحذف بالاحتفاظ بالحادث ('local') أو بإزالته نهائيًا ('remote').</translation>
    </message>
    <message>
      <source>Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side.</source>
      <translation>لا تُحل حقلًا حقلًا إلا تعارضات الحوادث؛ أما تعارضات التقييمات فتُحل باختيار أحد الجانبين.</translation>
    </message>
    <message>
      <source>The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. Trust that device's key file again.</source>
      <translation>مفتاح التشفير المسجل لـ {label} ليس مفتاحًا صالحًا: لا يمكن تشفير الحزمة له. ثق بملف مفتاح ذلك الجهاز مرة أخرى.</translation>
    </message>
    <message>
      <source>The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.</source>
      <translation>{what} تالف أو مبتور (ليس ملف zip كاملًا). اطلب تصديره مرة أخرى.</translation>
    </message>
    <message>
      <source>The bundle is damaged: {name} cannot be read ({error}).</source>
      <translation>الحزمة تالفة: لا يمكن قراءة {name} ({error}).</translation>
    </message>
    <message>
      <source>The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.</source>
      <translation>تطلب الحزمة المشفّرة فحص عبارة مرور أكثر كلفة بكثير مما ينشئه FieldKit؛ وهي مرفوضة.</translation>
    </message>
    <message>
      <source>This bundle is encrypted with a passphrase. Give the passphrase to import it.</source>
      <translation>هذه الحزمة مشفّرة بعبارة مرور. أعطِ عبارة المرور لاستيرادها.</translation>
    </message>
    <message>
      <source>This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at this size it is refused. Ask the sender to export it again with this version.</source>
      <translation>شُفّرت هذه الحزمة بإصدار أقدم من FieldKit بصيغة لا تُفحص إلا بعد قراءتها كاملة؛ وبهذا الحجم تُرفض. اطلب من المرسل تصديرها مرة أخرى بهذا الإصدار.</translation>
    </message>
    <message>
      <source>The encrypted bundle was altered or damaged: its contents fail authentication.</source>
      <translation>عُدّلت الحزمة المشفّرة أو تلفت: محتوياتها لا تجتاز المصادقة.</translation>
    </message>
    <message>
      <source>The encrypted bundle holds unexpected files; it is refused.</source>
      <translation>تحتوي الحزمة المشفّرة على ملفات غير متوقعة؛ وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle holds an unexpected or unsafe file name ({name}); it is refused.</source>
      <translation>تحتوي الحزمة على اسم ملف غير متوقع أو غير آمن ({name})؛ وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle manifest is unreadable.</source>
      <translation>بيان الحزمة غير قابل للقراءة.</translation>
    </message>
    <message>
      <source>The bundle's signature does not match its contents: it was altered after it was signed. It is refused.</source>
      <translation>توقيع الحزمة لا يطابق محتوياتها: عُدّلت بعد توقيعها. وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.</source>
      <translation>ليس لموقّع الحزمة مفتاح تشفير صالح؛ إنها ليست حزمة FieldKit. وهي مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle lacks {name}.</source>
      <translation>تفتقر الحزمة إلى {name}.</translation>
    </message>
    <message>
      <source>An assessment in the bundle has a broken shape; the bundle is refused.</source>
      <translation>تقييم في الحزمة بنيته معطوبة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>A deletion record in the bundle has a broken shape; the bundle is refused.</source>
      <translation>سجل حذف في الحزمة بنيته معطوبة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>One {kind} record in the bundle is not readable; the bundle is refused.</source>
      <translation>سجل {kind} واحد في الحزمة غير قابل للقراءة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} in the bundle is broken; the bundle is refused.</source>
      <translation>سجل {kind} {id} في الحزمة معطوب؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The history of {kind} {id} was altered (hash mismatch); the bundle is refused.</source>
      <translation>عُدّل سجل {kind} {id} (عدم تطابق التجزئة)؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>An incident in the bundle has a broken shape; the bundle is refused.</source>
      <translation>حادث في الحزمة بنيته معطوبة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters: a few words are easier to remember and much harder to guess.</source>
      <translation>تحتاج عبارة مرور الحزمة إلى {n} أحرف على الأقل: بضع كلمات أسهل للتذكر وأصعب بكثير للتخمين.</translation>
    </message>
    <message>
      <source>The bundle {file} cannot be read: {error}</source>
      <translation>لا يمكن قراءة الحزمة {file}: {error}</translation>
    </message>
    <message>
      <source>The passphrase is wrong, or the bundle was tampered with.</source>
      <translation>عبارة المرور خاطئة، أو عُبث بالحزمة.</translation>
    </message>
    <message>
      <source>The bundle is larger than FieldKit accepts.</source>
      <translation>الحزمة أكبر مما يقبله FieldKit.</translation>
    </message>
    <message>
      <source>A {kind} version in the bundle has a broken shape; the bundle is refused.</source>
      <translation>إصدار {kind} في الحزمة بنيته معطوبة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. The bundle is refused.</source>
      <translation>الإصدار {n} من {kind} {id} في الحزمة لا يطابق توقيعه: عُدّل أو زُوّر. والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>An incident version in the bundle is unreadable; the bundle is refused.</source>
      <translation>إصدار حادث في الحزمة غير قابل للقراءة؛ والحزمة مرفوضة.</translation>
    </message>
    <message>
      <source>The bundle lacks an attachment of incident {id}.</source>
      <translation>تفتقر الحزمة إلى مرفق للحادث {id}.</translation>
    </message>
    <message>
      <source>Checking the bundle's records failed ({error}); nothing was imported.</source>
      <translation>فشل فحص سجلات الحزمة ({error})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>The bundle's key for this device does not open: the bundle is damaged or was tampered with.</source>
      <translation>مفتاح الحزمة لهذا الجهاز لا يُفتح: الحزمة تالفة أو عُبث بها.</translation>
    </message>
    <message>
      <source>Choose 'local' or 'remote'.</source>
      <translation>اختر 'local' أو 'remote'.</translation>
    </message>
    <message>
      <source>The config bundle holds values FieldKit does not accept; nothing was applied.</source>
      <translation>تحتوي حزمة الإعدادات على قيم لا يقبلها FieldKit؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>The config bundle's policy is not one FieldKit knows; nothing was applied.</source>
      <translation>سياسة حزمة الإعدادات ليست مما يعرفه FieldKit؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>This config bundle would be readable by anyone who finds the stick: no device is trusted here and no passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle.</source>
      <translation>ستكون حزمة الإعدادات هذه مقروءة لأي شخص يجد ذاكرة USB: لا يوجد جهاز موثوق هنا ولم تُعطَ عبارة مرور. ثق بمفاتيح الأجهزة الميدانية، أو أعطِ عبارة مرور، أو اختر حزمة غير مشفّرة.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (it holds unexpected files); nothing was applied.</source>
      <translation>هذه ليست حزمة إعدادات FieldKit (تحتوي على ملفات غير متوقعة)؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle; nothing was applied.</source>
      <translation>هذه ليست حزمة إعدادات FieldKit؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.</source>
      <translation>أُنشئت حزمة الإعدادات هذه بإصدار أحدث من FieldKit (التنسيق {v})؛ حدّث FieldKit لتطبيقها.</translation>
    </message>
    <message>
      <source>This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts ({hq_fp}). It is not applied. Ask HQ.</source>
      <translation>حزمة الإعدادات هذه موقّعة بالمفتاح {fp} («{label}»)، لا بمفتاح المقر الذي يثق به هذا الجهاز ({hq_fp}). لم تُطبَّق. اسأل المقر.</translation>
    </message>
    <message>
      <source>This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key yet. Compare the fingerprint with HQ (by phone or in person), then accept it.</source>
      <translation>حزمة الإعدادات هذه موقّعة من «{label}»، المفتاح {fp} ({words})، ولا يثق هذا الجهاز بأي مفتاح للمقر بعد. قارن البصمة مع المقر (بالهاتف أو شخصيًا)، ثم اقبلها.</translation>
    </message>
    <message>
      <source>This config bundle was made by this device; there is nothing to apply.</source>
      <translation>أُنشئت حزمة الإعدادات هذه على هذا الجهاز؛ لا شيء لتطبيقه.</translation>
    </message>
    <message>
      <source>This config bundle is signed by a revoked key; nothing was applied. Ask HQ.</source>
      <translation>حزمة الإعدادات هذه موقّعة بمفتاح مُلغى؛ لم يُطبَّق شيء. اسأل المقر.</translation>
    </message>
    <message>
      <source>This config bundle (number {seq}) is not newer than the one already applied (number {last}); nothing was applied.</source>
      <translation>حزمة الإعدادات هذه (الرقم {seq}) ليست أحدث من المطبَّقة بالفعل (الرقم {last})؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>The config bundle is damaged; nothing was applied.</source>
      <translation>حزمة الإعدادات تالفة؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>A bundle passphrase needs at least {n} characters.</source>
      <translation>تحتاج عبارة مرور الحزمة إلى {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <source>This is not a FieldKit config bundle (a data bundle is imported with 'import bundle').</source>
      <translation>هذه ليست حزمة إعدادات FieldKit (تُستورد حزمة البيانات بـ 'import bundle').</translation>
    </message>
    <message>
      <source>The config bundle's signature does not match its contents: it was altered after it was signed.</source>
      <translation>توقيع حزمة الإعدادات لا يطابق محتوياتها: عُدّلت بعد توقيعها.</translation>
    </message>
    <message>
      <source>This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the workspace folder: without it this device can neither sign bundles nor open those made for it. To go on with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm</source>
      <translation>مفتاح جهاز مساحة العمل هذه (keys/device.json في {folder}) مفقود. استعده من نسخة احتياطية لمجلد مساحة العمل: دونه لا يستطيع هذا الجهاز توقيع الحزم ولا فتح المنشأة له. للمتابعة بمفتاح جديد بدلًا من ذلك (يجب حينئذ أن يثق به المقر والزملاء من جديد): fieldkit keys new-identity --confirm</translation>
    </message>
    <message>
      <source>No trusted key matches {ref}.</source>
      <translation>لا يوجد مفتاح موثوق يطابق {ref}.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit public key file.</source>
      <translation>{file} ليس ملف مفتاح عام من FieldKit.</translation>
    </message>
    <message>
      <source>The role must be colleague or hq.</source>
      <translation>يجب أن يكون الدور colleague (زميل) أو hq (المقر).</translation>
    </message>
    <message>
      <source>A key is checked by first use, fingerprint or HQ.</source>
      <translation>يُتحقق من المفتاح بأول استخدام، أو بالبصمة، أو عبر المقر.</translation>
    </message>
    <message>
      <source>That is this device's own key.</source>
      <translation>هذا مفتاح هذا الجهاز نفسه.</translation>
    </message>
    <message>
      <source>This key claims to be device {device_id}, which is already trusted under another key (fingerprint {known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a new one, which replaces the old.</source>
      <translation>يدّعي هذا المفتاح أنه للجهاز {device_id}، الموثوق به بالفعل بمفتاح آخر (البصمة {known_fp}، {known_label}). تحقق مع صاحبه؛ ولا تثق بالمفتاح الجديد إلا إذا كان لذلك الجهاز فعلًا مفتاح جديد يحل محل القديم.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged or too large; nothing was applied.</source>
      <translation>بيان موقّع ({what}) تالف أو كبير جدًا؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>A signed statement ({what}) is damaged; nothing was applied.</source>
      <translation>بيان موقّع ({what}) تالف؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>A revocation in the config bundle is not signed by HQ's key; nothing was applied.</source>
      <translation>إلغاء في حزمة الإعدادات غير موقّع بمفتاح المقر؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
      <source>This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on ({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.</source>
      <translation>هذه الحزمة موقّعة بمفتاح {label} (الجهاز {device_id})، الذي ألغاه المقر اعتبارًا من {since} ({reason}). تُرفض الحزم التي وقّعها بعد ذلك؛ ويبقى ما أرسله قبله. اسأل المقر.</translation>
    </message>
    <message>
      <source>No bundle from device {device_id} was imported here: there is nothing to confirm.</source>
      <translation>لم تُستورد هنا أي حزمة من الجهاز {device_id}: لا شيء لتأكيده.</translation>
    </message>
    <message>
      <source>This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.</source>
      <translation>أُنشئ هذا الإيصال بإصدار أحدث من FieldKit (التنسيق {v})؛ حدّث FieldKit لقراءته.</translation>
    </message>
    <message>
      <source>This receipt is not signed by the HQ key this device trusts; it was not applied.</source>
      <translation>هذا الإيصال غير موقّع بمفتاح المقر الذي يثق به هذا الجهاز؛ لم يُطبَّق.</translation>
    </message>
    <message>
      <source>This receipt confirms another device's bundles; it was not applied.</source>
      <translation>يؤكد هذا الإيصال حزم جهاز آخر؛ لم يُطبَّق.</translation>
    </message>
    <message>
      <source>{file} is not a FieldKit receipt.</source>
      <translation>{file} ليس إيصالًا من FieldKit.</translation>
    </message>
    <message>
      <source>Give the date or the bundle sequence the revocation starts from.</source>
      <translation>أعطِ التاريخ أو تسلسل الحزمة الذي يبدأ منه الإلغاء.</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</source>
      <translation>{value} ليس تاريخًا (YYYY-MM-DD) ولا وقتًا (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
      <source>The receipt could not be written to {file}: {error}</source>
      <translation>تعذّرت كتابة الإيصال في {file}: {error}</translation>
    </message>
    <message>
      <source>A bundle sequence is a whole number from 1.</source>
      <translation>تسلسل الحزمة عدد صحيح يبدأ من 1.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 3650.</source>
      <translation>يجب أن يكون {name} بين 0 و3650.</translation>
    </message>
    <message>
      <source>HQ has not confirmed receiving any bundle from this laptop yet: nothing can be left behind. Send a bundle to HQ and import the receipt it gives back first.</source>
      <translation>لم يؤكد المقر بعد استلام أي حزمة من هذا الحاسوب: لا يمكن إزالة أي شيء منه. أرسل أولًا حزمة إلى المقر واستورد الإيصال الذي يعيده.</translation>
    </message>
    <message>
      <source>Use one line of plain text, without line breaks or invisible characters.</source>
      <translation>استخدم سطرًا واحدًا من النص العادي، دون فواصل أسطر أو محارف غير مرئية.</translation>
    </message>
    <message>
      <source>At most {max} characters ({n} given).</source>
      <translation>{max} حرفًا على الأكثر (المُدخل {n}).</translation>
    </message>
    <message>
      <source>That passphrase does not open this workspace. Nothing was changed.</source>
      <translation>عبارة المرور هذه لا تفتح مساحة العمل هذه. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>A passphrase is needed to protect the workspace.</source>
      <translation>تلزم عبارة مرور لحماية مساحة العمل.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {n} characters (a few words are easiest to remember).</source>
      <translation>عبارة المرور قصيرة جدًا: استخدم {n} أحرف على الأقل (بضع كلمات أسهل للتذكر).</translation>
    </message>
    <message>
      <source>This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked).</source>
      <translation>مساحة العمل هذه مشفّرة: أعطِ عبارة مرورها (FIELDKIT_PASSPHRASE، أو اكتبها عند الطلب).</translation>
    </message>
    <message>
      <source>The new passphrase is the duress passphrase: choose another one. Nothing was changed.</source>
      <translation>عبارة المرور الجديدة هي عبارة مرور الإكراه: اختر عبارة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is damaged (its header is wrong).</source>
      <translation>ملف مشفّر من مساحة العمل تالف (ترويسته خاطئة).</translation>
    </message>
    <message>
      <source>{name} must be a language code such as en or fr.</source>
      <translation>يجب أن يكون {name} رمز لغة مثل en أو fr.</translation>
    </message>
    <message>
      <source>Your name, role and device name are too long to keep with the duress passphrase.</source>
      <translation>اسمك ودورك واسم جهازك أطول من أن تُحفظ مع عبارة مرور الإكراه.</translation>
    </message>
    <message>
      <source>The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. Restore the workspace folder from a backup.</source>
      <translation>ملف مفتاح مساحة العمل ({file}) تالف أو ليس ملف مفتاح FieldKit: لا يمكن فتح مساحة العمل. استعد مجلد مساحة العمل من نسخة احتياطية.</translation>
    </message>
    <message>
      <source>The duress passphrase must differ from the workspace passphrase. Nothing was changed.</source>
      <translation>يجب أن تختلف عبارة مرور الإكراه عن عبارة مرور مساحة العمل. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace was altered or is damaged.</source>
      <translation>عُدّل ملف مشفّر من مساحة العمل أو تلف.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace is truncated.</source>
      <translation>ملف مشفّر من مساحة العمل مبتور.</translation>
    </message>
    <message>
      <source>{name} must be between 0 and 100000.</source>
      <translation>يجب أن يكون {name} بين 0 و100000.</translation>
    </message>
    <message>
      <source>An encrypted file of the workspace has bytes after its end.</source>
      <translation>في ملف مشفّر من مساحة العمل بايتات بعد نهايته.</translation>
    </message>
    <message>
      <source>The vocabulary file {path} could not be read: {error}</source>
      <translation>تعذّرت قراءة ملف المفردات {path}: {error}</translation>
    </message>
    <message>
      <source>There is no FieldKit workspace in {folder}: nothing was deleted.</source>
      <translation>لا توجد مساحة عمل FieldKit في {folder}: لم يُحذف شيء.</translation>
    </message>
    <message>
      <source>This workspace is not encrypted: set a passphrase to encrypt it first.</source>
      <translation>مساحة العمل هذه غير مشفّرة: اضبط عبارة مرور لتشفيرها أولًا.</translation>
    </message>
    <message>
      <source>The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was destroyed.</source>
      <translation>كانت عبارة المرور خاطئة {n} مرات متتالية: كما تقتضي سياسة هذا الحاسوب، دُمّرت مساحة العمل.</translation>
    </message>
    <message>
      <source>The workspace {folder} is closed.</source>
      <translation>مساحة العمل {folder} مغلقة.</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records is missing (removed outside FieldKit)</source>
      <translation>القائمة الموقّعة لسجلات مساحة العمل هذه مفقودة (أُزيلت خارج FieldKit)</translation>
    </message>
    <message>
      <source>the signed list of this workspace's records was changed outside FieldKit</source>
      <translation>غُيّرت القائمة الموقّعة لسجلات مساحة العمل هذه خارج FieldKit</translation>
    </message>
    <message>
      <source>records were added or removed outside FieldKit: the workspace holds {n} records and deletions, its signed list {m}</source>
      <translation>أُضيفت سجلات أو أُزيلت خارج FieldKit: تحتوي مساحة العمل على {n} سجل وحذف، وقائمتها الموقّعة على {m}</translation>
    </message>
    <message>
      <source>the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted</source>
      <translation>غُيّر المفتاح الموثوق {fp} ({label}) خارج FieldKit: لم يعد موثوقًا</translation>
    </message>
    <message>
      <source>the signing key recorded for device {device_id} was changed outside FieldKit</source>
      <translation>غُيّر مفتاح التوقيع المسجل للجهاز {device_id} خارج FieldKit</translation>
    </message>
    <message>
      <source>version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on</source>
      <translation>الإصدار {n} موقّع بمفتاح الجهاز {device_id}، الذي ألغاه المقر اعتبارًا من {since}</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>occurred_at</source>
      <translation>تاريخ الحادث</translation>
    </message>
    <message>
      <source>occurred_precision</source>
      <translation>دقة التاريخ</translation>
    </message>
    <message>
      <source>reported_at</source>
      <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
      <source>lat</source>
      <translation>خط العرض</translation>
    </message>
    <message>
      <source>lon</source>
      <translation>خط الطول</translation>
    </message>
    <message>
      <source>place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>location_precision</source>
      <translation>دقة المكان</translation>
    </message>
    <message>
      <source>category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <source>actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <source>source_type</source>
      <translation>نوع المصدر</translation>
    </message>
    <message>
      <source>source_reliability</source>
      <translation>موثوقية المصدر</translation>
    </message>
    <message>
      <source>source_credibility</source>
      <translation>مصداقية المعلومات</translation>
    </message>
    <message>
      <source>source_grade</source>
      <translation>تصنيف المصدر</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>sensitive</source>
      <translation>حساس</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <source>id</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <source>area</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <source>period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <source>period_start</source>
      <translation>بداية الفترة</translation>
    </message>
    <message>
      <source>period_end</source>
      <translation>نهاية الفترة</translation>
    </message>
    <message>
      <source>point</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>bbox</source>
      <translation>حدود المنطقة</translation>
    </message>
    <message>
      <source>language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>القائمة المرجعية</translation>
    </message>
    <message>
      <source>question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>الأدلة</translation>
    </message>
    <message>
      <source>required</source>
      <translation>إلزامي</translation>
    </message>
    <message>
      <source>based_on</source>
      <translation>مبني على</translation>
    </message>
    <message>
      <source>choice</source>
      <translation>الخيار</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>device_label</source>
      <translation>تسمية الجهاز</translation>
    </message>
    <message>
      <source>user_name</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <source>role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>markets</source>
      <translation>الأسواق الإجرامية</translation>
    </message>
    <message>
      <source>fatalities</source>
      <translation>القتلى</translation>
    </message>
    <message>
      <source>market</source>
      <translation>السوق</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>harm</source>
      <translation>الضرر</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>المنشأ</translation>
    </message>
    <message>
      <source>transit</source>
      <translation>العبور</translation>
    </message>
    <message>
      <source>destination</source>
      <translation>الوجهة</translation>
    </message>
    <message>
      <source>prices</source>
      <translation>الأسعار</translation>
    </message>
    <message>
      <source>seizures</source>
      <translation>المضبوطات</translation>
    </message>
    <message>
      <source>note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>capability</source>
      <translation>القدرة</translation>
    </message>
    <message>
      <source>armed_links</source>
      <translation>الصلات بالجماعات المسلحة</translation>
    </message>
    <message>
      <source>state_links</source>
      <translation>الصلات بالدولة</translation>
    </message>
    <message>
      <source>text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>likelihood</source>
      <translation>الاحتمال</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <source>position</source>
      <translation>الرقم</translation>
    </message>
  </context>
</TS>