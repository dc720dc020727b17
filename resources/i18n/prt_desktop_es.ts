<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Colours of the app</source>
        <translation>Colores de la aplicación</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; as your computer is set follows its high-contrast and dark settings</source>
        <translation>Claro, oscuro o alto contraste; «como está mi computadora» sigue sus ajustes de alto contraste y modo oscuro</translation>
    </message>
    <message>
        <source>As my computer is set</source>
        <translation>Como está mi computadora</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>How large all the app&apos;s text is, from normal to twice as large</source>
        <translation>El tamaño de todo el texto de la aplicación, de normal al doble</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The window opens again in the language you choose</source>
        <translation>La ventana se vuelve a abrir en el idioma que elijas</translation>
    </message>
    <message>
        <source>Calm and light</source>
        <translation>Tranquilo y claro</translation>
    </message>
    <message>
        <source>Calm and dark</source>
        <translation>Tranquilo y oscuro</translation>
    </message>
    <message>
        <source>High contrast: black on white</source>
        <translation>Alto contraste: negro sobre blanco</translation>
    </message>
</context>
<context>
    <name>BackgroundSound</name>
    <message>
        <source>The background sound could not be played. The practice goes on without it.</source>
        <translation>No se pudo reproducir el sonido de fondo. La práctica sigue sin él.</translation>
    </message>
</context>
<context>
    <name>BodyFigure</name>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>your right</source>
        <translation>tu derecha</translation>
    </message>
    <message>
        <source>your left</source>
        <translation>tu izquierda</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Front and back of a body. Click or tap where you notice a sensation. With the keyboard, use the arrow keys to move between areas and Enter to mark one.</source>
        <translation>Parte delantera y trasera de un cuerpo. Haz clic o toca donde notes una sensación. Con el teclado, usa las flechas para moverte entre las zonas e Intro para marcar una.</translation>
    </message>
    <message>
        <source>Front and back of a body, showing the marks listed beside it.</source>
        <translation>Parte delantera y trasera de un cuerpo, con las marcas que aparecen al lado.</translation>
    </message>
    <message>
        <source>Which area did you mean?</source>
        <translation>¿Qué zona querías decir?</translation>
    </message>
    <message>
        <source>front</source>
        <translation>delantera</translation>
    </message>
    <message>
        <source>back</source>
        <translation>trasera</translation>
    </message>
    <message>
        <source>Body map: {region}</source>
        <translation>Mapa del cuerpo: {region}</translation>
    </message>
    <message>
        <source>Press Enter to move the mark here, Escape to leave it where it is.</source>
        <translation>Pulsa Intro para mover aquí la marca, o Escape para dejarla donde está.</translation>
    </message>
    <message>
        <source>Press Enter to mark it.</source>
        <translation>Pulsa Intro para marcarla.</translation>
    </message>
    <message>
        <source>No marks here yet.</source>
        <translation>Todavía no hay marcas aquí.</translation>
    </message>
    <message>
        <source>1 mark here.</source>
        <translation>1 marca aquí.</translation>
    </message>
    <message>
        <source>{n} marks here.</source>
        <translation>{n} marcas aquí.</translation>
    </message>
    <message>
        <source>{region}, on the {side} view. {marks} {action}</source>
        <translation>{region}, en la vista {side}. {marks} {action}</translation>
    </message>
</context>
<context>
    <name>BodyRegion</name>
    <message>
        <source>Back of the head</source>
        <translation>Parte trasera de la cabeza</translation>
    </message>
    <message>
        <source>Back of the head, left side</source>
        <translation>Parte trasera de la cabeza, lado izquierdo</translation>
    </message>
    <message>
        <source>Back of the head, right side</source>
        <translation>Parte trasera de la cabeza, lado derecho</translation>
    </message>
    <message>
        <source>Back of the left hand</source>
        <translation>Dorso de la mano izquierda</translation>
    </message>
    <message>
        <source>Back of the left knee</source>
        <translation>Parte trasera de la rodilla izquierda</translation>
    </message>
    <message>
        <source>Back of the left thigh</source>
        <translation>Parte trasera del muslo izquierdo</translation>
    </message>
    <message>
        <source>Back of the left upper arm</source>
        <translation>Parte trasera del brazo izquierdo</translation>
    </message>
    <message>
        <source>Back of the neck, left side</source>
        <translation>Nuca, lado izquierdo</translation>
    </message>
    <message>
        <source>Back of the neck, right side</source>
        <translation>Nuca, lado derecho</translation>
    </message>
    <message>
        <source>Back of the right hand</source>
        <translation>Dorso de la mano derecha</translation>
    </message>
    <message>
        <source>Back of the right knee</source>
        <translation>Parte trasera de la rodilla derecha</translation>
    </message>
    <message>
        <source>Back of the right thigh</source>
        <translation>Parte trasera del muslo derecho</translation>
    </message>
    <message>
        <source>Back of the right upper arm</source>
        <translation>Parte trasera del brazo derecho</translation>
    </message>
    <message>
        <source>Chest, left side</source>
        <translation>Pecho, lado izquierdo</translation>
    </message>
    <message>
        <source>Chest, right side</source>
        <translation>Pecho, lado derecho</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Face, left side</source>
        <translation>Cara, lado izquierdo</translation>
    </message>
    <message>
        <source>Face, right side</source>
        <translation>Cara, lado derecho</translation>
    </message>
    <message>
        <source>Front of the neck, left side</source>
        <translation>Parte delantera del cuello, lado izquierdo</translation>
    </message>
    <message>
        <source>Front of the neck, right side</source>
        <translation>Parte delantera del cuello, lado derecho</translation>
    </message>
    <message>
        <source>Groin (between the legs)</source>
        <translation>Ingle (entre las piernas)</translation>
    </message>
    <message>
        <source>Head (top and forehead)</source>
        <translation>Cabeza (coronilla y frente)</translation>
    </message>
    <message>
        <source>Head, left side (top and forehead)</source>
        <translation>Cabeza, lado izquierdo (coronilla y frente)</translation>
    </message>
    <message>
        <source>Head, right side (top and forehead)</source>
        <translation>Cabeza, lado derecho (coronilla y frente)</translation>
    </message>
    <message>
        <source>Jaw, left side</source>
        <translation>Mandíbula, lado izquierdo</translation>
    </message>
    <message>
        <source>Jaw, right side</source>
        <translation>Mandíbula, lado derecho</translation>
    </message>
    <message>
        <source>Left ankle (back)</source>
        <translation>Tobillo izquierdo (detrás)</translation>
    </message>
    <message>
        <source>Left ankle (front)</source>
        <translation>Tobillo izquierdo (delante)</translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation>Nalga izquierda</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Left elbow (back)</source>
        <translation>Codo izquierdo (detrás)</translation>
    </message>
    <message>
        <source>Left elbow (inner side)</source>
        <translation>Codo izquierdo (cara interna)</translation>
    </message>
    <message>
        <source>Left forearm (back)</source>
        <translation>Antebrazo izquierdo (detrás)</translation>
    </message>
    <message>
        <source>Left forearm (front)</source>
        <translation>Antebrazo izquierdo (delante)</translation>
    </message>
    <message>
        <source>Left heel</source>
        <translation>Talón izquierdo</translation>
    </message>
    <message>
        <source>Left heel and sole</source>
        <translation>Talón y planta del pie izquierdo</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Left hip (back)</source>
        <translation>Cadera izquierda (detrás)</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Left palm and fingers</source>
        <translation>Palma y dedos de la mano izquierda</translation>
    </message>
    <message>
        <source>Left shin</source>
        <translation>Espinilla izquierda</translation>
    </message>
    <message>
        <source>Left shoulder</source>
        <translation>Hombro izquierdo</translation>
    </message>
    <message>
        <source>Left shoulder (back)</source>
        <translation>Hombro izquierdo (detrás)</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Sien izquierda</translation>
    </message>
    <message>
        <source>Left thigh (front)</source>
        <translation>Muslo izquierdo (delante)</translation>
    </message>
    <message>
        <source>Left upper arm (front)</source>
        <translation>Brazo izquierdo (delante)</translation>
    </message>
    <message>
        <source>Left wrist (back)</source>
        <translation>Muñeca izquierda (detrás)</translation>
    </message>
    <message>
        <source>Left wrist (front)</source>
        <translation>Muñeca izquierda (delante)</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Parte baja del abdomen</translation>
    </message>
    <message>
        <source>Lower abdomen, left side</source>
        <translation>Parte baja del abdomen, lado izquierdo</translation>
    </message>
    <message>
        <source>Lower abdomen, right side</source>
        <translation>Parte baja del abdomen, lado derecho</translation>
    </message>
    <message>
        <source>Lower back, left side</source>
        <translation>Zona lumbar, lado izquierdo</translation>
    </message>
    <message>
        <source>Lower back, right side</source>
        <translation>Zona lumbar, lado derecho</translation>
    </message>
    <message>
        <source>Middle back, left side</source>
        <translation>Mitad de la espalda, lado izquierdo</translation>
    </message>
    <message>
        <source>Middle back, right side</source>
        <translation>Mitad de la espalda, lado derecho</translation>
    </message>
    <message>
        <source>Neck (front and throat)</source>
        <translation>Cuello (delante y garganta)</translation>
    </message>
    <message>
        <source>Pelvis, front (pubic area)</source>
        <translation>Pelvis, delante (zona púbica)</translation>
    </message>
    <message>
        <source>Right ankle (back)</source>
        <translation>Tobillo derecho (detrás)</translation>
    </message>
    <message>
        <source>Right ankle (front)</source>
        <translation>Tobillo derecho (delante)</translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation>Nalga derecha</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Pantorrilla derecha</translation>
    </message>
    <message>
        <source>Right elbow (back)</source>
        <translation>Codo derecho (detrás)</translation>
    </message>
    <message>
        <source>Right elbow (inner side)</source>
        <translation>Codo derecho (cara interna)</translation>
    </message>
    <message>
        <source>Right forearm (back)</source>
        <translation>Antebrazo derecho (detrás)</translation>
    </message>
    <message>
        <source>Right forearm (front)</source>
        <translation>Antebrazo derecho (delante)</translation>
    </message>
    <message>
        <source>Right heel</source>
        <translation>Talón derecho</translation>
    </message>
    <message>
        <source>Right heel and sole</source>
        <translation>Talón y planta del pie derecho</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Right hip (back)</source>
        <translation>Cadera derecha (detrás)</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Right palm and fingers</source>
        <translation>Palma y dedos de la mano derecha</translation>
    </message>
    <message>
        <source>Right shin</source>
        <translation>Espinilla derecha</translation>
    </message>
    <message>
        <source>Right shoulder</source>
        <translation>Hombro derecho</translation>
    </message>
    <message>
        <source>Right shoulder (back)</source>
        <translation>Hombro derecho (detrás)</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Sien derecha</translation>
    </message>
    <message>
        <source>Right thigh (front)</source>
        <translation>Muslo derecho (delante)</translation>
    </message>
    <message>
        <source>Right upper arm (front)</source>
        <translation>Brazo derecho (delante)</translation>
    </message>
    <message>
        <source>Right wrist (back)</source>
        <translation>Muñeca derecha (detrás)</translation>
    </message>
    <message>
        <source>Right wrist (front)</source>
        <translation>Muñeca derecha (delante)</translation>
    </message>
    <message>
        <source>Sole of the left foot</source>
        <translation>Planta del pie izquierdo</translation>
    </message>
    <message>
        <source>Sole of the right foot</source>
        <translation>Planta del pie derecho</translation>
    </message>
    <message>
        <source>Spine, base (sacrum and tailbone)</source>
        <translation>Columna, base (sacro y coxis)</translation>
    </message>
    <message>
        <source>Spine, lower (lumbar)</source>
        <translation>Columna, parte baja (lumbar)</translation>
    </message>
    <message>
        <source>Spine, neck (cervical)</source>
        <translation>Columna, cuello (cervical)</translation>
    </message>
    <message>
        <source>Spine, upper and middle (thoracic)</source>
        <translation>Columna, parte alta y media (dorsal)</translation>
    </message>
    <message>
        <source>Top of the left foot</source>
        <translation>Empeine del pie izquierdo</translation>
    </message>
    <message>
        <source>Top of the right foot</source>
        <translation>Empeine del pie derecho</translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation>Parte alta del abdomen</translation>
    </message>
    <message>
        <source>Upper abdomen, left side</source>
        <translation>Parte alta del abdomen, lado izquierdo</translation>
    </message>
    <message>
        <source>Upper abdomen, right side</source>
        <translation>Parte alta del abdomen, lado derecho</translation>
    </message>
    <message>
        <source>Upper back, left side</source>
        <translation>Parte alta de la espalda, lado izquierdo</translation>
    </message>
    <message>
        <source>Upper back, right side</source>
        <translation>Parte alta de la espalda, lado derecho</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Pain right now</source>
        <translation>Dolor en este momento</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 sin dolor</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 el peor imaginable</translation>
    </message>
    <message>
        <source>Fear or worry about the pain right now</source>
        <translation>Miedo o preocupación por el dolor en este momento</translation>
    </message>
    <message>
        <source>0 not at all</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 extremely</source>
        <translation>10 muchísimo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Before you begin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Antes de empezar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you like, notice how things are right now. One tap on each line, or skip: there is no right answer.</source>
        <translation>Si quieres, fíjate en cómo están las cosas ahora mismo. Un toque en cada línea, u omítelo: no hay respuestas correctas.</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How is it now?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;¿Cómo está ahora?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you like, notice how things are after the practice. Whatever you notice is fine: sensations often change from one practice to the next. If this practice stirred up strong distress, it is fine to rest, and to talk it over with your clinician.</source>
        <translation>Si quieres, fíjate en cómo están las cosas después de la práctica. Notes lo que notes, está bien: las sensaciones suelen cambiar de una práctica a otra. Si esta práctica removió un malestar fuerte, está bien descansar y hablarlo con tu profesional de la salud.</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything you record is kept only on this computer, in this folder:</source>
        <translation>Todo lo que registras se guarda solo en esta computadora, en esta carpeta:</translation>
    </message>
    <message>
        <source>Export for my therapist…</source>
        <translation>Exportar para mi terapeuta…</translation>
    </message>
    <message>
        <source>Import a pack from my therapist…</source>
        <translation>Importar un paquete de mi terapeuta…</translation>
    </message>
    <message>
        <source>A pack (a .zip file) from your therapist: their practices, voice and welcome</source>
        <translation>Un paquete (un archivo .zip) de tu terapeuta: sus prácticas, su voz y su bienvenida</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>This deletes everything the app keeps about you on this computer: every practice, every mark on the body map, everything you wrote, your recordings of your own voice, your settings, and the backups. It cannot be undone.

