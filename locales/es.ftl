# supplyscreen — textos de la interfaz en español. Mismos ids y argumentos que locales/en.ftl.

## Page frame
page-title = supplyscreen — verificación privada de proveedores
skip-link = Ir a la herramienta de verificación
language-label = Idioma
tagline = Verifique su lista de proveedores frente a las listas de restricciones de EE. UU. sobre trabajo forzoso y derechos humanos, íntegramente en su navegador: su archivo de proveedores nunca sale de este dispositivo.
provided-by = Ofrecido por { $org }
main-label = Verificación
footer-source = Código fuente
footer-free = libre y de código abierto · no es asesoramiento jurídico
fatal-error = supplyscreen sufrió un error interno y se detuvo. Su archivo no se ha subido a ningún sitio. Recargue la página para empezar de nuevo; si vuelve a ocurrir, comunique el mensaje que aparece abajo.

## Privacy
privacy-heading = Cómo se tratan sus datos
privacy-local = Esta página lee y verifica su archivo de proveedores en su dispositivo. Nada de lo que cargue, pegue, revise o exporte se sube: los únicos archivos que descarga esta página son la propia aplicación y las listas públicas de restricciones, ambas de este sitio, antes de que elija un archivo.
privacy-check = Para comprobarlo usted mismo: abra las herramientas de desarrollo del navegador, pestaña Red, y elija y verifique un archivo. Las únicas solicitudes son las del propio lector de archivos de esta página, una sola vez, cuando apunta por primera vez a la zona del archivo, y no llevan nada suyo. O desconéctese de internet una vez elegido un archivo: la verificación, la revisión y la exportación siguen funcionando.
privacy-decisions = Las decisiones de revisión permanecen en esta página salvo que las descargue o marque «{ $remember }», que las guarda en el almacenamiento local de este navegador hasta que las borre.

## Lists loaded
lists-heading = Listas cargadas
lists-line = { $count ->
    [one] 1 lista
   *[other] { $count } listas
}, la más reciente del { $newest }
lists-line-old = , { $count ->
    [one] 1 con más de un año
   *[other] { $count } con más de un año
}
lists-line-unticked = , { $count } sin usar
lists-loading = Cargando las listas de restricciones…
lists-summary = { $entities } partes listadas y { $goods } filas de riesgo de productos, comprobadas e indexadas en este dispositivo.
lists-timing = Paquete de listas de { $size } MB: descargado en { $fetch } ms, verificado y decodificado en { $decode } ms, indexado en { $index } ms.
lists-restricted = Este sitio verifica solo frente a las listas siguientes.
col-screen = Verificar
col-list = Lista
col-agency = Organismo
col-as-of = Publicada
col-fetched = Descargada
col-records = Registros
screen-against = Verificar frente a { $list }
list-old = de hace más de un año
list-old-title = Esta copia tiene más de un año: consulte la fuente oficial por si hay cambios.

## Input
input-heading = Sus proveedores
supplier-file = Archivo de proveedores
file-help = CSV, TSV, Excel (.xlsx, .xls) u OpenDocument (.ods), hasta { $max } MB, o suelte el archivo aquí. Solo se lee en este dispositivo.
paste-label = Pegar nombres de proveedores
paste-placeholder = Un nombre por línea, o celdas copiadas de una hoja de cálculo
paste-use = Usar los nombres pegados
reading = Leyendo…
screen-button = Verificar proveedores
hint-waiting-lists = Esperando a que se carguen las listas…
hint-choose-file = Primero elija un archivo o pegue nombres.
hint-choose-name = Primero elija la columna del nombre.
hint-choose-list = Marque al menos una lista en «Listas cargadas».
progress-label = Progreso de la verificación
progress-text = { $done } de { $total } proveedores verificados
cancel = Cancelar
run-cancelled = Cancelado tras { $done } de { $total } proveedores.
run-screened-ms = { $total } { $total ->
    [one] proveedor verificado
   *[other] proveedores verificados
} en { $ms } ms.
run-screened-s = { $total } { $total ->
    [one] proveedor verificado
   *[other] proveedores verificados
} en { $s } s.
error-file-unreadable = El navegador no pudo leer { $file }: { $reason }. Compruebe que el archivo no esté abierto y bloqueado por otro programa e inténtelo de nuevo.
error-reader-unavailable = No se pudo cargar el lector de archivos ({ $reason }). Se descarga de este sitio la primera vez que aporta un archivo; si no tiene conexión, conéctese e inténtelo de nuevo. Su archivo no ha salido de este navegador.
error-reader-crashed = El lector de archivos se detuvo durante la lectura ({ $reason }). Recargue la página e inténtelo de nuevo; si vuelve a ocurrir con el mismo archivo, infórmenos. Su archivo no ha salido de este navegador.
error-paste-empty = Primero pegue al menos un nombre de proveedor (uno por línea).
preview-summary = { $description }, { $rows } filas, { $columns } columnas
file-warnings-label = Avisos sobre el archivo
preview-label = Vista previa de las primeras filas
column-name = Columna del nombre
column-country = Columna del país
column-address = Columna de la dirección
column-product = Columna del producto
column-id = Columna del número de registro
column-hs = Columna del código SA
required-suffix = (obligatoria)
option-choose = — elegir —
option-none = — ninguna —

