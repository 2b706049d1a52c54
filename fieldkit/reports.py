"""PDF reports with reportlab: an assessment report a decision maker can read, and incident lists.

Every page carries "page X of Y", the handling marking and a SHA-256 of the content the report was made
from; ``verify_report`` recomputes it from the workspace. All user text is escaped before it reaches
reportlab's paragraph markup. The map is drawn as vectors from the shipped basemap: no browser needed.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import languages, paths, pdftext
from .checklists.definition import text_of
from .errors import FieldkitError
from .hashing import canonical_json, sha256_text
from .incidents import IncidentFilter
from .palette import LEVEL_COLOURS, SEVERITY_COLOURS

HASH_RE = re.compile(r"FieldKit-Content-SHA256: ([0-9a-f]{64})")

# labels per language; a language lacking a label shows the English one (languages.complete)
L_BY_LANG = {
    "en": {
        "report": "Organized crime threat assessment",
        "area": "Area",
        "period": "Period",
        "assessor": "Assessor",
        "checklist": "Checklist",
        "status": "Status",
        "final": "final",
        "draft": "draft (not final)",
        "generated": "Generated",
        "marking": "Handling",
        "summary": "Summary",
        "level": "Threat level",
        "score": "Threat score",
        "completeness": "Completeness",
        "coverage": "Coverage",
        "confidence": "Confidence",
        "with_evidence": "Answers citing evidence",
        "why": "Why this level",
        "sections": "Sections",
        "section": "Section",
        "answer": "Answer",
        "note": "Note",
        "evidence": "Evidence",
        "map": "Incidents in the area",
        "annex": "Annex: incidents in the area and period",
        "date": "Date",
        "place": "Place",
        "category": "Category",
        "sev": "Sev.",
        "title": "Title",
        "grade": "Source",
        "page": "Page {x} of {y}",
        "hash": "Content SHA-256",
        "resilience": "Resilience",
        "insufficient": "insufficient information",
        "not_scored": "not scored (this checklist carries no scores)",
        "low": "low",
        "moderate": "moderate",
        "high": "high",
        "severe": "severe",
        "tripwire": "Tripwire",
        "key_finding": "key finding, sets at least {level}",
        "insufficient_marking": "INSUFFICIENT – NOT FOR DISTRIBUTION",
        "not_ready": "Not ready to finalise",
        "rule_label": (
            "The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the "
            "section mean's band and the floor set by key findings (docs/scoring.md)."
        ),
        "flagged": "Evidence that does not count or is flagged",
        "out_of_period": "outside the assessment's period",
        "weak_source": "source graded below C3",
        "benign_answer": "cited on an answer that does not score high",
        "deleted": "deleted",
        "flag_where": "graded {grade}, {date}, cited on {questions}",
        "coverage_short": "known answers cover {cov} of the threat questions; {min} are needed",
        "required_missing": "required questions unanswered: {ids}",
        "required_unknown": "required questions answered “unknown”: {ids}",
        "no_assessor": "no assessor is named",
        "other_unspecified": "“Other” picked without saying what in the note: {ids}",
        "incidents_report": "Incident report",
        "unplaced": "Not on the map (drafts without a location yet): {n}",
        "filters": "Filters",
        "count": "Incidents",
        "none": "none",
        "caveat": (
            "Scores are aids to structured judgement, not measurements. "
            "Unanswered and unknown answers lower coverage; they never count as zero."
        ),
        "not_answered": "Not answered",
        "resilience_note": "higher = stronger protection",
        "bluf": "Bottom line up front",
        "judgements": "Key judgements",
        "judgements_by": "Set by the analyst",
        "judgements_derived": "Derived from the answers (the analyst can edit them)",
        "confidence_word": "confidence",
        "early_warning": "Early warning",
        "ew_yes": "Early warning issued: action is needed now, before the next assessment.",
        "ew_no": "No early warning: nothing calls for action before the next assessment.",
        "ew_unanswered": "Early warning not decided (question I4 unanswered).",
        "recipients": "Recommended recipients",
        "responses": "Recommended responses",
        "dnh": "Do-no-harm check",
        "dnh_politics": "Could the recommended action endanger the political strategy?",
        "dnh_civilians": "Could it endanger civilians (reprisals, displacement, loss of income)?",
        "gaps": "Main information gaps",
        "gaps_unanswered": "Not answered ({n})",
        "gaps_unknown": "Answered “unknown” ({n})",
        "gaps_collect": "To collect next",
        "gaps_none": "Every relevant question has a known answer.",
        "gaps_annex": "Information gaps: the questions not answered or answered “unknown”",
        "originator": "Originator",
        "cutoff": "Information cut-off",
        "distribution": "Distribution",
        "not_stated": "not stated (question I9 unanswered): handled as strictly confidential",
        "outlook": "Outlook (six months)",
        "yes": "yes",
        "no": "no",
        "unanswered": "not answered",
        "sources": "Sources by grade (incidents cited as evidence)",
        "sources_none": "No incident is cited as evidence.",
        "reliability": "Reliability",
        "credibility": "Credibility",
        "total": "Total",
        "outside_flag": "OUTSIDE THE PERIOD",
        "background": "background",
        "graded": "graded {grade}",
        "sensitive_mark": "SENSITIVE",
        "sensitive_left_out": "Incidents marked sensitive are left out of this report ({n}).",
        "sensitive_included": "Incidents marked sensitive are included and marked SENSITIVE ({n}).",
        "markets": "Criminal markets",
        "markets_none": "No market recorded yet.",
        "markets_b1_missing": "Markets ticked in B1 with no market record yet: {codes}",
        "market": "Market",
        "mkt_score": "Score /10",
        "mkt_scale": "Scale",
        "mkt_harm": "Harm",
        "trend": "Trend",
        "routes": "Routes (origin → transit → destination)",
        "prices_seizures": "Prices / seizures",
        "actors": "Actors",
        "actors_none": "No actor recorded yet.",
        "actor": "Actor",
        "type": "Type",
        "role": "Role in the chain",
        "capability": "Capability",
        "armed_links": "Armed groups",
        "state_links": "State",
        "incidents_n": "Incidents",
        "market_rule": (
            "Each market is scored 1–10 on its own, after the lens of the GI-TOC Organized Crime Index: "
            "1 + 9 × mean(scale, harm) / 4 (FieldKit's proposal)."
        ),
        "proposal_caveat": (
            "FieldKit's structured-judgement aid, not an official methodology and not an investigation: "
            "it names no one as guilty."
        ),
        "conf_low": "low",
        "conf_moderate": "moderate",
        "conf_high": "high",
        "watermark": "DRAFT",
    },
    "fr": {
        "report": "Évaluation de la menace du crime organisé",
        "area": "Zone",
        "period": "Période",
        "assessor": "Évaluateur",
        "checklist": "Liste de contrôle",
        "status": "Statut",
        "final": "définitive",
        "draft": "brouillon (non définitive)",
        "generated": "Généré le",
        "marking": "Marquage",
        "summary": "Synthèse",
        "level": "Niveau de menace",
        "score": "Score de menace",
        "completeness": "Complétude",
        "coverage": "Couverture",
        "confidence": "Confiance",
        "with_evidence": "Réponses appuyées par des éléments",
        "why": "Pourquoi ce niveau",
        "sections": "Sections",
        "section": "Section",
        "answer": "Réponse",
        "note": "Note",
        "evidence": "Élément à l'appui",
        "map": "Incidents dans la zone",
        "annex": "Annexe : incidents dans la zone et la période",
        "date": "Date",
        "place": "Lieu",
        "category": "Catégorie",
        "sev": "Grav.",
        "title": "Titre",
        "grade": "Source",
        "page": "Page {x} sur {y}",
        "hash": "SHA-256 du contenu",
        "resilience": "Résilience",
        "insufficient": "informations insuffisantes",
        "not_scored": "non noté (cette liste ne porte pas de scores)",
        "low": "faible",
        "moderate": "modéré",
        "high": "élevé",
        "severe": "grave",
        "tripwire": "Seuil d'alerte",
        "key_finding": "constat clé, impose au moins {level}",
        "insufficient_marking": "INSUFFISANT – NE PAS DIFFUSER",
        "not_ready": "Pas prête à être finalisée",
        "rule_label": (
            "La règle du niveau est une proposition de FieldKit pour aider au jugement, et non une méthodologie "
            "officielle : le plus élevé entre la tranche de la moyenne des sections et le plancher fixé par les "
            "constats clés (docs/scoring.md)."
        ),
        "flagged": "Éléments à l'appui qui ne comptent pas ou sont signalés",
        "out_of_period": "hors de la période de l'évaluation",
        "weak_source": "source cotée en dessous de C3",
        "benign_answer": "cité sur une réponse dont le score n'est pas élevé",
        "deleted": "supprimé",
        "flag_where": "coté {grade}, {date}, cité sur {questions}",
        "coverage_short": "les réponses connues couvrent {cov} des questions de menace ; il en faut {min}",
        "required_missing": "questions obligatoires sans réponse : {ids}",
        "required_unknown": "questions obligatoires répondues « inconnu » : {ids}",
        "no_assessor": "aucun évaluateur n'est nommé",
        "other_unspecified": "« Autre » choisi sans préciser dans la note : {ids}",
        "incidents_report": "Rapport d'incidents",
        "unplaced": "Absents de la carte (brouillons encore sans lieu) : {n}",
        "filters": "Filtres",
        "count": "Incidents",
        "none": "aucun",
        "caveat": (
            "Les scores aident au jugement structuré ; ce ne sont pas des mesures. "
            "Les questions sans réponse ou « inconnu » réduisent la couverture ; "
            "elles ne comptent jamais pour zéro."
        ),
        "not_answered": "Sans réponse",
        "resilience_note": "plus élevé = meilleure protection",
        "bluf": "L'essentiel",
        "judgements": "Jugements clés",
        "judgements_by": "Fixés par l'analyste",
        "judgements_derived": "Tirés des réponses (l'analyste peut les modifier)",
        "confidence_word": "confiance",
        "early_warning": "Alerte précoce",
        "ew_yes": "Alerte précoce émise : une action est nécessaire maintenant, avant la prochaine évaluation.",
        "ew_no": "Pas d'alerte précoce : rien ne demande d'agir avant la prochaine évaluation.",
        "ew_unanswered": "Alerte précoce non tranchée (question I4 sans réponse).",
        "recipients": "Destinataires recommandés",
        "responses": "Réponses recommandées",
        "dnh": "Contrôle « ne pas nuire »",
        "dnh_politics": "L'action recommandée pourrait-elle mettre en danger la stratégie politique ?",
        "dnh_civilians": "Pourrait-elle mettre des civils en danger (représailles, déplacements, perte de revenus) ?",
        "gaps": "Principales lacunes d'information",
        "gaps_unanswered": "Sans réponse ({n})",
        "gaps_unknown": "Répondues « inconnu » ({n})",
        "gaps_collect": "À recueillir ensuite",
        "gaps_none": "Chaque question pertinente a une réponse connue.",
        "gaps_annex": "Lacunes d'information : questions sans réponse ou répondues « inconnu »",
        "originator": "Auteur",
        "cutoff": "Date limite des informations",
        "distribution": "Diffusion",
        "not_stated": "non précisée (question I9 sans réponse) : traitée comme strictement confidentielle",
        "outlook": "Perspective (six mois)",
        "yes": "oui",
        "no": "non",
        "unanswered": "sans réponse",
        "sources": "Sources par cote (incidents cités comme éléments à l'appui)",
        "sources_none": "Aucun incident n'est cité à l'appui.",
        "reliability": "Fiabilité",
        "credibility": "Crédibilité",
        "total": "Total",
        "outside_flag": "HORS PÉRIODE",
        "background": "contexte",
        "graded": "coté {grade}",
        "sensitive_mark": "SENSIBLE",
        "sensitive_left_out": "Les incidents marqués sensibles sont exclus de ce rapport ({n}).",
        "sensitive_included": "Les incidents marqués sensibles sont inclus et marqués SENSIBLE ({n}).",
        "markets": "Marchés criminels",
        "markets_none": "Aucun marché enregistré pour l'instant.",
        "markets_b1_missing": "Marchés cochés en B1 sans fiche de marché : {codes}",
        "market": "Marché",
        "mkt_score": "Score /10",
        "mkt_scale": "Ampleur",
        "mkt_harm": "Préjudice",
        "trend": "Tendance",
        "routes": "Routes (origine → transit → destination)",
        "prices_seizures": "Prix / saisies",
        "actors": "Acteurs",
        "actors_none": "Aucun acteur enregistré pour l'instant.",
        "actor": "Acteur",
        "type": "Type",
        "role": "Rôle dans la chaîne",
        "capability": "Capacité",
        "armed_links": "Groupes armés",
        "state_links": "État",
        "incidents_n": "Incidents",
        "market_rule": (
            "Chaque marché est noté de 1 à 10 séparément, selon l'optique de l'indice du crime organisé de la "
            "GI-TOC : 1 + 9 × moyenne(ampleur, préjudice) / 4 (proposition de FieldKit)."
        ),
        "proposal_caveat": (
            "Aide au jugement structuré proposée par FieldKit, et non une méthodologie officielle ni une enquête : "
            "elle ne désigne personne comme coupable."
        ),
        "conf_low": "faible",
        "conf_moderate": "modérée",
        "conf_high": "élevée",
        "watermark": "BROUILLON",
    },
    "ar": {
        "report": "تقييم تهديد الجريمة المنظمة",
        "area": "المنطقة",
        "period": "الفترة",
        "assessor": "المقيِّم",
        "checklist": "القائمة المرجعية",
        "status": "الحالة",
        "final": "نهائي",
        "draft": "مسودة (غير نهائية)",
        "generated": "أُنشئ في",
        "marking": "التداول",
        "summary": "الملخص",
        "level": "مستوى التهديد",
        "score": "درجة التهديد",
        "completeness": "الاكتمال",
        "coverage": "التغطية",
        "confidence": "الثقة",
        "with_evidence": "إجابات تستند إلى أدلة",
        "why": "سبب هذا المستوى",
        "sections": "الأقسام",
        "section": "القسم",
        "answer": "الإجابة",
        "note": "ملاحظة",
        "evidence": "الأدلة",
        "map": "الحوادث في المنطقة",
        "annex": "ملحق: الحوادث في المنطقة والفترة",
        "date": "التاريخ",
        "place": "المكان",
        "category": "الفئة",
        "sev": "الخطورة",
        "title": "العنوان",
        "grade": "المصدر",
        "page": "الصفحة {x} من {y}",
        "hash": "SHA-256 للمحتوى",
        "resilience": "الصمود",
        "insufficient": "معلومات غير كافية",
        "low": "منخفض",
        "moderate": "متوسط",
        "high": "مرتفع",
        "severe": "خطير",
        "tripwire": "مؤشر إنذار",
        "key_finding": "استنتاج رئيسي، يفرض على الأقل {level}",
        "insufficient_marking": "غير كافٍ – لا يُوزَّع",
        "not_ready": "غير جاهز للإنهاء",
        "rule_label": (
            "قاعدة المستوى اقتراح من FieldKit للمساعدة في الحكم، وليست منهجية رسمية: الأعلى بين شريحة متوسط الأقسام "
            "والحد الأدنى الذي تفرضه الاستنتاجات الرئيسية (docs/scoring.md)."
        ),
        "flagged": "أدلة لا تُحتسب أو عليها تنبيه",
        "out_of_period": "خارج فترة التقييم",
        "weak_source": "مصدر مصنَّف دون C3",
        "benign_answer": "مستشهد به في إجابة درجتها غير مرتفعة",
        "deleted": "محذوف",
        "flag_where": "مصنَّف {grade}، {date}، مستشهد به في {questions}",
        "coverage_short": "تغطي الإجابات المعروفة {cov} من أسئلة التهديد؛ والمطلوب {min}",
        "required_missing": "أسئلة إلزامية دون إجابة: {ids}",
        "required_unknown": "أسئلة إلزامية أُجيب عنها بـ«مجهول»: {ids}",
        "no_assessor": "لم يُذكر اسم المقيِّم",
        "other_unspecified": "اختير «غير ذلك» دون توضيحه في الملاحظة: {ids}",
        "incidents_report": "تقرير الحوادث",
        "unplaced": "غير معروضة على الخريطة (مسودات دون موقع بعد): {n}",
        "filters": "عوامل التصفية",
        "count": "الحوادث",
        "none": "لا شيء",
        "caveat": (
            "الدرجات أدوات مساعدة للحكم المنظَّم، وليست قياسات. الإجابات الغائبة أو "
            "«المجهولة» تخفض التغطية؛ ولا تُحتسب أبدًا صفرًا."
        ),
        "not_answered": "دون إجابة",
        "resilience_note": "الأعلى = حماية أقوى",
        # the report's front page, markets and actors (issue 18): a first draft
        "not_scored": "بلا درجات (هذه القائمة المرجعية لا تحمل درجات)",
        "bluf": "الخلاصة أولًا",
        "judgements": "الأحكام الرئيسية",
        "judgements_by": "حدّدها المحلل",
        "judgements_derived": "مستمدة من الإجابات (يمكن للمحلل تعديلها)",
        "confidence_word": "الثقة",
        "early_warning": "الإنذار المبكر",
        "ew_yes": "صدر إنذار مبكر: يلزم اتخاذ إجراء الآن، قبل التقييم التالي.",
        "ew_no": "لا إنذار مبكر: لا شيء يستدعي اتخاذ إجراء قبل التقييم التالي.",
        "ew_unanswered": "لم يُحسم الإنذار المبكر (السؤال I4 دون إجابة).",
        "recipients": "الجهات الموصى بإبلاغها",
        "responses": "الاستجابات الموصى بها",
        "dnh": "فحص عدم الإضرار",
        "dnh_politics": "هل قد يعرّض الإجراء الموصى به الاستراتيجية السياسية للخطر؟",
        "dnh_civilians": "هل قد يعرّض المدنيين للخطر (أعمال انتقامية، نزوح، فقدان الدخل)؟",
        "gaps": "الثغرات الرئيسية في المعلومات",
        "gaps_unanswered": "دون إجابة ({n})",
        "gaps_unknown": "أُجيب عنها بـ«مجهول» ({n})",
        "gaps_collect": "ما يجب جمعه لاحقًا",
        "gaps_none": "لكل سؤال ذي صلة إجابة معروفة.",
        "gaps_annex": "الثغرات في المعلومات: الأسئلة التي لم يُجب عنها أو أُجيب عنها بـ«مجهول»",
        "originator": "الجهة المُعِدّة",
        "cutoff": "تاريخ انتهاء جمع المعلومات",
        "distribution": "التوزيع",
        "not_stated": "غير محدد (السؤال I9 دون إجابة): يُعامَل على أنه سري للغاية",
        "outlook": "التوقعات (ستة أشهر)",
        "yes": "نعم",
        "no": "لا",
        "unanswered": "دون إجابة",
        "sources": "المصادر حسب التصنيف (الحوادث المستشهد بها كأدلة)",
        "sources_none": "لم يُستشهد بأي حادث كدليل.",
        "reliability": "الموثوقية",
        "credibility": "المصداقية",
        "total": "المجموع",
        "outside_flag": "خارج الفترة",
        "background": "معلومات خلفية",
        "graded": "مصنَّف {grade}",
        "sensitive_mark": "حساس",
        "sensitive_left_out": "استُبعدت من هذا التقرير الحوادث المعلَّمة حساسة ({n}).",
        "sensitive_included": "أُدرجت الحوادث المعلَّمة حساسة ووُسمت بعبارة «حساس» ({n}).",
        "markets": "الأسواق الإجرامية",
        "markets_none": "لم تُسجَّل أي سوق بعد.",
        "markets_b1_missing": "أسواق مؤشَّر عليها في B1 دون سجل سوق بعد: {codes}",
        "market": "السوق",
        "mkt_score": "الدرجة /10",
        "mkt_scale": "النطاق",
        "mkt_harm": "الضرر",
        "trend": "الاتجاه",
        "routes": "المسارات (المنشأ ← العبور ← الوجهة)",
        "prices_seizures": "الأسعار / المضبوطات",
        "actors": "الجهات الفاعلة",
        "actors_none": "لم تُسجَّل أي جهة فاعلة بعد.",
        "actor": "الجهة الفاعلة",
        "type": "النوع",
        "role": "الدور في السلسلة",
        "capability": "القدرة",
        "armed_links": "الجماعات المسلحة",
        "state_links": "الدولة",
        "incidents_n": "الحوادث",
        "market_rule": (
            "تُمنح كل سوق درجة من 1 إلى 10 بمفردها، وفق منظور مؤشر الجريمة المنظمة الصادر عن GI-TOC: 1 + 9 "
            "× متوسط(النطاق، الضرر) / 4 (اقتراح من FieldKit)."
        ),
        "proposal_caveat": (
            "أداة من FieldKit للمساعدة في الحكم المنظَّم، وليست منهجية رسمية ولا تحقيقًا: فهي لا تُدين أحدًا."
        ),
        "conf_low": "منخفضة",
        "conf_moderate": "متوسطة",
        "conf_high": "مرتفعة",
        "watermark": "مسودة",
    },
    "pt": {
        "report": "Avaliação da ameaça do crime organizado",
        "area": "Área",
        "period": "Período",
        "assessor": "Avaliador",
        "checklist": "Lista de verificação",
        "status": "Estado",
        "final": "final",
        "draft": "rascunho (não final)",
        "generated": "Gerado em",
        "marking": "Difusão",
        "summary": "Síntese",
        "level": "Nível de ameaça",
        "score": "Pontuação de ameaça",
        "completeness": "Completude",
        "coverage": "Cobertura",
        "confidence": "Confiança",
        "with_evidence": "Respostas com provas",
        "why": "Porquê este nível",
        "sections": "Secções",
        "section": "Secção",
        "answer": "Resposta",
        "note": "Nota",
        "evidence": "Provas",
        "map": "Incidentes na área",
        "annex": "Anexo: incidentes na área e no período",
        "date": "Data",
        "place": "Local",
        "category": "Categoria",
        "sev": "Grav.",
        "title": "Título",
        "grade": "Fonte",
        "page": "Página {x} de {y}",
        "hash": "SHA-256 do conteúdo",
        "resilience": "Resiliência",
        "insufficient": "informação insuficiente",
        "low": "baixo",
        "moderate": "moderado",
        "high": "elevado",
        "severe": "grave",
        "tripwire": "Sinal de alerta",
        "key_finding": "constatação-chave, impõe pelo menos {level}",
        "insufficient_marking": "INSUFICIENTE – NÃO DIFUNDIR",
        "not_ready": "Não está pronta para finalizar",
        "rule_label": (
            "A regra do nível é uma proposta do FieldKit para apoiar o juízo, não uma metodologia oficial: "
            "o mais alto entre a faixa da média das secções e o mínimo fixado pelas constatações-chave "
            "(docs/scoring.md)."
        ),
        "flagged": "Provas que não contam ou estão assinaladas",
        "out_of_period": "fora do período da avaliação",
        "weak_source": "fonte classificada abaixo de C3",
        "benign_answer": "citado numa resposta cuja pontuação não é elevada",
        "deleted": "eliminado",
        "flag_where": "classificado {grade}, {date}, citado em {questions}",
        "coverage_short": "as respostas conhecidas cobrem {cov} das perguntas de ameaça; são precisas {min}",
        "required_missing": "perguntas obrigatórias sem resposta: {ids}",
        "required_unknown": "perguntas obrigatórias respondidas «desconhecido»: {ids}",
        "no_assessor": "nenhum avaliador indicado",
        "other_unspecified": "«Outro» escolhido sem explicar na nota: {ids}",
        "incidents_report": "Relatório de incidentes",
        "unplaced": "Fora do mapa (rascunhos ainda sem local): {n}",
        "filters": "Filtros",
        "count": "Incidentes",
        "none": "nenhum",
        "caveat": (
            "As pontuações apoiam o juízo estruturado; não são medições. Respostas em falta ou "
            "«desconhecido» reduzem a cobertura; nunca contam como zero."
        ),
        "not_answered": "Sem resposta",
        "resilience_note": "mais alto = proteção mais forte",
        # the report's front page, markets and actors (issue 18): a first draft
        "not_scored": "sem pontuação (esta lista de verificação não tem pontuações)",
        "bluf": "Conclusão principal",
        "judgements": "Juízos-chave",
        "judgements_by": "Definidos pelo analista",
        "judgements_derived": "Derivados das respostas (o analista pode editá-los)",
        "confidence_word": "confiança",
        "early_warning": "Alerta precoce",
        "ew_yes": "Alerta precoce emitido: é necessária uma ação agora, antes da próxima avaliação.",
        "ew_no": "Sem alerta precoce: nada exige ação antes da próxima avaliação.",
        "ew_unanswered": "Alerta precoce por decidir (pergunta I4 sem resposta).",
        "recipients": "Destinatários recomendados",
        "responses": "Respostas recomendadas",
        "dnh": "Teste de «não causar dano»",
        "dnh_politics": "A ação recomendada pode pôr em risco a estratégia política?",
        "dnh_civilians": "Pode pôr civis em risco (represálias, deslocação, perda de rendimento)?",
        "gaps": "Principais lacunas de informação",
        "gaps_unanswered": "Sem resposta ({n})",
        "gaps_unknown": "Respondidas «desconhecido» ({n})",
        "gaps_collect": "A recolher a seguir",
        "gaps_none": "Todas as perguntas pertinentes têm uma resposta conhecida.",
        "gaps_annex": "Lacunas de informação: perguntas sem resposta ou respondidas «desconhecido»",
        "originator": "Autor",
        "cutoff": "Data-limite da informação",
        "distribution": "Distribuição",
        "not_stated": "não indicada (pergunta I9 sem resposta): tratada como estritamente confidencial",
        "outlook": "Perspetivas (seis meses)",
        "yes": "sim",
        "no": "não",
        "unanswered": "sem resposta",
        "sources": "Fontes por classificação (incidentes citados como provas)",
        "sources_none": "Nenhum incidente é citado como prova.",
        "reliability": "Fiabilidade",
        "credibility": "Credibilidade",
        "total": "Total",
        "outside_flag": "FORA DO PERÍODO",
        "background": "contexto",
        "graded": "classificado {grade}",
        "sensitive_mark": "SENSÍVEL",
        "sensitive_left_out": "Os incidentes marcados como sensíveis ficam de fora deste relatório ({n}).",
        "sensitive_included": "Os incidentes marcados como sensíveis estão incluídos e marcados como SENSÍVEL ({n}).",
        "markets": "Mercados criminosos",
        "markets_none": "Ainda nenhum mercado registado.",
        "markets_b1_missing": "Mercados assinalados em B1 ainda sem registo de mercado: {codes}",
        "market": "Mercado",
        "mkt_score": "Pontuação /10",
        "mkt_scale": "Dimensão",
        "mkt_harm": "Dano",
        "trend": "Tendência",
        "routes": "Rotas (origem → trânsito → destino)",
        "prices_seizures": "Preços / apreensões",
        "actors": "Atores",
        "actors_none": "Ainda nenhum ator registado.",
        "actor": "Ator",
        "type": "Tipo",
        "role": "Papel na cadeia",
        "capability": "Capacidade",
        "armed_links": "Grupos armados",
        "state_links": "Estado",
        "incidents_n": "Incidentes",
        "market_rule": (
            "Cada mercado é pontuado de 1 a 10 separadamente, segundo a ótica do Índice do Crime Organizado "
            "da GI-TOC: 1 + 9 × média(dimensão, dano) / 4 (proposta do FieldKit)."
        ),
        "proposal_caveat": (
            "Apoio do FieldKit ao juízo estruturado, não uma metodologia oficial nem uma investigação: não "
            "aponta ninguém como culpado."
        ),
        "conf_low": "baixa",
        "conf_moderate": "moderada",
        "conf_high": "elevada",
        "watermark": "RASCUNHO",
    },
    "es": {
        "report": "Evaluación de la amenaza del crimen organizado",
        "area": "Zona",
        "period": "Período",
        "assessor": "Evaluador",
        "checklist": "Lista de verificación",
        "status": "Estado",
        "final": "definitiva",
        "draft": "borrador (no definitiva)",
        "generated": "Generado el",
        "marking": "Difusión",
        "summary": "Resumen",
        "level": "Nivel de amenaza",
        "score": "Puntuación de amenaza",
        "completeness": "Completitud",
        "coverage": "Cobertura",
        "confidence": "Confianza",
        "with_evidence": "Respuestas con pruebas",
        "why": "Por qué este nivel",
        "sections": "Secciones",
        "section": "Sección",
        "answer": "Respuesta",
        "note": "Nota",
        "evidence": "Pruebas",
        "map": "Incidentes en la zona",
        "annex": "Anexo: incidentes en la zona y el período",
        "date": "Fecha",
        "place": "Lugar",
        "category": "Categoría",
        "sev": "Grav.",
        "title": "Título",
        "grade": "Fuente",
        "page": "Página {x} de {y}",
        "hash": "SHA-256 del contenido",
        "resilience": "Resiliencia",
        "insufficient": "información insuficiente",
        "low": "bajo",
        "moderate": "moderado",
        "high": "alto",
        "severe": "grave",
        "tripwire": "Señal de alerta",
        "key_finding": "hallazgo clave, fija al menos {level}",
        "insufficient_marking": "INSUFICIENTE – NO DIFUNDIR",
        "not_ready": "No está lista para finalizar",
        "rule_label": (
            "La regla del nivel es una propuesta de FieldKit para apoyar el juicio, no una metodología oficial: "
            "el más alto entre la franja de la media de las secciones y el mínimo fijado por los hallazgos clave "
            "(docs/scoring.md)."
        ),
        "flagged": "Pruebas que no cuentan o están señaladas",
        "out_of_period": "fuera del período de la evaluación",
        "weak_source": "fuente calificada por debajo de C3",
        "benign_answer": "citado en una respuesta cuya puntuación no es alta",
        "deleted": "eliminado",
        "flag_where": "calificado {grade}, {date}, citado en {questions}",
        "coverage_short": "las respuestas conocidas cubren {cov} de las preguntas de amenaza; se necesitan {min}",
        "required_missing": "preguntas obligatorias sin respuesta: {ids}",
        "required_unknown": "preguntas obligatorias respondidas «desconocido»: {ids}",
        "no_assessor": "no se indica ningún evaluador",
        "other_unspecified": "«Otro» elegido sin precisar en la nota: {ids}",
        "incidents_report": "Informe de incidentes",
        "unplaced": "Fuera del mapa (borradores aún sin lugar): {n}",
        "filters": "Filtros",
        "count": "Incidentes",
        "none": "ninguno",
        "caveat": (
            "Las puntuaciones ayudan al juicio estructurado; no son mediciones. Las respuestas ausentes o "
            "«desconocido» reducen la cobertura; nunca cuentan como cero."
        ),
        "not_answered": "Sin respuesta",
        "resilience_note": "más alto = mayor protección",
        # the report's front page, markets and actors (issue 18): a first draft
        "not_scored": "sin puntaje (esta lista de verificación no tiene puntajes)",
        "bluf": "Conclusión principal",
        "judgements": "Juicios clave",
        "judgements_by": "Fijados por el analista",
        "judgements_derived": "Derivados de las respuestas (el analista puede editarlos)",
        "confidence_word": "confianza",
        "early_warning": "Alerta temprana",
        "ew_yes": "Alerta temprana emitida: se requiere actuar ahora, antes de la próxima evaluación.",
        "ew_no": "Sin alerta temprana: nada exige actuar antes de la próxima evaluación.",
        "ew_unanswered": "Alerta temprana sin decidir (pregunta I4 sin respuesta).",
        "recipients": "Destinatarios recomendados",
        "responses": "Respuestas recomendadas",
        "dnh": "Prueba de «no hacer daño»",
        "dnh_politics": "¿Podría la acción recomendada poner en riesgo la estrategia política?",
        "dnh_civilians": "¿Podría poner en riesgo a civiles (represalias, desplazamiento, pérdida de ingresos)?",
        "gaps": "Principales vacíos de información",
        "gaps_unanswered": "Sin respuesta ({n})",
        "gaps_unknown": "Respondidas «desconocido» ({n})",
        "gaps_collect": "Por recolectar a continuación",
        "gaps_none": "Todas las preguntas pertinentes tienen una respuesta conocida.",
        "gaps_annex": "Vacíos de información: preguntas sin respuesta o respondidas «desconocido»",
        "originator": "Autor",
        "cutoff": "Fecha de corte de la información",
        "distribution": "Distribución",
        "not_stated": "no indicada (pregunta I9 sin respuesta): tratada como estrictamente confidencial",
        "outlook": "Perspectivas (seis meses)",
        "yes": "sí",
        "no": "no",
        "unanswered": "sin respuesta",
        "sources": "Fuentes por calificación (incidentes citados como pruebas)",
        "sources_none": "Ningún incidente se cita como prueba.",
        "reliability": "Confiabilidad",
        "credibility": "Credibilidad",
        "total": "Total",
        "outside_flag": "FUERA DEL PERÍODO",
        "background": "contexto",
        "graded": "calificado {grade}",
        "sensitive_mark": "SENSIBLE",
        "sensitive_left_out": "Los incidentes marcados como sensibles quedan por fuera de este informe ({n}).",
        "sensitive_included": "Los incidentes marcados como sensibles están incluidos y marcados como SENSIBLE ({n}).",
        "markets": "Mercados criminales",
        "markets_none": "Aún no hay ningún mercado registrado.",
        "markets_b1_missing": "Mercados marcados en B1 aún sin registro de mercado: {codes}",
        "market": "Mercado",
        "mkt_score": "Puntuación /10",
        "mkt_scale": "Escala",
        "mkt_harm": "Daño",
        "trend": "Tendencia",
        "routes": "Rutas (origen → tránsito → destino)",
        "prices_seizures": "Precios / incautaciones",
        "actors": "Actores",
        "actors_none": "Aún no hay ningún actor registrado.",
        "actor": "Actor",
        "type": "Tipo",
        "role": "Papel en la cadena",
        "capability": "Capacidad",
        "armed_links": "Grupos armados",
        "state_links": "Estado",
        "incidents_n": "Incidentes",
        "market_rule": (
            "Cada mercado se puntúa de 1 a 10 por separado, según la óptica del Índice de Crimen Organizado "
            "de la GI-TOC: 1 + 9 × media(escala, daño) / 4 (propuesta de FieldKit)."
        ),
        "proposal_caveat": (
            "Apoyo de FieldKit al juicio estructurado, no una metodología oficial ni una investigación: no "
            "señala a nadie como culpable."
        ),
        "conf_low": "baja",
        "conf_moderate": "moderada",
        "conf_high": "alta",
        "watermark": "BORRADOR",
    },
}
L = languages.complete(L_BY_LANG)


def _fonts() -> tuple[str, str]:
    """A Unicode TrueType font (accents, dashes, quotes): DejaVu when present, else Vera shipped with reportlab."""
    if "FK-Regular" in pdfmetrics.getRegisteredFontNames():
        return "FK-Regular", "FK-Bold"
    candidates = [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    ]
    import reportlab

    rl = Path(reportlab.__file__).parent / "fonts"
    candidates.append((str(rl / "Vera.ttf"), str(rl / "VeraBd.ttf")))
    for reg, bold in candidates:
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("FK-Regular", reg))
            pdfmetrics.registerFont(TTFont("FK-Bold", bold))
            pdfmetrics.registerFontFamily(
                "FK", normal="FK-Regular", bold="FK-Bold", italic="FK-Regular", boldItalic="FK-Bold"
            )
            return "FK-Regular", "FK-Bold"
    return "Helvetica", "Helvetica-Bold"


def _styles(lang: str = "en"):
    rtl = languages.is_rtl(lang)
    reg, bold = pdftext.arabic_fonts() if rtl else _fonts()
    ss = getSampleStyleSheet()
    base = ParagraphStyle("fk", parent=ss["Normal"], fontName=reg, fontSize=9.5, leading=12.5)
    if rtl:
        base = ParagraphStyle("fk", parent=base, alignment=TA_RIGHT)
    styles = {
        "rtl": rtl,
        "body": base,
        "small": ParagraphStyle("fks", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("fkc", parent=base, fontSize=7.5, leading=9),
        "h1": ParagraphStyle("fkh1", parent=base, fontName=bold, fontSize=20, leading=24, spaceAfter=10),
        "h2": ParagraphStyle(
            "fkh2", parent=base, fontName=bold, fontSize=13.5, leading=17, spaceBefore=10, spaceAfter=6
        ),
        "h3": ParagraphStyle(
            "fkh3", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2
        ),
        "marking": ParagraphStyle(
            "fkm", parent=base, fontName=bold, fontSize=12, alignment=TA_CENTER, textColor=colors.HexColor("#c92a2a")
        ),
        "bold": bold,
        "regular": reg,
    }
    for style in styles.values():
        if isinstance(style, ParagraphStyle):
            style.fk_rtl = rtl  # p() sets these right to left
            if rtl:  # Arabic letters reach higher and lower: more room between lines
                style.leading = round(style.leading * 1.3, 1)
    return styles


def p(text, style):
    """A paragraph of user text: escaped, so markup characters print literally (right to left: plain text set by
    pdftext.RTLParagraph, which never reads markup)."""
    if getattr(style, "fk_rtl", False):
        return pdftext.RTLParagraph(str(text), style)
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _numbered_canvas(footer_text: str, marking: str, digest: str, lang: str, font: str, watermark: str = ""):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total):
            w, h = A4
            # text drawn on the canvas itself is set in visual order (shaped, right to left) for Arabic
            shown = pdftext.visual if languages.is_rtl(lang) else str
            self.saveState()
            if watermark:  # a draft says so across every page, under nothing it could hide
                self.saveState()
                self.setFont(font, 96)
                self.setFillColor(colors.HexColor("#c92a2a"), alpha=0.12)
                self.translate(w / 2, h / 2)
                self.rotate(45)
                self.drawCentredString(0, -30, shown(watermark))
                self.restoreState()
            self.setFont(font, 7.5)
            self.setFillColor(colors.HexColor("#c92a2a"))
            self.drawCentredString(w / 2, h - 1.0 * cm, shown(marking))
            self.drawCentredString(w / 2, 1.25 * cm, shown(marking))
            self.setFillColor(colors.HexColor("#495057"))
            page = L[lang]["page"].format(x=self._pageNumber, y=total)
            if languages.is_rtl(lang):  # mirrored: the title on the right, the page number on the left
                v = pdftext.visual
                self.drawRightString(w - 1.5 * cm, 0.8 * cm, v(footer_text[:90]))
                self.drawString(1.5 * cm, 0.8 * cm, v(page))
                self.drawRightString(w - 1.5 * cm, 0.45 * cm, v(f"{L[lang]['hash']}{colon(lang)}{digest}"))
            else:
                self.drawString(1.5 * cm, 0.8 * cm, footer_text[:90])
                self.drawRightString(w - 1.5 * cm, 0.8 * cm, page)
                self.drawString(1.5 * cm, 0.45 * cm, f"{L[lang]['hash']}{colon(lang)}{digest}")
            self.restoreState()

    return NumberedCanvas


# -------------------------------------------------------------------------------------------------
# vector map
# -------------------------------------------------------------------------------------------------
_BASEMAP = None


def _basemap():
    global _BASEMAP
    if _BASEMAP is None:
        _BASEMAP = json.loads((paths.resources_dir() / "basemap" / "countries.geojson").read_text(encoding="utf-8"))
    return _BASEMAP


def _map_of(rows: list[dict], bbox, t: dict, st) -> list:
    """The map of ``rows`` and, when some have no location (drafts may lack one), a line saying how many are not
    on it."""
    placed = [r for r in rows if r["lat"] is not None and r["lon"] is not None]
    points = [(r["lat"], r["lon"], r["severity"]) for r in placed]
    by_place: dict[str, list] = {}
    for r in placed:
        if r.get("place"):
            by_place.setdefault(r["place"], []).append((r["lat"], r["lon"]))
    top = sorted(by_place.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:6]  # the places most incidents name
    labels = [(sum(x[0] for x in v) / len(v), sum(x[1] for x in v) / len(v), name) for name, v in top]
    out = [map_drawing(points, bbox, font=st["regular"], labels=labels)]
    if len(points) < len(rows):
        out.append(p(t["unplaced"].format(n=len(rows) - len(points)), st["small"]))
    return out


def clip_ring(ring, min_x, min_y, max_x, max_y) -> list:
    """A polygon ring cut to a rectangle (Sutherland-Hodgman): the part inside, edges along the border where it was
    cut. Pushing outside vertices onto the border instead drew land as sea and sea as land."""

    def cut(points, inside, cross):
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        return out

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = [(float(c[0]), float(c[1])) for c in ring]
    for inside, cross in (
        (lambda q: q[0] >= min_x, at_x(min_x)),
        (lambda q: q[0] <= max_x, at_x(max_x)),
        (lambda q: q[1] >= min_y, at_y(min_y)),
        (lambda q: q[1] <= max_y, at_y(max_y)),
    ):
        if not pts:
            break
        pts = cut(pts, inside, cross)
    return pts


def _nice_length(km: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above ``km``."""
    import math

    if km <= 0:
        return 0
    base = 10 ** math.floor(math.log10(km))
    return max(m * base for m in (1, 2, 5) if m * base <= km)


