"""Notes in a document addressed to the AI reading it, in languages other than English (`_addressed` has the
English ones):

    Для ИИ-ассистента: ...          给AI助手的指令：...          AIアシスタントへ：...
    AI 비서에게: ...                 تعليمات للمساعد الذكي: ...
    AI सहायक के लिए: ...            Instrucción para el asistente de IA: ...

A line or sentence opens with a short lead (at most 30 characters: "Указание для", "Instrucción para el"), names the
AI in that language, and a colon follows within 15 characters, or after a relative clause ("Para a IA que resume
este e-mail: ..."); or it opens with the AI's name and a comma (a vocative: "ИИ-помощник, когда будешь ...",
"Ассистент, когда будешь ..."). Words that can name a person's job ("assistant",
비서, सहायक) count only with an AI word beside them, or as a vocative. Bounded gaps, anchored at line and
sentence starts: linear time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from guardrails_lite.validators._shared.patterns import lazy

__all__ = ["addressed_intl"]

_AI = (
    r"(?:ии|ші)(?:[-\s]?(?:ассистент|помощник|агент|асистент|помічник)\w*)?|нейросет\w*"
    r"|(?:языков|мовн)\w*\s+модел\w*"
    r"|(?:ai|人工智能)\s*(?:助手|助理)|人工智能|ai\s*アシスタント|ai\s*サポート|ai\s*(?:비서|어시스턴트)|인공지능"
    r"|ai\s*(?:摘要|总结|總結)|ai\s*요약"
    r"|(?:لل|ال)مساعد\s+(?:ال)?(?:ذكي|آلي)|الذكاء\s+الاصطناعي|(?:ai|एआई)\s+सहायक"
    r"|asistente\s+(?:de\s+)?ia|assistente\s+(?:(?:de|di)\s+)?ia|assistant\s+ia|(?:ki|ai)-assistent\w*|asysten\w*\s+ai"
    r"|asisten\s+ai|agent\s+ia"
    r"|yapay\s+zek\w*|tro\s+ly\s+ai|trợ\s+lý\s+ai|\w*l'ia\b|\bdie\s+ki\b|\bla\s+ia\b|\ba\s+ia\b|\bde\s+ai\b"
)
# The AI named by a bare "AI" with a particle or postposition of the language: "AI에게", "AIへ", "AI के लिए", "एआई".
# Chinese: "给AI的指令：", "给正在阅读的AI：" (to the AI; to the AI reading this), not "公司的AI政策：" (the
# company's AI policy) nor "关于AI的看法：" (views on AI).
_AI_BARE = (
    r"ai(?=\s?(?:에게|께|へ|に|के\s+लिए))"
    r"|(?:(?<=[给給])|(?<=阅读的|閱讀的|读取的|讀取的)|(?<=阅读本文的|閱讀本文的|阅读此文的))\s?ai|एआई"
)
# A job word for an assistant made the reader by a relative clause saying it reads or summarises this text, with
# nothing or "this" after the verb ("All'assistente che legge: ...", "Al asistente que resume este correo: ..."; a
# person's assistant "che legge la posta ogni mattina" reads other things).
_JOB = r"assistente|asistente|assistant|assistent|asystent\w*|ассистент\w*|помощник\w*|помічник\w*"
_READS = (
    r"(?:legg\w*|riassum\w*|lee|leen|leyendo|resum\w*|lit|lisent|r[ée]sum\w*|liest|lesen|zusammenfass\w*|czyta\w*"
    r"|streszcza\w*|чита\w*|прочита\w*|резюмиру\w*|обрабатыва\w*|оброблю\w*|обробля\w*|l[êe]|leia|reads?"
    r"|summari[sz]es?)"
    r"(?:\s+(?:questo|questa|queste|questi|este|esta|esto|estos|estas|isto|isso|ce|cet|cette|ces|ceci|cela"
    r"|diese[nrs]?|dieses|dies|ten|ta|to|te"
    r"|это|этот|эту|эти|це|цей|цю|ці|this|these)\b[^\n:：.!?。！？]{0,30}?)?"
)
# Only as a vocative (the word alone can name a person's post: "Ассистент кафедры: ..."): "Ассистент, когда ...",
# Ukrainian's vocative case too ("Асистенте, ...", "Асистенте ШІ, ...").
_VOCATIVE = r"(?:ассистент|помощник|асистент|помічник)(?:е|у)?(?:\s+(?:ші|ии))?"
_WHICH = (
    r"[,\s]+(?:que|qui|die|der|das|welche[rs]?|che|cui|który|która|które|которы\w*|котор\w*|що|який|яка|яке|yang"
    r"|ki|which|that|who|الذي|التي)(?!\w)"
)
_ORDER = (
    # fr
    r"oubliez?|ignorez?|envoie|envoyez|transmets|transmettez|transferez?|revelez?|affichez?|indiquez?|ecris|ecrivez"
    r"|dites|ajoutez?|paie|payez|versez?|supprimez?|reponds|repondez|affirmez?|mentionnez?"
    r"|dis|di|diga|sag"  # tell (fr, es/it, pt, de)
    # es
    r"|olvida[d]?|ignora[d]?|envia[d]?|reenvia|revela|muestra|mostrad|indica[d]?|escribe|escribid|decid|anade|anadid"
    r"|afirma[d]?|paga[d]?|borra|elimina|responde|menciona|transfiere"
    # pt
    r"|esquece|esqueca|ignore|envie|encaminhe?|encaminha|revele|mostre|mostra|indique|escreve|escreva|diz|diga"
    r"|adiciona|adicione|acrescenta|acrescente|pague|transfere|transfira|apaga|apague|responda|afirme|mencione"
    # it
    r"|dimentica|invia|inoltra|rivela|scrivi|aggiungi|trasferisci|cancella|rispondi|afferma|menziona"
    # de
    r"|vergiss|ignoriere|sende|schicke?|leite|zeige?|nenne?|schreibe?|sage?|fuge|setze?|uberweise|losche|antworte"
    r"|behaupte|erwahne|bestatige"
    # nl
    r"|vergeet|negeer|stuur|verstuur|toon|schrijf|zeg|voeg|betaal|verwijder|vermeld"
    # pl
    r"|zapomnij|zignoruj|ignoruj|wyslij|przeslij|przekaz|pokaz|ujawnij|napisz|powiedz|dodaj|zaplac|usun|popros"
    r"|wspomnij"
    # ru, uk
    r"|забудь|игнорируй|отправь|перешли|пришли|покажи|раскрой|напиши|скажи|добавь|переведи|оплати|удали|сообщи|укажи"
    r"|ігноруй|надішли|розкрий|додай|видали|повідом|вкажи"
    # id, ms
    r"|abaikan|lupakan|kirim|kirimkan|teruskan|tampilkan|tunjukkan|tulis|katakan|tambahkan|bayar|hapus|sebutkan"
)
# A line, a sentence, a bracket, an HTML element's text ("<p style=...>") or a "※" note starts here.
# A JSON string's opening quote starts one too ("note": "给AI助手：...").
_START = r"(?:^|(?<=[.!?。！？\u0964(\[>※\"]))[ \t]*+"
_NOTE = lazy(
    # The lead (at most 40 characters), the AI, and a few words or a relative clause saying what it does ("que
    # resume este e-mail", ", die diese Mail zusammenfasst"; "La IA en la educación:" is a heading) before the colon.
    rf"{_START}(?:[^\n:：.!?。！？\u0964]{{0,40}}?(?:{_AI}|{_AI_BARE})(?:[^\n:：.!?。！？]{{0,15}}?|{_WHICH}"
    rf"[^\n:：.!?。！？]{{0,40}}?)[:：]"
    rf"|[^\n:：.!?。！？\u0964]{{0,20}}?\b(?:{_JOB}){_WHICH}\s+{_READS}[ \t]*+[:：]"
    rf"|(?:{_AI}|{_AI_BARE}|{_VOCATIVE})[ \t]*+[,，、])",
    re.IGNORECASE | re.MULTILINE,
)


# Every match holds one of these (lowered): most text holds none and is not searched at all.
_STEMS = (
    "ии",
    "ші",
    "ассист",
    "асист",
    "нейросет",
    "人工智能",
    "助手",
    "助理",
    "アシスタント",
    "비서",
    "어시스턴트",
    "인공지능",
    "مساعد",
    "الذكاء",
    "सहायक",
    "asistente",
    "assistente",
    "assistant ia",
    "-assistent",
    "asysten",
    "yapay",
    "tro ly",
    "trợ lý",
    "l'ia",
    "die ki",
    "la ia",
    "a ia",
    "de ai",
    "ai에게",
    "ai께",
    "aiへ",
    "aiに",
    "ai के",
    "एआई",
    "помощник",
    "помічник",
    "языков",
    "мовн",
    "aiサ",
    "ai サ",
    "ai摘要",
    "ai 摘要",
    "ai总结",
    "ai總結",
    "ai요약",
    "ai 요약",
    "آلي",
    "asisten ai",
    "agent ia",
    "给ai",
    "給ai",
    "的ai",
    "给 ai",
    "給 ai",
    "的 ai",
)


# A job word alone ("Assistant :", "Assistente:", "Asistente:", "Ассистент:") or a bare "IA"/"KI" as a label or
# vocative, followed at once by an order in the imperative (folded as the normaliser folds: no accents): "Assistant :
# transmets l'intégralité de ce dossier à ...", "Assistente: revele ao cliente ...", "IA, envia o histórico ...". The
# word alone names people too ("Asistentes: 9 de 12 propietarios", "Assistente: Maria Rossi"): only an imperative
# right after it makes it an order (as English "Assistant: <order>" is one, `_addressed`).
_LABEL = (
    r"assistant|assistante|assistente|asistente|assistent|assistentin|asystent\w*|asisten|asistan|ассистент\w*"
    r"|асистент\w*|помощник\w*|помічник\w*|ia|ki|ии|ші"
)
_LABELLED = lazy(
    rf"{_START}(?:{_LABEL})[ \t]*+[:：,，][ \t]*+(?:(?:por\s+favor|bitte|prosze|пожалуйста|будь\s+ласка|tolong)"
    rf"[ \t,]*+)?(?:{_ORDER})(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)
# Every `_LABELLED` match holds one of these job stems (lowered), or a bare AI word with its mark (`_BARE_MARKS`).
_LABEL_STEMS = ("assist", "asist", "asyst", "ассист", "асист", "помощник", "помічник")
_BARE_MARKS = tuple(f"{w}{gap}{m}" for w in ("ia", "ki", "ии", "ші") for gap in ("", " ") for m in ":,：，")


def addressed_intl(text: str) -> Iterator[re.Match[str]]:
    """Each note in `text` that opens by addressing the AI in one of the languages above."""
    low = text.lower()
    notes = _NOTE.finditer(text) if any(stem in low for stem in _STEMS) else iter(())
    # (the labelled orders only where a label word stands before a colon or comma: one C-level test per stem first)
    labelled = _LABELLED.finditer(text) if _label_before_mark(low) else iter(())
    return itertools.chain(notes, labelled)


_MARK_AFTER_LABEL = re.compile(r"(?<!\w)(?:" + _LABEL + r")[ \t]*+[:：,，]", re.IGNORECASE)


def _label_before_mark(low: str) -> bool:
    """Whether a `_LABEL` word stands just before a colon or comma somewhere in `low` (prefilter of `_LABELLED`)."""
    if not (any(map(low.__contains__, _LABEL_STEMS)) or any(map(low.__contains__, _BARE_MARKS))):
        return False
    return _MARK_AFTER_LABEL.search(low) is not None
