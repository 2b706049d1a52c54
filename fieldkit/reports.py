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
        "marking": "Diffusion",
        "summary": "Synthèse",
        "level": "Niveau de menace",
        "score": "Score de menace",
        "completeness": "Complétude",
        "coverage": "Couverture",
        "confidence": "Confiance",
        "with_evidence": "Réponses appuyées par des preuves",
        "why": "Pourquoi ce niveau",
        "sections": "Sections",
        "section": "Section",
        "answer": "Réponse",
        "note": "Note",
        "evidence": "Preuves",
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


def _numbered_canvas(footer_text: str, marking: str, digest: str, lang: str, font: str):
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
            self.saveState()
            self.setFont(font, 7.5)
            self.setFillColor(colors.HexColor("#c92a2a"))
            self.drawCentredString(w / 2, h - 1.0 * cm, marking)
            self.drawCentredString(w / 2, 1.25 * cm, marking)
            self.setFillColor(colors.HexColor("#495057"))
            page = L[lang]["page"].format(x=self._pageNumber, y=total)
            if languages.is_rtl(lang):  # mirrored: the title on the right, the page number on the left
                v = pdftext.visual
                self.drawRightString(w - 1.5 * cm, 0.8 * cm, v(footer_text[:90]))
                self.drawString(1.5 * cm, 0.8 * cm, v(page))
                self.drawRightString(w - 1.5 * cm, 0.45 * cm, v(f"{L[lang]['hash']}: {digest}"))
            else:
                self.drawString(1.5 * cm, 0.8 * cm, footer_text[:90])
                self.drawRightString(w - 1.5 * cm, 0.8 * cm, page)
                self.drawString(1.5 * cm, 0.45 * cm, f"{L[lang]['hash']}: {digest}")
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
    points = [(r["lat"], r["lon"], r["severity"]) for r in rows if r["lat"] is not None and r["lon"] is not None]
    out = [map_drawing(points, bbox, font=st["regular"])]
    if len(points) < len(rows):
        out.append(p(t["unplaced"].format(n=len(rows) - len(points)), st["small"]))
    return out