def map_drawing(
    points: list[tuple[float, float, int]],
    bbox=None,
    width=17 * cm,
    height=10 * cm,
    font="Helvetica",
    labels: list[tuple[float, float, str]] | None = None,
) -> Drawing:
    """Equirectangular vector map: Natural Earth outlines cut to the view, country names, ``labels`` (lat, lon,
    text: the incidents' places), incidents coloured by severity, a scale bar and a north arrow. The view is widened
    to the drawing's shape, so land is drawn wherever there is land (no empty band)."""
    import math

    points = [pt for pt in points if pt[0] is not None and pt[1] is not None]  # a draft may have no location
    if bbox is None:
        if points:
            lats, lons = [pt[0] for pt in points], [pt[1] for pt in points]
            bbox = [min(lons), min(lats), max(lons), max(lats)]
        else:
            bbox = [-20, -10, 50, 40]
    min_lon, min_lat, max_lon, max_lat = bbox
    pad_x, pad_y = max(0.5, (max_lon - min_lon) * 0.08), max(0.5, (max_lat - min_lat) * 0.08)
    min_lon, max_lon, min_lat, max_lat = min_lon - pad_x, max_lon + pad_x, min_lat - pad_y, max_lat + pad_y
    # one scale for both axes (degrees of longitude shortened by the cosine of the latitude), the view widened to fill
    k = max(0.2, math.cos(math.radians((min_lat + max_lat) / 2)))
    s = min(width / ((max_lon - min_lon) * k), height / (max_lat - min_lat))
    mid_lon, mid_lat = (min_lon + max_lon) / 2, (min_lat + max_lat) / 2
    half_lon, half_lat = width / s / k / 2, height / s / 2
    min_lon, max_lon, min_lat, max_lat = mid_lon - half_lon, mid_lon + half_lon, mid_lat - half_lat, mid_lat + half_lat

    def xy(lon, lat):
        return (lon - min_lon) * s * k, (lat - min_lat) * s

    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#d0ebff"), strokeColor=None))
    names = []
    for f in _basemap()["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        biggest = []
        for poly in polys:
            ring = poly[0]
            lo = [c[0] for c in ring]
            la = [c[1] for c in ring]
            if max(lo) < min_lon or min(lo) > max_lon or max(la) < min_lat or min(la) > max_lat:
                continue
            cut = clip_ring(ring, min_lon, min_lat, max_lon, max_lat)
            if len(cut) < 3:
                continue
            pts = [v for lon, lat in cut for v in xy(lon, lat)]
            d.add(
                Polygon(
                    pts, fillColor=colors.HexColor("#f8f9fa"), strokeColor=colors.HexColor("#868e96"), strokeWidth=0.4
                )
            )
            if len(cut) > len(biggest):
                biggest = cut
        if biggest and f.get("properties", {}).get("name"):
            cx = sum(c[0] for c in biggest) / len(biggest)
            cy = sum(c[1] for c in biggest) / len(biggest)
            names.append((cx, cy, f["properties"]["name"]))
    for cx, cy, name in names:  # country names, grey, under the incidents
        x, y = xy(cx, cy)
        if 20 < x < width - 20 and 14 < y < height - 10:
            d.add(
                String(
                    x,
                    y,
                    name[:40],
                    fontName=font,
                    fontSize=8,
                    fillColor=colors.HexColor("#868e96"),
                    textAnchor="middle",
                )
            )
    for lat, lon, sev in points:
        if min_lat <= lat <= max_lat and min_lon <= lon <= max_lon:
            x, y = xy(lon, lat)
            d.add(
                Circle(
                    x,
                    y,
                    1.6 + 0.5 * sev,
                    fillColor=colors.HexColor(SEVERITY_COLOURS.get(sev, "#555")),
                    strokeColor=colors.black,
                    strokeWidth=0.3,
                )
            )
    for lat, lon, text in labels or []:  # the places named by the incidents, dark, beside their dots
        if min_lat <= lat <= max_lat and min_lon <= lon <= max_lon:
            x, y = xy(lon, lat)
            d.add(String(min(x + 5, width - 60), y + 4, str(text)[:40], fontName=font, fontSize=7.5))
    d.add(Rect(0, 0, width, height, fillColor=None, strokeColor=colors.HexColor("#868e96"), strokeWidth=0.5))
    for i, (sev, colour) in enumerate(SEVERITY_COLOURS.items()):
        d.add(Circle(8 + i * 26, 8, 3, fillColor=colors.HexColor(colour), strokeColor=colors.black, strokeWidth=0.3))
        d.add(String(13 + i * 26, 5, str(sev), fontName=font, fontSize=7))
    # scale bar: a round length about a fifth of the width, at the map's middle latitude
    km_per_pt = (max_lon - min_lon) * 111.32 * k / width
    km = _nice_length(km_per_pt * width / 5)
    if km:
        bar = km / km_per_pt
        x0, y0 = 150, 8
        d.add(Rect(x0, y0, bar, 3, fillColor=colors.black, strokeColor=colors.black, strokeWidth=0.3))
        d.add(Rect(x0, y0, bar / 2, 3, fillColor=colors.white, strokeColor=colors.black, strokeWidth=0.3))
        d.add(String(x0 + bar + 4, y0, f"{km:g} km", fontName=font, fontSize=7))
    # north arrow, top right
    ax, ay = width - 14, height - 30
    d.add(
        Polygon(
            [ax - 5, ay, ax, ay + 16, ax + 5, ay, ax, ay + 4],
            fillColor=colors.black,
            strokeColor=colors.black,
            strokeWidth=0.3,
        )
    )
    d.add(String(ax, ay + 19, "N", fontName=font, fontSize=8, textAnchor="middle"))
    d.add(String(width - 4, 4, "Natural Earth", fontName=font, fontSize=6, textAnchor="end"))
    return d


def _section_chart(sections, lang, font, width=17 * cm) -> Drawing:
    """A bar per scored section; right to left (Arabic) the chart is mirrored: labels on the right, bars growing
    leftwards."""
    rows = [s for s in sections if s["kind"] != "info"]
    bar_h, gap, label_w = 12, 6, 7.2 * cm
    height = len(rows) * (bar_h + gap) + 10
    d = Drawing(width, height)
    bar_w = width - label_w - 40
    rtl = languages.is_rtl(lang)
    shown = pdftext.visual if rtl else (lambda x: x)

    def x(pos: float) -> float:  # a position measured from the labels' edge, mirrored right to left
        return width - pos if rtl else pos

    start, end = ("start", "end") if not rtl else ("end", "start")
    for i, s in enumerate(rows):
        y = height - (i + 1) * (bar_h + gap)
        d.add(String(x(label_w - 6), y + 3, shown(s["title"][:48]), fontName=font, fontSize=7.5, textAnchor=end))
        d.add(
            Rect(
                min(x(label_w), x(label_w + bar_w)),
                y,
                bar_w,
                bar_h,
                fillColor=colors.HexColor("#f1f3f5"),
                strokeColor=None,
            )
        )
        value = s["score"] if s["kind"] == "threat" else s.get("resilience")
        if value is None:
            d.add(
                String(
                    x(label_w + 4),
                    y + 3,
                    shown(L[lang]["insufficient"]),
                    fontName=font,
                    fontSize=7,
                    fillColor=colors.HexColor("#868e96"),
                    textAnchor=start,
                )
            )
            continue
        colour = LEVEL_COLOURS.get(s["level"], "#1971c2") if s["kind"] == "threat" else "#1971c2"
        filled = bar_w * value / 10
        d.add(
            Rect(
                min(x(label_w), x(label_w + filled)),
                y,
                filled,
                bar_h,
                fillColor=colors.HexColor(colour),
                strokeColor=None,
            )
        )
        d.add(String(x(label_w + bar_w + 4), y + 3, f"{value:.1f}", fontName=font, fontSize=7.5, textAnchor=start))
    return d


# -------------------------------------------------------------------------------------------------
# content hashes
# -------------------------------------------------------------------------------------------------
def _incident_filter_for(assessment) -> IncidentFilter:
    return IncidentFilter(
        bbox=tuple(assessment["area_bbox"]) if assessment["area_bbox"] else None,
        date_from=assessment["period_start"],
        date_to=assessment["period_end"],
    )


def assessment_digest(ws, aid: str) -> str:
    a = ws.assessments.get(aid)
    annex = (
        ws.db.execute(
            "SELECT i.id, i.head_hash " + _incident_filter_for(a).to_sql()[0] + " ORDER BY i.id",
            _incident_filter_for(a).to_sql()[1],
        ).fetchall()
        if a["area_bbox"]
        else []
    )
    payload = {
        "kind": "assessment",
        "id": aid,
        "content": ws.assessments.content(aid),
        "version": a["version"],
        "annex": [list(r) for r in annex],
    }
    return sha256_text(canonical_json(payload))


def incidents_digest(ws, flt: IncidentFilter) -> str:
    frm, params, _ = flt.to_sql()
    rows = ws.db.execute(f"SELECT i.id, i.head_hash {frm} ORDER BY i.id", params).fetchall()
    return sha256_text(
        canonical_json({"kind": "incidents", "filter": _filter_dict(flt), "rows": [list(r) for r in rows]})
    )


def _filter_dict(flt: IncidentFilter) -> dict:
    return {k: v for k, v in flt.__dict__.items() if v not in (None, "", [], False) or k == "include_sensitive"}


# -------------------------------------------------------------------------------------------------
# reports
# -------------------------------------------------------------------------------------------------
def _annex_table(ws, rows, lang, st) -> LongTable:
    t = L[lang]
    u = pdftext.isolate if st["rtl"] else str
    widths = [2.1 * cm, 2.9 * cm, 3.7 * cm, 1.0 * cm, 1.4 * cm, 6.9 * cm]
    data = [
        [
            p(t["date"], st["cell"]),
            p(t["place"], st["cell"]),
            p(t["category"], st["cell"]),
            p(t["sev"], st["cell"]),
            p(t["grade"], st["cell"]),
            p(t["title"], st["cell"]),
        ]
    ]
    for r in rows:
        data.append(
            [
                p(r["occurred_at"][:10], st["cell"]),
                p(u(r["place"]), st["cell"]),
                p(u(ws.vocab.label("incident_category", r["category"], lang)), st["cell"]),
                p(str(r["severity"]), st["cell"]),
                p(f"{r['source_reliability']}{r['source_credibility']}", st["cell"]),
                p(u((f"[{t['sensitive_mark']}] " if r.get("sensitive") else "") + r["title"][:140]), st["cell"]),
            ]
        )
    if st["rtl"]:  # the columns read right to left
        data, widths = [row[::-1] for row in data], widths[::-1]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dee2e6")),
                ("FONTNAME", (0, 0), (-1, 0), st["bold"]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#adb5bd")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8f9fa")]),
            ]
        )
    )
    return table


