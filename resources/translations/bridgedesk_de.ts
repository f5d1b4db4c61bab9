<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add Customer</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>Add Agent</source>
        <translation>Agent hinzufügen</translation>
    </message>
    <message>
        <source>A customer to add to “%1”:</source>
        <translation>Einen Kunden zu „%1“ hinzufügen:</translation>
    </message>
    <message>
        <source>An agent to add to “%1”:</source>
        <translation>Einen Agenten zu „%1“ hinzufügen:</translation>
    </message>
    <message>
        <source>Customer identifier type</source>
        <translation>Art der Kundenkennung</translation>
    </message>
    <message>
        <source>Agent identifier type</source>
        <translation>Art der Agentenkennung</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already on this conversation.</source>
        <translation>%1 ist bereits in dieser Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Do not send %1 with the message</source>
        <translation>%1 nicht mit der Nachricht senden</translation>
    </message>
</context>
<context>
    <name>AutoRefreshControl</name>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervall der automatischen Aktualisierung</translation>
    </message>
    <message>
        <source>Reload the page shown in the background, marking what changed</source>
        <translation>Die angezeigte Seite im Hintergrund neu laden und Änderungen markieren</translation>
    </message>
    <message>
        <source>Auto-refresh:</source>
        <translation>Automatisch aktualisieren:</translation>
    </message>
    <message>
        <source>Show the newest conversations</source>
        <translation>Die neuesten Unterhaltungen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conversations: show them</source>
        <translation>
            <numerusform>%n neue Unterhaltung: anzeigen</numerusform>
            <numerusform>%n neue Unterhaltungen: anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressPanel</name>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result per conversation</source>
        <translation>Ergebnis je Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Stop: conversations not yet sent stay as they are</source>
        <translation>Anhalten: noch nicht gesendete Unterhaltungen bleiben unverändert</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation>Wird abgebrochen: warte auf die bereits gesendeten Anfragen…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>alle anzeigen</translation>
    </message>
