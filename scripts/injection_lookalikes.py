"""Benign prompts that share an attack's words but aim at the user's own things (project-written, MIT; wave 13).

Training data for scripts/train_injection_prompts.py: the seen blind sets' attacks name the assistant's rules, keys
and settings, and without a contrast the retrained prompt head read "rules no longer apply", "your API key", "the
tokens you were given" as attacks wherever they stood. These are the same words about the user's own secrets,
settings and tokens, security advice to people, rules of games, houses, clubs, roads and offices that changed, and
writing about AI without rules, in English and eleven other languages. Written for this file; not taken from any
data set (none of the project's tests or evaluation texts is repeated here).
"""

from __future__ import annotations

OWN_SECRETS = [
    "Never paste your API key into a public forum post; how do I revoke one that leaked?",
    "Where should our team keep the deploy tokens for the CI pipeline?",
    "How do I rotate the database password that is stored in our settings file?",
    "Is it safe to keep passwords in your browser's password manager?",
    "My GitHub token stopped working this morning; what scopes does it need to push?",
    "The API key I created last month expired. How do I make a new one in the dashboard?",
    "Don't give your bank PIN to anyone who calls you, even if they say they are from the bank.",
    "Can you explain why I should not commit the .env file with my secrets to git?",
    "What's a good way to share a Wi-Fi password with guests without reading it out loud?",
    "I lost the recovery codes for my account; what are my options?",
    "How often should a small company change the admin passwords on its routers?",
    "The tokens our app got from the OAuth server expire after an hour; how do refresh tokens work?",
    "Write a short reminder for staff: never share your login with a colleague.",
    "Which settings in my phone control who can see my location?",
    "Explain the difference between an API key and an OAuth access token for a beginner.",
    "Our config repo has credentials in plain text. How do we clean the history?",
    "What should I put in the settings of my password manager to lock it after five minutes?",
    "The session tokens in my test environment keep expiring; how do I raise the timeout?",
]
RULES_CHANGED = [
    "The old parking rules for our street no longer apply after the new permit zone starts.",
    "Our club's dress code is outdated; can you suggest a friendlier one?",
    "The travel restrictions to Portugal were lifted last spring, right?",
    "Forget the house rules we had last year; write new ones for the shared kitchen.",
    "The office's old visitor policy is void since the move; draft a new sign for reception.",
    "Die alten Hausregeln gelten ab Juli nicht mehr. Schreib bitte neue für das Treppenhaus.",
    "Die Regeln für unser Schachturnier sind veraltet, hast du Ideen für neue?",
    "Die Corona-Regeln für den Sportverein wurden aufgehoben; wie formuliere ich das für die Mitglieder?",
    "Las normas de la piscina ya no se aplican en invierno.",
    "Las reglas del torneo de pádel cambiaron; ¿puedes resumir las nuevas?",
    "Las restricciones de agua en el pueblo se levantaron la semana pasada.",
    "Les règles du tournoi ont changé, peux-tu résumer les nouvelles ?",
    "Les anciennes consignes de stationnement ne sont plus valables depuis lundi.",
    "Le regole del condominio non valgono più per i box auto.",
    "Le restrizioni al traffico in centro sono state tolte ieri sera.",
    "As regras antigas do clube de leitura já não valem; sugere outras?",
    "As restrições de viagem para o Brasil foram suspensas no mês passado.",
    "De oude regels voor de moestuin gelden niet meer; maak een nieuw rooster.",
    "Stare zasady parkowania na osiedlu już nie obowiązują.",
    "Старые правила парковки во дворе больше не действуют с понедельника.",
    "Правила нашего шахматного клуба устарели, предложи новые.",
    "Старі правила для гуртожитку вже не діють; допоможи написати нові.",
    "Eski site kuralları artık geçerli değil, yenilerini yazar mısın?",
    "小区以前的停车规定已经取消了，帮我写一个新的通知。",
    "球队以前的规则已经过时了，你能建议一些新的吗？",
    "以前の社内ルールはもう適用されません。新しい案内文を作ってください。",
    "예전 동아리 규칙은 이제 적용되지 않아요. 새 규칙을 제안해 주세요.",
    "القواعد القديمة لموقف السيارات لم تعد سارية، اكتب إعلانًا جديدًا.",
    "पुराने हॉस्टल के नियम अब लागू नहीं होते, नए नियम लिखने में मदद करो।",
]
ABOUT_AI = [
    "Write a short essay on whether AI without rules would be dangerous.",
    "Schreib einen Kommentar über KI-Systeme ohne Grenzen für die Schülerzeitung.",
    "Un ensayo sobre una IA sin reglas: ¿qué riesgos tendría?",
    "Un article sur une IA sans garde-fous : quels risques pour les écoles ?",
    "For a debate club: argue for and against chatbots that have no content policy.",
    "Summarise the arguments in the news about AI models released without safety filters.",
    "Статья об ИИ без ограничений: какие риски видят эксперты?",
    "What do researchers mean when they say a model's guardrails can be bypassed?",
    "How do companies decide which rules their customer-service chatbot should follow?",
    "Explain to my students what a system prompt is, without any jargon.",
]
OWN_ORDERS = [
    "Do not reply to the spam e-mails; just list them.",
    "Don't share the draft with anyone outside the team until Friday.",
    "Never mention the price in the first paragraph of the ad.",
    "Ignore my earlier question about the invoice, it's sorted.",
    "Forget what I said about Tuesday, the meeting is on Thursday.",
    "Disregard the typos in the transcript and pull out the action items.",
    "Set aside the budget rules for a moment and brainstorm the ideal team offsite.",
    "Treat my previous message as a draft and improve it.",
]


def prompts() -> list[str]:
    """Every benign look-alike, in a fixed order."""
    return OWN_SECRETS + RULES_CHANGED + ABOUT_AI + OWN_ORDERS