# UN information-sensitivity levels (ST/SGB/2007/6), set by the sharing answer (I9): the narrowest circle that can act
SENSITIVITY = {
    "en": {"unclassified": "UNCLASSIFIED", "confidential": "CONFIDENTIAL", "strictly": "STRICTLY CONFIDENTIAL"},
    "fr": {"unclassified": "NON CLASSIFIÉ", "confidential": "CONFIDENTIEL", "strictly": "STRICTEMENT CONFIDENTIEL"},
    "ar": {"unclassified": "غير مصنف", "confidential": "سري", "strictly": "سري للغاية"},
    "pt": {"unclassified": "NÃO CLASSIFICADO", "confidential": "CONFIDENCIAL", "strictly": "ESTRITAMENTE CONFIDENCIAL"},
    "es": {"unclassified": "SIN CLASIFICAR", "confidential": "CONFIDENCIAL", "strictly": "ESTRICTAMENTE CONFIDENCIAL"},
}
SHARING_LEVEL = {
    "internal": "strictly",
    "unsystem": "confidential",
    "partners": "confidential",
    "releasable": "unclassified",
}


def sensitivity_of(answers: dict) -> str:
    """The UN sensitivity level of an assessment from its sharing answer (I9); unanswered reads strictly
    confidential (the narrowest), never a level the bulletin does not have."""
    return SHARING_LEVEL.get((answers.get("I9") or {}).get("value"), "strictly")