## Results
results-heading = Resultados
summary-label = Resumen
summary-matches = { $count ->
    [one] posible coincidencia
   *[other] posibles coincidencias
}
summary-risks = { $count ->
    [one] riesgo de producto
   *[other] riesgos de producto
}
summary-clear = sin resultados
summary-screened = { $count ->
    [one] proveedor verificado
   *[other] proveedores verificados
}
summary-new = { $count ->
    [one] fila con una coincidencia nueva desde su última revisión
   *[other] filas con una coincidencia nueva desde su última revisión
}
summary-bad-ids = { $count ->
    [one] número de registro no válido
   *[other] números de registro no válidos
}
threshold-label = Umbral de coincidencia
threshold-help = Los resultados con una puntuación igual o superior al umbral cuentan como posibles coincidencias. Moverlo no repite la verificación.
histogram-label = Histograma de { $total } mejores puntuaciones de { $floor } a 1,00; el umbral está en { $threshold }
filter-show = Mostrar
filter-all-statuses = Todos los estados
filter-list = Lista
filter-all-lists = Todas las listas
filter-new = Solo coincidencias nuevas desde la última revisión
results-table-label = Resultados de la verificación
col-row = Fila
col-supplier = Proveedor
col-country = País
col-status = Estado
col-best-score = Mejor puntuación
col-lists = Listas
col-matched-entity = Entidad coincidente
status-possible-match = Posible coincidencia
status-product-risk = Riesgo de producto
status-clear = Sin resultados
new-tag = Nueva
new-hint = Esta coincidencia no tenía decisión cuando se cargaron sus decisiones: es nueva desde su última revisión.
lists-changed = Listas actualizadas desde que se tomaron sus decisiones: { $lists }. Sus coincidencias pueden ser nuevas o haber cambiado: revíselas.
id-tag = Revise el número de registro
details-for-row = Detalles de la fila { $row }: { $name }
no-name = (sin nombre)
no-rows = Ninguna fila cumple estos filtros.
pager-label = Páginas de resultados
pager-first = Primera
pager-previous = Anterior
pager-next = Siguiente
pager-last = Última
pager-status = Página { $page } de { $pages } ({ $rows } filas)
download-results = Descargar resultados (CSV)
print-report = Imprimir informe
download-decisions = Descargar decisiones
load-decisions = Cargar archivo de decisiones
remember-decisions = Recordar mis decisiones de revisión en este navegador
clear-decisions = Borrar decisiones
error-save-refused = Su navegador se negó a guardar { $file }.
error-read = No se pudo leer { $file }: { $reason }
error-remember = No se pudieron recordar las decisiones en este navegador: { $reason }
storage-unavailable = este navegador no permite el almacenamiento local
storage-refused = el navegador se negó a guardar (almacenamiento lleno o desactivado)
this-browser = este navegador

