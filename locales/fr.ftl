# supplyscreen — textes de l'interface en français. Mêmes ids et arguments que locales/en.ftl.

## Page frame
page-title = supplyscreen — vérification confidentielle des fournisseurs
skip-link = Aller à l'outil de vérification
language-label = Langue
tagline = Vérifiez votre liste de fournisseurs par rapport aux listes de restrictions américaines sur le travail forcé et les droits humains, entièrement dans votre navigateur : votre fichier de fournisseurs ne quitte jamais cet appareil.
provided-by = Proposé par { $org }
main-label = Vérification
footer-source = Code source
footer-free = libre et open source · pas un avis juridique
fatal-error = supplyscreen a rencontré une erreur interne et s'est arrêté. Votre fichier n'a été envoyé nulle part. Rechargez la page pour recommencer ; si cela se reproduit, signalez le message ci-dessous.

## Privacy
privacy-heading = Comment vos données sont traitées
privacy-local = Votre fichier de fournisseurs est lu et vérifié par cette page, sur votre appareil. Rien de ce que vous chargez, collez, examinez ou exportez n'est envoyé : les seuls fichiers que cette page télécharge sont l'application elle-même et les listes publiques de restrictions, toutes deux depuis ce site, avant que vous choisissiez un fichier.
privacy-check = Pour le vérifier vous-même : ouvrez les outils de développement du navigateur, onglet Réseau, puis vérifiez un fichier — aucune requête n'apparaît. Ou déconnectez-vous d'internet une fois les listes chargées : la vérification, l'examen et l'export continuent de fonctionner.
privacy-decisions = Les décisions d'examen restent dans cette page, sauf si vous les téléchargez ou cochez « { $remember } », qui les conserve dans le stockage local de ce navigateur jusqu'à ce que vous les effaciez.

## Lists loaded
lists-heading = Listes chargées
lists-loading = Chargement des listes de restrictions…
lists-summary = { $entities } parties listées et { $goods } lignes de risque produit, contrôlées et indexées sur cet appareil.
lists-timing = Paquet de listes de { $size } Mo : téléchargé en { $fetch } ms, vérifié et décodé en { $decode } ms, indexé en { $index } ms.
lists-restricted = Ce site vérifie uniquement par rapport aux listes ci-dessous.
col-screen = Vérifier
col-list = Liste
col-agency = Organisme
col-as-of = Date
col-records = Entrées
screen-against = Vérifier par rapport à { $list }
list-old = datant de plus d'un an
list-old-title = Cette copie date de plus d'un an : consultez la source officielle pour d'éventuels changements.

## Input
input-heading = Vos fournisseurs
supplier-file = Fichier de fournisseurs
file-help = CSV, TSV ou Excel (.xlsx), jusqu'à { $max } Mo — ou déposez le fichier ici. Il n'est lu que sur cet appareil.
paste-label = Coller des noms de fournisseurs
paste-placeholder = Un nom par ligne, ou des cellules copiées d'un tableur
paste-use = Utiliser les noms collés
reading = Lecture…
screen-button = Vérifier les fournisseurs
hint-waiting-lists = En attente du chargement des listes…
hint-choose-file = Choisissez d'abord un fichier ou collez des noms.
hint-choose-name = Choisissez d'abord la colonne du nom.
hint-choose-list = Cochez au moins une liste dans « Listes chargées ».
progress-label = Progression de la vérification
progress-text = { $done } fournisseurs sur { $total } vérifiés
cancel = Annuler
run-cancelled = Annulé après { $done } fournisseurs sur { $total }.
run-screened-ms = { $total } { $total ->
    [one] fournisseur vérifié
   *[other] fournisseurs vérifiés
} en { $ms } ms.
run-screened-s = { $total } { $total ->
    [one] fournisseur vérifié
   *[other] fournisseurs vérifiés
} en { $s } s.
error-file-too-large = { $file } pèse { $size } Mo ; le plus gros fichier accepté par cette page est de { $max } Mo. Divisez le fichier, ou ne gardez que les colonnes nom et pays du fournisseur, puis réessayez.
error-file-unreadable = Le navigateur n'a pas pu lire { $file } : { $reason }. Vérifiez que le fichier n'est pas ouvert et verrouillé par un autre programme, puis réessayez.
error-paste-empty = Collez d'abord au moins un nom de fournisseur (un par ligne).
preview-summary = { $description }, { $rows } lignes, { $columns } colonnes
file-warnings-label = Avertissements sur le fichier
preview-label = Aperçu des premières lignes
column-name = Colonne du nom
column-country = Colonne du pays
column-address = Colonne de l'adresse
column-product = Colonne du produit
required-suffix = (obligatoire)
option-choose = — choisir —
option-none = — aucune —