def colon(lang: str) -> str:
    return "\u00a0: " if lang == "fr" else ": "


DECIMAL_COMMA = ("fr", "pt", "es")  # "6,03"; and "94 %" with a (no-break) space


def pct(x: float, lang: str) -> str:
    s = f"{x * 100:.0f}"
    return f"{s}\u00a0%" if lang in DECIMAL_COMMA else f"{s}%"


def num(x, lang: str, digits: int | None = None) -> str:
    if x is None:
        return "—"
    s = f"{x:.{digits}f}" if digits is not None else (f"{x:g}" if isinstance(x, float) else str(x))
    return s.replace(".", ",") if lang in DECIMAL_COMMA else s


def _conf(t: dict, code) -> str:
    return t.get(f"conf_{code}", code or "—")


def _sources_table(evidence: dict, st, t) -> Table | Paragraph:
    """Cited incidents counted by reliability (rows A-F) and credibility (columns 1-6)."""
    live = [e for e in evidence.values() if not e.get("deleted_at")]
    if not live:
        return p(t["sources_none"], st["small"])
    rel, cred = "ABCDEF", "123456"
    counts = {(r, c): 0 for r in rel for c in cred}
    for e in live:
        key = (e.get("source_reliability") or "", e.get("source_credibility") or "")
        if key in counts:
            counts[key] += 1
    head = [p(f"{t['reliability']} \\ {t['credibility']}", st["cell"])] + [p(c, st["cell"]) for c in cred]
    head.append(p(t["total"], st["cell"]))
    data = [head]
    for r in rel:
        row = [counts[(r, c)] for c in cred]
        data.append(
            [p(r, st["cell"])] + [p(str(n) if n else "·", st["cell"]) for n in row] + [p(str(sum(row)), st["cell"])]
        )
    table = Table(data, colWidths=[3.6 * cm] + [1.2 * cm] * 6 + [1.4 * cm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dee2e6")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#adb5bd")),
                ("BACKGROUND", (1, 1), (3, 3), colors.HexColor("#ebfbee")),
            ]
        )
    )
    return table


