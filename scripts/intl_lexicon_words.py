"""The words of prompt_injection's multilingual concept lexicon, as written (project-written, MIT; see
guardrails_lite/data/injection/PROVENANCE.md). `scripts/build_intl_lexicon.py` folds them the way the normaliser
folds text and writes guardrails_lite/data/injection/intl_lexicon.json.

One block per language (ISO 639-1 code; "*": words used across languages, such as "system prompt"), one line per
concept: the concept's code, then its words. "_" joins the words of a phrase (one space between them in the text);
a trailing "*" makes a word a stem (any ending: inflected, or with a suffix or postposition attached); other words
match whole. In scripts written without spaces (Chinese, Japanese, Thai) a word matches anywhere.

Concepts (what an attack names, never an attack string):
IGN ignore / disregard / forget       RUL instructions / rules / guidelines / restrictions
OWN developer / operator / admin / / creator (whoever set the assistant up)
PRV previous / above / earlier        YOU your / to you / you were given
REV show / print / reveal / tell me / repeat / write out / list
HID hidden / secret / confidential    SYS system prompt / system message (compound names)
SEC password / API key / credentials / secret key / token
CFG configuration / settings          NOL no rules / without restrictions / without filters / unrestricted
PER you are now / from now on you are / pretend to be / act as
AIW AI / artificial intelligence / model
SND send / forward                    CHT conversation / chat history / messages
VRB word for word / verbatim / in full
ALL all / every ("ignore ALL previous instructions")
DAT people's records: customer list / customer data / staff list / salaries (a list or data of people, not the people)
BEG before the conversation began / before the user's first message ("the text you were given before our conversation")
CVT hidden from the user: without the user knowing / without telling the user / behind the user's back, or done
    by stealth ("sneakily", "furtively"); not "secret", "confidential", "quietly" or "discreetly": how people label
    sensitive data (review r19-s97-4)
CVS "without (that) the user ..." opening a clause (sin que el usuario, ohne dass der Nutzer, utan att
    användaren ...): hidden from the user only with a KNW word later in its clause ("sin que el usuario sepa nada",
    "utan att användaren märker något"); "sin que el usuario tenga que pedirla", "ohne dass der Nutzer sich neu
    anmelden muss" are conveniences (review r19-s97-5)
KNW know / notice / find out / see it / suspect (the verbs of a CVS clause that hide something)
MOD having to / needing to ("tenga que", "precise", "ait à", "muss", "behöver"): a CVS clause holding one is a
    convenience whatever verb follows ("uten at brukeren trenger å vite passordet"; review r20-s102-1)
"""

from __future__ import annotations

# ruff: noqa: E501 (word lists: one line per concept, however long its words make it)

