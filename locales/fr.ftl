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
privacy-check = Pour le vérifier vous-même : ouvrez les outils de développement du navigateur, onglet Réseau, puis choisissez et vérifiez un fichier. Les seules requêtes sont celles du lecteur de fichiers de cette page, une seule fois, quand vous pointez pour la première fois la zone du fichier, et elles ne transportent rien de vous. Ou déconnectez-vous d'internet une fois un fichier choisi : la vérification, l'examen et l'export continuent de fonctionner.
privacy-decisions = Les décisions d'examen restent dans cette page, sauf si vous les téléchargez ou cochez « { $remember } », qui les conserve dans le stockage local de ce navigateur jusqu'à ce que vous les effaciez.

## Lists loaded
lists-heading = Listes chargées
lists-line = { $count ->
    [one] 1 liste
   *[other] { $count } listes
}, la plus récente du { $newest }
lists-line-old = , { $count ->
    [one] 1 de plus d’un an
   *[other] { $count } de plus d’un an
}
lists-line-unticked = , { $count } non utilisées
lists-loading = Chargement des listes de restrictions…
lists-summary = { $entities } parties listées et { $goods } lignes de risque produit, contrôlées et indexées sur cet appareil.
lists-timing = Paquet de listes de { $size } Mo : téléchargé en { $fetch } ms, vérifié et décodé en { $decode } ms, indexé en { $index } ms.
lists-restricted = Ce site vérifie uniquement par rapport aux listes ci-dessous.
col-screen = Vérifier
col-list = Liste
col-agency = Organisme
col-as-of = Publiée
col-fetched = Téléchargée
col-records = Entrées
screen-against = Vérifier par rapport à { $list }
list-old = datant de plus d'un an
list-old-title = Cette copie date de plus d'un an : consultez la source officielle pour d'éventuels changements.