def _grid(data, widths, st) -> LongTable:
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dee2e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#adb5bd")),
            ]
        )
    )
    return table


def markets_table(ws, markets: list[dict], lang: str, st) -> LongTable:
    """The markets side by side: score, scale, harm, trend, routes, prices/seizures, actors."""
    from .checklists import records

    t = L[lang]
    data = [
        [
            p(t["market"], st["cell"]),
            p(t["mkt_score"], st["cell"]),
            p(t["mkt_scale"], st["cell"]),
            p(t["mkt_harm"], st["cell"]),
            p(t["trend"], st["cell"]),
            p(t["routes"], st["cell"]),
            p(t["prices_seizures"], st["cell"]),
            p(t["actors"], st["cell"]),
        ]
    ]
    for m in markets:
        routes = " → ".join(x or "?" for x in (m["origin"], m["transit"], m["destination"]))
        ps = " / ".join(x for x in (m["prices"], m["seizures"]) if x) or "—"
        data.append(
            [
                p(ws.vocab.label("criminal_market", m["market"], lang), st["cell"]),
                p(num(m["score"], lang, 1), st["cell"]),
                p(num(m["scale"], lang) + "/4" if m["scale"] is not None else "?", st["cell"]),
                p(num(m["harm"], lang) + "/4" if m["harm"] is not None else "?", st["cell"]),
                p(records.label(m["trend"], lang), st["cell"]),
                p(routes if any((m["origin"], m["transit"], m["destination"])) else "—", st["cell"]),
                p(ps, st["cell"]),
                p(", ".join(m["actors"]) or "—", st["cell"]),
            ]
        )
    return _grid(data, [3.0 * cm, 1.3 * cm, 1.5 * cm, 1.6 * cm, 1.7 * cm, 3.7 * cm, 2.6 * cm, 2.6 * cm], st)