If you want to keep a copy for yourself or your therapist, export it first.</source>
        <translation>Esto borra todo lo que la aplicación guarda sobre ti en esta computadora: cada práctica, cada marca en el mapa del cuerpo, todo lo que escribiste, las grabaciones de tu propia voz, tus ajustes y las copias de seguridad. No se puede deshacer.

Si quieres guardar una copia para ti o para tu terapeuta, expórtala primero.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Everything has been deleted. The app will now close.</source>
        <translation>Se ha borrado todo. La aplicación se cerrará ahora.</translation>
    </message>
    <message>
        <source>Not everything could be deleted just now. Please close the app and try again.</source>
        <translation>No se pudo borrar todo en este momento. Cierra la aplicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The app will now close.</source>
        <translation>La aplicación se cerrará ahora.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>up to {last}</source>
        <translation>hasta el {last}</translation>
    </message>
    <message>
        <source>from {first}</source>
        <translation>desde el {first}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for my therapist</source>
        <translation>Exportar para mi terapeuta</translation>
    </message>
    <message>
        <source>Make a file of your practice records to share with your therapist. It stays on this computer until you send or hand it on yourself.</source>
        <translation>Crea un archivo con tus registros de práctica para compartirlo con tu terapeuta. Se queda en esta computadora hasta que tú lo envíes o lo entregues.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Everything, from the first day</source>
        <translation>Todo, desde el primer día</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>A report to read (PDF): a summary, charts and the body map</source>
        <translation>Un informe para leer (PDF): un resumen, gráficos y el mapa del cuerpo</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV): one row for each sensation you marked</source>
        <translation>Una hoja de cálculo (CSV): una fila por cada sensación que marcaste</translation>
    </message>
    <message>
        <source>Everything, for software (JSON)</source>
        <translation>Todo, para programas (JSON)</translation>
    </message>
    <message>
        <source>Include what I wrote</source>
        <translation>Incluir lo que escribí</translation>
    </message>
    <message>
        <source>Your notes on sensations and your answers to reflection questions.</source>
        <translation>Tus notas sobre las sensaciones y tus respuestas a las preguntas de reflexión.</translation>
    </message>
    <message>
        <source>This kind of file holds everything you recorded in the range, your notes included.</source>
        <translation>Este tipo de archivo contiene todo lo que registraste en ese periodo, tus notas incluidas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>Creando el archivo…</translation>
    </message>
    <message>
        <source>1 practice</source>
        <translation>1 práctica</translation>
    </message>
    <message>
        <source>{n} practices</source>
        <translation>{n} prácticas</translation>
    </message>
    <message>
        <source>1 marked sensation</source>
        <translation>1 sensación marcada</translation>
    </message>
    <message>
        <source>{n} marked sensations</source>
        <translation>{n} sensaciones marcadas</translation>
    </message>
    <message>
        <source>Saved {practices} and {marks} to {path}</source>
        <translation>Se guardaron {practices} y {marks} en {path}</translation>
    </message>
    <message>
        <source>The file could not be made. Nothing was changed; please try again, perhaps in another folder.</source>
        <translation>No se pudo crear el archivo. No se cambió nada; vuelve a intentarlo, quizá en otra carpeta.</translation>
    </message>
</context>
<context>
    <name>FlareUpDialog</name>
    <message>
        <source>A hard moment</source>
        <translation>Un momento difícil</translation>
    </message>
    <message>
        <source>Hard moments pass. If you like, one of these short practices may help right now. You may stop at any time.</source>
        <translation>Los momentos difíciles pasan. Si quieres, una de estas prácticas cortas puede ayudarte ahora. Puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Empezar {title}</translation>
    </message>
    <message>
        <source>If this pain is new, or different from your usual pain, or you feel unwell, please contact a doctor rather than practising.</source>
        <translation>Si este dolor es nuevo, o distinto de tu dolor habitual, o te encuentras mal, ponte en contacto con un médico en lugar de practicar.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close without starting a practice</source>
        <translation>Cerrar sin empezar una práctica</translation>
    </message>
</context>
<context>
    <name>HeatMapView</name>
    <message>
        <source>From</source>
        <extracomment>Light to deep, readable under dark text at the light end and white text at the deep end.</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Shade by</source>
        <translation>Sombrear según</translation>
    </message>
    <message>
        <source>What the shading of each area shows: how often it was marked, or how strong or how threatening it felt on average</source>
        <translation>Lo que muestra el sombreado de cada zona: cuántas veces se marcó, o qué tan fuerte o qué tan amenazante se sintió de media</translation>
    </message>
    <message>
        <source>How often marked</source>
        <translation>Cuántas veces se marcó</translation>
    </message>
    <message>
        <source>Average intensity (0-10)</source>
        <translation>Intensidad media (0-10)</translation>
    </message>
    <message>
        <source>Average threat (0-10)</source>
        <translation>Amenaza media (0-10)</translation>
    </message>
    <message>
        <source>Areas marked in these days</source>
        <translation>Zonas marcadas en estos días</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marca</translation>
    </message>
    <message>
        <source>{n} marks</source>
        <translation>{n} marcas</translation>
    </message>
    <message>
        <source>1 area</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>{n} areas</source>
        <translation>{n} zonas</translation>
    </message>
    <message>
        <source>{marks} in {areas}. Each area shows its number; the table lists them all.</source>
        <translation>{marks} en {areas}. Cada zona muestra su número; la tabla las recoge todas.</translation>
    </message>
    <message>
        <source>No marks in these days.</source>
        <translation>No hay marcas en estos días.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&lt;h2&gt;Your history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tu historial&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Export for my therapist…</source>
        <translation>Exportar para mi terapeuta…</translation>
    </message>
    <message>
        <source>Parts of your history</source>
        <translation>Partes de tu historial</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Lo que notaste</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>One area</source>
        <translation>Una zona</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Inicio y final</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Lo que escribiste</translation>
    </message>
    <message>
        <source>History of marked sensations</source>
        <translation>Historial de las sensaciones marcadas</translation>
    </message>
    <message>
        <source>Nothing here yet. Marks you place on the body map during a practice appear here.</source>
        <translation>Todavía no hay nada. Aquí aparecen las marcas que pones en el mapa del cuerpo durante una práctica.</translation>
    </message>
    <message>
        <source>What you wrote during practices</source>
        <translation>Lo que escribiste durante las prácticas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Nothing here yet. Some practices ask a question you can answer in writing; what you write is kept here, privately, on this computer.</source>
        <translation>Todavía no hay nada. Algunas prácticas hacen una pregunta que puedes responder por escrito; lo que escribes se guarda aquí, en privado, en esta computadora.</translation>
    </message>
    <message>
        <source>The figure shows your latest {count} marks; the table lists all {total}.</source>
        <translation>La figura muestra tus últimas {count} marcas; la tabla las recoge todas ({total}).</translation>
    </message>
</context>
<context>
    <name>HomeToday</name>
    <message>
        <source>Having a hard
moment?</source>
        <translation>¿Un momento