## Input
input-heading = Vos fournisseurs
supplier-file = Fichier de fournisseurs
file-help = CSV, TSV, Excel (.xlsx, .xls) ou OpenDocument (.ods), jusqu'à { $max } Mo — ou déposez le fichier ici. Il n'est lu que sur cet appareil.
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
error-file-unreadable = Le navigateur n'a pas pu lire { $file } : { $reason }. Vérifiez que le fichier n'est pas ouvert et verrouillé par un autre programme, puis réessayez.
error-reader-unavailable = Le lecteur de fichiers n'a pas pu être chargé ({ $reason }). Il est téléchargé depuis ce site la première fois que vous apportez un fichier ; si vous êtes hors ligne, connectez-vous et réessayez. Votre fichier n'a pas quitté ce navigateur.
error-reader-crashed = Le lecteur de fichiers s'est arrêté pendant la lecture ({ $reason }). Rechargez la page et réessayez ; si cela se reproduit avec le même fichier, signalez-le. Votre fichier n'a pas quitté ce navigateur.
error-paste-empty = Collez d'abord au moins un nom de fournisseur (un par ligne).
preview-summary = { $description }, { $rows } lignes, { $columns } colonnes
file-warnings-label = Avertissements sur le fichier
preview-label = Aperçu des premières lignes
column-name = Colonne du nom
column-country = Colonne du pays
column-address = Colonne de l'adresse
column-product = Colonne du produit
column-id = Colonne du numéro d'immatriculation
column-hs = Colonne du code SH
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
summary-new = { $count ->
    [one] ligne avec une correspondance nouvelle depuis votre dernière revue
   *[other] lignes avec une correspondance nouvelle depuis votre dernière revue
}
summary-bad-ids = { $count ->
    [one] numéro d'immatriculation invalide
   *[other] numéros d'immatriculation invalides
}
threshold-label = Seuil de correspondance
threshold-help = Les résultats dont le score atteint ou dépasse le seuil comptent comme correspondances possibles. Le déplacer ne relance pas la vérification.
histogram-label = Histogramme de { $total } meilleurs scores de { $floor } à 1,00 ; le seuil est à { $threshold }
filter-show = Afficher
filter-all-statuses = Tous les statuts
filter-list = Liste
filter-all-lists = Toutes les listes
filter-new = Seulement les correspondances nouvelles depuis la dernière revue
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
new-tag = Nouvelle
new-hint = Cette correspondance n'avait pas de décision quand vos décisions ont été chargées : elle est nouvelle depuis votre dernière revue.
lists-changed = Listes mises à jour depuis vos décisions : { $lists }. Les résultats sur ces listes peuvent être nouveaux ou modifiés : vérifiez-les.
id-tag = Vérifiez le numéro d'immatriculation
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
field-id = Numéro d'immatriculation : { $value }
field-hs = Code SH : { $value }
no-supplier-details = Aucun pays, adresse ou produit indiqué.
hit-label = Résultat : { $entity } sur { $list }
score-title = Score de correspondance de 0 à 1
score = score { $score }
matched-alias = Correspond à l'alias
alias-source = Nom chinois tiré de
alias-source-cited = Nom chinois tiré de { $source }
alias-source-list = Nom chinois donné par la liste elle-même
id-match = Le numéro d’immatriculation correspond :
id-only = Les noms diffèrent : ce résultat vient du seul numéro d’immatriculation.
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
align-number = nombre
align-initialism = sigle
align-translation = traduction (mot chinois)
align-reading = lecture (pinyin)
align-unmatched = sans correspondance
factors-label = Ce qui a augmenté ou diminué le score
factor-country-agrees = Le pays concorde ({ $country }) : { $delta }
factor-country-differs = Le pays diffère (fournisseur : { $supplier } ; liste : { $listed }) : { $delta }
factor-word-order = Mots dans un autre ordre : { $delta }
factor-person-name = La partie listée est une personne, le nom complet doit donc correspondre : { $delta }
factor-craft = La partie listée est un navire ou un aéronef, pas une entreprise, le nom complet doit donc correspondre : { $delta }
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
fact-identifiers = Numéros d’immatriculation
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
report-new = Nouveau depuis la dernière revue
report-new-text = { $count ->
    [one] 1 correspondance sans décision antérieure, en tête
   *[other] { $count } correspondances sans décision antérieure, en tête
}
report-lists-heading = Listes et leurs dates
report-list-line = { $name } ({ $code }) — { $agency }, publiée le { $as_of } ({ $as_of_from }), téléchargée le { $fetched }, { $records } entrées
report-list-file = { $file } : SHA-256 { $sha }
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