def actors_table(ws, aid: str, actors: list[dict], lang: str, st, period) -> LongTable:
    from .checklists import records

    t = L[lang]
    data = [
        [
            p(t["actor"], st["cell"]),
            p(t["type"], st["cell"]),
            p(t["role"], st["cell"]),
            p(t["capability"], st["cell"]),
            p(t["armed_links"], st["cell"]),
            p(t["state_links"], st["cell"]),
            p(t["trend"], st["cell"]),
            p(t["markets"], st["cell"]),
            p(t["incidents_n"], st["cell"]),
        ]
    ]
    for a in actors:
        n = len(ws.assessment_records.incidents_mentioning(a["name"], period=period))
        data.append(
            [
                p(a["name"], st["cell"]),
                p(ws.vocab.label("actor_type", a["type"], lang), st["cell"]),
                p(ws.vocab.label("actor_role", a["role"], lang) if a["role"] else "—", st["cell"]),
                p(f"{a['capability']}/4" if a["capability"] is not None else "?", st["cell"]),
                p(records.label(a["armed_links"], lang), st["cell"]),
                p(records.label(a["state_links"], lang), st["cell"]),
                p(records.label(a["trend"], lang), st["cell"]),
                p(", ".join(ws.vocab.label("criminal_market", m, lang) for m in a["markets"]) or "—", st["cell"]),
                p(str(n), st["cell"]),
            ]
        )
    return _grid(data, [2.8 * cm, 2.2 * cm, 2.3 * cm, 1.6 * cm, 1.7 * cm, 1.5 * cm, 1.7 * cm, 2.4 * cm, 1.8 * cm], st)


def information_gaps(checklist, answers: dict) -> dict:
    """The relevant questions not answered and those answered "unknown", in checklist order: never dropped."""
    from .checklists.definition import UNKNOWN
    from .checklists.scoring import relevant_values

    _, relevant = relevant_values(checklist, answers)
    unanswered, unknown = [], []
    for q in checklist.questions():
        if q.id not in relevant:
            continue
        if q.id not in answers:
            unanswered.append(q)
        elif answers[q.id]["value"] == UNKNOWN:
            unknown.append(q)
    return {"unanswered": unanswered, "unknown": unknown}