## Detail
detail-heading = Fila { $row }: { $name }
close-details = Cerrar detalles
preparing-explanation = Preparando la explicación…
no-hit-above = Ningún resultado alcanza el umbral ({ $threshold }).
weaker-candidates = { $count ->
    [one] { $count } candidato más débil queda por debajo.
   *[other] { $count } candidatos más débiles quedan por debajo.
}
risk-heading = Señales de riesgo de producto y lugar
risk-help = Señales de riesgo, no coincidencias con listas: apuntan a productos o lugares que requieren diligencia debida.
field-country = País: { $value }
field-address = Dirección: { $value }
field-product = Producto: { $value }
field-id = Número de registro: { $value }
field-hs = Código SA: { $value }
no-supplier-details = No se indicó país, dirección ni producto.
hit-label = Resultado: { $entity } en { $list }
score-title = Puntuación de coincidencia de 0 a 1
score = puntuación { $score }
matched-alias = Coincide con el alias
alias-source = Nombre chino tomado de
alias-source-cited = Nombre chino tomado de { $source }
alias-source-list = Nombre chino que da la propia lista
id-match = El número de registro coincide:
id-only = Los nombres difieren: esta coincidencia procede solo del número de registro.
matched-name = Coincide con el nombre listado
words-alone = solo las palabras puntúan { $score }.
alignment-label = Alineación palabra por palabra
col-your-supplier = Su proveedor
col-listed-name = Nombre listado
col-how-match = Cómo coinciden
col-weight = Peso
align-exact = exacta
align-fuzzy = aproximada (ortografía)
align-abbreviation = abreviatura
align-legal-form = forma jurídica
align-joined-split = unida / separada
align-transliteration = transliteración
align-number = número
align-initialism = siglas
align-translation = traducción (palabra china)
align-reading = lectura (pinyin)
align-unmatched = sin coincidencia
factors-label = Qué subió o bajó la puntuación
factor-country-agrees = El país coincide ({ $country }): { $delta }
factor-country-differs = El país difiere (proveedor: { $supplier }; listado: { $listed }): { $delta }
factor-word-order = Palabras en otro orden: { $delta }
factor-person-name = La parte listada es una persona, por lo que se exige el nombre completo: { $delta }
factor-craft = La parte listada es un buque o una aeronave, no una empresa, por lo que se exige el nombre completo: { $delta }
factor-weak-alias = Coincide con un alias débil (forma corta o apodo): { $delta }
factor-short-name = Solo coinciden palabras cortas o genéricas: { $delta }
factor-typo-only = La única palabra distintiva que coincide está mal escrita; puede ser el nombre de otra empresa: { $delta }
fact-list = Lista
fact-program = Programa / fundamento
fact-citation = Referencia
fact-effective-date = Fecha de efecto
fact-licence = Requisito de licencia
fact-merchandise = Mercancía
fact-status = Estado
fact-country = País
fact-address = Dirección
fact-aliases = También listado como
fact-identifiers = Números de registro
fact-scope = Alcance
fact-subsidiaries = Se extiende a las filiales
fact-subsidiaries-help = la inclusión abarca también filiales y empresas vinculadas, por lo que nombres no listados pueden estar afectados.
fact-note = Nota
fact-primary-missing = Solo se conoce por el archivo de alias de la lista: su registro principal falta en esta copia.
fact-remarks = Observaciones
meaning-heading = Qué significa para usted
official-source = Fuente oficial
your-review = Su revisión
decision-confirmed = Coincidencia confirmada
decision-false-positive = Falso positivo
decision-needs-review = Requiere revisión
note-label = Nota
decided-at = Decidido el { $when }.