## Results
results-heading = Résultats
summary-label = Résumé
summary-matches = { $count ->
    [one] correspondance possible
   *[other] correspondances possibles
}
summary-risks = { $count ->
    [one] risque produit
   *[other] risques produit
}
summary-clear = sans résultat
summary-screened = { $count ->
    [one] fournisseur vérifié
   *[other] fournisseurs vérifiés
}
threshold-label = Seuil de correspondance
threshold-help = Les résultats dont le score atteint ou dépasse le seuil comptent comme correspondances possibles. Le déplacer ne relance pas la vérification.
histogram-label = Histogramme de { $total } meilleurs scores de { $floor } à 1,00 ; le seuil est à { $threshold }
filter-show = Afficher
filter-all-statuses = Tous les statuts
filter-list = Liste
filter-all-lists = Toutes les listes
results-table-label = Résultats de la vérification
col-row = Ligne
col-supplier = Fournisseur
col-country = Pays
col-status = Statut
col-best-score = Meilleur score
col-lists = Listes
col-matched-entity = Entité correspondante
status-possible-match = Correspondance possible
status-product-risk = Risque produit
status-clear = Sans résultat
details-for-row = Détails de la ligne { $row } : { $name }
no-name = (sans nom)
no-rows = Aucune ligne ne correspond à ces filtres.
pager-label = Pages de résultats
pager-first = Première
pager-previous = Précédente
pager-next = Suivante
pager-last = Dernière
pager-status = Page { $page } sur { $pages } ({ $rows } lignes)
download-results = Télécharger les résultats (CSV)
print-report = Imprimer le rapport
download-decisions = Télécharger les décisions
load-decisions = Charger un fichier de décisions
remember-decisions = Mémoriser mes décisions d'examen dans ce navigateur
clear-decisions = Effacer les décisions
error-save-refused = Votre navigateur a refusé d'enregistrer { $file }.
error-read = Impossible de lire { $file } : { $reason }
error-remember = Impossible de mémoriser les décisions dans ce navigateur : { $reason }
storage-unavailable = ce navigateur n'autorise pas le stockage local
storage-refused = le navigateur a refusé d'enregistrer (stockage plein ou désactivé)
this-browser = ce navigateur

## Detail
detail-heading = Ligne { $row } : { $name }
close-details = Fermer les détails
preparing-explanation = Préparation de l'explication…
no-hit-above = Aucun résultat n'atteint le seuil ({ $threshold }).
weaker-candidates = { $count ->
    [one] { $count } candidat plus faible est en dessous.
   *[other] { $count } candidats plus faibles sont en dessous.
}
risk-heading = Signaux de risque produit et lieu
risk-help = Des signaux de risque, pas des correspondances avec une liste : ils désignent des produits ou des lieux qui demandent une diligence raisonnable.
field-country = Pays : { $value }
field-address = Adresse : { $value }
field-product = Produit : { $value }
no-supplier-details = Aucun pays, adresse ou produit indiqué.
hit-label = Résultat : { $entity } sur { $list }
score-title = Score de correspondance de 0 à 1
score = score { $score }
matched-alias = Correspond à l'alias
matched-name = Correspond au nom listé
words-alone = les mots seuls obtiennent { $score }.
alignment-label = Alignement mot à mot
col-your-supplier = Votre fournisseur
col-listed-name = Nom listé
col-how-match = Type de correspondance
col-weight = Poids
align-exact = exacte
align-fuzzy = approchée (orthographe)
align-abbreviation = abréviation
align-legal-form = forme juridique
align-joined-split = accolé / séparé
align-transliteration = translittération
align-unmatched = sans correspondance
factors-label = Ce qui a augmenté ou diminué le score
factor-country-agrees = Le pays concorde ({ $country }) : { $delta }
factor-country-differs = Le pays diffère (fournisseur : { $supplier } ; liste : { $listed }) : { $delta }
factor-word-order = Mots dans un autre ordre : { $delta }
factor-person-name = La partie listée est une personne, le nom complet doit donc correspondre : { $delta }
factor-weak-alias = Correspond à un alias faible (forme courte ou surnom) : { $delta }
factor-short-name = Seuls des mots courts ou génériques correspondent : { $delta }
factor-typo-only = Le seul mot distinctif qui correspond est mal orthographié — ce peut être le nom d'une autre entreprise : { $delta }
fact-list = Liste
fact-program = Programme / fondement
fact-citation = Référence
fact-effective-date = Date d'effet
fact-licence = Licence requise
fact-merchandise = Marchandise
fact-status = Statut
fact-country = Pays
fact-address = Adresse
fact-aliases = Également listé sous
fact-scope = Portée
fact-subsidiaries = S'étend aux filiales
fact-subsidiaries-help = l'inscription couvre aussi les filiales et sociétés affiliées, des noms non listés peuvent donc être concernés.
fact-note = Remarque
fact-primary-missing = Connu uniquement par le fichier d'alias de la liste : son enregistrement principal manque dans cette copie.
fact-remarks = Observations
meaning-heading = Ce que cela signifie pour vous
official-source = Source officielle
your-review = Votre examen
decision-confirmed = Correspondance confirmée
decision-false-positive = Faux positif
decision-needs-review = À examiner
note-label = Note
decided-at = Décidé le { $when }.