def _evidence_line(ws, inc: dict, a: dict, lang: str, t: dict, u=str) -> str:
    """``u``: how a user's text is set inside the line (isolated in a right-to-left report)."""
    day = (inc["occurred_at"] or "?")[:10]
    outside = not (a["period_start"] <= day <= a["period_end"])
    grade = f"{inc['source_reliability'] or '?'}{inc['source_credibility'] or '?'}"
    line = (
        f"{t['evidence']}{colon(lang)}[{t['graded'].format(grade=grade)} · {u(day)}] {u(inc['place'])} · "
        f"{ws.vocab.label('incident_category', inc['category'], lang)} · {u(inc['title'][:90])}"
    )
    if inc.get("sensitive"):
        line = f"[{t['sensitive_mark']}] " + line
    if outside:
        line += f" — ⚠ {t['outside_flag']}" + (f" ({t['background']})" if "background" in inc["tags"] else "")
    return line


def assessment_report(
    ws,
    aid: str,
    out: Path | str,
    *,
    marking: str | None = None,
    lang: str | None = None,
    include_sensitive: bool = False,
) -> dict:
    """The assessment report. Page 1 is what a Head of Mission acts on: the bottom line, key judgements with
    likelihood and confidence, early warning and recipients, recommended responses, the do-no-harm check and the
    main information gaps, under the UN sensitivity marking set by the sharing answer (I9). Incidents marked
    sensitive are left out unless ``include_sensitive`` (then marked)."""
    from .checklists import records

    a = ws.assessments.get(aid)
    lang = lang or a["language"] or "en"
    lang = lang if lang in L else "en"
    t = L[lang]
    c = colon(lang)
    st = _styles(lang)
    u = pdftext.isolate if st["rtl"] else str  # a user's text inside a right-to-left sentence keeps its direction
    checklist = ws.assessments.checklist_of(a)
    summary = ws.assessments.summary(aid, lang)
    answers = ws.assessments.answers(aid)
    evidence = ws.assessments.evidence_incidents(answers)
    sensitive_ids = (
        {
            r[0]
            for r in ws.db.execute(
                f"SELECT id FROM incidents WHERE sensitive = 1 AND id IN ({','.join('?' * len(evidence))})",
                list(evidence),
            )
        }
        if evidence
        else set()
    )
    for i, inc in evidence.items():
        inc["sensitive"] = i in sensitive_ids
    o = summary["overall"]
    if not include_sensitive:  # a key finding may quote a sensitive incident's title: it is withheld too
        for w in o["why"]:
            if w.get("incident") in sensitive_ids and evidence[w["incident"]]["title"]:
                w["text"] = w["text"].replace(evidence[w["incident"]]["title"], f"[{t['sensitive_mark']}]")
    digest = assessment_digest(ws, aid)
    insufficient = bool(o.get("marking"))
    level_code = sensitivity_of(answers)
    marking = marking or SENSITIVITY[lang][level_code]
    page_marking = f"{marking} · {t['insufficient_marking']}" if insufficient else marking
    draft = a["status"] != "final"

    def yn(qid):
        v = (answers.get(qid) or {}).get("value")
        return t["yes"] if v == "yes" else t["no"] if v == "no" else t["unanswered"] if v is None else t["unknown"]

    def picks(qid):
        v = (answers.get(qid) or {}).get("value")
        if not v:
            return t["unanswered"]
        return checklist.question(qid).display(v, lang)

    # ---- page 1: what a Head of Mission acts on -----------------------------------------------------------
    level = o["level"]
    cutoff = max([x["updated_at"] for x in answers.values()] or [a["updated_at"]])[:10]
    cutoff = min(cutoff, a["period_end"]) if cutoff > a["period_end"] else cutoff
    sharing = (answers.get("I9") or {}).get("value")
    distribution = checklist.question("I9").display(sharing, lang) if sharing else t["not_stated"]
    meta = [
        [t["area"], a["area_name"], t["period"], f"{a['period_start']} – {a['period_end']}"],
        [t["originator"], a["assessor"] or ws.user_name or "—", t["cutoff"], cutoff],
        [
            t["status"],
            (t["final"] + f" (v{a['version']})") if not draft else t["draft"],
            t["generated"],
            ws.clock.now().strftime("%Y-%m-%d %H:%M UTC"),
        ],
        [t["distribution"], distribution, t["marking"], page_marking],
    ]
    story = [
        p(t["report"], st["h1"]),
        p(u(a["area_name"]), st["h2"]),
        Table(
            [[p(u(x), st["small"]) for x in (r[::-1] if st["rtl"] else r)] for r in meta],
            colWidths=[w * cm for w in ((6.2, 3.2, 5.8, 2.8) if st["rtl"] else (2.8, 5.8, 3.2, 6.2))],
            style=[
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dee2e6")),
                ("TEXTCOLOR", (3 if st["rtl"] else 0, 0), (3 if st["rtl"] else 0, -1), colors.HexColor("#495057")),
                ("TEXTCOLOR", (1 if st["rtl"] else 2, 0), (1 if st["rtl"] else 2, -1), colors.HexColor("#495057")),
            ],
        ),
    ]
    if insufficient:
        story.append(p(t["insufficient_marking"], st["marking"]))
    story.append(p(t["bluf"], st["h2"]))
    score = num(o["score"], lang) if o["score"] is not None else "—"
    if st["rtl"]:  # plain text (no markup right to left), in the level's colour
        line = (
            f"{t['level']}{c}{t.get(level, level).upper()}  {t['score']}{c}{u(score + '/10')}  "
            f"{t['confidence']}{c}{_conf(t, o['confidence'])}  {t['coverage']}{c}{u(pct(o['coverage'], lang))}"
        )
        story.append(pdftext.RTLParagraph(line, st["h3"], colour=colors.HexColor(LEVEL_COLOURS.get(level, "#000"))))
    else:
        story.append(
            Paragraph(
                f"{escape(t['level'])}{c}<font color='{LEVEL_COLOURS.get(level, '#000')}'>"
                f"<b>{escape(t.get(level, level).upper())}</b></font>"
                f" &nbsp; {escape(t['score'])}{c}{score}/10 &nbsp; {escape(t['confidence'])}{c}"
                f"{escape(_conf(t, o['confidence']))} &nbsp; {escape(t['coverage'])}{c}{pct(o['coverage'], lang)}",
                st["h3"],
            )
        )
    picture = (answers.get("I10") or {}).get("value")
    if picture and picture != "unknown":
        story.append(p(u(picture), st["body"]))
    front = ws.assessment_records.front_judgements(aid, lang, summary)
    story.append(p(t["judgements"], st["h3"]))
    story.append(p(t["judgements_by"] if front["source"] == "analyst" else t["judgements_derived"], st["small"]))
    for j in front["judgements"]:
        likely, sure = records.label(j["likelihood"], lang), records.label(j["confidence"], lang)
        tag = f"[{likely} · {t['confidence_word']}{c}{sure}]"
        if st["rtl"]:
            story.append(p(f"{j['position']}. {u(j['text'])} {tag}", st["body"]))
        else:
            story.append(Paragraph(f"{j['position']}. {escape(j['text'])} <b>{escape(tag)}</b>", st["body"]))
    ew = (answers.get("I4") or {}).get("value")
    story.append(p(t["early_warning"], st["h3"]))
    story.append(p(t["ew_yes"] if ew == "yes" else t["ew_no"] if ew == "no" else t["ew_unanswered"], st["body"]))
    if ew == "yes":
        story.append(p(f"{t['recipients']}{c}{u(picks('I5'))}", st["body"]))
    story.append(p(t["responses"], st["h3"]))
    story.append(p(u(picks("I7")), st["body"]))
    if (answers.get("I7") or {}).get("note"):
        story.append(p(u(answers["I7"]["note"]), st["small"]))
    story.append(p(t["dnh"], st["h3"]))
    story.append(p(f"{t['dnh_politics']} {yn('I8')}", st["body"]))
    story.append(p(f"{t['dnh_civilians']} {yn('I8b')}", st["body"]))
    gaps = information_gaps(checklist, answers)
    story.append(p(t["gaps"], st["h3"]))
    if not gaps["unanswered"] and not gaps["unknown"]:
        story.append(p(t["gaps_none"], st["body"]))
    for key in ("unanswered", "unknown"):
        if gaps[key]:
            story.append(
                p(
                    t[f"gaps_{key}"].format(n=len(gaps[key])) + c + u(", ".join(q.id for q in gaps[key])),
                    st["body"],
                )
            )
    collect = (answers.get("I3") or {}).get("value")
    if collect and collect != "unknown":
        story.append(p(f"{t['gaps_collect']}{c}{u(collect)}", st["body"]))
    story.append(Spacer(1, 4))
    story.append(p(t["proposal_caveat"], st["small"]))
    # ---- page 2: the summary --------------------------------------------------------------------------------
    story += [PageBreak(), p(t["summary"], st["h2"])]
    story.append(
        p(
            f"{t['completeness']}{c}{pct(o['completeness'], lang)} · {t['coverage']}{c}{pct(o['coverage'], lang)} · "
            f"{t['confidence']}{c}{_conf(t, o['confidence'])} · {t['with_evidence']}{c}{o['with_evidence']}",
            st["body"],
        )
    )
    story += [
        Spacer(1, 6),
        _section_chart(summary["sections"], lang, st["regular"]),
        p(f"H = {t['resilience']} ({t['resilience_note']})", st["small"]),
        p(t["why"], st["h3"]),
    ]
    for w in o["why"]:
        if w["kind"] == "tripwire":
            floor = t["key_finding"].format(level=t.get(w["level"], w["level"]))
            story.append(p(f"• {u(w.get('finding') or t['tripwire'])} ({floor}){c}{u(w['text'])}", st["body"]))
        else:
            score = u("({:.0f}/4)".format(w["score"]))
            story.append(p(f"• {u(w['question'])} {u(w['text'])} → {u(w['answer'])} {score}", st["body"]))
    if o.get("evidence_flags"):
        story.append(p(t["flagged"], st["h3"]))
        for f in o["evidence_flags"]:
            if f["incident"] in sensitive_ids and not include_sensitive:
                continue
            why_not = ", ".join(t.get(x, x) for x in f["flags"])
            story.append(
                p(
                    f"• {u(f['title'])} ("
                    + t["flag_where"].format(
                        grade=f["grade"] or "?",
                        date=(f["occurred_at"] or "?")[:10],
                        questions=", ".join(f["questions"]),
                    )
                    + f"){c}{why_not}",
                    st["body"],
                )
            )
    if o.get("finalise_problems"):
        story.append(p(t["not_ready"], st["h3"]))
        for pr in o["finalise_problems"]:
            if pr["code"] == "coverage":
                line = t["coverage_short"].format(cov=pct(pr["coverage"], lang), min=pct(pr["min"], lang))
            else:
                line = t[pr["code"]].format(ids=", ".join(pr.get("questions") or []))
            story.append(p(f"• {line}", st["body"]))
    story.append(p(t["sources"], st["h3"]))
    shown_evidence = {i: e for i, e in evidence.items() if include_sensitive or i not in sensitive_ids}
    story.append(_sources_table(shown_evidence, st, t))
    story.append(Spacer(1, 4))
    story.append(p(t["caveat"], st["small"]))
    story.append(p(t["rule_label"], st["small"]))
    # ---- markets and actors, side by side ----------------------------------------------------------------------
    markets = ws.assessment_records.markets(aid)
    actors = ws.assessment_records.actors(aid)
    story += [PageBreak(), p(t["markets"], st["h2"])]
    story.append(markets_table(ws, markets, lang, st) if markets else p(t["markets_none"], st["body"]))
    ticked = (answers.get("B1") or {}).get("value") or []
    recorded = {m["market"] for m in markets}
    missing = [x for x in ticked if x not in recorded and ws.vocab.has("criminal_market", x) and x != "OTH"]
    if missing:
        story.append(
            p(
                t["markets_b1_missing"].format(
                    codes=", ".join(ws.vocab.label("criminal_market", x, lang) for x in missing)
                ),
                st["small"],
            )
        )
    story.append(p(t["market_rule"], st["small"]))
    story.append(p(t["actors"], st["h2"]))
    story.append(
        actors_table(ws, aid, actors, lang, st, (a["period_start"], a["period_end"]))
        if actors
        else p(t["actors_none"], st["body"])
    )
    # ---- sections -------------------------------------------------------------------------------------------
    for s_sum, section in zip(summary["sections"], checklist.sections, strict=False):
        story += [
            PageBreak() if section is checklist.sections[0] else Spacer(1, 8),
            p(text_of(section.title, lang), st["h2"]),
        ]
        sscore = s_sum["score"] if s_sum["kind"] == "threat" else s_sum["resilience"]
        if s_sum["kind"] != "info":
            story.append(
                p(
                    f"{t['score'] if s_sum['kind'] == 'threat' else t['resilience']}{c}"
                    f"{num(sscore, lang) if sscore is not None else t['insufficient']} · "
                    f"{t['coverage']}{c}{pct(s_sum['coverage'], lang)} · "
                    f"{t['confidence']}{c}{_conf(t, s_sum['confidence'])}",
                    st["small"],
                )
            )
        for q in section.questions:
            ans = answers.get(q.id)
            if ans is None:
                continue
            block = [
                p(f"{u(q.id)}. {u(text_of(q.text, lang))}", st["h3"]),
                p(f"{t['answer']}{c}{u(q.display(ans['value'], lang))}", st["body"]),
            ]
            if ans["note"]:
                block.append(p(f"{t['note']}{c}{u(ans['note'])}", st["body"]))
            for iid in ans["evidence"]:
                inc = evidence.get(iid)
                if inc and (include_sensitive or iid not in sensitive_ids):
                    block.append(p(_evidence_line(ws, inc, a, lang, t, u), st["small"]))
            story.append(KeepTogether(block))
    # ---- gaps in full ---------------------------------------------------------------------------------------
    if gaps["unanswered"] or gaps["unknown"]:
        story += [PageBreak(), p(t["gaps_annex"], st["h2"])]
        for key in ("unanswered", "unknown"):
            if gaps[key]:
                story.append(p(t[f"gaps_{key}"].format(n=len(gaps[key])), st["h3"]))
                for q in gaps[key]:
                    story.append(p(f"• {q.id}. {text_of(q.text, lang)}", st["body"]))
    # ---- map and annex --------------------------------------------------------------------------------------
    flt = _incident_filter_for(a)
    rows = (
        ws.incidents.search(flt, sort="occurred_at", descending=False)
        if a["area_bbox"]
        else [ws.incidents.get(i, with_attachments=False) for i in evidence]
    )
    left_out = [r for r in rows if r.get("sensitive")]
    if not include_sensitive:
        rows = [r for r in rows if not r.get("sensitive")]
    story += [PageBreak(), p(t["map"], st["h2"]), *_map_of(rows, a["area_bbox"], t, st), Spacer(1, 10)]
    story += [p(t["annex"], st["h2"]), p(f"{t['count']}{c}{len(rows)}", st["small"])]
    if left_out:
        key = "sensitive_included" if include_sensitive else "sensitive_left_out"
        story.append(p(t[key].format(n=len(left_out)), st["small"]))
    story.append(_annex_table(ws, rows, lang, st))
    _build(
        out,
        story,
        f"FieldKit — {a['area_name']} — {a['period_start']}/{a['period_end']}",
        page_marking,
        digest,
        lang,
        st,
        title=f"{t['report']}: {a['area_name']}",
        watermark=t["watermark"] if draft else "",
    )
    return {
        "path": str(out),
        "digest": digest,
        "incidents": len(rows),
        "insufficient": insufficient,
        "marking": marking,
        "sensitivity": level_code,
        "draft": draft,
        "sensitive_left_out": 0 if include_sensitive else len(left_out),
        "judgements": front["source"],
    }