difícil?</translation>
    </message>
    <message>
        <source>Having a hard moment? Short practices for right now</source>
        <translation>¿Un momento difícil? Prácticas cortas para ahora mismo</translation>
    </message>
    <message>
        <source>A short somatic tracking or a grounding practice, at once</source>
        <translation>Un rastreo somático corto o una práctica de anclaje, al momento</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>For the next person’s privacy, this practice will be cleared in {time}.</source>
        <translation>Para proteger la privacidad de la siguiente persona, esta práctica se borrará en {time}.</translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>A few calm minutes for your body</source>
        <translation>Unos minutos de calma para tu cuerpo</translation>
    </message>
    <message>
        <source>This is a short guided practice from Pain Reprocessing Therapy, for people whose long-lasting pain a doctor has already checked. A calm voice helps you notice what you feel with curiosity instead of worry; it does not diagnose or promise a cure.</source>
        <translation>Es una práctica guiada corta de la Terapia de Reprocesamiento del Dolor, para personas con un dolor de larga duración que un médico ya ha revisado. Una voz tranquila te ayuda a notar lo que sientes con curiosidad en lugar de preocupación; no diagnostica ni promete una curación.</translation>
    </message>
    <message>
        <source>Please put on the headphones first. Nothing you do here is kept with your name.</source>
        <translation>Ponte primero los auriculares, por favor. Nada de lo que hagas aquí se guarda con tu nombre.</translation>
    </message>
    <message>
        <source>Not for pain from a recent injury or operation, an infection, a fracture, inflammation, or an illness that is getting worse. If you are unsure, ask a member of staff. You can stop at any time.</source>
        <translation>No es para el dolor de una lesión u operación reciente, una infección, una fractura, una inflamación o una enfermedad que está empeorando. Si tienes dudas, pregunta al personal. Puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Start a 5-minute practice</source>
        <translation>Empezar una práctica de 5 minutos</translation>
    </message>
    <message>
        <source>Or try another short one:</source>
        <translation>O prueba otra corta:</translation>
    </message>
    <message>
        <source>Other short practices</source>
        <translation>Otras prácticas cortas</translation>
    </message>
    <message>
        <source>{title}  ·  about {n} min</source>
        <translation>{title}  ·  unos {n} min</translation>
    </message>
    <message>
        <source>I’m finished: clear my visit</source>
        <translation>He terminado: borrar mi visita</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Pain and the pain–fear cycle</source>
        <translation>El dolor y el ciclo dolor–miedo</translation>
    </message>
    <message>
        <source>Pain is the brain&apos;s alarm. It is meant to protect you, and it is always real: what you feel is not imagined.</source>
        <translation>El dolor es la alarma del cerebro. Su función es protegerte, y siempre es real: lo que sientes no es imaginado.</translation>
    </message>
    <message>
        <source>Sometimes the alarm goes on sounding after the body has healed, or without any injury at all. Fear keeps it going: the pain brings fear, fear leads us to avoid things, and avoiding them teaches the brain that they were dangerous. A brain on high alert turns the volume of the pain up. This loop is called the pain–fear cycle.</source>
        <translation>A veces la alarma sigue sonando después de que el cuerpo se ha curado, o sin que haya habido ninguna lesión. El miedo la mantiene encendida: el dolor trae miedo, el miedo nos lleva a evitar cosas, y evitarlas le enseña al cerebro que eran peligrosas. Un cerebro en alerta sube el volumen del dolor. Este círculo se llama el ciclo dolor–miedo.</translation>
    </message>
    <message>
        <source>Pain Reprocessing Therapy (PRT) helps break the loop in two ways: by helping your brain see the sensations as safe, and by easing the fear and avoidance around them.</source>
        <translation>La Terapia de Reprocesamiento del Dolor (PRT, por sus siglas en inglés) ayuda a romper el círculo de dos maneras: ayudando a tu cerebro a ver las sensaciones como seguras, y aliviando el miedo y la evitación que las rodean.</translation>
    </message>
    <message>
        <source>Neuroplastic pain</source>
        <translation>Dolor neuroplástico</translation>
    </message>
    <message>
        <source>Pain that lasts after tissues have healed, or that has no structural cause, is often called neuroplastic or brain-generated pain. The nervous system has become sensitised (doctors call this central sensitisation): it keeps sounding the alarm where there is no danger.</source>
        <translation>Al dolor que dura después de que los tejidos se han curado, o que no tiene una causa estructural, se le suele llamar dolor neuroplástico o dolor generado por el cerebro. El sistema nervioso se ha sensibilizado (los médicos lo llaman sensibilización central): sigue haciendo sonar la alarma donde no hay peligro.</translation>
    </message>
    <message>
        <source>The source of this pain is a learned, over-protective response, and what the brain has learned it can also unlearn. That is what the practices in this app are for.</source>
        <translation>El origen de este dolor es una respuesta aprendida y sobreprotectora, y lo que el cerebro ha aprendido también puede desaprenderlo. Para eso son las prácticas de esta aplicación.</translation>
    </message>
    <message>
        <source>Some signs that pain may be of this kind: it moves around, it changes with stress or the time of day, it began without an injury, it spreads, or it is set off by things that are not physical. The practice &apos;Understanding my pain&apos; helps you gather your own evidence, with your clinician.</source>
        <translation>Algunas señales de que un dolor puede ser de este tipo: se mueve de sitio, cambia con el estrés o con la hora del día, empezó sin una lesión, se extiende, o lo desencadenan cosas que no son físicas. La práctica «Entender mi dolor» te ayuda a reunir tus propias pruebas, junto con tu profesional de la salud.</translation>
    </message>
    <message>
        <source>What somatic tracking is</source>
        <translation>Qué es el rastreo somático</translation>
    </message>
    <message>
        <source>Somatic tracking is the core practice of PRT. It has three parts, and the guided practices walk you through each of them.</source>
        <translation>El rastreo somático es la práctica central de la PRT. Tiene tres partes, y las prácticas guiadas te acompañan en cada una.</translation>
    </message>
    <message>
        <source>The three parts</source>
        <translation>Las tres partes</translation>
    </message>
    <message>
        <source>Mindfulness: you turn towards one sensation with curiosity instead of fear. Where exactly is it? How big is it, what shape? Is it on the surface or deep, heavy or light? Does it move, pulse or change as you watch it?</source>
        <translation>Atención plena: te vuelves hacia una sensación con curiosidad en lugar de miedo. ¿Dónde está exactamente? ¿Qué tamaño tiene, qué forma? ¿Está en la superficie o en lo profundo, es pesada o ligera? ¿Se mueve, late o cambia mientras la observas?</translation>
    </message>
    <message>
        <source>Safety reappraisal: you remind your brain, calmly and without pushing, that the sensation is safe: this is my brain&apos;s alarm, and my body is healthy.</source>
        <translation>Reevaluación de seguridad: le recuerdas a tu cerebro, con calma y sin forzar, que la sensación es segura: es la alarma de mi cerebro, y mi cuerpo está sano.</translation>
    </message>
    <message>
        <source>Positive feelings: a light tone, warmth, even a little humour, so that the sensation becomes linked with ease rather than dread.</source>
        <translation>Sentimientos positivos: un tono ligero, calidez, incluso un poco de humor, para que la sensación se asocie con la tranquilidad y no con el temor.</translation>
    </message>
    <message>
        <source>Who PRT is for, and not for</source>
        <translation>Para quién es la PRT, y para quién no</translation>
    </message>
    <message>
        <source>The evidence and its limits</source>
        <translation>Las pruebas y sus límites</translation>
    </message>
    <message>
        <source>In the main trial (Ashar and colleagues, JAMA Psychiatry, 2022), 151 adults with chronic back pain without a clear structural cause were given PRT (eight sessions over four weeks), an open-label placebo injection, or their usual care. After treatment, 66% of the PRT group were pain-free or nearly pain-free, against 20% with the placebo and 10% with usual care, and the gains were largely kept a year later. Brain scans showed less pain-related activity in the anterior midcingulate and the insula.</source>
        <translation>En el ensayo principal (Ashar y colaboradores, JAMA Psychiatry, 2022), 151 adultos con dolor de espalda crónico sin una causa estructural clara recibieron PRT (ocho sesiones en cuatro semanas), una inyección de placebo abierto (sabiendo que era un placebo), o su atención habitual. Después del tratamiento, el 66% del grupo de PRT no tenía dolor o casi no tenía dolor, frente al 20% con el placebo y el 10% con la atención habitual, y las mejoras se mantuvieron en gran parte un año después. Las imágenes cerebrales mostraron menos actividad relacionada con el dolor en la corteza cingulada media anterior y en la ínsula.</translation>
    </message>
    <message>
        <source>A follow-up analysis found that people whose own explanation of their pain moved from &apos;damage&apos; towards &apos;mind or brain&apos; improved more (Ashar and colleagues, JAMA Network Open, 2023). Smaller studies have looked at PRT for fibromyalgia (a feasibility pilot, 2025) and migraine (a case series, 2025), and at what patients in the trial experienced (Tankha and colleagues, 2023).</source>
        <translation>Un análisis posterior encontró que las personas cuya propia explicación de su dolor pasó de «daño» a «mente o cerebro» mejoraron más (Ashar y colaboradores, JAMA Network Open, 2023). Estudios más pequeños han explorado la PRT para la fibromialgia (un piloto de viabilidad, 2025) y la migraña (una serie de casos, 2025), y lo que vivieron los pacientes del ensayo (Tankha y colaboradores, 2023).</translation>
    </message>
    <message>
        <source>The honest limits: the evidence is still small. About a third of the people in the trial did not become pain-free or nearly so. PRT works best as one part of a wider plan with a clinician, and this app does not replace that.</source>
        <translation>Los límites, con honestidad: las pruebas todavía son escasas. Alrededor de un tercio de las personas del ensayo no llegaron a estar sin dolor o casi sin dolor. La PRT funciona mejor como una parte de un plan más amplio con un profesional de la salud, y esta aplicación no lo sustituye.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <source>&lt;h2&gt;Learn&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aprender&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Topics to read</source>
        <translation>Temas para leer</translation>
    </message>
    <message>
        <source>The topic&apos;s text</source>
        <translation>El texto del tema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Practice</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Grabar mi voz</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>{message}

Nothing has been changed or deleted. Please contact whoever gave you the app, and mention this message.</source>
        <translation>{message}

No se ha cambiado ni borrado nada. Ponte en contacto con quien te dio la aplicación y menciona este mensaje.</translation>
    </message>
    <message>
        <source>Your history could not be read just now. Nothing has been deleted.</source>
        <translation>Tu historial no se pudo leer en este momento. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>{count} of your latest entries could not be saved yet: the disk refuses them (it may be full, or taken away). If you close the app now, they will be lost.

You can keep the app open, free some space or reconnect the disk, and close it afterwards.</source>
        <translation>{count} de tus últimas entradas todavía no se pudieron guardar: el disco las rechaza (puede que esté lleno o desconectado). Si cierras la aplicación ahora, se perderán.

Puedes dejar la aplicación abierta, liberar espacio o volver a conectar el disco, y cerrarla después.</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Dejar la aplicación abierta</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlas</translation>
    </message>
    <message>
        <source>The app could not start: {error}</source>
        <extracomment>5 ms). A save on the writer thread is Python code; at 1 ms the GUI thread waits at most about that long for it, so the window never stutters during a save (`ui_block_max_ms`).</extracomment>
        <translation>La aplicación no pudo abrirse: {error}</translation>
    </message>
    <message>
        <source>Your journal was restored</source>
        <translation>Tu diario se restauró</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Everything you entered while saving was not possible is now saved.</source>
        <translation>Todo lo que escribiste mientras no era posible guardar ya está guardado.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Go on without marking anything</source>
        <translation>Seguir sin marcar nada</translation>
    </message>
    <message>
        <source>Continue the practice</source>
        <translation>Continuar la práctica</translation>
    </message>
    <message>
        <source>Marks in this practice</source>
        <translation>Marcas de esta práctica</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <source>Then click the new place, or choose it with the arrow keys and press Enter</source>
        <translation>Luego haz clic en el nuevo lugar, o elígelo con las flechas y pulsa Intro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Click or tap the new place for this mark, or choose it with the arrow keys and press Enter. Escape leaves it where it is.</source>
        <translation>Haz clic o toca el nuevo lugar para esta marca, o elígelo con las flechas y pulsa Intro. Escape la deja donde está.</translation>
    </message>
    <message>
        <source>Move a mark</source>
        <translation>Mover una marca</translation>
    </message>
    <message>
        <source>Mark removed. Undo brings it back.</source>
        <translation>Marca quitada. Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>MarkEditor</name>
    <message>
        <source>Add a mark</source>
        <extracomment>Told the error and what could not be done, in words for the person.</extracomment>
        <translation>Añadir una marca</translation>
    </message>
    <message>
        <source>Change a mark</source>
        <translation>Cambiar una marca</translation>
    </message>
    <message>
        <source>Remove a mark</source>
        <translation>Quitar una marca</translation>
    </message>
    <message>
        <source>This mark could not be saved.</source>
        <translation>Esta marca no se pudo guardar.</translation>
    </message>
    <message>
        <source>This mark could not be removed.</source>
        <translation>Esta marca no se pudo quitar.</translation>
    </message>
    <message>
        <source>This change to a mark could not be saved.</source>
        <translation>Este cambio en una marca no se pudo guardar.</translation>
    </message>