WORDS: dict[str, str] = {
    "*": """
SYS system_prompt system-prompt systemprompt system_message system_instructions
SEC api_key api-key apikey api_token access_token
CFG config
AIW ai llm chatbot chatgpt
""",
    "es": """
IGN ignora* ignore ignoren ignores olvida* olvide* olvidate descarta* omite* desobedece* haz_caso_omiso no_hagas_caso
RUL instruccion* indicaciones norma normas regla reglas directriz directrices restriccion* pautas ordenes
OWN desarrollador* operador* administrador* creador* programador*
PRV anterior* previa previas previo previos precedente precedentes de_arriba
YOU tu tus te ti tuyo tuyas tuyos que_te_dieron que_recibiste
REV muestra* muestrame revela* imprime* dime dame escribe* repite* ensena* lista* enumera* mostrar revelar imprimir copia* pega*
HID oculta* oculto* secreta* secreto* confidencial*
SYS prompt_del_sistema prompt_de_sistema mensaje_del_sistema mensaje_de_sistema instrucciones_del_sistema instrucciones_de_sistema
SEC contrasena* clave_api clave_de_api clave_secreta credencial* token*
CFG configuracion* ajustes
NOL sin_reglas sin_restricciones sin_limites sin_filtros sin_censura sin_normas sin_ninguna_restriccion sin_ningun_filtro sin_ninguna_regla
PER ahora_eres a_partir_de_ahora_eres desde_ahora_eres finge_ser finge_que_eres actua_como eres_ahora
AIW ia inteligencia_artificial modelo asistente
SND envia* envie* reenvia* manda* mandale
CHT conversacion* historial chat mensajes correos
VRB palabra_por_palabra literalmente textualmente al_pie_de_la_letra integramente integro completo completa
ALL todas todos
DAT lista_de_clientes listado_de_clientes datos_de_clientes datos_de_los_clientes base_de_datos_de_clientes lista_de_empleados nomina* salarios lista_de_huespedes lista_de_pacientes telefonos_de_los_clientes
CVT sin_decirle_nada_al_usuario sin_decírselo_al_usuario sin_avisar_al_usuario sin_informar_al_usuario a_espaldas_del_usuario no_se_lo_digas_al_usuario no_le_digas_nada_al_usuario no_le_digas_al_usuario a_escondidas
CVS sin_que_el_usuario* sin_que_los_usuarios*
KNW sepa* sepan* saber* saberlo entere enteren enterarse enterarlo note noten notarlo de_cuenta den_cuenta sospech* descubr* averig* lo_vea la_vea lo_vean la_vean
MOD tenga_que tengan_que tenga_de tengan_de deba deban necesite necesiten precise precisen
BEG antes_de_nuestra_conversación antes_de_empezar_la_conversación antes_del_inicio_de_la_conversación antes_de_mi_primer_mensaje
""",
    "pt": """
IGN ignora* ignore ignorem esquece* esqueca* esqueça* descarta* desconsidera* desconsidere
RUL instrucao instrucoes instrução instruções orientac* regra regras norma normas diretriz* diretrizes restric* ordens
OWN desenvolvedor* programador* operador* administrador* criador*
PRV anterior* previa previas previo previos precedente precedentes acima
YOU tuas teus tua teu suas seus sua seu te voce lhe que_recebeste que_voce_recebeu que_usas que_utilizas que_voce_usa
REV mostra* mostre* revela* revele* imprime* imprima* diz-me diga* dize escreve* escreva* repete* repita* lista* liste* exibe* exiba*
HID oculta* oculto* secreta* secreto* confidencia*
SYS prompt_do_sistema prompt_de_sistema mensagem_do_sistema mensagem_de_sistema instrucoes_do_sistema instrucoes_de_sistema
SEC senha* palavra-passe* palavra_passe chave_de_api chave_api chave_secreta credencia* token*
CFG configurac* definicoes
NOL sem_regras sem_restricoes sem_limites sem_filtros sem_censura sem_nenhuma_restricao sem_qualquer_restricao
PER agora_es agora_voce_e a_partir_de_agora_es a_partir_de_agora_voce_e finge_ser finja_ser finge_que_es age_como aja_como
AIW ia inteligencia_artificial modelo assistente
SND envia* envie* encaminha* encaminhe* manda* mande*
CHT conversa conversas historico mensagens emails chat
VRB palavra_por_palavra literalmente na_integra integralmente completo completa
ALL todas todos
DAT lista_de_clientes dados_dos_clientes dados_de_clientes lista_de_funcionarios salarios folha_de_pagamento lista_de_hospedes lista_de_pacientes
CVT sem_o_usuário_saber sem_o_utilizador_saber sem_avisar_o_usuário sem_avisar_o_utilizador sem_dizer_ao_usuário sem_dizer_ao_utilizador sem_informar_o_usuário sem_informar_o_utilizador não_diga_ao_usuário não_digas_ao_utilizador às_escondidas
CVS sem_que_o_usuário* sem_que_os_usuários* sem_que_o_utilizador* sem_que_os_utilizadores*
KNW saiba* saber sabendo perceba* perceber note* notar desconfi* descubr* suspeit* o_veja a_veja o_vejam a_vejam
MOD precise precisem tenha_que tenham_que tenha_de tenham_de deva devam necessite necessitem
BEG antes_da_nossa_conversa antes_do_início_da_conversa antes_da_minha_primeira_mensagem
""",
    "it": """
IGN ignora* ignori dimentica* dimentichi trascura* scorda* lascia_perdere non_considerare
RUL istruzion* indicazion* regola regole norme direttive restrizion* linee_guida ordini
OWN sviluppator* operator* amministrator* creator* programmator*
PRV precedent* sopra anterior*
YOU tue tuoi tua tuo ti che_hai_ricevuto che_ti_hanno_dato
REV mostra* rivela* stampa* dimmi scrivi* ripeti* elenca* svela* riporta* fammi_vedere
HID nascost* segret* riservat* confidenzial*
SYS prompt_di_sistema prompt_del_sistema messaggio_di_sistema messaggio_del_sistema istruzioni_di_sistema
SEC password chiave_api chiave_segreta credenzial* token*
CFG configurazion* impostazion*
NOL senza_regole senza_restrizioni senza_limiti senza_filtri senza_censura senza_alcuna_restrizione senza_alcun_filtro
PER ora_sei adesso_sei da_ora_sei da_adesso_sei d'ora_in_poi_sei fingi_di_essere fai_finta_di_essere comportati_come agisci_come
AIW ia intelligenza_artificiale modello assistente
SND invia* inoltra* manda* spedisci*
CHT conversazion* cronologia chat messaggi email
VRB parola_per_parola alla_lettera testualmente integralmente per_intero completo
ALL tutte tutti
DAT elenco_dei_clienti lista_dei_clienti lista_clienti dati_dei_clienti elenco_dei_dipendenti stipendi elenco_degli_ospiti
CVT senza_dirlo_all'utente senza_dire_nulla_all'utente senza_avvisare_l'utente senza_informare_l'utente all'insaputa_dell'utente non_dirlo_all'utente di_nascosto
CVS senza_che_l'utente* senza_che_gli_utenti*
KNW sappia* sapere saperlo accorg* noti notino notarlo sospett* scopr* venga_a_sapere lo_veda la_veda lo_vedano la_vedano
MOD debba debbano abbia_bisogno abbiano_bisogno sia_costretto sia_costretta siano_costretti
BEG prima_della_nostra_conversazione prima_dell'inizio_della_conversazione prima_del_mio_primo_messaggio
""",
    "fr": """
IGN ignore ignores ignorez oublie oublies oubliez neglige* fais_abstraction ne_tiens_pas_compte
RUL instruction* consigne* regle regles directive* restriction* ordres
OWN developpeur* operateur* administrateur* createur* concepteur*
PRV precedent* precedente* ci-dessus anterieur*
YOU tes ton ta te t'a t'ont vos votre qu'on_t'a
REV montre* affiche* revele* imprime* dis-moi donne-moi ecris* repete* liste* enumere* recopie* devoile*
HID cache* cachee* cachees secret* secrete* confidentiel*
SYS prompt_systeme prompt_du_systeme message_systeme message_du_systeme instructions_systeme instructions_du_systeme invite_systeme
SEC mot_de_passe mots_de_passe cle_api cle_d'api cle_secrete identifiant* jeton*
CFG configuration* parametres reglages
NOL sans_regles sans_restriction* sans_limite* sans_filtre* sans_censure sans_aucune_restriction sans_aucun_filtre
PER tu_es_maintenant desormais_tu_es a_partir_de_maintenant_tu_es fais_semblant_d'etre agis_comme joue_le_role
AIW ia intelligence_artificielle modele assistant
SND envoie* transfere* transmets* expedie*
CHT conversation* historique discussion* messages
VRB mot_pour_mot mot_a_mot textuellement integralement en_entier verbatim
ALL toutes tous
DAT liste_des_clients fichier_clients donnees_des_clients donnees_clients liste_des_employes salaires liste_des_patients
CVT à_l'insu_de_l'utilisateur sans_le_dire_à_l'utilisateur sans_rien_dire_à_l'utilisateur sans_prévenir_l'utilisateur sans_en_informer_l'utilisateur sans_informer_l'utilisateur ne_le_dis_pas_à_l'utilisateur ne_dis_rien_à_l'utilisateur en_cachette
CVS sans_que_l'utilisateur* sans_que_les_utilisateurs*
KNW sache sachent savoir aperçoive* apercevoir remarque* doute* découvre* rende_compte rendent_compte le_voie la_voie le_voient la_voient
MOD ait_à aient_à ait_besoin aient_besoin doive doivent soit_obligé soient_obligés
BEG qui_précède_notre_conversation précède_notre_conversation avant_notre_conversation avant_le_début_de_notre_conversation avant_le_début_de_la_conversation avant_mon_premier_message
""",
    "de": """
IGN ignorier* vergiss vergesst vergessen missachte* uberspring*
RUL anweisung* instruktion* regel regeln richtlinie* vorgabe* beschrankung* einschrankung* befehle
OWN entwickler* betreiber* administrator* admin* ersteller* programmierer*
PRV vorherig* bisherig* obige* vorige* fruhere*
YOU deine* dein dir dich euch eure* ihnen ihre*
REV zeig* gib* nenn* verrat* druck* schreib* wiederhol* liste* offenbar* ausgeb* gib_aus
HID versteckt* geheim* verborgen* vertraulich*
SYS systemprompt* system-prompt* systemnachricht* systemanweisung* systemmeldung*
SEC passwort* kennwort* api-schlussel* api_schlussel* zugangsdaten geheimschlussel* token*
CFG konfiguration* einstellung*
NOL ohne_regeln ohne_einschrankungen ohne_beschrankungen ohne_filter ohne_zensur ohne_grenzen ohne_jegliche_einschrankung keine_regeln keine_einschrankungen
PER du_bist_jetzt du_bist_ab_jetzt ab_jetzt_bist_du ab_sofort_bist_du tu_so_als handle_als gib_dich_als
AIW ki kunstliche_intelligenz modell assistent
SND schick* sende* leite* weiterleit*
CHT gesprach* verlauf* chat* nachrichten unterhaltung*
VRB wortlich wort_fur_wort vollstandig komplett
ALL alle allen
DAT kundenlist* kundendaten* kundenkartei* kundenregist* mitarbeiterlist* gehaltslist* gehälter gehaelter patientendaten* patientenlist*
CVT ohne_es_dem_nutzer_zu_sagen ohne_es_dem_benutzer_zu_sagen ohne_den_nutzer_zu_informieren ohne_den_benutzer_zu_informieren sag_dem_nutzer_nichts sage_dem_nutzer_nichts sag_dem_benutzer_nichts hinter_dem_rücken_des_nutzers
CVS ohne_dass_der_nutzer* ohne_dass_der_benutzer* ohne_dass_die_nutzer* ohne_dass_die_benutzer*
KNW merkt merken bemerkt weiß wissen erfährt erfahren mitbekommt mitbekommen ahnt ahnen es_sieht das_sieht
MOD muss müssen musste mussten brauch*
BEG vor_unserem_gespräch vor_beginn_unseres_gesprächs vor_beginn_des_gesprächs vor_meiner_ersten_nachricht vor_unserer_unterhaltung
""",
    "nl": """
IGN negeer vergeet veronachtzaam sla_over
RUL instructie* aanwijzing* regels richtlijn* beperking* opdrachten
OWN ontwikkelaar* beheerder* operator* maker* administrator*
PRV vorige eerdere bovenstaande
YOU je jouw jou u uw
REV toon* laat_zien geef* vertel* print* schrijf* herhaal* onthul* noem*
HID verborgen geheim* vertrouwelijk*
SYS systeemprompt* systeembericht* systeeminstructie*
SEC wachtwoord* api-sleutel* api_sleutel* inloggegevens geheime_sleutel token*
CFG configuratie* instellingen
NOL zonder_regels zonder_beperkingen zonder_filters zonder_grenzen zonder_censuur geen_regels geen_beperkingen
PER je_bent_nu vanaf_nu_ben_je doe_alsof gedraag_je_als speel_de_rol
AIW ai kunstmatige_intelligentie model assistent
SND stuur* verstuur* doorsturen mail*
CHT gesprek* chatgeschiedenis berichten conversatie*
VRB woord_voor_woord letterlijk volledig
ALL alle
DAT klantenlijst* klantgegevens* klantenbestand* salarissen personeelslijst*
CVT zonder_het_de_gebruiker_te_vertellen zonder_de_gebruiker_te_informeren vertel_het_de_gebruiker_niet stiekem
CVS zonder_dat_de_gebruiker* zonder_dat_gebruikers*
KNW merkt merken weet weten doorheeft doorhebben vermoedt ontdekt het_ziet het_zien
MOD hoeft hoeven moet moeten
BEG voor_ons_gesprek voor_het_begin_van_het_gesprek voor_mijn_eerste_bericht
""",
    "af": """
IGN ignoreer* vergeet* verontagsaam*
RUL instruksie* reels riglyn* beperking* opdragte
OWN ontwikkelaar* operateur* administrateur*
PRV vorige bogenoemde
YOU jou jy u
REV wys* toon* vertel* druk* skryf* herhaal* openbaar*
HID versteek* geheim* vertroulik*
SYS stelselprompt* stelselboodskap*
SEC wagwoord* api-sleutel* geheime_sleutel
CFG konfigurasie* instellings
NOL sonder_reels sonder_beperkings sonder_filters geen_reels geen_beperkings
PER jy_is_nou van_nou_af_is_jy maak_asof tree_op_as
AIW ki kunsmatige_intelligensie model
SND stuur* aanstuur
CHT gesprek* boodskappe geskiedenis
VRB woord_vir_woord letterlik volledig
""",
    "da": """
IGN ignorer* glem* se_bort_fra
RUL instruktion* regler retningslinje* begrænsning* anvisning*
OWN udvikler* operatør* operator* administrator*
PRV tidligere foregaende ovenstaende
YOU din dine dit dig
REV vis* fortæl* print* skriv* gentag* afslør* udskriv* list*
HID skjult* hemmelig* fortrolig*
SYS systemprompt* systembesked*
SEC adgangskode* kodeord* api-nøgle* api_nøgle
CFG konfiguration* indstilling*
NOL uden_regler uden_begrænsninger uden_filtre ingen_regler ingen_begrænsninger
PER du_er_nu fra_nu_af_er_du lad_som opfør_dig_som
AIW ai kunstig_intelligens model
SND send* videresend*
CHT samtale* chathistorik* beskeder
VRB ordret ord_for_ord fuldstændig
ALL alle
DAT kundeliste* kundedata* lønninger kunderegist*
CVT uden_at_fortælle_brugeren sig_ikke_noget_til_brugeren
CVS uden_at_brugeren* uden_at_brugerne*
KNW vide opdager opdage mærker mærke bemærker aner ser_det ved_det ved_noget ved_af_det ved_om
MOD skal behøver behøve må
""",
    "no": """
IGN ignorer* glem* se_bort_fra
RUL instruksjon* regler retningslinje* begrensning* anvisning*
OWN utvikler* operatør* operator* administrator*
PRV tidligere forrige ovenstaende
YOU din dine ditt deg
REV vis* fortell* skriv* gjenta* avslør* list* print*
HID skjult* hemmelig* konfidensiell*
SYS systemprompt* systemmelding*
SEC passord* api-nøkkel* api_nøkkel
CFG konfigurasjon* innstilling*
NOL uten_regler uten_begrensninger uten_filtre ingen_regler ingen_begrensninger
PER du_er_na fra_na_av_er_du lat_som oppfør_deg_som
AIW ki kunstig_intelligens modell
SND send* videresend*
CHT samtale* chathistorikk* meldinger
VRB ordrett ord_for_ord fullstendig
ALL alle
DAT kundeliste* kundedata* lønninger kunderegist*
CVT uten_å_fortelle_brukeren ikke_si_det_til_brukeren
CVS uten_at_brukeren* uten_at_brukerne*
KNW vet vite merker merke oppdager oppdage aner legger_merke ser_det
MOD må trenger trenge behøver skal
""",
    "sv": """
IGN ignorera* glom* bortse_fran strunta_i
RUL instruktion* regler riktlinje* begransning* anvisning*
OWN utvecklar* operator* administrator* skapar*
PRV tidigare foregaende ovanstaende
YOU din dina ditt dig
REV visa* beratta* skriv* upprepa* avsloja* lista* printa*
HID dold* dolda hemlig* konfidentiell*
SYS systemprompt* systemmeddelande*
SEC losenord* api-nyckel* api_nyckel* hemlig_nyckel
CFG konfiguration* installning*
NOL utan_regler utan_begransningar utan_filter inga_regler inga_begransningar
PER du_ar_nu fran_och_med_nu_ar_du latsas_vara bete_dig_som agera_som
AIW ai artificiell_intelligens modell
SND skicka* vidarebefordra*
CHT konversation* chatthistorik* meddelanden samtal*
VRB ordagrant ord_for_ord fullstandigt
ALL alla
DAT kundregist* kundlist* kunddata* löner loner personallist* patientlist*
CVT utan_att_berätta_för_användaren säg_inget_till_användaren
CVS utan_att_användaren* utan_att_användarna*
KNW vet veta märker märka upptäcker upptäcka anar får_veta ser_det
MOD behöver behöva måste
""",
    "is": """
IGN hunsa* gleym* gleymdu hundsa*
RUL fyrirmael* reglu* reglum leiðbeining* leidbeining* takmork*
OWN forritar* stjornand*
PRV fyrri ofangreind*
YOU þin þinar þinum þig thin
REV syndu* segdu* skrifa* endurtak* birt*
HID falin* leyni* trunadar*
SYS kerfisbod* kerfisfyrirmael*
SEC lykilord* api-lykil*
CFG stillingar
NOL an_reglna engar_reglur an_takmarkana
PER thu_ert_nu nu_ertu lattu_sem
AIW gervigreind* likan*
SND sendu* afram*
CHT samtal* skilabod*
VRB ord_fyrir_ord
""",
    "fi": """
IGN ohita* unohda* sivuuta* jata_huomiotta
RUL ohje* saanno* saanto* rajoitu* rajoitteet* direktiiv* maarayk*
OWN kehittaj* operaattor* yllapitaj* luoja*
PRV aiemm* edelli* ylla_olev*
YOU sinun sinulle -si
REV nayta* kerro* tulosta* kirjoita* toista* paljasta* listaa* luettele*
HID piilo* salai* luottamuksellis*
SYS jarjestelmakehote* jarjestelmaviesti* jarjestelmaohje*
SEC salasana* api-avain* api_avain* tunnuks*
CFG asetuks* asetuksi* konfiguraatio*
NOL ilman_saantoja ilman_rajoituksia ilman_suodattimia ei_saantoja
PER olet_nyt nyt_olet tasta_lahtien_olet esita* toimi_kuin
AIW tekoaly* malli
SND laheta* valita*
CHT keskustelu* viesti* historia*
VRB sanasta_sanaan sanatarkasti kokonaan
ALL kaikki
""",
    "et": """
IGN ignoreeri* unusta* eira* jata_tahelepanuta
RUL juhis* juhend* reegl* piirang* korraldus*
OWN arendaja* operaator* administraator* looja*
PRV eelmis* varasem* ulaltood*
YOU sinu sulle sind teie
REV naita* ütle* utle* kirjuta* korda* avalda* prindi* loetle*
HID peidetud varja* salaja* salajas* konfidentsiaal*
SYS susteemiviip* susteemisonum* susteemi_juhis*
SEC parool* api-vot* salavoti*
CFG seadistus* seaded* konfiguratsioon*
NOL ilma_reegliteta ilma_piiranguteta ilma_filtriteta reegliteta piiranguteta
PER oled_nuud nuud_oled tee_nagu kaitu_nagu
AIW tehisintellekt* mudel*
SND saada* edasta*
CHT vestlus* sonum* ajalugu
VRB sona-sonalt sonasonalt taielikult
ALL kõik koik
""",
    "hu": """
IGN hagyd_figyelmen_kivul hagyja_figyelmen_kivul felejtsd* felejtse* ignorald* mellozd*
RUL utasitas* utmutat* szabaly* iranyelv* korlatoz* elo_irasok
OWN fejleszt* operator* uzemelte* adminisztrator*
PRV korabbi* elozo* fenti*
YOU -od -ed -aid -eid -id -ad neked teged a_te
REV mutasd* ird_ki irja_ki ird* ismeteld* fedd_fel mondd* sorold* nyomtasd*
HID rejtett* titkos* bizalmas*
SYS rendszerutasitas* rendszerprompt* rendszeruzenet*
SEC jelszo* jelszav* api-kulcs* api_kulcs* titkos_kulcs*
CFG beallitas* konfiguracio*
NOL szabalyok_nelkul korlatozasok_nelkul szurok_nelkul korlatok_nelkul nincsenek_szabalyaid
PER mostantol* most_te tegy_ugy viselkedj_ugy
AIW mesterseges_intelligencia modell*
SND kuldd* tovabbitsd*
CHT beszelgetes* uzenet* elozmeny*
VRB szo_szerint szorol_szora teljes_egeszeben
ALL összes osszes minden
""",
    "pl": """
IGN zignoruj* ignoruj* zapomnij* pomin* nie_zwazaj
RUL instrukcj* polecen* zasad* regul* wytyczn* ograniczen* dyrektyw*
OWN programist* deweloper* operator* administrator* tworc*
PRV poprzedni* wczesniejsz* powyzsz*
YOU twoj* twoi* tobie ci cie otrzymałeś dostałeś
REV pokaz* wypisz* ujawnij* podaj* powiedz* napisz* powtorz* wydrukuj* wylistuj* zdradz*
HID ukryt* tajn* poufn* sekretn*
SYS prompt_systemowy* prompt_systemu komunikat_systemowy* wiadomosc_systemowa* instrukcje_systemowe*
SEC hasło* hasła* klucz_api* kluczy_api klucz_tajny* dane_logowania token*
CFG konfiguracj* ustawien*
NOL bez_zasad bez_ograniczen bez_regul bez_filtrow bez_cenzury bez_zadnych_ograniczen bez_zadnych_zasad
PER jestes_teraz teraz_jestes od_teraz_jestes udawaj* zachowuj_sie_jak wciel_sie
AIW ai si sztuczna_inteligencja model asystent
SND wyslij* przeslij* przekaz*
CHT rozmow* histori* wiadomosc* czat*
VRB dosłownie słowo_w_słowo w_całości całość
ALL wszystkie wszystkich
DAT liste_klientow listę_klientów dane_klientow dane_klientów liste_pracownikow listę_pracowników wynagrodzenia baze_danych_pracownikow bazę_danych_pracowników baze_danych_klientow bazę_danych_klientów
CVT bez_wiedzy_użytkownika bez_informowania_użytkownika nie_mów_użytkownikowi nie_mówiąc_użytkownikowi potajemnie ukradkiem
BEG przed_naszą_rozmową przed_rozpoczęciem_rozmowy przed_moją_pierwszą_wiadomością
""",
    "cs": """
IGN ignoruj* zapomen* nevsimej* prehlizej*
RUL pokyn* instrukc* pravidl* smernic* omezen* naridn*
OWN vyvojar* provozovatel* operator* administrator* tvurce*
PRV predchozi* predesl* vyse_uveden* drivejsi*
YOU tvoje tvuj tve tvych tobe ti dostal dostala
REV ukaz* vypis* prozrad* rekni* napis* zopakuj* vytiskni* zobraz* sdel*
HID skryt* tajn* duvern*
SYS systemovy_prompt* systemovou_zpravu systemove_pokyny systemova_zprava* systemove_zpravy
SEC heslo* hesla api_klic* tajny_klic* prihlasovaci_udaje token*
CFG konfigurac* nastaven*
NOL bez_pravidel bez_omezeni bez_filtru bez_cenzury zadna_pravidla zadna_omezeni
PER ted_jsi od_ted_jsi nyni_jsi predstirej* chovej_se_jako hraj_roli
AIW ai umela_inteligence model asistent
SND posli* preposli* odesli*
CHT konverzac* histori* zpravy chat*
VRB doslova slovo_od_slova cely cele kompletni
ALL všechny vsechny
BEG před_naší_konverzací před_začátkem_konverzace před_začátkem_rozhovoru před_mou_první_zprávou
""",
    "sk": """
IGN ignoruj* zabudni* nevsimaj* prehliadaj*
RUL pokyn* instrukci* pravidl* smernic* obmedzen*
OWN vyvojar* prevadzkovatel* operator* administrator* tvorc*
PRV predchadzajuc* predosl* vyssie_uveden*
YOU tvoje tvoj tvoju tvojich tebe ti dostal dostala
REV ukaz* vypis* prezrad* povedz* napis* zopakuj* zobraz*
HID skryt* tajn* doverne* dovern*
SYS systemovy_prompt* systemovu_spravu systemove_pokyny systemova_sprava*
SEC heslo* hesla api_kluc* tajny_kluc* prihlasovacie_udaje token*
CFG konfigurac* nastaven*
NOL bez_pravidiel bez_obmedzeni bez_filtrov bez_cenzury ziadne_pravidla
PER odteraz_si teraz_si si_teraz predstieraj* spravaj_sa_ako hraj_rolu
AIW ai umela_inteligencia model asistent
SND posli* prepos* odosli*
CHT konverzac* histori* spravy chat*
VRB doslova slovo_od_slova cely cele kompletne
ALL všetky vsetky
BEG pred_našou_konverzáciou pred_začiatkom_konverzácie pred_začiatkom_rozhovoru pred_mojou_prvou_správou
""",
    "sl": """
IGN ignoriraj* pozabi* prezri* ne_upostevaj
RUL navodil* navodila navodilo pravil* smernic* omejitv* ukaz*
OWN razvijalc* operater* operaterj* skrbnik* administrator* ustvarjalc*
PRV prejsnj* zgornj* predhodn*
YOU tvoj* tvoje svoj svoja svoje tebi ti
REV pokazi* izpisi* izpisi razkrij* povej* napisi* ponovi* prikazi* izpis*
HID skrit* tajn* zaupn*
SYS sistemski_poziv* sistemsko_sporocilo* sistemska_navodila sistemski_prompt*
SEC geslo* gesla api_kljuc* skrivni_kljuc* token*
CFG konfiguracij* nastavitv*
NOL brez_pravil brez_omejitev brez_filtrov brez_cenzure
PER zdaj_si od_zdaj_si pretvarjaj_se obnasaj_se_kot
AIW ui umetna_inteligenca model asistent
SND poslji* posreduj*
CHT pogovor* zgodovin* sporocil*
VRB dobesedno beseda_za_besedo v_celoti
ALL vsa vse
""",
    "hr": """
IGN ignoriraj* zanemari* zaboravi* ne_obaziri
RUL uput* uputstv* pravil* smjernic* ogranicenj* naredb* instrukcij*
OWN razvojn* programer* operater* administrator* tvorc*
PRV prethodn* gornj* ranij*
YOU tvoj* tebi ti svoj* svoje
REV pokazi* ispisi* otkrij* reci* napisi* ponovi* prikazi* navedi*
HID skriven* tajn* povjerljiv* poverljiv*
SYS sistemski_prompt* sistemsku_poruku sistemska_poruka* sustavski_prompt* sistemske_upute
SEC lozink* api_kljuc* tajni_kljuc* vjerodajnic* token*
CFG konfiguracij* postavk* podesavanj*
NOL bez_pravila bez_ogranicenja bez_filtera bez_cenzure
PER sada_si od_sada_si pretvaraj_se ponasaj_se_kao glumi*
AIW ai umjetna_inteligencija vestacka_inteligencija model asistent
SND posalji* proslijedi* prosledi*
CHT razgovor* povijest* istorij* poruk*
VRB doslovno rijec_po_rijec rec_po_rec u_cijelosti
ALL sve svih
""",
    "ro": """
IGN ignora ignorati ignorați ignorǎ uita* nu_tine_cont
RUL instructiun* reguli* regulil* directiv* restrictii* restrictiil* indicati*
OWN dezvoltator* operator* administrator* creator*
PRV anterioar* precedent* de_mai_sus
YOU tale tau ti-au tie ti
REV arata* afiseaza* dezvaluie* spune-mi scrie* repeta* listeaza* tipareste*
HID ascuns* secret* confidential*
SYS promptul_de_sistem prompt_de_sistem mesajul_de_sistem mesaj_de_sistem instructiunile_de_sistem
SEC parola* cheia_api cheie_api cheia_secreta credential* token*
CFG configurat* setari*
NOL fara_reguli fara_restrictii fara_limite fara_filtre fara_cenzura
PER acum_esti de_acum_esti de_acum_inainte_esti prefa-te poarta-te_ca joaca_rolul
AIW ia inteligenta_artificiala model asistent
SND trimite* redirectioneaza*
CHT conversati* istoric* mesaje*
VRB cuvant_cu_cuvant textual integral complet
ALL toate
""",
    "ca": """
IGN ignora* oblida* descarta* no_facis_cas
RUL instruccion* indicacion* regles norma normes directriu* restriccion* ordres
OWN desenvolupador* operador* administrador* creador*
PRV anterior* previes previs precedents
YOU teu teus teva teves et t'han
REV mostra* revela* imprimeix* digues-me escriu* repeteix* llista*
HID ocult* secret* confidencial*
SYS prompt_del_sistema missatge_del_sistema instruccions_del_sistema
SEC contrasenya* clau_api clau_secreta credencial*
CFG configuracio*
NOL sense_regles sense_restriccions sense_limits sense_filtres
PER ara_ets a_partir_d'ara_ets fes_veure_que actua_com
AIW ia intel·ligencia_artificial model assistent
SND envia* reenvia*
CHT conversa* historial missatges
VRB paraula_per_paraula literalment integrament
ALL totes tots
""",
    "eu": """
IGN ez_ikusi* ahaztu* baztertu* ez_egin_kasurik
RUL argibide* jarraibide* arau* murrizketa* agindu*
OWN garatzaile* operadore* administratzaile*
PRV aurreko* goiko*
YOU zure zuri zeure
REV erakutsi* idatzi* esan* errepikatu* agerian_utzi azaldu* inprimatu*
HID ezkutu* sekretu* isilpeko*
SYS sistema-mezu* sistemaren_mezu* sistema-prompt* sistemaren_argibide*
SEC pasahitz* api_gako* api-gako* gako_sekretu*
CFG konfigurazio* ezarpen*
NOL araurik_gabe murrizketarik_gabe iragazkirik_gabe
PER orain_zara hemendik_aurrera_zara egin_kontu
AIW ai adimen_artifizial* eredu*
SND bidali* birbidali*
CHT elkarrizketa* mezu* historia*
VRB hitzez_hitz osorik oso-osorik
""",
    "cy": """
IGN anwybydda* anghofia* diystyra*
RUL cyfarwyddiad* gyfarwyddiad* chyfarwyddiad* rheol* reol* canllaw* ganllaw* cyfyngiad* gyfyngiad*
OWN datblygwr datblygwyr gweithredwr weithredwr gweinyddwr
PRV blaenorol uchod
YOU dy dy_neges ti i_ti
REV dangos dangosa ddangos ysgrifenna* ailadrodda* datgela* dywed_wrtha* argraffa*
HID cudd* gyfrinach* cyfrinach* chyfrinach*
SYS neges_system neges_y_system anogwr_system
SEC cyfrinair gyfrinair allwedd_api
CFG gosodiad* ffurfweddiad*
NOL heb_reolau heb_gyfyngiadau heb_hidlwyr
PER rwyt_ti_nawr o_hyn_ymlaen_rwyt_ti esgus_bod
AIW ai deallusrwydd_artiffisial model
SND anfon* danfon*
CHT sgwrs* negeseuon hanes
VRB air_am_air gair_am_air yn_llawn
""",
    "ga": """
IGN déan_neamhaird dean_neamhaird neamhaird dearmad*
RUL treoir* treoracha rialacha srianta
OWN forbróir* forbroir* oibreoir* riarthóir riarthoir
PRV roimhe* thuas
YOU do duit
REV taispeáin taispeain scríobh scriobh inis nocht
HID folaithe rúnda runda
SYS teachtaireacht_chórais teachtaireacht_chorais leid_chórais
SEC pasfhocal* eochair_api
NOL gan_rialacha gan_srianta
PER is_tusa_anois lig_ort
AIW intleacht_shaorga
SND seol*
CHT comhrá comhra teachtaireachtaí
VRB focal_ar_fhocal
""",
    "sq": """
IGN injoro* harro* mos_merr_parasysh
RUL udhezim* rregull* kufizim* direktiv*
OWN zhvillues* operator* administrator* krijues*
PRV meparshm* mesiperm* paraardhes*
YOU tua tuaja tende te_tua ty
REV trego* shfaq* zbulo* me_thuaj shkruaj* perserit* printo*
HID fshehur* fshehta sekret* konfidencial*
SYS prompt_i_sistemit mesazh_i_sistemit mesazhin_e_sistemit udhezimet_e_sistemit
SEC fjalekalim* celes_api celesi_api celesin_api
CFG konfigurim* cilesim*
NOL pa_rregulla pa_kufizime pa_filtra
PER tani_je tani_ti_je nga_tani_je shtiru* vepro_si
AIW ia inteligjenc* model asistent
SND dergo* perciell*
CHT bised* histori* mesazh*
VRB fjale_per_fjale teresisht plotesisht
""",
    "lt": """
IGN ignoruok* pamirsk* nepaisyk*
RUL instrukcij* taisykl* nurodym* apribojim* gair*
OWN kureju kurejo* operatoriaus administratoriaus
PRV ankstesn* aukstesn* pries_tai
YOU tavo tau tave
REV parodyk* isvesk* atskleisk* pasakyk* parasyk* pakartok* isvardyk*
HID pasleipt* slapt* konfidencial*
SYS sistemos_raginim* sistemos_pranesim* sistemos_instrukcij*
SEC slaptazodi* slaptazodz* api_rakt* api-rakt*
CFG konfiguracij* nustatym*
NOL be_taisykliu be_apribojimu be_filtru
PER dabar_tu_esi nuo_dabar_tu_esi apsimesk* elkis_kaip
AIW di dirbtinis_intelektas dirbtinio_intelekto modelis
SND issiusk* persiusk* nusiusk*
CHT pokalbi* zinut* istorij*
VRB pazodziui zodis_i_zodi visa_tekst*
ALL visus visas
""",
    "lv": """
IGN ignore* aizmirsti* neievero*
RUL instrukcij* noteikum* noradijum* ierobezojum* vadlinij*
OWN izstradataj* operator* administrator*
PRV ieprieksej* augstak_minet*
YOU tavus tavas tavu tavi tev tevi
REV parad* izvadi* atklaj* pasaki* uzraksti* atkarto* izdrukā* izdruka*
HID slept* slepen* konfidencial*
SYS sistemas_uzvedn* sistemas_zinojum* sistemas_instrukcij*
SEC parol* api_atslēg* api_atsleg*
CFG konfiguracij* iestatijum*
NOL bez_noteikumiem bez_ierobezojumiem bez_filtriem
PER tagad_tu_esi no_sī_brīza_tu_esi no_si_briza_tu_esi izliecies* rikojies_ka
AIW maksligais_intelekts modelis
SND nosuti* parsuti*
CHT sarun* zinojum* vestur*
VRB vardu_pa_vardam burtiski pilniba
ALL visus visas
""",
    "tr": """
IGN yok_say* gormezden_gel* gormezden_gel* unut* dikkate_alma* aldirma*
RUL talimat* kural* yonerge* kisitla* kisitlama* direktif* emir*
OWN gelistirici* operator* yonetici* olusturucu*
PRV onceki* yukaridaki* daha_once*
YOU senin sana seni -nizi -nızı -nizin -nızın
REV göster* yaz* söyle* tekrarla* listele* yazdir* ifsa_et* paylas*
HID gizli* saklı* sakli* mahrem*
SYS sistem_istemi* sistem_mesaji* sistem_talimat* sistem_komut*
SEC sifre* parola* api_anahtar* gizli_anahtar*
CFG yapilandirma* ayarlar* konfigurasyon*
NOL kuralsiz* kisitlamasiz* sinirsiz* filtresiz* sansursuz* hicbir_kural* hicbir_kisitlama*
PER artik_sen* bundan_sonra_sen* rolunu_oyna gibi_davran* -mis_gibi_yap
AIW yapay_zeka* model* asistan*
SND gonder* ilet*
CHT konusma* sohbet* gecmis* mesaj*
VRB kelimesi_kelimesine harfiyen oldugu_gibi tamamini
ALL tüm tum bütün butun
DAT musteri_listesi* müşteri_listesi* musteri_verileri* müşteri_verileri* maaslar* maaşlar* personel_listesi*
CVT kullanıcıya_söylemeden kullanıcıya_haber_vermeden kullanıcının_haberi_olmadan kullanıcıya_söyleme gizlice
BEG konuşmamızdan_önce konuşma_başlamadan_önce sohbet_başlamadan_önce ilk_mesajımdan_önce sohbetimizden_önce
""",
    "az": """
IGN ignor_et* unut* nezere_alma* məhəl_qoyma* mehel_qoyma*
RUL telimat* təlimat* qayda* məhdudiyyət* mehdudiyyet* gosteris* göstəriş*
OWN tertibatci* tərtibatçı* developer* operator* administrator* yaradici*
PRV evvelki* əvvəlki* yuxaridaki* yuxarıdakı*
YOU sənin senin sənə sene səni seni
REV goster* göstər* yaz* soyle* söylə* tekrarla* təkrarla* acıqla* aciqla*
HID gizli*
SYS sistem_mesaj* sistem_telimat* sistem_təlimat* sistem_sorgu*
SEC sifre* şifrə* parol* api_acar* api_açar*
CFG konfiqurasiya* ayarlar*
NOL qaydasiz* qaydasız* mehdudiyyetsiz* məhdudiyyətsiz* filtrsiz*
PER indi_sen indi_sən bundan_sonra_sen bundan_sonra_sən kimi_davran*
AIW suni_intellekt* süni_intellekt* model*
SND gonder* göndər* yonlendir* yönləndir*
CHT sohbet* söhbət* yazisma* yazışma* mesaj*
VRB olduğu_kimi oldugu_kimi sozbesoz* sözbəsöz* tamamil*
""",
    "uz": """
IGN e'tiborsiz_qoldir* etiborsiz_qoldir* unut*
RUL ko'rsatma* korsatma* qoida* cheklov* yo'riqnoma* yoriqnoma*
OWN dasturchi* ishlab_chiquvchi* operator* administrator*
PRV oldingi* yuqoridagi*
YOU sening senga seni
REV ko'rsat* korsat* yoz* ayt* takrorla* oshkor_qil*
HID yashirin* maxfiy*
SYS tizim_xabari* tizim_ko'rsatma* tizim_korsatma*
SEC parol* api_kalit*
CFG sozlama* konfiguratsiya*
NOL qoidasiz* cheklovsiz* filtrsiz*
PER endi_sen bundan_buyon_sen
AIW sun'iy_intellekt* suniy_intellekt* model*
SND yubor* jo'nat* jonat*
CHT suhbat* xabar* tarix*
VRB so'zma-so'z sozma-soz to'liq toliq
""",
    "id": """
IGN abaikan* lupakan* jangan_hiraukan* jangan_pedulikan* acuhkan*
RUL instruksi* petunjuk* arahan* aturan* pedoman* batasan* perintah*
OWN pengembang* developer operator* admin* administrator* pembuat*
PRV sebelumnya di_atas terdahulu
YOU kamu mu -mu anda kau yang_diberikan
REV tampilkan* tunjukkan* perlihatkan* ungkapkan* beritahu* katakan* tulis* cetak* ulangi* sebutkan* bocorkan*
HID tersembunyi rahasia* tersembunyi* kerahasiaan
SYS prompt_sistem pesan_sistem instruksi_sistem
SEC kata_sandi sandi* kunci_api kunci_rahasia kredensial* token*
CFG konfigurasi* pengaturan* setelan*
NOL tanpa_aturan tanpa_batasan tanpa_filter tanpa_sensor tanpa_batas tidak_ada_aturan
PER sekarang_kamu mulai_sekarang_kamu sekarang_anda anggap_kamu berpura-pura* bertindaklah_sebagai berperan_sebagai jadilah
AIW ai kecerdasan_buatan model asisten
SND kirim* kirimkan* teruskan* forward
CHT percakapan* riwayat* obrolan* pesan* chat
VRB kata_demi_kata kata_per_kata secara_lengkap lengkap persis
ALL semua
DAT daftar_pelanggan data_pelanggan daftar_karyawan gaji_karyawan
CVT tanpa_sepengetahuan_pengguna tanpa_memberi_tahu_pengguna tanpa_memberitahu_pengguna jangan_beri_tahu_pengguna jangan_bilang_ke_pengguna diam-diam
""",
    "ms": """
IGN abaikan* lupakan* jangan_hiraukan* jangan_endahkan*
RUL arahan* aturan* peraturan* garis_panduan sekatan* batasan* instruksi*
OWN pembangun* pemaju* pengendali* operator* pentadbir* pencipta*
PRV sebelum_ini sebelumnya di_atas terdahulu
YOU anda awak kamu mu -mu
REV tunjukkan* paparkan* dedahkan* beritahu* katakan* tulis* cetak* ulang* senaraikan*
HID tersembunyi rahsia* sulit
SYS gesaan_sistem mesej_sistem arahan_sistem prompt_sistem
SEC kata_laluan kata_kunci kunci_api kunci_rahsia kelayakan* token*
CFG konfigurasi* tetapan*
NOL tanpa_peraturan tanpa_sekatan tanpa_had tanpa_tapisan tanpa_batasan tiada_peraturan
PER sekarang_anda mulai_sekarang_anda berpura-pura* bertindak_sebagai
AIW ai kecerdasan_buatan model pembantu
SND hantar* majukan* kirim*
CHT perbualan* sejarah* mesej*
VRB perkataan_demi_perkataan sepenuhnya lengkap
ALL semua
""",
    "tl": """
IGN huwag_pansinin kalimutan* balewalain* i-ignore ignore_mo
RUL tagubilin* panuto* alituntunin* patakaran* utos* restriksyon*
OWN gumawa*
PRV nakaraang naunang nasa_itaas
YOU mo iyong iyo sa_iyo
REV ipakita* sabihin* isulat* ulitin* ilabas* ibunyag*
HID nakatago lihim* kumpidensyal*
SYS mensahe_ng_sistema
SEC lihim_na_susi
NOL walang_patakaran walang_limitasyon walang_restriksyon walang_filter
PER ikaw_na_ngayon ngayon_ikaw_ay magpanggap* kumilos_bilang
AIW modelo
SND ipadala* padalhan* i-forward
CHT usapan* pag-uusap* mensahe* kasaysayan
VRB salita_por_salita eksaktong buo
ALL lahat
""",
    "sw": """
IGN puuza* sahau* usijali* achana_na
RUL maagizo maelekezo sheria kanuni vikwazo amri miongozo
OWN msanidi* watengenezaji mtengenezaji* mwendeshaji* msimamizi*
PRV ya_awali za_awali yaliyotangulia zilizotangulia hapo_juu
YOU yako zako lako wako uliyopewa ulizopewa
REV onyesha* niambie* andika* rudia* funua* chapisha* orodhesha*
HID yaliyofichwa zilizofichwa siri* fiche*
SYS ujumbe_wa_mfumo maagizo_ya_mfumo maelekezo_ya_mfumo kidokezo_cha_mfumo
SEC nenosiri* neno_la_siri ufunguo_wa_api
CFG mipangilio* usanidi*
NOL bila_sheria bila_vikwazo bila_mipaka bila_vichujio
PER sasa_wewe_ni kuanzia_sasa_wewe_ni jifanye* tenda_kama
AIW ai akili_bandia modeli
SND tuma* peleka*
CHT mazungumzo* historia* ujumbe
VRB neno_kwa_neno kikamilifu yote
ALL zote
""",
    "vi": """
IGN bo_qua* quen* phot_lo* khong_can_quan_tam lo_di
RUL huong_dan chi_dan chi_thi quy_tac quy_định luat gioi_han han_che menh_lenh
OWN nha_phat_trien lap_trinh_vien nguoi_van_hanh quan_tri nguoi_tao
PRV truoc_do truoc_day o_tren
YOU cua_ban ban cua_may mày_đã_nhận bạn_đã_nhận
REV hien_thi cho_toi_xem cho_xem in_ra viet_ra tiet_lo noi_cho lap_lai liet_ke đưa_ra xuat_ra hay_in in_nguyen_van
HID ẩn_giấu bi_mat bị_ẩn an_giau
SYS loi_nhac_he_thong prompt_he_thong tin_nhan_he_thong chi_thi_he_thong huong_dan_he_thong
SEC mat_khau khoa_api ma_api khoa_bi_mat thông_tin_đăng_nhập
CFG cau_hinh cài_đặt
NOL khong_co_quy_tac khong_co_gioi_han khong_gioi_han khong_bi_gioi_han khong_co_rang_buoc khong_loc khong_kiem_duyet go_bo_moi_gioi_han
PER tu_bay_gio_ban_la gio_ban_la bay_gio_ban_la hay_dong_vai gia_vo đóng_vai
AIW ai tri_tue_nhan_tao mo_hinh tro_ly
SND gui* chuyen_tiep
CHT cuoc_tro_chuyen lich_su tin_nhan hoi_thoai
VRB nguyen_van tung_chu đầy_đủ toan_bo
ALL tat_ca mọi moi
DAT danh_sach_khach_hang du_lieu_khach_hang danh_sach_nhan_vien bang_luong
CVT không_cho_người_dùng_biết đừng_nói_cho_người_dùng đừng_cho_người_dùng_biết không_để_người_dùng_biết lén_lút
""",
    "mt": """
IGN injora* insa* twarrabx*
RUL struzzjonijiet regoli linji_gwida restrizzjonijiet
OWN zviluppatur* operatur* amministratur*
PRV precedenti ta'_qabel
YOU tieghek lilek
REV urini* ikteb* uri* irrepeti* ikxef*
HID mohbi* sigriet*
SYS messagg_tas-sistema prompt_tas-sistema
SEC password kelma_sigrieta
NOL minghajr_regoli minghajr_restrizzjonijiet
PER issa_int minn_issa_'l_quddiem_int
AIW ai intelliġenza_artifiċjali
SND ibghat*
CHT konversazzjoni* messaggi
VRB kelma_b'kelma
""",
    "ru": """
IGN игнорируй* проигнорируй* забудь* отбрось* не_обращай_внимания пренебреги* не_слушай
RUL инструкци* указани* правил* ограничени* директив* предписани* установк*
OWN разработчик* оператор* администратор* создател* владельц*
PRV предыдущ* прежн* выше предшествующ*
YOU твои твой твоя твоё твое твоих твоим тебе тебя тебе_дали ты_получил
REV покажи* выведи* раскрой* назови* скажи* напиши* повтори* перечисли* процитируй* распечатай* выдай* озвучь* сообщи*
HID скрыт* секретн* тайн* конфиденциальн* служебн*
SYS системн*_промпт* системн*_сообщени* системн*_инструкци* системн*_подсказ* промпт*
SEC парол* api-ключ* ключ*_api ключ_доступа секретный_ключ* токен* учётн* учетн*
CFG конфигураци* настройк*
NOL без_правил без_ограничений без_фильтров без_цензуры без_запретов без_каких-либо_ограничений без_всяких_ограничений нет_правил нет_ограничений
PER теперь_ты ты_теперь отныне_ты с_этого_момента_ты притворись* веди_себя_как представь_что_ты играй_роль
AIW ии искусственн*_интеллект* нейросет* модель ассистент*
SND отправь* перешли* пришли* вышли* скинь*
CHT переписк* историю* истори* диалог* сообщени* чат*
VRB дословно слово_в_слово полностью целиком
ALL все всё всех
DAT список_клиентов базу_клиентов базу_данных_клиентов данные_клиентов список_сотрудников зарплаты зарплат
CVT без_ведома_пользователя втайне_от_пользователя не_говоря_пользователю не_сообщая_пользователю ничего_не_говори_пользователю не_говори_пользователю тайком
BEG до_начала_нашего_разговора до_начала_разговора до_начала_диалога перед_началом_разговора перед_началом_диалога перед_нашим_разговором до_нашего_разговора до_моего_первого_сообщения перед_моим_первым_сообщением
""",
    "uk": """
IGN ігноруй* проігноруй* забудь* знехтуй* не_зважай відкинь*
RUL інструкці* вказівк* правил* обмежен* директив* настанов* розпорядж*
OWN розробник* оператор* адміністратор* творц* власник*
PRV попередн* вище раніш*
YOU твої твій твоя твоє твоїх твоїм тобі тебе тобі_дали ти_отримав
REV покажи* виведи* розкрий* назви* скажи* напиши* повтори* перелічи* процитуй* надрукуй* наведи* видай* озвуч*
HID прихован* секретн* таємн* конфіденційн*
SYS системн*_промпт* системн*_повідомлен* системн*_інструкці* системн*_підказ* промпт*
SEC парол* api-ключ* ключ*_api ключ_доступу секретний_ключ* токен* облікові_дані
CFG конфігураці* налаштуван*
NOL без_правил без_обмежень без_фільтрів без_цензури без_заборон немає_правил немає_обмежень без_жодних_обмежень
PER тепер_ти ти_тепер віднині_ти відтепер_ти з_цього_моменту_ти вдавай* поводься_як уяви_що_ти грай_роль
AIW ші штучн*_інтелект* нейромереж* модель асистент*
SND надішли* перешли* відправ* скинь*
CHT листуван* історі* діалог* повідомлен* чат*
VRB дослівно слово_в_слово повністю цілком
ALL всі усі всіх
DAT список_клієнтів базу_клієнтів дані_клієнтів список_працівників список_співробітників зарплати телефонами
CVT без_відома_користувача потай_від_користувача не_кажучи_користувачу не_повідомляючи_користувача нічого_не_кажи_користувачу не_кажи_користувачу потай
BEG перед_початком_розмови до_початку_розмови перед_нашою_розмовою до_нашої_розмови до_мого_першого_повідомлення перед_моїм_першим_повідомленням
""",
    "be": """
IGN ігнаруй* забудзь* не_звяртай_увагі
RUL інструкцы* указанн* правіл* абмежаван*
OWN распрацоўшчык* аператар* адміністратар*
PRV папярэдн* вышэй
YOU твае твой твая тваіх табе цябе
REV пакажы* выведзі* раскрый* скажы* напішы* паўтары* пералічы*
HID схаван* сакрэтн* таемн*
SYS сістэмн*_промпт* сістэмн*_паведамлен* сістэмн*_інструкцы*
SEC пароль* парол* ключ*_api api-ключ*
CFG канфігурацы* налад*
NOL без_правіл без_абмежаванняў без_фільтраў
PER цяпер_ты адсюль_ты прыкінься*
AIW ші штучн*_інтэлект* мадэль
SND дашлі* перашлі* адпраў*
CHT перапіск* гісторы* паведамлен*
VRB даслоўна слова_ў_слова цалкам
""",
    "bg": """
IGN игнорирай* забрави* пренебрегни* не_обръщай_внимание
RUL инструкци* указани* правила* правилата ограничени* насоки* директиви*
OWN разработчик* оператор* администратор* създател*
PRV предишн* по-горе горепосочен*
YOU твоите твоя твоят твое ти теб тебе
REV покажи* изведи* разкрий* кажи* напиши* повтори* изброй* отпечатай* цитирай*
HID скрит* тайн* секретн* поверителн*
SYS системн*_промпт* системн*_съобщени* системн*_инструкци* системната_подкана системна_подкана
SEC парола* паролата api_ключ* api-ключ* ключ*_за_api таен_ключ* токен*
CFG конфигураци* настройки*
NOL без_правила без_ограничения без_филтри без_цензура няма_правила
PER сега_си ти_си_сега отсега_нататък_си преструвай_се държи_се_като дръж_се_като
AIW ии изкуствен*_интелект* модел асистент*
SND изпрати* препрати*
CHT разговор* историят* истори* съобщени* чат*
VRB дословно дума_по_дума изцяло напълно
ALL всички
BEG преди_началото_на_разговора преди_нашия_разговор
""",
    "sr": """
IGN игнориши* заборави* занемари* не_обазири
RUL упутств* упут* правил* смерниц* ограничењ* наредб* инструкциј*
OWN програмер* развојн* оператер* администратор* творц*
PRV претходн* горњ* раниј*
YOU твој* теби ти своје си_добио си_добила
REV покажи* испиши* откриј* реци* напиши* понови* прикажи* наведи*
HID скривен* тајн* поверљив*
SYS системски_промпт* системску_поруку системска_порука* системска_упутства
SEC лозинк* api_кључ* тајни_кључ* акредитив* токен*
CFG конфигурациј* подешавањ*
NOL без_правила без_ограничења без_филтера без_цензуре
PER сада_си од_сада_си претварај_се понашај_се_као
AIW вештачка_интелигенција модел асистент
SND пошаљи* проследи*
CHT разговор* историј* порук*
VRB дословно реч_по_реч у_целости од_речи_до_речи
ALL сва све свих
BEG пре_почетка_разговора пре_нашег_разговора pre_početka_razgovora pre_našeg_razgovora
""",
    "mk": """
IGN игнорирај* заборави* занемари*
RUL инструкци* упатств* правила* правилата ограничувањ* насоки*
OWN програмер* развивач* оператор* администратор*
PRV претходн* погоре
YOU твоите твојот твојата тебе ти
REV покажи* испиши* откриј* кажи* напиши* повтори* наброј*
HID скриен* таен* тајн* доверлив*
SYS системски_промпт* системска_порака* системски_инструкции
SEC лозинк* api_клуч* таен_клуч*
CFG конфигурациј* поставки*
NOL без_правила без_ограничувања без_филтри
PER сега_си отсега_си преправај_се однесувај_се_како
AIW вештачка_интелигенција модел
SND испрати* препрати*
CHT разговор* историј* порак*
VRB дословно збор_по_збор целосно
""",
    "kk": """
IGN елеме* ұмыт* умыт* назар_аударма* еске_алма*
RUL нұсқау* нускау* ереже* шектеу* талап* бұйры* бұйрығ* нұсқаулық*
OWN әзірлеуші* азирлеуши* оператор* әкімші* акимши*
PRV алдыңғы* алдынгы* жоғарыдағы* бұрынғы*
YOU сенің сенин саған саган сені сени
REV көрсет* корсет* шығар* айт* жаз* қайтала* ашып_бер*
HID жасырын* құпия* кұпия* купия*
SYS жүйелік_нұсқау* жүйелік_хабар* жүйелік_промпт*
SEC құпиясөз* құпия_сөз* пароль* api_кілт*
CFG баптау* конфигурация*
NOL ережесіз* шектеусіз* сүзгісіз* ешқандай_ереже* ешқандай_шектеу*
PER енді_сен бұдан_былай_сен сияқты_әрекет*
AIW жасанды_интеллект* модель*
SND жібер* жолда*
CHT әңгіме* сөйлесу* хабарлама* тарих*
VRB сөзбе-сөз толық*
""",
    "mn": """
IGN үл_тоо* мартаж* мартаарай март*
RUL заавар* дүрэм* хязгаарлалт* журам*
OWN хөгжүүлэгч* оператор* админ*
PRV өмнөх* дээрх*
YOU чиний чамд чамайг таны
REV харуул* хэл* бич* давт* ил_гарга*
HID нууц* далд*
SYS системийн_заавар* системийн_мессеж* системийн_промпт*
SEC нууц_үг* api_түлхүүр*
CFG тохиргоо*
NOL дүрэмгүй* хязгааргүй* шүүлтүүргүй*
PER одоо_чи одооноос_чи
AIW хиймэл_оюун* загвар*
SND илгээ*
CHT яриа* түүх* мессеж*
VRB үг_үсгээр бүтнээр
""",
    "el": """
IGN αγνόησε* ξέχασε* παράβλεψε* αγνοήστε* ξεχάστε*
RUL οδηγί* κανόν* περιορισμ* εντολ* κατευθυντήρι*
OWN προγραμματιστ* δημιουργ* διαχειριστ* χειριστ* προγραμματιστή
PRV προηγούμεν* παραπάνω
YOU σου σας σε
REV δείξε* εμφάνισε* αποκάλυψε* πες* γράψε* επανάλαβε* τύπωσε* απαρίθμησε*
HID κρυφ* μυστικ* εμπιστευτικ*
SYS μήνυμα_συστήματος προτροπή_συστήματος οδηγίες_συστήματος
SEC κωδικ* συνθηματικ* κλειδί_api κλειδιά_api
CFG ρυθμίσ* διαμόρφωσ*
NOL χωρίς_κανόνες χωρίς_περιορισμούς χωρίς_φίλτρα χωρίς_λογοκρισία
PER από_τώρα_είσαι τώρα_είσαι είσαι_τώρα κάνε_πως προσποιήσου* παίξε_το_ρόλο
AIW τεχνητή_νοημοσύνη μοντέλο* βοηθ*
SND στείλε* προώθησε*
CHT συνομιλί* ιστορικ* μηνύματ*
VRB αυτολεξεί λέξη_προς_λέξη ολόκληρ* πλήρως
ALL όλες όλους όλα
""",
    "hy": """
IGN անտեսիր* մոռացիր* մի_անտեսիր
RUL հրահանգ* կանոն* սահմանափակ* ցուցում*
OWN մշակող* օպերատոր* ադմինիստրատոր* ստեղծող*
PRV նախորդ* վերևի* վերեւի*
YOU քո քեզ ձեր
REV ցույց_տուր ցուցադրիր* բացահայտիր* ասա* գրիր* կրկնիր* տպիր* թվարկիր*
HID թաքնված* թաքուն* գաղտնի*
SYS համակարգային_հաղորդագրություն* համակարգային_հրահանգ* համակարգի_հուշում*
SEC գաղտնաբառ* api_բանալի*
CFG կարգավորում* կոնֆիգուրացիա*
NOL առանց_կանոնների առանց_սահմանափակումների առանց_ֆիլտրերի
PER այժմ_դու հիմա_դու այսուհետ_դու ձևացրու*
AIW արհեստական_բանականություն* մոդել*
SND ուղարկիր* փոխանցիր*
CHT զրույց* պատմություն* հաղորդագրություն*
VRB բառացի բառ_առ_բառ ամբողջությամբ
""",
    "ka": """
IGN უგულებელყავი* დაივიწყე* დაივიწყეთ* ნუ_მიაქცევ*
RUL ინსტრუქცი* წეს* შეზღუდვ* მითითებ* დირექტივ*
OWN დეველოპერ* ოპერატორ* ადმინისტრატორ* შემქმნ*
PRV წინა* ზემოთ*
YOU შენი შენ* თქვენი
REV მაჩვენე* აჩვენე* მითხარი* დაწერე* გაიმეორე* გამოიტანე* გაამჟღავნე* ჩამოთვალე*
HID დამალულ* ფარულ* საიდუმლო*
SYS სისტემური_შეტყობინებ* სისტემურ*_ინსტრუქცი* სისტემურ*_მოთხოვნ*
SEC პაროლ* api_გასაღებ* საიდუმლო_გასაღებ*
CFG კონფიგურაცი* პარამეტრ*
NOL წესების_გარეშე შეზღუდვების_გარეშე ფილტრების_გარეშე
PER ახლა_შენ_ხარ ამიერიდან_შენ_ხარ თავი_მოიჩვენე*
AIW ხელოვნური_ინტელექტ* მოდელ*
SND გაგზავნე* გადაუგზავნე* გადააგზავნე*
CHT საუბ* ისტორი* შეტყობინებ* მიმოწერ*
VRB სიტყვასიტყვით სრულად
""",
    "he": """
IGN התעלם* שכח* תתעלם* תשכח* התעלמי*
RUL הוראות* ההוראות* מההוראות* להוראות* הנחיות* ההנחיות* מההנחיות* כללים* הכללים* מהכללים* הגבלות* ההגבלות* מגבלות* המגבלות* החוקים
OWN המפתח* מפתחים* המפעיל* מנהל* המערכת* היוצר*
PRV הקודמות* הקודמים* הקודם* שלמעלה
YOU שלך לך אותך שקיבלת
REV הצג* הראה* תראה* חשוף* תגיד* אמור* כתוב* חזור* הדפס* פרט*
HID נסתר* סוד* חסוי* חסויות
SYS הנחיית_המערכת הודעת_המערכת הוראות_המערכת פרומפט_המערכת
SEC סיסמה* סיסמא* הסיסמה* מפתח_api מפתח_ה-api מפתח_סודי
CFG הגדרות* תצורה* התצורה
NOL בלי_כללים בלי_הגבלות ללא_כללים ללא_הגבלות ללא_מגבלות בלי_מסננים ללא_מסננים בלי_שום_כללים ללא_שום_כללים בלי_שום_הגבלות
PER מעכשיו_אתה אתה_עכשיו עכשיו_אתה תעמיד_פנים העמד_פנים התנהג_כמו
AIW בינה_מלאכותית מודל* עוזר*
SND שלח* העבר*
CHT השיחה* שיחה* היסטוריית* הודעות*
VRB מילה_במילה במלואן במלואו
ALL כל
DAT רשימת_הלקוחות רשימת_לקוחות נתוני_הלקוחות משכורות
CVT בלי_שהמשתמש_ידע מבלי_שהמשתמש_ידע בלי_לספר_למשתמש מבלי_לספר_למשתמש אל_תספר_למשתמש
""",
    "ar": """
IGN تجاهل* انس* إنس* اِنس* تناس* لا_تلتفت اغفل* أغفل*
RUL تعليمات* التعليمات* إرشادات* الإرشادات* قواعد* القواعد* القيود* قيود* توجيهات* التوجيهات* أوامر* الأوامر*
OWN المطور* المطورين* المشغل* المشغّل* المسؤول* المدير* المبرمج*
PRV السابقة* السابق* أعلاه
YOU لك عليك تعليماتك* إرشاداتك* قواعدك* إعداداتك* كلمتك* الخاصة_بك
REV اعرض* أعرض* أظهر* اظهر* اكشف* اكتب* أخبرني* اخبرني* قل كرر* اطبع* أرني* ارني* اسرد*
HID المخفية* مخفية* السرية* سرية* السري* الخفية*
SYS موجه_النظام موجّه_النظام رسالة_النظام تعليمات_النظام مطالبة_النظام برومبت_النظام
SEC كلمة_المرور كلمة_السر كلمات_المرور مفتاح_api مفتاح_واجهة المفتاح_السري رمز_الوصول
CFG إعدادات* الإعدادات* التكوين تهيئة*
NOL بدون_قواعد بلا_قواعد بدون_قيود بلا_قيود دون_قيود دون_أي_قيود بدون_أي_قيود بدون_فلاتر بلا_حدود بدون_رقابة
PER أنت_الآن انت_الآن من_الآن_أنت تظاهر* تصرف_ك* العب_دور
AIW الذكاء_الاصطناعي ذكاء_اصطناعي نموذج* مساعد*
SND أرسل* ارسل* حوّل* حول_إلى أعد_توجيه
CHT المحادثة* محادثة* سجل* الرسائل* رسائل*
VRB حرفيا* حرفيًا حرفياً بالكامل كاملة* كاملًا
ALL جميع كل
DAT قائمة_العملاء بيانات_العملاء قائمة_الموظفين رواتب*
CVT دون_علم_المستخدم بدون_علم_المستخدم دون_إخبار_المستخدم دون_أن_يعلم_المستخدم لا_تخبر_المستخدم خلسة
BEG قبل_بدء_المحادثة قبل_محادثتنا قبل_رسالتي_الأولى
""",
    "fa": """
IGN نادیده_بگیر* فراموش_کن* فراموش_کنید توجه_نکن* بی‌خیال بیخیال
RUL دستورالعمل* دستورات* قوانین* قواعد* محدودیت* راهنمایی* دستور*
OWN توسعه‌دهنده* توسعه_دهنده* اپراتور* مدیر* سازنده*
PRV قبلی* بالا* پیشین*
YOU تو به_تو شما
REV نشان_بده* نشان_دهید بنویس* بگو* تکرار_کن* فاش_کن* چاپ_کن* فهرست_کن*
HID پنهان* مخفی* محرمانه* سری*
SYS پیام_سیستم* پرامپت_سیستم* دستورالعمل_سیستم* دستورات_سیستم*
SEC رمز_عبور* گذرواژه* کلید_api کلید_مخفی* رمز*
CFG تنظیمات* پیکربندی*
NOL بدون_قانون* بدون_محدودیت* بدون_فیلتر* بی‌قانون* بدون_هیچ_محدودیتی
PER از_حالا_تو اکنون_تو تو_الان وانمود_کن* نقش_بازی_کن
AIW هوش_مصنوعی مدل* دستیار*
SND بفرست* ارسال_کن* فوروارد_کن*
CHT گفتگو* گفت‌وگو* مکالمه* تاریخچه* پیام‌ها*
VRB کلمه_به_کلمه عینا* عیناً کامل*
ALL همه همهٔ تمام
DAT لیست_مشتریان فهرست_مشتریان اطلاعات_مشتریان حقوق_کارمندان
CVT بدون_اطلاع_کاربر بدون_اینکه_کاربر به_کاربر_نگو
""",
    "ur": """
IGN نظرانداز* نظر_انداز* بھول_جاؤ بھول_جائیں بھول_جا نظرانداز_کرو
RUL ہدایات* ہدایت* قوانین* اصول* پابندی* پابندیاں* احکامات* حکم*
OWN ڈویلپر* آپریٹر* ایڈمن* منتظم* بنانے_والے*
PRV پچھلی* پچھلے* سابقہ* اوپر*
YOU تمہاری* تمہارے* تمہیں آپ_کی آپ_کے تیری* تیرے* اپنی اپنے
REV دکھاؤ* دکھائیں* بتاؤ* بتائیں* لکھو* لکھیں* دہراؤ* ظاہر_کرو* پرنٹ_کرو*
HID چھپی* چھپے* خفیہ* پوشیدہ* راز*
SYS سسٹم_پرامپٹ* سسٹم_میسج* سسٹم_ہدایات* سسٹم_پیغام*
SEC پاس_ورڈ* پاسورڈ* api_کلید* خفیہ_کلید* اے_پی_آئی_کی
CFG ترتیبات* کنفیگریشن*
NOL بغیر_کسی_پابندی* بغیر_قوانین* بغیر_پابندی* کوئی_پابندی_نہیں کوئی_اصول_نہیں
PER اب_تم اب_سے_تم تم_اب ایسے_ظاہر_کرو
AIW مصنوعی_ذہانت ماڈل* اسسٹنٹ*
SND بھیجو* بھیج_دو بھیجیں* فارورڈ_کرو*
CHT گفتگو* بات_چیت* چیٹ* پیغامات* تاریخ*
VRB لفظ_بہ_لفظ مکمل* پورا*
ALL تمام سب
DAT گاہکوں_کی_فہرست صارفین_کی_فہرست تنخواہ*
CVT صارف_کو_بتائے_بغیر صارف_کو_مت_بتا* چپکے_سے
""",
    "hi": """
IGN अनदेखा* नज़रअंदाज़* नजरअंदाज* भूल_जाओ भूल_जाइए भूल_जा भूल_जाएं भूलकर* भूल*
RUL निर्देश* नियम* प्रतिबंध* पाबंदी* दिशानिर्देश* आदेश* हिदायत*
OWN डेवलपर* ऑपरेटर* एडमिन* व्यवस्थापक* निर्माता* बनाने_वाल*
PRV पिछले* पिछली* पहले* ऊपर*
YOU तुम्हारे* तुम्हारी* तुम्हारा* तुम्हें* आपके* आपकी* आपका* तेरे* तेरी*
REV दिखाओ* दिखाइए* दिखाएं* सुनाओ* सुनाइए* बताओ* बताइए* बताएं* लिखो* लिखिए* दोहराओ* दोहराइए* प्रकट* उजागर* छापो* लिख_दो लिख_दीजिए
HID छिपे* छुपे* छिपी* छुपी* गुप्त* गोपनीय*
SYS सिस्टम_प्रॉम्प्ट* सिस्टम_प्रोम्प्ट* सिस्टम_संदेश* सिस्टम_मैसेज* सिस्टम_निर्देश*
SEC पासवर्ड* पास_वर्ड* कूटशब्द* एपीआई_की* api_की* गुप्त_कुंजी* कुंजी*
CFG सेटिंग* कॉन्फ़िगरेशन* कॉन्फिगरेशन*
NOL बिना_किसी_नियम* बिना_नियम* बिना_किसी_प्रतिबंध* बिना_प्रतिबंध* बिना_किसी_पाबंदी* बिना_पाबंदी* कोई_नियम_नहीं कोई_प्रतिबंध_नहीं
PER अब_तुम अब_से_तुम तुम_अब अब_आप होने_का_नाटक* की_तरह_व्यवहार*
AIW एआई कृत्रिम_बुद्धि* आर्टिफिशियल_इंटेलिजेंस मॉडल*
SND भेजो* भेज_दो भेजिए* भेजें* फॉरवर्ड*
CHT बातचीत* चैट* संदेश* इतिहास*
VRB शब्दशः शब्दश* हूबहू ज्यों_का_त्यों पूरा* पूरी*
ALL सभी सारे सारी
DAT ग्राहकों_की_सूची ग्राहकों_का_डेटा कर्मचारियों_की_सूची वेतन_सूची
CVT उपयोगकर्ता_को_बताए_बिना उपयोगकर्ता_को_मत_बताना उपयोगकर्ता_को_मत_बताओ चुपके_से
BEG बातचीत_शुरू_होने_से_पहले शुरू_होने_से_पहले मेरे_पहले_संदेश_से_पहले
""",
    "mr": """
IGN दुर्लक्ष* विसर*
RUL सूचना* नियम* निर्बंध* आदेश* मार्गदर्शक*
OWN डेव्हलपर* विकसक* ऑपरेटर* प्रशासक*
PRV मागील* आधीच्या* वरील*
YOU तुझ्या* तुझे* तुझी* तुमच्या* तुला*
REV दाखव* सांग* लिही* पुन्हा_लिही* उघड*
HID लपवलेल* गुप्त* गोपनीय*
SYS सिस्टम_प्रॉम्प्ट* सिस्टम_संदेश* सिस्टम_सूचना*
SEC पासवर्ड* संकेतशब्द* एपीआय_की*
CFG सेटिंग* कॉन्फिगरेशन*
NOL नियमांशिवाय* निर्बंधांशिवाय* कोणतेही_नियम_नाहीत
PER आता_तू आतापासून_तू
AIW एआय कृत्रिम_बुद्धिमत्ता* मॉडेल*
SND पाठव*
CHT संभाषण* चॅट* इतिहास*
VRB शब्दशः जसाच्या_तसा संपूर्ण*
""",
    "ne": """
IGN बेवास्ता* बिर्स* नजरअन्दाज*
RUL निर्देशन* निर्देश* नियम* प्रतिबन्ध* आदेश* सीमा*
OWN विकासकर्ता* डेभलपर* अपरेटर* प्रशासक*
PRV अघिल्ल* पहिले* माथिका*
YOU तिम्रो* तिमीलाई* तपाईंको* तपाईंलाई*
REV देखाऊ* देखाउनुहोस्* भन* लेख* दोहोर्याऊ* खुलाऊ*
HID लुकाइएका* लुकेका* गोप्य*
SYS प्रणाली_सन्देश* सिस्टम_प्रम्प्ट* सिस्टम_सन्देश*
SEC पासवर्ड* एपीआई_कुञ्जी* गोप्य_कुञ्जी*
CFG सेटिङ* कन्फिगरेसन*
NOL नियमविना* नियम_बिना* प्रतिबन्धविना* कुनै_नियम_छैन
PER अब_तिमी अबदेखि_तिमी
AIW कृत्रिम_बुद्धि* मोडेल*
SND पठाऊ* पठाउनुहोस्*
CHT कुराकानी* च्याट* इतिहास*
VRB शब्दशः जस्ताको_तस्तै पूरै*
""",
    "bn": """
IGN উপেক্ষা* ভুলে_যাও ভুলে_যান ভুলে*
RUL নির্দেশ* নির্দেশনা* নিয়ম* বিধিনিষেধ* সীমাবদ্ধতা* আদেশ*
OWN ডেভেলপার* অপারেটর* অ্যাডমিন* প্রশাসক* নির্মাতা*
PRV আগের* পূর্ববর্তী* উপরের*
YOU তোমার* তোমাকে* আপনার* আপনাকে* তোর*
REV দেখাও* দেখান* বলো* বলুন* লেখো* লিখুন* পুনরাবৃত্তি* প্রকাশ*
HID গোপন* লুকানো* লুকোনো*
SYS সিস্টেম_প্রম্পট* সিস্টেম_বার্তা* সিস্টেম_নির্দেশ*
SEC পাসওয়ার্ড* এপিআই_কী* গোপন_কী*
CFG সেটিং* কনফিগারেশন*
NOL কোনো_নিয়ম_ছাড়া* নিয়ম_ছাড়া* বিধিনিষেধ_ছাড়া* কোনো_নিয়ম_নেই
PER এখন_তুমি এখন_থেকে_তুমি ভান_করো
AIW এআই কৃত্রিম_বুদ্ধিমত্তা* মডেল*
SND পাঠাও* পাঠান* ফরওয়ার্ড*
CHT কথোপকথন* চ্যাট* ইতিহাস* বার্তা*
VRB হুবহু শব্দে_শব্দে সম্পূর্ণ*
ALL সব*
BEG কথোপকথন_শুরুর_আগে শুরুতে আলাপ_শুরুর_আগে
""",
    "pa": """
IGN ਅਣਡਿੱਠ* ਨਜ਼ਰਅੰਦਾਜ਼* ਭੁੱਲ*
RUL ਹਦਾਇਤ* ਨਿਯਮ* ਪਾਬੰਦੀ* ਨਿਰਦੇਸ਼*
OWN ਡਿਵੈਲਪਰ* ਆਪਰੇਟਰ* ਪ੍ਰਬੰਧਕ*
PRV ਪਿਛਲੀ* ਪਿਛਲੇ* ਪਹਿਲਾਂ*
YOU ਤੁਹਾਡੇ* ਤੁਹਾਡੀ* ਤੇਰੇ* ਤੇਰੀ* ਤੈਨੂੰ*
REV ਦਿਖਾਓ* ਦੱਸੋ* ਲਿਖੋ* ਦੁਹਰਾਓ*
HID ਲੁਕੇ* ਲੁਕੀ* ਗੁਪਤ*
SYS ਸਿਸਟਮ_ਪ੍ਰੌਮਪਟ* ਸਿਸਟਮ_ਸੁਨੇਹਾ*
SEC ਪਾਸਵਰਡ*
CFG ਸੈਟਿੰਗ*
NOL ਬਿਨਾਂ_ਨਿਯਮ* ਬਿਨਾਂ_ਪਾਬੰਦੀ*
PER ਹੁਣ_ਤੁਸੀਂ ਹੁਣ_ਤੂੰ
AIW ਏਆਈ ਮਾਡਲ*
SND ਭੇਜੋ* ਭੇਜ*
CHT ਗੱਲਬਾਤ* ਚੈਟ*
VRB ਸ਼ਬਦ_ਬ_ਸ਼ਬਦ ਪੂਰਾ*
""",
    "gu": """
IGN અવગણ* ભૂલી*
RUL સૂચના* નિયમ* પ્રતિબંધ* આદેશ*
OWN ડેવલપર* ઓપરેટર* સંચાલક*
PRV પહેલાંની* પાછલી* ઉપરની*
YOU તમારી* તમારા* તારી* તારા* તમને*
REV બતાવ* કહો* લખો* પુનરાવર્તન*
HID છુપાયેલ* ગુપ્ત*
SYS સિસ્ટમ_પ્રોમ્પ્ટ* સિસ્ટમ_સંદેશ*
SEC પાસવર્ડ*
CFG સેટિંગ*
NOL નિયમો_વિના* પ્રતિબંધો_વિના*
PER હવે_તમે હવે_તું
AIW એઆઈ મોડેલ*
SND મોકલ*
CHT વાતચીત* ચેટ*
VRB શબ્દશઃ સંપૂર્ણ*
""",
    "ta": """
IGN புறக்கணி* மற* மறந்து*
RUL அறிவுறுத்தல்* வழிமுறை* விதி* கட்டுப்பாடு* கட்டளை* வழிகாட்டு*
OWN உருவாக்குநர்* டெவலப்பர்* இயக்குநர்* நிர்வாகி*
PRV முந்தைய* மேலே*
YOU உன்* உனக்கு* உங்கள்* உங்களுக்கு* உனக்குக்*
REV காட்டு* காண்பி* சொல்* எழுது* மீண்டும்* வெளிப்படுத்து*
HID மறைக்கப்பட்ட* மறைவான* ரகசிய*
SYS சிஸ்டம்_ப்ராம்ப்ட்* கணினி_செய்தி* அமைப்பு_செய்தி*
SEC கடவுச்சொல்* பாஸ்வேர்ட்*
CFG அமைப்புகள்* கட்டமைப்பு*
NOL விதிகள்_இல்லாத* கட்டுப்பாடுகள்_இல்லாத* விதிகள்_இல்லாமல்* கட்டுப்பாடு_இல்லாமல்*
PER இப்போது_நீ இனி_நீ
AIW செயற்கை_நுண்ணறிவு* மாடல்*
SND அனுப்பு*
CHT உரையாடல்* அரட்டை*
VRB அப்படியே வார்த்தைக்கு_வார்த்தை முழுமையாக*
ALL எல்லா* அனைத்து*
""",
    "te": """
IGN విస్మరించ* మర్చిపో* పట్టించుకోవద్దు*
RUL సూచనల* సూచనలు* నియమాల* నియమాలు* ఆంక్షల* పరిమితుల*
OWN డెవలపర్* ఆపరేటర్* నిర్వాహకు*
PRV మునుపటి* పైన*
YOU నీ నీకు* మీ మీకు*
REV చూపించు* చెప్పు* రాయి* మళ్ళీ* బయటపెట్టు*
HID దాచిన* రహస్య*
SYS సిస్టమ్_ప్రాంప్ట్* సిస్టమ్_సందేశ*
SEC పాస్‌వర్డ్* పాస్వర్డ్* సంకేతపదం*
CFG సెట్టింగ్*
NOL నియమాలు_లేని* పరిమితులు_లేని* ఎలాంటి_నియమాలు_లేకుండా*
PER ఇప్పుడు_నువ్వు ఇకపై_నువ్వు
AIW కృత్రిమ_మేధ* మోడల్*
SND పంపు* పంపండి*
CHT సంభాషణ* చాట్*
VRB యథాతథంగా పదం_పదం పూర్తిగా*
""",
    "kn": """
IGN ನಿರ್ಲಕ್ಷಿಸ* ಮರೆತು* ಮರೆ*
RUL ಸೂಚನೆ* ನಿಯಮ* ನಿರ್ಬಂಧ*
OWN ಡೆವಲಪರ್* ಆಪರೇಟರ್* ನಿರ್ವಾಹಕ*
PRV ಹಿಂದಿನ* ಮೇಲಿನ*
YOU ನಿನ್ನ* ನಿಮ್ಮ* ನಿನಗೆ*
REV ತೋರಿಸು* ಹೇಳು* ಬರೆ*
HID ಮರೆಮಾಡಿದ* ರಹಸ್ಯ* ಗುಪ್ತ*
SYS ಸಿಸ್ಟಮ್_ಪ್ರಾಂಪ್ಟ್* ಸಿಸ್ಟಮ್_ಸಂದೇಶ*
SEC ಪಾಸ್‌ವರ್ಡ್* ಪಾಸ್ವರ್ಡ್*
NOL ನಿಯಮಗಳಿಲ್ಲದ* ನಿರ್ಬಂಧಗಳಿಲ್ಲದ*
PER ಈಗ_ನೀನು ಇನ್ನು_ಮುಂದೆ_ನೀನು
AIW ಕೃತಕ_ಬುದ್ಧಿಮತ್ತೆ* ಮಾದರಿ*
SND ಕಳುಹಿಸು*
CHT ಸಂಭಾಷಣೆ* ಚಾಟ್*
VRB ಅಕ್ಷರಶಃ ಸಂಪೂರ್ಣ*
""",
    "ml": """
IGN അവഗണിക്ക* മറക്കുക* മറന്ന്*
RUL നിർദ്ദേശ* നിയമ* നിയന്ത്രണ*
OWN ഡെവലപ്പർ* ഓപ്പറേറ്റർ* അഡ്മിൻ*
PRV മുമ്പത്തെ* മുകളിലെ*
YOU നിന്റെ* നിങ്ങളുടെ* നിനക്ക്* നിങ്ങൾക്ക്*
REV കാണിക്കുക* കാണിക്ക്* പറയുക* പറ* എഴുതുക* വെളിപ്പെടുത്തുക*
HID മറച്ച* രഹസ്യ*
SYS സിസ്റ്റം_പ്രോംപ്റ്റ്* സിസ്റ്റം_സന്ദേശ*
SEC പാസ്‌വേഡ്* പാസ്വേഡ്*
NOL നിയമങ്ങളില്ലാത്ത* നിയന്ത്രണങ്ങളില്ലാത്ത*
PER ഇപ്പോൾ_നീ ഇനി_നീ
AIW കൃത്രിമ_ബുദ്ധി* മോഡൽ*
SND അയയ്ക്കുക* അയക്കുക*
CHT സംഭാഷണ* ചാറ്റ്*
VRB അക്ഷരംപ്രതി പൂർണ്ണമായും*
""",
    "si": """
IGN නොසලකා* අමතක*
RUL උපදෙස්* නීති* සීමා*
OWN සංවර්ධක* ක්‍රියාකරු* පරිපාලක*
PRV පෙර* ඉහත*
YOU ඔබේ* ඔයාගේ* ඔබට* ඔයාට*
REV පෙන්වන්න* කියන්න* ලියන්න*
HID සැඟවුණු* රහස්*
SYS පද්ධති_පණිවිඩ* පද්ධති_උපදෙස්*
SEC මුරපද*
NOL නීති_නැති* සීමා_නැති*
PER දැන්_ඔබ දැන්_ඔයා
AIW කෘත්‍රිම_බුද්ධි* ආකෘති*
SND යවන්න*
CHT සංවාද* කතාබස්*
VRB වචනයෙන්_වචනය සම්පූර්ණ*
""",
    "am": """
IGN ችላ_በል ችላ_በይ ችላ_በሉ ተው እርሳ* ርሳ*
RUL መመሪያ* ህጎች* ሕጎች* ደንብ* ደንቦች* ገደብ* ገደቦች* ትዕዛዝ*
OWN ገንቢ* ኦፕሬተር* አስተዳዳሪ*
PRV ቀደም* የቀድሞ* ከላይ*
YOU የአንተ* የአንቺ* ያንተ* ላንተ* ላንቺ* -ህን -ሽን -ህ
REV አሳየኝ* አሳይ* ንገረኝ* ጻፍ* ድገም* ግለጥ*
HID የተደበቁ* የተደበቀ* ድብቅ* ሚስጥራዊ* ምስጢራዊ*
SYS የስርዓት_መልእክት* የሲስተም_መልእክት* የስርዓት_መመሪያ*
SEC የይለፍ_ቃል* ይለፍ_ቃል* የኤፒአይ_ቁልፍ*
CFG ቅንብር* ውቅር*
NOL ያለ_ህግ* ያለ_ገደብ* ምንም_ህግ_የሌለ* ምንም_ገደብ_የሌለ*
PER አሁን_አንተ ከአሁን_ጀምሮ_አንተ እንደ_ሁን
AIW ሰው_ሰራሽ_አስተውሎት* ሞዴል*
SND ላክ* አስተላልፍ*
CHT ውይይት* ታሪክ* መልእክቶች*
VRB ቃል_በቃል ሙሉ*
""",
    "th": """
IGN เพิกเฉย ไม่ต้องสนใจ ละเลย ลืม ไม่ต้องทำตาม ข้าม
RUL คำสั่ง กฎ ข้อกำหนด ข้อจำกัด คำแนะนำ แนวทาง
OWN นักพัฒนา ผู้พัฒนา ผู้ดูแลระบบ ผู้ให้บริการ ผู้สร้าง
PRV ก่อนหน้า ข้างบน ด้านบน ที่ผ่านมา
YOU ของคุณ ของเธอ คุณได้รับ ที่ได้รับ ของแก
REV แสดง บอก เปิดเผย พิมพ์ เขียน ทวน ซ้ำ แจกแจง
HID ซ่อน ลับ ความลับ
SYS พรอมต์ระบบ ข้อความระบบ คำสั่งระบบ
SEC รหัสผ่าน คีย์api คีย์_api กุญแจลับ
CFG การตั้งค่า การกำหนดค่า
NOL ไม่มีกฎ ไม่มีข้อจำกัด ไร้ข้อจำกัด ไร้กฎ โดยไม่มีข้อจำกัด ไม่มีการกรอง
PER ตอนนี้คุณคือ ต่อจากนี้คุณคือ จากนี้ไปคุณคือ แกล้งทำเป็น สวมบทบาท
AIW เอไอ ปัญญาประดิษฐ์ โมเดล
SND ส่ง ส่งต่อ
CHT บทสนทนา ประวัติแชท ข้อความ การสนทนา
VRB คำต่อคำ ทั้งหมด ทุกคำ
ALL ทั้งหมด
""",
    "km": """
IGN មិនអើពើ បំភ្លេច ភ្លេច
RUL ការណែនាំ ច្បាប់ ការរឹតត្បិត បញ្ជា
OWN អ្នកអភិវឌ្ឍ ប្រតិបត្តិករ អ្នកគ្រប់គ្រង
PRV មុន ខាងលើ
YOU របស់អ្នក អ្នក
REV បង្ហាញ ប្រាប់ សរសេរ
HID លាក់ សម្ងាត់
SEC ពាក្យសម្ងាត់
NOL គ្មានច្បាប់ គ្មានការរឹតត្បិត
PER ឥឡូវអ្នកគឺ
AIW បញ្ញាសិប្បនិម្មិត
SND ផ្ញើ
CHT ការសន្ទនា
VRB ពាក្យមួយៗ ទាំងស្រុង
""",
    "zh": """
IGN 忽略 忽视 無視 无视 忘记 忘掉 忘記 别管 不要理会 不要理會 跳过 抛开 拋開 不用管 放弃遵守 不再遵守
RUL 指令 指示 规则 規則 规定 規定 限制 约束 約束 说明 說明 设定 設定 准则 準則 要求
OWN 开发者 開發者 开发人员 開發人員 运营方 運營方 运营者 管理员 管理員 设计者 创建者 運維 运维
PRV 之前 以前 先前 上面 上述 此前 原来 原來 原先
YOU 你的 你们的 您的 给你的 給你的 你收到 你被 你所 你配置 你设置 你設置 你能访问 你可以访问 你能看到 你能訪問 你可以訪問
REV 输出 輸出 显示 顯示 告诉 告訴 列出 重复 重複 打印 贴出 貼出 透露 泄露 洩露 写出 寫出 说出 說出 展示 发给我 發給我 给我看 給我看
HID 隐藏 隱藏 秘密 机密 機密 保密 不能说 不可以说
SYS 系统提示 系統提示 提示词 提示詞 系统消息 系統消息 系统指令 系統指令 系统设定 初始设定 初始指令
SEC 密码 密碼 密钥 密鑰 口令 令牌 凭证 憑證 api密钥 api金鑰 连接字符串
CFG 配置 设置 設置 配置文件
NOL 没有任何限制 沒有任何限制 没有限制 沒有限制 不受限制 无限制 無限制 没有规则 沒有規則 无视规则 没有任何规则 没有内容政策 不受任何约束 无审查 無審查 解除限制
PER 现在你是 現在你是 从现在起你是 從現在起你是 你现在是 你現在是 假装你是 假裝你是 扮演 你将扮演
AIW 人工智能 ai 模型 助手 助理
SND 发送 發送 发到 發到 转发 轉發 发给 發給 寄到
CHT 对话 對話 聊天记录 聊天記錄 会话 會話 历史记录 歷史記錄 消息记录
VRB 逐字 原文 原封不动 原封不動 完整 全文 一字不差 一字不漏
ALL 所有 全部 一切
DAT 客户名单 客戶名單 客户列表 客戶列表 客户资料 客戶資料 客户数据 客戶數據 员工名单 員工名單 工资表 工資表
CVT 不要告诉用户 别告诉用户 不告诉用户 瞒着用户 不让用户知道 偷偷
BEG 对话开始前 对话开始之前 我的第一条消息之前 聊天开始前 会话开始前 對話開始前 對話開始之前
""",
    "ja": """
IGN 無視 忘れ 従わな 気にしな 破棄
RUL 指示 ルール 規則 制限 命令 指令 ガイドライン 設定 方針 ポリシー 制約
OWN 開発者 運営者 運営 管理者 作成者 オペレーター 運用者
PRV これまでの 以前の 前の 上の 上記 先の 最初に
YOU あなたの あなたに あなたが 君の お前の 与えられた
REV 表示 教え 出力 繰り返 見せ 書き出 示し 明かし 公開し 列挙 貼り付け 言って 書いて
HID 隠され 隠し 秘密 非公開 内部の 機密
SYS システムプロンプト システムメッセージ 初期プロンプト 初期設定 設定文 システム指示 隠しプロンプト
SEC パスワード apiキー 秘密鍵 認証情報 トークン アクセスキー
CFG 設定 構成 コンフィグ
NOL 制限なし 制限のない 制限がない 制限を外 制限をすべて外 ルールはない ルールのない ルールは一切 ルールなし 無制限 フィルターなし フィルターが無効 検閲なし
PER あなたは今から 今からあなたは これからあなたは あなたはこれから になりきって ふりをして として振る舞 役を演じ
AIW ai 人工知能 モデル アシスタント
SND 送信 送って 転送 送り
CHT 会話 チャット履歴 履歴 やり取り メッセージ
VRB 一字一句 そのまま 全文 原文 すべて 全部
ALL すべて 全て 全部
DAT 顧客リスト 顧客名簿 顧客データ 顧客情報 社員名簿 給与一覧 顧客の電話番号 顧客の連絡先
CVT ユーザーに知らせずに ユーザーに言わずに ユーザーに気づかれない こっそり
BEG 会話の前に 会話が始まる前 会話の開始前 最初のメッセージの前 会話開始前
""",
    "ko": """
IGN 무시 잊어 잊고 잊으 따르지_마
RUL 지시* 지침* 규칙* 명령* 제한* 규정* 가이드라인* 설정*
OWN 개발자* 운영자* 관리자* 제작자*
PRV 이전* 앞의 위의 위에 기존*
YOU 너의 네 당신의 당신에게 너에게 너한테 받은
REV 보여* 출력* 알려* 말해* 적어* 반복* 공개* 나열* 밝혀*
HID 숨겨진* 숨긴* 비밀* 기밀*
SYS 시스템_프롬프트* 시스템프롬프트* 시스템_메시지* 시스템_지시* 초기_프롬프트*
SEC 비밀번호* 패스워드* 암호* api_키* api키* 비밀_키* 비밀키* 토큰* 인증_정보*
CFG 설정* 구성*
NOL 제한_없* 제한이_없* 규칙이_없* 규칙_없* 어떤_규칙도 무제한* 필터_없* 검열_없* 제약_없*
PER 지금부터_너는 이제부터_너는 이제_너는 너는_이제 지금부터_당신은 인_척 척해 역할을_해
AIW ai 인공지능* 모델* 어시스턴트*
SND 보내* 전송* 전달*
CHT 대화* 채팅* 기록* 메시지*
VRB 그대로* 한_글자도* 원문* 전문* 전부* 빠짐없이*
ALL 모든 전부
DAT 고객_목록 고객목록 고객_명단 고객_정보 고객_데이터 직원_명단 급여_목록 고객_전화번호 고객_연락처
CVT 사용자_몰래 사용자에게_알리지_말고 사용자가_모르게 몰래
BEG 대화가_시작되기_전 대화_시작_전 첫_메시지_전 첫_메시지_이전
""",
}