def incidents_report(ws, flt: IncidentFilter, out: Path | str, *, marking: str | None = None, lang: str = "en") -> dict:
    lang = lang if lang in L else "en"
    t = L[lang]
    marking = marking or ws.settings.get("marking") or SENSITIVITY[lang]["confidential"]
    st = _styles(lang)
    u = pdftext.isolate if st["rtl"] else str
    rows = ws.incidents.search(flt, sort="occurred_at", descending=False)
    digest = incidents_digest(ws, flt)
    fd = {k: v for k, v in _filter_dict(flt).items() if k != "include_sensitive"}
    story = [
        p(marking, st["marking"]),
        p(t["incidents_report"], st["h1"]),
        p(
            f"{t['filters']}: {u(json.dumps(fd, ensure_ascii=False)) if fd else t['none']} · "
            f"{t['count']}: {len(rows)} · "
            f"{t['generated']} {u(ws.clock.now().strftime('%Y-%m-%d %H:%M UTC'))}",
            st["body"],
        ),
        Spacer(1, 6),
        *_map_of(rows, flt.bbox, t, st),
        Spacer(1, 8),
        _annex_table(ws, rows, lang, st),
    ]
    _build(
        out,
        story,
        "FieldKit — " + t["incidents_report"],
        marking,
        digest,
        lang,
        st,
        title=t["incidents_report"],
        keywords="FieldKit-Filter: " + json.dumps(_filter_dict(flt), ensure_ascii=False, sort_keys=True),
    )
    return {"path": str(out), "digest": digest, "incidents": len(rows)}


def _build(out, story, footer, marking, digest, lang, st, title, keywords="", watermark=""):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.9 * cm,
        title=title,
        author="FieldKit",
        creator="FieldKit",
        subject=f"FieldKit-Content-SHA256: {digest}",
        keywords=keywords,
    )
    try:
        doc.build(story, canvasmaker=_numbered_canvas(footer, marking, digest, lang, st["regular"], watermark))
    except OSError as e:
        raise FieldkitError(
            "The report could not be written to {path}: {error}", path=str(out), error=e.strerror or str(e)
        ) from e


def _metadata(pdf: Path | str) -> tuple[str, str]:
    try:
        from pypdf import PdfReader

        meta = PdfReader(str(pdf)).metadata or {}
        return meta.get("/Subject", "") or "", meta.get("/Keywords", "") or ""
    except ImportError:  # pypdf is only a test dependency: read the raw file instead
        raw = Path(pdf).read_bytes().decode("latin-1")
        kw = re.search(r"/Keywords \((.*?)\)\s*/", raw)
        return raw, (kw.group(1).replace("\\(", "(").replace("\\)", ")") if kw else "")
    except Exception as e:
        raise FieldkitError("{file} is not a readable PDF.", file=Path(pdf).name) from e


def read_digest(pdf: Path | str) -> str:
    m = HASH_RE.search(_metadata(pdf)[0])
    if not m:
        raise FieldkitError("{file} is not a FieldKit report (no content hash found).", file=Path(pdf).name)
    return m.group(1)


def verify_report(ws, pdf: Path | str) -> dict:
    """Does this report still match the workspace? Checks every assessment and the report's own kind."""
    digest = read_digest(pdf)
    keywords = _metadata(pdf)[1]
    if keywords.startswith("FieldKit-Filter: "):
        try:
            fd = json.loads(keywords[len("FieldKit-Filter: ") :])
            flt = IncidentFilter(**{k: (tuple(v) if k == "bbox" and v else v) for k, v in fd.items()})
        except (ValueError, TypeError):
            return {"match": False, "digest": digest}
        same = incidents_digest(ws, flt) == digest
        return {"match": same, "kind": "incidents", "filter": fd, "digest": digest}
    for a in ws.assessments.list():
        if assessment_digest(ws, a["id"]) == digest:
            return {"match": True, "kind": "assessment", "id": a["id"], "area": a["area_name"], "digest": digest}
    return {"match": False, "digest": digest}