## What a listing means (summaries, not legal advice)
not-legal-advice = Un resumen para orientarle, no asesoramiento jurídico: consulte la fuente oficial y busque asesoramiento antes de actuar.
meaning-dhs_uflpa = Se presume que los bienes extraídos, producidos o fabricados total o parcialmente por esta entidad se han hecho con trabajo forzoso y se prohíbe su importación a Estados Unidos, salvo que el importador refute la presunción con pruebas claras y convincentes (Ley de Prevención del Trabajo Forzoso Uigur).
meaning-cbp_wro = La Oficina de Aduanas y Protección Fronteriza de EE. UU. retiene en la frontera los envíos de la mercancía indicada procedentes de esta fuente (19 U.S.C. 1307). El importador debe demostrar que los bienes no se hicieron con trabajo forzoso; en caso de una constatación (Finding), la CBP puede incautarlos.
meaning-bis_entity = Se necesita una licencia del Departamento de Comercio de EE. UU. para exportar, reexportar o transferir a esta parte artículos sujetos a las Export Administration Regulations. Restringe la venta (exportación) a la parte, no la compra a ella, pero es una señal de alerta seria para su diligencia debida.
meaning-bis_meu = Se necesita una licencia para exportar ciertos artículos a este usuario final militar (15 CFR 744.21). Restringe las exportaciones a la parte, no las compras a ella.
meaning-bis_dpl = A esta parte se le han denegado los privilegios de exportación de EE. UU.: nadie puede participar con ella en una operación de exportación sujeta a las Export Administration Regulations.
meaning-bis_uvl = La BIS no pudo verificar la buena fe de esta parte. Las exportaciones a ella requieren una declaración de la Unverified List y no se pueden usar excepciones de licencia; trátela como una señal de alerta.
meaning-state_isn = El Departamento de Estado de EE. UU. ha impuesto sanciones de no proliferación a esta parte; según la medida, se prohíben contratos públicos, asistencia o licencias de exportación de EE. UU.
meaning-state_dtc = Esta parte tiene prohibido participar, directa o indirectamente, en exportaciones de artículos y servicios de defensa (ITAR).
meaning-ofac_sdn = Todos los bienes de esta parte bajo jurisdicción de EE. UU. están bloqueados y las personas estadounidenses no pueden tratar con ella, directa ni indirectamente. Las entidades participadas en un 50 % o más por partes bloqueadas también están bloqueadas.
meaning-ofac_cmic = Las personas estadounidenses no pueden comprar ni vender valores cotizados de esta empresa (lista del Complejo Militar-Industrial Chino), o se aplican las restricciones más limitadas del programa indicado. Esta inclusión no prohíbe por sí misma el comercio de bienes.
meaning-dol_ilab = El Departamento de Trabajo de EE. UU. tiene motivos para creer que este bien se produce con trabajo infantil o trabajo forzoso en este país. Es una señal de riesgo para la diligencia debida, no una prohibición legal por sí sola.

## Report
print = Imprimir
close-report = Cerrar informe
report-heading = Informe de verificación de proveedores
report-file-sha = SHA-256 del archivo
report-pasted = (texto pegado, sin archivo)
report-rows = Filas verificadas
report-engine = Versión del motor
report-bundle-sha = SHA-256 del paquete de listas
report-screened-on = Verificado el
report-summary = Resumen
report-summary-text = { $matches } posibles coincidencias, { $risks } riesgos de producto, { $clear } sin resultados
report-new = Nuevo desde la última revisión
report-new-text = { $count ->
    [one] 1 coincidencia sin decisión previa, al principio
   *[other] { $count } coincidencias sin decisión previa, al principio
}
report-lists-heading = Listas y sus fechas
report-list-line = { $name } ({ $code }) — { $agency }, publicada el { $as_of } ({ $as_of_from }), descargada el { $fetched }, { $records } registros
report-list-file = { $file }: SHA-256 { $sha }
report-hits-heading = Resultados y señales de riesgo
report-no-hits = Ningún proveedor alcanzó el umbral y no se detectó ninguna señal de riesgo.
report-hits-label = Resultados del informe
col-listed-entity = Entidad listada
col-matched-name = Nombre coincidente
col-score = Puntuación
col-decision = Decisión
not-reviewed = Sin revisar
report-risk-signal = Señal de riesgo: { $title } — { $detail }
report-footer = Verificado íntegramente en el navegador; el archivo de proveedores no se subió. Las coincidencias son candidatas a revisión, no conclusiones; los resúmenes de cada lista no son asesoramiento jurídico.

## Announcements (read out by screen readers)
announce-language = Idioma cambiado a español.
announce-loaded = Listas de restricciones cargadas: { $lists } listas, { $entities } partes listadas.
announce-reading = Leyendo el archivo de proveedores…
announce-parsed = Se leyeron { $rows } filas y { $columns } columnas de { $file }.
announce-screening = Verificando { $total } proveedores…
announce-finished = Verificación terminada: { $total } proveedores, { $matches } posibles coincidencias.
announce-cancelled = Verificación cancelada tras { $done } de { $total } proveedores.
announce-decided = { $entity } marcado como { $decision }.
announce-decisions-loaded = Se cargaron { $count } decisiones de revisión desde { $file }.
announce-decisions-cleared = Se borraron todas las decisiones de revisión.
announce-decisions-saved = Se guardaron { $count } decisiones en { $file }.
announce-saved = Se guardó { $file }.
announce-not-ready = Las listas aún se están cargando; inténtelo de nuevo en un momento.

