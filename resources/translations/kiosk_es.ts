<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="202" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="203" />
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="204" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="205" />
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="206" />
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="207" />
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="214" />
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="214" />
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="215" />
        <source>%1 (or %2)</source>
        <translation>%1 (o %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="217" />
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="223" />
        <source>I agree to receive updates</source>
        <translation>Acepto recibir noticias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="225" />
        <source>Updates are optional. Your signature counts either way.</source>
        <translation>Las noticias son opcionales. Su firma cuenta de todos modos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="226" />
        <source>Next: sign ➜</source>
        <translation>Siguiente: firmar ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="226" />
        <source>Next: sign</source>
        <translation>Siguiente: firmar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk_window.py" line="405" />
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="405" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="406" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="407" />
        <source>A+ Larger text</source>
        <translation>A+ Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="407" />
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="461" />
        <source>Coordinator PIN</source>
        <translation>PIN del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="471" />
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="500" />
        <location filename="../../ui/kiosk_window.py" line="515" />
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation>Escriba el nuevo PIN (de 4 a 12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="506" />
        <source>A PIN has 4 to 12 digits.</source>
        <translation>El PIN debe tener de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="510" />
        <source>Enter the new PIN again</source>
        <translation>Escriba el nuevo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk_window.py" line="516" />
        <source>The two PINs were different. Please start again.</source>
        <translation>Los dos PIN no coinciden. Por favor, empiece de nuevo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>Please enter your first name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27" />
        <source>Please enter your last name.</source>
        <translation>Por favor, escriba su apellido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29" />
        <source>Please enter your email address.</source>
        <translation>Por favor, escriba su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>Please enter your phone number.</source>
        <translation>Por favor, escriba su número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33" />
        <source>Please enter your ZIP code.</source>
        <translation>Por favor, escriba su código postal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>Please enter your street address.</source>
        <translation>Por favor, escriba su dirección.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36" />
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>This is too long. Please shorten it.</source>
        <translation>Es demasiado largo. Por favor, acórtelo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>This email address doesn't look right. Example: name@example.com</source>
        <translation>Este correo electrónico no parece correcto. Ejemplo: nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>This phone number doesn't look right. Example: 213 555 0123</source>
        <translation>Este número de teléfono no parece correcto. Ejemplo: 213 555 0123</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46" />
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation>El código postal tiene 5 dígitos, por ejemplo 90011.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48" />
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation>Por favor, escriba un correo electrónico o un teléfono para que podamos contar su firma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51" />
        <source>Please sign in the box with your finger.</source>
        <translation>Por favor, firme con el dedo dentro del recuadro.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57" />
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation>Buenas noticias: usted ya firmó esta petición. ¡Gracias! Cada persona puede firmar una sola vez.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64" />
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation>En este momento no se pudo guardar su firma. No se perdió nada de lo que escribió. Por favor, toque “Firmar la petición” otra vez o pida ayuda a un voluntario.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="91" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="92" />
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="93" />
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="93" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="95" />
        <source>Next ➜</source>
        <translation>Siguiente ➜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="95" />
        <source>Next field</source>
        <translation>Siguiente campo</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="58" />
        <source>Our letter to %1</source>
        <translation>Nuestra carta a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="60" />
        <source>Slide up with your finger to read more.</source>
        <translation>Deslice el dedo hacia arriba para leer más.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="61" />
        <source>The petition and the letter</source>
        <translation>La petición y la carta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="62" />
        <source>I want to sign ➜</source>
        <translation>Quiero firmar ➜</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="110" />
        <source>Coordinator PIN</source>
        <translation>PIN del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114" />
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="117" />
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121" />
        <location filename="../../ui/widgets/pin_pad.py" line="122" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="123" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124" />
        <source>Confirm the PIN</source>
        <translation>Confirmar el PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="129" />
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n dígito escrito</numerusform><numerusform>%n dígitos escritos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="134" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n segundo.</numerusform><numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n segundos.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="85" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="86" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="87" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="88" />
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="89" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="98" />
        <source>Updates</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="102" />
        <source>Please check your details</source>
        <translation>Por favor, revise sus datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="103" />
        <source>Your signature</source>
        <translation>Su firma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="104" />
        <source>← Change my details</source>
        <translation>← Cambiar mis datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="104" />
        <source>Change my details</source>
        <translation>Cambiar mis datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="105" />
        <source>Sign the petition</source>
        <translation>Firmar la petición</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="69" />
        <source>Sign with your finger in the box</source>
        <translation>Firme con el dedo dentro del recuadro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="70" />
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation>Su firma se entregará con la petición. Destinatario: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="72" />
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation>Dibujar su firma es opcional. También puede continuar sin ella.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="73" />
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="74" />
        <source>Signature pad</source>
        <translation>Recuadro para la firma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75" />
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76" />
        <source>Next: review ➜</source>
        <translation>Siguiente: revisar ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76" />
        <source>Next: review</source>
        <translation>Siguiente: revisar</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="90" />
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="92" />
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation><numerusform>Por su privacidad, este formulario se borrará en %n segundo.</numerusform><numerusform>Por su privacidad, este formulario se borrará en %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="93" />
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="94" />
        <source>I'm still here, keep my form</source>
        <translation>Sigo aquí, conservar mis datos</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="69" />
        <location filename="../../ui/screens/thank_you.py" line="73" />
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="72" />
        <source>Thank you, %1!</source>
        <translation>¡Gracias, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="74" />
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation>Su firma quedó guardada. Por favor, pase la tableta a la siguiente persona.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="75" />
        <source>%1 people have signed</source>
        <translation>%1 personas han firmado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="76" />
        <source>This screen closes in %n second(s).</source>
        <translation><numerusform>Esta pantalla se cerrará en %n segundo.</numerusform><numerusform>Esta pantalla se cerrará en %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="80" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="82" />
        <source>%1 signed</source>
        <translation>%1 firmas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="83" />
        <source>Help us reach %1 signatures</source>
        <translation>Ayúdenos a llegar a %1 firmas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="84" />
        <source>%1 of %2 signatures</source>
        <translation>%1 de %2 firmas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="91" />
        <source>Tap to sign</source>
        <translation>Toque para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="91" />
        <source>Tap to sign the petition</source>
        <translation>Toque para firmar la petición</translation>
    </message>
</context>
</TS>