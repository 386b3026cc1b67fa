<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation>Cuidado de niños, campamentos de vacaciones y ayuda después de clase cerca de ti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation>Toca para empezar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause the moving pictures</source>
        <translation>Pausar las imágenes en movimiento</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play the moving pictures</source>
        <translation>Reproducir las imágenes en movimiento</translation>
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation>Cómo inscribirse</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation>Llévatelo: escanea un código con la cámara del móvil</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation>Abrir la página web</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation>Añadir las fechas al calendario</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation>Contactadme sobre esto</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../vm/fmt.py" line="99" />
        <source>in Italian</source>
        <translation>en italiano</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation>
            <numerusform>%n propuesta para estos días</numerusform>
            <numerusform>%n propuestas para estos días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation>No hay ningún catálogo cargado</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="97" />
        <location filename="../vm/fmt.py" line="71" />
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="106" />
        <location filename="../vm/fmt.py" line="73" />
        <source>Cost: ask the provider</source>
        <translation>Precio: pregunta al organizador</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation>Todas las edades</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation>
            <numerusform>Hasta %n año</numerusform>
            <numerusform>Hasta %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation>
            <numerusform>Desde %n año</numerusform>
            <numerusform>Desde %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation>%1–%2 años</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation>Actualizado el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation>Menos de 1 año</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation>¿Qué estás buscando?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Buscar: un pueblo, una actividad, una palabra…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation>Próximo cierre de los colegios: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation>Buscar por tipo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation>¿No sabes bien qué necesitas? Un operador puede llamarte.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation>Pedir que te contacten</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Por tu privacidad, la pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Por tu privacidad, la pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" />
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="57" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="68" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LargeTextToggle</name>
    <message>
        <location filename="../qml/Pitstop/LargeTextToggle.qml" />
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation>Datos de demostración: servicios ficticios</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Buscar: un pueblo, una actividad, una palabra…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation>Edad: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation>Edad del niño</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="105" />
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="111" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="202" />
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation>
            <numerusform>%n propuesta encontrada</numerusform>
            <numerusform>%n propuestas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation>se muestran las primeras %1: añade una palabra o un filtro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation>Prueba a quitar un filtro o usa menos palabras o palabras más cortas.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation>Prueba con menos palabras o más cortas, o con el nombre de tu pueblo.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation>Pedir que te contacten</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation>¿Cuántos años tiene tu hijo?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation>¿Cuándo lo necesitas?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Touch the screen or press Enter to start.</source>
        <translation>Toca la pantalla o pulsa Intro para empezar.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" />
        <source>Choose a kind of service, search by name, or ask to be contacted.</source>
        <translation>Elige un tipo de servicio, busca por nombre o pide que te contacten.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" />
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n servicio encontrado.</numerusform>
            <numerusform>%n servicios encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeechButton</name>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: on, press to stop speech</source>
        <translation>Escuchar: activado, pulsa para detener la voz</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: speech off, press to hear the screen</source>
        <translation>Escuchar: voz desactivada, pulsa para oír la pantalla</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech unavailable</source>
        <translation>Voz no disponible</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech is not available on this kiosk at the moment</source>
        <translation>La voz no está disponible ahora en este quiosco</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../speech/words.py" />
        <source>button</source>
        <translation>botón</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>check box</source>
        <translation>casilla</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>radio button</source>
        <translation>botón de opción</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>text field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list box</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list item</source>
        <translation>elemento de lista</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>tab</source>
        <translation>pestaña</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>slider</source>
        <translation>control deslizante</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>spin box</source>
        <translation>selector numérico</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>heading</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dialog</source>
        <translation>diálogo</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>alert</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>at sign</source>
        <translation>arroba</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dot</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dash</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>plus</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>not selected</source>
        <translation>no seleccionado</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech off.</source>
        <translation>Voz desactivada.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech on. Arrow keys move, Enter chooses.</source>
        <translation>Voz activada. Las flechas mueven, Intro elige.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to hear the screen again.</source>
        <translation>Pulsa %1 para volver a oír la pantalla.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to stop speech.</source>
        <translation>Pulsa %1 para detener la voz.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Loudest.</source>
        <translation>Volumen máximo.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Quietest.</source>
        <translation>Volumen mínimo.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Volume %1 of %2.</source>
        <translation>Volumen %1 de %2.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../features/speech.py" />
        <source>For your privacy the screen will be cleared in %n second(s). Press any key to stay.</source>
        <translation>
            <numerusform>Por tu privacidad, la pantalla se borrará en %n segundo. Pulsa cualquier tecla para seguir.</numerusform>
            <numerusform>Por tu privacidad, la pantalla se borrará en %n segundos. Pulsa cualquier tecla para seguir.</numerusform>
        </translation>
    </message>
</context>
</TS>