## What a listing means (summaries, not legal advice)
not-legal-advice = Un résumé pour vous orienter, pas un avis juridique : consultez la source officielle et demandez conseil avant d'agir.
meaning-dhs_uflpa = Les biens extraits, produits ou fabriqués en tout ou partie par cette entité sont présumés issus du travail forcé et leur importation aux États-Unis est interdite, sauf si l'importateur renverse la présomption par des preuves claires et convaincantes (Uyghur Forced Labor Prevention Act).
meaning-cbp_wro = Le service des douanes et de la protection des frontières des États-Unis (CBP) retient à la frontière les envois de la marchandise nommée provenant de cette source (19 U.S.C. 1307). L'importateur doit prouver que les biens n'ont pas été produits par le travail forcé ; en cas de constat (Finding), la CBP peut les saisir.
meaning-bis_entity = Une licence du département du Commerce des États-Unis est requise pour exporter, réexporter ou transférer à cette partie des articles soumis aux Export Administration Regulations. Cela restreint la vente (l'exportation) à la partie, non l'achat auprès d'elle — mais c'est un signal d'alerte sérieux pour votre diligence raisonnable.
meaning-bis_meu = Une licence est requise pour exporter certains articles vers cet utilisateur final militaire (15 CFR 744.21). Cela restreint les exportations vers la partie, non les achats auprès d'elle.
meaning-bis_dpl = Les privilèges d'exportation américains de cette partie sont refusés : personne ne peut participer avec elle à une opération d'exportation soumise aux Export Administration Regulations.
meaning-bis_uvl = Le BIS n'a pas pu vérifier la bonne foi de cette partie. Les exportations vers elle exigent une déclaration « Unverified List » et les exceptions de licence ne s'appliquent pas ; considérez-la comme un signal d'alerte.
meaning-state_isn = Le département d'État des États-Unis a imposé des sanctions de non-prolifération à cette partie ; selon la mesure, les marchés publics, l'aide ou les licences d'exportation américains sont interdits.
meaning-state_dtc = Cette partie est exclue de toute participation, directe ou indirecte, aux exportations d'articles et de services de défense (ITAR).
meaning-ofac_sdn = Tous les biens de cette partie relevant de la juridiction américaine sont bloqués et les personnes américaines ne peuvent traiter avec elle, directement ou indirectement. Les entités détenues à 50 % ou plus par des parties bloquées sont aussi bloquées.
meaning-ofac_cmic = Les personnes américaines ne peuvent acheter ni vendre de titres cotés de cette société (liste du complexe militaro-industriel chinois), ou sont soumises aux restrictions plus limitées du programme indiqué. Cette inscription n'interdit pas en soi le commerce de biens.
meaning-dol_ilab = Le département du Travail des États-Unis a des raisons de croire que ce bien est produit par le travail des enfants ou le travail forcé dans ce pays. C'est un signal de risque pour la diligence raisonnable, pas une interdiction légale en soi.

## Report
print = Imprimer
close-report = Fermer le rapport
report-heading = Rapport de vérification des fournisseurs
report-file-sha = SHA-256 du fichier
report-pasted = (texte collé, pas de fichier)
report-rows = Lignes vérifiées
report-engine = Version du moteur
report-bundle-sha = SHA-256 du paquet de listes
report-screened-on = Vérifié le
report-summary = Résumé
report-summary-text = { $matches } correspondances possibles, { $risks } risques produit, { $clear } sans résultat
report-lists-heading = Listes et leurs dates
report-list-line = { $name } ({ $code }) — { $agency }, à la date du { $as_of }, { $records } entrées
report-hits-heading = Résultats et signaux de risque
report-no-hits = Aucun fournisseur n'a atteint le seuil et aucun signal de risque n'a été relevé.
report-hits-label = Résultats du rapport
col-listed-entity = Entité listée
col-matched-name = Nom correspondant
col-score = Score
col-decision = Décision
not-reviewed = Non examiné
report-risk-signal = Signal de risque : { $title } — { $detail }
report-footer = Vérifié entièrement dans le navigateur ; le fichier de fournisseurs n'a pas été envoyé. Les correspondances sont des pistes à examiner, pas des conclusions ; les résumés de chaque liste ne sont pas des avis juridiques.

## Announcements (read out by screen readers)
announce-language = Langue changée en français.
announce-loaded = Listes de restrictions chargées : { $lists } listes, { $entities } parties listées.
announce-reading = Lecture du fichier de fournisseurs…
announce-parsed = { $rows } lignes et { $columns } colonnes lues depuis { $file }.
announce-screening = Vérification de { $total } fournisseurs…
announce-finished = Vérification terminée : { $total } fournisseurs, { $matches } correspondances possibles.
announce-cancelled = Vérification annulée après { $done } fournisseurs sur { $total }.
announce-decided = { $entity } marqué comme : { $decision }.
announce-decisions-loaded = { $count } décisions d'examen chargées depuis { $file }.
announce-decisions-cleared = Toutes les décisions d'examen ont été effacées.
announce-decisions-saved = { $count } décisions enregistrées dans { $file }.
announce-saved = { $file } enregistré.
announce-not-ready = Les listes sont encore en cours de chargement ; réessayez dans un instant.