def map_drawing(
    points: list[tuple[float, float, int]], bbox=None, width=17 * cm, height=10 * cm, font="Helvetica"
) -> Drawing:
    """Equirectangular vector map: Natural Earth outlines clipped to the view, incidents coloured by severity."""
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
    sx, sy = width / (max_lon - min_lon), height / (max_lat - min_lat)
    s = min(sx, sy)
    ox, oy = (width - s * (max_lon - min_lon)) / 2, (height - s * (max_lat - min_lat)) / 2

    def xy(lon, lat):
        return ox + (lon - min_lon) * s, oy + (lat - min_lat) * s

    d = Drawing(width, height)
    d.add(
        Rect(
            0,
            0,
            width,
            height,
            fillColor=colors.HexColor("#d0ebff"),
            strokeColor=colors.HexColor("#868e96"),
            strokeWidth=0.5,
        )
    )
    for f in _basemap()["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for poly in polys:
            ring = poly[0]
            lo = [c[0] for c in ring]
            la = [c[1] for c in ring]
            if max(lo) < min_lon or min(lo) > max_lon or max(la) < min_lat or min(la) > max_lat:
                continue
            pts = []
            for lon, lat in ring:
                x, y = xy(max(min_lon, min(max_lon, lon)), max(min_lat, min(max_lat, lat)))
                pts += [x, y]
            d.add(
                Polygon(
                    pts, fillColor=colors.HexColor("#f8f9fa"), strokeColor=colors.HexColor("#868e96"), strokeWidth=0.4
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
    for i, (sev, colour) in enumerate(SEVERITY_COLOURS.items()):
        d.add(Circle(8 + i * 26, 8, 3, fillColor=colors.HexColor(colour), strokeColor=colors.black, strokeWidth=0.3))
        d.add(String(13 + i * 26, 5, str(sev), fontName=font, fontSize=7))
    d.add(
        String(
            width - 4,
            4,
            "Natural Earth",
            fontName=font,
            fontSize=6,
            textAnchor="end",
            fillColor=colors.HexColor("#495057"),
        )
    )
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
                p(u(r["title"][:140]), st["cell"]),
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


def assessment_report(ws, aid: str, out: Path | str, *, marking: str | None = None, lang: str | None = None) -> dict:
    a = ws.assessments.get(aid)
    lang = lang or a["language"] or "en"
    lang = lang if lang in L else "en"
    t = L[lang]
    marking = marking or ws.settings.get("marking") or "UN RESTRICTED"
    st = _styles(lang)
    u = pdftext.isolate if st["rtl"] else str  # a user's text inside a right-to-left sentence keeps its direction
    checklist = ws.assessments.checklist_of(a)
    summary = ws.assessments.summary(aid, lang)
    answers = ws.assessments.answers(aid)
    evidence = ws.assessments.evidence_incidents(answers)
    o = summary["overall"]
    digest = assessment_digest(ws, aid)
    insufficient = bool(o.get("marking"))
    page_marking = f"{marking} · {t['insufficient_marking']}" if insufficient else marking
    story = [
        Spacer(1, 3 * cm),
        p(marking, st["marking"]),
        *([p(t["insufficient_marking"], st["marking"])] if insufficient else []),
        Spacer(1, 1 * cm),
        p(t["report"], st["h1"]),
        p(u(a["area_name"]), st["h2"]),
    ]
    cover = [
        [t["area"], u(a["area_name"])],
        [t["period"], f"{a['period_start']} – {a['period_end']}"],
        [t["assessor"], u(a["assessor"] or "—")],
        [t["checklist"], u(f"{text_of(checklist.title, lang)} ({checklist.version})")],
        [t["status"], (t["final"] + " " + u(f"(v{a['version']})")) if a["status"] == "final" else t["draft"]],
        [t["marking"], u(page_marking)],
        [t["generated"], u(ws.clock.now().strftime("%Y-%m-%d %H:%M UTC"))],
    ]
    cover_rows = [[p(k, st["body"]), p(v, st["body"])] for k, v in cover]
    story.append(
        Table(
            [r[::-1] for r in cover_rows] if st["rtl"] else cover_rows,
            colWidths=[12 * cm, 4 * cm] if st["rtl"] else [4 * cm, 12 * cm],
            style=[("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dee2e6"))],
        )
    )
    story += [PageBreak(), p(t["summary"], st["h2"])]
    if insufficient:
        story.append(p(t["insufficient_marking"], st["marking"]))
    level = o["level"]
    score_text = f"{o['score'] if o['score'] is not None else '—'}/10"
    if st["rtl"]:  # plain text (no markup right to left), in the level's colour
        line = f"{t['level']}: {t.get(level, level).upper()}  {t['score']}: {score_text}"
        story.append(pdftext.RTLParagraph(line, st["h3"], colour=colors.HexColor(LEVEL_COLOURS.get(level, "#000"))))
    else:
        story.append(
            Paragraph(
                f"{escape(t['level'])}: <font color='{LEVEL_COLOURS.get(level, '#000')}'>"
                f"<b>{escape(t.get(level, level).upper())}</b></font>"
                f" &nbsp; {escape(t['score'])}: {score_text}",
                st["h3"],
            )
        )
    story.append(
        p(
            f"{t['completeness']}: {o['completeness']:.0%} · {t['coverage']}: {o['coverage']:.0%} · {t['confidence']}: "
            f"{t.get(o['confidence'], o['confidence'])} · {t['with_evidence']}: {o['with_evidence']}",
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
            story.append(p(f"• {u(w.get('finding') or t['tripwire'])} ({floor}): {u(w['text'])}", st["body"]))
        else:
            score = u("({:.0f}/4)".format(w["score"]))
            story.append(p(f"• {u(w['question'])} {u(w['text'])} → {u(w['answer'])} {score}", st["body"]))
    if o.get("evidence_flags"):
        story.append(p(t["flagged"], st["h3"]))
        for f in o["evidence_flags"]:
            why_not = ", ".join(t.get(x, x) for x in f["flags"])
            story.append(
                p(
                    f"• {u(f['title'])} ("
                    + t["flag_where"].format(
                        grade=f["grade"] or "?",
                        date=(f["occurred_at"] or "?")[:10],
                        questions=", ".join(f["questions"]),
                    )
                    + f"): {why_not}",
                    st["body"],
                )
            )
    if o.get("finalise_problems"):
        story.append(p(t["not_ready"], st["h3"]))
        for pr in o["finalise_problems"]:
            if pr["code"] == "coverage":
                line = t["coverage_short"].format(cov=f"{pr['coverage']:.0%}", min=f"{pr['min']:.0%}")
            else:
                line = t[pr["code"]].format(ids=", ".join(pr.get("questions") or []))
            story.append(p(f"• {line}", st["body"]))
    story.append(Spacer(1, 4))
    story.append(p(t["caveat"], st["small"]))
    story.append(p(t["rule_label"], st["small"]))
    # sections
    for s_sum, section in zip(summary["sections"], checklist.sections, strict=False):
        story += [
            PageBreak() if section is checklist.sections[0] else Spacer(1, 8),
            p(text_of(section.title, lang), st["h2"]),
        ]
        score = s_sum["score"] if s_sum["kind"] == "threat" else s_sum["resilience"]
        if s_sum["kind"] != "info":
            story.append(
                p(
                    f"{t['score'] if s_sum['kind'] == 'threat' else t['resilience']}: "
                    f"{score if score is not None else t['insufficient']} · {t['coverage']}: {s_sum['coverage']:.0%} · "
                    f"{t['confidence']}: {t.get(s_sum['confidence'], s_sum['confidence'])}",
                    st["small"],
                )
            )
        for q in section.questions:
            ans = answers.get(q.id)
            if ans is None:
                continue
            block = [
                p(f"{u(q.id)}. {u(text_of(q.text, lang))}", st["h3"]),
                p(f"{t['answer']}: {u(q.display(ans['value'], lang))}", st["body"]),
            ]
            if ans["note"]:
                block.append(p(f"{t['note']}: {u(ans['note'])}", st["body"]))
            for iid in ans["evidence"]:
                inc = evidence.get(iid)
                if inc:
                    block.append(
                        p(
                            f"{t['evidence']}: {inc['occurred_at'][:10]} · {u(inc['place'])} · "
                            f"{ws.vocab.label('incident_category', inc['category'], lang)} · {u(inc['title'][:90])}",
                            st["small"],
                        )
                    )
            story.append(KeepTogether(block))
    # map and annex
    flt = _incident_filter_for(a)
    rows = (
        ws.incidents.search(flt, sort="occurred_at", descending=False)
        if a["area_bbox"]
        else [ws.incidents.get(i, with_attachments=False) for i in evidence]
    )
    story += [
        PageBreak(),
        p(t["map"], st["h2"]),
        *_map_of(rows, a["area_bbox"], t, st),
        Spacer(1, 10),
        p(t["annex"], st["h2"]),
        p(f"{t['count']}: {len(rows)}", st["small"]),
        _annex_table(ws, rows, lang, st),
    ]
    _build(
        out,
        story,
        f"FieldKit — {a['area_name']} — {a['period_start']}/{a['period_end']}",
        page_marking,
        digest,
        lang,
        st,
        title=f"{t['report']}: {a['area_name']}",
    )
    return {"path": str(out), "digest": digest, "incidents": len(rows), "insufficient": insufficient}


def incidents_report(ws, flt: IncidentFilter, out: Path | str, *, marking: str | None = None, lang: str = "en") -> dict:
    lang = lang if lang in L else "en"
    t = L[lang]
    marking = marking or ws.settings.get("marking") or "UN RESTRICTED"
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


def _build(out, story, footer, marking, digest, lang, st, title, keywords=""):
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
        doc.build(story, canvasmaker=_numbered_canvas(footer, marking, digest, lang, st["regular"]))
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