## Lectura de archivos, carga de listas y señales de riesgo (hechos del motor, redactados aquí)
pasted-names = Nombres pegados
source-xlsx = Libro de Excel, hoja '{ $sheet }'
source-xls = Libro de Excel 97-2003 (.xls), hoja '{ $sheet }'
source-ods = Hoja de cálculo OpenDocument (.ods), hoja '{ $sheet }'
source-tab = Texto separado por tabulaciones, { $encoding }
source-csv = CSV separado por '{ $delimiter }', { $encoding }
source-lines = Texto, un nombre por línea, { $encoding }
origin-line = { $count ->
    [one] línea
   *[other] líneas
}
origin-row = { $count ->
    [one] fila
   *[other] filas
}
at-place = { $word } { $n }
at-sheet = { $place } de la hoja "{ $sheet }"
rows-ref = { $count ->
    [one] fila de datos
   *[other] filas de datos
} { $rows }{ $more ->
    [0] {""}
   *[other] {" "}y { $moren } más
} ({ $word } { $origins })
input-empty = { $file }: el archivo está vacío. Exporte de nuevo la lista de proveedores o pegue los nombres de los proveedores.
input-empty-workbook = { $file }: todas las hojas del libro están vacías. Ponga la lista de proveedores en la primera hoja, un proveedor por fila, y guarde de nuevo.
input-header-only = { $file }: el archivo tiene una fila de encabezado ({ $columns }) pero ninguna fila de datos. Añada un proveedor por fila debajo del encabezado.
input-not-spreadsheet = { $file }: no es una hoja de cálculo ni un archivo CSV: parece { $detected }. Exporte la lista de proveedores de su ERP como .xlsx o .csv.
input-unsupported = { $file }: los archivos { $format } no son compatibles: ábralo en Excel o LibreOffice y guárdelo como .xlsx o .csv.
input-password = { $file }: el libro está protegido con contraseña: guarde una copia sin protección (en Excel: Archivo > Información > Proteger libro > Cifrar con contraseña, borre la contraseña) e inténtelo de nuevo.
input-corrupt = { $file }: el archivo de Excel está dañado o incompleto ({ $problem }). Si lo descargó o lo recibió por correo, obténgalo de nuevo; si no, ábralo en Excel y guárdelo otra vez, o expórtelo como .csv.
input-too-big = { $file }: el archivo ocupa { $size } MB, más que el límite de { $max } MB. Conserve solo las columnas del proveedor (nombre, país, dirección, producto) o divida la lista en varios archivos.
input-too-many-rows = { $file }: más de { $max } filas de datos (el límite se superó en la { $at }). Divida la lista en varios archivos.
file-kind-pdf = un documento PDF
file-kind-png = una imagen PNG
file-kind-jpeg = una imagen JPEG
file-kind-gif = una imagen GIF
file-kind-tiff = una imagen TIFF
file-kind-gzip = un archivo comprimido con gzip (descomprímalo primero)
file-kind-7z = un archivo 7-Zip (descomprímalo primero)
file-kind-rar = un archivo RAR (descomprímalo primero)
file-kind-executable = un programa (ejecutable ELF)
file-kind-sqlite = una base de datos SQLite
file-kind-rtf = un documento RTF
file-kind-word = un documento de Word
file-kind-ole = un documento antiguo de Microsoft Office (OLE)
file-kind-odf-text = un texto o una presentación OpenDocument
file-kind-docx = un documento de Word (.docx)
file-kind-pptx = una presentación de PowerPoint (.pptx)
file-kind-binary = datos binarios (contiene bytes NUL o códigos de control que un texto nunca tiene)
sheet-format-xlsb = libro binario de Excel (.xlsb)
sheet-format-xml2003 = hoja de cálculo XML 2003 (.xml/.xls)
sheet-format-html = tablas de página web (HTML) guardadas con nombre de hoja de cálculo
xlsx-no-sheet = no se pudo leer ninguna hoja: { $sheets }
xlsx-bad-zip = no se puede leer el contenedor zip: { $reason }
xlsx-missing-part = es un archivo zip pero no un libro de Excel: no contiene { $part }
warn-record-skipped = línea { $line }: se omitió un registro que el lector de CSV rechazó ({ $reason }).
warn-unclosed-quote = { $count ->
    [one] 1 celda ocupa
   *[other] { $n } celdas ocupan
} más de 20 líneas: probablemente unas comillas (") abiertas al inicio de un campo nunca se cerraron, de modo que las líneas siguientes se leyeron en una sola celda. Revise las comillas del archivo.
warn-windows-1252 = El archivo no está en UTF-8; se leyó como Windows-1252 (Europa occidental). Si las letras acentuadas se ven mal, guárdelo como "CSV UTF-8" e inténtelo de nuevo.
warn-paste-cut = Solo se leyeron las primeras { $max } líneas pegadas.
warn-nothing-pasted = No hay nada que revisar: pegue un nombre de proveedor por línea, o celdas copiadas de una hoja de cálculo.
warn-paste-header-only = Solo se pegó una línea de encabezado ({ $columns }): pegue también las filas de proveedores.
warn-title-lines = Se { $count ->
    [one] omitió { $count } línea de título
   *[other] omitieron { $count } líneas de título
} encima del encabezado ({ $word } { $range }): { $titles }.
warn-no-header = No se reconoció ninguna fila de encabezado: la primera { $word } se lee como datos y las columnas se llaman "Column 1" a "Column { $width }".
warn-short-rows = { $count ->
    [one] 1 fila tiene
   *[other] { $n } filas tienen
} menos celdas que las { $width } columnas del encabezado; las celdas que faltan se dejaron vacías: { $rows }.
warn-long-rows = { $count ->
    [one] 1 fila tiene
   *[other] { $n } filas tienen
} más celdas que las { $width } columnas del encabezado; las celdas de más se guardaron en las columnas "Column { $next }" y siguientes: { $rows }. Suele deberse a un delimitador dentro de un nombre sin comillas.
warn-cells-cut = { $count ->
    [one] 1 celda de
   *[other] { $n } celdas de
} más de { $max } caracteres { $count ->
    [one] se recortó
   *[other] se recortaron
} a esa longitud: { $rows }.
warn-no-name-column = Ninguna columna parece contener nombres de proveedores: elija la columna del nombre antes de revisar.
warn-empty-names = { $count ->
    [one] 1 fila no tiene nombre de proveedor en la columna "{ $column }"; se conserva en la tabla pero no se puede revisar: { $rows }.
   *[other] { $n } filas no tienen nombre de proveedor en la columna "{ $column }"; se conservan en la tabla pero no se pueden revisar: { $rows }.
}
warn-no-letter-names = { $count ->
    [one] 1 fila tiene un nombre sin letras ni cifras en la columna "{ $column }"; se conserva pero no se puede revisar: { $rows }.
   *[other] { $n } filas tienen un nombre sin letras ni cifras en la columna "{ $column }"; se conservan pero no se pueden revisar: { $rows }.
}
warn-legal-form-names = { $count ->
    [one] 1 fila tiene un nombre que es solo una forma jurídica (como "Co., Ltd.") en la columna "{ $column }"; se conserva pero no se puede revisar con sentido: { $rows }.
   *[other] { $n } filas tienen un nombre que es solo una forma jurídica (como "Co., Ltd.") en la columna "{ $column }"; se conservan pero no se pueden revisar con sentido: { $rows }.
}
warn-sheet-offset = Los datos de la hoja "{ $sheet }" empiezan en la columna { $column }; se ignoraron las columnas vacías anteriores.
warn-other-sheets = El libro tiene otras hojas ({ $others }); solo se leyó la hoja "{ $sheet }". Mueva la lista de proveedores a la primera hoja si esa no es la correcta.
bundle-too-short = el paquete de listas ocupa solo { $len } bytes, menos que su encabezado: el archivo está truncado; descárguelo de nuevo o reconstrúyalo con `supplyscreen build-lists`
bundle-bad-magic = este archivo no es un paquete de listas de supplyscreen (no empieza por SSBUNDLE); cree uno con `supplyscreen build-lists`
bundle-version = el paquete de listas tiene la versión de formato { $found }, pero esta versión de supplyscreen lee la versión { $expected }; reconstruya el paquete con el `supplyscreen build-lists` correspondiente
bundle-checksum = la suma de verificación del paquete de listas no coincide con su contenido: el archivo está dañado o truncado; descárguelo de nuevo o reconstrúyalo con `supplyscreen build-lists`
bundle-decode = el paquete de listas superó la suma de verificación pero no se pudo decodificar ({ $reason }); probablemente lo escribió una versión incompatible: reconstrúyalo con `supplyscreen build-lists`
load-network = No se pudieron cargar las listas de restricciones desde { $url }: { $reason }. Recargue la página; si sigue fallando, al sitio le falta su paquete de listas.
load-http = No se pudieron cargar las listas de restricciones desde { $url }: el servidor respondió HTTP { $status }. Al sitio le falta su paquete de listas (ejecute `make bundle`).
load-bundle = No se pudieron leer las listas de restricciones: { $reason }.
decisions-error = { $file }, línea { $line }: { $problem }
decisions-empty = el archivo está vacío; un archivo de decisiones empieza con el encabezado { $header }
decisions-not-csv = no es un CSV válido: { $reason }
decisions-missing-column = al encabezado le falta la columna "{ $column }"; se esperaba { $header } (se encontró { $found })
decisions-few-columns = se esperaban { $expected } columnas como en el encabezado, se encontraron { $found }
decisions-empty-supplier = supplier_name está vacío
decisions-empty-entity = entity_id está vacío
decisions-unknown-list = lista desconocida "{ $cell }"; se esperaba una de { $lists }
decisions-unknown-decision = decisión desconocida "{ $cell }"; se esperaba { $labels }
risk-field-address = la dirección
risk-field-name = el nombre del proveedor
risk-field-country = la columna de país
risk-field-product = la descripción del producto
risk-not-a-match = Es una señal de riesgo por producto y país, no una coincidencia del proveedor con una parte listada.
risk-uflpa = Según la Ley de Prevención del Trabajo Forzoso Uigur (UFLPA), se presume que los bienes extraídos, producidos o fabricados total o parcialmente en Xinjiang se hicieron con trabajo forzoso y no pueden importarse a Estados Unidos salvo que la CBP conceda una excepción con pruebas claras y convincentes.
risk-title-good = Riesgo de { $kind ->
    [child] trabajo infantil
    [forced-child] trabajo infantil forzoso
    [derived] trabajo en los insumos
   *[forced] trabajo forzoso
}: { $good } de { $country } (Lista de bienes del DOL ILAB)
risk-title-wro = { $order } de la CBP sobre { $merchandise } de { $country }: { $name }
risk-title-vessels = WRO de la CBP sobre { $merchandise } de { $count } buques pesqueros nombrados
risk-title-xinjiang = Lugar de Xinjiang en { $field }: { $places }
risk-detail-good = La lista del DOL ILAB de bienes producidos con trabajo infantil o forzoso (List of Goods Produced by Child Labor or Forced Labor) incluye { $good } de { $country } como { $kind ->
    [child] producido con trabajo infantil
    [forced-child] producido con trabajo infantil forzoso
    [derived] hecho con un insumo producido con trabajo infantil o forzoso
    [derived-in] hecho con un insumo producido con trabajo infantil o forzoso en { $input }
   *[forced] producido con trabajo forzoso
}. Coincide porque { $why }. { risk-not-a-match }
risk-wro-since = , vigente desde { $date }
risk-scope-region = La orden cubre esta mercancía de toda la región o el país nombrado, sea cual sea el productor: los bienes de este tipo de { $country } se retienen en la frontera de EE. UU. salvo que el importador demuestre que no se hicieron con trabajo forzoso.
risk-scope-producer = La orden nombra a un productor: importa si su proveedor es ese productor, es su propietario o se abastece de él.
risk-detail-wro = { $order } de la Oficina de Aduanas y Protección Fronteriza de EE. UU. (19 U.S.C. 1307) "{ $name }", { $country }, mercancía "{ $merchandise }", estado { $status }{ $since }. { $scope } Coincide porque { $why }. { risk-not-a-match }
risk-detail-vessels = La Oficina de Aduanas y Protección Fronteriza de EE. UU. tiene órdenes de retención (WRO) vigentes sobre { $merchandise } capturado por buques pesqueros nombrados, dondequiera que se desembarque o procese: { $names }. Compruebe que la captura de su proveedor no procede de esos buques. Coincide porque { $why }. { risk-not-a-match }
risk-detail-xinjiang = Se menciona { $places }, en la Región Autónoma Uigur de Xinjiang, en { $field } (escrito "{ $written }"). { risk-uflpa } Es una señal de riesgo por lugar, no una coincidencia con la Lista de Entidades UFLPA.
risk-title-registered = Registrado en Xinjiang (división { $division }, { $place })
risk-detail-registered = El Código Unificado de Crédito Social { $uscc } del proveedor lo emitió una autoridad de registro de la Región Autónoma Uigur de Xinjiang: los caracteres 3 a 8 del código, { $division }, son la división administrativa de { $place } (GB 32100-2015, GB/T 2260). La empresa está registrada en Xinjiang, digan lo que digan su nombre y su dirección. { risk-uflpa } Es una señal de riesgo por lugar, no una coincidencia con la Lista de Entidades UFLPA.
risk-title-listed-address = Dirección incluida en la lista para { $entity } ({ $list })
risk-detail-listed-address = La dirección del proveedor "{ $written }" es una dirección que la lista da para { $entity } ({ $id }): "{ $listed }". El proveedor puede ser esa parte con otro nombre, compartir sus locales o actuar por ella: compruebe quién es el proveedor en esa dirección. Es una señal por dirección, no una coincidencia del nombre del proveedor.
risk-why-names = el texto del producto "{ $product }" nombra { $phrase }
risk-why-filed = el texto del producto "{ $product }" menciona "{ $word }", que el uso comercial clasifica como { $good }
risk-why-shares = el texto del producto "{ $product }" y la mercancía comparten "{ $word }"
risk-why-falls = el texto del producto "{ $product }" menciona "{ $word }", que pertenece a { $family }
risk-title-sector = Sector prioritario de la UFLPA: { $wording } ({ $named }), { $how }
risk-sector-by-word = palabra "{ $keyword }"
risk-sector-by-hs = SA { $code }
risk-sector-by-both = SA { $code } y palabra "{ $keyword }"
risk-detail-sector = El Grupo de Trabajo para la Aplicación de la Ley contra el Trabajo Forzoso (Forced Labor Enforcement Task Force, presidido por el DHS) designa "{ $wording }" como sector prioritario para la aplicación de la Ley de Prevención del Trabajo Forzoso Uigur en el documento { $named } ({ $url }). Coincide porque { $why }, y el proveedor está en China. { $scope ->
    [downstream] El producto está aguas abajo del sector (hecho con su material): el DHS incluye los productos derivados; cuáles son es la correspondencia de supplyscreen.
    [related] El producto está relacionado con el sector (un subproducto o un insumo), un añadido de supplyscreen y no del DHS: una señal más débil.
   *[named] El producto es uno de los que el DHS nombra en el sector.
} La CBP examina con más rigor los bienes de estos sectores: prepárese para demostrar de dónde procede el material, hasta la materia prima. { risk-not-a-match }
risk-why-sector-word = el texto del producto "{ $product }" contiene "{ $keyword }"
risk-why-sector-hs = el código SA { $code } está dentro de la partida SA { $prefix }
risk-why-sector-both = el código SA { $code } está dentro de la partida SA { $prefix } y el texto del producto "{ $product }" contiene "{ $keyword }"

## Registration numbers (the row check of an identifier column)
id-invalid = el número de registro { $value } no es un { $scheme } válido: { $problem }
id-problem-check = su carácter de control debería ser { $expected }: hay un carácter mal escrito
id-problem-orgcode = el código de organización que contiene (caracteres 9 a 17) no supera su control: hay un carácter mal escrito
id-problem-character = contiene «{ $found }», que el esquema nunca usa
id-problem-length = tiene { $found } caracteres en lugar de { $expected }
id-scheme-uscc = USCC (código unificado de crédito social)
id-scheme-inn = INN (número de contribuyente ruso)
id-scheme-ogrn = OGRN (número de registro ruso)
id-scheme-lei = LEI
id-scheme-other = número de registro