## Lecture des fichiers, chargement des listes et signaux de risque (faits du moteur, rédigés ici)
pasted-names = Noms collés
source-xlsx = Classeur Excel, feuille '{ $sheet }'
source-xls = Classeur Excel 97-2003 (.xls), feuille '{ $sheet }'
source-ods = Classeur OpenDocument (.ods), feuille '{ $sheet }'
source-tab = Texte séparé par des tabulations, { $encoding }
source-csv = CSV séparé par '{ $delimiter }', { $encoding }
source-lines = Texte, un nom par ligne, { $encoding }
origin-line = { $count ->
    [one] ligne
   *[other] lignes
}
origin-row = { $count ->
    [one] ligne
   *[other] lignes
}
at-place = { $word } { $n }
at-sheet = { $place } de la feuille « { $sheet } »
rows-ref = { $count ->
    [one] ligne de données
   *[other] lignes de données
} { $rows }{ $more ->
    [0] {""}
   *[other] {" "}et { $moren } de plus
} ({ $word } { $origins } du fichier)
input-empty = { $file } : le fichier est vide. Exportez de nouveau la liste des fournisseurs, ou collez plutôt les noms des fournisseurs.
input-empty-workbook = { $file } : toutes les feuilles du classeur sont vides. Placez la liste des fournisseurs sur la première feuille, un fournisseur par ligne, puis enregistrez de nouveau.
input-header-only = { $file } : le fichier a une ligne d'en-tête ({ $columns }) mais aucune ligne de données. Ajoutez un fournisseur par ligne sous l'en-tête.
input-not-spreadsheet = { $file } : ce n'est ni un tableur ni un fichier CSV : cela ressemble à { $detected }. Exportez la liste des fournisseurs de votre ERP en .xlsx ou .csv.
input-unsupported = { $file } : les fichiers { $format } ne sont pas pris en charge : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou .csv.
input-password = { $file } : le classeur est protégé par mot de passe : enregistrez une copie non protégée (dans Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, effacez le mot de passe) et réessayez.
input-corrupt = { $file } : le fichier Excel est endommagé ou incomplet ({ $problem }). S'il a été téléchargé ou reçu par e-mail, récupérez-le de nouveau ; sinon ouvrez-le dans Excel et enregistrez-le de nouveau, ou exportez-le en .csv.
input-too-big = { $file } : le fichier pèse { $size } Mo, au-delà de la limite de { $max } Mo. Ne gardez que les colonnes du fournisseur (nom, pays, adresse, produit) ou divisez la liste en plusieurs fichiers.
input-too-many-rows = { $file } : plus de { $max } lignes de données (la limite a été dépassée à la { $at }). Divisez la liste en plusieurs fichiers.
file-kind-pdf = un document PDF
file-kind-png = une image PNG
file-kind-jpeg = une image JPEG
file-kind-gif = une image GIF
file-kind-tiff = une image TIFF
file-kind-gzip = un fichier compressé gzip (décompressez-le d'abord)
file-kind-7z = une archive 7-Zip (décompressez-la d'abord)
file-kind-rar = une archive RAR (décompressez-la d'abord)
file-kind-executable = un programme (exécutable ELF)
file-kind-sqlite = une base de données SQLite
file-kind-rtf = un document RTF
file-kind-word = un document Word
file-kind-ole = un ancien document Microsoft Office (OLE)
file-kind-odf-text = un texte ou une présentation OpenDocument
file-kind-docx = un document Word (.docx)
file-kind-pptx = une présentation PowerPoint (.pptx)
file-kind-binary = des données binaires (le fichier contient des octets NUL ou des codes de contrôle qu'un texte n'a jamais)
sheet-format-xlsb = classeur binaire Excel (.xlsb)
sheet-format-xml2003 = feuille de calcul XML 2003 (.xml/.xls)
sheet-format-html = tableaux de page web (HTML) enregistrés sous un nom de tableur
xlsx-no-sheet = aucune feuille n'a pu être lue : { $sheets }
xlsx-bad-zip = le conteneur zip est illisible : { $reason }
xlsx-missing-part = c'est une archive zip mais pas un classeur Excel : il lui manque { $part }
warn-record-skipped = ligne { $line } : un enregistrement refusé par le lecteur CSV a été ignoré ({ $reason }).
warn-unclosed-quote = { $count ->
    [one] 1 cellule s'étend
   *[other] { $n } cellules s'étendent
} sur plus de 20 lignes : un guillemet (") ouvert au début d'un champ n'a probablement jamais été fermé, et les lignes suivantes ont été lues dans une seule cellule. Vérifiez les guillemets du fichier.
warn-windows-1252 = Le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). Si les lettres accentuées semblent fausses, enregistrez-le en « CSV UTF-8 » et réessayez.
warn-paste-cut = Seules les { $max } premières lignes collées ont été lues.
warn-nothing-pasted = Rien à contrôler : collez un nom de fournisseur par ligne, ou des cellules copiées d'un tableur.
warn-paste-header-only = Seule une ligne d'en-tête a été collée ({ $columns }) : collez aussi les lignes des fournisseurs.
warn-title-lines = { $count ->
    [one] { $count } ligne de titre au-dessus de l'en-tête a été ignorée
   *[other] { $count } lignes de titre au-dessus de l'en-tête ont été ignorées
} ({ $word } { $range }) : { $titles }.
warn-no-header = Aucune ligne d'en-tête reconnue : la première { $word } est lue comme des données et les colonnes sont nommées « Column 1 » à « Column { $width } ».
warn-short-rows = { $count ->
    [one] 1 ligne a
   *[other] { $n } lignes ont
} moins de cellules que les { $width } colonnes de l'en-tête ; les cellules manquantes ont été laissées vides : { $rows }.
warn-long-rows = { $count ->
    [one] 1 ligne a
   *[other] { $n } lignes ont
} plus de cellules que les { $width } colonnes de l'en-tête ; les cellules en trop ont été gardées dans les colonnes « Column { $next } » et suivantes : { $rows }. Un séparateur dans un nom sans guillemets en est souvent la cause.
warn-cells-cut = { $count ->
    [one] 1 cellule de plus de { $max } caractères a été coupée
   *[other] { $n } cellules de plus de { $max } caractères ont été coupées
} à cette longueur : { $rows }.
warn-no-name-column = Aucune colonne ne ressemble à des noms de fournisseurs : choisissez la colonne du nom avant le contrôle.
warn-empty-names = { $count ->
    [one] 1 ligne n'a pas de nom de fournisseur dans la colonne « { $column } » ; elle reste dans le tableau mais ne peut pas être contrôlée : { $rows }.
   *[other] { $n } lignes n'ont pas de nom de fournisseur dans la colonne « { $column } » ; elles restent dans le tableau mais ne peuvent pas être contrôlées : { $rows }.
}
warn-no-letter-names = { $count ->
    [one] 1 ligne a un nom sans lettres ni chiffres dans la colonne « { $column } » ; elle est gardée mais ne peut pas être contrôlée : { $rows }.
   *[other] { $n } lignes ont un nom sans lettres ni chiffres dans la colonne « { $column } » ; elles sont gardées mais ne peuvent pas être contrôlées : { $rows }.
}
warn-legal-form-names = { $count ->
    [one] 1 ligne a un nom qui n'est qu'une forme juridique (comme « Co., Ltd. ») dans la colonne « { $column } » ; elle est gardée mais ne peut pas être contrôlée utilement : { $rows }.
   *[other] { $n } lignes ont un nom qui n'est qu'une forme juridique (comme « Co., Ltd. ») dans la colonne « { $column } » ; elles sont gardées mais ne peuvent pas être contrôlées utilement : { $rows }.
}
warn-sheet-offset = Les données de la feuille « { $sheet } » commencent à la colonne { $column } ; les colonnes vides qui précèdent ont été ignorées.
warn-other-sheets = Le classeur a d'autres feuilles ({ $others }) ; seule la feuille « { $sheet } » a été lue. Déplacez la liste des fournisseurs sur la première feuille si ce n'est pas la bonne.
bundle-too-short = le paquet de listes ne fait que { $len } octets, moins que son en-tête : le fichier est tronqué ; téléchargez-le de nouveau ou reconstruisez-le avec `supplyscreen build-lists`
bundle-bad-magic = ce fichier n'est pas un paquet de listes supplyscreen (il ne commence pas par SSBUNDLE) ; créez-en un avec `supplyscreen build-lists`
bundle-version = le paquet de listes est au format { $found }, mais cette version de supplyscreen lit le format { $expected } ; reconstruisez le paquet avec le `supplyscreen build-lists` correspondant
bundle-checksum = la somme de contrôle du paquet de listes ne correspond pas à son contenu : le fichier est endommagé ou tronqué ; téléchargez-le de nouveau ou reconstruisez-le avec `supplyscreen build-lists`
bundle-decode = le paquet de listes a passé la somme de contrôle mais n'a pas pu être décodé ({ $reason }) ; il a sans doute été écrit par une version incompatible : reconstruisez-le avec `supplyscreen build-lists`
load-network = Impossible de charger les listes de restrictions depuis { $url } : { $reason }. Rechargez la page ; si l'échec persiste, il manque au site son paquet de listes.
load-http = Impossible de charger les listes de restrictions depuis { $url } : le serveur a répondu HTTP { $status }. Il manque au site son paquet de listes (lancez `make bundle`).
load-bundle = Impossible de lire les listes de restrictions : { $reason }.
decisions-error = { $file }, ligne { $line } : { $problem }
decisions-empty = le fichier est vide ; un fichier de décisions commence par l'en-tête { $header }
decisions-not-csv = CSV non valide : { $reason }
decisions-missing-column = l'en-tête n'a pas de colonne « { $column } » ; attendu { $header } (trouvé { $found })
decisions-few-columns = { $expected } colonnes attendues comme dans l'en-tête, { $found } trouvées
decisions-empty-supplier = supplier_name est vide
decisions-empty-entity = entity_id est vide
decisions-unknown-list = liste inconnue « { $cell } » ; attendu l'une de { $lists }
decisions-unknown-decision = décision inconnue « { $cell } » ; attendu { $labels }
risk-field-address = l'adresse
risk-field-name = le nom du fournisseur
risk-field-country = la colonne pays
risk-field-product = la description du produit
risk-not-a-match = C'est un signal de risque produit-pays, pas une correspondance du fournisseur avec une partie listée.
risk-uflpa = Selon la loi américaine sur la prévention du travail forcé des Ouïghours (UFLPA), les biens extraits, produits ou fabriqués en tout ou partie au Xinjiang sont présumés faits avec du travail forcé et ne peuvent être importés aux États-Unis sauf exception accordée par la CBP sur preuves claires et convaincantes.
risk-title-good = Risque de { $kind ->
    [child] travail des enfants
    [forced-child] travail forcé des enfants
    [derived] travail lié aux intrants
   *[forced] travail forcé
} : { $good } de { $country } (liste des biens du DOL ILAB)
risk-title-wro = { $order } de la CBP sur { $merchandise } de { $country } : { $name }
risk-title-vessels = WRO de la CBP sur { $merchandise } de { $count } navires de pêche nommés
risk-title-xinjiang = Lieu du Xinjiang dans { $field } : { $places }
risk-detail-good = La liste du DOL ILAB des biens produits par le travail des enfants ou le travail forcé (List of Goods Produced by Child Labor or Forced Labor) cite { $good } de { $country } comme { $kind ->
    [child] produit avec du travail des enfants
    [forced-child] produit avec du travail forcé des enfants
    [derived] fabriqué avec un intrant produit avec du travail des enfants ou du travail forcé
    [derived-in] fabriqué avec un intrant produit avec du travail des enfants ou du travail forcé (pays : { $input })
   *[forced] produit avec du travail forcé
}. Correspondance parce que { $why }. { risk-not-a-match }
risk-wro-since = , en vigueur depuis le { $date }
risk-scope-region = L'ordre couvre cette marchandise venant de toute la région ou de tout le pays nommé, quel que soit le producteur : les biens de ce type venant de { $country } sont retenus à la frontière américaine sauf si l'importateur prouve qu'ils n'ont pas été faits avec du travail forcé.
risk-scope-producer = L'ordre nomme un producteur : il compte si votre fournisseur est ce producteur, le possède ou s'approvisionne chez lui.
risk-detail-wro = { $order } du service des douanes et de la protection des frontières des États-Unis (CBP, 19 U.S.C. 1307) « { $name } », { $country }, marchandise « { $merchandise } », statut { $status }{ $since }. { $scope } Correspondance parce que { $why }. { risk-not-a-match }
risk-detail-vessels = Le service des douanes et de la protection des frontières des États-Unis a des ordres de retenue (WRO) en vigueur sur { $merchandise } pêché par des navires nommés, où que la prise soit débarquée ou transformée : { $names }. Vérifiez que les prises de votre fournisseur ne viennent pas de ces navires. Correspondance parce que { $why }. { risk-not-a-match }
risk-detail-xinjiang = { $places }, dans la région autonome ouïghoure du Xinjiang, figure dans { $field } (écrit « { $written } »). { risk-uflpa } C'est un signal de risque lié au lieu, pas une correspondance avec la liste des entités UFLPA.
risk-title-registered = Immatriculé au Xinjiang (division { $division }, { $place })
risk-detail-registered = Le code unifié de crédit social { $uscc } du fournisseur a été délivré par une autorité d'immatriculation de la région autonome ouïghoure du Xinjiang : les caractères 3 à 8 du code, { $division }, sont la division administrative de { $place } (GB 32100-2015, GB/T 2260). L'entreprise est immatriculée au Xinjiang, quoi que disent son nom et son adresse. { risk-uflpa } C'est un signal de risque lié au lieu, pas une correspondance avec la liste des entités UFLPA.
risk-title-listed-address = Adresse inscrite pour { $entity } ({ $list })
risk-detail-listed-address = L'adresse du fournisseur « { $written } » est une adresse que la liste donne pour { $entity } ({ $id }) : « { $listed } ». Le fournisseur peut être cette partie sous un autre nom, partager ses locaux ou agir pour elle : vérifiez qui est le fournisseur à cette adresse. C'est un signal lié à l'adresse, pas une correspondance du nom du fournisseur.
risk-why-names = le texte produit « { $product } » nomme { $phrase }
risk-why-filed = le texte produit « { $product } » mentionne « { $word } », que l'usage commercial classe sous { $good }
risk-why-shares = le texte produit « { $product } » et la marchandise ont en commun « { $word } »
risk-why-falls = le texte produit « { $product } » mentionne « { $word } », qui relève de { $family }
risk-title-sector = Secteur prioritaire de l'UFLPA : { $wording } ({ $named }), { $how }
risk-sector-by-word = mot « { $keyword } »
risk-sector-by-hs = SH { $code }
risk-sector-by-both = SH { $code } et mot « { $keyword } »
risk-detail-sector = Le groupe de travail sur l'application de la loi contre le travail forcé (Forced Labor Enforcement Task Force, présidé par le DHS) désigne « { $wording } » comme secteur prioritaire pour l'application de la loi sur la prévention du travail forcé des Ouïghours dans le document { $named } ({ $url }). Correspondance parce que { $why }, et le fournisseur est en Chine. { $scope ->
    [downstream] Le produit est en aval du secteur (fait de sa matière) : le DHS inclut les produits en aval ; lesquels, c'est la correspondance établie par supplyscreen.
    [related] Le produit est lié au secteur (un sous-produit ou un intrant), un ajout de supplyscreen et non du DHS : un signal plus faible.
   *[named] Le produit est l'un de ceux que le DHS nomme dans le secteur.
} La CBP examine de plus près les marchandises de ces secteurs : attendez-vous à devoir montrer d'où vient la matière, jusqu'à la matière première. { risk-not-a-match }
risk-why-sector-word = le texte produit « { $product } » contient « { $keyword } »
risk-why-sector-hs = le code SH { $code } relève de la position SH { $prefix }
risk-why-sector-both = le code SH { $code } relève de la position SH { $prefix } et le texte produit « { $product } » contient « { $keyword } »

## Registration numbers (the row check of an identifier column)
id-invalid = le numéro d'immatriculation { $value } n'est pas un { $scheme } valide : { $problem }
id-problem-check = son caractère de contrôle devrait être { $expected } : un caractère est mal saisi
id-problem-orgcode = le code d'organisation qu'il contient (caractères 9 à 17) échoue à son contrôle : un caractère est mal saisi
id-problem-character = il contient « { $found } », que le schéma n'utilise jamais
id-problem-length = il a { $found } caractères au lieu de { $expected }
id-scheme-uscc = USCC (code unifié de crédit social)
id-scheme-inn = INN (numéro fiscal russe)
id-scheme-ogrn = OGRN (numéro d’immatriculation russe)
id-scheme-lei = LEI
id-scheme-other = numéro d'immatriculation