</context>
<context>
    <name>MarksTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What it was like</source>
        <translation>Cómo era</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Se sentía</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Also noticed</source>
        <translation>También notaste</translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation>desagradable</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutra</translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation>agradable</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>cambiante</translation>
    </message>
    <message>
        <source>on the surface</source>
        <translation>en la superficie</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profunda</translation>
    </message>
    <message>
        <source>small</source>
        <translation>pequeña</translation>
    </message>
    <message>
        <source>spread out</source>
        <translation>extendida</translation>
    </message>
</context>
<context>
    <name>PackBanner</name>
    <message>
        <source>Logo of {name}</source>
        <translation>Logotipo de {name}</translation>
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <source>Import a pack from your therapist</source>
        <translation>Importar un paquete de tu terapeuta</translation>
    </message>
    <message>
        <source>Packs (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <source>The pack “{name}” is installed. You will see it the next time you open the app.</source>
        <translation>El paquete «{name}» está instalado. Lo verás la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <source>The pack could not be imported. Nothing was changed.</source>
        <translation>No se pudo importar el paquete. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your own data was not touched.</source>
        <translation>Tus propios datos no se tocaron.</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation>Paquete no importado</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>on 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>on {days} different days</source>
        <translation>en {days} días distintos</translation>
    </message>
    <message>
        <source>1 completed</source>
        <translation>1 completada</translation>
    </message>
    <message>
        <source>{n} completed</source>
        <translation>{n} completadas</translation>
    </message>
    <message>
        <source>Practices started: {count} ({completed}), {on_days}, about {minutes} minutes in all.</source>
        <translation>Prácticas empezadas: {count} ({completed}), {on_days}, unos {minutes} minutos en total.</translation>
    </message>
    <message>
        <source>Sensations marked on the body map: {count}.</source>
        <translation>Sensaciones marcadas en el mapa del cuerpo: {count}.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Miedo</translation>
    </message>
    <message>
        <source>the 1 practice</source>
        <translation>la única práctica</translation>
    </message>
    <message>
        <source>the {n} practices</source>
        <translation>las {n} prácticas</translation>
    </message>
    <message>
        <source>{measure} check-ins (0 to 10), in {practices} with both: on average {before:.1f} before and {after:.1f} after.</source>
        <translation>{measure}: valoraciones (de 0 a 10) en {practices} con ambas: de media {before:.1f} antes y {after:.1f} después.</translation>
    </message>
    <message>
        <source>Regions marked most often (times marked; mean intensity; mean threat):</source>
        <translation>Zonas marcadas con más frecuencia (veces marcada; intensidad media; amenaza media):</translation>
    </message>
    <message>
        <source>Practice report</source>
        <translation>Informe de práctica</translation>
    </message>
    <message>
        <source>{range}. Made on {when} by {app}. Everything here was recorded by the person on their own computer.</source>
        <translation>{range}. Hecho el {when} con {app}. Todo lo que aparece aquí lo registró la propia persona en su computadora.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Pain and fear before and after practice, by week</source>
        <translation>Dolor y miedo antes y después de practicar, por semana</translation>
    </message>
    <message>
        <source>Body map: where sensations were marked</source>
        <translation>Mapa del cuerpo: dónde se marcaron sensaciones</translation>
    </message>
    <message>
        <source>The number on a region is how often it was marked in this range. Left and right are the person&apos;s own.</source>
        <translation>El número de cada zona indica cuántas veces se marcó en este periodo. Izquierda y derecha son las de la propia persona.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>No practices in this range.</source>
        <translation>No hay prácticas en este periodo.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <source>{when}: {title} ({state}). Pain {pain_before} → {pain_after}, fear {fear_before} → {fear_after}.</source>
        <translation>{when}: {title} ({state}). Dolor {pain_before} → {pain_after}, miedo {fear_before} → {fear_after}.</translation>
    </message>
    <message>
        <source>The person chose not to include their written entries.</source>
        <translation>La persona eligió no incluir lo que escribió.</translation>
    </message>
    <message>
        <source>Written entries</source>
        <translation>Lo que escribió</translation>
    </message>
    <message>
        <source>{when}, a note on {region}:</source>
        <translation>{when}, una nota sobre {region}:</translation>
    </message>
    <message>
        <source>No written entries in this range.</source>
        <translation>No hay nada escrito en este periodo.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <source>Type the staff PIN to change the kiosk&apos;s settings or to leave kiosk mode.</source>
        <translation>Escribe el PIN del personal para cambiar los ajustes del quiosco o salir del modo quiosco.</translation>
    </message>
    <message>
        <source>Set up this kiosk</source>
        <translation>Configurar este quiosco</translation>
    </message>
    <message>
        <source>Staff: choose a PIN of 4 to 12 digits. It is needed to change the kiosk&apos;s settings or to leave kiosk mode. Only a scrambled form of it is stored.</source>
        <translation>Personal: elige un PIN de 4 a 12 cifras. Hace falta para cambiar los ajustes del quiosco o para salir del modo quiosco. Solo se guarda una forma cifrada de él.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try again in {n} s.</source>
        <translation>Ese PIN no es correcto. Puedes volver a intentarlo en {n} s.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 cifras.</translation>
    </message>
    <message>
        <source>Type the same PIN again, to be sure.</source>
        <translation>Escribe el mismo PIN otra vez, para asegurarnos.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Choose one again.</source>
        <translation>Los dos PIN no eran iguales. Elige uno de nuevo.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>The sound device could not be started, so this practice goes on with captions only. Check that headphones or speakers are connected.</source>
        <translation>No se pudo iniciar el dispositivo de sonido, así que esta práctica sigue solo con subtítulos. Comprueba que los auriculares o los altavoces estén conectados.</translation>
    </message>
    <message>
        <source>Part of this practice could not be played because one of its recordings is damaged or missing. Please tell whoever gave you the app.</source>
        <translation>Una parte de esta práctica no se pudo reproducir porque una de sus grabaciones está dañada o falta. Avisa, por favor, a quien te dio la aplicación.</translation>
    </message>
    <message>
        <source>The sound stopped because of a problem with the sound device. You can start the practice again.</source>
        <translation>El sonido se detuvo por un problema con el dispositivo de sonido. Puedes volver a empezar la práctica.</translation>
    </message>
    <message>
        <source>The sound stopped: the headphones or speakers seem to have been disconnected. The practice is paused and will be ready as soon as sound is back.</source>
        <translation>El sonido se detuvo: parece que los auriculares o los altavoces se desconectaron. La práctica está en pausa y estará lista en cuanto vuelva el sonido.</translation>
    </message>
    <message>
        <source>The sound has not come back yet. If you have reconnected your headphones or speakers, close the app and open it again: you can continue where you left off.</source>
        <translation>El sonido todavía no ha vuelto. Si ya conectaste de nuevo los auriculares o los altavoces, cierra la aplicación y ábrela otra vez: podrás seguir donde lo dejaste.</translation>
    </message>
    <message>
        <source>Sound is back. Press Play to go on.</source>
        <translation>El sonido ha vuelto. Pulsa Reproducir para seguir.</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Position in the practice</source>
        <translation>Posición en la práctica</translation>
    </message>
    <message>
        <source>Drag to move, or use the left and right arrow keys to go back or on by 10 seconds</source>
        <translation>Arrastra para moverte, o usa las flechas izquierda y derecha para retroceder o avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Línea anterior</translation>
    </message>
    <message>
        <source>Back to the start of this line, or to the line before</source>
        <translation>Al principio de esta línea, o a la línea anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Línea siguiente</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Mostrar el texto</translation>
    </message>
    <message>
        <source>Sound and pace</source>
        <translation>Sonido y ritmo</translation>
    </message>
    <message>
        <source>Show or hide the length of the pauses, the background sound and the chimes</source>
        <translation>Mostrar u ocultar la duración de las pausas, el sonido de fondo y las campanas</translation>
    </message>
    <message>
        <source>Length of the pauses</source>
        <translation>Duración de las pausas</translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation>Sonido de fondo</translation>
    </message>
    <message>
        <source>A soft, distant sea under the voice</source>
        <translation>Un mar suave y lejano bajo la voz</translation>
    </message>
    <message>
        <source>Background sound volume</source>
        <translation>Volumen del sonido de fondo</translation>
    </message>
    <message>
        <source>Chimes at the start and end</source>
        <translation>Campanas al principio y al final</translation>
    </message>
    <message>
        <source>{elapsed} of {total}</source>
        <translation>{elapsed} de {total}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>half as long</source>
        <translation>la mitad de largas</translation>
    </message>
    <message>
        <source>a little shorter</source>
        <translation>un poco más cortas</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normales</translation>
    </message>
    <message>
        <source>a little longer</source>
        <translation>un poco más largas</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>más largas</translation>
    </message>
    <message>
        <source>much longer</source>
        <translation>mucho más largas</translation>
    </message>
    <message>
        <source>twice as long</source>
        <translation>el doble de largas</translation>
    </message>
    <message>
        <source>Pauses: {words}</source>
        <translation>Pausas: {words}</translation>
    </message>
</context>
<context>
    <name>PracticeCues</name>
    <message>
        <source>This rating could not be saved.</source>
        <translation>Esta valoración no se pudo guardar.</translation>
    </message>
    <message>
        <source>What you wrote could not be saved. It has been copied, so you can paste it somewhere safe.</source>
        <translation>Lo que escribiste no se pudo guardar. Se ha copiado, para que puedas pegarlo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Where do you notice something right now? Tap that spot, or go back when ready.</source>
        <translation>¿Dónde notas algo ahora mismo? Toca ese lugar, o vuelve cuando quieras.</translation>
    </message>
</context>
<context>
    <name>PracticeListPage</name>
    <message>
        <source>&lt;h2&gt;Choose a practice&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Elige una práctica&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Read the words</source>
        <translation>Leer el texto</translation>
    </message>
    <message>
        <source>Read everything this practice says, and print it or save it as a PDF</source>
        <translation>Lee todo lo que dice esta práctica, e imprímelo o guárdalo como PDF</translation>
    </message>
    <message>
        <source>There are no practices in your language yet, so these are in English.</source>
        <translation>Todavía no hay prácticas en tu idioma, así que estas están en inglés.</translation>
    </message>
    <message>
        <source>Only some practices have been recorded in your language so far. The others are in English: choose English in Settings, under Appearance, to see them.</source>
        <translation>Por ahora solo algunas prácticas están grabadas en tu idioma. Las demás están en inglés: elige el inglés en Ajustes, en Apariencia, para verlas.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation>alrededor de {n} minutos</translation>
    </message>
    <message>
        <source>{name}: not available at the moment
This practice has a problem and cannot be played. Whoever gave you the app can fix it.</source>
        <translation>{name}: no disponible por ahora
Esta práctica tiene un problema y no se puede reproducir. Quien te dio la aplicación puede arreglarlo.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Open body map</source>
        <translation>Abrir el mapa del cuerpo</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Seated: {seated}
Lying down: {lying}</source>
        <translation>Postura sentada: {seated}
Postura acostada: {lying}</translation>
    </message>
    <message>
        <source>No sound device was found, so this practice runs with captions only. Connect headphones or speakers and start the practice again to hear the voice.</source>
        <translation>No se encontró ningún dispositivo de sonido, así que esta práctica funciona solo con subtítulos. Conecta auriculares o altavoces y vuelve a empezar la práctica para oír la voz.</translation>
    </message>
    <message>
        <source>This practice could not be recorded in your history.</source>
        <translation>Esta práctica no se pudo registrar en tu historial.</translation>
    </message>
    <message>
        <source>Well done. The practice has ended.</source>
        <translation>Muy bien. La práctica ha terminado.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while saving.</source>
        <translation>Algo inesperado falló al guardar.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Ask how I feel (pain and fear, 0 to 10) before and after a practice</source>
        <translation>Preguntar cómo me siento (dolor y miedo, de 0 a 10) antes y después de una práctica</translation>
    </message>
    <message>
        <source>Every question can always be skipped.</source>
        <translation>Siempre puedes omitir cualquier pregunta.</translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <source>Pain and fear before and after practice, week by week (the average of the check-ins you gave).</source>
        <translation>Dolor y miedo antes y después de practicar, semana a semana (la media de las valoraciones que diste).</translation>
    </message>
    <message>
        <source>Calendar of the days you practised</source>
        <translation>Calendario de los días en que practicaste</translation>
    </message>
    <message>
        <source>Days with a practice are shown in bold and underlined.</source>
        <translation>Los días con una práctica aparecen en negrita y subrayados.</translation>
    </message>
    <message>
        <source>Practices of the month shown</source>
        <translation>Prácticas del mes mostrado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Miedo</translation>
    </message>
    <message>
        <source>Pain before → after the practice</source>
        <translation>Dolor antes → después de la práctica</translation>
    </message>
    <message>
        <source>Fear before → after the practice</source>
        <translation>Miedo antes → después de la práctica</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <source>Nothing here yet. Your practices appear here, with the check-ins you gave.</source>
        <translation>Todavía no hay nada. Aquí aparecen tus prácticas, con las valoraciones que diste.</translation>
    </message>
    <message>
        <source>1 practice</source>
        <translation>1 práctica</translation>
    </message>
    <message>
        <source>{n} practices</source>
        <translation>{n} prácticas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>{practices} on {days} in {month}; {total} in all.</source>
        <translation>{practices} en {days} de {month}; {total} en total.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>We start with how pain works, because knowing that pain can be a false alarm makes every later practice easier to trust.</source>
        <translation>Empezamos por cómo funciona el dolor, porque saber que el dolor puede ser una falsa alarma hace que confíes más en cada práctica que venga después.</translation>
    </message>
    <message>
        <source>Today you may gather your own clues about your pain, since your own evidence speaks louder than any general explanation.</source>
        <translation>Hoy puedes reunir tus propias pistas sobre tu dolor, porque tus propias pruebas hablan más alto que cualquier explicación general.</translation>
    </message>
    <message>
        <source>Messages of safety are the heart of this work, so today is about the brain&apos;s alarm and how to calm it.</source>
        <translation>Los mensajes de seguridad son el corazón de este trabajo, así que hoy toca la alarma del cerebro y cómo calmarla.</translation>
    </message>
    <message>
        <source>A first short try at somatic tracking: just noticing a sensation with curiosity, for a couple of minutes.</source>
        <translation>Un primer intento corto de rastreo somático: solo notar una sensación con curiosidad, durante un par de minutos.</translation>
    </message>
    <message>
        <source>Stress turns the alarm up, so a few calm breaths are a kind practice for today.</source>
        <translation>El estrés sube la alarma, así que unas cuantas respiraciones tranquilas son una práctica amable para hoy.</translation>
    </message>
    <message>
        <source>Somatic tracking is the core practice, and a little more time with it helps it feel familiar.</source>
        <translation>El rastreo somático es la práctica central, y pasar un poco más de tiempo con él ayuda a que resulte familiar.</translation>
    </message>
    <message>
        <source>Your body is not only pain; today you may notice what feels neutral or pleasant.</source>
        <translation>Tu cuerpo no es solo dolor; hoy puedes fijarte en lo que se siente neutro o agradable.</translation>
    </message>
    <message>
        <source>A few minutes of somatic tracking most days is how the brain slowly learns that a sensation is safe.</source>
        <translation>Unos minutos de rastreo somático casi todos los días es la manera en que el cerebro aprende poco a poco que una sensación es segura.</translation>
    </message>
    <message>
        <source>Grounding through the five senses is good to know before you need it, for harder moments.</source>
        <translation>Anclarse a través de los cinco sentidos es bueno conocerlo antes de necesitarlo, para los momentos más difíciles.</translation>
    </message>
    <message>
        <source>Another gentle round of somatic tracking, with curiosity rather than effort.</source>
        <translation>Otra ronda suave de rastreo somático, con curiosidad más que con esfuerzo.</translation>
    </message>
    <message>
        <source>A lighter, warmer tone helps the brain link sensations with ease rather than dread.</source>
        <translation>Un tono más ligero y cálido ayuda al cerebro a asociar las sensaciones con la tranquilidad en lugar del temor.</translation>
    </message>
    <message>
        <source>Releasing tension in the muscles lowers the overall level of alarm in the body.</source>
        <translation>Soltar la tensión de los músculos baja el nivel general de alarma en el cuerpo.</translation>
    </message>
    <message>
        <source>Now that tracking is familiar, the full practice brings its three parts together.</source>
        <translation>Ahora que el rastreo te resulta familiar, la práctica completa reúne sus tres partes.</translation>
    </message>
    <message>
        <source>Fearful thoughts keep the alarm on, so today you may look at one of them more kindly.</source>
        <translation>Los pensamientos de miedo mantienen encendida la alarma, así que hoy puedes mirar uno de ellos con más amabilidad.</translation>
    </message>
    <message>
        <source>A full round of somatic tracking prepares the ground for moving gently toward what you have avoided.</source>
        <translation>Una ronda completa de rastreo somático prepara el terreno para acercarte con suavidad a lo que has evitado.</translation>
    </message>
    <message>
        <source>With tracking and safety messages familiar, you may now move a little toward a feared movement, never into sharp pain.</source>
        <translation>Con el rastreo y los mensajes de seguridad ya familiares, ahora puedes acercarte un poco a un movimiento que temes, nunca hacia un dolor agudo.</translation>
    </message>
    <message>
        <source>A gentle body scan gives your nervous system a restful day after approaching.</source>
        <translation>Un recorrido corporal suave le da a tu sistema nervioso un día de descanso después de acercarte.</translation>
    </message>
    <message>
        <source>A few minutes of tracking keeps the habit going, whatever today&apos;s sensations are.</source>
        <translation>Unos minutos de rastreo mantienen el hábito, sean como sean las sensaciones de hoy.</translation>
    </message>
    <message>
        <source>Emotions and pain often travel together, so today you may notice both, without having to solve anything.</source>
        <translation>Las emociones y el dolor a menudo van juntos, así que hoy puedes notar ambos, sin tener que resolver nada.</translation>
    </message>
    <message>
        <source>Returning to a feared movement, at your own pace, teaches the brain it is safe.</source>
        <translation>Volver a un movimiento que temes, a tu propio ritmo, le enseña al cerebro que es seguro.</translation>
    </message>
    <message>
        <source>A calm, safe place in your imagination is a restful practice for the end of the week.</source>
        <translation>Un lugar tranquilo y seguro en tu imaginación es una práctica de descanso para el final de la semana.</translation>
    </message>
    <message>
        <source>Somatic tracking is worth coming back to often, and the full practice keeps the learning going.</source>
        <translation>Vale la pena volver a menudo al rastreo somático, y la práctica completa mantiene vivo el aprendizaje.</translation>
    </message>
    <message>
        <source>You may choose a movement a little closer to what you have avoided, still gently.</source>
        <translation>Puedes elegir un movimiento un poco más cercano a lo que has evitado, todavía con suavidad.</translation>
    </message>
    <message>
        <source>A little warmth and lightness today helps the sense of safety grow.</source>
        <translation>Un poco de calidez y ligereza hoy ayuda a que crezca la sensación de seguridad.</translation>
    </message>
    <message>
        <source>Another fearful thought may be ready for a balanced answer now.</source>
        <translation>Puede que otro pensamiento de miedo esté listo ahora para una respuesta equilibrada.</translation>
    </message>
    <message>
        <source>A few minutes of tracking, which you can carry on long after these four weeks.</source>
        <translation>Unos minutos de rastreo, que puedes seguir haciendo mucho después de estas cuatro semanas.</translation>
    </message>
    <message>
        <source>One more gentle step toward something you have missed doing.</source>
        <translation>Un paso suave más hacia algo que has echado de menos hacer.</translation>
    </message>
    <message>
        <source>At the end of four weeks, looking again at your own clues shows what may have changed.</source>
        <translation>Al final de las cuatro semanas, volver a mirar tus propias pistas muestra lo que puede haber cambiado.</translation>
    </message>
    <message>
        <source>Today&apos;s step has no practice in this library yet, so here is somatic tracking, the heart of PRT. If you would like to read today, Learn explains how pain works.</source>
        <translation>El paso de hoy todavía no tiene una práctica en esta biblioteca, así que aquí tienes el rastreo somático, el corazón de la PRT. Si hoy te apetece leer, en Aprender se explica cómo funciona el dolor.</translation>
    </message>
    <message>
        <source>Understanding how pain works makes the other practices easier to trust.</source>
        <translation>Entender cómo funciona el dolor te ayuda a confiar en las demás prácticas.</translation>
    </message>
    <message>
        <source>Your own clues about your pain speak louder than any general explanation.</source>
        <translation>Tus propias pistas sobre tu dolor hablan más alto que cualquier explicación general.</translation>
    </message>
    <message>
        <source>Somatic tracking, most days, is how the brain learns that a sensation is safe.</source>
        <translation>El rastreo somático, casi todos los días, es la manera en que el cerebro aprende que una sensación es segura.</translation>
    </message>
    <message>
        <source>Lowering stress turns the alarm down a little.</source>
        <translation>Bajar el estrés baja un poco la alarma.</translation>
    </message>
    <message>
        <source>Your body is not only pain; noticing pleasant sensations helps.</source>
        <translation>Tu cuerpo no es solo dolor; notar sensaciones agradables ayuda.</translation>
    </message>
    <message>
        <source>Grounding in the senses helps when things feel hard.</source>
        <translation>Anclarte en los sentidos ayuda cuando las cosas se hacen difíciles.</translation>
    </message>
    <message>
        <source>Moving gently toward what you have avoided teaches the brain it is safe.</source>
        <translation>Acercarte con suavidad a lo que has evitado le enseña al cerebro que es seguro.</translation>
    </message>
    <message>
        <source>A balanced answer to a fearful thought helps calm the alarm.</source>
        <translation>Una respuesta equilibrada a un pensamiento de miedo ayuda a calmar la alarma.</translation>
    </message>
    <message>
        <source>Emotions and pain often travel together; noticing both can help.</source>
        <translation>Las emociones y el dolor a menudo van juntos; notar ambos puede ayudar.</translation>
    </message>
    <message>
        <source>A few minutes of curious, calm attention to the sensation.</source>
        <translation>Unos minutos de atención tranquila y curiosa a la sensación.</translation>
    </message>
    <message>
        <source>Coming back to the present through your five senses.</source>
        <translation>Volver al presente a través de tus cinco sentidos.</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>End practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>0 not at all</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 extremely</source>
        <translation>10 muchísimo</translation>
    </message>
    <message>
        <source>0 completely safe</source>
        <translation>0 totalmente seguro</translation>
    </message>
    <message>
        <source>10 very dangerous</source>
        <translation>10 muy peligroso</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 sin dolor</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 el peor imaginable</translation>
    </message>
    <message>
        <source>{value} out of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>RecordVoicePage</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>No microphone was found. Connect a microphone or a headset, check that it is switched on, and try again.</source>
        <translation>No se encontró ningún micrófono. Conecta un micrófono o unos auriculares con micrófono, comprueba que esté encendido y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The microphone could not be started. It may be in use by another program; close that program, or check the microphone, and try again.</source>
        <translation>No se pudo iniciar el micrófono. Puede que otro programa lo esté usando; cierra ese programa, o revisa el micrófono, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Recording. Read the line aloud, then press Stop.</source>
        <translation>Grabando. Lee la línea en voz alta y luego pulsa Detener.</translation>
    </message>
    <message>
        <source>Listening to the take…</source>
        <translation>Escuchando la toma…</translation>
    </message>
    <message>
        <source>Listen with Play back. If you like it, press Keep; if not, Re-take.</source>
        <translation>Escúchala con Escuchar. Si te gusta, pulsa Conservar; si no, Repetir.</translation>
    </message>
    <message>
        <source>That was the longest a take can be. </source>
        <translation>Esa es la duración máxima de una toma. </translation>
    </message>
    <message>
        <source>The microphone stopped sending sound, so the take ends here. </source>
        <translation>El micrófono dejó de enviar sonido, así que la toma termina aquí. </translation>
    </message>
    <message>
        <source>Nothing was heard. Check that the microphone is connected and not muted.</source>
        <translation>No se oyó nada. Comprueba que el micrófono esté conectado y no esté silenciado.</translation>
    </message>
    <message>
        <source>The take could not be checked. Please record it again.</source>
        <translation>No se pudo comprobar la toma. Grábala de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Keeping your recording…</source>
        <translation>Guardando tu grabación…</translation>
    </message>
    <message>
        <source>Kept. This line is now spoken in your voice, in every practice.</source>
        <translation>Guardada. Ahora esta línea suena con tu voz, en todas las prácticas.</translation>
    </message>
    <message>
        <source>Your recording could not be saved. Check that the disk has free space and try Keep again. Nothing else was changed.</source>
        <translation>No se pudo guardar tu grabación. Comprueba que el disco tenga espacio libre y vuelve a pulsar Conservar. No se cambió nada más.</translation>
    </message>
    <message>
        <source>Your recording of this line was removed. The computer voice speaks it again.</source>
        <translation>Se quitó tu grabación de esta línea. La voz de la computadora vuelve a decirla.</translation>
    </message>
    <message>
        <source>Your recording could not be removed just now. Please try again.</source>
        <translation>No se pudo quitar tu grabación en este momento. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played. Connect headphones or speakers and try again.</source>
        <translation>No se encontró ninguna salida de sonido, así que no se puede reproducir nada. Conecta auriculares o altavoces y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Playing your take.</source>
        <translation>Reproduciendo tu toma.</translation>
    </message>
    <message>
        <source>Playing your recording of this line.</source>
        <translation>Reproduciendo tu grabación de esta línea.</translation>
    </message>
    <message>
        <source>Playing the computer voice for this line.</source>
        <translation>Reproduciendo la voz de la computadora para esta línea.</translation>
    </message>
    <message>
        <source>The sound device could not be started. Check that headphones or speakers are connected.</source>
        <translation>No se pudo iniciar el dispositivo de sonido. Comprueba que los auriculares o los altavoces estén conectados.</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Dejar de reproducir</translation>
    </message>
    <message>
        <source>This line could not be played.</source>
        <translation>Esta línea no se pudo reproducir.</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Escuchar</translation>
    </message>
</context>
<context>
    <name>RecordVoiceWidgets</name>
    <message>
        <source>Record my voice</source>
        <translation>Grabar mi voz</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Record my voice&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Grabar mi voz&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read each line aloud, at your own calm pace. A recording you keep takes the place of the computer voice for that line, in every practice. Lines you have not recorded are spoken by the computer voice.</source>
        <translation>Lee cada línea en voz alta, a tu propio ritmo tranquilo. Una grabación que conserves ocupa el lugar de la voz de la computadora para esa línea, en todas las prácticas. Las líneas que no has grabado las dice la voz de la computadora.</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Práctica:</translation>
    </message>
    <message>
        <source>Practice to record</source>
        <translation>Práctica que quieres grabar</translation>
    </message>
    <message>
        <source>Lines of the practice</source>
        <translation>Líneas de la práctica</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Línea anterior</translation>
    </message>
    <message>
        <source>Remove my recording</source>
        <translation>Quitar mi grabación</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Línea siguiente</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>tu grabación</translation>
    </message>
    <message>
        <source>computer voice</source>
        <translation>voz de la computadora</translation>
    </message>
    <message>
        <source>Line {n}, {voice}: {text}</source>
        <translation>Línea {n}, {voice}: {text}</translation>
    </message>
    <message>
        <source>There is no practice with spoken lines to record.</source>
        <translation>No hay ninguna práctica con líneas habladas para grabar.</translation>
    </message>
    <message>
        <source>Line {n} of {total}. You have recorded {count} of {total} lines.</source>
        <translation>Línea {n} de {total}. Has grabado {count} de {total} líneas.</translation>
    </message>
    <message>
        <source>● Your own recording is used for this line.</source>
        <translation>● Para esta línea se usa tu propia grabación.</translation>
    </message>
    <message>
        <source>No recording of yours yet: the computer voice speaks this line.</source>
        <translation>Todavía no tienes una grabación: la voz de la computadora dice esta línea.</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>Write as much or as little as you like. It is kept privately on this computer, with this practice.</source>
        <translation>Escribe tanto o tan poco como quieras. Se guarda en privado en esta computadora, junto con esta práctica.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
</context>
<context>
    <name>RegionHistoryView</name>
    <message>
        <source>Area of the body:</source>
        <translation>Zona del cuerpo:</translation>
    </message>
    <message>
        <source>Area of the body to show</source>
        <translation>Zona del cuerpo que quieres ver</translation>
    </message>
    <message>
        <source>Every time this area was marked</source>
        <translation>Cada vez que se marcó esta zona</translation>
    </message>
    <message>
        <source>marked once</source>
        <translation>marcada una vez</translation>
    </message>
    <message>
        <source>marked {n} times</source>
        <translation>marcada {n} veces</translation>
    </message>
    <message>
        <source>{region} ({marked})</source>
        <translation>{region} ({marked})</translation>
    </message>
    <message>
        <source>{region}: {marked}, from {first} to {last}. On average intensity {intensity:.1f} and threat {threat:.1f} out of 10.</source>
        <translation>{region}: {marked}, del {first} al {last}. De media, intensidad {intensity:.1f} y amenaza {threat:.1f} de 10.</translation>
    </message>
    <message>
        <source>Nothing here yet. Once you mark an area on the body map, you can follow it here over time.</source>
        <translation>Todavía no hay nada. Cuando marques una zona en el mapa del cuerpo, podrás seguirla aquí a lo largo del tiempo.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Start today&apos;s practice</source>
        <translation>Empezar la práctica de hoy</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide the reminder</source>
        <translation>Ahora no: ocultar el recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>On Windows: press the Windows key and R, type shell:startup and press Enter. Into the folder that opens, put a shortcut to PRT Practice (drag it there from the Start menu). To stop it later: Settings → Apps → Startup.</source>
        <translation>En Windows: pulsa la tecla de Windows y R, escribe shell:startup y pulsa Intro. En la carpeta que se abre, pon un acceso directo a PRT Practice (arrástralo desde el menú Inicio). Para quitarlo más adelante: Configuración → Aplicaciones → Inicio.</translation>
    </message>
    <message>
        <source>On a Mac: System Settings → General → Login Items, press + under “Open at Login” and choose PRT Practice from Applications. Or right-click its icon in the Dock → Options → Open at Login.</source>
        <translation>En un Mac: Ajustes del Sistema → General → Ítems de inicio, pulsa + bajo «Abrir al iniciar sesión» y elige PRT Practice en Aplicaciones. O haz clic derecho en su icono del Dock → Opciones → Abrir al iniciar sesión.</translation>
    </message>
    <message>
        <source>On Linux: in KDE, System Settings → Autostart → Add → Add Application, and choose PRT Practice. On Ubuntu, the “Startup Applications” app: Add, with the command prt-desktop. On any desktop, copy the file prt-desktop.desktop from /usr/share/applications into the folder .config/autostart in your home folder.</source>
        <translation>En Linux: en KDE, Preferencias del sistema → Arranque automático → Añadir → Añadir aplicación, y elige PRT Practice. En Ubuntu, la aplicación «Aplicaciones al inicio»: Añadir, con la orden prt-desktop. En cualquier escritorio, copia el archivo prt-desktop.desktop de /usr/share/applications a la carpeta .config/autostart de tu carpeta personal.</translation>
    </message>
    <message>
        <source>More in the guide to reminders</source>
        <translation>Más en la guía de recordatorios</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me once a day, if I haven&apos;t practised yet</source>
        <translation>Recordármelo una vez al día, si todavía no he practicado</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Hora del recordatorio diario</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>When you close the window, the app stays in the tray so your reminder can come.</source>
        <translation>Cuando cierres la ventana, la aplicación seguirá en la bandeja del sistema para que tu recordatorio pueda llegar.</translation>
    </message>
    <message>
        <source>This computer shows no tray icons, so the reminder appears inside the app&apos;s window while it is open.</source>
        <translation>Esta computadora no muestra iconos en la bandeja, así que el recordatorio aparece dentro de la ventana de la aplicación mientras está abierta.</translation>
    </message>
    <message>
        <source>Nothing reminds you when the app is not running. If you like, your computer can open it each time you log in.</source>
        <translation>Nada te lo recuerda cuando la aplicación no está abierta. Si quieres, tu computadora puede abrirla cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>How to open the app when I log in</source>
        <translation>Cómo abrir la aplicación al iniciar sesión</translation>
    </message>
    <message>
        <source>Show how to open the app when I log in</source>
        <translation>Mostrar cómo abrir la aplicación al iniciar sesión</translation>
    </message>
    <message>
        <source>Show how many days I have practised</source>
        <translation>Mostrar cuántos días he practicado</translation>
    </message>
    <message>
        <source>Off unless you turn it on: some people find counts and streaks stressful.</source>
        <translation>Desactivado salvo que lo actives: a algunas personas los recuentos y las rachas les generan estrés.</translation>
    </message>
    <message>
        <source>Hide how to open the app when I log in</source>
        <translation>Ocultar cómo abrir la aplicación al iniciar sesión</translation>
    </message>
    <message>
        <source>This choice applies now but could not be saved for next time: the data folder cannot be written to.</source>
        <translation>Esta elección se aplica ahora, pero no se pudo guardar para la próxima vez: no se puede escribir en la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{app}: a reminder each day at {time}</source>
        <extracomment>Look at the clock at least this often (after sleep, the timer counts only awake time). A reminder this late or later (asleep, switched off) is skipped, never shown in a pile.</extracomment>
        <translation>{app}: un recordatorio cada día a las {time}</translation>
    </message>
    <message>
        <source>A moment for your practice, if you&apos;d like one.</source>
        <translation>Un momento para tu práctica, si te apetece.</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>Abrir {app}</translation>
    </message>
    <message>
        <source>Start today&apos;s practice</source>
        <translation>Empezar la práctica de hoy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Still here, in the tray, so your reminder can come. To close the app, choose Quit in this icon&apos;s menu.</source>
        <translation>Sigo aquí, en la bandeja del sistema, para que pueda llegar tu recordatorio. Para cerrar la aplicación, elige Salir en el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>You were part-way through “{title}”. Continue where you left off, or start again?</source>
        <translation>Estabas a mitad de «{title}». ¿Quieres continuar donde lo dejaste o empezar de nuevo?</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>While you practise</source>
        <translation>Mientras practicas</translation>
    </message>
    <message>
        <source>This app helps you practise Pain Reprocessing Therapy (PRT) at home: short guided exercises that help your brain learn that a sensation is safe. Your pain is real. The app does not diagnose, and it is not a replacement for your clinician.</source>
        <translation>Esta aplicación te ayuda a practicar en casa la Terapia de Reprocesamiento del Dolor (PRT, por sus siglas en inglés): ejercicios guiados cortos que ayudan a tu cerebro a aprender que una sensación es segura. Tu dolor es real. La aplicación no hace diagnósticos y no sustituye a tu profesional de la salud.</translation>
    </message>
    <message>
        <source>PRT is for long-lasting pain that a clinician has already assessed, such as back pain, neck pain or headaches that continue after the body has healed, or that have no structural cause.</source>
        <translation>La PRT es para el dolor de larga duración que un profesional de la salud ya ha evaluado, como el dolor de espalda, el dolor de cuello o los dolores de cabeza que continúan después de que el cuerpo se ha curado, o que no tienen una causa estructural.</translation>
    </message>
    <message>
        <source>It is not for pain from a recent injury or operation, an infection, a fracture, inflammation, or an illness that is getting worse.</source>
        <translation>No es para el dolor de una lesión u operación reciente, una infección, una fractura, una inflamación o una enfermedad que está empeorando.</translation>
    </message>
    <message>
        <source>See a doctor promptly, instead of practising, if you have:</source>
        <translation>Consulta pronto a un médico, en lugar de practicar, si tienes:</translation>
    </message>
    <message>
        <source>new pain after a fall or an accident</source>
        <translation>un dolor nuevo después de una caída o un accidente</translation>
    </message>
    <message>
        <source>fever or weight loss you cannot explain, together with pain</source>
        <translation>fiebre o una pérdida de peso que no puedes explicar, junto con dolor</translation>
    </message>
    <message>
        <source>numbness in the groin or between the legs, or loss of bladder or bowel control</source>
        <translation>entumecimiento en la ingle o entre las piernas, o pérdida del control de la vejiga o del intestino</translation>
    </message>
    <message>
        <source>new weakness in an arm or a leg</source>
        <translation>una debilidad nueva en un brazo o una pierna</translation>
    </message>
    <message>
        <source>pain that is constant and gets worse at night</source>
        <translation>un dolor constante que empeora por la noche</translation>
    </message>
    <message>
        <source>a history of cancer and a new pain</source>
        <translation>antecedentes de cáncer y un dolor nuevo</translation>
    </message>
    <message>
        <source>You never need to push into sharp or worsening pain. You can stop any exercise at any time. If a practice brings up strong distress, stop, and talk with your clinician.</source>
        <translation>Nunca tienes que forzarte hacia un dolor agudo o que empeora. Puedes parar cualquier ejercicio en cualquier momento. Si una práctica te provoca un malestar fuerte, para y habla con tu profesional de la salud.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <source>Confirms that you have read who this is for and when to see a doctor instead</source>
        <translation>Confirma que has leído para quién es esto y cuándo ver a un médico en su lugar</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>{question}: {value} out of 10</source>
        <translation>{question}: {value} de 10</translation>
    </message>
</context>
<context>
    <name>SensationDialog</name>
    <message>
        <source>Describe what you notice</source>
        <translation>Describe lo que notas</translation>
    </message>
    <message>
        <source>Change what you noticed</source>
        <translation>Cambiar lo que notaste</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take your time. Choose any words that fit, or none. There are no wrong answers.</source>
        <translation>Tómate tu tiempo. Elige las palabras que encajen, o ninguna. No hay respuestas incorrectas.</translation>
    </message>
    <message>
        <source>What is it like?</source>
        <translation>¿Cómo es?</translation>
    </message>
    <message>
        <source>Pleasant or easy</source>
        <translation>Agradable o tranquila</translation>
    </message>
    <message>
        <source>Your own words, if you like:</source>
        <translation>Tus propias palabras, si quieres:</translation>
    </message>
    <message>
        <source>for example: fizzy, like a band</source>
        <translation>por ejemplo: burbujeante, como una banda</translation>
    </message>
    <message>
        <source>Your own words, separated by commas</source>
        <translation>Tus propias palabras, separadas por comas</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 la peor</translation>
    </message>
    <message>
        <source>Intensity, 0 to 10</source>
        <translation>Intensidad, de 0 a 10</translation>
    </message>
    <message>
        <source>0 safe</source>
        <translation>0 segura</translation>
    </message>
    <message>
        <source>10 very dangerous</source>
        <translation>10 muy peligrosa</translation>
    </message>
    <message>
        <source>How dangerous does this feel, 0 to 10</source>
        <translation>Qué tan peligrosa se siente, de 0 a 10</translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation>¿Qué tan fuerte es?</translation>
    </message>
    <message>
        <source>How dangerous does this feel?</source>
        <translation>¿Qué tan peligrosa se siente?</translation>
    </message>
    <message>
        <source>Overall, it feels</source>
        <translation>En conjunto, se siente</translation>
    </message>
    <message>
        <source>Unpleasant</source>
        <translation>Desagradable</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Pleasant</source>
        <translation>Agradable</translation>
    </message>
    <message>
        <source>If you notice it</source>
        <translation>Si lo notas</translation>
    </message>
    <message>
        <source>As you watch it</source>
        <translation>Mientras la observas</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Cambiante</translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>On the surface</source>
        <translation>En la superficie</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profunda</translation>
    </message>
    <message>
        <source>Its size</source>
        <translation>Su tamaño</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Spread out</source>
        <translation>Extendida</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Una nota, si quieres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>All settings</source>
        <translation>Todos los ajustes</translation>
    </message>
    <message>
        <source>Sound, voice, appearance, reminders, check-ins and your data, one group after another</source>
        <translation>Sonido, voz, apariencia, recordatorios, valoraciones y tus datos, un grupo tras otro</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ajustes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play practices through:</source>
        <translation>Reproducir las prácticas por:</translation>
    </message>
    <message>
        <source>Sound device for practices</source>
        <translation>Dispositivo de sonido para las prácticas</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Reproducir un sonido de prueba</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Buscar dispositivos de nuevo</translation>
    </message>
    <message>
        <source>Looking for sound devices…</source>
        <translation>Buscando dispositivos de sonido…</translation>
    </message>
    <message>
        <source>System default: {device}</source>
        <translation>Predeterminado del sistema: {device}</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (no conectado)</translation>
    </message>
    <message>
        <source>No sound device was found. Practices still work: the words are shown on screen as they would be spoken. To hear them, connect headphones or speakers, then press “Look for devices again”.</source>
        <translation>No se encontró ningún dispositivo de sonido. Las prácticas funcionan igual: las palabras aparecen en pantalla a medida que se dirían. Para oírlas, conecta auriculares o altavoces y pulsa «Buscar dispositivos de nuevo».</translation>
    </message>
    <message>
        <source>“{device}”, which you chose, is not connected now, so practices play through the system default. Connect it and press “Look for devices again”, or choose another device.</source>
        <translation>«{device}», que elegiste, no está conectado ahora, así que las prácticas suenan por el predeterminado del sistema. Conéctalo y pulsa «Buscar dispositivos de nuevo», o elige otro dispositivo.</translation>
    </message>
    <message>
        <source>Practices play through {device}.</source>
        <translation>Las prácticas suenan por {device}.</translation>
    </message>
    <message>
        <source>Practices play through the system default, {device}.</source>
        <translation>Las prácticas suenan por el predeterminado del sistema, {device}.</translation>
    </message>
    <message>
        <source>Practices play through the system default.</source>
        <translation>Las prácticas suenan por el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Saved. Your choice applies from the next practice.</source>
        <translation>Guardado. Tu elección se aplica desde la próxima práctica.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your choice of sound device could not be saved, so it applies only until the app is closed. Nothing else has been changed.</source>
        <translation>Tu elección de dispositivo de sonido no se pudo guardar, así que solo se aplica hasta que cierres la aplicación. No se ha cambiado nada más.</translation>
    </message>
    <message>
        <source>No sound device was found, so no test sound can be played.</source>
        <translation>No se encontró ningún dispositivo de sonido, así que no se puede reproducir un sonido de prueba.</translation>
    </message>
    <message>
        <source>The test sound could not be read.</source>
        <translation>No se pudo leer el sonido de prueba.</translation>
    </message>
    <message>
        <source>The sound device could not be started. Check that it is connected and switched on, or choose another device.</source>
        <translation>No se pudo iniciar el dispositivo de sonido. Comprueba que esté conectado y encendido, o elige otro dispositivo.</translation>
    </message>
    <message>
        <source>Playing a soft chime…</source>
        <translation>Sonando una campana suave…</translation>
    </message>
    <message>
        <source>Did you hear a soft chime? If not, check the volume, or choose another device and try again.</source>
        <translation>¿Has oído una campana suave? Si no, revisa el volumen, o elige otro dispositivo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The app is already open for the data folder {folder}. Its window has been brought to the front.</source>
        <extracomment>The exit code of a second launch on a data folder that is already open.</extracomment>
        <translation>La aplicación ya está abierta para la carpeta de datos {folder}. Su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>The app is already open for the data folder {folder}. Please switch to its window (it may be minimised or on another desktop).</source>
        <translation>La aplicación ya está abierta para la carpeta de datos {folder}. Cambia a su ventana, por favor (puede estar minimizada o en otro escritorio).</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Voice and sound</source>
        <translation>Voz y sonido</translation>
    </message>
    <message>
        <source>Pauses between the lines:</source>
        <translation>Pausas entre las líneas:</translation>
    </message>
    <message>
        <source>Length of the pauses</source>
        <translation>Duración de las pausas</translation>
    </message>
    <message>
        <source>How long the voice leaves you in silence between its lines</source>
        <translation>Cuánto tiempo te deja la voz en silencio entre sus líneas</translation>
    </message>
    <message>
        <source>A soft background sound under the voice</source>
        <translation>Un sonido de fondo suave bajo la voz</translation>
    </message>
    <message>
        <source>Its volume:</source>
        <translation>Su volumen:</translation>
    </message>
    <message>
        <source>Background sound volume</source>
        <translation>Volumen del sonido de fondo</translation>
    </message>
    <message>
        <source>A chime at the start and at the end</source>
        <translation>Una campana al principio y al final</translation>
    </message>
    <message>
        <source>Captions: show each sentence as it is spoken</source>
        <translation>Subtítulos: mostrar cada frase mientras se dice</translation>
    </message>
    <message>
        <source>Show the whole text of the practice beside the caption</source>
        <translation>Mostrar el texto completo de la práctica junto al subtítulo</translation>
    </message>
    <message>
        <source>These apply at once, also to a practice you have paused.</source>
        <translation>Esto se aplica al momento, también a una práctica en pausa.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Ajustes del quiosco</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kiosk settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ajustes del quiosco&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>What is kept of each visit:</source>
        <translation>Qué se guarda de cada visita:</translation>
    </message>
    <message>
        <source>Nothing: every visit is forgotten when it ends (recommended)</source>
        <translation>Nada: cada visita se olvida al terminar (recomendado)</translation>
    </message>
    <message>
        <source>Anonymous records for export: practices and body-map marks, with a visit number and no name</source>
        <translation>Registros anónimos para exportar: prácticas y marcas del mapa del cuerpo, con un número de visita y sin nombre</translation>
    </message>
    <message>
        <source>Let visitors write notes and their own words (kept only with anonymous records)</source>
        <translation>Permitir que los visitantes escriban notas y sus propias palabras (solo se guardan con los registros anónimos)</translation>
    </message>
    <message>
        <source>Ask “Are you still there?” after</source>
        <translation>Preguntar «¿Sigues ahí?» después de</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking “Are you still there?”</source>
        <translation>Segundos sin ningún toque antes de preguntar «¿Sigues ahí?»</translation>
    </message>
    <message>
        <source> s without a touch</source>
        <translation> s sin ningún toque</translation>
    </message>
    <message>
        <source>What is kept and notes apply from the next start of the app.</source>
        <translation>Lo que se guarda y las notas se aplican desde el próximo inicio de la aplicación.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Guardar y volver</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Elegir un PIN nuevo</translation>
    </message>
    <message>
        <source>Leave kiosk mode (close the app)</source>
        <translation>Salir del modo quiosco (cerrar la aplicación)</translation>
    </message>
</context>
<context>
    <name>StartEndView</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice to compare</source>
        <translation>Práctica que quieres comparar</translation>
    </message>
    <message>
        <source>Choose a practice to see its marks at the start and at the end side by side</source>
        <translation>Elige una práctica para ver sus marcas del principio y del final una al lado de la otra</translation>
    </message>
    <message>
        <source>&lt;b&gt;At the start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Al principio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;At the end&lt;/b&gt;</source>
        <translation>&lt;b&gt;Al final&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{when}: {marks}</source>
        <translation>{when}: {marks}</translation>
    </message>
    <message>
        <source>{marks}; average intensity {i:.1f}, average threat {t:.1f}.</source>
        <translation>{marks}; intensidad media {i:.1f}, amenaza media {t:.1f}.</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marca</translation>
    </message>
    <message>
        <source>{n} marks</source>
        <translation>{n} marcas</translation>
    </message>
    <message>
        <source>The body map was opened at one point only in this practice, so there is no end to compare yet.</source>
        <translation>En esta práctica el mapa del cuerpo se abrió en un solo momento, así que todavía no hay un final con el que comparar.</translation>
    </message>
    <message>
        <source>No marks.</source>
        <translation>Sin marcas.</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today&apos;s practice</source>
        <translation>La práctica de hoy</translation>
    </message>
    <message>
        <source>Start today&apos;s practice</source>
        <translation>Empezar la práctica de hoy</translation>
    </message>
    <message>
        <source>Begin the four-week programme</source>
        <translation>Comenzar el programa de cuatro semanas</translation>
    </message>
    <message>
        <source>Pause the programme</source>
        <translation>Pausar el programa</translation>
    </message>
    <message>
        <source>Start again from day 1</source>
        <translation>Empezar de nuevo desde el día 1</translation>
    </message>
    <message>
        <source>Start the programme again from day 1</source>
        <translation>Empezar el programa de nuevo desde el día 1</translation>
    </message>
    <message>
        <source>A suggested four-week path</source>
        <translation>Un camino sugerido de cuatro semanas</translation>
    </message>
    <message>
        <source>If you like, the app can suggest one short practice a day for four weeks, starting with how pain works, and say why it chose it. You may always choose anything else, pause it or start again.</source>
        <translation>Si quieres, la aplicación puede sugerirte una práctica corta al día durante cuatro semanas, empezando por cómo funciona el dolor, y decirte por qué la eligió. Siempre puedes elegir cualquier otra cosa, pausarlo o empezar de nuevo.</translation>
    </message>
    <message>
        <source>You have come to the end of the four weeks</source>
        <translation>Has llegado al final de las cuatro semanas</translation>
    </message>
    <message>
        <source>You may keep choosing any practice below, or start the programme again.</source>
        <translation>Puedes seguir eligiendo cualquier práctica de abajo, o empezar el programa de nuevo.</translation>
    </message>
    <message>
        <source>Paused on day {day} of {days}</source>
        <translation>En pausa en el día {day} de {days}</translation>
    </message>
    <message>
        <source>Resume the programme</source>
        <translation>Reanudar el programa</translation>
    </message>
    <message>
        <source>Start again from day 1?</source>
        <translation>¿Empezar de nuevo desde el día 1?</translation>
    </message>
    <message>
        <source>Start the programme again from day 1? Your practices so far stay in your history.</source>
        <translation>¿Empezar el programa de nuevo desde el día 1? Tus prácticas hasta ahora se quedan en tu historial.</translation>
    </message>
    <message>
        <source>Keep my place</source>
        <translation>Seguir donde estoy</translation>
    </message>
    <message>
        <source>Day {day} of {days}</source>
        <translation>Día {day} de {days}</translation>
    </message>
    <message>
        <source>No suggestion for today</source>
        <translation>Ninguna sugerencia para hoy</translation>
    </message>
    <message>
        <source>This set of practices has nothing that fits today&apos;s step. You may choose any practice below.</source>
        <translation>Este conjunto de prácticas no tiene nada que encaje con el paso de hoy. Puedes elegir cualquier práctica de abajo.</translation>
    </message>
    <message>
        <source>The programme is paused; it will wait on this day for as long as you like. You may resume it whenever you wish.</source>
        <translation>El programa está en pausa; esperará en este día todo el tiempo que quieras. Puedes reanudarlo cuando lo desees.</translation>
    </message>
    <message>
        <source>Start today&apos;s practice: {title}</source>
        <translation>Empezar la práctica de hoy: {title}</translation>
    </message>
    <message>
        <source>Practices in the last 7 days: {n}</source>
        <translation>Prácticas en los últimos 7 días: {n}</translation>
    </message>
    <message>
        <source>Days you practised in the last 4 weeks: {n}</source>
        <translation>Días que practicaste en las últimas 4 semanas: {n}</translation>
    </message>
    <message>
        <source>Days in a row: {n}</source>
        <translation>Días seguidos: {n}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>a soft chime</source>
        <translation>una campana suave</translation>
    </message>
    <message>
        <source>a short pause</source>
        <translation>una pausa corta</translation>
    </message>
    <message>
        <source>a pause of about {n} seconds</source>
        <translation>una pausa de alrededor de {n} segundos</translation>
    </message>
    <message>
        <source>a pause of about 1 minute</source>
        <translation>una pausa de alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>a pause of about {n} minutes</source>
        <translation>una pausa de alrededor de {n} minutos</translation>
    </message>
    <message>
        <source>You are asked to mark where you notice a sensation on the body map.</source>
        <translation>Se te pide que marques en el mapa del cuerpo dónde notas una sensación.</translation>
    </message>
    <message>
        <source>You are asked to rate your pain from 0 to 10.</source>
        <translation>Se te pide que valores tu dolor de 0 a 10.</translation>
    </message>
    <message>
        <source>You are asked to rate your fear from 0 to 10.</source>
        <translation>Se te pide que valores tu miedo de 0 a 10.</translation>
    </message>
    <message>
        <source>You are asked to rate how you feel from 0 to 10.</source>
        <translation>Se te pide que valores cómo te sientes de 0 a 10.</translation>
    </message>
    <message>
        <source>You are asked to write: {prompt}</source>
        <translation>Se te pide que escribas: {prompt}</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Postura sentada</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Postura acostada</translation>
    </message>
    <message>
        <source>You can stop this practice at any time, for any reason, and come back to it another day. This app does not diagnose, and it does not replace your clinician. If practising brings up strong feelings, or your pain changes, please stop and talk it over with them.</source>
        <translation>Puedes parar esta práctica en cualquier momento, por cualquier motivo, y volver a ella otro día. Esta aplicación no hace diagnósticos y no sustituye a tu profesional de la salud. Si al practicar surgen emociones fuertes, o tu dolor cambia, por favor para y háblalo con tu profesional de la salud.</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <source>The words of “{title}”</source>
        <translation>El texto de «{title}»</translation>
    </message>
    <message>
        <source>The words of the practice</source>
        <translation>El texto de la práctica</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the words as a PDF</source>
        <translation>Guardar el texto como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the words</source>
        <translation>Imprimir el texto</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The words could not be saved here:
{path}

This place may be read-only, or the disk may be full. Nothing else has changed. Please try another folder, such as your Documents folder.</source>
        <translation>El texto no se pudo guardar aquí:
{path}

Puede que este lugar sea de solo lectura o que el disco esté lleno. No se ha cambiado nada más. Prueba otra carpeta, por ejemplo tu carpeta Documentos.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The words could not be printed. Please check that the printer is switched on and connected, or save them as a PDF instead.</source>
        <translation>El texto no se pudo imprimir. Comprueba que la impresora esté encendida y conectada, o guárdalo como PDF.</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>The words of this practice</source>
        <translation>El texto de esta práctica</translation>
    </message>
    <message>
        <source>The line being heard is marked. Choose a line to go to it.</source>
        <translation>La línea que se está oyendo está marcada. Elige una línea para ir a ella.</translation>
    </message>
    <message>
        <source>Now: {line}</source>
        <translation>Ahora: {line}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Fear before</source>
        <translation>Miedo antes</translation>
    </message>
    <message>
        <source>Fear after</source>
        <translation>Miedo después</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Todavía no hay valoraciones.</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>sin valoraciones</translation>
    </message>
    <message>
        <source>Week of {day}: {figures}.</source>
        <translation>Semana del {day}: {figures}.</translation>
    </message>
    <message>
        <source>No check-ins yet: they appear here week by week.</source>
        <translation>Todavía no hay valoraciones: aparecerán aquí semana a semana.</translation>
    </message>
    <message>
        <source>Pain and fear before and after practice, by week</source>
        <translation>Dolor y miedo antes y después de practicar, por semana</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>pressure</source>
        <translation>presión</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>opresión</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>tensión</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>molestia</translation>
    </message>
    <message>
        <source>dull</source>
        <translation>sorda</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>latido</translation>
    </message>
    <message>
        <source>pulsing</source>
        <translation>pulsación</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>ardor</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <source>warmth</source>
        <translation>tibieza</translation>
    </message>
    <message>
        <source>coolness</source>
        <translation>frescor</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>buzzing</source>
        <translation>zumbido</translation>
    </message>
    <message>
        <source>prickling</source>
        <translation>pinchazos</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>heaviness</source>
        <translation>pesadez</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>tirantez</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>aguda</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>punzante</translation>
    </message>
    <message>
        <source>twitching</source>
        <translation>espasmos</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>cálida</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relajada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>spacious</source>
        <translation>amplia</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <source>flowing</source>
        <translation>fluida</translation>
    </message>
    <message>
        <source>still</source>
        <translation>quieta</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved entries are safe. If this keeps happening, please send the log file to whoever gave you the app:
{path}</source>
        <translation>Ocurrió algo inesperado. Tus entradas guardadas están a salvo. Si esto se repite, envía por favor el archivo de registro a quien te dio la aplicación:
{path}</translation>
    </message>
</context>
</TS>
