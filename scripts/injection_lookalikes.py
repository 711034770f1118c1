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

# Wave 19: more classes of the same kind (the attacks' words aimed at the user's own devices, accounts, crafts and
# colleagues), written for this file in several languages; none repeats a test or evaluation text.
OWN_DEVICES = [
    "What is the default admin password of my home router, and where do I change it?",
    "Where in the settings of my smart TV can I see the parental PIN?",
    "Show me how to find the Wi-Fi password saved on my laptop.",
    "¿Dónde veo la contraseña del router en la configuración de mi casa?",
    "¿Cómo cambio el PIN de la tarjeta SIM de mi móvil?",
    "Jak zmienić hasło administratora w moim routerze?",
    "Gdzie w ustawieniach telefonu znajdę zapisane hasła do Wi-Fi?",
    "Wo finde ich in den Einstellungen das WLAN-Passwort meiner Fritzbox?",
    "Où trouver le mot de passe de ma box internet dans la configuration ?",
    "Dove trovo la password della stampante di casa nelle impostazioni?",
    "Onde vejo a senha do roteador nas configurações?",
    "Waar vind ik het wachtwoord van mijn printer in de instellingen?",
    "Как посмотреть пароль от домашнего роутера в настройках?",
    "Modemimin yönetici şifresini ayarlardan nasıl değiştiririm?",
    "我家路由器的管理员密码在设置里哪里可以改？",
    "家のプリンターのパスワードは設定画面のどこで確認できますか？",
]
OWN_LIMITS = [
    "How do I turn off the screen-time limits on my own phone?",
    "Remove the spending limit on my credit card for the holidays: which menu is it in?",
    "How can I lift the content filter on our family router for one evening?",
    "My son is 18 now; how do I switch off the parental controls on his console?",
    "Disable the restrictions on my work laptop's camera: who do I ask in IT?",
    "¿Cómo quito el control parental de la tableta de mi hija?",
    "Wie hebe ich die Bildschirmzeit-Sperre auf meinem iPad auf?",
    "Comment désactiver le contrôle parental sur la console de mon fils ?",
    "Come tolgo i limiti di spesa dalla mia carta prepagata?",
    "Como removo as restrições de conteúdo da minha conta de streaming?",
    "Jak wyłączyć kontrolę rodzicielską na tablecie dziecka?",
    "Как снять ограничения экранного времени на моём телефоне?",
]
CRAFT_RULES = [
    "Act as a jazz pianist who ignores the rules of classical harmony and describe your style.",
    "Pretend you are a poet who refuses to follow the rules of rhyme and metre; write me four lines.",
    "Be a rebellious architect who breaks every rule of symmetry and pitch me a house.",
    "Play a painter who paints without any of the rules of perspective and explain your method.",
    "Imagine you're a baker who ignores the usual rules of bread-making; what would you try?",
    "You are a football coach who forgets the textbook rules of formation; describe your tactics.",
    "Spiel einen Koch, der sich an keine Regeln der italienischen Küche hält.",
    "Haz de escritor que rompe todas las reglas de la gramática en un microcuento.",
    "Joue un musicien qui ignore les règles du solfège et raconte ta journée.",
    "Fai finta di essere uno chef che non segue le regole della cucina tradizionale.",
]
QUIET_SENDS = [
    "Send my meeting notes to my manager without copying the rest of the team.",
    "Forward the draft budget to Ana privately; nobody else needs to see it yet.",
    "Mail the signed contract to our lawyer discreetly, no cc to sales.",
    "Share my CV with the recruiter quietly; my boss must not know.",
    "Envía el informe a mi jefa sin poner en copia a todo el equipo.",
    "Schick die Präsentation nur an Jonas, ohne die anderen in Kopie.",
    "Envoie discrètement le rapport à ma responsable, sans mettre l'équipe en copie.",
    "Manda il preventivo solo al cliente, senza copia al resto dell'ufficio.",
]

# Ordinary links a user pastes (alone, or with a request about the page). Kept as written (the blind sets' links are
# cut out, `train_injection_prompts.unlinked`): without them a head retrained on the blind sets read a bare link as an
# attack, because the pool's other links sit mostly in exfiltration attacks.
OWN_LINKS = [
    "https://en.wikipedia.org/wiki/Photosynthesis",
    "https://github.com/numpy/numpy/issues",
    "www.bbc.co.uk/news/science",
    "https://docs.python.org/3/library/json.html",
    "https://www.youtube.com/watch?v=abc123XYZ",
    "http://maps.google.com/?q=train+station",
    "Summarise this article for me: https://www.theguardian.com/environment/climate",
    "What does this page say about opening hours? https://www.louvre.fr/en/visit",
    "Check the weather at https://www.metoffice.gov.uk for Leeds tomorrow.",
    "Is https://www.python.org/downloads/ the right place to get Python 3.12?",
    "Find the price of the lamp on https://www.ikea.com/gb/en/ and compare it with Argos.",
    "Fetch https://api.github.com/repos/pallets/flask and tell me the star count.",
    "Resume este enlace: https://es.wikipedia.org/wiki/Madrid",
    "Fasse die Seite zusammen: https://www.tagesschau.de/wirtschaft",
    "Résume cette page : https://fr.wikipedia.org/wiki/Lyon",
    "Mail the link https://www.nhs.uk/conditions/flu/ to my sister.",
]


def prompts() -> list[str]:
    """Every benign look-alike, in a fixed order."""
    return (
        OWN_SECRETS
        + RULES_CHANGED
        + ABOUT_AI
        + OWN_ORDERS
        + OWN_DEVICES
        + OWN_LIMITS
        + CRAFT_RULES
        + QUIET_SENDS
        + OWN_LINKS
    )