</context>
<context>
    <name>CachedDataPanel</name>
    <message>
        <source>C&amp;lear Cached Data…</source>
        <translation>Zwischengespeicherte &amp;Daten löschen…</translation>
    </message>
    <message>
        <source>Forgets the conversations kept on this computer for this profile. Nothing on the server changes.</source>
        <translation>Vergisst die auf diesem Computer gespeicherten Unterhaltungen dieses Profils. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>No conversations kept on this computer (%1).</source>
        <translation>Keine Unterhaltungen auf diesem Computer gespeichert (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation kept on this computer, %1; oldest read %2, newest %3.</source>
        <translation>
            <numerusform>%n Unterhaltung auf diesem Computer gespeichert, %1; älteste gelesen %2, neueste %3.</numerusform>
            <numerusform>%n Unterhaltungen auf diesem Computer gespeichert, %1; älteste gelesen %2, neueste %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations kept on this computer, %1; oldest read %2, newest %3.</source>
        <translation>
            <numerusform>%Ln Unterhaltung auf diesem Computer gespeichert, %1; älteste gelesen %2, neueste %3.</numerusform>
            <numerusform>%Ln Unterhaltungen auf diesem Computer gespeichert, %1; älteste gelesen %2, neueste %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Cached Data</source>
        <translation>Zwischengespeicherte Daten löschen</translation>
    </message>
    <message>
        <source>Forget the conversations kept on this computer for this profile? The list is read from the server again; nothing on the server changes.</source>
        <translation>Die auf diesem Computer gespeicherten Unterhaltungen dieses Profils vergessen? Die Liste wird erneut vom Server gelesen; auf dem Server ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Nothing matches.</source>
        <translation>Nichts passt.</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type a command, a view, a profile or a conversation</source>
        <translation>Befehl, Ansicht, Profil oder Unterhaltung eingeben</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Who reads it:</source>
        <translation>&amp;Wer liest es:</translation>
    </message>
    <message>
        <source>Send to customer</source>
        <translation>An Kunden senden</translation>
    </message>
    <message>
        <source>The customer receives the message on their channel.</source>
        <translation>Der Kunde erhält die Nachricht auf seinem Kanal.</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Only agents see a note; the customer does not.</source>
        <translation>Nur Agenten sehen eine Notiz, der Kunde nicht.</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Nachrichten&amp;text:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>Dateien anh&amp;ängen…</translation>
    </message>
    <message>
        <source>Choose files to send with the message, or drop them here</source>
        <translation>Dateien für die Nachricht wählen oder hier ablegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Stop what has not been sent yet</source>
        <translation>Anhalten, was noch nicht gesendet ist</translation>
    </message>
    <message>
        <source>Cancelled: the message was not sent.</source>
        <translation>Abgebrochen: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Fortschritt beim Senden</translation>
    </message>
    <message>
        <source>Sent from here</source>
        <translation>Von hier gesendet</translation>
    </message>
    <message>
        <source>The Bridge API has no way to read a conversation&apos;s history, so only messages sent from here in this session are shown.</source>
        <translation>Die Bridge-API kann den Verlauf einer Unterhaltung nicht lesen; darum erscheinen nur Nachrichten, die in dieser Sitzung von hier gesendet wurden.</translation>
    </message>
    <message>
        <source>Messages sent from here</source>
        <translation>Von hier gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note for the agents only (Ctrl+Enter)</source>
        <translation>Die Notiz nur für Agenten hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the message to the customer (Ctrl+Enter)</source>
        <translation>Die Nachricht an den Kunden senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>A note for the agents…</source>
        <translation>Eine Notiz für die Agenten…</translation>
    </message>
    <message>
        <source>A message to the customer…</source>
        <translation>Eine Nachricht an den Kunden…</translation>
    </message>
    <message>
        <source>Internal note: only agents see it</source>
        <translation>Interne Notiz: Nur Agenten sehen sie</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Pick a conversation to write to.</source>
        <translation>Wählen Sie eine Unterhaltung, an die Sie schreiben.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Another message is being sent; wait for it to finish.</source>
        <translation>Eine andere Nachricht wird gerade gesendet; warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Send is off: %1 Remove it to send the message.</source>
        <translation>Senden ist aus: %1 Entfernen Sie die Datei, um die Nachricht zu senden.</translation>
    </message>
    <message>
        <source>Write the message to send it.</source>
        <translation>Schreiben Sie die Nachricht, um sie zu senden.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Asking Bridge where to upload the files…</source>
        <translation>Bridge wird nach dem Ort zum Hochladen gefragt…</translation>
    </message>
    <message>
        <source>Uploading the files…</source>
        <translation>Dateien werden hochgeladen…</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>Notiz wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Nachricht wird gesendet…</translation>
    </message>
    <message>
        <source>Uploading the files: %1 of %2</source>
        <translation>Dateien werden hochgeladen: %1 von %2</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation>An den Kunden</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Files Bridge takes (%1)</source>
        <translation>Dateien, die Bridge annimmt (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox server with demo data. Your stored credentials are not used.</source>
        <translation>Verbunden mit dem eingebauten Sandbox-Server mit Demodaten. Ihre gespeicherten Zugangsdaten werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s; requests are adjusted.</source>
        <translation>Ihre Uhr geht %1 gegenüber dem Server nach; Anfragen werden angepasst.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s; requests are adjusted.</source>
        <translation>Ihre Uhr geht %1 gegenüber dem Server vor; Anfragen werden angepasst.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Offline · not loaded yet</source>
        <translation>Offline · noch nicht geladen</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>%1 · may be out of date</source>
        <translation>%1 · möglicherweise veraltet</translation>
    </message>
    <message>
        <source>Last read from the server: %1.</source>
        <translation>Zuletzt vom Server gelesen: %1.</translation>
    </message>
    <message>
        <source>The network is unreachable; the list refreshes when it is back.</source>
        <translation>Das Netzwerk ist nicht erreichbar; die Liste wird aktualisiert, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>Auto-refresh should have updated it by now: the server may be unreachable. Press F5 to try again.</source>
        <translation>Die automatische Aktualisierung hätte sie inzwischen erneuert: Der Server ist möglicherweise nicht erreichbar. Mit F5 erneut versuchen.</translation>
    </message>
    <message>
        <source>Auto-refresh is off: press F5 to refresh, or turn it on.</source>
        <translation>Die automatische Aktualisierung ist aus: Mit F5 aktualisieren oder sie einschalten.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Cell&amp;phone:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>+ and the country code, e.g. +15550100001</source>
        <translation>+ und die Ländervorwahl, z. B. +15550100001</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Optional: the agent who owns the contact</source>
        <translation>Optional: der Agent, dem der Kontakt gehört</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ContactPane</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Eigene Attribute</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;onversations with This Contact</source>
        <translation>Unterhaltungen &amp;mit diesem Kontakt</translation>
    </message>
    <message>
        <source>New Conversa&amp;tion…</source>
        <translation>Neue Unterhal&amp;tung…</translation>
    </message>
    <message>
        <source>New &amp;Ghost Conversation…</source>
        <translation>Neue &amp;Ghost-Unterhaltung…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt gewählt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cellphone</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Name, email or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>&amp;Search contacts:</source>
        <translation>Kontakte &amp;suchen:</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Previo&amp;us</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous page of contacts</source>
        <translation>Vorige Seite der Kontakte</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next page of contacts</source>
        <translation>Nächste Seite der Kontakte</translation>
    </message>
    <message>
        <source>No contacts in this workspace yet.</source>
        <translation>Noch keine Kontakte in diesem Workspace.</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Keine Kontakte passen zu „%1“.</translation>
    </message>
    <message>
        <source>The contacts could not be loaded. %1</source>
        <translation>Die Kontakte konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Page %1 · %2 · more</source>
        <translation>Seite %1 · %2 · weitere folgen</translation>
    </message>
    <message>
        <source>Page %1 · %2 · last page</source>
        <translation>Seite %1 · %2 · letzte Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>%1 wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n contact</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message numerus="yes">
        <source>&amp;Archive %n Conversations</source>
        <translation>
            <numerusform>%n Unterhaltung &amp;archivieren</numerusform>
            <numerusform>%n Unterhaltungen &amp;archivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n conversations</source>
        <translation>
            <numerusform>%n Unterhaltung wird archiviert</numerusform>
            <numerusform>%n Unterhaltungen werden archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-activating %n conversations</source>
        <translation>
            <numerusform>%n Unterhaltung wird reaktiviert</numerusform>
            <numerusform>%n Unterhaltungen werden reaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still being changed; try again in a moment.</source>
        <translation>„%1“ wird noch geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Archived “%1”</source>
        <translation>„%1“ archiviert</translation>
    </message>
    <message>
        <source>Re-activated “%1”</source>
        <translation>„%1“ reaktiviert</translation>
    </message>
    <message>
        <source>Could not archive “%1”</source>
        <translation>„%1“ konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>Could not re-activate “%1”</source>
        <translation>„%1“ konnte nicht reaktiviert werden</translation>
    </message>
    <message>
        <source>Renamed “%1”</source>
        <translation>„%1“ umbenannt</translation>
    </message>
    <message>
        <source>Could not rename “%1”</source>
        <translation>„%1“ konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>A bulk action is still running.</source>
        <translation>Eine Massenaktion läuft noch.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-activate %n Conversations</source>
        <translation>
            <numerusform>%n Unterhaltung &amp;reaktivieren</numerusform>
            <numerusform>%n Unterhaltungen &amp;reaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Set &amp;Status of %n Conversations…</source>
        <translation>
            <numerusform>&amp;Status von %n Unterhaltung setzen…</numerusform>
            <numerusform>&amp;Status von %n Unterhaltungen setzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>set to %1</source>
        <extracomment>what a row whose status was set says: &quot;set to Blocked&quot;</extracomment>
        <translation>auf %1 gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Setting %n conversations to %1</source>
        <translation>
            <numerusform>%n Unterhaltung wird auf %1 gesetzt</numerusform>
            <numerusform>%n Unterhaltungen werden auf %1 gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Could not set “%1” to %2</source>
        <translation>„%1“ konnte nicht auf %2 gesetzt werden</translation>
    </message>
    <message>
        <source>Added %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1 from “%2”</source>
        <translation>%1 aus „%2“ entfernt</translation>
    </message>
    <message>
        <source>Could not add %1 to “%2”</source>
        <translation>%1 konnte nicht zu „%2“ hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not remove %1 from “%2”</source>
        <translation>%1 konnte nicht aus „%2“ entfernt werden</translation>
    </message>
</context>
<context>
    <name>CreateConversationDialog</name>
    <message>
        <source>New Conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Chec&amp;k conversations</source>
        <translation>Unterhaltungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Tr&amp;otzdem erstellen</translation>
    </message>
    <message>
        <source>A&amp;dd customer</source>
        <translation>Kunde hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 type</source>
        <translation>Art von Kunde %1</translation>
    </message>
    <message>
        <source>Remove customer %1</source>
        <translation>Kunde %1 entfernen</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>&amp;Kunden:</translation>
    </message>
    <message>
        <source>N&amp;obody</source>
        <translation>&amp;Niemand</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Not assigned to anyone yet.</source>
        <translation>Noch niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Add ag&amp;ent</source>
        <translation>Agent hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Agent %1 type</source>
        <translation>Art von Agent %1</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Agent %1 entfernen</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Akt&amp;iv</translation>
    </message>
    <message>
        <source>G&amp;host</source>
        <translation>Gho&amp;st</translation>
    </message>
    <message>
        <source>A ghost conversation stays invisible until its first interaction, such as the first message.</source>
        <translation>Eine Ghost-Unterhaltung bleibt unsichtbar bis zur ersten Interaktion, etwa der ersten Nachricht.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The last attempt may already have created this conversation. Check the conversations first, or create it anyway?</source>
        <translation>Der letzte Versuch hat diese Unterhaltung womöglich schon erstellt. Erst die Unterhaltungen prüfen oder trotzdem erstellen?</translation>
    </message>
    <message>
        <source>The answer was lost, so the conversation may or may not have been created. Check the conversations before trying again.</source>
        <translation>Die Antwort ging verloren; die Unterhaltung wurde also vielleicht erstellt, vielleicht nicht. Prüfen Sie die Unterhaltungen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Customer %1 channel</source>
        <translation>Nachrichtenkanal von Kunde %1</translation>
    </message>
    <message>
        <source>The team&apos;s ID, as Bridge shows it</source>
        <translation>Die ID des Teams, wie Bridge sie anzeigt</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Profile “%1” has no complete credentials yet.</source>
        <translation>Für das Profil „%1“ fehlen noch Zugangsdaten.</translation>
    </message>
    <message>
        <source>The sandbox could not start: no free port on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht starten: kein freier Port auf 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a conversation to see its details.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Details der Unterhaltung</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy conversation ID</source>
        <translation>ID der Unterhaltung kopieren</translation>
    </message>
    <message>
        <source>Copy the conversation ID to the clipboard</source>
        <translation>Die ID der Unterhaltung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Keine Kunden</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to team %1</source>
        <translation>Zugewiesen an Team %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Beigetreten %1</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive this conversation (Ctrl+E)</source>
        <translation>Diese Unterhaltung archivieren (Strg+E)</translation>
    </message>
    <message>
        <source>Re-activate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Make this conversation active again (Ctrl+Shift+E)</source>
        <translation>Diese Unterhaltung wieder aktiv machen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename this conversation (F2)</source>
        <translation>Diese Unterhaltung umbenennen (F2)</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>ID der Unterhaltung</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>Status s&amp;etzen…</translation>
    </message>
    <message>
        <source>Give this conversation another status (Ctrl+T)</source>
        <translation>Dieser Unterhaltung einen anderen Status geben (Strg+T)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Add custo&amp;mer…</source>
        <translation>Kunde hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add ag&amp;ent…</source>
        <translation>Agent h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>Add a customer to this conversation</source>
        <translation>Dieser Unterhaltung einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add an agent to this conversation</source>
        <translation>Dieser Unterhaltung einen Agenten hinzufügen</translation>
    </message>
    <message>
        <source>%1, role %2, last seen %3</source>
        <translation>%1, Rolle %2, zuletzt gesehen %3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove this customer from the conversation</source>
        <translation>Diesen Kunden aus der Unterhaltung entfernen</translation>
    </message>
    <message>
        <source>Remove this agent from the conversation</source>
        <translation>Diesen Agenten aus der Unterhaltung entfernen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>Show this request in the request inspector (Ctrl+Shift+I)</source>
        <translation>Diese Anfrage im Anfrage-Inspektor zeigen (Strg+Umschalt+I)</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>Exporting page %1 of %2 (%Ln conversations written)…</source>
        <translation>
            <numerusform>Seite %1 von %2 wird exportiert (%Ln Unterhaltung geschrieben)…</numerusform>
            <numerusform>Seite %1 von %2 wird exportiert (%Ln Unterhaltungen geschrieben)…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation>Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed, %1 was not written: %2</source>
        <translation>Export fehlgeschlagen, %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting page %1 (%Ln conversations written)…</source>
        <translation>
            <numerusform>Seite %1 wird exportiert (%Ln Unterhaltung geschrieben)…</numerusform>
            <numerusform>Seite %1 wird exportiert (%Ln Unterhaltungen geschrieben)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ak&amp;tiv</translation>
    </message>
    <message>
        <source>&amp;Ghost</source>
        <translation>&amp;Ghost</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>A&amp;rchiviert</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation>Age&amp;nt:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No active conversations</source>
        <translation>Keine aktiven Unterhaltungen</translation>
    </message>
    <message>
        <source>No ghost conversations</source>
        <translation>Keine Ghost-Unterhaltungen</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>Keine archivierten Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations with status &quot;%1&quot;</source>
        <translation>Keine Unterhaltungen mit dem Status „%1“</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Keine Unterhaltungen</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 zugewiesen an %2</translation>
    </message>
    <message>
        <source>No conversations in this workspace yet</source>
        <translation>Noch keine Unterhaltungen in diesem Workspace</translation>
    </message>
    <message>
        <source>Exact email or +phone, then Enter</source>
        <translation>Genaue E-Mail oder +Telefon, dann Eingabe</translation>
    </message>
    <message>
        <source>Re&amp;leased</source>
        <translation>&amp;Freigegeben</translation>
    </message>
    <message>
        <source>N&amp;o human</source>
        <translation>&amp;Ohne Mensch</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>&amp;Blockiert</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>+phone</source>
        <translation>+Telefon</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Genaue %1</translation>
    </message>
    <message>
        <source>Exact %1, then Enter</source>
        <translation>Genaue %1, dann Eingabe</translation>
    </message>
    <message>
        <source>Only conversations with status %1</source>
        <translation>Nur Unterhaltungen mit dem Status %1</translation>
    </message>
</context>
<context>
    <name>IdentifierCompleter</name>
    <message>
        <source>Suggestions for %1</source>
        <translation>Vorschläge für %1</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>%1 identifier type</source>
        <translation>Art der Kennung: %1</translation>
    </message>
    <message>
        <source>Detected as you type; choose to override</source>
        <translation>Wird beim Tippen erkannt; zum Überschreiben auswählen</translation>
    </message>
    <message>
        <source>Problem with this identifier</source>
        <translation>Problem mit dieser Kennung</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Import Conversations from CSV</source>
        <translation>Unterhaltungen aus CSV importieren</translation>
    </message>
    <message>
        <source>A UTF-8 CSV with a header row: customer, type, name, team, agents, status</source>
        <translation>Eine UTF-8-CSV-Datei mit Kopfzeile: customer, type, name, team, agents, status</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a file to see its rows checked before anything is sent.</source>
        <translation>Wählen Sie eine Datei; ihre Zeilen werden geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check / result</source>
        <translation>Prüfung / Ergebnis</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n bereit</numerusform>
            <numerusform>%n bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (not sent)</source>
        <translation>
            <numerusform>%n mit Problemen (nicht gesendet)</numerusform>
            <numerusform>%n mit Problemen (nicht gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created before (skipped)</source>
        <translation>
            <numerusform>%n schon früher erstellt (übersprungen)</numerusform>
            <numerusform>%n schon früher erstellt (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (answer lost before: not re-sent)</source>
        <translation>
            <numerusform>%n zu prüfen (Antwort zuvor verloren: nicht erneut gesendet)</numerusform>
            <numerusform>%n zu prüfen (Antwort zuvor verloren: nicht erneut gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n Conversations</source>
        <translation>
            <numerusform>%n Unterhaltung &amp;erstellen</numerusform>
            <numerusform>%n Unterhaltungen &amp;erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Create</source>
        <translation>Nichts zu erstellen</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt: %1</translation>
    </message>
    <message>
        <source>skipped: created before as %1</source>
        <translation>übersprungen: früher erstellt als %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>prüfen: %1</translation>
    </message>
    <message>
        <source>the answer was lost; refresh and look</source>
        <translation>die Antwort ging verloren; aktualisieren und nachsehen</translation>
    </message>
    <message>
        <source>Stopped: %1. Import the file again to send the rest.</source>
        <translation>Angehalten: %1. Importieren Sie die Datei erneut, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>One result per row was written to %1</source>
        <translation>Ein Ergebnis je Zeile wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Stopping after the row being sent…</source>
        <translation>Hält nach der gerade gesendeten Zeile an…</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>New &amp;Ghost Conversation…</source>
        <translation>Neue &amp;Ghost-Unterhaltung…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;First Page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Last Page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <source>Focus &amp;Filter</source>
        <translation>Zum &amp;Filter</translation>
    </message>
    <message>
        <source>&amp;About Bridge Desk</source>
        <translation>&amp;Über Bridge Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Open by ID…</source>
        <translation>Nach ID ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Request &amp;Inspector</source>
        <translation>Anfrage-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <source>C&amp;onversations</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Notify &amp;Me About Changes Here</source>
        <translation>Über Änderungen hier &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Desktop notifications for new conversations and ghosts that become active in the conversations shown with these filters</source>
        <translation>Desktop-Benachrichtigungen für neue Unterhaltungen und Ghost-Unterhaltungen, die aktiv werden, unter den mit diesen Filtern gezeigten Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>About Bridge Desk</source>
        <translation>Über Bridge Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bridge Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Bridge conversations API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bridge Desk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für die Bridge-Unterhaltungs-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not on this page</source>
        <translation>%1 ist nicht auf dieser Seite</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sorts the rows of this page only; pages come newest first from the server.</source>
        <translation>Sortiert nur die Zeilen dieser Seite; der Server liefert die Seiten mit den neuesten zuerst.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Showing the list as of %1.</source>
        <translation>Die Liste zeigt den Stand von %1.</translation>
    </message>
    <message>
        <source>Sent. The conversation could not be read again: %1</source>
        <translation>Gesendet. Die Unterhaltung konnte nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Search Cached Conversations</source>
        <translation>Gespeicherte Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>as of %1 (cached) — the server did not answer</source>
        <translation>Stand %1 (zwischengespeichert) — der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>as of %1 (cached)</source>
        <translation>Stand %1 (zwischengespeichert)</translation>
    </message>
    <message>
        <source>These rows were kept on this computer when they were last read from the server, on %1. They are replaced as soon as the server answers.</source>
        <translation>Diese Zeilen wurden auf diesem Computer gespeichert, als sie zuletzt vom Server gelesen wurden, am %1. Sie werden ersetzt, sobald der Server antwortet.</translation>
    </message>
</context>
<context>
    <name>NotConnectedPanel</name>
    <message>
        <source>Not connected to Bridge yet.</source>
        <translation>Noch nicht mit Bridge verbunden.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Try the Sand&amp;box</source>
        <translation>Die Sand&amp;box ausprobieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Die Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Browse demo conversations on a built-in server; nothing is saved.</source>
        <translation>Beispiel-Unterhaltungen auf einem eingebauten Server ansehen; nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Show Bridge Desk</source>
        <translation>Bridge Desk anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Bridge Desk · %n new or changed since you looked</source>
        <translation>
            <numerusform>Bridge Desk · %n neu oder geändert seit Ihrem letzten Blick</numerusform>
            <numerusform>Bridge Desk · %n neu oder geändert seit Ihrem letzten Blick</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridge Desk</source>
        <translation>Bridge Desk</translation>
    </message>
    <message>
        <source>The conversation could not be opened: %1</source>
        <translation>Die Unterhaltung konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>OfflineCopyBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the offline copy</source>
        <translation>Offline-Kopie anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the offline copy (%1)</source>
        <translation>Offline-Kopie anhalten oder fortsetzen (%1)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <comment>pause or resume the offline copy</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Offline copy: %1 conversations, updated %2</source>
        <translation>Offline-Kopie: %1 Unterhaltungen, aktualisiert %2</translation>
    </message>
    <message>
        <source>Offline copy: updated %1</source>
        <translation>Offline-Kopie: aktualisiert %1</translation>
    </message>
    <message>
        <source>Offline copy: stopped, the server did not answer; it goes on at the next refresh</source>
        <translation>Offline-Kopie: angehalten, der Server hat nicht geantwortet; sie geht bei der nächsten Aktualisierung weiter</translation>
    </message>
    <message>
        <source>Offline copy: looking for changes</source>
        <translation>Offline-Kopie: sucht nach Änderungen</translation>
    </message>
    <message>
        <source>Offline copy: %1 of %2</source>
        <translation>Offline-Kopie: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy: %n page</source>
        <translation>
            <numerusform>Offline-Kopie: %n Seite</numerusform>
            <numerusform>Offline-Kopie: %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline copy: %Ln pages</source>
        <translation>
            <numerusform>Offline-Kopie: %Ln Seite</numerusform>
            <numerusform>Offline-Kopie: %Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the offline copy</source>
        <translation>Offline-Kopie fortsetzen</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open Conversation by ID</source>
        <translation>Unterhaltung nach ID öffnen</translation>
    </message>
    <message>
        <source>e.g. conv_0123abcd</source>
        <translation>z. B. conv_0123abcd</translation>
    </message>
    <message>
        <source>Conversation &amp;ID:</source>
        <translation>&amp;ID der Unterhaltung:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>No conversation with this ID in this workspace.</source>
        <translation>Keine Unterhaltung mit dieser ID in diesem Workspace.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>PagerBar</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>Zeilen pro &amp;Seite:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · %2 · more</source>
        <translation>Seite %1 · %2 · weitere folgen</translation>
    </message>
    <message>
        <source>Page %1 · %2 · last page</source>
        <translation>Seite %1 · %2 · letzte Seite</translation>
    </message>
</context>
<context>
    <name>PaletteCommands</name>
    <message>
        <source>Comman&amp;d Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Saved view · %1</source>
        <translation>Gespeicherte Ansicht · %1</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Switch to Profile “%1”</source>
        <translation>Zu Profil „%1“ wechseln</translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation>Aktuelles Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ParticipantListEdit</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>The channel Bridge reaches this customer through</source>
        <translation>Der Nachrichtenkanal, über den Bridge diesen Kunden erreicht</translation>
    </message>
</context>
<context>
    <name>ParticipantTypeBox</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+15551234567</source>
        <translation>+4915112345678</translation>
    </message>
    <message>
        <source>Bridge ID</source>
        <translation>Bridge-ID</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number starting with + and the country code</source>
        <translation>eine Telefonnummer mit + und Ländervorwahl</translation>
    </message>
    <message>
        <source>a Bridge ID</source>
        <translation>eine Bridge-ID</translation>
    </message>
    <message>
        <source>Required: %1.</source>
        <translation>Erforderlich: %1.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Switch to another workspace connection</source>
        <translation>Zu einer anderen Workspace-Verbindung wechseln</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. the workspace or the customer):</source>
        <translation>Name des neuen Profils (z. B. der Workspace oder der Kunde):</translation>
    </message>
    <message>
        <source>New Profile “%1”</source>
        <translation>Neues Profil „%1“</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request Inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Zu signierende Zeichenkette</translation>
    </message>
    <message>
        <source>Headers sent</source>
        <translation>Gesendete Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response sample</source>
        <translation>Auszug der Antwort</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>A command that replays this request exactly, signature included; the server accepts it while its timestamp is fresh</source>
        <translation>Ein Befehl, der diese Anfrage genau wiederholt, samt Signatur; der Server nimmt ihn an, solange sein Zeitstempel frisch ist</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the log.</source>
        <translation>Anfrage %1 ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message>
        <source>Select a request to see it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 → %3 in %4 ms%5</source>
        <translation>%1 %2 → %3 in %4 ms%5</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (Wiederholung %1)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>This request was made with another API key: it cannot be replayed.</source>
        <translation>Diese Anfrage wurde mit einem anderen API-Schlüssel gestellt: sie kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Copied a curl command; the server accepts it while its timestamp is fresh (±5 min).</source>
        <translation>curl-Befehl kopiert; der Server nimmt ihn an, solange sein Zeitstempel frisch ist (±5 Min.).</translation>
    </message>
    <message>
        <source>A command that replays this request; it reads the API key from $%1, so the key itself is never copied</source>
        <translation>Ein Befehl, der diese Anfrage wiederholt; er liest den API-Schlüssel aus $%1, der Schlüssel selbst wird also nie kopiert</translation>
    </message>
    <message>
        <source>Copied a curl command; set %1 to the API key in the shell that runs it.</source>
        <translation>curl-Befehl kopiert; setzen Sie %1 in der Shell, die ihn ausführt, auf den API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SavedViewsDock</name>
    <message>
        <source>Saved Views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save the filters you use often here: View ▸ Save Current View… (%1).</source>
        <translation>Speichern Sie hier die Filter, die Sie oft brauchen: Ansicht ▸ Aktuelle Ansicht speichern… (%1).</translation>
    </message>
    <message>
        <source>Save Current &amp;View…</source>
        <translation>Aktuelle &amp;Ansicht speichern…</translation>
    </message>
    <message>
        <source>&amp;Saved Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>Gespeicherte Ansi&amp;chten</translation>
    </message>
    <message>
        <source>“%1” uses filters this profile&apos;s server does not have.</source>
        <translation>„%1“ verwendet Filter, die der Server dieses Profils nicht kennt.</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Saved view “%1” (Ctrl+%2)</source>
        <translation>Gespeicherte Ansicht „%1“ (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Saved view “%1”</source>
        <translation>Gespeicherte Ansicht „%1“</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Deleted view “%1”</source>
        <translation>Ansicht „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Save the filters and search shown under a name (%1)</source>
        <translation>Die angezeigten Filter und die Suche unter einem Namen speichern (%1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SelectAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Finding the matching conversations… %1 of %2</source>
        <translation>Passende Unterhaltungen werden gesucht… %1 von %2</translation>
    </message>
    <message>
        <source>Finding the matching conversations… %1 so far</source>
        <translation>Passende Unterhaltungen werden gesucht… bisher %1</translation>
    </message>
    <message>
        <source>Finding the matching conversations…</source>
        <translation>Passende Unterhaltungen werden gesucht…</translation>
    </message>
    <message>
        <source>Could not read every matching conversation: %1</source>
        <translation>Nicht alle passenden Unterhaltungen konnten gelesen werden: %1</translation>
    </message>
    <message>
        <source>All matching conversations, on every page, are selected.</source>
        <translation>Alle passenden Unterhaltungen auf allen Seiten sind ausgewählt.</translation>
    </message>
    <message>
        <source>All %1 matching conversations are selected.</source>
        <translation>Alle %1 passenden Unterhaltungen sind ausgewählt.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln conversations on this page are selected.</source>
        <translation>
            <numerusform>Die %Ln Unterhaltung auf dieser Seite ist ausgewählt.</numerusform>
            <numerusform>Alle %Ln Unterhaltungen auf dieser Seite sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Alle passenden auswählen</translation>
    </message>
    <message>
        <source>Select all %L1 matching</source>
        <translation>Alle %L1 passenden auswählen</translation>
    </message>
</context>
<context>
    <name>SetStatusDialog</name>
    <message>
        <source>Set Status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>New status for %1:</source>
        <translation>Neuer Status für %1:</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>&amp;Set Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <source>ws_…</source>
        <translation>ws_…</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>ak_…</source>
        <translation>ak_…</translation>
    </message>
    <message>
        <source>sk_…</source>
        <translation>sk_…</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Si&amp;gn the query string too</source>
        <translation>Auch den &amp;Query-String signieren</translation>
    </message>
    <message>
        <source>Only for servers that sign the path with its ?query; Test connection tells.</source>
        <translation>Nur für Server, die den Pfad mit seiner ?Query signieren; „Verbindung testen“ zeigt es.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Zeit&amp;limit für Anfragen:</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sw&amp;itch</source>
        <translation>&amp;Umstellen</translation>
    </message>
    <message>
        <source>Try the Sandbo&amp;x</source>
        <translation>Sandbo&amp;x ausprobieren</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The server accepts signatures that leave out the query string.</source>
        <translation>Der Server akzeptiert Signaturen ohne Query-String.</translation>
    </message>
    <message>
        <source>The server accepts signatures that include the query string.</source>
        <translation>Der Server akzeptiert Signaturen mit Query-String.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Set by %1 for this run; not saved.</source>
        <translation>Von %1 für diesen Start gesetzt; wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Set by the environment for this run only, shown read-only and never saved: %1.</source>
        <translation>Von der Umgebung nur für diesen Start gesetzt, schreibgeschützt angezeigt und nie gespeichert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n conversation in %1</source>
        <translation>
            <numerusform>Verbunden: %n Unterhaltung in %1</numerusform>
            <numerusform>Verbunden: %n Unterhaltungen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln conversations in %1</source>
        <translation>
            <numerusform>Verbunden: %Ln Unterhaltung in %1</numerusform>
            <numerusform>Verbunden: %Ln Unterhaltungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridge Connect: one API key, from Developers ▸ API Keys in the Bridge console. Nothing is signed.</source>
        <translation>Bridge Connect: ein API-Schlüssel aus Developers ▸ API Keys in der Bridge-Konsole. Nichts wird signiert.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>A UUID, e.g. 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13</source>
        <translation>Eine UUID, z. B. 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13</translation>
    </message>
    <message>
        <source>Shown once when it was created</source>
        <translation>Wurde beim Erstellen einmalig angezeigt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The signed API: an API key and a secret key that signs every request.</source>
        <translation>Die signierte API: ein API-Schlüssel und ein geheimer Schlüssel, der jede Anfrage signiert.</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Classic (signed)</source>
        <translation>Classic (signiert)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>Set by BRIDGE_API for this run; not saved.</source>
        <translation>Von BRIDGE_API für diesen Start gesetzt; wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>A Connect workspace ID is a UUID, such as 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13.</source>
        <translation>Eine Connect-Workspace-ID ist eine UUID, etwa 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13.</translation>
    </message>
    <message>
        <source>This server answered 404 to Connect&apos;s health check, but it has the classic API&apos;s routes. Switch this profile to Classic?</source>
        <translation>Dieser Server antwortete auf die Verbindungsprüfung von Connect mit 404, hat aber die Routen der Classic-API. Dieses Profil auf Classic umstellen?</translation>
    </message>
    <message>
        <source>This server answered 404 to Connect&apos;s conversation list, but it has the classic API&apos;s routes. Switch this profile to Classic?</source>
        <translation>Dieser Server antwortete auf die Unterhaltungsliste von Connect mit 404, hat aber die Routen der Classic-API. Dieses Profil auf Classic umstellen?</translation>
    </message>
    <message>
        <source>This server answered 404 to the classic API&apos;s conversation list, but it has Connect&apos;s routes. Switch this profile to Connect?</source>
        <translation>Dieser Server antwortete auf die Unterhaltungsliste der Classic-API mit 404, hat aber die Routen von Connect. Dieses Profil auf Connect umstellen?</translation>
    </message>
    <message>
        <source>Sw&amp;itch to Connect</source>
        <translation>Auf Connect &amp;umstellen</translation>
    </message>
    <message>
        <source>Sw&amp;itch to Classic</source>
        <translation>Auf Classic &amp;umstellen</translation>
    </message>
    <message>
        <source>Connected: no conversations yet</source>
        <translation>Verbunden: noch keine Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n conversation on the first page, more follow</source>
        <translation>
            <numerusform>Verbunden: %n Unterhaltung auf der ersten Seite, weitere folgen</numerusform>
            <numerusform>Verbunden: %n Unterhaltungen auf der ersten Seite, weitere folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln conversations on the first page, more follow</source>
        <translation>
            <numerusform>Verbunden: %Ln Unterhaltung auf der ersten Seite, weitere folgen</numerusform>
            <numerusform>Verbunden: %Ln Unterhaltungen auf der ersten Seite, weitere folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n conversation on the first page</source>
        <translation>
            <numerusform>Verbunden: %n Unterhaltung auf der ersten Seite</numerusform>
            <numerusform>Verbunden: %n Unterhaltungen auf der ersten Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln conversations on the first page</source>
        <translation>
            <numerusform>Verbunden: %Ln Unterhaltung auf der ersten Seite</numerusform>
            <numerusform>Verbunden: %Ln Unterhaltungen auf der ersten Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is kept for this session only.</source>
        <translation>Nur für diese Sitzung aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Verbergen: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for watched views</source>
        <translation>Desktop-Be&amp;nachrichtigungen für beobachtete Ansichten</translation>
    </message>
    <message>
        <source>Views are watched with View ▸ Notify Me About Changes Here</source>
        <translation>Ansichten werden mit Ansicht ▸ Über Änderungen hier benachrichtigen beobachtet</translation>
    </message>
    <message>
        <source>Keep an &amp;offline copy of this workspace</source>
        <translation>&amp;Offline-Kopie dieses Arbeitsbereichs behalten</translation>
    </message>
    <message>
        <source>Reads every conversation in the background, a few requests a second, so search and start-up work without waiting for the server.</source>
        <translation>Liest jede Unterhaltung im Hintergrund, wenige Anfragen pro Sekunde, damit Suche und Start nicht auf den Server warten.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Offline copy: requests per second</source>
        <translation>Offline-Kopie: Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Offline copy &amp;rate:</source>
        <translation>&amp;Rate der Offline-Kopie:</translation>
    </message>
    <message>
        <source>Cached data:</source>
        <translation>Zwischengespeicherte Daten:</translation>
    </message>
    <message>
        <source>e.g. ana.souza@example.com</source>
        <translation>z. B. ana.souza@example.com</translation>
    </message>
    <message>
        <source>Your identifier among this workspace&apos;s agents (an email or id). Conversations assigned to you in a watched view are notified.</source>
        <translation>Ihre Kennung unter den Agenten dieses Arbeitsbereichs (E-Mail oder ID). Über Unterhaltungen, die Ihnen in einer beobachteten Ansicht zugewiesen werden, werden Sie benachrichtigt.</translation>
    </message>
    <message>
        <source>&amp;Your agent identifier:</source>
        <translation>&amp;Ihre Agentenkennung:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>Befehle und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Neues Tastenkürzel</translation>
    </message>
    <message>
        <source>Restore &amp;All Defaults</source>
        <translation>&amp;Alle Standards wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Shortcut for the selected command (press the keys):</source>
        <translation>Tasten&amp;kürzel für den gewählten Befehl (Tasten drücken):</translation>
    </message>
    <message>
        <source>%1, no shortcut</source>
        <translation>%1, kein Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that command another key first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“. Geben Sie diesem Befehl zuerst eine andere Taste.</translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>StoreSearchBox</name>
    <message>
        <source>Search cached conversations (Ctrl+F)</source>
        <translation>Gespeicherte Unterhaltungen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cached conversations</source>
        <translation>Gespeicherte Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Finds conversations kept on this computer by any part of their name, a customer, an agent or their ID, as you type.</source>
        <translation>Findet auf diesem Computer gespeicherte Unterhaltungen schon beim Tippen, nach einem beliebigen Teil ihres Namens, eines Kunden, eines Agenten oder ihrer ID.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>&amp;System-Design</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>A view of this name exists: it will show the current filters.</source>
        <translation>Eine Ansicht dieses Namens besteht: Sie zeigt dann die aktuellen Filter.</translation>
    </message>
</context>
<context>
    <name>bridge::ApiDialect</name>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>an ID</source>
        <translation>eine ID</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Here a person is named by %1.</source>
        <translation>Eine Person wird hier durch %1 angegeben.</translation>
    </message>
    <message>
        <source>The page size must be between %1 and %2.</source>
        <translation>Die Seitengröße muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>bridge::ApiError</name>
    <message>
        <source>Server replied &quot;%1 %2&quot; to %3</source>
        <translation>Der Server antwortete „%1 %2“ auf %3</translation>
    </message>
    <message>
        <source>Unreadable answer (HTTP %1) to %2: %3</source>
        <translation>Unlesbare Antwort (HTTP %1) auf %2: %3</translation>
    </message>
    <message>
        <source>No answer in time to %1: %2</source>
        <translation>Keine rechtzeitige Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>Secure connection refused for %1: %2</source>
        <translation>Sichere Verbindung abgelehnt für %1: %2</translation>
    </message>
    <message>
        <source>Network error on %1: %2</source>
        <translation>Netzwerkfehler bei %1: %2</translation>
    </message>
    <message>
        <source>Not sent, %1: %2</source>
        <translation>Nicht gesendet, %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>check the connection</source>
        <translation>die Verbindung zu prüfen</translation>
    </message>
    <message>
        <source>read the workspace&apos;s messaging channels</source>
        <translation>die Nachrichtenkanäle des Workspace zu lesen</translation>
    </message>
    <message>
        <source>create conversations</source>
        <translation>Unterhaltungen zu erstellen</translation>
    </message>
    <message>
        <source>change this conversation</source>
        <translation>diese Unterhaltung zu ändern</translation>
    </message>
    <message>
        <source>list conversations</source>
        <translation>Unterhaltungen aufzulisten</translation>
    </message>
    <message>
        <source>read this conversation</source>
        <translation>diese Unterhaltung zu lesen</translation>
    </message>
    <message>
        <source>This conversation does not exist (any more).</source>
        <translation>Diese Unterhaltung gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This conversation belongs to another workspace.</source>
        <translation>Diese Unterhaltung gehört zu einem anderen Workspace.</translation>
    </message>
    <message>
        <source>An active conversation with these same people already exists.</source>
        <translation>Es gibt bereits eine aktive Unterhaltung mit genau diesen Personen.</translation>
    </message>
    <message>
        <source>This conversation is not active.</source>
        <translation>Diese Unterhaltung ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Bridge could not carry out the operation.</source>
        <translation>Bridge konnte den Vorgang nicht ausführen.</translation>
    </message>
    <message>
        <source>The conversation is in an inconsistent state on Bridge&apos;s side.</source>
        <translation>Die Unterhaltung ist bei Bridge in einem inkonsistenten Zustand.</translation>
    </message>
    <message>
        <source>This person is already in the conversation.</source>
        <translation>Diese Person ist bereits in der Unterhaltung.</translation>
    </message>
    <message>
        <source>This agent is already in the conversation.</source>
        <translation>Dieser Agent ist bereits in der Unterhaltung.</translation>
    </message>
    <message>
        <source>This person is not in the conversation.</source>
        <translation>Diese Person ist nicht in der Unterhaltung.</translation>
    </message>
    <message>
        <source>This agent is not in the conversation.</source>
        <translation>Dieser Agent ist nicht in der Unterhaltung.</translation>
    </message>
    <message>
        <source>A conversation needs at least one customer.</source>
        <translation>Eine Unterhaltung braucht mindestens einen Kunden.</translation>
    </message>
    <message>
        <source>A conversation needs at least one agent.</source>
        <translation>Eine Unterhaltung braucht mindestens einen Agenten.</translation>
    </message>
    <message>
        <source>Only an admin of the conversation may do this.</source>
        <translation>Nur ein Admin der Unterhaltung darf das.</translation>
    </message>
    <message>
        <source>The last admin cannot be removed from the conversation.</source>
        <translation>Der letzte Admin kann nicht aus der Unterhaltung entfernt werden.</translation>
    </message>
    <message>
        <source>The conversation needs more agents than that.</source>
        <translation>Die Unterhaltung braucht mehr Agenten als angegeben.</translation>
    </message>
    <message>
        <source>The conversation already has the most agents it may have.</source>
        <translation>Die Unterhaltung hat bereits die höchstzulässige Zahl an Agenten.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4)</source>
        <translation>%1 (%2, %3 auf %4)</translation>
    </message>
    <message>
        <source>This key is not allowed to %1 (403 to %2)</source>
        <translation>Dieser Schlüssel ist nicht berechtigt, %1 (403 auf %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bridge did not accept these credentials (401).</source>
        <translation>Bridge hat diese Zugangsdaten nicht angenommen (401).</translation>
    </message>
    <message>
        <source>This key is not allowed to %1 (403).</source>
        <translation>Dieser Schlüssel ist nicht berechtigt, %1 (403).</translation>
    </message>
    <message>
        <source>Bridge does not know this address or item (404).</source>
        <translation>Bridge kennt diese Adresse oder diesen Eintrag nicht (404).</translation>
    </message>
    <message>
        <source>Bridge did not answer in time (%1).</source>
        <translation>Bridge hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Bridge asks to slow down: too many requests (429).</source>
        <translation>Bridge bittet um weniger Tempo: zu viele Anfragen (429).</translation>
    </message>
    <message>
        <source>Bridge is unavailable right now (%1).</source>
        <translation>Bridge ist gerade nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Bridge ran into a problem of its own (%1).</source>
        <translation>Bridge hatte ein eigenes Problem (%1).</translation>
    </message>
    <message>
        <source>Bridge refused the request (%1).</source>
        <translation>Bridge hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Bridge says: “%1”</source>
        <translation>Bridge meldet: „%1“</translation>
    </message>
    <message>
        <source>Bridge sent an answer this app cannot read (HTTP %1).</source>
        <translation>Bridge hat eine Antwort geschickt, die diese App nicht lesen kann (HTTP %1).</translation>
    </message>
    <message>
        <source>Bridge did not answer in time.</source>
        <translation>Bridge hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to Bridge was refused: %1</source>
        <translation>Die sichere Verbindung zu Bridge wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection to Bridge failed: %1</source>
        <translation>Die Verbindung zu Bridge ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The change may or may not have been made: refresh to check before trying again.</source>
        <translation>Die Änderung wurde vielleicht schon ausgeführt: Aktualisieren Sie zur Kontrolle, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>Nachrichten zu senden</translation>
    </message>
    <message>
        <source>upload attachments</source>
        <translation>Anhänge hochzuladen</translation>
    </message>
    <message>
        <source>The message may or may not have been sent: check the conversation before sending it again.</source>
        <translation>Die Nachricht wurde vielleicht schon gesendet: Prüfen Sie die Unterhaltung, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>bridge::AttachmentReader</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>bridge::AttachmentRules</name>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>eine Audiodatei</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <source>a sticker</source>
        <translation>ein Sticker</translation>
    </message>
    <message>
        <source>“%1” cannot be found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: Bridge takes only these kinds of files: %2.</source>
        <translation>„%1“ kann nicht gesendet werden: Bridge nimmt nur diese Dateiarten an: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent as a %2: that must be a %3 file.</source>
        <translation>„%1“ kann nicht als %2 gesendet werden: Das muss eine %3-Datei sein.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is %2; %3 may be at most %4.</source>
        <translation>„%1“ ist %2 groß; %3 darf höchstens %4 groß sein.</translation>
    </message>
</context>
<context>
    <name>bridge::BridgeClient</name>
    <message>
        <source>No workspace ID is set.</source>
        <translation>Es ist keine Workspace-ID eingestellt.</translation>
    </message>
    <message>
        <source>The API key and the secret key are both needed to sign requests.</source>
        <translation>Zum Signieren der Anfragen werden der API-Schlüssel und der geheime Schlüssel gebraucht.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel eingestellt.</translation>
    </message>
    <message>
        <source>This API has no health check.</source>
        <translation>Diese API hat keine Verbindungsprüfung.</translation>
    </message>
    <message>
        <source>This API has no provider channels.</source>
        <translation>Diese API hat keine Anbieterkanäle.</translation>
    </message>
    <message>
        <source>no files to upload</source>
        <translation>keine Dateien zum Hochladen</translation>
    </message>
</context>
<context>
    <name>bridge::BulkQueue</name>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;18 archived&quot;: a count, then what happened to those rows</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (cancelled)</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ChangeNotifier</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Now %1 (was %2)</source>
        <translation>Jetzt %1 (war %2)</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Now in %1</source>
        <translation>Jetzt in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversations changed in %1</source>
        <translation>
            <numerusform>%n Unterhaltung geändert in %1</numerusform>
            <numerusform>%n Unterhaltungen geändert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>bridge::ClassicDialect</name>
    <message>
        <source>This API finds people by an exact email address or +phone number only; it has no IDs and no partial search.</source>
        <translation>Diese API findet Personen nur über eine genaue E-Mail-Adresse oder +Telefonnummer; sie kennt keine IDs und keine Teilsuche.</translation>
    </message>
    <message>
        <source>This API has no messaging channels to choose.</source>
        <translation>Diese API hat keine Nachrichtenkanäle zur Auswahl.</translation>
    </message>
    <message>
        <source>The page must be 1 or more.</source>
        <translation>Die Seite muss 1 oder größer sein.</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectDialect</name>
    <message>
        <source>Choose both the provider and its channel, or neither.</source>
        <translation>Wählen Sie Anbieter und Kanal zusammen oder keines von beiden.</translation>
    </message>
    <message>
        <source>The provider must be WHATSAPP or HEYGIA, not &quot;%1&quot;.</source>
        <translation>Der Anbieter muss WHATSAPP oder HEYGIA sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Agents are found by email address or ID, not by phone number.</source>
        <translation>Agenten werden über E-Mail-Adresse oder ID gefunden, nicht über die Telefonnummer.</translation>
    </message>
    <message>
        <source>This API pages by cursor: a later page needs the cursor of the one before it.</source>
        <translation>Diese API blättert per Cursor: eine spätere Seite braucht den Cursor der Seite davor.</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionSettings</name>
    <message>
        <source>Your identifier contains control characters, such as a line break pasted with it.</source>
        <translation>Ihre Kennung enthält Steuerzeichen, etwa einen mit eingefügten Zeilenumbruch.</translation>
    </message>
    <message numerus="yes">
        <source>Your identifier is too long: at most %n characters.</source>
        <translation>
            <numerusform>Ihre Kennung ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Ihre Kennung ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ContactDialect</name>
    <message>
        <source>The %1 API cannot open a single contact: find it in the list instead.</source>
        <translation>Die %1-API kann keinen einzelnen Kontakt öffnen: Suchen Sie ihn stattdessen in der Liste.</translation>
    </message>
    <message>
        <source>The %1 API cannot create or update a contact by cell phone number: use create or update.</source>
        <translation>Die %1-API kann keinen Kontakt über die Mobilnummer anlegen oder ändern: Verwenden Sie Anlegen oder Ändern.</translation>
    </message>
    <message>
        <source>The %1 API cannot delete contacts.</source>
        <translation>Die %1-API kann keine Kontakte löschen.</translation>
    </message>
    <message>
        <source>The %1 API cannot do this with contacts.</source>
        <translation>Die %1-API kann das mit Kontakten nicht.</translation>
    </message>
    <message>
        <source>The page size must be between %1 and %2.</source>
        <translation>Die Seitengröße muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>This API pages by cursor: a later page needs the cursor of the one before it.</source>
        <translation>Diese API blättert mit Cursorn: Eine spätere Seite braucht den Cursor der vorigen.</translation>
    </message>
    <message>
        <source>The page must be 1 or more.</source>
        <translation>Die Seite muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>bridge::ContactDraft</name>
    <message>
        <source>The first name is required.</source>
        <translation>Der Vorname fehlt.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Der Nachname fehlt.</translation>
    </message>
    <message>
        <source>The cell phone number is required.</source>
        <translation>Die Mobilnummer fehlt.</translation>
    </message>
    <message>
        <source>The email address is required.</source>
        <translation>Die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Write the cell phone number as + and 8 to 15 digits, without spaces or dashes (for example +14155550123).</source>
        <translation>Schreiben Sie die Mobilnummer als + und 8 bis 15 Ziffern, ohne Leerzeichen oder Bindestriche (zum Beispiel +14155550123).</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>Choose which attribute this value is for.</source>
        <translation>Wählen Sie, zu welchem Attribut dieser Wert gehört.</translation>
    </message>
    <message>
        <source>The attribute needs a value.</source>
        <translation>Das Attribut braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>bridge::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cellphone</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
</context>
<context>
    <name>bridge::ConversationFilter</name>
    <message>
        <source>The external user filter needs an identifier.</source>
        <translation>Der Filter für den externen Nutzer braucht eine Kennung.</translation>
    </message>
    <message>
        <source>The internal user filter needs an identifier.</source>
        <translation>Der Filter für den internen Nutzer braucht eine Kennung.</translation>
    </message>
    <message>
        <source>The status must be %1, not &quot;%2&quot;.</source>
        <translation>Der Status muss %1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>bridge::ConversationStore</name>
    <message>
        <source>Bridge Desk cannot keep cached conversations: it could not create %1.</source>
        <translation>Bridge Desk kann keine Unterhaltungen zwischenspeichern: %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Bridge Desk cannot keep cached conversations: %1 cannot be opened.</source>
        <translation>Bridge Desk kann keine Unterhaltungen zwischenspeichern: %1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The cached conversations of this profile were saved by a newer version of Bridge Desk, so they were set aside as %1 and a new cache was started. Nothing on the server changed.</source>
        <translation>Die zwischengespeicherten Unterhaltungen dieses Profils stammen von einer neueren Version von Bridge Desk; sie wurden als %1 beiseitegelegt und ein neuer Zwischenspeicher wurde angelegt. Auf dem Server hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The cached conversations of this profile could not be read (the file is damaged), so they were set aside as %1 and a new cache was started. Nothing on the server changed.</source>
        <translation>Die zwischengespeicherten Unterhaltungen dieses Profils ließen sich nicht lesen (die Datei ist beschädigt); sie wurden als %1 beiseitegelegt und ein neuer Zwischenspeicher wurde angelegt. Auf dem Server hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>bridge::ConversationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day (&quot;yesterday&quot;, &quot;3 days ago&quot;, a date), then the time of day: &quot;yesterday, 14:05&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>bridge::ConversationUpdate</name>
    <message>
        <source>%1 is both added and removed.</source>
        <translation>%1 wird zugleich hinzugefügt und entfernt.</translation>
    </message>
    <message>
        <source>The status must be %1, not &quot;%2&quot;.</source>
        <translation>Der Status muss %1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>bridge::CredentialStore</name>
    <message>
        <source>No keychain is available (%1)</source>
        <translation>Kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>The keychain refused access (%1)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>The keychain failed (%1)</source>
        <translation>Fehler im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>%1: the secret key is kept for this session only and will be asked again next time.</source>
        <translation>%1: Der geheime Schlüssel wird nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1: the stored secret key could not be read. Enter it again; it will be kept for this session only.</source>
        <translation>%1: Der gespeicherte geheime Schlüssel konnte nicht gelesen werden. Geben Sie ihn erneut ein; er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>bridge::Credentials</name>
    <message>
        <source>The workspace ID contains control characters, such as a line break pasted with it.</source>
        <translation>Die Workspace-ID enthält Steuerzeichen, etwa einen mit eingefügten Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The API key can contain only letters, digits and punctuation: no spaces, line breaks or other characters.</source>
        <translation>Der API-Schlüssel darf nur Buchstaben, Ziffern und Satzzeichen enthalten: keine Leerzeichen, Zeilenumbrüche oder andere Zeichen.</translation>
    </message>
    <message>
        <source>The secret key contains control characters, such as a line break pasted with it.</source>
        <translation>Der geheime Schlüssel enthält Steuerzeichen, etwa einen mit eingefügten Zeilenumbruch.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>geheimer Schlüssel</translation>
    </message>
</context>
<context>
    <name>bridge::Csv</name>
    <message>
        <source>The file is not valid UTF-8.</source>
        <translation>Die Datei ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted, or text after a closing quote.</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>bridge::CsvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>An earlier run lost the answer: it may have been created. Check before sending it again.</source>
        <translation>Bei einem früheren Lauf ging die Antwort verloren: sie wurde vielleicht erstellt. Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is expected (customer, type, name, team, agents, status).</source>
        <translation>Die Datei ist leer: erwartet wird eine Kopfzeile (customer, type, name, team, agents, status).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not known and is ignored.</source>
        <translation>Die Spalte „%1“ ist unbekannt und wird ignoriert.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The header has no customer column.</source>
        <translation>Die Kopfzeile hat keine Spalte customer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n erstellt</numerusform>
            <numerusform>%n erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (created before)</source>
        <translation>
            <numerusform>%n übersprungen (schon früher erstellt)</numerusform>
            <numerusform>%n übersprungen (schon früher erstellt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (the answer was lost; not sent again)</source>
        <translation>
            <numerusform>%n zu prüfen (die Antwort ging verloren; nicht erneut gesendet)</numerusform>
            <numerusform>%n zu prüfen (die Antwort ging verloren; nicht erneut gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Diese Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The customer is required.</source>
        <translation>Der Kunde ist erforderlich.</translation>
    </message>
    <message>
        <source>Give a team or agents, not both.</source>
        <translation>Geben Sie ein Team oder Agenten an, nicht beides.</translation>
    </message>
    <message>
        <source>The type must be one this API has (%1), or left empty.</source>
        <translation>Die Art muss eine von dieser API unterstützte sein (%1) oder leer bleiben.</translation>
    </message>
    <message>
        <source>The status must be %1, or left empty.</source>
        <translation>Der Status muss %1 sein oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>bridge::DataAge</name>
    <message>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. aktualisiert</numerusform>
            <numerusform>Vor %n Min. aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n h ago</source>
        <translation>
            <numerusform>Vor %n Std. aktualisiert</numerusform>
            <numerusform>Vor %n Std. aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag aktualisiert</numerusform>
            <numerusform>Vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The output is not writable.</source>
        <translation>Die Ausgabe ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot save the export: %1</source>
        <translation>Der Export kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>bridge::MessageDialect</name>
    <message>
        <source>Sending messages needs the Connect API; this profile uses the classic API, which has no messages.</source>
        <translation>Nachrichten senden geht nur mit der Connect-API; dieses Profil nutzt die klassische API, die keine Nachrichten kennt.</translation>
    </message>
</context>
<context>
    <name>bridge::MessageSend</name>
    <message>
        <source>“%1” was not uploaded: %2 The message was not sent.</source>
        <translation>„%1“ wurde nicht hochgeladen: %2 Die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>bridge::NewConversation</name>
    <message>
        <source>Choose the team the conversation is assigned to.</source>
        <translation>Wählen Sie das Team, dem die Unterhaltung zugewiesen wird.</translation>
    </message>
    <message>
        <source>The team id has spaces at the start or end.</source>
        <translation>Die Team-ID hat Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The team id contains control characters.</source>
        <translation>Die Team-ID enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as line breaks or tabs.</source>
        <translation>Der Name darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>The name is only spaces: leave it empty for no name.</source>
        <translation>Der Name besteht nur aus Leerzeichen: lassen Sie ihn leer, wenn es keinen Namen geben soll.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Choose whether this is an email address or a phone number.</source>
        <translation>Wählen Sie, ob dies eine E-Mail-Adresse oder eine Telefonnummer ist.</translation>
    </message>
    <message>
        <source>Add at least one external participant.</source>
        <translation>Fügen Sie mindestens einen Kunden hinzu.</translation>
    </message>
    <message>
        <source>Add at least one agent, or choose another assignment.</source>
        <translation>Fügen Sie mindestens einen Agenten hinzu oder wählen Sie eine andere Zuweisung.</translation>
    </message>
    <message>
        <source>A new conversation&apos;s status must be %1, not &quot;%2&quot;.</source>
        <translation>Der Status einer neuen Unterhaltung muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 kommt zweimal vor.</translation>
    </message>
</context>
<context>
    <name>bridge::OutgoingMessage</name>
    <message>
        <source>Choose the conversation to send to.</source>
        <translation>Wählen Sie die Unterhaltung, an die gesendet wird.</translation>
    </message>
    <message>
        <source>Write the message: it cannot be empty.</source>
        <translation>Schreiben Sie die Nachricht: Sie darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>bridge::ParticipantType</name>
    <message>
        <source>The email address is required.</source>
        <translation>Die E-Mail-Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>The email address has spaces at the start or end.</source>
        <translation>Die E-Mail-Adresse hat Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The email address contains control characters such as line breaks or tabs.</source>
        <translation>Die E-Mail-Adresse enthält Steuerzeichen wie Zeilenumbrüche oder Tabulatoren.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>The email address must not contain spaces.</source>
        <translation>Die E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The email address must contain exactly one @, like name@example.com.</source>
        <translation>Die E-Mail-Adresse muss genau ein @ enthalten, etwa name@example.com.</translation>
    </message>
    <message>
        <source>The email address needs a name before the @, like name@example.com.</source>
        <translation>Die E-Mail-Adresse braucht einen Namen vor dem @, etwa name@example.com.</translation>
    </message>
    <message>
        <source>The email address needs a domain with a dot after the @, like example.com.</source>
        <translation>Die E-Mail-Adresse braucht nach dem @ eine Domain mit Punkt, etwa example.com.</translation>
    </message>
    <message>
        <source>The phone number is required.</source>
        <translation>Die Telefonnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>The phone number has spaces at the start or end.</source>
        <translation>Die Telefonnummer hat Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The phone number contains control characters such as line breaks or tabs.</source>
        <translation>Die Telefonnummer enthält Steuerzeichen wie Zeilenumbrüche oder Tabulatoren.</translation>
    </message>
    <message>
        <source>Enter the phone number in international form, starting with + and the country code.</source>
        <translation>Geben Sie die Telefonnummer international ein, beginnend mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and - . ( ) after the +.</source>
        <translation>Nach dem + darf die Telefonnummer nur Ziffern, Leerzeichen und - . ( ) enthalten.</translation>
    </message>
    <message>
        <source>The phone number must have 8 to 15 digits after the +.</source>
        <translation>Die Telefonnummer muss nach dem + 8 bis 15 Ziffern haben.</translation>
    </message>
    <message>
        <source>Choose whether this is an email address or a phone number.</source>
        <translation>Wählen Sie, ob dies eine E-Mail-Adresse oder eine Telefonnummer ist.</translation>
    </message>
    <message>
        <source>The ID is required.</source>
        <translation>Die ID ist erforderlich.</translation>
    </message>
    <message>
        <source>The ID contains control characters such as line breaks or tabs.</source>
        <translation>Die ID enthält Steuerzeichen wie Zeilenumbrüche oder Tabulatoren.</translation>
    </message>
    <message>
        <source>An ID has no spaces: paste it as Bridge shows it.</source>
        <translation>Eine ID enthält keine Leerzeichen: fügen Sie sie so ein, wie Bridge sie anzeigt.</translation>
    </message>
    <message>
        <source>Needs an exact email address, +phone number or ID — the API has no partial search.</source>
        <translation>Braucht eine genaue E-Mail-Adresse, +Telefonnummer oder ID – die API kennt keine Teilsuche.</translation>
    </message>
    <message>
        <source>Needs an exact email address or ID — the API has no partial search.</source>
        <translation>Braucht eine genaue E-Mail-Adresse oder ID – die API kennt keine Teilsuche.</translation>
    </message>
    <message>
        <source>Needs an exact email address or +phone number — the API has no partial search.</source>
        <translation>Braucht eine genaue E-Mail-Adresse oder +Telefonnummer – die API kennt keine Teilsuche.</translation>
    </message>
</context>
<context>
    <name>bridge::ProfileManager</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Ein Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name is at most 64 characters.</source>
        <translation>Ein Profilname hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen gibt es schon.</translation>
    </message>
</context>
<context>
    <name>bridge::RefreshWatcher</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 Min.</translation>
    </message>
</context>
<context>
    <name>bridge::RequestFactory</name>
    <message>
        <source>The base URL must be a full address such as https://api.bridge.new.</source>
        <translation>Die Basis-URL muss eine vollständige Adresse sein, etwa https://api.bridge.new.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The base URL must use https:// (plain http:// is only allowed for this computer, such as the sandbox on 127.0.0.1).</source>
        <translation>Die Basis-URL muss https:// verwenden (einfaches http:// ist nur für diesen Computer erlaubt, etwa die Sandbox auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die Basis-URL darf keine Query (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>Extra CA certificate %1 is not a PEM certificate.</source>
        <translation>Das zusätzliche CA-Zertifikat %1 ist kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>bridge::RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>bridge::SavedViews</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with spaces.</source>
        <translation>Der Name einer Ansicht darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most 64 characters.</source>
        <translation>Der Name einer Ansicht hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain control characters.</source>
        <translation>Der Name einer Ansicht darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A view with this name exists already.</source>
        <translation>Eine Ansicht mit diesem Namen gibt es schon.</translation>
    </message>
</context>
<context>
    <name>bridge::SavedViewsModel</name>
    <message numerus="yes">
        <source>%1, %n conversation</source>
        <translation>
            <numerusform>%1, %n Unterhaltung</numerusform>
            <numerusform>%1, %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln conversations</source>
        <translation>
            <numerusform>%1, %Ln Unterhaltung</numerusform>
            <numerusform>%1, %Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 — searching “%2”</source>
        <translation>%1 – Suche nach „%2“</translation>
    </message>
</context>
<context>
    <name>bridge::StatusVocabulary</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ghost</source>
        <translation>Ghost</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>re-activated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not assigned to a human</source>
        <translation>Keinem Menschen zugewiesen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list&apos;s last two items: &quot;active, archived or ghost&quot;</extracomment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>bridge::StoreSearch</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 conversations in the offline copy</source>
        <translation>
            <numerusform>%1 von %2 Unterhaltungen in der Offline-Kopie</numerusform>
            <numerusform>%1 von %2 Unterhaltungen in der Offline-Kopie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <translation>%1, aktualisiert %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 cached conversations — keep an offline copy to search everything</source>
        <translation>
            <numerusform>%1 in %2 zwischengespeicherten Unterhaltungen — mit einer Offline-Kopie wird alles durchsucht</numerusform>
            <numerusform>%1 in %2 zwischengespeicherten Unterhaltungen — mit einer Offline-Kopie wird alles durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · within %2</source>
        <translation>%1 · gefiltert: %2</translation>
    </message>
</context>
<context>
    <name>bridge::UploadTransfer</name>
    <message>
        <source>Bridge named an upload address that is not https (%1).</source>
        <translation>Bridge hat eine Upload-Adresse ohne https genannt (%1).</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: the connection to the storage host %2 was lost (%3). The message was not sent.</source>
        <translation>„%1“ konnte nicht hochgeladen werden: Die Verbindung zum Speicher-Host %2 ist abgebrochen (%3). Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: the storage host %2 answered %3%4. The message was not sent.</source>
        <translation>„%1“ konnte nicht hochgeladen werden: Der Speicher-Host %2 antwortete %3%4. Die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and create Bridge conversations.</source>
        <translation>Bridge-Unterhaltungen durchsuchen und erstellen.</translation>
    </message>
    <message>
        <source>Quit once the first page of conversations has been painted, printing first-rows-ms: N (since process start) on stderr.</source>
        <translation>Beenden, sobald die erste Seite mit Unterhaltungen gezeichnet ist, und first-rows-ms: N (seit Prozessstart) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Credentials profile (default: default).</source>
        <translation>Profil der Zugangsdaten (Standard: default).</translation>
    </message>
    <message>
        <source>Run on a built-in sandbox server with demo data and demo credentials; stored credentials are neither used nor changed. It speaks the classic API; --sandbox=connect (or BRIDGE_API=connect) starts one that speaks the Connect API.</source>
        <translation>Mit einem eingebauten Sandbox-Server mit Demodaten und Demo-Zugangsdaten arbeiten; gespeicherte Zugangsdaten werden weder verwendet noch geändert. Er spricht die Classic-API; --sandbox=connect (oder BRIDGE_API=connect) startet einen, der die Connect-API spricht.</translation>
    </message>
</context>
</TS>
