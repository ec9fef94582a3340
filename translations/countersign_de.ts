<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>1 − specificity (false-positive rate)</source>
        <translation>1 − Spezifität (Falsch-positiv-Rate)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>%1 (ECE %2)</source>
        <translation>%1 (ECE %2)</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <source>Mean predicted risk (10 bins)</source>
        <translation>Mittleres vorhergesagtes Risiko (10 Klassen)</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Beobachtete Rate</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>%1 difference (points, 95% CI)</source>
        <translation>Differenz %1 (Punkte, 95-%-KI)</translation>
    </message>
    <message>
        <source>Group (positives)</source>
        <translation>Gruppe (Positive)</translation>
    </message>
    <message>
        <source>margin −%1 </source>
        <translation>Toleranz −%1 </translation>
    </message>
</context>
<context>
    <name>cs::AlertAction</name>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Änderungsantrag eröffnet</translation>
    </message>
</context>
<context>
    <name>cs::AtomicFile</name>
    <message>
        <source>%1 already exists; choose another name or move it away</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder verschieben Sie die Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot set permissions on %1: %2</source>
        <translation>Berechtigungen von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::AttachmentStore</name>
    <message>
        <source>attaching %1 to model version %2</source>
        <translation>Anhängen von %1 an Modellversion %2</translation>
    </message>
    <message>
        <source>attaching %1 to dataset %2</source>
        <translation>Anhängen von %1 an Datensatz %2</translation>
    </message>
    <message>
        <source>reading the attachments of model version %1</source>
        <translation>Lesen der Anhänge von Modellversion %1</translation>
    </message>
    <message>
        <source>reading the attachments of dataset %1</source>
        <translation>Lesen der Anhänge von Datensatz %1</translation>
    </message>
</context>
<context>
    <name>cs::AuditAction</name>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>Schema upgraded</source>
        <translation>Schema aktualisiert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Audit trail reviewed</source>
        <translation>Audit-Trail geprüft</translation>
    </message>
    <message>
        <source>Checkpoint created</source>
        <translation>Prüfpunkt erstellt</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Account updated</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Re-authenticated</source>
        <translation>Erneut authentifiziert</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate enrolled</source>
        <translation>Zertifikat registriert</translation>
    </message>
    <message>
        <source>Trusted CA added</source>
        <translation>Vertrauenswürdige CA hinzugefügt</translation>
    </message>
    <message>
        <source>Revocation list added</source>
        <translation>Sperrliste hinzugefügt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Model registered</source>
        <translation>Modell registriert</translation>
    </message>
    <message>
        <source>Model described</source>
        <translation>Modell beschrieben</translation>
    </message>
    <message>
        <source>Version imported</source>
        <translation>Version importiert</translation>
    </message>
    <message>
        <source>Lifecycle move</source>
        <translation>Lebenszyklus-Wechsel</translation>
    </message>
    <message>
        <source>Evidence attached to a version</source>
        <translation>Nachweis an Version angehängt</translation>
    </message>
    <message>
        <source>Dataset created</source>
        <translation>Datensatz angelegt</translation>
    </message>
    <message>
        <source>Dataset file imported</source>
        <translation>Datensatzdatei importiert</translation>
    </message>
    <message>
        <source>Evidence attached to a dataset</source>
        <translation>Nachweis an Datensatz angehängt</translation>
    </message>
    <message>
        <source>Predictions imported</source>
        <translation>Vorhersagen importiert</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Änderungsantrag eröffnet</translation>
    </message>
    <message>
        <source>Change request edited</source>
        <translation>Änderungsantrag bearbeitet</translation>
    </message>
    <message>
        <source>Change request moved</source>
        <translation>Änderungsantrag weitergeführt</translation>
    </message>
    <message>
        <source>Signed document exported</source>
        <translation>Signiertes Dokument exportiert</translation>
    </message>
    <message>
        <source>PCCP version saved</source>
        <translation>PCCP-Version gespeichert</translation>
    </message>
    <message>
        <source>Drift run recorded</source>
        <translation>Drift-Lauf aufgezeichnet</translation>
    </message>
    <message>
        <source>Drift alert raised</source>
        <translation>Drift-Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Drift alert decided</source>
        <translation>Über Drift-Alarm entschieden</translation>
    </message>
</context>
<context>
    <name>cs::AuditEventCodec</name>
    <message>
        <source>event %1: the %2 value is not canonical JSON</source>
        <translation>Ereignis %1: der Wert %2 ist kein kanonisches JSON</translation>
    </message>
</context>
<context>
    <name>cs::AuditEventTable</name>
    <message>
        <source>recording audit event %1</source>
        <translation>Aufzeichnen von Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>recording the seals of audit event %1</source>
        <translation>Aufzeichnen der Siegel von Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>reading the seals of audit event %1</source>
        <translation>Lesen der Siegel von Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>reading the last audit event</source>
        <translation>Lesen des letzten Audit-Ereignisses</translation>
    </message>
    <message>
        <source>reading audit event %1</source>
        <translation>Lesen von Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>%1 has no audit event %2</source>
        <translation>%1 hat kein Audit-Ereignis %2</translation>
    </message>
    <message>
        <source>counting audit events</source>
        <translation>Zählen der Audit-Ereignisse</translation>
    </message>
    <message>
        <source>locating audit event %1</source>
        <translation>Suchen von Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>reading audit events</source>
        <translation>Lesen der Audit-Ereignisse</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Audit-Trails</translation>
    </message>
    <message>
        <source>reading the audit trail&apos;s seals</source>
        <translation>Lesen der Siegel des Audit-Trails</translation>
    </message>
    <message>
        <source>listing audit %1 values</source>
        <translation>Auflisten der Audit-Werte %1</translation>
    </message>
</context>
<context>
    <name>cs::AuditExcerpt</name>
    <message>
        <source>%1: the audit-trail excerpt %2</source>
        <translation>%1: der Audit-Trail-Auszug %2</translation>
    </message>
    <message>
        <source>is not in the format %1</source>
        <translation>ist nicht im Format %1</translation>
    </message>
    <message>
        <source>lacks its checkpoint, verifier_key or events</source>
        <translation>fehlen Prüfpunkt, verifier_key oder Ereignisse</translation>
    </message>
    <message>
        <source>event %1 (entry %2) lacks a positive seq, its event text, a 64-digit leaf_hash or its proof</source>
        <translation>Ereignis %1 (Eintrag %2) fehlt eine positive seq, der Ereignistext, ein 64-stelliger leaf_hash oder der Beweis</translation>
    </message>
    <message>
        <source>event %1 has a proof step that is not 64 hex digits</source>
        <translation>Ereignis %1 hat einen Beweisschritt, der nicht aus 64 Hexziffern besteht</translation>
    </message>
    <message>
        <source>%1: the excerpt&apos;s verifier key: %2</source>
        <translation>%1: der Prüfschlüssel des Auszugs: %2</translation>
    </message>
    <message>
        <source>%1: the excerpt&apos;s checkpoint is not signed by its verifier key: %2</source>
        <translation>%1: der Prüfpunkt des Auszugs ist nicht mit seinem Prüfschlüssel signiert: %2</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s origin %2 is not its key&apos;s name %3</source>
        <translation>%1: der Ursprung %2 des Prüfpunkts ist nicht der Name %3 seines Schlüssels</translation>
    </message>
    <message>
        <source>%1: event %2 of the excerpt %3</source>
        <translation>%1: Ereignis %2 des Auszugs %3</translation>
    </message>
    <message>
        <source>is not after event %1: the excerpt must list events once, in order</source>
        <translation>liegt nicht nach Ereignis %1: der Auszug muss Ereignisse einmal und in Reihenfolge auflisten</translation>
    </message>
    <message>
        <source>does not hash to its leaf hash (its text was changed): %1, not %2</source>
        <translation>ergibt nicht seinen Blatt-Hash (sein Text wurde geändert): %1, nicht %2</translation>
    </message>
    <message>
        <source>says it is event %1 of workspace %2, not event %3 of %4</source>
        <translation>gibt an, Ereignis %1 von Arbeitsbereich %2 zu sein, nicht Ereignis %3 von %4</translation>
    </message>
    <message>
        <source>is after the checkpoint, which covers events 1 to %1</source>
        <translation>liegt nach dem Prüfpunkt, der die Ereignisse 1 bis %1 abdeckt</translation>
    </message>
</context>
<context>
    <name>cs::AuditLog</name>
    <message>
        <source>an audit record needs an action and an entity type</source>
        <translation>ein Audit-Eintrag braucht eine Aktion und einen Objekttyp</translation>
    </message>
    <message>
        <source>a reason is required to %1 %2 %3</source>
        <translation>zum %1 von %2 %3 ist eine Begründung erforderlich</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>an update must record the value before and after</source>
        <translation>eine Änderung muss den Wert vorher und nachher aufzeichnen</translation>
    </message>
    <message>
        <source>a creation must record the new value</source>
        <translation>eine Anlage muss den neuen Wert aufzeichnen</translation>
    </message>
    <message>
        <source>a deletion must record the value that was deleted</source>
        <translation>eine Löschung muss den gelöschten Wert aufzeichnen</translation>
    </message>
</context>
<context>
    <name>cs::AuditQuery</name>
    <message>
        <source>event %1 is missing from the audit trail; run verify</source>
        <translation>Ereignis %1 fehlt im Audit-Trail; führen Sie „verify“ aus</translation>
    </message>
    <message>
        <source>event %1 no longer hashes to its stored leaf hash (it was altered); run verify</source>
        <translation>Ereignis %1 ergibt nicht mehr seinen gespeicherten Blatt-Hash (es wurde verändert); führen Sie „verify“ aus</translation>
    </message>
    <message>
        <source>the audit trail&apos;s first %1 events no longer hash to the root that checkpoint %2 signed; run verify</source>
        <translation>die ersten %1 Ereignisse des Audit-Trails ergeben nicht mehr die Wurzel, die Prüfpunkt %2 signiert hat; führen Sie „verify“ aus</translation>
    </message>
</context>
<context>
    <name>cs::AuditVerifier</name>
    <message>
        <source>%1 belongs to another workspace or key; it proves nothing here</source>
        <translation>%1 gehört zu einem anderen Arbeitsbereich oder Schlüssel; hier beweist es nichts</translation>
    </message>
    <message>
        <source>%1 names another workspace</source>
        <translation>%1 nennt einen anderen Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: its stored size or hashes differ from what its note signed</source>
        <translation>%1: seine gespeicherte Größe oder Hashes weichen von dem ab, was seine Notiz signiert hat</translation>
    </message>
    <message>
        <source>stored checkpoint %1</source>
        <translation>gespeicherter Prüfpunkt %1</translation>
    </message>
    <message>
        <source>checkpoint file %1</source>
        <translation>Prüfpunktdatei %1</translation>
    </message>
    <message>
        <source>the append-only protection was removed (missing triggers: %1)</source>
        <translation>der Schutz gegen Änderungen wurde entfernt (fehlende Trigger: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n record seal(s) belong to no event of the trail: they were added outside Countersign</source>
        <translation>
            <numerusform>%n Datensatzsiegel gehört zu keinem Ereignis des Trails: es wurde außerhalb von Countersign hinzugefügt</numerusform>
            <numerusform>%n Datensatzsiegel gehören zu keinem Ereignis des Trails: sie wurden außerhalb von Countersign hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>event %1 is missing (deleted from the trail)</source>
        <translation>Ereignis %1 fehlt (aus dem Trail gelöscht)</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (deleted from the trail)</source>
        <translation>Ereignisse %1 bis %2 fehlen (aus dem Trail gelöscht)</translation>
    </message>
    <message>
        <source>its chain hash does not follow from event %1: events were inserted, reordered or their hashes rewritten</source>
        <translation>sein Ketten-Hash folgt nicht aus Ereignis %1: Ereignisse wurden eingefügt, umgeordnet oder ihre Hashes neu geschrieben</translation>
    </message>
    <message>
        <source>event %1 is timed %2, before event %3 (the clock went backwards)</source>
        <translation>Ereignis %1 hat den Zeitpunkt %2, vor Ereignis %3 (die Uhr ging rückwärts)</translation>
    </message>
    <message>
        <source>%1: changed outside Countersign</source>
        <translation>%1: außerhalb von Countersign geändert</translation>
    </message>
    <message>
        <source>the latest seal kept for %1 &quot;%2&quot; is not the one its events recorded: record_head was changed outside Countersign</source>
        <translation>das letzte für %1 „%2“ aufbewahrte Siegel ist nicht das, das seine Ereignisse aufgezeichnet haben: record_head wurde außerhalb von Countersign geändert</translation>
    </message>
    <message>
        <source> (the event was altered after it was recorded)</source>
        <translation> (das Ereignis wurde nach seiner Aufzeichnung verändert)</translation>
    </message>
    <message>
        <source>its content no longer matches its leaf hash: the event was altered after it was recorded</source>
        <translation>sein Inhalt entspricht nicht mehr seinem Blatt-Hash: das Ereignis wurde nach seiner Aufzeichnung verändert</translation>
    </message>
    <message>
        <source>the workspace key is not the one recorded when the workspace was created (event 1 records %1)</source>
        <translation>der Schlüssel des Arbeitsbereichs ist nicht der bei dessen Anlage aufgezeichnete (Ereignis 1 zeichnet %1 auf)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>event %1 was removed</source>
        <translation>Ereignis %1 wurde entfernt</translation>
    </message>
    <message>
        <source>events %1 to %2 were removed</source>
        <translation>Ereignisse %1 bis %2 wurden entfernt</translation>
    </message>
    <message>
        <source>the trail ends at event %1 but %2 covers %3 events: %4</source>
        <translation>der Trail endet bei Ereignis %1, aber %2 deckt %3 Ereignisse ab: %4</translation>
    </message>
    <message>
        <source>the trail no longer matches %1 (%2 events, signed %3)</source>
        <translation>der Trail entspricht nicht mehr %1 (%2 Ereignisse, signiert %3)</translation>
    </message>
    <message>
        <source>, as follows from the damage at event %1</source>
        <translation>, wie aus dem Schaden bei Ereignis %1 folgt</translation>
    </message>
    <message>
        <source>: events between %1 and %2 were changed and their hashes recomputed after it was signed</source>
        <translation>: Ereignisse zwischen %1 und %2 wurden nach der Signatur geändert und ihre Hashes neu berechnet</translation>
    </message>
</context>
<context>
    <name>cs::Authority</name>
    <message>
        <source>%1 may not %2: no role they hold (%3) allows it</source>
        <translation>%1 darf nicht %2: keine ihrer Rollen (%3) erlaubt es</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>cs::BulkStatement</name>
    <message>
        <source>%1: %2 was refused by the workspace (%3)</source>
        <translation>%1: %2 wurde vom Arbeitsbereich abgelehnt (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the disk is full</source>
        <translation>%1: %2 ist fehlgeschlagen, weil der Datenträger voll ist</translation>
    </message>
    <message>
        <source>%1: %2 failed because another program is writing to the workspace</source>
        <translation>%1: %2 ist fehlgeschlagen, weil ein anderes Programm in den Arbeitsbereich schreibt</translation>
    </message>
    <message>
        <source>%1: %2 failed because the file is damaged (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen, weil die Datei beschädigt ist (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: the workspace connection is not an open SQLite connection</source>
        <translation>%1: die Verbindung zum Arbeitsbereich ist keine offene SQLite-Verbindung</translation>
    </message>
    <message>
        <source>%1: preparing %2 failed (%3)</source>
        <translation>%1: Vorbereiten von %2 ist fehlgeschlagen (%3)</translation>
    </message>
</context>
<context>
    <name>cs::CanonicalJson</name>
    <message>
        <source>JSON numbers must be finite (NaN and infinity have no form)</source>
        <translation>JSON-Zahlen müssen endlich sein (NaN und Unendlich haben keine Form)</translation>
    </message>
    <message>
        <source>undefined JSON value</source>
        <translation>undefinierter JSON-Wert</translation>
    </message>
    <message>
        <source>string holds a lone surrogate (not valid Unicode)</source>
        <translation>Zeichenkette enthält ein einzelnes Surrogat (kein gültiges Unicode)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::Certificate</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is too large to be %2</source>
        <translation>%1 ist zu groß, um %2 zu sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an X.509 certificate</source>
        <translation>%1 ist kein X.509-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>ein Zertifikat</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>generating a key failed: %1</source>
        <translation>Erzeugen eines Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>wrong passphrase for the private key in %1</source>
        <translation>falsche Passphrase für den privaten Schlüssel in %1</translation>
    </message>
    <message>
        <source>cannot read the private key in %1</source>
        <translation>der private Schlüssel in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>der private Schlüssel kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list</source>
        <translation>%1 ist keine Zertifikatssperrliste</translation>
    </message>
    <message>
        <source>a revocation list</source>
        <translation>eine Sperrliste</translation>
    </message>
    <message>
        <source>%1 holds no PEM revocation list</source>
        <translation>%1 enthält keine PEM-Sperrliste</translation>
    </message>
    <message>
        <source>a PKCS#12 file</source>
        <translation>eine PKCS#12-Datei</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx)</source>
        <translation>%1 ist keine PKCS#12-Datei (.p12 oder .pfx)</translation>
    </message>
    <message>
        <source>%1 asks for %2 key-derivation iterations; Countersign opens files with at most %3 (more would take minutes): export it again with your tool&apos;s default settings</source>
        <translation>%1 verlangt %2 Iterationen der Schlüsselableitung; Countersign öffnet Dateien mit höchstens %3 (mehr würde Minuten dauern): exportieren Sie sie erneut mit den Standardeinstellungen Ihres Werkzeugs</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>falsche Passphrase für %1</translation>
    </message>
    <message>
        <source>%1 uses legacy encryption (RC2 or 3DES) and OpenSSL&apos;s legacy provider is not available on this system; re-export the file with AES encryption</source>
        <translation>%1 verwendet veraltete Verschlüsselung (RC2 oder 3DES) und der Legacy-Provider von OpenSSL ist auf diesem System nicht verfügbar; exportieren Sie die Datei erneut mit AES-Verschlüsselung</translation>
    </message>
    <message>
        <source>cannot read the key and certificate in %1 (the passphrase is right; the contents are damaged or use an unsupported algorithm)</source>
        <translation>Schlüssel und Zertifikat in %1 können nicht gelesen werden (die Passphrase stimmt; der Inhalt ist beschädigt oder verwendet einen nicht unterstützten Algorithmus)</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no private key</source>
        <translation>%1 enthält keinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>cannot create the PKCS#12 file: %1</source>
        <translation>die PKCS#12-Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot encode the PKCS#12 file: %1</source>
        <translation>die PKCS#12-Datei kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
</context>
<context>
    <name>cs::CertificateCheck</name>
    <message>
        <source>certificate &quot;%1&quot; (serial %2) is refused: %3</source>
        <translation>Zertifikat „%1“ (Seriennummer %2) wird abgelehnt: %3</translation>
    </message>
    <message>
        <source>trusted CA %1</source>
        <translation>vertrauenswürdige CA %1</translation>
    </message>
    <message>
        <source>cannot check the certificate chain: %1</source>
        <translation>die Zertifikatskette kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>it is not issued by a CA in the workspace trust store (issuer: %1)</source>
        <translation>es wurde nicht von einer CA im Vertrauensspeicher des Arbeitsbereichs ausgestellt (Aussteller: %1)</translation>
    </message>
    <message>
        <source>the certificate of its issuing CA had expired at %1</source>
        <translation>das Zertifikat der ausstellenden CA war am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate of its issuing CA was not yet valid at %1</source>
        <translation>das Zertifikat der ausstellenden CA war am %1 noch nicht gültig</translation>
    </message>
    <message>
        <source>its signature does not verify with the trusted CA&apos;s key (forged or altered certificate)</source>
        <translation>seine Signatur lässt sich mit dem Schlüssel der vertrauenswürdigen CA nicht prüfen (gefälschtes oder verändertes Zertifikat)</translation>
    </message>
    <message>
        <source>its chain to the trust store does not verify: %1</source>
        <translation>seine Kette zum Vertrauensspeicher lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>its key is too weak (%1); signing keys must be RSA with 2048 bits or more, or EC on P-256 or a stronger curve</source>
        <translation>sein Schlüssel ist zu schwach (%1); Signaturschlüssel müssen RSA mit mindestens 2048 Bit oder EC auf P-256 oder einer stärkeren Kurve sein</translation>
    </message>
    <message>
        <source>no certificate was given</source>
        <translation>es wurde kein Zertifikat angegeben</translation>
    </message>
    <message>
        <source>it is not valid until %1 (checked at %2)</source>
        <translation>es ist erst ab %1 gültig (geprüft am %2)</translation>
    </message>
    <message>
        <source>it expired on %1 (checked at %2)</source>
        <translation>es ist am %1 abgelaufen (geprüft am %2)</translation>
    </message>
    <message>
        <source>the workspace trust store is empty; an administrator must add the issuing CA first</source>
        <translation>der Vertrauensspeicher des Arbeitsbereichs ist leer; ein Administrator muss zuerst die ausstellende CA hinzufügen</translation>
    </message>
    <message>
        <source>its key usage allows neither digitalSignature nor nonRepudiation</source>
        <translation>seine Schlüsselverwendung erlaubt weder digitalSignature noch nonRepudiation</translation>
    </message>
    <message>
        <source>its extended key usage does not include emailProtection (document signing); it is meant for another purpose</source>
        <translation>seine erweiterte Schlüsselverwendung enthält emailProtection (Dokumentensignatur) nicht; es ist für einen anderen Zweck bestimmt</translation>
    </message>
    <message>
        <source>the stored revocation list %1</source>
        <translation>die gespeicherte Sperrliste %1</translation>
    </message>
    <message>
        <source>it was revoked on %1, before the signature at %2</source>
        <translation>es wurde am %1 gesperrt, vor der Signatur am %2</translation>
    </message>
    <message>
        <source>the revocation list of its CA is out of date (its next update was due %1); revocation cannot be checked, so signing is refused until an administrator adds a current CRL</source>
        <translation>die Sperrliste seiner CA ist veraltet (ihre nächste Aktualisierung war am %1 fällig); die Sperrung kann nicht geprüft werden, daher wird das Signieren verweigert, bis ein Administrator eine aktuelle CRL hinzufügt</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>it was revoked on %1</source>
        <translation>es wurde am %1 gesperrt</translation>
    </message>
    <message>
        <source>it names &quot;%1&quot;%2, not %3 (%4, %5)</source>
        <translation>es nennt „%1“%2, nicht %3 (%4, %5)</translation>
    </message>
</context>
<context>
    <name>cs::CertificateFactory</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>creating a certificate</source>
        <translation>Erstellen eines Zertifikats</translation>
    </message>
    <message>
        <source>adding certificate extensions</source>
        <translation>Hinzufügen der Zertifikatserweiterungen</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>Signieren des Zertifikats</translation>
    </message>
    <message>
        <source>creating a revocation list</source>
        <translation>Erstellen einer Sperrliste</translation>
    </message>
    <message>
        <source>signing the revocation list</source>
        <translation>Signieren der Sperrliste</translation>
    </message>
</context>
<context>
    <name>cs::ChangeKind</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequest</name>
    <message>
        <source>%1%2 should be text</source>
        <translation>%1%2 sollte Text sein</translation>
    </message>
    <message>
        <source>%1%2 should be a number</source>
        <translation>%1%2 sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>plan.datasets: the role of %1 should be validation or challenge, not &quot;%2&quot;</source>
        <translation>plan.datasets: die Rolle von %1 sollte validation oder challenge sein, nicht „%2“</translation>
    </message>
    <message>
        <source>trigger.kind &quot;%1&quot; is not one of %2</source>
        <translation>trigger.kind „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>classification.class should be minor or major, not &quot;%1&quot;</source>
        <translation>classification.class sollte minor oder major sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>rollback.version is the candidate itself</source>
        <translation>rollback.version ist der Kandidat selbst</translation>
    </message>
    <message>
        <source>plan.datasets: a dataset has no name</source>
        <translation>plan.datasets: ein Datensatz hat keinen Namen</translation>
    </message>
    <message>
        <source>plan.datasets: %1 is named twice</source>
        <translation>plan.datasets: %1 ist doppelt genannt</translation>
    </message>
    <message>
        <source>plan.datasets: exactly one locked validation set is required (%1 named)</source>
        <translation>plan.datasets: genau ein gesperrter Validierungsdatensatz ist erforderlich (%1 genannt)</translation>
    </message>
    <message>
        <source>plan.thresholds: each operating threshold must lie strictly between 0 and 1</source>
        <translation>plan.thresholds: jeder Arbeitsschwellenwert muss echt zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>cleared: the originally cleared version is the candidate itself</source>
        <translation>cleared: die ursprünglich zugelassene Version ist der Kandidat selbst</translation>
    </message>
    <message>
        <source>plan.thresholds.cleared: the operating threshold of the originally cleared version %1 is missing</source>
        <translation>plan.thresholds.cleared: der Arbeitsschwellenwert der ursprünglich zugelassenen Version %1 fehlt</translation>
    </message>
    <message>
        <source>plan.thresholds.cleared is given, but the request names no originally cleared version</source>
        <translation>plan.thresholds.cleared ist angegeben, aber der Antrag nennt keine ursprünglich zugelassene Version</translation>
    </message>
    <message>
        <source>plan.alpha must lie strictly between 0 and 0.5</source>
        <translation>plan.alpha muss echt zwischen 0 und 0.5 liegen</translation>
    </message>
    <message>
        <source>plan.margins.%1 must be at least 0 and below 0.5</source>
        <translation>plan.margins.%1 muss mindestens 0 und kleiner als 0.5 sein</translation>
    </message>
    <message>
        <source>plan.min_positives must be at least 1</source>
        <translation>plan.min_positives muss mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestAction</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <source>Emergency rollback</source>
        <translation>Notfall-Rollback</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>Begründen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestCommands</name>
    <message>
        <source>the title &quot;%1&quot; holds the control character %2; refused</source>
        <translation>der Titel „%1“ enthält das Steuerzeichen %2; abgelehnt</translation>
    </message>
    <message>
        <source>a rollback request names an implemented change request of %1; %2 is not one</source>
        <translation>ein Rollback-Antrag nennt einen umgesetzten Änderungsantrag von %1; %2 ist keiner</translation>
    </message>
    <message>
        <source>open a change request for version %1 of %2</source>
        <translation>Änderungsantrag für Version %1 von %2 eröffnen</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es kein Modell %1</translation>
    </message>
    <message>
        <source>version %1 of %2 is %3 and cannot be a candidate</source>
        <translation>Version %1 von %2 ist %3 und kann kein Kandidat sein</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>edit change request %1</source>
        <translation>Änderungsantrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>say what changed to %1</source>
        <translation>geben Sie an, was sich an %1 geändert hat</translation>
    </message>
    <message>
        <source>the model, the candidate and the baseline of %1 were fixed when it was opened (%2 version %3 against %4); open a new request to change them</source>
        <translation>Modell, Kandidat und Baseline von %1 wurden bei der Eröffnung festgelegt (%2 Version %3 gegen %4); eröffnen Sie einen neuen Antrag, um sie zu ändern</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>keine Baseline</translation>
    </message>
    <message>
        <source>the drift alert %1 was opened from is fixed; open a new request from another alert</source>
        <translation>der Drift-Alarm %1, aus dem er eröffnet wurde, ist festgelegt; eröffnen Sie einen neuen Antrag aus einem anderen Alarm</translation>
    </message>
    <message>
        <source>the edit changes nothing in revision %1 of %2</source>
        <translation>die Bearbeitung ändert nichts an Revision %1 von %2</translation>
    </message>
    <message>
        <source>submit change request %1</source>
        <translation>Änderungsantrag %1 einreichen</translation>
    </message>
    <message>
        <source>cleared: model %1 has no version %2 in this workspace</source>
        <translation>cleared: Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>plan.datasets: there is no dataset %1 in this workspace</source>
        <translation>plan.datasets: in diesem Arbeitsbereich gibt es keinen Datensatz %1</translation>
    </message>
    <message>
        <source>plan.datasets: the validation set %1 is not locked</source>
        <translation>plan.datasets: der Validierungsdatensatz %1 ist nicht gesperrt</translation>
    </message>
    <message>
        <source>plan.datasets: version %1 has no predictions on %2; import them first</source>
        <translation>plan.datasets: Version %1 hat keine Vorhersagen auf %2; importieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>plan.subgroups: %1 is not a subgroup column of %2 (it has: %3)</source>
        <translation>plan.subgroups: %1 ist keine Untergruppenspalte von %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>pccp_modification: version %1 of the PCCP of %2 is in force; name the modification this change falls under (%3) or &quot;%4&quot;</source>
        <translation>pccp_modification: Version %1 des PCCP von %2 ist in Kraft; nennen Sie die Modifikation, unter die diese Änderung fällt (%3), oder „%4“</translation>
    </message>
    <message>
        <source>%1 cannot be submitted yet:
- %2</source>
        <translation>%1 kann noch nicht eingereicht werden:
- %2</translation>
    </message>
    <message>
        <source>%1: with two equally good versions this plan would fail more often than not (power below 50%) for %2; widen those margins or add samples, or accept the low power explicitly</source>
        <translation>%1: bei zwei gleich guten Versionen würde dieser Plan häufiger scheitern als nicht (Power unter 50 %) für %2; erweitern Sie diese Toleranzen, ergänzen Sie Stichproben oder akzeptieren Sie die geringe Power ausdrücklich</translation>
    </message>
    <message>
        <source>evaluate change request %1</source>
        <translation>Änderungsantrag %1 auswerten</translation>
    </message>
    <message>
        <source>%1 change request %2</source>
        <translation>%1 Änderungsantrag %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a move without a signature; use its own command</source>
        <translation>„%1“ ist kein Schritt ohne Signatur; verwenden Sie den eigenen Befehl dafür</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>zum %1 ist eine Begründung erforderlich</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestEvidence</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>superior to the originally cleared version</source>
        <translation>der ursprünglich zugelassenen Version überlegen</translation>
    </message>
    <message>
        <source>superior to the baseline</source>
        <translation>der Baseline überlegen</translation>
    </message>
    <message>
        <source>non-inferior to the originally cleared version</source>
        <translation>der ursprünglich zugelassenen Version nicht unterlegen</translation>
    </message>
    <message>
        <source>non-inferior to the baseline</source>
        <translation>der Baseline nicht unterlegen</translation>
    </message>
    <message>
        <source>inferior to the originally cleared version</source>
        <translation>der ursprünglich zugelassenen Version unterlegen</translation>
    </message>
    <message>
        <source>inferior to the baseline</source>
        <translation>der Baseline unterlegen</translation>
    </message>
    <message>
        <source>inconclusive against the originally cleared version</source>
        <translation>nicht schlüssig gegenüber der ursprünglich zugelassenen Version</translation>
    </message>
    <message>
        <source>inconclusive against the baseline</source>
        <translation>nicht schlüssig gegenüber der Baseline</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>nicht auswertbar</translation>
    </message>
    <message>
        <source>%1: %2 at a %3-point margin</source>
        <translation>%1: %2 bei einer Toleranz von %3 Punkten</translation>
    </message>
    <message>
        <source>: %1 points</source>
        <translation>: %1 Punkte</translation>
    </message>
    <message>
        <source>, %1% CI %2 to %3</source>
        <translation>, %1-%-KI %2 bis %3</translation>
    </message>
    <message>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <source>McNemar</source>
        <translation>McNemar</translation>
    </message>
    <message>
        <source>; %1 p &lt; 0.001</source>
        <translation>; %1 p &lt; 0.001</translation>
    </message>
    <message>
        <source>; %1 p = %2</source>
        <translation>; %1 p = %2</translation>
    </message>
    <message>
        <source>version %1 has no predictions on %2</source>
        <translation>Version %1 hat keine Vorhersagen auf %2</translation>
    </message>
    <message>
        <source>there is no dataset %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Datensatz %1</translation>
    </message>
    <message>
        <source>First release: AUC %1, sensitivity %2, specificity %3 (no baseline to compare with)</source>
        <translation>Erstfreigabe: AUC %1, Sensitivität %2, Spezifität %3 (keine Baseline zum Vergleich)</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestFlow</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible on a change request that is %2; %3</source>
        <translation>„%1“ ist bei einem Änderungsantrag im Status %2 nicht möglich; %3</translation>
    </message>
    <message>
        <source>nothing more can be done with it</source>
        <translation>damit ist nichts mehr möglich</translation>
    </message>
    <message>
        <source>what can be done now: %1</source>
        <translation>jetzt möglich: %1</translation>
    </message>
    <message>
        <source>nobody closes or rolls back a change request by hand: Countersign does when another request for the model is implemented</source>
        <translation>niemand schließt einen Änderungsantrag von Hand oder setzt ihn zurück: Countersign tut es, wenn ein anderer Antrag für das Modell umgesetzt wird</translation>
    </message>
    <message>
        <source>only the author of the request, %1, may %2 it</source>
        <translation>nur der Autor des Antrags, %1, darf ihn %2</translation>
    </message>
    <message>
        <source>%1 wrote this request and may not %2 it (separation of duties); another QA officer must</source>
        <translation>%1 hat diesen Antrag verfasst und darf ihn nicht %2 (Funktionstrennung); ein anderer QA-Beauftragter muss es tun</translation>
    </message>
    <message>
        <source>only an emergency rollback waits for a retrospective review; this request was rolled back through an approved rollback request</source>
        <translation>nur ein Notfall-Rollback wartet auf eine nachträgliche Prüfung; dieser Antrag wurde durch einen genehmigten Rollback-Antrag zurückgesetzt</translation>
    </message>
    <message>
        <source>the emergency rollback has been reviewed already</source>
        <translation>der Notfall-Rollback wurde bereits geprüft</translation>
    </message>
    <message>
        <source>%1 made the emergency rollback and may not review it (separation of duties)</source>
        <translation>%1 hat den Notfall-Rollback ausgeführt und darf ihn nicht prüfen (Funktionstrennung)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>complete and submit</source>
        <translation>vervollständigen und einreichen</translation>
    </message>
    <message>
        <source>the author, %1</source>
        <translation>der Autor, %1</translation>
    </message>
    <message>
        <source>revise and submit again</source>
        <translation>überarbeiten und erneut einreichen</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>auswerten</translation>
    </message>
    <message>
        <source>reject or return: blocking PCCP rule %1 not met, cannot be approved</source>
        <translation>ablehnen oder zurückgeben: blockierende PCCP-Regel %1 nicht erfüllt, keine Genehmigung möglich</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 außer %2</translation>
    </message>
    <message>
        <source>justify the PCCP rules that could not be evaluated, then approve or reject</source>
        <translation>die nicht auswertbaren PCCP-Regeln begründen, dann genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>approve or reject</source>
        <translation>genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>implement</source>
        <translation>umsetzen</translation>
    </message>
    <message>
        <source>review the emergency rollback</source>
        <translation>den Notfall-Rollback prüfen</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestQuery</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Änderungsantrag %1</translation>
    </message>
    <message>
        <source>change request %1 has no revision %2</source>
        <translation>Änderungsantrag %1 hat keine Revision %2</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestRelease</name>
    <message>
        <source>%1 is not a signed action</source>
        <translation>%1 ist keine signierte Aktion</translation>
    </message>
    <message>
        <source>%1, revision %2, has not been evaluated</source>
        <translation>%1, Revision %2, wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>zum %1 ist eine Begründung erforderlich</translation>
    </message>
    <message>
        <source>reject change request %1</source>
        <translation>Änderungsantrag %1 ablehnen</translation>
    </message>
    <message>
        <source>approve change request %1</source>
        <translation>Änderungsantrag %1 genehmigen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision; approve or reject</source>
        <translation>„%1“ ist keine Entscheidung; genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>justify approving change request %1 with rules not evaluable</source>
        <translation>die Genehmigung von Änderungsantrag %1 mit nicht auswertbaren Regeln begründen</translation>
    </message>
    <message>
        <source>%1 has no blocking PCCP rule that could not be evaluated; there is nothing to justify</source>
        <translation>%1 hat keine blockierende PCCP-Regel, die nicht auswertbar war; es gibt nichts zu begründen</translation>
    </message>
    <message>
        <source>a QA officer has justified %1 already</source>
        <translation>ein QA-Beauftragter hat %1 bereits begründet</translation>
    </message>
    <message>
        <source>implement change request %1</source>
        <translation>Änderungsantrag %1 umsetzen</translation>
    </message>
    <message>
        <source>%1 was opened against %2 in production, but %3 is in production now; open a new request against it</source>
        <translation>%1 wurde gegen %2 in Produktion eröffnet, aber jetzt ist %3 in Produktion; eröffnen Sie einen neuen Antrag dagegen</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>version %1 of %2 is %3 and cannot go into production</source>
        <translation>Version %1 von %2 ist %3 und kann nicht in Produktion gehen</translation>
    </message>
    <message>
        <source>roll back change request %1 in an emergency</source>
        <translation>Änderungsantrag %1 im Notfall zurücksetzen</translation>
    </message>
    <message>
        <source>%1 names no version to return to (it was a first release); retire version %2 instead</source>
        <translation>%1 nennt keine Version, zu der zurückgekehrt werden kann (es war eine Erstfreigabe); nehmen Sie stattdessen Version %2 außer Betrieb</translation>
    </message>
    <message>
        <source>version %1 of %2, which %3 released, is no longer in production</source>
        <translation>Version %1 von %2, die %3 freigegeben hat, ist nicht mehr in Produktion</translation>
    </message>
    <message>
        <source>emergency rollback of change request %1: %2</source>
        <translation>Notfall-Rollback von Änderungsantrag %1: %2</translation>
    </message>
    <message>
        <source>review the emergency rollback of change request %1</source>
        <translation>den Notfall-Rollback von Änderungsantrag %1 prüfen</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestState</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestSteps</name>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Änderungsantrag %1</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
</context>
<context>
    <name>cs::ChangeRequestTable</name>
    <message>
        <source>numbering change requests</source>
        <translation>Nummerieren der Änderungsanträge</translation>
    </message>
    <message>
        <source>opening change request %1</source>
        <translation>Eröffnen von Änderungsantrag %1</translation>
    </message>
    <message>
        <source>recording revision %1 of %2</source>
        <translation>Aufzeichnen von Revision %1 von %2</translation>
    </message>
    <message>
        <source>changing the draft of %1</source>
        <translation>Ändern des Entwurfs von %1</translation>
    </message>
    <message>
        <source>locking a change request&apos;s plan</source>
        <translation>Festschreiben des Plans eines Änderungsantrags</translation>
    </message>
    <message>
        <source>recording a move of %1</source>
        <translation>Aufzeichnen eines Schritts von %1</translation>
    </message>
    <message>
        <source>reading a change request</source>
        <translation>Lesen eines Änderungsantrags</translation>
    </message>
    <message>
        <source>listing change requests</source>
        <translation>Auflisten der Änderungsanträge</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>Lesen des Verlaufs von %1</translation>
    </message>
    <message>
        <source>freezing the evidence of %1</source>
        <translation>Einfrieren der Nachweise von %1</translation>
    </message>
    <message>
        <source>reading the evidence of %1</source>
        <translation>Lesen der Nachweise von %1</translation>
    </message>
</context>
<context>
    <name>cs::ChangeSettingCommand</name>
    <message>
        <source>change setting %1</source>
        <translation>Einstellung %1 ändern</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>es gibt keine Einstellung namens %1</translation>
    </message>
    <message>
        <source>setting %1 is already %2; nothing to change</source>
        <translation>Einstellung %1 ist bereits %2; nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>cs::ChangeTrigger</name>
    <message>
        <source>Drift alert</source>
        <translation>Drift-Alarm</translation>
    </message>
    <message>
        <source>Performance review</source>
        <translation>Leistungsüberprüfung</translation>
    </message>
    <message>
        <source>Scheduled re-training</source>
        <translation>Geplantes Nachtraining</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Problembericht</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>cs::Checkpoint</name>
    <message>
        <source>%1: not a Countersign checkpoint (%2)</source>
        <translation>%1: kein Countersign-Prüfpunkt (%2)</translation>
    </message>
    <message>
        <source>expected origin, size, root hash, chain-head and signed-at lines</source>
        <translation>erwartet werden Zeilen für Ursprung, Größe, Wurzel-Hash, Kettenkopf und Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>bad tree size &quot;%1&quot;</source>
        <translation>ungültige Baumgröße „%1“</translation>
    </message>
    <message>
        <source>bad root hash</source>
        <translation>ungültiger Wurzel-Hash</translation>
    </message>
    <message>
        <source>line %1 repeats an earlier line&apos;s field</source>
        <translation>Zeile %1 wiederholt das Feld einer früheren Zeile</translation>
    </message>
    <message>
        <source>bad chain-head line</source>
        <translation>ungültige Kettenkopf-Zeile</translation>
    </message>
    <message>
        <source>bad signed-at line</source>
        <translation>ungültige Signaturzeitpunkt-Zeile</translation>
    </message>
    <message>
        <source>no chain-head line</source>
        <translation>keine Kettenkopf-Zeile</translation>
    </message>
</context>
<context>
    <name>cs::ChunkWriters</name>
    <message>
        <source>storing scores</source>
        <translation>Speichern der Scores</translation>
    </message>
    <message>
        <source>storing features</source>
        <translation>Speichern der Merkmale</translation>
    </message>
    <message>
        <source>storing labels</source>
        <translation>Speichern der Labels</translation>
    </message>
    <message>
        <source>dataset %1 has %2 labels; at most %3 can be stored</source>
        <translation>Datensatz %1 hat %2 Labels; höchstens %3 können gespeichert werden</translation>
    </message>
    <message>
        <source>dataset %1: the sample at row %2 has a row number or label outside the dataset</source>
        <translation>Datensatz %1: die Stichprobe in Zeile %2 hat eine Zeilennummer oder ein Label außerhalb des Datensatzes</translation>
    </message>
    <message>
        <source>storing subgroups</source>
        <translation>Speichern der Untergruppen</translation>
    </message>
    <message>
        <source>dataset %1: the sample at row %2 has a row number outside the dataset</source>
        <translation>Datensatz %1: die Stichprobe in Zeile %2 hat eine Zeilennummer außerhalb des Datensatzes</translation>
    </message>
</context>
<context>
    <name>cs::Cms</name>
    <message>
        <source>encoding a signed attribute failed: %1</source>
        <translation>Kodieren eines signierten Attributs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signing the attributes failed: %1</source>
        <translation>Signieren der Attribute fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>creating the CMS signature failed: %1</source>
        <translation>Erstellen der CMS-Signatur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>adding the signer failed: %1</source>
        <translation>Hinzufügen des Unterzeichners fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>adding a chain certificate failed: %1</source>
        <translation>Hinzufügen eines Kettenzertifikats fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signing failed: the content could not be read</source>
        <translation>Signieren fehlgeschlagen: der Inhalt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>encoding the CMS signature failed: %1</source>
        <translation>Kodieren der CMS-Signatur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>creating the content reader failed: %1</source>
        <translation>Erstellen des Inhaltslesers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the stored CMS signature cannot be decoded</source>
        <translation>die gespeicherte CMS-Signatur kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the CMS signature has %1 signers, not one</source>
        <translation>die CMS-Signatur hat %1 Unterzeichner, nicht einen</translation>
    </message>
    <message>
        <source>the CMS signature was not made with the stored signer certificate</source>
        <translation>die CMS-Signatur wurde nicht mit dem gespeicherten Unterzeichnerzertifikat erstellt</translation>
    </message>
    <message>
        <source>the CMS signature lacks the signing-certificate-v2 attribute</source>
        <translation>der CMS-Signatur fehlt das Attribut signing-certificate-v2</translation>
    </message>
    <message>
        <source>the CMS signature does not match the signed manifest (%1): the manifest or the signature was altered</source>
        <translation>die CMS-Signatur passt nicht zum signierten Manifest (%1): Manifest oder Signatur wurden verändert</translation>
    </message>
    <message>
        <source>the CMS signature cannot be decoded</source>
        <translation>die CMS-Signatur kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the CMS signature does not carry its signer&apos;s certificate</source>
        <translation>die CMS-Signatur enthält das Zertifikat ihres Unterzeichners nicht</translation>
    </message>
    <message>
        <source>the signed bytes do not match the signature: the file was changed after it was signed (OpenSSL: %1)</source>
        <translation>die signierten Bytes passen nicht zur Signatur: die Datei wurde nach dem Signieren geändert (OpenSSL: %1)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not accepted against the trusted CAs at the signing time (%1)</source>
        <translation>das Zertifikat des Unterzeichners wird zum Signaturzeitpunkt gegenüber den vertrauenswürdigen CAs nicht akzeptiert (%1)</translation>
    </message>
</context>
<context>
    <name>cs::CommandContext</name>
    <message>
        <source>cancelled; nothing was stored</source>
        <translation>abgebrochen; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>cs::CreateCheckpointCommand</name>
    <message>
        <source>write an audit-trail checkpoint</source>
        <translation>einen Prüfpunkt des Audit-Trails schreiben</translation>
    </message>
    <message>
        <source>no checkpoint written: %1. A checkpoint must not certify a damaged trail.</source>
        <translation>kein Prüfpunkt geschrieben: %1. Ein Prüfpunkt darf keinen beschädigten Trail bestätigen.</translation>
    </message>
</context>
<context>
    <name>cs::CsvReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; Countersign reads UTF-8: save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1 ist UTF-16-Text; Countersign liest UTF-8: speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row</source>
        <translation>%1 ist leer: eine Kopfzeile wird benötigt</translation>
    </message>
    <message>
        <source>%1, header: the column &quot;%2&quot; appears twice</source>
        <translation>%1, Kopfzeile: die Spalte „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>%1 has a header but no rows</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>a blank line inside the file (every row must have the header&apos;s fields)</source>
        <translation>eine Leerzeile innerhalb der Datei (jede Zeile muss die Felder der Kopfzeile haben)</translation>
    </message>
    <message>
        <source>field %1 holds a NUL byte: this is not a UTF-8 text file (binary, or UTF-16?)</source>
        <translation>Feld %1 enthält ein NUL-Byte: dies ist keine UTF-8-Textdatei (binär oder UTF-16?)</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>ein auf dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the record starting on this line is longer than %1 MiB; this is not a file of one row per sample</source>
        <translation>der auf dieser Zeile beginnende Datensatz ist länger als %1 MiB; dies ist keine Datei mit einer Zeile pro Stichprobe</translation>
    </message>
    <message>
        <source>a double quote inside an unquoted field (field %1); RFC 4180 wants the whole field in quotes and the quote doubled</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (Feld %1); RFC 4180 verlangt das ganze Feld in Anführungszeichen und das Zeichen verdoppelt</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1; a quoted field must end at a comma or the end of the line</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1; ein Feld in Anführungszeichen muss mit einem Komma oder dem Zeilenende enden</translation>
    </message>
</context>
<context>
    <name>cs::Database</name>
    <message>
        <source>%1: %2 failed because another program is writing to the workspace; close it there and try again</source>
        <translation>%1: %2 ist fehlgeschlagen, weil ein anderes Programm in den Arbeitsbereich schreibt; schließen Sie ihn dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: %2 failed because the workspace is read-only</source>
        <translation>%1: %2 ist fehlgeschlagen, weil der Arbeitsbereich schreibgeschützt ist</translation>
    </message>
    <message>
        <source>%1: %2 failed because the file is damaged (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen, weil die Datei beschädigt ist (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the disk is full</source>
        <translation>%1: %2 ist fehlgeschlagen, weil der Datenträger voll ist</translation>
    </message>
    <message>
        <source>%1: %2 failed with an I/O error (%3)</source>
        <translation>%1: %2 ist mit einem E/A-Fehler fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: %2 was refused by the workspace (%3)</source>
        <translation>%1: %2 wurde vom Arbeitsbereich abgelehnt (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: %2 collided with a change another person made at the same moment; try again</source>
        <translation>%1: %2 kollidierte mit einer gleichzeitigen Änderung einer anderen Person; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: %2 was refused by the server: the role Countersign connects as may not do it (%3)</source>
        <translation>%1: %2 wurde vom Server abgelehnt: die Rolle, mit der Countersign sich verbindet, darf das nicht (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the connection to the server was lost (%3); nothing of it was saved. Reconnect and try again</source>
        <translation>%1: %2 ist fehlgeschlagen, weil die Verbindung zum Server verloren ging (%3); nichts davon wurde gespeichert. Verbinden Sie sich neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: %2 failed because the server is out of resources (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen, weil der Server keine Ressourcen mehr hat (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed because the server is read-only</source>
        <translation>%1: %2 ist fehlgeschlagen, weil der Server schreibgeschützt ist</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed</source>
        <translation>%1 ist schreibgeschützt geöffnet; nichts kann geändert werden</translation>
    </message>
    <message>
        <source>a write transaction is already open</source>
        <translation>eine Schreibtransaktion ist bereits offen</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>waiting for other changes to finish</source>
        <translation>Warten auf den Abschluss anderer Änderungen</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>starting to read</source>
        <translation>Beginnen des Lesens</translation>
    </message>
</context>
<context>
    <name>cs::DatasetRole</name>
    <message>
        <source>Validation set</source>
        <translation>Validierungsdatensatz</translation>
    </message>
    <message>
        <source>Challenge set</source>
        <translation>Challenge-Datensatz</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Drift-Referenz</translation>
    </message>
    <message>
        <source>Production window</source>
        <translation>Produktionsfenster</translation>
    </message>
</context>
<context>
    <name>cs::DatasetTables</name>
    <message>
        <source>adding dataset %1</source>
        <translation>Hinzufügen von Datensatz %1</translation>
    </message>
    <message>
        <source>reading dataset %1</source>
        <translation>Lesen von Datensatz %1</translation>
    </message>
    <message>
        <source>reading a dataset</source>
        <translation>Lesen eines Datensatzes</translation>
    </message>
    <message>
        <source>reading datasets</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <source>recording file %1</source>
        <translation>Aufzeichnen der Datei %1</translation>
    </message>
    <message>
        <source>reading dataset files</source>
        <translation>Lesen der Datensatzdateien</translation>
    </message>
    <message>
        <source>recording a prediction set</source>
        <translation>Aufzeichnen eines Vorhersagesatzes</translation>
    </message>
    <message>
        <source>reading a prediction set</source>
        <translation>Lesen eines Vorhersagesatzes</translation>
    </message>
    <message>
        <source>reading prediction sets</source>
        <translation>Lesen der Vorhersagesätze</translation>
    </message>
    <message>
        <source>numbering a new row of %1</source>
        <translation>Nummerieren einer neuen Zeile von %1</translation>
    </message>
    <message>
        <source>reading the samples of a dataset</source>
        <translation>Lesen der Stichproben eines Datensatzes</translation>
    </message>
    <message>
        <source>reading the labels of a dataset</source>
        <translation>Lesen der Labels eines Datensatzes</translation>
    </message>
    <message>
        <source>%1: dataset %2 has a damaged label chunk at row %3</source>
        <translation>%1: Datensatz %2 hat einen beschädigten Label-Block bei Zeile %3</translation>
    </message>
    <message>
        <source>reading prediction scores</source>
        <translation>Lesen der Vorhersage-Scores</translation>
    </message>
    <message>
        <source>%1: prediction set %2 has a damaged score chunk at row %3</source>
        <translation>%1: Vorhersagesatz %2 hat einen beschädigten Score-Block bei Zeile %3</translation>
    </message>
    <message>
        <source>reading the subgroups of a dataset</source>
        <translation>Lesen der Untergruppen eines Datensatzes</translation>
    </message>
    <message>
        <source>%1: dataset %2 has a damaged subgroup chunk at row %3</source>
        <translation>%1: Datensatz %2 hat einen beschädigten Untergruppen-Block bei Zeile %3</translation>
    </message>
</context>
<context>
    <name>cs::DemoSources</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>opening the git index</source>
        <translation>Öffnen des Git-Index</translation>
    </message>
    <message>
        <source>staging the demo training code</source>
        <translation>Vormerken des Demo-Trainingscodes</translation>
    </message>
    <message>
        <source>signing the demo commit</source>
        <translation>Signieren des Demo-Commits</translation>
    </message>
    <message>
        <source>reading the previous demo commit</source>
        <translation>Lesen des vorherigen Demo-Commits</translation>
    </message>
    <message>
        <source>committing the demo training code</source>
        <translation>Committen des Demo-Trainingscodes</translation>
    </message>
    <message>
        <source>%1 already exists; move it away first</source>
        <translation>%1 existiert bereits; verschieben Sie es zuerst</translation>
    </message>
    <message>
        <source>creating the demo git repository</source>
        <translation>Anlegen des Demo-Git-Repositorys</translation>
    </message>
</context>
<context>
    <name>cs::DeploymentGate</name>
    <message>
        <source>the audit trail does not verify: %1</source>
        <translation>der Audit-Trail lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es kein Modell %1</translation>
    </message>
    <message>
        <source>no version of %1 is in production</source>
        <translation>keine Version von %1 ist in Produktion</translation>
    </message>
    <message>
        <source>version %1 of %2 is not in production (version %3 is)</source>
        <translation>Version %1 von %2 ist nicht in Produktion (Version %3 ist es)</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production, but not through an implemented change request</source>
        <translation>Version %1 von %2 ist in Produktion, aber nicht durch einen umgesetzten Änderungsantrag</translation>
    </message>
    <message>
        <source>signature %1 (%2 by %3) of %4 does not verify: %5</source>
        <translation>Signatur %1 (%2 von %3) von %4 lässt sich nicht prüfen: %5</translation>
    </message>
    <message>
        <source>%1 by %2 (signature %3)</source>
        <translation>%1 von %2 (Signatur %3)</translation>
    </message>
    <message>
        <source>%1 has no %2 signature</source>
        <translation>%1 hat keine Signatur %2</translation>
    </message>
    <message>
        <source>the file with SHA-256 %1 is not one of version %2&apos;s frozen artifacts</source>
        <translation>die Datei mit SHA-256 %1 ist keines der eingefrorenen Artefakte von Version %2</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production through %3, signed and verified</source>
        <translation>Version %1 von %2 ist durch %3 in Produktion, signiert und geprüft</translation>
    </message>
    <message>
        <source>version %1 of %2 is in production through %3, signed and verified; the file is its artifact %4</source>
        <translation>Version %1 von %2 ist durch %3 in Produktion, signiert und geprüft; die Datei ist ihr Artefakt %4</translation>
    </message>
</context>
<context>
    <name>cs::DriftCommands</name>
    <message>
        <source>there is no drift alert %1</source>
        <translation>es gibt keinen Drift-Alarm %1</translation>
    </message>
    <message>
        <source>drift alert %1 was already acted on: change request %2 was opened from it</source>
        <translation>auf Drift-Alarm %1 wurde bereits reagiert: Änderungsantrag %2 wurde daraus eröffnet</translation>
    </message>
    <message>
        <source>drift alert %1 was already acknowledged by %2</source>
        <translation>Drift-Alarm %1 wurde bereits von %2 bestätigt</translation>
    </message>
    <message>
        <source>run drift monitoring on %1 against %2</source>
        <translation>Drift-Überwachung von %1 gegen %2 ausführen</translation>
    </message>
    <message>
        <source>acknowledge drift alert DA-%1</source>
        <translation>Drift-Alarm DA-%1 bestätigen</translation>
    </message>
    <message>
        <source>give the reason drift alert DA-%1 needs no change now</source>
        <translation>begründen Sie, warum Drift-Alarm DA-%1 jetzt keine Änderung braucht</translation>
    </message>
    <message>
        <source>the reason holds the control character %1; refused</source>
        <translation>die Begründung enthält das Steuerzeichen %1; abgelehnt</translation>
    </message>
    <message>
        <source>a change request triggered by a drift alert names the alert (DA-N) as its trigger reference, not &quot;%1&quot;</source>
        <translation>ein durch einen Drift-Alarm ausgelöster Änderungsantrag nennt den Alarm (DA-N) als Auslöser-Referenz, nicht „%1“</translation>
    </message>
    <message>
        <source>drift alert %1 is about model %2, not %3</source>
        <translation>Drift-Alarm %1 betrifft Modell %2, nicht %3</translation>
    </message>
</context>
<context>
    <name>cs::DriftMonitor</name>
    <message>
        <source>there is no dataset %1 in the workspace (the %2)</source>
        <translation>im Arbeitsbereich gibt es keinen Datensatz %1 (die %2)</translation>
    </message>
    <message>
        <source>dataset %1 has no features; import its file with --feature COLUMN for each feature to monitor</source>
        <translation>Datensatz %1 hat keine Merkmale; importieren Sie seine Datei mit --feature SPALTE für jedes zu überwachende Merkmal</translation>
    </message>
    <message>
        <source>the run has no PSI of feature %1</source>
        <translation>der Lauf hat keinen PSI für Merkmal %1</translation>
    </message>
    <message>
        <source>PCCP %1 monitoring rule %2 (%3) failed: %4 is %5</source>
        <translation>PCCP %1 Überwachungsregel %2 (%3) verletzt: %4 ist %5</translation>
    </message>
    <message>
        <source>window %1 has no feature %2, which the reference %3 has</source>
        <translation>Fenster %1 hat kein Merkmal %2, das die Referenz %3 hat</translation>
    </message>
    <message>
        <source>feature %1 is %2 in %3 but %4 in %5; a feature is compared only as one type</source>
        <translation>Merkmal %1 ist %2 in %3, aber %4 in %5; ein Merkmal wird nur als ein Typ verglichen</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>model %1 has no version in production; name the version whose scores to compare</source>
        <translation>Modell %1 hat keine Version in Produktion; nennen Sie die Version, deren Scores verglichen werden sollen</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>PSI takes 2 to 1000 bins, not %1</source>
        <translation>PSI nimmt 2 bis 1000 Klassen, nicht %1</translation>
    </message>
    <message>
        <source>the drifted-share threshold must be above 0 and at most 1, not %1</source>
        <translation>der Schwellenwert für den Anteil gedrifteter Merkmale muss über 0 und höchstens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>dataset %1 is a %2; a drift run&apos;s window is a production window</source>
        <translation>Datensatz %1 ist ein %2; das Fenster eines Drift-Laufs ist ein Produktionsfenster</translation>
    </message>
    <message>
        <source>dataset %1 is a production window; the reference is a drift reference or a validation or challenge set</source>
        <translation>Datensatz %1 ist ein Produktionsfenster; die Referenz ist eine Drift-Referenz oder ein Validierungs- oder Challenge-Datensatz</translation>
    </message>
    <message>
        <source>feature %1 drifted: %2 test, Holm-adjusted p = %3 &lt; %4, PSI %5</source>
        <translation>Merkmal %1 gedriftet: %2-Test, Holm-adjustiertes p = %3 &lt; %4, PSI %5</translation>
    </message>
    <message>
        <source>feature %1 drifted: %2 distance %3 &gt;= %4, PSI %5</source>
        <translation>Merkmal %1 gedriftet: %2-Abstand %3 &gt;= %4, PSI %5</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (share %3 &gt;= %4)</source>
        <translation>%1 von %2 Merkmalen gedriftet (Anteil %3 &gt;= %4)</translation>
    </message>
    <message>
        <source>the scores of version %1 drifted: %2 score %3 (threshold %4), PSI %5</source>
        <translation>die Scores von Version %1 sind gedriftet: %2-Score %3 (Schwelle %4), PSI %5</translation>
    </message>
</context>
<context>
    <name>cs::DriftTables</name>
    <message>
        <source>storing feature %1</source>
        <translation>Speichern von Merkmal %1</translation>
    </message>
    <message>
        <source>reading a dataset&apos;s features</source>
        <translation>Lesen der Merkmale eines Datensatzes</translation>
    </message>
    <message>
        <source>counting dataset features</source>
        <translation>Zählen der Merkmale eines Datensatzes</translation>
    </message>
    <message>
        <source>reading feature values</source>
        <translation>Lesen der Merkmalswerte</translation>
    </message>
    <message>
        <source>%1: feature %2 has a damaged value chunk at row %3</source>
        <translation>%1: Merkmal %2 hat einen beschädigten Werteblock bei Zeile %3</translation>
    </message>
    <message>
        <source>storing the drift run of %1</source>
        <translation>Speichern des Drift-Laufs von %1</translation>
    </message>
    <message>
        <source>storing a drift alert</source>
        <translation>Speichern eines Drift-Alarms</translation>
    </message>
    <message>
        <source>storing a decision on alert DA-%1</source>
        <translation>Speichern einer Entscheidung zu Alarm DA-%1</translation>
    </message>
    <message>
        <source>reading drift runs</source>
        <translation>Lesen der Drift-Läufe</translation>
    </message>
    <message>
        <source>reading drift alerts</source>
        <translation>Lesen der Drift-Alarme</translation>
    </message>
    <message>
        <source>reading decisions on drift alerts</source>
        <translation>Lesen der Entscheidungen zu Drift-Alarmen</translation>
    </message>
</context>
<context>
    <name>cs::DvcLock</name>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation>%1 ist keine Zuordnung</translation>
    </message>
    <message>
        <source>%1 has no path</source>
        <translation>%1 hat keinen Pfad</translation>
    </message>
    <message>
        <source>%1: the path &quot;%2&quot; leaves the repository (absolute, a URL, from ~ or with &quot;..&quot;); refused</source>
        <translation>%1: der Pfad „%2“ verlässt das Repository (absolut, eine URL, ab ~ oder mit „..“); abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2) has no md5 or other hash</source>
        <translation>%1 (%2) hat keinen md5- oder anderen Hash</translation>
    </message>
    <message>
        <source>%1 (%2): size and nfiles must be whole numbers, 0 or more</source>
        <translation>%1 (%2): size und nfiles müssen ganze Zahlen ab 0 sein</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; it is not a dvc.lock</source>
        <translation>%1 ist größer als 5 MB; es ist keine dvc.lock</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: expected a mapping with schema and stages</source>
        <translation>%1: erwartet wird eine Zuordnung mit schema und stages</translation>
    </message>
    <message>
        <source>%1: unknown dvc.lock schema &quot;%2&quot;; Countersign reads schema 2.0 (DVC 2 and 3)</source>
        <translation>%1: unbekanntes dvc.lock-Schema „%2“; Countersign liest Schema 2.0 (DVC 2 und 3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: has no stages mapping</source>
        <translation>%1: hat keine stages-Zuordnung</translation>
    </message>
    <message>
        <source>%1 has no cmd</source>
        <translation>%1 hat kein cmd</translation>
    </message>
</context>
<context>
    <name>cs::Ed25519Key</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>ein öffentlicher Ed25519-Schlüssel hat 32 Bytes, nicht %1</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 key: %1</source>
        <translation>ein Ed25519-Schlüssel kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>an Ed25519 seed has 32 bytes, not %1</source>
        <translation>ein Ed25519-Seed hat 32 Bytes, nicht %1</translation>
    </message>
    <message>
        <source>cannot load the Ed25519 seed: %1</source>
        <translation>der Ed25519-Seed kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a PEM private key: %2</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel: %2</translation>
    </message>
    <message>
        <source>%1 holds a private key that is not Ed25519</source>
        <translation>%1 enthält einen privaten Schlüssel, der nicht Ed25519 ist</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceCheck</name>
    <message>
        <source>model version %1, imported by event %2, is no longer in the workspace</source>
        <translation>Modellversion %1, importiert durch Ereignis %2, ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the evidence of model version %1 no longer matches the digest recorded by event %2</source>
        <translation>die Nachweise von Modellversion %1 passen nicht mehr zum von Ereignis %2 aufgezeichneten Digest</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>dataset %1 has a file that no audit event recorded</source>
        <translation>Datensatz %1 hat eine Datei, die kein Audit-Ereignis aufgezeichnet hat</translation>
    </message>
    <message>
        <source>the record of %1 in dataset %2 says it added %3 samples; event %4 recorded %5</source>
        <translation>der Eintrag von %1 in Datensatz %2 gibt an, %3 Stichproben hinzugefügt zu haben; Ereignis %4 hat %5 aufgezeichnet</translation>
    </message>
    <message>
        <source>the samples of dataset %1 added from %2 no longer match what event %3 recorded (%4 samples now, %5 then)</source>
        <translation>die aus %2 hinzugefügten Stichproben von Datensatz %1 passen nicht mehr zu dem, was Ereignis %3 aufgezeichnet hat (jetzt %4 Stichproben, damals %5)</translation>
    </message>
    <message>
        <source>dataset %1 has a sample at row %2 with a row number or label outside its %3 recorded samples and its labels</source>
        <translation>Datensatz %1 hat in Zeile %2 eine Stichprobe mit Zeilennummer oder Label außerhalb seiner %3 aufgezeichneten Stichproben und Labels</translation>
    </message>
    <message>
        <source>the labels kept for the statistics of dataset %1 differ from its samples at row %2</source>
        <translation>die für die Statistik von Datensatz %1 aufbewahrten Labels weichen in Zeile %2 von seinen Stichproben ab</translation>
    </message>
    <message>
        <source>the predictions %1 recorded by event %2 are no longer in the workspace</source>
        <translation>die von Ereignis %2 aufgezeichneten Vorhersagen %1 sind nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the scores of %1 no longer match the digest recorded by event %2</source>
        <translation>die Scores von %1 passen nicht mehr zum von Ereignis %2 aufgezeichneten Digest</translation>
    </message>
    <message>
        <source>feature %1 of dataset %2, recorded by event %3, is no longer in the workspace</source>
        <translation>Merkmal %1 von Datensatz %2, aufgezeichnet durch Ereignis %3, ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the values of feature %1 of dataset %2 no longer match the digest recorded by event %3</source>
        <translation>die Werte von Merkmal %1 in Datensatz %2 passen nicht mehr zum von Ereignis %3 aufgezeichneten Digest</translation>
    </message>
    <message>
        <source>%1 dataset feature(s) were recorded by no audit event</source>
        <translation>%1 Datensatzmerkmal(e) wurde(n) von keinem Audit-Ereignis aufgezeichnet</translation>
    </message>
    <message>
        <source>the subgroups kept for the statistics of dataset %1 differ from its samples at row %2</source>
        <translation>die für die Statistik von Datensatz %1 aufbewahrten Untergruppen weichen in Zeile %2 von seinen Stichproben ab</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceReader</name>
    <message>
        <source>reading model versions</source>
        <translation>Lesen der Modellversionen</translation>
    </message>
    <message>
        <source>reading dataset files</source>
        <translation>Lesen der Datensatzdateien</translation>
    </message>
    <message>
        <source>reading the samples of a dataset</source>
        <translation>Lesen der Stichproben eines Datensatzes</translation>
    </message>
    <message>
        <source>reading prediction sets</source>
        <translation>Lesen der Vorhersagesätze</translation>
    </message>
    <message>
        <source>reading prediction scores</source>
        <translation>Lesen der Vorhersage-Scores</translation>
    </message>
</context>
<context>
    <name>cs::EvidenceTables</name>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <source>superior</source>
        <translation>überlegen</translation>
    </message>
    <message>
        <source>non-inferior</source>
        <translation>nicht unterlegen</translation>
    </message>
    <message>
        <source>inferior</source>
        <translation>unterlegen</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nicht schlüssig</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>nicht auswertbar</translation>
    </message>
    <message>
        <source>%1 (margin %2 points)</source>
        <translation>%1 (Toleranz %2 Punkte)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>PPW</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPW</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Expected calibration error</source>
        <translation>Erwarteter Kalibrierungsfehler</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Cleared v%1</source>
        <translation>Zugelassen v%1</translation>
    </message>
    <message>
        <source>Baseline v%1</source>
        <translation>Baseline v%1</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Version %1 (CI)</source>
        <translation>Version %1 (KI)</translation>
    </message>
    <message>
        <source>%1 (CI)</source>
        <translation>%1 (KI)</translation>
    </message>
    <message>
        <source>Candidate v%1 (CI)</source>
        <translation>Kandidat v%1 (KI)</translation>
    </message>
    <message>
        <source>Difference, points (CI)</source>
        <translation>Differenz, Punkte (KI)</translation>
    </message>
    <message>
        <source>Paired test</source>
        <translation>Gepaarter Test</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <source>McNemar, positives</source>
        <translation>McNemar, Positive</translation>
    </message>
    <message>
        <source>McNemar, negatives</source>
        <translation>McNemar, Negative</translation>
    </message>
    <message>
        <source>McNemar</source>
        <translation>McNemar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Kandidat v%1</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>%1 (TP)</source>
        <translation>%1 (RP)</translation>
    </message>
    <message>
        <source>%1 (FN)</source>
        <translation>%1 (FN)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>%1 (FP)</source>
        <translation>%1 (FP)</translation>
    </message>
    <message>
        <source>%1 (TN)</source>
        <translation>%1 (RN)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>not evaluable (too few positives)</source>
        <translation>nicht auswertbar (zu wenige Positive)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Akzeptanzkriterium</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Gelesen bei</translation>
    </message>
</context>
<context>
    <name>cs::ExportCommands</name>
    <message>
        <source>export the %1 of %2 as %3</source>
        <translation>%1 von %2 als %3 exportieren</translation>
    </message>
    <message>
        <source>the exported file cannot be read back: %1</source>
        <translation>die exportierte Datei kann nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cs::FeatureImport</name>
    <message>
        <source>%1: there is no column &quot;%2&quot; for the feature of that name</source>
        <translation>%1: es gibt keine Spalte „%2“ für das gleichnamige Merkmal</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was stored</source>
        <translation>%1 wurde während des Imports geändert; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>der Wert ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the value looks like %1, a direct identifier; refused</source>
        <translation>der Wert sieht aus wie %1, ein direkter Identifikator; abgelehnt</translation>
    </message>
    <message>
        <source>%1: feature %2 is named twice</source>
        <translation>%1: Merkmal %2 ist doppelt genannt</translation>
    </message>
    <message>
        <source>%1: column %2 is the sample ID, the label or a score, not a feature</source>
        <translation>%1: Spalte %2 ist die Stichproben-ID, das Label oder ein Score, kein Merkmal</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; looks like it holds %3, a direct identifier; it cannot be a feature</source>
        <translation>%1: Spalte „%2“ scheint %3 zu enthalten, einen direkten Identifikator; sie kann kein Merkmal sein</translation>
    </message>
    <message>
        <source>%1: feature %2 is not numeric and has more than %3 distinct values; a categorical feature takes at most %3</source>
        <translation>%1: Merkmal %2 ist nicht numerisch und hat mehr als %3 verschiedene Werte; ein kategoriales Merkmal hat höchstens %3</translation>
    </message>
</context>
<context>
    <name>cs::GitRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commit</source>
        <translation>„%1“ ist kein Commit</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository (%2)</source>
        <translation>Commit %1 ist nicht im Repository (%2)</translation>
    </message>
    <message>
        <source>%1 does not name a commit</source>
        <translation>%1 bezeichnet keinen Commit</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a git repository (%2)</source>
        <translation>%1 ist kein Git-Repository (%2)</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>%1 kann nicht mit %2 verglichen werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the repository (absolute or with &quot;..&quot;)</source>
        <translation>„%1“ ist kein Pfad innerhalb des Repositorys (absolut oder mit „..“)</translation>
    </message>
    <message>
        <source>%1 does not exist at commit %2</source>
        <translation>%1 existiert in Commit %2 nicht</translation>
    </message>
    <message>
        <source>%1 is a folder at commit %2, not a file</source>
        <translation>%1 ist in Commit %2 ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1 at %2: %3</source>
        <translation>%1 kann bei %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; not a configuration file</source>
        <translation>%1 ist größer als 16 MB; keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>cannot compare the two versions of %1: %2</source>
        <translation>die zwei Versionen von %1 können nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>cannot print the diff of %1: %2</source>
        <translation>der Diff von %1 kann nicht ausgegeben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::GreatExpectations</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not a validation result</source>
        <translation>%1 ist größer als %2 MiB; kein Validierungsergebnis</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1: a validation result is a JSON object</source>
        <translation>%1: ein Validierungsergebnis ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or not %3; is this a Great Expectations validation result?</source>
        <translation>%1: das Feld „%2“ fehlt oder ist nicht %3; ist das ein Validierungsergebnis von Great Expectations?</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
</context>
<context>
    <name>cs::IdentifierScreen</name>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>social security numbers</source>
        <translation>Sozialversicherungsnummern</translation>
    </message>
    <message>
        <source>medical record numbers</source>
        <translation>Patientennummern</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>dates of birth (a date as the sample ID)</source>
        <translation>Geburtsdaten (ein Datum als Stichproben-ID)</translation>
    </message>
</context>
<context>
    <name>cs::IdentityTables</name>
    <message>
        <source>adding user %1</source>
        <translation>Hinzufügen von Benutzer %1</translation>
    </message>
    <message>
        <source>updating user %1</source>
        <translation>Aktualisieren von Benutzer %1</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>Lesen von Benutzer %1</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Benutzer „%1“</translation>
    </message>
    <message>
        <source>reading the user accounts</source>
        <translation>Lesen der Benutzerkonten</translation>
    </message>
    <message>
        <source>counting user accounts</source>
        <translation>Zählen der Benutzerkonten</translation>
    </message>
    <message>
        <source>enrolling a certificate for %1</source>
        <translation>Registrieren eines Zertifikats für %1</translation>
    </message>
    <message>
        <source>reading the certificates of %1</source>
        <translation>Lesen der Zertifikate von %1</translation>
    </message>
    <message>
        <source>looking up a certificate</source>
        <translation>Suchen eines Zertifikats</translation>
    </message>
    <message>
        <source>reading the enrolled certificates</source>
        <translation>Lesen der registrierten Zertifikate</translation>
    </message>
    <message>
        <source>adding trusted CA %1</source>
        <translation>Hinzufügen der vertrauenswürdigen CA %1</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>Lesen des Vertrauensspeichers</translation>
    </message>
    <message>
        <source>adding a revocation list</source>
        <translation>Hinzufügen einer Sperrliste</translation>
    </message>
    <message>
        <source>reading the revocation lists</source>
        <translation>Lesen der Sperrlisten</translation>
    </message>
    <message>
        <source>storing the signature</source>
        <translation>Speichern der Signatur</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>Lesen der Signaturen</translation>
    </message>
    <message>
        <source>reading the signatures of %1 %2</source>
        <translation>Lesen der Signaturen von %1 %2</translation>
    </message>
    <message>
        <source>reading signature %1</source>
        <translation>Lesen von Signatur %1</translation>
    </message>
    <message>
        <source>counting signatures</source>
        <translation>Zählen der Signaturen</translation>
    </message>
</context>
<context>
    <name>cs::Libpq</name>
    <message>
        <source>team workspaces need the PostgreSQL client library, %1, which cannot be loaded (%2); install libpq5</source>
        <translation>Team-Arbeitsbereiche brauchen die PostgreSQL-Clientbibliothek %1, die sich nicht laden lässt (%2); installieren Sie libpq5</translation>
    </message>
    <message>
        <source>%1 has no function %2; install a libpq5 of PostgreSQL 10 or later</source>
        <translation>%1 hat keine Funktion %2; installieren Sie libpq5 von PostgreSQL 10 oder neuer</translation>
    </message>
</context>
<context>
    <name>cs::Lifecycle</name>
    <message>
        <source>a version that is %1 cannot become %2; %3</source>
        <translation>eine Version im Status %1 kann nicht %2 werden; %3</translation>
    </message>
    <message>
        <source>it is final</source>
        <translation>der Status ist endgültig</translation>
    </message>
    <message>
        <source>it can become %1</source>
        <translation>sie kann %1 werden</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>cs::LifecycleState</name>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Under validation</source>
        <translation>In Validierung</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>cs::Meaning</name>
    <message>
        <source>Authored</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>I, %1, am the author of this record and attest that it is accurate and complete. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Ich, %1, bin der Autor dieses Eintrags und bestätige, dass er richtig und vollständig ist. Diese elektronische Signatur ist das rechtsverbindliche Äquivalent meiner handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>I, %1, have reviewed this record and attest that my review is complete and its findings are recorded. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Ich, %1, habe diesen Eintrag geprüft und bestätige, dass meine Prüfung vollständig ist und ihre Befunde aufgezeichnet sind. Diese elektronische Signatur ist das rechtsverbindliche Äquivalent meiner handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>I, %1, approve this record. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Ich, %1, genehmige diesen Eintrag. Diese elektronische Signatur ist das rechtsverbindliche Äquivalent meiner handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>I, %1, reject this record for the reason given. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Ich, %1, lehne diesen Eintrag aus dem angegebenen Grund ab. Diese elektronische Signatur ist das rechtsverbindliche Äquivalent meiner handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>I, %1, release this record for use. This electronic signature is the legally binding equivalent of my handwritten signature.</source>
        <translation>Ich, %1, gebe diesen Eintrag zur Verwendung frei. Diese elektronische Signatur ist das rechtsverbindliche Äquivalent meiner handschriftlichen Unterschrift.</translation>
    </message>
</context>
<context>
    <name>cs::MerkleTree</name>
    <message>
        <source>no inclusion proof for leaf %1 in a tree of %2 leaves</source>
        <translation>kein Inklusionsbeweis für Blatt %1 in einem Baum mit %2 Blättern</translation>
    </message>
    <message>
        <source>leaf %1 lies outside a tree of %2 leaves</source>
        <translation>Blatt %1 liegt außerhalb eines Baums mit %2 Blättern</translation>
    </message>
    <message>
        <source>the inclusion proof is longer than the tree is deep</source>
        <translation>der Inklusionsbeweis ist länger als der Baum tief ist</translation>
    </message>
    <message>
        <source>the inclusion proof is shorter than the tree is deep</source>
        <translation>der Inklusionsbeweis ist kürzer als der Baum tief ist</translation>
    </message>
    <message>
        <source>the inclusion proof of leaf %1 leads to root %2, not to the checkpoint&apos;s %3</source>
        <translation>der Inklusionsbeweis von Blatt %1 führt zur Wurzel %2, nicht zu der des Prüfpunkts %3</translation>
    </message>
</context>
<context>
    <name>cs::Migrator</name>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>upgrading the workspace to schema %1</source>
        <translation>Aktualisieren des Arbeitsbereichs auf Schema %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>schema migrations are not numbered 1, 2, 3, ...</source>
        <translation>die Schemamigrationen sind nicht als 1, 2, 3, ... nummeriert</translation>
    </message>
    <message>
        <source>recording schema %1</source>
        <translation>Aufzeichnen von Schema %1</translation>
    </message>
    <message>
        <source>creating the tables of schema %1</source>
        <translation>Anlegen der Tabellen von Schema %1</translation>
    </message>
</context>
<context>
    <name>cs::MlflowFileStore</name>
    <message>
        <source>cannot read artifact %1: %2</source>
        <translation>Artefakt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>der Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>expected &quot;&lt;timestamp&gt; &lt;value&gt; [&lt;step&gt;]&quot; or &quot;&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;dataset name&gt; &lt;dataset digest&gt;&quot;, found &quot;%1&quot;</source>
        <translation>erwartet „&lt;timestamp&gt; &lt;value&gt; [&lt;step&gt;]“ oder „&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;dataset name&gt; &lt;dataset digest&gt;“, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected &quot;&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;run id&gt; [&lt;dataset name&gt; &lt;dataset digest&gt;]&quot;, found &quot;%1&quot;</source>
        <translation>erwartet „&lt;timestamp&gt; &lt;value&gt; &lt;step&gt; &lt;run id&gt; [&lt;dataset name&gt; &lt;dataset digest&gt;]“, gefunden „%1“</translation>
    </message>
    <message>
        <source>unknown run status &quot;%1&quot;</source>
        <translation>unbekannter Run-Status „%1“</translation>
    </message>
    <message>
        <source>unknown logged model status &quot;%1&quot;</source>
        <translation>unbekannter Status des geloggten Modells „%1“</translation>
    </message>
    <message>
        <source>run %1 logged no model called %2</source>
        <translation>Run %1 hat kein Modell namens %2 geloggt</translation>
    </message>
    <message>
        <source>%1: the source &quot;%2&quot; leaves the artifact folder it names (path traversal); refused</source>
        <translation>%1: die Quelle „%2“ verlässt den Artefaktordner, den sie nennt (Pfad-Traversal); abgelehnt</translation>
    </message>
    <message>
        <source>broken symbolic link; not followed</source>
        <translation>defekter symbolischer Link; nicht verfolgt</translation>
    </message>
    <message>
        <source>symbolic link to a folder; not followed</source>
        <translation>symbolischer Link auf einen Ordner; nicht verfolgt</translation>
    </message>
    <message>
        <source>symbolic link leaving the artifact folder; not followed</source>
        <translation>symbolischer Link aus dem Artefaktordner hinaus; nicht verfolgt</translation>
    </message>
    <message>
        <source>link to something that is not a regular file</source>
        <translation>Link auf etwas, das keine reguläre Datei ist</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket); not read</source>
        <translation>keine reguläre Datei (Gerät, FIFO oder Socket); nicht gelesen</translation>
    </message>
    <message>
        <source>not a local path (remote artifact store)</source>
        <translation>kein lokaler Pfad (entfernter Artefaktspeicher)</translation>
    </message>
    <message>
        <source>the logged model&apos;s artifacts (%1) are not a local path</source>
        <translation>die Artefakte des geloggten Modells (%1) sind kein lokaler Pfad</translation>
    </message>
    <message>
        <source>the source names another registered version, not files; import that version</source>
        <translation>die Quelle nennt eine andere registrierte Version, keine Dateien; importieren Sie diese Version</translation>
    </message>
    <message>
        <source>the folder %1 does not exist (moved or deleted)</source>
        <translation>der Ordner %1 existiert nicht (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>%1 is outside the MLflow store %2; not read</source>
        <translation>%1 liegt außerhalb des MLflow-Speichers %2; nicht gelesen</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>der Import wurde abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; it is not MLflow metadata</source>
        <translation>%1 ist größer als 5 MB; es sind keine MLflow-Metadaten</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: expected a YAML mapping of fields</source>
        <translation>%1: erwartet wird eine YAML-Zuordnung von Feldern</translation>
    </message>
    <message>
        <source>%1: field %2 should be a whole number, not &quot;%3&quot;</source>
        <translation>%1: Feld %2 sollte eine ganze Zahl sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 line %2: longer than 64 KB</source>
        <translation>%1 Zeile %2: länger als 64 KB</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the mlruns folder</source>
        <translation>%1 ist kein Ordner; geben Sie den Ordner mlruns an</translation>
    </message>
    <message>
        <source>%1 has no models/ folder: it is not an MLflow file store with a model registry</source>
        <translation>%1 hat keinen Ordner models/: es ist kein MLflow-Dateispeicher mit Modellregister</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid model name</source>
        <translation>„%1“ ist kein gültiger Modellname</translation>
    </message>
    <message>
        <source>there is no registered model &quot;%1&quot; in %2</source>
        <translation>in %2 gibt es kein registriertes Modell „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid run id</source>
        <translation>„%1“ ist keine gültige Run-ID</translation>
    </message>
    <message>
        <source>run %1 is not in %2 (deleted, or in another store)</source>
        <translation>Run %1 ist nicht in %2 (gelöscht oder in einem anderen Speicher)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid logged model id</source>
        <translation>„%1“ ist keine gültige ID eines geloggten Modells</translation>
    </message>
    <message>
        <source>logged model %1 is not in %2 (deleted, or in another store)</source>
        <translation>das geloggte Modell %1 ist nicht in %2 (gelöscht oder in einem anderen Speicher)</translation>
    </message>
    <message>
        <source>%1: the model_id &quot;%2&quot; is not the folder&apos;s id %3</source>
        <translation>%1: die model_id „%2“ ist nicht die ID %3 des Ordners</translation>
    </message>
    <message>
        <source>MLflow versions are numbers, not &quot;%1&quot;</source>
        <translation>MLflow-Versionen sind Zahlen, nicht „%1“</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no version %2 in %3</source>
        <translation>Modell „%1“ hat keine Version %2 in %3</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; was deleted in MLflow</source>
        <translation>Version %1 von „%2“ wurde in MLflow gelöscht</translation>
    </message>
    <message>
        <source>%1: the source names the logged model %2 but model_id is %3</source>
        <translation>%1: die Quelle nennt das geloggte Modell %2, aber model_id ist %3</translation>
    </message>
</context>
<context>
    <name>cs::MlflowSqlStore</name>
    <message>
        <source>%1: cannot read %2 (%3); is it an MLflow database of a supported version?</source>
        <translation>%1: %2 kann nicht gelesen werden (%3); ist es eine MLflow-Datenbank einer unterstützten Version?</translation>
    </message>
    <message>
        <source>%1: reading %2 took more work than a store of this size can need (a column computed on read?); refused</source>
        <translation>%1: das Lesen von %2 erforderte mehr Arbeit, als ein Speicher dieser Größe brauchen kann (eine beim Lesen berechnete Spalte?); abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2 hold a value larger than %3 MiB; refused</source>
        <translation>%1: %2 enthalten einen Wert größer als %3 MiB; abgelehnt</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1: %2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file; give the mlflow.db file</source>
        <translation>%1 ist keine Datei; geben Sie die Datei mlflow.db an</translation>
    </message>
    <message>
        <source>cannot read %1 with its write-ahead log %2 (copying them to a temporary folder failed)</source>
        <translation>%1 kann mit seinem Write-Ahead-Log %2 nicht gelesen werden (das Kopieren in einen temporären Ordner ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot bound the work of reading %1</source>
        <translation>der Aufwand für das Lesen von %1 kann nicht begrenzt werden</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is not an MLflow database with a model registry (it has no table %2)</source>
        <translation>%1 ist keine MLflow-Datenbank mit Modellregister (ihr fehlt die Tabelle %2)</translation>
    </message>
    <message>
        <source>the registered models</source>
        <translation>die registrierten Modelle</translation>
    </message>
    <message>
        <source>the versions of %1</source>
        <translation>die Versionen von %1</translation>
    </message>
    <message>
        <source>there is no registered model &quot;%1&quot; in %2</source>
        <translation>in %2 gibt es kein registriertes Modell „%1“</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>run %1 is not in %2 (deleted, or in another store)</source>
        <translation>Run %1 ist nicht in %2 (gelöscht oder in einem anderen Speicher)</translation>
    </message>
    <message>
        <source>%1, run %2: %3</source>
        <translation>%1, Run %2: %3</translation>
    </message>
    <message>
        <source>the %1 of run %2</source>
        <translation>%1 von Run %2</translation>
    </message>
    <message>
        <source>the metrics of run %1</source>
        <translation>die Metriken von Run %1</translation>
    </message>
    <message>
        <source>the inputs of run %1</source>
        <translation>die Eingaben von Run %1</translation>
    </message>
    <message>
        <source>the tags of the inputs of run %1</source>
        <translation>die Tags der Eingaben von Run %1</translation>
    </message>
    <message>
        <source>the logged models of run %1</source>
        <translation>die geloggten Modelle von Run %1</translation>
    </message>
    <message>
        <source>the metrics of the models of run %1</source>
        <translation>die Metriken der Modelle von Run %1</translation>
    </message>
    <message>
        <source>%1 has no logged models (written by MLflow 2); logged model %2 is not in it</source>
        <translation>%1 hat keine geloggten Modelle (von MLflow 2 geschrieben); das geloggte Modell %2 ist nicht darin</translation>
    </message>
    <message>
        <source>logged model %1</source>
        <translation>geloggtes Modell %1</translation>
    </message>
    <message>
        <source>logged model %1 is not in %2 (deleted, or in another store)</source>
        <translation>das geloggte Modell %1 ist nicht in %2 (gelöscht oder in einem anderen Speicher)</translation>
    </message>
    <message>
        <source>%1, logged model %2: %3</source>
        <translation>%1, geloggtes Modell %2: %3</translation>
    </message>
    <message>
        <source>the %1 of logged model %2</source>
        <translation>%1 des geloggten Modells %2</translation>
    </message>
    <message>
        <source>the metrics of logged model %1</source>
        <translation>die Metriken des geloggten Modells %1</translation>
    </message>
    <message>
        <source>MLflow versions are numbers, not &quot;%1&quot;</source>
        <translation>MLflow-Versionen sind Zahlen, nicht „%1“</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no version %2 in %3</source>
        <translation>Modell „%1“ hat keine Version %2 in %3</translation>
    </message>
    <message>
        <source>%1 holds version %2 of &quot;%3&quot; more than once (several MLflow workspaces?); refused</source>
        <translation>%1 enthält Version %2 von „%3“ mehr als einmal (mehrere MLflow-Workspaces?); abgelehnt</translation>
    </message>
    <message>
        <source>the tags of version %1</source>
        <translation>die Tags von Version %1</translation>
    </message>
    <message>
        <source>the aliases of %1</source>
        <translation>die Aliase von %1</translation>
    </message>
</context>
<context>
    <name>cs::PasswordHash</name>
    <message>
        <source>scrypt is not available in this OpenSSL</source>
        <translation>scrypt ist in diesem OpenSSL nicht verfügbar</translation>
    </message>
    <message>
        <source>scrypt failed (parameters N=%1, r=%2, p=%3)</source>
        <translation>scrypt fehlgeschlagen (Parameter N=%1, r=%2, p=%3)</translation>
    </message>
    <message>
        <source>no random numbers for a password salt</source>
        <translation>keine Zufallszahlen für ein Passwort-Salt</translation>
    </message>
    <message>
        <source>a stored password hash is malformed</source>
        <translation>ein gespeicherter Passwort-Hash ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>cs::PasswordPolicy</name>
    <message>
        <source>the password is too short: the workspace requires at least %1 characters</source>
        <translation>das Passwort ist zu kurz: der Arbeitsbereich verlangt mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the password must not contain the username</source>
        <translation>das Passwort darf den Benutzernamen nicht enthalten</translation>
    </message>
</context>
<context>
    <name>cs::Pccp</name>
    <message>
        <source>expected a text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>Liste von Regeln erwartet</translation>
    </message>
    <message>
        <source>expected a rule (a mapping)</source>
        <translation>Regel (eine Zuordnung) erwartet</translation>
    </message>
    <message>
        <source>rule %1 is named twice</source>
        <translation>Regel %1 ist doppelt benannt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected a list of at least one modification</source>
        <translation>Liste mit mindestens einer Modifikation erwartet</translation>
    </message>
    <message>
        <source>expected a modification (a mapping)</source>
        <translation>Modifikation (eine Zuordnung) erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for changes outside the PCCP</source>
        <translation>„%1“ ist für Änderungen außerhalb des PCCP reserviert</translation>
    </message>
    <message>
        <source>modification %1 is named twice</source>
        <translation>Modifikation %1 ist doppelt benannt</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer von %1 erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected global or local</source>
        <translation>global oder local erwartet</translation>
    </message>
    <message>
        <source>expected the modification protocol</source>
        <translation>Modifikationsprotokoll erwartet</translation>
    </message>
    <message>
        <source>expected at least one acceptance rule</source>
        <translation>mindestens eine Akzeptanzregel erwartet</translation>
    </message>
    <message>
        <source>expected the impact assessment</source>
        <translation>Folgenabschätzung erwartet</translation>
    </message>
    <message>
        <source>%1: expected a PCCP (a mapping with model, title and modifications)</source>
        <translation>%1: ein PCCP erwartet (eine Zuordnung mit model, title und modifications)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>re-training on new data within the intended population</source>
        <translation>Nachtraining auf neuen Daten innerhalb der vorgesehenen Population</translation>
    </message>
    <message>
        <source>inputs and compatibility</source>
        <translation>Eingaben und Kompatibilität</translation>
    </message>
    <message>
        <source>performance for a specified subpopulation</source>
        <translation>Leistung für eine festgelegte Teilpopulation</translation>
    </message>
</context>
<context>
    <name>cs::PccpCommands</name>
    <message>
        <source>%1: &quot;%2&quot; holds the control character %3</source>
        <translation>%1: „%2“ enthält das Steuerzeichen %3</translation>
    </message>
    <message>
        <source>save a new version of the PCCP of %1</source>
        <translation>eine neue Version des PCCP von %1 speichern</translation>
    </message>
    <message>
        <source>the PCCP of %1 cannot be saved:
- %2</source>
        <translation>der PCCP von %1 kann nicht gespeichert werden:
- %2</translation>
    </message>
    <message>
        <source>model: there is no model %1 in this workspace; import a version of it first</source>
        <translation>model: in diesem Arbeitsbereich gibt es kein Modell %1; importieren Sie zuerst eine Version davon</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 already says exactly this; nothing to save</source>
        <translation>Version %1 des PCCP von %2 sagt bereits genau dies; nichts zu speichern</translation>
    </message>
</context>
<context>
    <name>cs::PccpGate</name>
    <message>
        <source>PCCP version %1 of %2</source>
        <translation>PCCP-Version %1 von %2</translation>
    </message>
    <message>
        <source>No PCCP is in force for this model; no acceptance rules apply.</source>
        <translation>Für dieses Modell ist kein PCCP in Kraft; es gelten keine Akzeptanzregeln.</translation>
    </message>
    <message>
        <source>A rollback request restores a version released before; the PCCP&apos;s rules do not apply.</source>
        <translation>Ein Rollback-Antrag stellt eine früher freigegebene Version wieder her; die Regeln des PCCP gelten nicht.</translation>
    </message>
    <message>
        <source>Outside %1, by its author&apos;s determination: needs a new regulatory submission and cannot be implemented under the PCCP.</source>
        <translation>Außerhalb von %1 nach Feststellung des Autors: erfordert eine neue Einreichung bei der Behörde und kann nicht unter dem PCCP umgesetzt werden.</translation>
    </message>
    <message>
        <source>Names modification %1, which %2 does not have: needs a new regulatory submission and cannot be implemented under the PCCP.</source>
        <translation>Nennt Modifikation %1, die %2 nicht hat: erfordert eine neue Einreichung bei der Behörde und kann nicht unter dem PCCP umgesetzt werden.</translation>
    </message>
    <message>
        <source>a blocking rule is not met: cannot be approved</source>
        <translation>eine blockierende Regel ist nicht erfüllt: keine Genehmigung möglich</translation>
    </message>
    <message>
        <source>a blocking rule could not be evaluated: approval needs a QA officer&apos;s signed justification</source>
        <translation>eine blockierende Regel war nicht auswertbar: die Genehmigung erfordert eine signierte Begründung eines QA-Beauftragten</translation>
    </message>
    <message>
        <source>every blocking rule is met</source>
        <translation>jede blockierende Regel ist erfüllt</translation>
    </message>
    <message>
        <source>Within modification %1 (%2) of %3. Rules: %4; %5.</source>
        <translation>Innerhalb von Modifikation %1 (%2) von %3. Regeln: %4; %5.</translation>
    </message>
    <message>
        <source> (other end %1)</source>
        <translation> (anderes Ende %1)</translation>
    </message>
    <message>
        <source>%1 cannot be approved: blocking acceptance rules of PCCP version %2 are not met:
- %3</source>
        <translation>%1 kann nicht genehmigt werden: blockierende Akzeptanzregeln der PCCP-Version %2 sind nicht erfüllt:
- %3</translation>
    </message>
    <message>
        <source>%1 cannot be approved yet: blocking acceptance rules of PCCP version %2 could not be evaluated, and a QA officer must first sign a justification (cr justify):
- %3</source>
        <translation>%1 kann noch nicht genehmigt werden: blockierende Akzeptanzregeln der PCCP-Version %2 waren nicht auswertbar, und ein QA-Beauftragter muss zuerst eine Begründung signieren (cr justify):
- %3</translation>
    </message>
    <message>
        <source>its author placed it outside the PCCP</source>
        <translation>der Autor hat ihn außerhalb des PCCP eingeordnet</translation>
    </message>
    <message>
        <source>it names modification %1, which PCCP version %2 does not have</source>
        <translation>er nennt Modifikation %1, die PCCP-Version %2 nicht hat</translation>
    </message>
    <message>
        <source>%1 needs a new regulatory submission (%2) and cannot be implemented under the PCCP of %3</source>
        <translation>%1 erfordert eine neue Einreichung bei der Behörde (%2) und kann nicht unter dem PCCP von %3 umgesetzt werden</translation>
    </message>
    <message>
        <source>within the PCCP</source>
        <translation>innerhalb des PCCP</translation>
    </message>
    <message>
        <source>outside the PCCP</source>
        <translation>außerhalb des PCCP</translation>
    </message>
    <message>
        <source>names a modification the PCCP lacks</source>
        <translation>nennt eine Modifikation, die der PCCP nicht hat</translation>
    </message>
    <message>
        <source>no PCCP in force</source>
        <translation>kein PCCP in Kraft</translation>
    </message>
    <message>
        <source>rollback, not a modification</source>
        <translation>Rollback, keine Modifikation</translation>
    </message>
</context>
<context>
    <name>cs::PccpRule</name>
    <message>
        <source>PSI of %1</source>
        <translation>PSI von %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>production windows</source>
        <translation>Produktionsfenster</translation>
    </message>
    <message>
        <source>production windows, every %1 with at least %2 positives</source>
        <translation>Produktionsfenster, jedes %1 mit mindestens %2 Positiven</translation>
    </message>
    <message>
        <source>%1 set, with at least %2 positives</source>
        <translation>%1-Datensatz, mit mindestens %2 Positiven</translation>
    </message>
    <message>
        <source>%1 set</source>
        <translation>%1-Datensatz</translation>
    </message>
    <message>
        <source>%1 set, every %2 with at least %3 positives</source>
        <translation>%1-Datensatz, jedes %2 mit mindestens %3 Positiven</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 (%5); %6</source>
        <translation>%1: %2 %3 %4 (%5); %6</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer von %1 erwartet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>expected validation or challenge</source>
        <translation>validation oder challenge erwartet</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>ganze Zahl ab 0 erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>McNemar&apos;s test is of sensitivity, specificity or accuracy</source>
        <translation>der McNemar-Test gilt Sensitivität, Spezifität oder Genauigkeit</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>PPW</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPW</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>expected calibration error</source>
        <translation>erwarteter Kalibrierungsfehler</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>share of drifted features</source>
        <translation>Anteil gedrifteter Merkmale</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>untere Grenze</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>obere Grenze</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>lower bound of the difference</source>
        <translation>untere Grenze der Differenz</translation>
    </message>
    <message>
        <source>upper bound of the difference</source>
        <translation>obere Grenze der Differenz</translation>
    </message>
    <message>
        <source>McNemar p-value</source>
        <translation>McNemar-p-Wert</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>every subgroup</source>
        <translation>jede Untergruppe</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>the originally cleared version</source>
        <translation>die ursprünglich zugelassene Version</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>beratend</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NICHT SCHLÜSSIG</translation>
    </message>
    <message>
        <source>NOT EVALUABLE</source>
        <translation>NICHT AUSWERTBAR</translation>
    </message>
    <message>
        <source>the evidence has no interval for the difference in %1</source>
        <translation>die Nachweise enthalten kein Intervall für die Differenz bei %1</translation>
    </message>
    <message>
        <source>the evidence has no McNemar test for %1 here</source>
        <translation>die Nachweise enthalten hier keinen McNemar-Test für %1</translation>
    </message>
    <message>
        <source>the evidence holds no %1 of %2 here</source>
        <translation>die Nachweise enthalten hier kein %1 von %2</translation>
    </message>
    <message>
        <source>%1 positives, fewer than the rule&apos;s %2</source>
        <translation>%1 Positive, weniger als die %2 der Regel</translation>
    </message>
    <message>
        <source>a drift rule: it is evaluated on drift runs, not on validation evidence</source>
        <translation>eine Drift-Regel: sie wird auf Drift-Läufen ausgewertet, nicht auf Validierungsnachweisen</translation>
    </message>
    <message>
        <source>a first release has no version to compare with</source>
        <translation>eine Erstfreigabe hat keine Version zum Vergleich</translation>
    </message>
    <message>
        <source>the request names no originally cleared version</source>
        <translation>der Antrag nennt keine ursprünglich zugelassene Version</translation>
    </message>
    <message>
        <source>the plan has no subgroup column %1</source>
        <translation>der Plan hat keine Untergruppenspalte %1</translation>
    </message>
    <message>
        <source>the plan has no %1 set</source>
        <translation>der Plan hat keinen %1-Datensatz</translation>
    </message>
    <message>
        <source>a drift rule: it reads the run&apos;s drift, not its performance</source>
        <translation>eine Drift-Regel: sie liest die Drift des Laufs, nicht seine Leistung</translation>
    </message>
    <message>
        <source>window %1 has no labels, so no performance</source>
        <translation>Fenster %1 hat keine Labels, also keine Leistung</translation>
    </message>
    <message>
        <source>a production window has no comparator for %1</source>
        <translation>ein Produktionsfenster hat keinen Vergleich für %1</translation>
    </message>
    <message>
        <source>window %1 has no subgroup column %2</source>
        <translation>Fenster %1 hat keine Untergruppenspalte %2</translation>
    </message>
</context>
<context>
    <name>cs::PccpStatus</name>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>awaiting signatures</source>
        <translation>wartet auf Signaturen</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>never approved</source>
        <translation>nie genehmigt</translation>
    </message>
</context>
<context>
    <name>cs::PccpTable</name>
    <message>
        <source>storing version %1 of the PCCP of %2</source>
        <translation>Speichern von Version %1 des PCCP von %2</translation>
    </message>
    <message>
        <source>reading PCCPs</source>
        <translation>Lesen der PCCPs</translation>
    </message>
</context>
<context>
    <name>cs::PostgresStatement</name>
    <message>
        <source>%1: %2 failed: the connection to the server is closed; reconnect</source>
        <translation>%1: %2 ist fehlgeschlagen: die Verbindung zum Server ist geschlossen; verbinden Sie sich neu</translation>
    </message>
</context>
<context>
    <name>cs::PredictionCommands</name>
    <message>
        <source>name the dataset the predictions are for</source>
        <translation>nennen Sie den Datensatz, für den die Vorhersagen gelten</translation>
    </message>
    <message>
        <source>%1: name the sample ID column</source>
        <translation>%1: nennen Sie die Spalte mit der Stichproben-ID</translation>
    </message>
    <message>
        <source>%1: map at least one score column to a model version (LABEL=COLUMN)</source>
        <translation>%1: ordnen Sie mindestens eine Score-Spalte einer Modellversion zu (LABEL=SPALTE)</translation>
    </message>
    <message>
        <source>%1: dataset %2 is locked and its samples need labels; name the label column</source>
        <translation>%1: Datensatz %2 ist gesperrt und seine Stichproben brauchen Labels; nennen Sie die Label-Spalte</translation>
    </message>
    <message>
        <source>the dataset name or label &quot;%1&quot; holds the control character %2; refused</source>
        <translation>der Datensatzname oder das Label „%1“ enthält das Steuerzeichen %2; abgelehnt</translation>
    </message>
    <message>
        <source>dataset %1 is new: give its role (%2)</source>
        <translation>Datensatz %1 ist neu: geben Sie seine Rolle an (%2)</translation>
    </message>
    <message>
        <source>the label domain %1 names a label twice</source>
        <translation>die Label-Domäne %1 nennt ein Label doppelt</translation>
    </message>
    <message>
        <source>the label domain has %1 labels; at most %2 are allowed</source>
        <translation>die Label-Domäne hat %1 Labels; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>dataset %1 is a %2, not a %3</source>
        <translation>Datensatz %1 ist ein %2, kein %3</translation>
    </message>
    <message>
        <source>dataset %1 is locked and stays locked</source>
        <translation>Datensatz %1 ist gesperrt und bleibt gesperrt</translation>
    </message>
    <message>
        <source>dataset %1 was imported unlocked</source>
        <translation>Datensatz %1 wurde ungesperrt importiert</translation>
    </message>
    <message>
        <source>dataset %1 has the labels %2, not %3</source>
        <translation>Datensatz %1 hat die Labels %2, nicht %3</translation>
    </message>
    <message>
        <source>dataset %1 has the subgroup columns [%2]; map the same columns, in that order (got [%3])</source>
        <translation>Datensatz %1 hat die Untergruppenspalten [%2]; ordnen Sie dieselben Spalten in dieser Reihenfolge zu (erhalten [%3])</translation>
    </message>
    <message>
        <source>%1: version %2 is mapped to two score columns</source>
        <translation>%1: Version %2 ist zwei Score-Spalten zugeordnet</translation>
    </message>
    <message>
        <source>version %1 of model %2 is not in the workspace; import it before its predictions</source>
        <translation>Version %1 von Modell %2 ist nicht im Arbeitsbereich; importieren Sie sie vor ihren Vorhersagen</translation>
    </message>
    <message>
        <source>sample ID &quot;%1&quot; appears twice in the file</source>
        <translation>Stichproben-ID „%1“ kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation>der Import von %1 wurde abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>sample &quot;%1&quot; is not in the locked dataset %2; a locked dataset&apos;s samples never change</source>
        <translation>Stichprobe „%1“ ist nicht im gesperrten Datensatz %2; die Stichproben eines gesperrten Datensatzes ändern sich nie</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>Label „%1“</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message>
        <source>sample &quot;%1&quot; has %2 in dataset %3; its label cannot change</source>
        <translation>Stichprobe „%1“ hat %2 in Datensatz %3; ihr Label kann sich nicht ändern</translation>
    </message>
    <message>
        <source>%1 lacks %2 of the %3 samples of the locked dataset %4 (for example &quot;%5&quot;); predictions for a locked dataset must cover exactly its samples</source>
        <translation>%1 fehlen %2 der %3 Stichproben des gesperrten Datensatzes %4 (zum Beispiel „%5“); Vorhersagen für einen gesperrten Datensatz müssen genau seine Stichproben abdecken</translation>
    </message>
    <message>
        <source>%1: dataset %2 exists; features are stored with the file that creates a dataset</source>
        <translation>%1: Datensatz %2 existiert; Merkmale werden mit der Datei gespeichert, die einen Datensatz anlegt</translation>
    </message>
    <message>
        <source>%1 (numeric)</source>
        <translation>%1 (numerisch)</translation>
    </message>
    <message>
        <source>%1 (categorical, %2 values)</source>
        <translation>%1 (kategorial, %2 Werte)</translation>
    </message>
    <message>
        <source>%1: these predictions are already in dataset %2; nothing to import</source>
        <translation>%1: diese Vorhersagen sind bereits in Datensatz %2; nichts zu importieren</translation>
    </message>
    <message>
        <source>the predictions of %1 on dataset %2 were imported before with different scores; imported predictions are frozen and are not overwritten, so nothing was imported</source>
        <translation>die Vorhersagen von %1 auf Datensatz %2 wurden schon einmal mit anderen Scores importiert; importierte Vorhersagen sind eingefroren und werden nicht überschrieben, daher wurde nichts importiert</translation>
    </message>
    <message>
        <source>import predictions from %1 into dataset %2</source>
        <translation>Vorhersagen aus %1 in Datensatz %2 importieren</translation>
    </message>
    <message>
        <source>attach %1 to dataset %2</source>
        <translation>%1 an Datensatz %2 anhängen</translation>
    </message>
    <message>
        <source>there is no dataset %1 in the workspace</source>
        <translation>im Arbeitsbereich gibt es keinen Datensatz %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>cs::PredictionFields</name>
    <message>
        <source>the %1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>the %1 is missing (&quot;%2&quot;)</source>
        <translation>%1 fehlt („%2“)</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a finite number</source>
        <translation>%1 „%2“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is out of range (a number between about 1e-308 and 1e308 in size, or 0)</source>
        <translation>%1 „%2“ liegt außerhalb des Bereichs (eine Zahl zwischen etwa 1e-308 und 1e308 im Betrag, oder 0)</translation>
    </message>
    <message>
        <source>the label is missing</source>
        <translation>das Label fehlt</translation>
    </message>
    <message>
        <source>the label is missing (&quot;%1&quot;)</source>
        <translation>das Label fehlt („%1“)</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is not one of 0, 1 (or true/false, yes/no)</source>
        <translation>das Label „%1“ ist nicht 0 oder 1 (oder true/false, yes/no)</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is not one of %2</source>
        <translation>das Label „%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), column &quot;%4&quot;: %5</source>
        <translation>%1, Zeile %2 (Textzeile %3), Spalte „%4“: %5</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, Zeile %2 (Textzeile %3): %4</translation>
    </message>
</context>
<context>
    <name>cs::PredictionImportStore</name>
    <message>
        <source>the temporary file for sorting samples cannot be written: %1</source>
        <translation>die temporäre Datei zum Sortieren der Stichproben kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>Speichern der Stichproben</translation>
    </message>
    <message>
        <source>storing a sample</source>
        <translation>Speichern einer Stichprobe</translation>
    </message>
    <message>
        <source>finding a sample</source>
        <translation>Suchen einer Stichprobe</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>staging scores</source>
        <translation>Bereitstellen der Scores</translation>
    </message>
    <message>
        <source>finishing the import</source>
        <translation>Abschließen des Imports</translation>
    </message>
    <message>
        <source>reading staged scores</source>
        <translation>Lesen der bereitgestellten Scores</translation>
    </message>
</context>
<context>
    <name>cs::PredictionRows</name>
    <message>
        <source>%1: column &quot;%2&quot; (column %3) holds direct identifiers (rule: %4). Countersign does not take files with patient identifiers; remove the column and import again</source>
        <translation>%1: Spalte „%2“ (Spalte %3) enthält direkte Identifikatoren (Regel: %4). Countersign nimmt keine Dateien mit Patientenidentifikatoren an; entfernen Sie die Spalte und importieren Sie erneut</translation>
    </message>
    <message>
        <source>%1: there is no %2 column &quot;%3&quot;; the header has: %4</source>
        <translation>%1: es gibt keine %2-Spalte „%3“; die Kopfzeile hat: %4</translation>
    </message>
    <message>
        <source>sample ID</source>
        <translation>Stichproben-ID</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>%1: the label column is also the sample ID column</source>
        <translation>%1: die Label-Spalte ist zugleich die Spalte der Stichproben-ID</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>subgroup</source>
        <translation>Untergruppe</translation>
    </message>
    <message>
        <source>%1: subgroup column &quot;%2&quot; is also mapped as sample ID or label</source>
        <translation>%1: die Untergruppenspalte „%2“ ist auch als Stichproben-ID oder Label zugeordnet</translation>
    </message>
    <message>
        <source>a value looks like a direct identifier (rule: %1). Countersign does not take files with patient identifiers; the value is not shown</source>
        <translation>ein Wert sieht wie ein direkter Identifikator aus (Regel: %1). Countersign nimmt keine Dateien mit Patientenidentifikatoren an; der Wert wird nicht angezeigt</translation>
    </message>
    <message>
        <source>the sample ID is empty</source>
        <translation>die Stichproben-ID ist leer</translation>
    </message>
    <message>
        <source>the sample ID is not UTF-8 text</source>
        <translation>die Stichproben-ID ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the sample ID holds the control character %1</source>
        <translation>die Stichproben-ID enthält das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>der Wert ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the value holds the control character %1</source>
        <translation>der Wert enthält das Steuerzeichen %1</translation>
    </message>
</context>
<context>
    <name>cs::RecordAuditReviewCommand</name>
    <message>
        <source>record a review of the audit events since the last review</source>
        <translation>eine Prüfung der Audit-Ereignisse seit der letzten Prüfung aufzeichnen</translation>
    </message>
    <message>
        <source>record a review of audit events %1 to %2</source>
        <translation>eine Prüfung der Audit-Ereignisse %1 bis %2 aufzeichnen</translation>
    </message>
    <message>
        <source>a review needs a finding (what was checked and what was found)</source>
        <translation>eine Prüfung braucht einen Befund (was geprüft und was gefunden wurde)</translation>
    </message>
    <message>
        <source>nothing to review: the last review already covers events up to %1</source>
        <translation>nichts zu prüfen: die letzte Prüfung deckt bereits die Ereignisse bis %1 ab</translation>
    </message>
    <message>
        <source>cannot review events %1 to %2: the trail holds events 1 to %3</source>
        <translation>die Ereignisse %1 bis %2 können nicht geprüft werden: der Trail enthält die Ereignisse 1 bis %3</translation>
    </message>
</context>
<context>
    <name>cs::RecordCheck</name>
    <message>
        <source>the workspace was altered outside Countersign: %1. Nothing was done; run &quot;verify&quot; and restore the workspace from a backup</source>
        <translation>der Arbeitsbereich wurde außerhalb von Countersign verändert: %1. Nichts wurde ausgeführt; führen Sie „verify“ aus und stellen Sie den Arbeitsbereich aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is not a kind of sealed record</source>
        <translation>%1 ist keine Art versiegelter Einträge</translation>
    </message>
    <message>
        <source>%1 rests on audit event %2, which no longer matches its hashes</source>
        <translation>%1 beruht auf Audit-Ereignis %2, das nicht mehr zu seinen Hashes passt</translation>
    </message>
</context>
<context>
    <name>cs::RecordSeals</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>%1: the table %2 has no column %3 (or is missing)</source>
        <translation>%1: die Tabelle %2 hat keine Spalte %3 (oder fehlt)</translation>
    </message>
    <message>
        <source>reading %1 %2</source>
        <translation>Lesen von %1 %2</translation>
    </message>
    <message>
        <source>reading the seal of %1 %2</source>
        <translation>Lesen des Siegels von %1 %2</translation>
    </message>
    <message>
        <source>reading the seals of every %1</source>
        <translation>Lesen der Siegel aller %1</translation>
    </message>
    <message>
        <source>reading every %1</source>
        <translation>Lesen aller %1</translation>
    </message>
    <message>
        <source>%1 differs from what audit event %2 recorded</source>
        <translation>%1 weicht von dem ab, was Audit-Ereignis %2 aufgezeichnet hat</translation>
    </message>
    <message>
        <source>%1 was written without an audit event</source>
        <translation>%1 wurde ohne Audit-Ereignis geschrieben</translation>
    </message>
    <message>
        <source>%1 is gone, although audit event %2 recorded it</source>
        <translation>%1 ist verschwunden, obwohl Audit-Ereignis %2 es aufgezeichnet hat</translation>
    </message>
    <message>
        <source>a row of %1 has a key that is neither a number nor a text</source>
        <translation>eine Zeile von %1 hat einen Schlüssel, der weder Zahl noch Text ist</translation>
    </message>
    <message>
        <source>%1: sealing records needs a writable connection</source>
        <translation>%1: das Versiegeln von Einträgen braucht eine beschreibbare Verbindung</translation>
    </message>
    <message>
        <source>listing every %1</source>
        <translation>Auflisten aller %1</translation>
    </message>
    <message>
        <source>%1: a row of %2 has a %3 that is neither a number nor a text</source>
        <translation>%1: eine Zeile von %2 hat ein %3, das weder Zahl noch Text ist</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>Vorbereiten der Verbindung</translation>
    </message>
    <message>
        <source>%1: the workspace connection is not SQLite</source>
        <translation>%1: die Verbindung zum Arbeitsbereich ist nicht SQLite</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>reading what the change wrote</source>
        <translation>Lesen dessen, was die Änderung geschrieben hat</translation>
    </message>
    <message>
        <source>%1: a command wrote to %2, which is neither a sealed record nor listed as unsealed (store/RecordSeals.cpp)</source>
        <translation>%1: ein Befehl hat in %2 geschrieben, das weder ein versiegelter Eintrag noch als unversiegelt gelistet ist (store/RecordSeals.cpp)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
</context>
<context>
    <name>cs::RecordTables</name>
    <message>
        <source>recording workspace %1</source>
        <translation>Aufzeichnen von Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>reading the workspace identity</source>
        <translation>Lesen der Identität des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>Speichern von Einstellung %1</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>recording the audit-trail review</source>
        <translation>Aufzeichnen der Prüfung des Audit-Trails</translation>
    </message>
    <message>
        <source>the new review has no id</source>
        <translation>die neue Prüfung hat keine ID</translation>
    </message>
    <message>
        <source>reading audit-trail reviews</source>
        <translation>Lesen der Prüfungen des Audit-Trails</translation>
    </message>
    <message>
        <source>reading audit-trail review %1</source>
        <translation>Lesen der Prüfung %1 des Audit-Trails</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Audit-Trails</translation>
    </message>
    <message>
        <source>storing the checkpoint</source>
        <translation>Speichern des Prüfpunkts</translation>
    </message>
    <message>
        <source>the new checkpoint has no id</source>
        <translation>der neue Prüfpunkt hat keine ID</translation>
    </message>
    <message>
        <source>reading checkpoints</source>
        <translation>Lesen der Prüfpunkte</translation>
    </message>
</context>
<context>
    <name>cs::RegistryCommands</name>
    <message>
        <source>import versions of %1</source>
        <translation>Versionen von %1 importieren</translation>
    </message>
    <message>
        <source>version %1: not read: %2 (%3)</source>
        <translation>Version %1: nicht gelesen: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds the control character %3; refused</source>
        <translation>%1 „%2“ enthält das Steuerzeichen %3; abgelehnt</translation>
    </message>
    <message>
        <source>the model name</source>
        <translation>der Modellname</translation>
    </message>
    <message>
        <source>the version label</source>
        <translation>die Versionsbezeichnung</translation>
    </message>
    <message>
        <source>version %1 of %2 was imported on %3 with different evidence: the source has changed since. Imported evidence is frozen and is not overwritten; nothing was imported</source>
        <translation>Version %1 von %2 wurde am %3 mit anderen Nachweisen importiert: die Quelle hat sich seither geändert. Importierte Nachweise sind eingefroren und werden nicht überschrieben; nichts wurde importiert</translation>
    </message>
    <message>
        <source>nothing to import: every version is already in the workspace, unchanged</source>
        <translation>nichts zu importieren: jede Version ist bereits unverändert im Arbeitsbereich</translation>
    </message>
    <message>
        <source>attach %1 to version %2 of %3</source>
        <translation>%1 an Version %2 von %3 anhängen</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace; import it first</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2; importieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>describe model %1</source>
        <translation>Modell %1 beschreiben</translation>
    </message>
    <message>
        <source>give a reason for describing model %1</source>
        <translation>geben Sie einen Grund für die Beschreibung von Modell %1 an</translation>
    </message>
    <message>
        <source>there is no model %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es kein Modell %1</translation>
    </message>
    <message>
        <source>model %1 is already described so; nothing changed</source>
        <translation>Modell %1 ist bereits so beschrieben; nichts geändert</translation>
    </message>
    <message>
        <source>move version %1 of %2 to %3</source>
        <translation>Version %1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <source>a version goes into production only through an approved change request: open one for version %1 of %2 (countersign-cli cr create, or New Change Request… on the Models page), have it approved, then implement it</source>
        <translation>eine Version geht nur durch einen genehmigten Änderungsantrag in Produktion: eröffnen Sie einen für Version %1 von %2 (countersign-cli cr create oder „Neuer Änderungsantrag…“ auf der Seite Modelle), lassen Sie ihn genehmigen und setzen Sie ihn dann um</translation>
    </message>
    <message>
        <source>a reason is required to %1</source>
        <translation>zum %1 ist eine Begründung erforderlich</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>only a QA officer may move a version to %1; %2 is not one</source>
        <translation>nur ein QA-Beauftragter darf eine Version nach %1 verschieben; %2 ist keiner</translation>
    </message>
</context>
<context>
    <name>cs::RegistryTables</name>
    <message>
        <source>adding model %1</source>
        <translation>Hinzufügen von Modell %1</translation>
    </message>
    <message>
        <source>reading model %1</source>
        <translation>Lesen von Modell %1</translation>
    </message>
    <message>
        <source>reading the models</source>
        <translation>Lesen der Modelle</translation>
    </message>
    <message>
        <source>adding version %1 of %2</source>
        <translation>Hinzufügen von Version %1 von %2</translation>
    </message>
    <message>
        <source>reading version %1 of %2</source>
        <translation>Lesen von Version %1 von %2</translation>
    </message>
    <message>
        <source>reading model version %1</source>
        <translation>Lesen von Modellversion %1</translation>
    </message>
    <message>
        <source>reading the versions of %1</source>
        <translation>Lesen der Versionen von %1</translation>
    </message>
    <message>
        <source>describing model %1</source>
        <translation>Beschreiben von Modell %1</translation>
    </message>
    <message>
        <source>changing the state of version %1</source>
        <translation>Ändern des Status von Version %1</translation>
    </message>
    <message>
        <source>recording a lifecycle transition</source>
        <translation>Aufzeichnen eines Lebenszyklus-Übergangs</translation>
    </message>
    <message>
        <source>storing metric %1</source>
        <translation>Speichern der Metrik %1</translation>
    </message>
    <message>
        <source>reading metric %1</source>
        <translation>Lesen der Metrik %1</translation>
    </message>
</context>
<context>
    <name>cs::Role</name>
    <message>
        <source>Data scientist</source>
        <translation>Data Scientist</translation>
    </message>
    <message>
        <source>QA officer</source>
        <translation>QA-Beauftragter</translation>
    </message>
    <message>
        <source>Regulatory affairs</source>
        <translation>Regulatory Affairs</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>cs::ServerOpener</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI: %2</source>
        <translation>%1 ist keine PostgreSQL-Verbindungs-URI: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed</source>
        <translation>%1 kann nicht geöffnet werden: der PostgreSQL-Treiber von Qt (libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>Konfigurieren der Verbindung</translation>
    </message>
    <message>
        <source>%1: the role may not create temporary tables, which every change needs; the workspace&apos;s owner grants it with countersign-cli init --grant or GRANT TEMPORARY</source>
        <translation>%1: die Rolle darf keine temporären Tabellen anlegen, die jede Änderung braucht; der Eigentümer des Arbeitsbereichs erteilt dies mit countersign-cli init --grant oder GRANT TEMPORARY</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database but not a Countersign workspace (create one with countersign-cli init --server)</source>
        <translation>%1 ist eine PostgreSQL-Datenbank, aber kein Countersign-Arbeitsbereich (legen Sie einen mit countersign-cli init --server an)</translation>
    </message>
    <message>
        <source>%1 already holds a Countersign workspace; choose another database</source>
        <translation>%1 enthält bereits einen Countersign-Arbeitsbereich; wählen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name Countersign grants to (letters, digits and _)</source>
        <translation>„%1“ ist kein Rollenname, dem Countersign Rechte erteilt (Buchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <source>listing the workspace&apos;s tables</source>
        <translation>Auflisten der Tabellen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>granting %1 access to the workspace</source>
        <translation>Gewähren des Zugriffs auf den Arbeitsbereich für %1</translation>
    </message>
</context>
<context>
    <name>cs::Sha256</name>
    <message>
        <source>SHA-256 is not available from OpenSSL (%1%2%3)</source>
        <translation>SHA-256 ist in OpenSSL nicht verfügbar (%1%2%3)</translation>
    </message>
</context>
<context>
    <name>cs::SignRecordCommand</name>
    <message>
        <source>sign %1 %2 as %3</source>
        <translation>%1 %2 als %3 signieren</translation>
    </message>
    <message>
        <source>no signature policy for %1</source>
        <translation>keine Signaturrichtlinie für %1</translation>
    </message>
</context>
<context>
    <name>cs::SignableRecords</name>
    <message>
        <source>there is no audit-trail review %1</source>
        <translation>es gibt keine Audit-Trail-Prüfung %1</translation>
    </message>
    <message>
        <source>Audit-trail review %1 of events %2 to %3 by %4, %5</source>
        <translation>Audit-Trail-Prüfung %1 der Ereignisse %2 bis %3 durch %4, %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a change request&apos;s revision; write ID@REVISION, for example CR-2026-0001@1</source>
        <translation>„%1“ bezeichnet keine Revision eines Änderungsantrags; schreiben Sie ID@REVISION, zum Beispiel CR-2026-0001@1</translation>
    </message>
    <message>
        <source>there is no change request %1 with a revision %2</source>
        <translation>es gibt keinen Änderungsantrag %1 mit einer Revision %2</translation>
    </message>
    <message>
        <source>Change request %1, revision %2: %3</source>
        <translation>Änderungsantrag %1, Revision %2: %3</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
    <message>
        <source>change request %1, revision %2, has not been evaluated; there is nothing to decide on yet</source>
        <translation>Änderungsantrag %1, Revision %2, wurde nicht ausgewertet; es gibt noch nichts zu entscheiden</translation>
    </message>
    <message>
        <source>Change request %1, revision %2 (%3 version %4 against %5), its evidence %6</source>
        <translation>Änderungsantrag %1, Revision %2 (%3 Version %4 gegen %5), seine Nachweise %6</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>keine Baseline</translation>
    </message>
    <message>
        <source>there is no change request %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Änderungsantrag %1</translation>
    </message>
    <message>
        <source>Emergency rollback of change request %1: %2 version %3 out of production, version %4 back</source>
        <translation>Notfall-Rollback von Änderungsantrag %1: %2 Version %3 aus der Produktion, Version %4 zurück</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a PCCP version; write MODEL@VERSION, for example sepsis-risk@1</source>
        <translation>„%1“ bezeichnet keine PCCP-Version; schreiben Sie MODELL@VERSION, zum Beispiel sepsis-risk@1</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine PCCP-Version %2</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2: %3</source>
        <translation>PCCP von %1, Version %2: %3</translation>
    </message>
    <message>
        <source>Audit-trail review</source>
        <translation>Audit-Trail-Prüfung</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>Change request decision</source>
        <translation>Entscheidung über Änderungsantrag</translation>
    </message>
    <message>
        <source>Emergency rollback</source>
        <translation>Notfall-Rollback</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>records of type &quot;%1&quot; cannot be signed; signable types: %2</source>
        <translation>Einträge vom Typ „%1“ können nicht signiert werden; signierbare Typen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a record; write TYPE:ID, for example audit-review:2</source>
        <translation>„%1“ bezeichnet keinen Eintrag; schreiben Sie TYP:ID, zum Beispiel audit-review:2</translation>
    </message>
</context>
<context>
    <name>cs::SignatureManifest</name>
    <message>
        <source>the signature manifest is not JSON: %1</source>
        <translation>das Signaturmanifest ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the signature manifest has an unknown format &quot;%1&quot;</source>
        <translation>das Signaturmanifest hat ein unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>the signature manifest is incomplete</source>
        <translation>das Signaturmanifest ist unvollständig</translation>
    </message>
    <message>
        <source>the signature manifest is not in canonical form (it was re-encoded or has extra fields)</source>
        <translation>das Signaturmanifest ist nicht in kanonischer Form (es wurde neu kodiert oder hat zusätzliche Felder)</translation>
    </message>
</context>
<context>
    <name>cs::SignaturePolicy</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>a %1 cannot be signed as &quot;%2&quot;; it takes %3</source>
        <translation>ein %1 kann nicht als „%2“ signiert werden; möglich ist %3</translation>
    </message>
    <message>
        <source>only a %1 may sign a %2 as &quot;%3&quot;; %4 holds none of these roles</source>
        <translation>nur ein %1 darf ein %2 als „%3“ signieren; %4 hat keine dieser Rollen</translation>
    </message>
    <message>
        <source>%1 is the author of %2 %3 and cannot also sign it as &quot;%4&quot; (separation of duties)</source>
        <translation>%1 ist Autor von %2 %3 und kann es nicht auch als „%4“ signieren (Funktionstrennung)</translation>
    </message>
    <message>
        <source>only the author of %1 %2, %3, may sign it as &quot;%4&quot;</source>
        <translation>nur der Autor von %1 %2, %3, darf es als „%4“ signieren</translation>
    </message>
    <message>
        <source>%1 %2 is not signed as &quot;%3&quot; yet; it can be signed as &quot;%4&quot; only after that</source>
        <translation>%1 %2 ist noch nicht als „%3“ signiert; als „%4“ kann es erst danach signiert werden</translation>
    </message>
    <message>
        <source>%1 already signed %2 %3 as &quot;%4&quot;</source>
        <translation>%1 hat %2 %3 bereits als „%4“ signiert</translation>
    </message>
    <message>
        <source>%1 signed %2 %3 as &quot;%4&quot;; &quot;%5&quot; must come from someone else (separation of duties)</source>
        <translation>%1 hat %2 %3 als „%4“ signiert; „%5“ muss von jemand anderem kommen (Funktionstrennung)</translation>
    </message>
</context>
<context>
    <name>cs::SignatureQuery</name>
    <message>
        <source>there is no signature %1</source>
        <translation>es gibt keine Signatur %1</translation>
    </message>
</context>
<context>
    <name>cs::SignatureVerifier</name>
    <message>
        <source>the stored signer certificate</source>
        <translation>das gespeicherte Unterzeichnerzertifikat</translation>
    </message>
    <message>
        <source>the signature was made in another workspace (%1)</source>
        <translation>die Signatur wurde in einem anderen Arbeitsbereich erstellt (%1)</translation>
    </message>
    <message>
        <source>the signature was made for %1 %2 but is attached to %3 %4: it was moved to another record</source>
        <translation>die Signatur wurde für %1 %2 erstellt, hängt aber an %3 %4: sie wurde zu einem anderen Eintrag verschoben</translation>
    </message>
    <message>
        <source>the stored meaning, signer or time differ from what was signed</source>
        <translation>die gespeicherte Bedeutung, der Unterzeichner oder die Zeit weichen vom Signierten ab</translation>
    </message>
    <message>
        <source>the signed record %1 %2 cannot be read: %3</source>
        <translation>der signierte Eintrag %1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 was changed after it was signed: its content no longer matches the signed SHA-256</source>
        <translation>%1 %2 wurde nach dem Signieren geändert: sein Inhalt passt nicht mehr zum signierten SHA-256</translation>
    </message>
    <message>
        <source>the audit trail at event %1 does not match the chain head recorded when it was signed</source>
        <translation>der Audit-Trail bei Ereignis %1 passt nicht zum Kettenkopf, der beim Signieren aufgezeichnet wurde</translation>
    </message>
</context>
<context>
    <name>cs::SignedNote</name>
    <message>
        <source>verifier key must read &lt;name&gt;+&lt;key id&gt;+&lt;key&gt;</source>
        <translation>der Prüfschlüssel muss &lt;Name&gt;+&lt;Schlüssel-ID&gt;+&lt;Schlüssel&gt; lauten</translation>
    </message>
    <message>
        <source>verifier key does not hold an Ed25519 public key</source>
        <translation>der Prüfschlüssel enthält keinen öffentlichen Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>verifier key id does not match its name and key</source>
        <translation>die ID des Prüfschlüssels passt nicht zu Name und Schlüssel</translation>
    </message>
    <message>
        <source>verifier key id must be 8 lower-case hex digits</source>
        <translation>die ID des Prüfschlüssels muss aus 8 kleingeschriebenen Hexziffern bestehen</translation>
    </message>
    <message>
        <source>invalid note key name &quot;%1&quot;</source>
        <translation>ungültiger Name „%1“ für einen Notizschlüssel</translation>
    </message>
    <message>
        <source>note text must end in a newline and hold no blank lines or control characters</source>
        <translation>der Notiztext muss mit einem Zeilenumbruch enden und darf keine Leerzeilen oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Ed25519 signing failed</source>
        <translation>Ed25519-Signatur fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: note is larger than 1 MiB</source>
        <translation>%1: die Notiz ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>%1: note is not valid UTF-8 text</source>
        <translation>%1: die Notiz ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: not a signed note (no blank line before the signatures)</source>
        <translation>%1: keine signierte Notiz (keine Leerzeile vor den Signaturen)</translation>
    </message>
    <message>
        <source>%1: note has too many signatures</source>
        <translation>%1: die Notiz hat zu viele Signaturen</translation>
    </message>
    <message>
        <source>%1: malformed signature line &quot;%2&quot;</source>
        <translation>%1: fehlerhafte Signaturzeile „%2“</translation>
    </message>
    <message>
        <source>%1: note has no signature</source>
        <translation>%1: die Notiz hat keine Signatur</translation>
    </message>
    <message>
        <source>%1: the signature by %2 does not verify (the note was altered)</source>
        <translation>%1: die Signatur von %2 lässt sich nicht prüfen (die Notiz wurde verändert)</translation>
    </message>
    <message>
        <source>%1: not signed by this workspace&apos;s key (%2)</source>
        <translation>%1: nicht mit dem Schlüssel dieses Arbeitsbereichs signiert (%2)</translation>
    </message>
</context>
<context>
    <name>cs::SignerCheck</name>
    <message>
        <source>certificate &quot;%1&quot; is not enrolled for %2; enroll it first (Certificates &gt; Enroll)</source>
        <translation>Zertifikat „%1“ ist nicht für %2 registriert; registrieren Sie es zuerst (Zertifikate &gt; Registrieren)</translation>
    </message>
    <message>
        <source>the private key in the file does not belong to certificate &quot;%1&quot;</source>
        <translation>der private Schlüssel in der Datei gehört nicht zu Zertifikat „%1“</translation>
    </message>
</context>
<context>
    <name>cs::Signing</name>
    <message>
        <source>the reason is longer than 2000 characters</source>
        <translation>die Begründung ist länger als 2000 Zeichen</translation>
    </message>
</context>
<context>
    <name>cs::SqliteOpener</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>reading the file header</source>
        <translation>Lesen des Dateikopfs</translation>
    </message>
    <message>
        <source>%1: cannot switch the workspace to write-ahead logging</source>
        <translation>%1: der Arbeitsbereich kann nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <source>configuring the workspace</source>
        <translation>Konfigurieren des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot run its integrity check (%2)</source>
        <translation>%1 ist beschädigt: SQLite kann seine Integritätsprüfung nicht ausführen (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2); restore it from a backup</source>
        <translation>%1 ist beschädigt: die Integritätsprüfung von SQLite ist fehlgeschlagen (%2); stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of tables cannot be read (%2)</source>
        <translation>%1 ist beschädigt: seine Tabellenliste kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>no workspace at %1 (the file does not exist)</source>
        <translation>kein Arbeitsbereich unter %1 (die Datei existiert nicht)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>%1 is read-only; open it read-only to review it, or make it writable</source>
        <translation>%1 ist schreibgeschützt; öffnen Sie ihn schreibgeschützt, um ihn zu prüfen, oder machen Sie ihn beschreibbar</translation>
    </message>
    <message>
        <source>the folder holding %1 is read-only; the workspace needs to write its journal there</source>
        <translation>der Ordner mit %1 ist schreibgeschützt; der Arbeitsbereich muss dort sein Journal schreiben</translation>
    </message>
    <message>
        <source>%1 is not a Countersign workspace (it is not an SQLite database)</source>
        <translation>%1 ist kein Countersign-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Countersign workspace</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Countersign-Arbeitsbereich</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it; close the workspace there and try again</source>
        <translation>%1 ist von einem anderen Programm gesperrt, das hineinschreibt; schließen Sie den Arbeitsbereich dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>creating the workspace</source>
        <translation>Anlegen des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>cs::StoreCopy</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>%1: the copy has a column %2 that %3 lacks</source>
        <translation>%1: die Kopie hat eine Spalte %2, die %3 fehlt</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>Nummerieren von %1</translation>
    </message>
    <message>
        <source>finishing the copy</source>
        <translation>Abschließen der Kopie</translation>
    </message>
    <message>
        <source>removing the failed copy</source>
        <translation>Entfernen der fehlgeschlagenen Kopie</translation>
    </message>
</context>
<context>
    <name>cs::StoredComparison</name>
    <message>
        <source>dataset &quot;%1&quot; has no predictions</source>
        <translation>Datensatz „%1“ hat keine Vorhersagen</translation>
    </message>
    <message>
        <source>versions of several models have predictions on dataset &quot;%1&quot; (%2): give --model</source>
        <translation>Versionen mehrerer Modelle haben Vorhersagen auf Datensatz „%1“ (%2): geben Sie --model an</translation>
    </message>
    <message>
        <source>version %1 of model &quot;%2&quot; has no predictions on dataset &quot;%3&quot;</source>
        <translation>Version %1 von Modell „%2“ hat keine Vorhersagen auf Datensatz „%3“</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;, row %2: %3</source>
        <translation>Datensatz „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>there is no dataset &quot;%1&quot; in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Datensatz „%1“</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot; has no subgroup column &quot;%2&quot; (it has %3)</source>
        <translation>Datensatz „%1“ hat keine Untergruppenspalte „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot; has %2 samples; a comparison takes at most %3</source>
        <translation>Datensatz „%1“ hat %2 Stichproben; ein Vergleich nimmt höchstens %3</translation>
    </message>
    <message>
        <source>version %1 of model &quot;%2&quot; has no score for row %3 of dataset &quot;%4&quot;</source>
        <translation>Version %1 von Modell „%2“ hat keinen Score für Zeile %3 von Datensatz „%4“</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;: subgroup column &quot;%2&quot; has more than 65,535 distinct values; a subgroup column takes at most 65,535</source>
        <translation>Datensatz „%1“: die Untergruppenspalte „%2“ hat mehr als 65.535 verschiedene Werte; eine Untergruppenspalte darf höchstens 65.535 haben</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;: row %2 has a label but no subgroups kept for the statistics; run verify</source>
        <translation>Datensatz „%1“: Zeile %2 hat ein Label, aber keine für die Statistik aufbewahrten Untergruppen; führen Sie „verify“ aus</translation>
    </message>
</context>
<context>
    <name>cs::TrustCommands</name>
    <message>
        <source>enroll a signing certificate</source>
        <translation>ein Signaturzertifikat registrieren</translation>
    </message>
    <message>
        <source>the private key does not belong to certificate &quot;%1&quot;</source>
        <translation>der private Schlüssel gehört nicht zu Zertifikat „%1“</translation>
    </message>
    <message>
        <source>this certificate is already enrolled (by %1)</source>
        <translation>dieses Zertifikat ist bereits registriert (von %1)</translation>
    </message>
    <message>
        <source>add a trusted CA</source>
        <translation>eine vertrauenswürdige CA hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate (its basic constraints do not allow issuing certificates)</source>
        <translation>„%1“ ist kein CA-Zertifikat (seine Basiseinschränkungen erlauben keine Ausstellung von Zertifikaten)</translation>
    </message>
    <message>
        <source>the CA certificate &quot;%1&quot; expired on %2</source>
        <translation>das CA-Zertifikat „%1“ ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already trusted</source>
        <translation>„%1“ ist bereits vertrauenswürdig</translation>
    </message>
    <message>
        <source>add a certificate revocation list</source>
        <translation>eine Zertifikatssperrliste hinzufügen</translation>
    </message>
    <message>
        <source>the revocation list of &quot;%1&quot; is not signed by a CA in the trust store</source>
        <translation>die Sperrliste von „%1“ ist nicht von einer CA im Vertrauensspeicher signiert</translation>
    </message>
    <message>
        <source>this revocation list (issued %1) is not newer than the one in force (issued %2)</source>
        <translation>diese Sperrliste (ausgestellt %1) ist nicht neuer als die geltende (ausgestellt %2)</translation>
    </message>
</context>
<context>
    <name>cs::UserCommands</name>
    <message>
        <source>a reason is required to %1</source>
        <translation>zum %1 ist eine Begründung erforderlich</translation>
    </message>
    <message>
        <source>refused: %1 is the last active administrator of this workspace</source>
        <translation>abgelehnt: %1 ist der letzte aktive Administrator dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>username &quot;%1&quot; is taken (by %2, %3); usernames are never reused</source>
        <translation>Benutzername „%1“ ist vergeben (an %2, %3); Benutzernamen werden nie wiederverwendet</translation>
    </message>
    <message>
        <source>add user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <source>change user %1</source>
        <translation>Benutzer %1 ändern</translation>
    </message>
    <message>
        <source>nothing to change for user %1</source>
        <translation>nichts zu ändern für Benutzer %1</translation>
    </message>
    <message>
        <source>unlock user %1</source>
        <translation>Benutzer %1 entsperren</translation>
    </message>
    <message>
        <source>lock user %1</source>
        <translation>Benutzer %1 sperren</translation>
    </message>
    <message>
        <source>disable user %1</source>
        <translation>Benutzer %1 deaktivieren</translation>
    </message>
    <message>
        <source>you cannot change the status of your own account; another administrator must do it</source>
        <translation>Sie können den Status Ihres eigenen Kontos nicht ändern; ein anderer Administrator muss das tun</translation>
    </message>
    <message>
        <source>user %1 is already %2</source>
        <translation>Benutzer %1 ist bereits %2</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>the current password is not correct</source>
        <translation>das aktuelle Passwort ist nicht korrekt</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>das neue Passwort muss sich vom aktuellen unterscheiden</translation>
    </message>
    <message>
        <source>reset the password of %1</source>
        <translation>das Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>change your own password with your current one, not by a reset</source>
        <translation>ändern Sie Ihr eigenes Passwort mit Ihrem aktuellen, nicht durch Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>cs::UserRules</name>
    <message>
        <source>username &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter</source>
        <translation>Benutzername „%1“ ist ungültig: verwenden Sie 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>username &quot;%1&quot; is reserved for Countersign</source>
        <translation>Benutzername „%1“ ist für Countersign reserviert</translation>
    </message>
    <message>
        <source>full name &quot;%1&quot; is not valid: give the printed name, 2 to 120 characters, without leading or trailing spaces</source>
        <translation>der vollständige Name „%1“ ist ungültig: geben Sie den Namen in Druckschrift an, 2 bis 120 Zeichen, ohne führende oder abschließende Leerzeichen</translation>
    </message>
    <message>
        <source>e-mail address &quot;%1&quot; is not valid</source>
        <translation>E-Mail-Adresse „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>give at least one role</source>
        <translation>geben Sie mindestens eine Rolle an</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; roles are %2</source>
        <translation>unbekannte Rolle „%1“; Rollen sind %2</translation>
    </message>
</context>
<context>
    <name>cs::UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>cs::VerificationReport</name>
    <message>
        <source>Audit trail intact: %1 events verified, chain head %2</source>
        <translation>Audit-Trail intakt: %1 Ereignisse geprüft, Kettenkopf %2</translation>
    </message>
    <message>
        <source>, %1 checkpoints consistent</source>
        <translation>, %1 Prüfpunkte konsistent</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2</source>
        <translation>Audit-Trail BESCHÄDIGT bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: %1</source>
        <translation>Audit-Trail BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source> (%1 findings in all)</source>
        <translation> (insgesamt %1 Befunde)</translation>
    </message>
</context>
<context>
    <name>cs::VersionDiff</name>
    <message>
        <source>model %1 has no version %2 in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keine Version %2</translation>
    </message>
</context>
<context>
    <name>cs::WindowPerformance</name>
    <message>
        <source>the minimum of positives for a subgroup cannot be negative (%1)</source>
        <translation>das Minimum an Positiven für eine Untergruppe kann nicht negativ sein (%1)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>version %1 of %2 was not released through a change request, so its operating threshold is unknown; give the threshold to measure window %3 at</source>
        <translation>Version %1 von %2 wurde nicht durch einen Änderungsantrag freigegeben, daher ist ihr Arbeitsschwellenwert unbekannt; geben Sie den Schwellenwert an, mit dem Fenster %3 gemessen werden soll</translation>
    </message>
</context>
<context>
    <name>cs::Workspace</name>
    <message>
        <source>record a sign-in attempt</source>
        <translation>einen Anmeldeversuch aufzeichnen</translation>
    </message>
    <message>
        <source>create the workspace</source>
        <translation>den Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>the person who creates a workspace must be its administrator</source>
        <translation>wer einen Arbeitsbereich anlegt, muss dessen Administrator sein</translation>
    </message>
    <message>
        <source>create the first administrator</source>
        <translation>den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>this workspace already has accounts; an administrator adds people</source>
        <translation>dieser Arbeitsbereich hat bereits Konten; ein Administrator fügt Personen hinzu</translation>
    </message>
    <message>
        <source>the first account of a workspace must hold the administrator role</source>
        <translation>das erste Konto eines Arbeitsbereichs muss die Administratorrolle haben</translation>
    </message>
    <message>
        <source>upgrade the workspace schema</source>
        <translation>das Schema des Arbeitsbereichs aktualisieren</translation>
    </message>
    <message>
        <source>sign in to %1</source>
        <translation>bei %1 anmelden</translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot;</source>
        <translation>es gibt kein Konto „%1“</translation>
    </message>
    <message>
        <source>%1 cannot %2: the account is %3</source>
        <translation>%1 kann nicht %2: das Konto ist %3</translation>
    </message>
    <message>
        <source>change your password before you %1</source>
        <translation>ändern Sie Ihr Passwort, bevor Sie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded no audit event; refused</source>
        <translation>„%1“ hat kein Audit-Ereignis aufgezeichnet; abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wrote records after its last audit event, which would leave them unsealed; refused</source>
        <translation>„%1“ hat nach seinem letzten Audit-Ereignis Einträge geschrieben, die dadurch unversiegelt blieben; abgelehnt</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a key file %1 already exists beside the new workspace; move it away first</source>
        <translation>neben dem neuen Arbeitsbereich existiert bereits eine Schlüsseldatei %1; verschieben Sie sie zuerst</translation>
    </message>
    <message>
        <source>cannot create %1 (renaming the new file into place failed)</source>
        <translation>%1 kann nicht angelegt werden (das Umbenennen der neuen Datei ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>cannot create the folder for the workspace&apos;s key (%1)</source>
        <translation>der Ordner für den Schlüssel des Arbeitsbereichs kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <source>%1 was created, but its checkpoint key could not be saved (%2); checkpoints cannot be signed until it is restored</source>
        <translation>%1 wurde angelegt, aber sein Prüfpunktschlüssel konnte nicht gespeichert werden (%2); Prüfpunkte können erst nach seiner Wiederherstellung signiert werden</translation>
    </message>
    <message>
        <source>%1 is not a Countersign workspace (it has no schema)</source>
        <translation>%1 ist kein Countersign-Arbeitsbereich (er hat kein Schema)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Countersign (schema %2; this version reads up to schema %3); it was not changed. Update Countersign.</source>
        <translation>%1 wurde von einem neueren Countersign geschrieben (Schema %2; diese Version liest bis Schema %3); er wurde nicht verändert. Aktualisieren Sie Countersign.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 and must be upgraded to schema %3; open it read-write once to upgrade it</source>
        <translation>%1 verwendet Schema %2 und muss auf Schema %3 aktualisiert werden; öffnen Sie ihn einmal mit Schreibzugriff, um ihn zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 is damaged: its identity (workspace id and public key) is missing</source>
        <translation>%1 ist beschädigt: seine Identität (Arbeitsbereichs-ID und öffentlicher Schlüssel) fehlt</translation>
    </message>
    <message>
        <source>the session locked after %1 minutes without activity; enter your password to continue</source>
        <translation>die Sitzung wurde nach %1 Minuten ohne Aktivität gesperrt; geben Sie Ihr Passwort ein, um fortzufahren</translation>
    </message>
    <message>
        <source>the user ID or password is not correct</source>
        <translation>Benutzer-ID oder Passwort ist nicht korrekt</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>das Konto %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 failed sign-in attempts; only an administrator can unlock it</source>
        <translation>das Konto %1 ist nach %2 fehlgeschlagenen Anmeldeversuchen gesperrt; nur ein Administrator kann es entsperren</translation>
    </message>
    <message>
        <source>the account %1 is now locked after %2 failed attempts; an administrator must unlock it</source>
        <translation>das Konto %1 ist jetzt nach %2 Fehlversuchen gesperrt; ein Administrator muss es entsperren</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>you are signed in as %1; only %1 can sign in this session</source>
        <translation>Sie sind als %1 angemeldet; nur %1 kann sich in dieser Sitzung anmelden</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>niemand ist angemeldet</translation>
    </message>
    <message>
        <source>the account %1 is %2</source>
        <translation>das Konto %1 ist %2</translation>
    </message>
    <message>
        <source>verification stopped at the damage: %1</source>
        <translation>die Prüfung hat beim Schaden angehalten: %1</translation>
    </message>
    <message>
        <source>the key file could not be read: %1</source>
        <translation>die Schlüsseldatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the key file %1 belongs to another workspace: its public key is not the one this workspace recorded at creation</source>
        <translation>die Schlüsseldatei %1 gehört zu einem anderen Arbeitsbereich: ihr öffentlicher Schlüssel ist nicht der, den dieser Arbeitsbereich bei seiner Anlage aufgezeichnet hat</translation>
    </message>
    <message>
        <source>the key file %1 does not belong to this workspace</source>
        <translation>die Schlüsseldatei %1 gehört nicht zu diesem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceKeyFile</name>
    <message>
        <source>the workspace signing key %1 is missing; checkpoints cannot be signed without it (restore it from your key backup)</source>
        <translation>der Signaturschlüssel %1 des Arbeitsbereichs fehlt; ohne ihn können keine Prüfpunkte signiert werden (stellen Sie ihn aus Ihrer Schlüsselsicherung wieder her)</translation>
    </message>
    <message>
        <source>cannot read the workspace signing key %1: %2</source>
        <translation>der Signaturschlüssel %1 des Arbeitsbereichs kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceMigration</name>
    <message>
        <source>the checkpoint key %1 is not on this machine; copy it to %2 to sign checkpoints there</source>
        <translation>der Prüfpunktschlüssel %1 ist nicht auf diesem Rechner; kopieren Sie ihn nach %2, um dort Prüfpunkte zu signieren</translation>
    </message>
    <message>
        <source>the checkpoint key is already at %1</source>
        <translation>der Prüfpunktschlüssel liegt bereits unter %1</translation>
    </message>
    <message>
        <source>the checkpoint key could not be copied to %1; copy %2 there</source>
        <translation>der Prüfpunktschlüssel konnte nicht nach %1 kopiert werden; kopieren Sie %2 dorthin</translation>
    </message>
    <message>
        <source>the checkpoint key was copied to %1</source>
        <translation>der Prüfpunktschlüssel wurde nach %1 kopiert</translation>
    </message>
    <message>
        <source>%1 uses schema %2: open it read-write once to upgrade it, then migrate</source>
        <translation>%1 verwendet Schema %2: öffnen Sie ihn einmal mit Schreibzugriff, um ihn zu aktualisieren, und migrieren Sie dann</translation>
    </message>
    <message>
        <source>%1 does not verify (%2); it was not copied</source>
        <translation>%1 lässt sich nicht prüfen (%2); er wurde nicht kopiert</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot create %1 (renaming the copy into place failed)</source>
        <translation>%1 kann nicht angelegt werden (das Umbenennen der Kopie ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the copy at %1 did not verify as %2 does (%3); it was removed</source>
        <translation>die Kopie unter %1 ließ sich nicht wie %2 prüfen (%3); sie wurde entfernt</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceSettings</name>
    <message>
        <source>Organisation name printed on reports and change-control packages</source>
        <translation>Name der Organisation, gedruckt auf Berichten und Änderungskontrollpaketen</translation>
    </message>
    <message>
        <source>Minutes of inactivity after which the window locks and needs the password again</source>
        <translation>Minuten ohne Aktivität, nach denen sich das Fenster sperrt und wieder das Passwort verlangt</translation>
    </message>
    <message>
        <source>Consecutive failed sign-ins that lock an account</source>
        <translation>Aufeinanderfolgende fehlgeschlagene Anmeldungen, die ein Konto sperren</translation>
    </message>
    <message>
        <source>Shortest password accepted</source>
        <translation>Kürzestes akzeptiertes Passwort</translation>
    </message>
    <message>
        <source>Days after which a password must be changed (0: never)</source>
        <translation>Tage, nach denen ein Passwort geändert werden muss (0: nie)</translation>
    </message>
    <message>
        <source>Days between audit-trail reviews before a review is overdue</source>
        <translation>Tage zwischen Audit-Trail-Prüfungen, bevor eine Prüfung überfällig ist</translation>
    </message>
    <message>
        <source>Days within which an emergency rollback must be reviewed and signed before it is overdue</source>
        <translation>Tage, innerhalb derer ein Notfall-Rollback geprüft und signiert werden muss, bevor er überfällig ist</translation>
    </message>
    <message>
        <source>setting %1 takes a whole number</source>
        <translation>Einstellung %1 nimmt eine ganze Zahl</translation>
    </message>
    <message>
        <source>setting %1 must be between %2 and %3</source>
        <translation>Einstellung %1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>setting %1 takes text</source>
        <translation>Einstellung %1 nimmt Text</translation>
    </message>
    <message>
        <source>setting %1 must be at most %2 characters long</source>
        <translation>Einstellung %1 darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>es gibt keine Einstellung namens %1</translation>
    </message>
    <message>
        <source>setting %1 takes a whole number, not &quot;%2&quot;</source>
        <translation>Einstellung %1 nimmt eine ganze Zahl, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>cs::YamlJson</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it (the document would be endless)</source>
        <translation>ein Alias verweist auf einen Knoten, der ihn enthält (das Dokument wäre endlos)</translation>
    </message>
    <message>
        <source>a key is not plain text</source>
        <translation>ein Schlüssel ist kein einfacher Text</translation>
    </message>
    <message>
        <source>its aliases expand to more than %1 values</source>
        <translation>seine Aliase werden zu mehr als %1 Werten expandiert</translation>
    </message>
    <message>
        <source>its aliases expand to more than %1 MiB of text</source>
        <translation>seine Aliase werden zu mehr als %1 MiB Text expandiert</translation>
    </message>
    <message>
        <source>%1, line %2: %3; refused</source>
        <translation>%1, Zeile %2: %3; abgelehnt</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid YAML (%4)</source>
        <translation>%1, Zeile %2, Spalte %3: kein gültiges YAML (%4)</translation>
    </message>
</context>
<context>
    <name>cs::attachEvidence</name>
    <message>
        <source>%1: this %2 is already attached to %3 (on %4); nothing changed</source>
        <translation>%1: dieses %2 ist bereits an %3 angehängt (am %4); nichts geändert</translation>
    </message>
</context>
<context>
    <name>cs::cli::ChangeRequestCli</name>
    <message>
        <source>One line saying what the change is.</source>
        <translation>Eine Zeile, die sagt, was die Änderung ist.</translation>
    </message>
    <message>
        <source>What triggered it: the alert, report or plan it answers.</source>
        <translation>Was sie ausgelöst hat: der Alarm, Bericht oder Plan, auf den sie antwortet.</translation>
    </message>
    <message>
        <source>What changes.</source>
        <translation>Was sich ändert.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>Why the change is minor or major.</source>
        <translation>Warum die Änderung geringfügig oder wesentlich ist.</translation>
    </message>
    <message>
        <source>Expected benefits.</source>
        <translation>Erwarteter Nutzen.</translation>
    </message>
    <message>
        <source>Risks considered, including bias across patient subgroups.</source>
        <translation>Betrachtete Risiken, einschließlich Verzerrung zwischen Patientenuntergruppen.</translation>
    </message>
    <message>
        <source>Mitigations.</source>
        <translation>Risikominderungen.</translation>
    </message>
    <message>
        <source>The residual-risk judgement.</source>
        <translation>Die Bewertung des Restrisikos.</translation>
    </message>
    <message>
        <source>The version to return to (default: the baseline).</source>
        <translation>Die Version, zu der zurückgekehrt wird (Standard: die Baseline).</translation>
    </message>
    <message>
        <source>What would trigger a rollback.</source>
        <translation>Was ein Zurücksetzen auslösen würde.</translation>
    </message>
    <message>
        <source>Read --%1 from a UTF-8 file.</source>
        <translation>--%1 aus einer UTF-8-Datei lesen.</translation>
    </message>
    <message>
        <source>drift-alert, performance-review, scheduled-retraining, problem-report, new-data or other.</source>
        <translation>drift-alert, performance-review, scheduled-retraining, problem-report, new-data oder other.</translation>
    </message>
    <message>
        <source>minor or major.</source>
        <translation>minor oder major.</translation>
    </message>
    <message>
        <source>The modification of the PCCP in force this change falls under (its id), or &quot;outside&quot; (it then needs a new regulatory submission).</source>
        <translation>Die Modifikation des geltenden PCCP, unter die diese Änderung fällt (ihre Kennung), oder &quot;outside&quot; (dann ist eine neue Einreichung bei der Behörde nötig).</translation>
    </message>
    <message>
        <source>The locked validation set.</source>
        <translation>Der gesperrte Validierungsdatensatz.</translation>
    </message>
    <message>
        <source>A challenge set (repeatable).</source>
        <translation>Ein Challenge-Datensatz (wiederholbar).</translation>
    </message>
    <message>
        <source>The operating threshold of both versions.</source>
        <translation>Die Arbeitsschwelle beider Versionen.</translation>
    </message>
    <message>
        <source>The candidate&apos;s threshold.</source>
        <translation>Die Schwelle des Kandidaten.</translation>
    </message>
    <message>
        <source>The baseline&apos;s threshold.</source>
        <translation>Die Schwelle der Baseline.</translation>
    </message>
    <message>
        <source>The originally cleared version, a second comparator (&quot;none&quot; for none; default: the version of the model&apos;s first release, unless it is the baseline).</source>
        <translation>Die ursprünglich zugelassene Version als zweiter Vergleich (&quot;none&quot; für keinen; Standard: die Version der ersten Freigabe des Modells, sofern sie nicht die Baseline ist).</translation>
    </message>
    <message>
        <source>The originally cleared version&apos;s threshold (default: the one it was released with, else the baseline&apos;s).</source>
        <translation>Die Schwelle der ursprünglich zugelassenen Version (Standard: die, mit der sie freigegeben wurde, sonst die der Baseline).</translation>
    </message>
    <message>
        <source>Significance level (default 0.05).</source>
        <translation>Signifikanzniveau (Standard 0,05).</translation>
    </message>
    <message>
        <source>Non-inferiority margin for %1.</source>
        <translation>Nichtunterlegenheitsmarge für %1.</translation>
    </message>
    <message>
        <source>A subgroup column (repeatable).</source>
        <translation>Eine Untergruppenspalte (wiederholbar).</translation>
    </message>
    <message>
        <source>Fewest positives for a subgroup verdict (default 10).</source>
        <translation>Mindestzahl Positiver für ein Untergruppenurteil (Standard 10).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>--%1-file: cannot read %2: %3</source>
        <translation>--%1-file: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--trigger: &quot;%1&quot; is not a trigger kind</source>
        <translation>--trigger: &quot;%1&quot; ist keine Auslöserart</translation>
    </message>
    <message>
        <source>--class: minor or major, not &quot;%1&quot;</source>
        <translation>--class: minor oder major, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--cleared-threshold: the request names no originally cleared version; give --cleared V as well</source>
        <translation>--cleared-threshold: der Antrag nennt keine ursprünglich zugelassene Version; geben Sie auch --cleared V an</translation>
    </message>
    <message>
        <source>Open a change request for a candidate version. The baseline is the version in production now. The plan starts from what the workspace holds (the datasets with both versions&apos; predictions, their common subgroup columns, and the thresholds and margins of the request that put the baseline into production); the options given change it.</source>
        <translation>Einen Änderungsantrag für eine Kandidatenversion eröffnen. Die Baseline ist die jetzt produktive Version. Der Plan geht von dem aus, was der Arbeitsbereich enthält (die Datensätze mit Vorhersagen beider Versionen, ihre gemeinsamen Untergruppenspalten sowie die Schwellen und Margen des Antrags, der die Baseline in Produktion brachte); die angegebenen Optionen ändern ihn.</translation>
    </message>
    <message>
        <source>The model.</source>
        <translation>Das Modell.</translation>
    </message>
    <message>
        <source>The candidate version.</source>
        <translation>Die Kandidatenversion.</translation>
    </message>
    <message>
        <source>Open a rollback request: the implemented request whose change it undoes (the candidate is then the version to return to).</source>
        <translation>Einen Rücksetzungsantrag eröffnen: der umgesetzte Antrag, dessen Änderung er rückgängig macht (Kandidat ist dann die Version, zu der zurückgekehrt wird).</translation>
    </message>
    <message>
        <source>cr create: --model MODEL, --candidate V and --user USER are required</source>
        <translation>cr create: --model MODEL, --candidate V und --user USER sind erforderlich</translation>
    </message>
    <message>
        <source>Opened %1 (draft): version %2 of %3</source>
        <translation>%1 eröffnet (Entwurf): Version %2 von %3</translation>
    </message>
    <message>
        <source>Change a draft, or start the next revision of a returned request. Only what is given changes.</source>
        <translation>Einen Entwurf ändern oder die nächste Revision eines zurückgegebenen Antrags beginnen. Nur was angegeben ist, ändert sich.</translation>
    </message>
    <message>
        <source>What changed, for the audit trail.</source>
        <translation>Was sich geändert hat, für den Audit-Trail.</translation>
    </message>
    <message>
        <source>there is no change request %1</source>
        <translation>es gibt keinen Änderungsantrag %1</translation>
    </message>
    <message>
        <source>Edited %1, revision %2</source>
        <translation>%1 bearbeitet, Revision %2</translation>
    </message>
    <message>
        <source>Submit a draft: its plan and text are locked and you sign it as authored.</source>
        <translation>Einen Entwurf einreichen: Plan und Text werden gesperrt und Sie signieren ihn als verfasst.</translation>
    </message>
    <message>
        <source>Approve an evaluated request (QA officer, not its author): you sign its evidence as approved.</source>
        <translation>Einen bewerteten Antrag genehmigen (QA-Beauftragter, nicht der Verfasser): Sie signieren seine Nachweise als genehmigt.</translation>
    </message>
    <message>
        <source>Reject an evaluated request (QA officer, not its author): you sign its evidence as rejected.</source>
        <translation>Einen bewerteten Antrag ablehnen (QA-Beauftragter, nicht der Verfasser): Sie signieren seine Nachweise als abgelehnt.</translation>
    </message>
    <message>
        <source>Implement an approved request (QA officer, not its author): you sign it as released, the candidate goes into production and the baseline is superseded.</source>
        <translation>Einen genehmigten Antrag umsetzen (QA-Beauftragter, nicht der Verfasser): Sie signieren ihn als freigegeben, der Kandidat geht in Produktion und die Baseline wird abgelöst.</translation>
    </message>
    <message>
        <source>Roll an implemented request back at once (QA officer): you sign as released; its rollback version goes back into production and the rollback waits for a review.</source>
        <translation>Einen umgesetzten Antrag sofort zurücksetzen (QA-Beauftragter): Sie signieren als freigegeben; seine Rücksetzversion geht wieder in Produktion und die Rücksetzung wartet auf eine Überprüfung.</translation>
    </message>
    <message>
        <source>Review an emergency rollback (a QA officer other than who made it): you sign it as reviewed.</source>
        <translation>Eine Notfall-Rücksetzung überprüfen (ein anderer QA-Beauftragter als der, der sie vorgenommen hat): Sie signieren sie als überprüft.</translation>
    </message>
    <message>
        <source>Justify deciding on an evaluated request whose blocking PCCP rules could not be evaluated (QA officer, not its author): you sign its evidence as reviewed, with the justification as the reason.</source>
        <translation>Die Entscheidung über einen bewerteten Antrag begründen, dessen blockierende PCCP-Regeln nicht auswertbar waren (QA-Beauftragter, nicht der Verfasser): Sie signieren seine Nachweise als überprüft, mit der Begründung als Grund.</translation>
    </message>
    <message>
        <source>Submitted %1 and signed it as authored. The plan is locked.</source>
        <translation>%1 eingereicht und als verfasst signiert. Der Plan ist gesperrt.</translation>
    </message>
    <message>
        <source>Approved %1 (signed).</source>
        <translation>%1 genehmigt (signiert).</translation>
    </message>
    <message>
        <source>Rejected %1 (signed).</source>
        <translation>%1 abgelehnt (signiert).</translation>
    </message>
    <message>
        <source>Implemented %1 (signed as released): its candidate is in production.</source>
        <translation>%1 umgesetzt (als freigegeben signiert): ihr Kandidat ist in Produktion.</translation>
    </message>
    <message>
        <source>Rolled %1 back (signed as released); a QA officer must review it.</source>
        <translation>%1 zurückgesetzt (als freigegeben signiert); ein QA-Beauftragter muss dies überprüfen.</translation>
    </message>
    <message>
        <source>Signed a justification on %1&apos;s evidence (reviewed); it can now be decided.</source>
        <translation>Begründung zu den Nachweisen von %1 signiert (überprüft); nun kann entschieden werden.</translation>
    </message>
    <message>
        <source>Reviewed the emergency rollback of %1 (signed).</source>
        <translation>Notfall-Rücksetzung von %1 überprüft (signiert).</translation>
    </message>
    <message>
        <source>%1% (margin %2)</source>
        <translation>%1 % (Marge %2)</translation>
    </message>
    <message>
        <source>  %1 %2: n %3, %4 positives, %5 negatives</source>
        <translation>  %1 %2: n %3, %4 positiv, %5 negativ</translation>
    </message>
    <message>
        <source>    power if the versions were equal (blinded estimate): sensitivity %1, specificity %2, accuracy %3, AUC %4</source>
        <translation>    Power bei gleich guten Versionen (verblindete Schätzung): Sensitivität %1, Spezifität %2, Genauigkeit %3, AUC %4</translation>
    </message>
    <message>
        <source> You give your user ID and password, then your key file&apos;s passphrase.</source>
        <translation> Sie geben Ihre Benutzerkennung und Ihr Passwort ein, dann die Passphrase Ihrer Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Why (required; it is part of what you sign).</source>
        <translation>Warum (erforderlich; Teil dessen, was Sie signieren).</translation>
    </message>
    <message>
        <source>A note with your signature.</source>
        <translation>Eine Notiz zu Ihrer Signatur.</translation>
    </message>
    <message>
        <source>Submit a plan whose power at some margin is below 50% (the words go into your signature&apos;s reason).</source>
        <translation>Einen Plan einreichen, dessen Power bei einer Marge unter 50 % liegt (der Wortlaut geht in den Grund Ihrer Signatur ein).</translation>
    </message>
    <message>
        <source>: --user USER and --pkcs12 FILE are required</source>
        <translation>: --user USER und --pkcs12 FILE sind erforderlich</translation>
    </message>
    <message>
        <source>: --reason TEXT is required</source>
        <translation>: --reason TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>cr submit: to submit this plan as it is, add --accept-low-power</source>
        <translation>cr submit: um diesen Plan so einzureichen, fügen Sie --accept-low-power hinzu</translation>
    </message>
    <message>
        <source>Compute and freeze a submitted request&apos;s validation evidence from the stored predictions.</source>
        <translation>Die Validierungsnachweise eines eingereichten Antrags aus den gespeicherten Vorhersagen berechnen und einfrieren.</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>%1 wird bewertet</translation>
    </message>
    <message>
        <source>Evaluated %1; evidence SHA-256 %2</source>
        <translation>%1 bewertet; Nachweise SHA-256 %2</translation>
    </message>
    <message>
        <source>Withdraw your draft or submitted request.</source>
        <translation>Ihren Entwurf oder eingereichten Antrag zurückziehen.</translation>
    </message>
    <message>
        <source>Return a submitted or evaluated request to its author for a new revision (QA officer).</source>
        <translation>Einen eingereichten oder bewerteten Antrag zur neuen Revision an den Verfasser zurückgeben (QA-Beauftragter).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (erforderlich).</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>List the change requests, newest first, with what each waits for and from whom.</source>
        <translation>Die Änderungsanträge auflisten, neueste zuerst, mit dem, worauf jeder wartet und von wem.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only requests that are not finished.</source>
        <translation>Nur nicht abgeschlossene Anträge.</translation>
    </message>
    <message>
        <source>Only finished requests.</source>
        <translation>Nur abgeschlossene Anträge.</translation>
    </message>
    <message>
        <source>cr list: --open and --finished exclude each other</source>
        <translation>cr list: --open und --finished schließen einander aus</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> gegen </translation>
    </message>
    <message>
        <source>              next: %1 (%2)</source>
        <translation>              weiter: %1 (%2)</translation>
    </message>
    <message>
        <source>The deployment gate for a CI/CD pipeline: exit 0 only if the audit trail verifies, the version is in production through an implemented change request whose signatures all verify, and the file about to be deployed (--artifact-sha256) is one of its frozen artifacts; otherwise exit 1 with the reason. Needs no account.</source>
        <translation>Das Bereitstellungs-Gate für eine CI/CD-Pipeline: Exit 0 nur, wenn der Audit-Trail verifiziert, die Version durch einen umgesetzten Änderungsantrag mit lauter gültigen Signaturen in Produktion ist und die gleich bereitzustellende Datei (--artifact-sha256) eines ihrer eingefrorenen Artefakte ist; sonst Exit 1 mit dem Grund. Braucht kein Konto.</translation>
    </message>
    <message>
        <source>The version to be deployed (default: the one in production).</source>
        <translation>Die bereitzustellende Version (Standard: die produktive).</translation>
    </message>
    <message>
        <source>SHA-256 of the file about to be deployed.</source>
        <translation>SHA-256 der gleich bereitzustellenden Datei.</translation>
    </message>
    <message>
        <source>gate: --artifact-sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation>gate: --artifact-sha256 erwartet 64 Hexadezimalziffern, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cs::cli::ChangeRequestShow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  %1, %2, by %3 on %4</source>
        <translation>  %1, %2, von %3 am %4</translation>
    </message>
    <message>
        <source>revision %1 (locked)</source>
        <translation>Revision %1 (gesperrt)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>  %1 version %2 against no baseline (first release)</source>
        <translation>  %1 Version %2 gegen keine Baseline (erste Freigabe)</translation>
    </message>
    <message>
        <source>  %1 version %2 against version %3</source>
        <translation>  %1 Version %2 gegen Version %3</translation>
    </message>
    <message>
        <source>  %1 version %2 against version %3 and the originally cleared version %4</source>
        <translation>  %1 Version %2 gegen Version %3 und die ursprünglich zugelassene Version %4</translation>
    </message>
    <message>
        <source>  trigger %1: %2</source>
        <translation>  Auslöser %1: %2</translation>
    </message>
    <message>
        <source>  content SHA-256 %1</source>
        <translation>  Inhalt SHA-256 %1</translation>
    </message>
    <message>
        <source>  plan SHA-256 %1</source>
        <translation>  Plan SHA-256 %1</translation>
    </message>
    <message>
        <source>  %1 %2: n %3, positives %4</source>
        <translation>  %1 %2: n %3, Positive %4</translation>
    </message>
    <message>
        <source>  PCCP: %1</source>
        <translation>  PCCP: %1</translation>
    </message>
    <message>
        <source>PCCP acceptance rules
%1</source>
        <translation>PCCP-Akzeptanzregeln
%1</translation>
    </message>
    <message>
        <source>%1 (%2), against %3
%4
%5</source>
        <translation>%1 (%2), gegen %3
%4
%5</translation>
    </message>
    <message>
        <source>Show a change request: its content, plan, verdicts and history.</source>
        <translation>Einen Änderungsantrag zeigen: Inhalt, Plan, Urteile und Verlauf.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also print each dataset&apos;s headline table, subgroup tables and confusion matrices (tab-separated), as the window&apos;s Validation tab shows them.</source>
        <translation>Außerdem für jeden Datensatz die Übersichtstabelle, die Untergruppentabellen und die Konfusionsmatrizen ausgeben (tabulatorgetrennt), wie sie der Reiter Validierung im Fenster zeigt.</translation>
    </message>
    <message>
        <source>  next: %1 (%2)</source>
        <translation>  weiter: %1 (%2)</translation>
    </message>
    <message>
        <source>  revision %1%2: content %3, plan %4</source>
        <translation>  Revision %1%2: Inhalt %3, Plan %4</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>    changed %1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>    %1 geändert: &quot;%2&quot; -&gt; &quot;%3&quot;</translation>
    </message>
    <message>
        <source>  %1 %2 by %3: %4 -&gt; %5</source>
        <translation>  %1 %2 von %3: %4 -&gt; %5</translation>
    </message>
    <message>
        <source> (signature %1)</source>
        <translation> (Signatur %1)</translation>
    </message>
</context>
<context>
    <name>cs::cli::CliCommands</name>
    <message>
        <source>Usage: countersign-cli COMMAND [OPTIONS]

Commands:
  init WORKSPACE --admin USER --full-name NAME --email EMAIL [--name NAME]
                                    create a workspace (and its key WORKSPACE.key) and its administrator
  init --server URI --admin USER ... [--grant ROLE]
                                    create a team workspace in an empty PostgreSQL database
  demo WORKSPACE [--folder DIR]     create the demo workspace at WORKSPACE
  migrate WORKSPACE --to WORKSPACE  copy a workspace between a file and a server, verifying both
  log WORKSPACE [--json] [--from SEQ] [--limit N]
                                    print the audit trail
  checkpoint WORKSPACE --out FILE --user USER
                                    sign a checkpoint of the audit trail and write it to FILE
  verify WORKSPACE [--checkpoint FILE]... [--json]
                                    verify the audit trail and every signature
  review WORKSPACE --note TEXT --user USER [--from SEQ] [--to SEQ]
                                    record a review of the audit trail

  user add|list|update|lock|unlock|disable|passwd WORKSPACE ...
                                    manage accounts (user COMMAND --help for each)
  cert enroll WORKSPACE --user USER (--pkcs12 FILE | --cert PEM --key PEM)
                                    enroll your signing certificate
  trust add|list|crl WORKSPACE ...  manage the trusted CAs and revocation lists
  sign WORKSPACE --record TYPE:ID --meaning M --user USER --pkcs12 FILE [--reason TEXT]
                                    sign a record with your certificate
  signatures WORKSPACE [--json]     list and verify the signatures
  import mlflow WORKSPACE (--store MLRUNS_DIR | --db MLFLOW_DB) --model NAME (--version N | --all)
         --user USER
                                    import registered versions with their evidence
  import dvc WORKSPACE --version MODEL:LABEL --lock dvc.lock --user USER
                                    attach a DVC pipeline&apos;s data lineage to a version
  import git WORKSPACE --version MODEL:LABEL --repo DIR [--commit REV] [--config PATH]... --user USER
                                    attach the training code&apos;s commit and configuration files
  import predictions WORKSPACE --dataset NAME --file F.csv --id COL [--label COL]
         --score LABEL=COL... [--group COL]... [--feature COL]... [--role ROLE] --user USER
                                    import per-sample predictions of versions on a dataset
  import expectations WORKSPACE --dataset NAME --file RESULT.json --user USER
                                    attach a Great Expectations validation result to a dataset
  models WORKSPACE [--json]         list the models
  datasets WORKSPACE [--json]       list the datasets, their files and prediction sets
  model describe WORKSPACE MODEL [--intended-use T] [--device-class C] [--risk-class C] [--owner U]
         --reason TEXT --user USER  record what a model is for and who answers for it
  versions WORKSPACE MODEL [--json] list a model&apos;s versions (with --json, their evidence)
  diff WORKSPACE MODEL V1 V2 [--repo DIR] [--json]
                                    what differs between two versions
  stats compare FILE.csv --label COL --reference COL --candidate COL [--threshold T] [--alpha A]
         [--margin M] [--group COL] --json
                                    compare two models&apos; scores on one validation set
  stats drift --reference REF.csv --current CUR.csv [--columns a,b,c] [--bins N] --json
                                    drift of each column between two windows
  pccp check FILE.yaml [--json]     read a PCCP file: its rules in words and traceability table, or
                                    every problem with its line and field
  pccp import WORKSPACE FILE.yaml --user USER
                                    save a PCCP as the next version of its model&apos;s PCCP
  pccp list WORKSPACE [--json]      every PCCP version with its status and signatures
  pccp show WORKSPACE MODEL [--version N] [--json]
                                    the PCCP in force (or a version), its rules and traceability
  pccp sign WORKSPACE MODEL --version N --meaning authored|approved --pkcs12 FILE --user USER
                                    sign a PCCP version (its author, then a QA officer)
  pccp export WORKSPACE MODEL [--version N] --out FILE.pdf --pkcs12 FILE --user USER
                                    the PCCP as a signed PDF document in the guidance&apos;s structure
  drift run WORKSPACE MODEL --window DATASET --reference DATASET [--version V] [--bins N]
         [--drift-share X] [--json] --user USER
                                    compare a production window with a reference; may raise an alert
  drift list WORKSPACE [--model M] [--json]
                                    every drift run with its drifted features and alert
  drift show WORKSPACE DR-N [--json]
                                    one run: each feature&apos;s test, score, threshold and PSI
  alert list WORKSPACE [--open] [--json]
                                    the drift alerts and what was decided on each
  alert ack WORKSPACE DA-N --reason TEXT --user USER
                                    acknowledge an alert that needs no change (QA)
                                    (to act on one: cr create ... --trigger drift-alert --trigger-ref DA-N)
  transition WORKSPACE MODEL VERSION --to STATE --reason TEXT --user USER
                                    move a version through its lifecycle
  cr create WORKSPACE --model M --candidate V --title T [content options] --user USER
                                    open a change request (the baseline is the version in production)
  cr edit WORKSPACE ID [content options] --reason TEXT --user USER
                                    change a draft, or revise a returned request
  cr submit WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    lock the plan and sign the request as its author
  cr evaluate WORKSPACE ID --user USER
                                    compute and freeze a submitted request&apos;s validation evidence
  cr justify WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    justify deciding although blocking PCCP rules were not evaluable
  cr approve|reject WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    decide on an evaluated request, signing its evidence (QA)
  cr implement WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    release an approved request into production (QA)
  cr rollback|review WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    emergency rollback of an implemented request, and its review (QA)
  cr withdraw|return WORKSPACE ID --reason TEXT --user USER
                                    withdraw your request, or return one to its author (QA)
  cr list WORKSPACE [--json]        list the change requests
  cr show WORKSPACE ID [--json]     a request&apos;s content, plan, evidence verdicts and history
  gate WORKSPACE MODEL [--version V] [--artifact-sha256 HEX] [--json]
                                    the deployment gate: exit 0 only for a signed, verified release
  package export WORKSPACE ID --out FILE.pdf [--paper a4|letter] --pkcs12 FILE --user USER
                                    the change-control package as a signed PDF/A-1b file
  report audit WORKSPACE [--from DATE] [--to DATE] --out FILE.pdf --pkcs12 FILE --user USER
                                    the inspector&apos;s signed audit report of the trail
  package verify FILE.pdf [--workspace W] [--ca CA.pem] [--json]
                                    check a package&apos;s signature, chain, manifest and, with the
                                    workspace, its recorded export and digests
  signature export WORKSPACE ID --out DIR
                                    write manifest.json, signature.p7s and signer.pem for OpenSSL

Passwords and passphrases are read from the terminal without echo, or from --password-fd N,
--new-password-fd N and --passphrase-fd N (one line each) for automation.

  --version                         print the version
  COMMAND --help                    help for one command

WORKSPACE is a file, or a team workspace&apos;s URI: postgresql://USER@HOST/DATABASE?sslmode=verify-full
(the password from ~/.pgpass, a service file or PGPASSWORD; never stored by Countersign).

Exit status: 0 success, 1 an integrity check failed, 2 usage error or unusable workspace,
3 refused (sign-in failed, not allowed, or a rule or certificate check refused),
130 interrupted (Ctrl-C during an evaluation or an export: nothing was stored or written).
</source>
        <translation>Aufruf: countersign-cli BEFEHL [OPTIONEN]

Befehle:
  init WORKSPACE --admin USER --full-name NAME --email EMAIL [--name NAME]
                                    einen Arbeitsbereich (mit seinem Schlüssel WORKSPACE.key) und seinen Administrator anlegen
  init --server URI --admin USER ... [--grant ROLE]
                                    einen Team-Arbeitsbereich in einer leeren PostgreSQL-Datenbank anlegen
  demo WORKSPACE [--folder DIR]     den Demo-Arbeitsbereich unter WORKSPACE anlegen
  migrate WORKSPACE --to WORKSPACE  einen Arbeitsbereich zwischen Datei und Server kopieren, beide verifiziert
  log WORKSPACE [--json] [--from SEQ] [--limit N]
                                    den Audit-Trail ausgeben
  checkpoint WORKSPACE --out FILE --user USER
                                    einen Prüfpunkt des Audit-Trails signieren und nach FILE schreiben
  verify WORKSPACE [--checkpoint FILE]... [--json]
                                    den Audit-Trail und jede Signatur verifizieren
  review WORKSPACE --note TEXT --user USER [--from SEQ] [--to SEQ]
                                    eine Überprüfung des Audit-Trails festhalten

  user add|list|update|lock|unlock|disable|passwd WORKSPACE ...
                                    Konten verwalten (user BEFEHL --help für jeden)
  cert enroll WORKSPACE --user USER (--pkcs12 FILE | --cert PEM --key PEM)
                                    Ihr Signaturzertifikat registrieren
  trust add|list|crl WORKSPACE ...  die vertrauenswürdigen CAs und Sperrlisten verwalten
  sign WORKSPACE --record TYPE:ID --meaning M --user USER --pkcs12 FILE [--reason TEXT]
                                    einen Datensatz mit Ihrem Zertifikat signieren
  signatures WORKSPACE [--json]     die Signaturen auflisten und verifizieren
  import mlflow WORKSPACE (--store MLRUNS_DIR | --db MLFLOW_DB) --model NAME (--version N | --all)
         --user USER
                                    registrierte Versionen mit ihren Nachweisen importieren
  import dvc WORKSPACE --version MODEL:LABEL --lock dvc.lock --user USER
                                    die Datenherkunft einer DVC-Pipeline an eine Version anhängen
  import git WORKSPACE --version MODEL:LABEL --repo DIR [--commit REV] [--config PATH]... --user USER
                                    Commit und Konfigurationsdateien des Trainingscodes anhängen
  import predictions WORKSPACE --dataset NAME --file F.csv --id COL [--label COL]
         --score LABEL=COL... [--group COL]... [--feature COL]... [--role ROLE] --user USER
                                    Vorhersagen von Versionen pro Stichprobe für einen Datensatz importieren
  import expectations WORKSPACE --dataset NAME --file RESULT.json --user USER
                                    ein Great-Expectations-Validierungsergebnis an einen Datensatz anhängen
  models WORKSPACE [--json]         die Modelle auflisten
  datasets WORKSPACE [--json]       die Datensätze, ihre Dateien und Vorhersagesätze auflisten
  model describe WORKSPACE MODEL [--intended-use T] [--device-class C] [--risk-class C] [--owner U]
         --reason TEXT --user USER  festhalten, wofür ein Modell da ist und wer dafür verantwortlich ist
  versions WORKSPACE MODEL [--json] die Versionen eines Modells auflisten (mit --json ihre Nachweise)
  diff WORKSPACE MODEL V1 V2 [--repo DIR] [--json]
                                    was sich zwischen zwei Versionen unterscheidet
  stats compare FILE.csv --label COL --reference COL --candidate COL [--threshold T] [--alpha A]
         [--margin M] [--group COL] --json
                                    die Scores zweier Modelle auf einem Validierungsdatensatz vergleichen
  stats drift --reference REF.csv --current CUR.csv [--columns a,b,c] [--bins N] --json
                                    Drift jeder Spalte zwischen zwei Zeitfenstern
  pccp check FILE.yaml [--json]     eine PCCP-Datei lesen: ihre Regeln in Worten und die Rückverfolgbarkeitstabelle
                                    oder jedes Problem mit Zeile und Feld
  pccp import WORKSPACE FILE.yaml --user USER
                                    einen PCCP als nächste Version des PCCP seines Modells speichern
  pccp list WORKSPACE [--json]      jede PCCP-Version mit Status und Signaturen
  pccp show WORKSPACE MODEL [--version N] [--json]
                                    der geltende PCCP (oder eine Version), seine Regeln und Rückverfolgbarkeit
  pccp sign WORKSPACE MODEL --version N --meaning authored|approved --pkcs12 FILE --user USER
                                    eine PCCP-Version signieren (ihr Verfasser, dann ein QA-Beauftragter)
  pccp export WORKSPACE MODEL [--version N] --out FILE.pdf --pkcs12 FILE --user USER
                                    der PCCP als signiertes PDF-Dokument in der Gliederung der Leitlinie
  drift run WORKSPACE MODEL --window DATASET --reference DATASET [--version V] [--bins N]
         [--drift-share X] [--json] --user USER
                                    ein Produktionszeitfenster mit einer Referenz vergleichen; kann einen Alarm auslösen
  drift list WORKSPACE [--model M] [--json]
                                    jeder Drift-Lauf mit gedrifteten Merkmalen und Alarm
  drift show WORKSPACE DR-N [--json]
                                    ein Lauf: Test, Score, Schwelle und PSI jedes Merkmals
  alert list WORKSPACE [--open] [--json]
                                    die Drift-Alarme und was jeweils entschieden wurde
  alert ack WORKSPACE DA-N --reason TEXT --user USER
                                    einen Alarm bestätigen, der keine Änderung braucht (QA)
                                    (um zu handeln: cr create ... --trigger drift-alert --trigger-ref DA-N)
  transition WORKSPACE MODEL VERSION --to STATE --reason TEXT --user USER
                                    eine Version durch ihren Lebenszyklus bewegen
  cr create WORKSPACE --model M --candidate V --title T [Inhaltsoptionen] --user USER
                                    einen Änderungsantrag eröffnen (die Baseline ist die produktive Version)
  cr edit WORKSPACE ID [Inhaltsoptionen] --reason TEXT --user USER
                                    einen Entwurf ändern oder einen zurückgegebenen Antrag überarbeiten
  cr submit WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    den Plan sperren und den Antrag als Verfasser signieren
  cr evaluate WORKSPACE ID --user USER
                                    die Validierungsnachweise eines eingereichten Antrags berechnen und einfrieren
  cr justify WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    begründen, dass trotz nicht auswertbarer blockierender PCCP-Regeln entschieden wird
  cr approve|reject WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    über einen bewerteten Antrag entscheiden und seine Nachweise signieren (QA)
  cr implement WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER
                                    einen genehmigten Antrag in Produktion freigeben (QA)
  cr rollback|review WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER
                                    Notfall-Rücksetzung eines umgesetzten Antrags und ihre Überprüfung (QA)
  cr withdraw|return WORKSPACE ID --reason TEXT --user USER
                                    Ihren Antrag zurückziehen oder einen an den Verfasser zurückgeben (QA)
  cr list WORKSPACE [--json]        die Änderungsanträge auflisten
  cr show WORKSPACE ID [--json]     Inhalt, Plan, Nachweisurteile und Verlauf eines Antrags
  gate WORKSPACE MODEL [--version V] [--artifact-sha256 HEX] [--json]
                                    das Bereitstellungs-Gate: Exit 0 nur für eine signierte, verifizierte Freigabe
  package export WORKSPACE ID --out FILE.pdf [--paper a4|letter] --pkcs12 FILE --user USER
                                    das Änderungskontrollpaket als signierte PDF/A-1b-Datei
  report audit WORKSPACE [--from DATE] [--to DATE] --out FILE.pdf --pkcs12 FILE --user USER
                                    der signierte Auditbericht des Trails für Inspektionen
  package verify FILE.pdf [--workspace W] [--ca CA.pem] [--json]
                                    Signatur, Kette und Manifest eines Pakets prüfen und, mit dem
                                    Arbeitsbereich, seinen festgehaltenen Export und seine Digests
  signature export WORKSPACE ID --out DIR
                                    manifest.json, signature.p7s und signer.pem für OpenSSL schreiben

Passwörter und Passphrasen werden ohne Echo vom Terminal gelesen oder, zur Automatisierung,
aus --password-fd N, --new-password-fd N und --passphrase-fd N (je eine Zeile).

  --version                         die Version ausgeben
  BEFEHL --help                     Hilfe zu einem Befehl

WORKSPACE ist eine Datei oder die URI eines Team-Arbeitsbereichs: postgresql://USER@HOST/DATABASE?sslmode=verify-full
(das Passwort aus ~/.pgpass, einer Service-Datei oder PGPASSWORD; Countersign speichert es nie).

Exit-Status: 0 Erfolg, 1 eine Integritätsprüfung ist fehlgeschlagen, 2 Aufruffehler oder unbrauchbarer Arbeitsbereich,
3 abgelehnt (Anmeldung fehlgeschlagen, nicht erlaubt oder von einer Regel- oder Zertifikatsprüfung abgelehnt),
130 unterbrochen (Strg+C während einer Bewertung oder eines Exports: nichts wurde gespeichert oder geschrieben).
</translation>
    </message>
    <message>
        <source>Create a new, empty workspace and its administrator.</source>
        <translation>Einen neuen, leeren Arbeitsbereich und seinen Administrator anlegen.</translation>
    </message>
    <message>
        <source>Name shown for the workspace.</source>
        <translation>Angezeigter Name des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Username of the administrator.</source>
        <translation>Benutzername des Administrators.</translation>
    </message>
    <message>
        <source>The administrator&apos;s printed name.</source>
        <translation>Der gedruckte Name des Administrators.</translation>
    </message>
    <message>
        <source>The administrator&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse des Administrators.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from this file descriptor.</source>
        <translation>Das Passwort des Administrators aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>Create a team workspace in this empty PostgreSQL database (postgresql://USER@HOST/DATABASE?sslmode=verify-full) instead of a file.</source>
        <translation>Einen Team-Arbeitsbereich in dieser leeren PostgreSQL-Datenbank (postgresql://USER@HOST/DATABASE?sslmode=verify-full) statt in einer Datei anlegen.</translation>
    </message>
    <message>
        <source>With --server: the role people connect as; it may read and add records but never change or delete the trail.</source>
        <translation>Mit --server: die Rolle, als die sich Personen verbinden; sie darf Datensätze lesen und hinzufügen, den Trail aber nie ändern oder löschen.</translation>
    </message>
    <message>
        <source>init: --%1 is required (the workspace&apos;s first administrator)</source>
        <translation>init: --%1 ist erforderlich (der erste Administrator des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>init: --server takes a postgresql:// URI</source>
        <translation>init: --server erwartet eine postgresql://-URI</translation>
    </message>
    <message>
        <source>init: --grant applies to a team workspace (--server)</source>
        <translation>init: --grant gilt für einen Team-Arbeitsbereich (--server)</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>neues Passwort für %1</translation>
    </message>
    <message>
        <source>Created workspace %1 (id %2)
Signing key: %3 (keep a backup: checkpoints cannot be signed without it)
Verifier key: %4</source>
        <translation>Arbeitsbereich %1 angelegt (Kennung %2)
Signaturschlüssel: %3 (sichern Sie ihn: ohne ihn können keine Checkpoints signiert werden)
Prüfschlüssel: %4</translation>
    </message>
    <message>
        <source>Create the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <source>For a demo in a team workspace (WORKSPACE is a postgresql:// URI): the folder that receives the demo&apos;s credentials and sources.</source>
        <translation>Für eine Demo in einem Team-Arbeitsbereich (WORKSPACE ist eine postgresql://-URI): der Ordner, der die Zugangsdaten und Quellen der Demo aufnimmt.</translation>
    </message>
    <message>
        <source>demo: a demo on a server needs --folder DIR for its credentials and sources</source>
        <translation>demo: eine Demo auf einem Server braucht --folder DIR für ihre Zugangsdaten und Quellen</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>Demo-Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <source>Copy a workspace from a file to a team server or back. The original is verified first and only read; the copy is verified after and removed if it does not say the same.</source>
        <translation>Einen Arbeitsbereich von einer Datei auf einen Team-Server kopieren oder zurück. Das Original wird zuerst verifiziert und nur gelesen; die Kopie wird danach verifiziert und entfernt, wenn sie nicht dasselbe sagt.</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or a postgresql:// URI of an empty database.</source>
        <translation>Wohin die Kopie geht: eine neue Datei oder die postgresql://-URI einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>migrate: --to is required (a new file or a postgresql:// URI)</source>
        <translation>migrate: --to ist erforderlich (eine neue Datei oder eine postgresql://-URI)</translation>
    </message>
    <message>
        <source>migrate: copies between a file and a server; to copy a file, copy the file</source>
        <translation>migrate: kopiert zwischen einer Datei und einem Server; um eine Datei zu kopieren, kopieren Sie die Datei</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>kopiere %1</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 events in %4 tables; both verify, chain head %5
%6</source>
        <translation>%1 nach %2 kopiert: %3 Ereignisse in %4 Tabellen; beide verifizieren, Kettenkopf %5
%6</translation>
    </message>
    <message>
        <source>Print the audit trail.</source>
        <translation>Den Audit-Trail ausgeben.</translation>
    </message>
    <message>
        <source>Print a JSON array of events.</source>
        <translation>Ein JSON-Array der Ereignisse ausgeben.</translation>
    </message>
    <message>
        <source>First sequence number.</source>
        <translation>Erste Sequenznummer.</translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation>Höchstens N Ereignisse ausgeben.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the audit trail and write it to a file.</source>
        <translation>Einen Prüfpunkt des Audit-Trails signieren und in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>File to write the checkpoint to.</source>
        <translation>Datei, in die der Prüfpunkt geschrieben wird.</translation>
    </message>
    <message>
        <source>checkpoint: --out FILE is required</source>
        <translation>checkpoint: --out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Checkpoint of %1 events written to %2
Root hash: %3
Verifier key: %4</source>
        <translation>Prüfpunkt über %1 Ereignisse nach %2 geschrieben
Wurzel-Hash: %3
Prüfschlüssel: %4</translation>
    </message>
    <message>
        <source>Verify the audit trail against its hashes and checkpoints.</source>
        <translation>Den Audit-Trail gegen seine Hashes und Prüfpunkte verifizieren.</translation>
    </message>
    <message>
        <source>Also check against this checkpoint file.</source>
        <translation>Auch gegen diese Prüfpunktdatei prüfen.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>cannot read checkpoint file %1: %2</source>
        <translation>Prüfpunktdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>event %1: </source>
        <translation>Ereignis %1: </translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>Signatures: all %1 verify.</source>
        <translation>Signaturen: alle %1 verifizieren.</translation>
    </message>
    <message>
        <source>Signatures: %1 of %2 FAIL verification.</source>
        <translation>Signaturen: %1 von %2 bestehen die Verifikation NICHT.</translation>
    </message>
    <message>
        <source>  signature %1 (%2:%3): %4</source>
        <translation>  Signatur %1 (%2:%3): %4</translation>
    </message>
    <message>
        <source>Record a review of the audit trail (EU Annex 11 section 9).</source>
        <translation>Eine Überprüfung des Audit-Trails festhalten (EU-GMP-Anhang 11, Abschnitt 9).</translation>
    </message>
    <message>
        <source>The finding: what was checked and what was found.</source>
        <translation>Der Befund: was geprüft und was gefunden wurde.</translation>
    </message>
    <message>
        <source>First event reviewed (default: after the last review).</source>
        <translation>Erstes überprüftes Ereignis (Standard: nach der letzten Überprüfung).</translation>
    </message>
    <message>
        <source>Last event reviewed (default: the latest).</source>
        <translation>Letztes überprüftes Ereignis (Standard: das neueste).</translation>
    </message>
    <message>
        <source>review: --note TEXT is required (the finding of the review)</source>
        <translation>review: --note TEXT ist erforderlich (der Befund der Überprüfung)</translation>
    </message>
    <message>
        <source>Recorded review %1 of events %2 to %3 by %4</source>
        <translation>Überprüfung %1 der Ereignisse %2 bis %3 durch %4 festgehalten</translation>
    </message>
</context>
<context>
    <name>cs::cli::CliSupport</name>
    <message>
        <source>countersign-cli: %1</source>
        <translation>countersign-cli: %1</translation>
    </message>
    <message>
        <source>%1: expected %2; see countersign-cli %1 --help</source>
        <translation>%1: erwartet %2; siehe countersign-cli %1 --help</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of 1 or more, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl ab 1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Your username (you sign in to make this change).</source>
        <translation>Ihr Benutzername (Sie melden sich an, um diese Änderung vorzunehmen).</translation>
    </message>
    <message>
        <source>Read your password from this file descriptor (one line) instead of the terminal.</source>
        <translation>Ihr Passwort aus diesem Dateideskriptor lesen (eine Zeile) statt vom Terminal.</translation>
    </message>
    <message>
        <source>cannot read the %1 from file descriptor %2</source>
        <translation>%1 kann nicht aus Dateideskriptor %2 gelesen werden</translation>
    </message>
    <message>
        <source>the %1 is longer than 4096 bytes</source>
        <translation>%1 ist länger als 4096 Bytes</translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; pass it with a --...-fd option</source>
        <translation>kein Terminal, um nach %1 zu fragen; übergeben Sie es mit einer Option --...-fd</translation>
    </message>
    <message>
        <source>--%1 takes a file descriptor number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet die Nummer eines Dateideskriptors, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source> (again)</source>
        <translation> (noch einmal)</translation>
    </message>
    <message>
        <source>the two entries of the %1 differ</source>
        <translation>die beiden Eingaben für %1 unterscheiden sich</translation>
    </message>
    <message>
        <source>--user USER is required: sign in to make changes</source>
        <translation>--user USER ist erforderlich: melden Sie sich an, um Änderungen vorzunehmen</translation>
    </message>
    <message>
        <source>password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>the password of %1 must be changed first: run countersign-cli user passwd %2 --user %1</source>
        <translation>das Passwort von %1 muss zuerst geändert werden: führen Sie countersign-cli user passwd %2 --user %1 aus</translation>
    </message>
    <message>
        <source>Your PKCS#12 file.</source>
        <translation>Ihre PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from this file descriptor.</source>
        <translation>Die PKCS#12-Passphrase aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>passphrase of %1</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>Usage: countersign-cli %1 VERB [options]
Verbs: %2
Each verb&apos;s options: countersign-cli %3 VERB --help</source>
        <translation>Aufruf: countersign-cli %1 VERB [Optionen]
Verben: %2
Optionen eines Verbs: countersign-cli %3 VERB --help</translation>
    </message>
    <message>
        <source>%1: expected one of %2; see countersign-cli %1 VERB --help</source>
        <translation>%1: erwartet eines von %2; siehe countersign-cli %1 VERB --help</translation>
    </message>
    <message>
        <source>interrupted; nothing was stored</source>
        <translation>unterbrochen; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>cs::cli::DocumentsMain</name>
    <message>
        <source>countersign-documents: runs the commands of countersign-cli that write documents (package, report, pccp export); run countersign-cli --help for their use</source>
        <translation>countersign-documents: führt die Befehle von countersign-cli aus, die Dokumente schreiben (package, report, pccp export); ihre Verwendung zeigt countersign-cli --help</translation>
    </message>
</context>
<context>
    <name>cs::cli::DriftCli</name>
    <message>
        <source>The window has no labels: no performance.</source>
        <translation>Das Zeitfenster hat keine Labels: keine Leistungswerte.</translation>
    </message>
    <message>
        <source>Performance of version %1 on %2 labelled samples (%3 positives) at threshold %4 (%5)
    sensitivity %6   specificity %7   AUC %8
    PPV %9   NPV %10   Brier %11</source>
        <translation>Leistung von Version %1 auf %2 gelabelten Stichproben (%3 Positive) bei Schwelle %4 (%5)
    Sensitivität %6   Spezifität %7   AUC %8
    PPV %9   NPV %10   Brier %11</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>freigegeben durch %1</translation>
    </message>
    <message>
        <source> %1 sensitivity %2 (%3 positives);</source>
        <translation> %1 Sensitivität %2 (%3 Positive);</translation>
    </message>
    <message>
        <source>    largest %1 gap %2: %3 over %4 (groups with at least %5 positives)</source>
        <translation>    größte Lücke bei %1 %2: %3 gegenüber %4 (Gruppen mit mindestens %5 Positiven)</translation>
    </message>
    <message>
        <source>%1: window %2 (%3 samples) against %4 (%5), model %6 version %7
Recorded by %8 at %9; content SHA-256 %10</source>
        <translation>%1: Zeitfenster %2 (%3 Stichproben) gegen %4 (%5), Modell %6 Version %7
Aufgezeichnet von %8 am %9; Inhalt SHA-256 %10</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>MERKMAL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>HOLM P</source>
        <translation>HOLM P</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SCHWELLE</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>DRIFTED</source>
        <translation>DRIFT</translation>
    </message>
    <message>
        <source>scores of version %1:</source>
        <translation>Scores von Version %1:</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted (share %3, alert at %4)</source>
        <translation>%1 von %2 Merkmalen gedriftet (Anteil %3, Alarm ab %4)</translation>
    </message>
    <message>
        <source>Real-world monitoring rules of PCCP %1</source>
        <translation>Überwachungsregeln für den Realbetrieb aus PCCP %1</translation>
    </message>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>Alarm %1 (%2)</translation>
    </message>
    <message>
        <source>    %1 by %2 at %3%4</source>
        <translation>    %1 von %2 am %3%4</translation>
    </message>
    <message>
        <source>No threshold breached: no alert.</source>
        <translation>Keine Schwelle überschritten: kein Alarm.</translation>
    </message>
    <message>
        <source>Compare a production window with a reference feature by feature (the engine and defaults of stats drift), and the version&apos;s scores; freeze the run as evidence and raise an alert when a threshold is breached.</source>
        <translation>Ein Produktionszeitfenster Merkmal für Merkmal mit einer Referenz vergleichen (Verfahren und Standardwerte von stats drift) sowie die Scores der Version; den Lauf als Nachweis einfrieren und einen Alarm auslösen, wenn eine Schwelle überschritten ist.</translation>
    </message>
    <message>
        <source>The production window (a dataset).</source>
        <translation>Das Produktionszeitfenster (ein Datensatz).</translation>
    </message>
    <message>
        <source>The reference: a drift reference, validation or challenge set.</source>
        <translation>Die Referenz: ein Drift-Referenz-, Validierungs- oder Challenge-Datensatz.</translation>
    </message>
    <message>
        <source>The version whose scores to compare (default: the one in production).</source>
        <translation>Die Version, deren Scores verglichen werden (Standard: die produktive).</translation>
    </message>
    <message>
        <source>PSI bins on reference quantiles (default 10).</source>
        <translation>PSI-Klassen auf Quantilen der Referenz (Standard 10).</translation>
    </message>
    <message>
        <source>Alert when this share of features drifts (default 0.5).</source>
        <translation>Alarm, wenn dieser Anteil der Merkmale driftet (Standard 0,5).</translation>
    </message>
    <message>
        <source>On a labelled window, the threshold to measure the version&apos;s performance at (default: the one it was released at).</source>
        <translation>Bei einem gelabelten Zeitfenster die Schwelle, bei der die Leistung der Version gemessen wird (Standard: die, mit der sie freigegeben wurde).</translation>
    </message>
    <message>
        <source>A subgroup counts in the largest gaps from this many positives (default 20).</source>
        <translation>Eine Untergruppe zählt für die größten Lücken ab so vielen Positiven (Standard 20).</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Den Lauf als JSON ausgeben.</translation>
    </message>
    <message>
        <source>drift run: give --window DATASET and --reference DATASET</source>
        <translation>drift run: geben Sie --window DATASET und --reference DATASET an</translation>
    </message>
    <message>
        <source>drift run: --drift-share takes a number above 0 and at most 1, not &quot;%1&quot;</source>
        <translation>drift run: --drift-share erwartet eine Zahl über 0 und höchstens 1, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>drift run: --threshold takes a number, not &quot;%1&quot;</source>
        <translation>drift run: --threshold erwartet eine Zahl, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>drift run: --min-positives takes a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>drift run: --min-positives erwartet eine ganze Zahl ab 0, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the run just recorded cannot be read back</source>
        <translation>der gerade aufgezeichnete Lauf kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>List every drift run with its drifted features and alert.</source>
        <translation>Jeden Drift-Lauf mit seinen gedrifteten Merkmalen und seinem Alarm auflisten.</translation>
    </message>
    <message>
        <source>Only this model&apos;s runs.</source>
        <translation>Nur die Läufe dieses Modells.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No drift run in this workspace; run one with drift run WORKSPACE MODEL --window W --reference R</source>
        <translation>Kein Drift-Lauf in diesem Arbeitsbereich; starten Sie einen mit drift run WORKSPACE MODEL --window W --reference R</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITFENSTER</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>RECORDED</source>
        <translation>ERFASST</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>Show one drift run: each feature&apos;s test, score, threshold and PSI, and its alert.</source>
        <translation>Einen Drift-Lauf zeigen: Test, Score, Schwelle und PSI jedes Merkmals sowie seinen Alarm.</translation>
    </message>
    <message>
        <source>Print JSON (every frozen number, the PSI bins).</source>
        <translation>JSON ausgeben (jede eingefrorene Zahl, die PSI-Klassen).</translation>
    </message>
    <message>
        <source>there is no drift run %1 (runs are DR-N)</source>
        <translation>es gibt keinen Drift-Lauf %1 (Läufe heißen DR-N)</translation>
    </message>
    <message>
        <source>List the drift alerts and what was decided on each.</source>
        <translation>Die Drift-Alarme auflisten und was jeweils entschieden wurde.</translation>
    </message>
    <message>
        <source>Only the open ones (the review queue).</source>
        <translation>Nur die offenen (die Prüfliste).</translation>
    </message>
    <message>
        <source>No open drift alert.</source>
        <translation>Kein offener Drift-Alarm.</translation>
    </message>
    <message>
        <source>No drift alert.</source>
        <translation>Kein Drift-Alarm.</translation>
    </message>
    <message>
        <source>%1  %2  %3, window %4 (%5), raised %6</source>
        <translation>%1  %2  %3, Zeitfenster %4 (%5), ausgelöst %6</translation>
    </message>
    <message>
        <source>    -&gt; %1 by %2%3</source>
        <translation>    -&gt; %1 von %2%3</translation>
    </message>
    <message>
        <source>Acknowledge an open drift alert that needs no change now, with the reason (QA officer). To act on it instead, open a change request from it: cr create ... --trigger drift-alert --trigger-ref DA-N.</source>
        <translation>Einen offenen Drift-Alarm, der jetzt keine Änderung braucht, mit Grund bestätigen (QA-Beauftragter). Um stattdessen zu handeln, eröffnen Sie daraus einen Änderungsantrag: cr create ... --trigger drift-alert --trigger-ref DA-N.</translation>
    </message>
    <message>
        <source>Why no change is needed.</source>
        <translation>Warum keine Änderung nötig ist.</translation>
    </message>
    <message>
        <source>alert ack: &quot;%1&quot; is not an alert (DA-N)</source>
        <translation>alert ack: &quot;%1&quot; ist kein Alarm (DA-N)</translation>
    </message>
    <message>
        <source>alert ack: give --reason TEXT</source>
        <translation>alert ack: geben Sie --reason TEXT an</translation>
    </message>
    <message>
        <source>Drift alert DA-%1 acknowledged; it has left the review queue.</source>
        <translation>Drift-Alarm DA-%1 bestätigt; er hat die Prüfliste verlassen.</translation>
    </message>
</context>
<context>
    <name>cs::cli::IdentityCommands</name>
    <message>
        <source>Add an account. The new person must change the password you choose at first sign-in. In a workspace without accounts, the first administrator is added without --user.</source>
        <translation>Ein Konto hinzufügen. Die neue Person muss das von Ihnen gewählte Passwort bei der ersten Anmeldung ändern. In einem Arbeitsbereich ohne Konten wird der erste Administrator ohne --user hinzugefügt.</translation>
    </message>
    <message>
        <source>The new username (never reused).</source>
        <translation>Der neue Benutzername (wird nie wiederverwendet).</translation>
    </message>
    <message>
        <source>The printed name.</source>
        <translation>Der gedruckte Name.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Comma-separated: data-scientist, qa-officer, regulatory-affairs, auditor, administrator.</source>
        <translation>Kommagetrennt: data-scientist, qa-officer, regulatory-affairs, auditor, administrator.</translation>
    </message>
    <message>
        <source>Read the new account&apos;s password from this file descriptor.</source>
        <translation>Das Passwort des neuen Kontos aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>user add: --user USER is required (an administrator adds people)</source>
        <translation>user add: --user USER ist erforderlich (ein Administrator fügt Personen hinzu)</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>neues Passwort für %1</translation>
    </message>
    <message>
        <source>Added %1 as the first administrator of %2</source>
        <translation>%1 als erster Administrator von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 (%2) with roles %3; they must change their password at first sign-in</source>
        <translation>%1 (%2) mit den Rollen %3 hinzugefügt; das Passwort muss bei der ersten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>Die Konten auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Lock an account (administrators), with a reason.</source>
        <translation>Ein Konto sperren (Administratoren), mit Grund.</translation>
    </message>
    <message>
        <source>Unlock an account (administrators), with a reason.</source>
        <translation>Ein Konto entsperren (Administratoren), mit Grund.</translation>
    </message>
    <message>
        <source>Disable an account (administrators), with a reason.</source>
        <translation>Ein Konto deaktivieren (Administratoren), mit Grund.</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Warum (wird im Audit-Trail festgehalten).</translation>
    </message>
    <message>
        <source>user %1: --reason TEXT is required</source>
        <translation>user %1: --reason TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>User %1 is now %2</source>
        <translation>Benutzer %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Change a person&apos;s printed name, e-mail or roles (administrators), with a reason.</source>
        <translation>Gedruckten Namen, E-Mail oder Rollen einer Person ändern (Administratoren), mit Grund.</translation>
    </message>
    <message>
        <source>New printed name.</source>
        <translation>Neuer gedruckter Name.</translation>
    </message>
    <message>
        <source>New e-mail address.</source>
        <translation>Neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>New roles, comma-separated.</source>
        <translation>Neue Rollen, kommagetrennt.</translation>
    </message>
    <message>
        <source>user update: --reason TEXT is required</source>
        <translation>user update: --reason TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>Change your password, or (administrators, with --for) set a new one for someone who must change it at next sign-in.</source>
        <translation>Ihr Passwort ändern oder (Administratoren, mit --for) ein neues für jemanden setzen, der es bei der nächsten Anmeldung ändern muss.</translation>
    </message>
    <message>
        <source>Reset this person&apos;s password instead of yours.</source>
        <translation>Das Passwort dieser Person statt Ihres zurücksetzen.</translation>
    </message>
    <message>
        <source>Why (required with --for).</source>
        <translation>Warum (erforderlich mit --for).</translation>
    </message>
    <message>
        <source>Read the new password from this file descriptor.</source>
        <translation>Das neue Passwort aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>Set a new password for %1; they must change it at next sign-in</source>
        <translation>Neues Passwort für %1 gesetzt; es muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Passwort von %1 geändert</translation>
    </message>
    <message>
        <source>Enroll your signing certificate. Only the certificate is stored; the private key stays in your file.</source>
        <translation>Ihr Signaturzertifikat registrieren. Nur das Zertifikat wird gespeichert; der private Schlüssel bleibt in Ihrer Datei.</translation>
    </message>
    <message>
        <source>Your PKCS#12 file (.p12, .pfx).</source>
        <translation>Ihre PKCS#12-Datei (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Your PEM certificate (with --key).</source>
        <translation>Ihr PEM-Zertifikat (mit --key).</translation>
    </message>
    <message>
        <source>Your PEM private key (with --cert).</source>
        <translation>Ihr privater PEM-Schlüssel (mit --cert).</translation>
    </message>
    <message>
        <source>Read the file&apos;s passphrase from this file descriptor.</source>
        <translation>Die Passphrase der Datei aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>cert enroll: give --pkcs12 FILE, or --cert FILE and --key FILE</source>
        <translation>cert enroll: geben Sie --pkcs12 FILE oder --cert FILE und --key FILE an</translation>
    </message>
    <message>
        <source>passphrase of the key file</source>
        <translation>Passphrase der Schlüsseldatei</translation>
    </message>
    <message>
        <source>Enrolled certificate &quot;%1&quot; (serial %2, %3, valid until %4)
SHA-256 fingerprint: %5</source>
        <translation>Zertifikat &quot;%1&quot; registriert (Seriennummer %2, %3, gültig bis %4)
SHA-256-Fingerabdruck: %5</translation>
    </message>
    <message>
        <source>Note: the file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.</source>
        <translation>Hinweis: die Datei verwendet veraltete Verschlüsselung (RC2 oder 3DES); exportieren Sie sie bei Gelegenheit neu mit AES.</translation>
    </message>
    <message>
        <source>Trust a CA certificate (PEM or DER) for signing certificates.</source>
        <translation>Einem CA-Zertifikat (PEM oder DER) für Signaturzertifikate vertrauen.</translation>
    </message>
    <message>
        <source>Why this CA is trusted.</source>
        <translation>Warum dieser CA vertraut wird.</translation>
    </message>
    <message>
        <source>Trusted CA &quot;%1&quot; (SHA-256 %2)</source>
        <translation>CA &quot;%1&quot; vertrauenswürdig (SHA-256 %2)</translation>
    </message>
    <message>
        <source>List the trusted CAs and their revocation lists.</source>
        <translation>Die vertrauenswürdigen CAs und ihre Sperrlisten auflisten.</translation>
    </message>
    <message>
        <source>No trusted CAs: signing certificates cannot be enrolled until an administrator adds one.</source>
        <translation>Keine vertrauenswürdigen CAs: Signaturzertifikate können erst registriert werden, wenn ein Administrator eine hinzufügt.</translation>
    </message>
    <message>
        <source>%1
  SHA-256 %2
  valid until %3, added %4 by %5</source>
        <translation>%1
  SHA-256 %2
  gültig bis %3, hinzugefügt %4 von %5</translation>
    </message>
    <message>
        <source>  CRL issued %1, next update %2, %3 revoked%4</source>
        <translation>  Sperrliste ausgestellt %1, nächste Aktualisierung %2, %3 gesperrt%4</translation>
    </message>
    <message>
        <source> -- OUT OF DATE: signing is refused</source>
        <translation> -- VERALTET: Signieren wird abgelehnt</translation>
    </message>
    <message>
        <source>  no CRL configured (revocation is not checked)</source>
        <translation>  keine Sperrliste eingerichtet (Sperrungen werden nicht geprüft)</translation>
    </message>
    <message>
        <source>Add a certificate revocation list (PEM or DER) of a trusted CA.</source>
        <translation>Eine Zertifikatssperrliste (PEM oder DER) einer vertrauenswürdigen CA hinzufügen.</translation>
    </message>
    <message>
        <source>Added the revocation list of &quot;%1&quot; (%2 revoked, next update %3)</source>
        <translation>Sperrliste von &quot;%1&quot; hinzugefügt (%2 gesperrt, nächste Aktualisierung %3)</translation>
    </message>
    <message>
        <source>Sign a record with your certificate (21 CFR 11.200: your user ID and password, then your key file&apos;s passphrase).</source>
        <translation>Einen Datensatz mit Ihrem Zertifikat signieren (21 CFR 11.200: Ihre Benutzerkennung und Ihr Passwort, dann die Passphrase Ihrer Schlüsseldatei).</translation>
    </message>
    <message>
        <source>What to sign, e.g. audit-review:2.</source>
        <translation>Was signiert wird, z. B. audit-review:2.</translation>
    </message>
    <message>
        <source>authored, reviewed, approved, rejected or released.</source>
        <translation>authored, reviewed, approved, rejected oder released.</translation>
    </message>
    <message>
        <source>Why you sign.</source>
        <translation>Warum Sie signieren.</translation>
    </message>
    <message>
        <source>sign: --meaning must be authored, reviewed, approved, rejected or released</source>
        <translation>sign: --meaning muss authored, reviewed, approved, rejected oder released sein</translation>
    </message>
    <message>
        <source>sign: --user USER and --pkcs12 FILE are required</source>
        <translation>sign: --user USER und --pkcs12 FILE sind erforderlich</translation>
    </message>
    <message>
        <source>password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>the password of %1 must be changed before signing</source>
        <translation>das Passwort von %1 muss vor dem Signieren geändert werden</translation>
    </message>
    <message>
        <source>passphrase of %1</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>Signature %1: %2 signed %3:%4 as &quot;%5&quot; at %6</source>
        <translation>Signatur %1: %2 hat %3:%4 als &quot;%5&quot; am %6 signiert</translation>
    </message>
    <message>
        <source>List every signature with its verification status.</source>
        <translation>Jede Signatur mit ihrem Prüfstatus auflisten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>SIGNED BY</source>
        <translation>SIGNIERT VON</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOKAL</translation>
    </message>
    <message>
        <source>Write manifest.json, signature.p7s (DER) and signer.pem so that OpenSSL can verify the signature: openssl cms -verify -binary -inform DER -in signature.p7s -content manifest.json -CAfile ca.pem</source>
        <translation>manifest.json, signature.p7s (DER) und signer.pem schreiben, damit OpenSSL die Signatur prüfen kann: openssl cms -verify -binary -inform DER -in signature.p7s -content manifest.json -CAfile ca.pem</translation>
    </message>
    <message>
        <source>Folder to write to.</source>
        <translation>Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>signature export: ID must be a signature number</source>
        <translation>signature export: ID muss eine Signaturnummer sein</translation>
    </message>
    <message>
        <source>signature export: --out DIR is required</source>
        <translation>signature export: --out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>there is no signature %1</source>
        <translation>es gibt keine Signatur %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Wrote manifest.json, signature.p7s and signer.pem to %1</source>
        <translation>manifest.json, signature.p7s und signer.pem nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>cs::cli::ImportCommands</name>
    <message>
        <source>Import registered model versions from an MLflow file store (read-only on the store), with their runs, metrics and artifact digests, in one transaction.</source>
        <translation>Registrierte Modellversionen aus einem MLflow-Dateispeicher importieren (der Speicher wird nur gelesen), mit ihren Läufen, Metriken und Artefakt-Digests, in einer Transaktion.</translation>
    </message>
    <message>
        <source>The mlruns folder (file store).</source>
        <translation>Der Ordner mlruns (Dateispeicher).</translation>
    </message>
    <message>
        <source>The mlflow.db file (SQL store, opened read-only).</source>
        <translation>Die Datei mlflow.db (SQL-Speicher, nur lesend geöffnet).</translation>
    </message>
    <message>
        <source>Registered model name.</source>
        <translation>Name des registrierten Modells.</translation>
    </message>
    <message>
        <source>One version.</source>
        <translation>Eine Version.</translation>
    </message>
    <message>
        <source>Every version of the model.</source>
        <translation>Jede Version des Modells.</translation>
    </message>
    <message>
        <source>import mlflow: give --store DIR or --db FILE, --model NAME, and either --version N or --all</source>
        <translation>import mlflow: geben Sie --store DIR oder --db FILE, --model NAME und entweder --version N oder --all an</translation>
    </message>
    <message>
        <source>Nothing new: version(s) %1 of %2 are already in the workspace, unchanged</source>
        <translation>Nichts Neues: Version(en) %1 von %2 sind bereits unverändert im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Imported version(s) %1 of %2</source>
        <translation>Version(en) %1 von %2 importiert</translation>
    </message>
    <message>
        <source>; already there, unchanged: %1</source>
        <translation>; bereits vorhanden, unverändert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a model version; write MODEL:LABEL</source>
        <translation>&quot;%1&quot; bezeichnet keine Modellversion; schreiben Sie MODEL:LABEL</translation>
    </message>
    <message>
        <source>Attach a dvc.lock (schema 2.0) to an imported model version as its data lineage: each stage&apos;s command, dependencies and outputs with their digests, and parameters.</source>
        <translation>Eine dvc.lock (Schema 2.0) als Datenherkunft an eine importierte Modellversion anhängen: Befehl, Abhängigkeiten und Ausgaben jeder Stufe mit ihren Digests sowie die Parameter.</translation>
    </message>
    <message>
        <source>The model version, as MODEL:LABEL.</source>
        <translation>Die Modellversion als MODEL:LABEL.</translation>
    </message>
    <message>
        <source>The dvc.lock file.</source>
        <translation>Die Datei dvc.lock.</translation>
    </message>
    <message>
        <source>import dvc: give --version MODEL:LABEL and --lock FILE</source>
        <translation>import dvc: geben Sie --version MODEL:LABEL und --lock FILE an</translation>
    </message>
    <message>
        <source>Attached the data lineage of %1 DVC stage(s) to %2</source>
        <translation>Datenherkunft aus %1 DVC-Stufe(n) an %2 angehängt</translation>
    </message>
    <message>
        <source>Import a prediction file (CSV, one row per sample) into a dataset, with one score column per model version, in one transaction. The dataset is created by its first file; a locked dataset (validation, challenge) takes only files with exactly its samples and labels. Files with direct identifiers are refused.</source>
        <translation>Eine Vorhersagedatei (CSV, eine Zeile pro Stichprobe) in einen Datensatz importieren, mit einer Score-Spalte pro Modellversion, in einer Transaktion. Der Datensatz entsteht mit seiner ersten Datei; ein gesperrter Datensatz (Validierung, Challenge) nimmt nur Dateien mit genau seinen Stichproben und Labels an. Dateien mit direkten Identifikatoren werden abgelehnt.</translation>
    </message>
    <message>
        <source>The dataset&apos;s name.</source>
        <translation>Der Name des Datensatzes.</translation>
    </message>
    <message>
        <source>The CSV file (RFC 4180, with a header).</source>
        <translation>Die CSV-Datei (RFC 4180, mit Kopfzeile).</translation>
    </message>
    <message>
        <source>The sample ID column.</source>
        <translation>Die Spalte mit der Stichproben-ID.</translation>
    </message>
    <message>
        <source>The label column (may be left out for drift references and production windows).</source>
        <translation>Die Label-Spalte (darf bei Drift-Referenzen und Produktionszeitfenstern fehlen).</translation>
    </message>
    <message>
        <source>A version&apos;s score column, as LABEL=COL or MODEL:LABEL=COL; repeat per version.</source>
        <translation>Die Score-Spalte einer Version als LABEL=COL oder MODEL:LABEL=COL; pro Version wiederholen.</translation>
    </message>
    <message>
        <source>A subgroup column (sex, age band, site); repeat.</source>
        <translation>Eine Untergruppenspalte (Geschlecht, Altersgruppe, Standort); wiederholbar.</translation>
    </message>
    <message>
        <source>A feature column for drift monitoring (numeric, or categorical when any value is text); repeat, or separate with commas. Only with the file that creates the dataset.</source>
        <translation>Eine Merkmalsspalte für die Drift-Überwachung (numerisch, oder kategorial, wenn ein Wert Text ist); wiederholen oder mit Kommas trennen. Nur mit der Datei, die den Datensatz anlegt.</translation>
    </message>
    <message>
        <source>The model the LABELs belong to (needed when the workspace has more than one model).</source>
        <translation>Das Modell, zu dem die LABELs gehören (nötig, wenn der Arbeitsbereich mehr als ein Modell hat).</translation>
    </message>
    <message>
        <source>For a new dataset: validation, challenge, drift-reference or production-window.</source>
        <translation>Für einen neuen Datensatz: validation, challenge, drift-reference oder production-window.</translation>
    </message>
    <message>
        <source>For a new dataset: the allowed labels (default 0,1).</source>
        <translation>Für einen neuen Datensatz: die erlaubten Labels (Standard 0,1).</translation>
    </message>
    <message>
        <source>Create a validation or challenge set unlocked.</source>
        <translation>Einen Validierungs- oder Challenge-Datensatz ungesperrt anlegen.</translation>
    </message>
    <message>
        <source>import predictions: give --dataset NAME, --file F.csv, --id COL and at least one --score LABEL=COL</source>
        <translation>import predictions: geben Sie --dataset NAME, --file F.csv, --id COL und mindestens ein --score LABEL=COL an</translation>
    </message>
    <message>
        <source>import predictions: --role is one of %1, not &quot;%2&quot;</source>
        <translation>import predictions: --role ist eines von %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>import predictions: &quot;%1&quot; is not LABEL=COL</source>
        <translation>import predictions: &quot;%1&quot; ist nicht LABEL=COL</translation>
    </message>
    <message>
        <source>import predictions: the workspace has %1 models; give --model NAME or write MODEL:LABEL=COL</source>
        <translation>import predictions: der Arbeitsbereich hat %1 Modelle; geben Sie --model NAME an oder schreiben Sie MODEL:LABEL=COL</translation>
    </message>
    <message>
        <source>Created dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4</source>
        <translation>Datensatz %1 angelegt: %2 Zeile(n) gelesen, %3 Stichprobe(n) hinzugefügt; Datei-SHA-256 %4</translation>
    </message>
    <message>
        <source>Dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4</source>
        <translation>Datensatz %1: %2 Zeile(n) gelesen, %3 Stichprobe(n) hinzugefügt; Datei-SHA-256 %4</translation>
    </message>
    <message>
        <source>  predictions of %1 stored</source>
        <translation>  Vorhersagen von %1 gespeichert</translation>
    </message>
    <message>
        <source>  predictions of %1 already there, unchanged</source>
        <translation>  Vorhersagen von %1 bereits unverändert vorhanden</translation>
    </message>
    <message>
        <source>  features stored: %1</source>
        <translation>  Merkmale gespeichert: %1</translation>
    </message>
    <message>
        <source>Attach a Great Expectations validation result (JSON, GX 0.x or 1.x) to a dataset as its data-contract evidence.</source>
        <translation>Ein Great-Expectations-Validierungsergebnis (JSON, GX 0.x oder 1.x) als Nachweis des Datenvertrags an einen Datensatz anhängen.</translation>
    </message>
    <message>
        <source>The validation result JSON.</source>
        <translation>Das JSON des Validierungsergebnisses.</translation>
    </message>
    <message>
        <source>import expectations: give --dataset NAME and --file FILE</source>
        <translation>import expectations: geben Sie --dataset NAME und --file FILE an</translation>
    </message>
    <message>
        <source>Attached suite %1 (%2 of %3 expectations met) to dataset %4</source>
        <translation>Suite %1 (%2 von %3 Erwartungen erfüllt) an Datensatz %4 angehängt</translation>
    </message>
    <message>
        <source>Attach the training code&apos;s commit (author, date, message) and configuration files at that commit to an imported version. The repository is only read.</source>
        <translation>Den Commit des Trainingscodes (Autor, Datum, Nachricht) und die Konfigurationsdateien in diesem Commit an eine importierte Version anhängen. Das Repository wird nur gelesen.</translation>
    </message>
    <message>
        <source>The git repository of the training code.</source>
        <translation>Das Git-Repository des Trainingscodes.</translation>
    </message>
    <message>
        <source>The commit (default: the version&apos;s code commit from MLflow).</source>
        <translation>Der Commit (Standard: der Code-Commit der Version aus MLflow).</translation>
    </message>
    <message>
        <source>A configuration file to record (repeatable).</source>
        <translation>Eine festzuhaltende Konfigurationsdatei (wiederholbar).</translation>
    </message>
    <message>
        <source>import git: --repo DIR is required</source>
        <translation>import git: --repo DIR ist erforderlich</translation>
    </message>
    <message>
        <source>model %1 has no version %2 in this workspace; import it first</source>
        <translation>Modell %1 hat keine Version %2 in diesem Arbeitsbereich; importieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>import git: version %1 records no code commit; give --commit REV</source>
        <translation>import git: Version %1 verzeichnet keinen Code-Commit; geben Sie --commit REV an</translation>
    </message>
    <message>
        <source>Attached commit %1 (%2, %3) and %4 configuration file(s) to %5</source>
        <translation>Commit %1 (%2, %3) und %4 Konfigurationsdatei(en) an %5 angehängt</translation>
    </message>
    <message>
        <source>import: expected a source: mlflow, dvc, git, predictions or expectations</source>
        <translation>import: erwartet eine Quelle: mlflow, dvc, git, predictions oder expectations</translation>
    </message>
    <message>
        <source>List the models and their versions&apos; states.</source>
        <translation>Die Modelle und die Zustände ihrer Versionen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>no versions</source>
        <translation>keine Versionen</translation>
    </message>
    <message>
        <source>No models yet: import some with countersign-cli import mlflow</source>
        <translation>Noch keine Modelle: importieren Sie welche mit countersign-cli import mlflow</translation>
    </message>
    <message>
        <source>model: expected describe</source>
        <translation>model: erwartet describe</translation>
    </message>
    <message>
        <source>Record what a model is for and who answers for it. Fields not given keep their value; the change is audited with the reason.</source>
        <translation>Festhalten, wofür ein Modell da ist und wer dafür verantwortlich ist. Nicht angegebene Felder behalten ihren Wert; die Änderung wird mit dem Grund auditiert.</translation>
    </message>
    <message>
        <source>The intended use statement.</source>
        <translation>Die Zweckbestimmung.</translation>
    </message>
    <message>
        <source>Device class, e.g. &quot;IIa (EU MDR)&quot;.</source>
        <translation>Produktklasse, z. B. &quot;IIa (EU MDR)&quot;.</translation>
    </message>
    <message>
        <source>Risk class, e.g. &quot;IMDRF SaMD III&quot;.</source>
        <translation>Risikoklasse, z. B. &quot;IMDRF SaMD III&quot;.</translation>
    </message>
    <message>
        <source>Who answers for the model.</source>
        <translation>Wer für das Modell verantwortlich ist.</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Warum (wird im Audit-Trail festgehalten).</translation>
    </message>
    <message>
        <source>Described model %1</source>
        <translation>Modell %1 beschrieben</translation>
    </message>
    <message>
        <source>List the datasets: role, lock, samples, the files imported for them with their SHA-256, and the versions with predictions.</source>
        <translation>Die Datensätze auflisten: Rolle, Sperre, Stichproben, die dafür importierten Dateien mit ihrem SHA-256 und die Versionen mit Vorhersagen.</translation>
    </message>
    <message>
        <source>%1: %2, locked, %3 samples; predictions of %4</source>
        <translation>%1: %2, gesperrt, %3 Stichproben; Vorhersagen von %4</translation>
    </message>
    <message>
        <source>%1: %2, unlocked, %3 samples; predictions of %4</source>
        <translation>%1: %2, nicht gesperrt, %3 Stichproben; Vorhersagen von %4</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>No datasets yet: import a prediction file with countersign-cli import predictions</source>
        <translation>Noch keine Datensätze: importieren Sie eine Vorhersagedatei mit countersign-cli import predictions</translation>
    </message>
    <message>
        <source>List the versions of a model with their evidence.</source>
        <translation>Die Versionen eines Modells mit ihren Nachweisen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON, with the whole evidence.</source>
        <translation>JSON ausgeben, mit den gesamten Nachweisen.</translation>
    </message>
    <message>
        <source>there is no model &quot;%1&quot; in this workspace</source>
        <translation>es gibt kein Modell &quot;%1&quot; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>IMPORTIERT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>What differs between two versions of a model: parameters (JSON values structurally), metrics, tags, stage and aliases, code commit, artifact digests and dataset inputs.</source>
        <translation>Was sich zwischen zwei Versionen eines Modells unterscheidet: Parameter (JSON-Werte strukturell), Metriken, Tags, Stufe und Aliasse, Code-Commit, Artefakt-Digests und Dateneingaben.</translation>
    </message>
    <message>
        <source>Also list the files changed between the two code commits in this repository.</source>
        <translation>Außerdem die zwischen den beiden Code-Commits geänderten Dateien in diesem Repository auflisten.</translation>
    </message>
    <message>
        <source>diff: both versions need a code commit to compare their files</source>
        <translation>diff: beide Versionen brauchen einen Code-Commit, um ihre Dateien zu vergleichen</translation>
    </message>
    <message>
        <source>%1: version %2 -&gt; %3, %4 difference(s)</source>
        <translation>%1: Version %2 -&gt; %3, %4 Unterschied(e)</translation>
    </message>
    <message>
        <source>  - %1 (was %2)</source>
        <translation>  - %1 (war %2)</translation>
    </message>
    <message>
        <source>Move a model version through its lifecycle, with a reason.</source>
        <translation>Eine Modellversion mit Grund durch ihren Lebenszyklus bewegen.</translation>
    </message>
    <message>
        <source>under-validation, validated, approved, production, superseded, retired or withdrawn.</source>
        <translation>under-validation, validated, approved, production, superseded, retired oder withdrawn.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>transition: --to must name a lifecycle state, not &quot;%1&quot;</source>
        <translation>transition: --to muss einen Lebenszykluszustand nennen, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Version %1 of %2 is now %3</source>
        <translation>Version %1 von %2 ist jetzt %3</translation>
    </message>
</context>
<context>
    <name>cs::cli::Main</name>
    <message>
        <source>countersign-cli: unknown command &quot;%1&quot;; run countersign-cli --help for the list</source>
        <translation>countersign-cli: unbekannter Befehl &quot;%1&quot;; die Liste zeigt countersign-cli --help</translation>
    </message>
</context>
<context>
    <name>cs::cli::PackageCli</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>a4 (the default) or letter.</source>
        <translation>a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>%1: --out FILE, --user USER and --pkcs12 FILE are required</source>
        <translation>%1: --out FILE, --user USER und --pkcs12 FILE sind erforderlich</translation>
    </message>
    <message>
        <source>%1: --paper must be a4 or letter, not &quot;%2&quot;</source>
        <translation>%1: --paper muss a4 oder letter sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3 bytes, SHA-256 %4), signed by you</source>
        <translation>%1 nach %2 exportiert (%3 Bytes, SHA-256 %4), von Ihnen signiert</translation>
    </message>
    <message>
        <source>Export a change request&apos;s change-control package as a PDF/A-1b file signed with your certificate (PAdES). You give your user ID and password, then your key file&apos;s passphrase.</source>
        <translation>Das Änderungskontrollpaket eines Änderungsantrags als PDF/A-1b-Datei exportieren, signiert mit Ihrem Zertifikat (PAdES). Sie geben Ihre Benutzerkennung und Ihr Passwort ein, dann die Passphrase Ihrer Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Exporting the package of %1</source>
        <translation>Paket von %1 wird exportiert</translation>
    </message>
    <message>
        <source>the change-control package of %1</source>
        <translation>das Änderungskontrollpaket von %1</translation>
    </message>
    <message>
        <source>Verify a signed change-control package: the PDF signature over its byte range, that nothing was appended after signing, the signer&apos;s certificate chain to a CA you trust (--ca, or the workspace&apos;s trust store), and with --workspace that the export is recorded and every digest in the package matches the records. Exit 0 valid, 1 invalid (the finding is printed), 2 unreadable.</source>
        <translation>Ein signiertes Änderungskontrollpaket verifizieren: die PDF-Signatur über ihren Bytebereich, dass nach dem Signieren nichts angehängt wurde, die Zertifikatskette der Signierenden bis zu einer CA, der Sie vertrauen (--ca oder der Vertrauensspeicher des Arbeitsbereichs), und mit --workspace, dass der Export festgehalten ist und jeder Digest im Paket zu den Datensätzen passt. Exit 0 gültig, 1 ungültig (der Befund wird ausgegeben), 2 unlesbar.</translation>
    </message>
    <message>
        <source>The workspace the package comes from (opened read-only).</source>
        <translation>Der Arbeitsbereich, aus dem das Paket stammt (nur lesend geöffnet).</translation>
    </message>
    <message>
        <source>A CA certificate (PEM or DER) to trust; may be repeated.</source>
        <translation>Ein CA-Zertifikat (PEM oder DER), dem vertraut wird; wiederholbar.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>package verify: give the CA to trust (--ca FILE) or the workspace (--workspace W)</source>
        <translation>package verify: geben Sie die vertrauenswürdige CA (--ca FILE) oder den Arbeitsbereich (--workspace W) an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 (%2 Bytes, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Export the inspector&apos;s audit report as a PDF/A-1b file signed with your certificate: the workspace&apos;s identity and verifier key, the verification of the trail, checkpoints, reviews, signatures, account and settings changes, and every event of the range with its hashes. Dates are UTC: --from 2026-10-01 --to 2026-10-31 lists the whole of October.</source>
        <translation>Den Auditbericht für Inspektionen als PDF/A-1b-Datei exportieren, signiert mit Ihrem Zertifikat: Identität und Prüfschlüssel des Arbeitsbereichs, die Verifikation des Trails, Prüfpunkte, Überprüfungen, Signaturen, Konto- und Einstellungsänderungen sowie jedes Ereignis des Zeitraums mit seinen Hashes. Daten sind UTC: --from 2026-10-01 --to 2026-10-31 umfasst den ganzen Oktober.</translation>
    </message>
    <message>
        <source>The first day (or time) to list, UTC.</source>
        <translation>Der erste aufzulistende Tag (oder Zeitpunkt), UTC.</translation>
    </message>
    <message>
        <source>The last day to list (or the time to stop before), UTC.</source>
        <translation>Der letzte aufzulistende Tag (oder der Zeitpunkt, vor dem aufgehört wird), UTC.</translation>
    </message>
    <message>
        <source>report audit: --%1 &quot;%2&quot; is not a date (2026-10-18) or a UTC time (2026-10-18T09:00:00Z)</source>
        <translation>report audit: --%1 &quot;%2&quot; ist kein Datum (2026-10-18) und keine UTC-Zeit (2026-10-18T09:00:00Z)</translation>
    </message>
    <message>
        <source>report audit: --to must come after --from</source>
        <translation>report audit: --to muss nach --from liegen</translation>
    </message>
    <message>
        <source>Exporting the audit report</source>
        <translation>Auditbericht wird exportiert</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>den Auditbericht</translation>
    </message>
    <message>
        <source>Export a model&apos;s PCCP as a PDF/A-1b document signed with your certificate, in the structure of FDA&apos;s PCCP guidance: modifications, modification protocols with their acceptance criteria, impact assessment, traceability table and real-world monitoring rules, with the version&apos;s status and signatures.</source>
        <translation>Den PCCP eines Modells als PDF/A-1b-Dokument exportieren, signiert mit Ihrem Zertifikat, in der Gliederung der PCCP-Leitlinie der FDA: Modifikationen, Modifikationsprotokolle mit ihren Akzeptanzkriterien, Folgenabschätzung, Rückverfolgbarkeitstabelle und Überwachungsregeln für den Realbetrieb, mit Status und Signaturen der Version.</translation>
    </message>
    <message>
        <source>The PCCP version (default: the one in force, else the newest).</source>
        <translation>Die PCCP-Version (Standard: die geltende, sonst die neueste).</translation>
    </message>
    <message>
        <source>Exporting the PCCP</source>
        <translation>PCCP wird exportiert</translation>
    </message>
    <message>
        <source>the PCCP of %1</source>
        <translation>den PCCP von %1</translation>
    </message>
</context>
<context>
    <name>cs::cli::PccpCli</name>
    <message>
        <source>Real-world monitoring</source>
        <translation>Überwachung im Realbetrieb</translation>
    </message>
    <message>
        <source>Traceability (modification x protocol part: described, rules)</source>
        <translation>Rückverfolgbarkeit (Modifikation x Protokollteil: beschrieben, Regeln)</translation>
    </message>
    <message>
        <source>Check a PCCP written in YAML: every modification, every acceptance rule in words and the traceability table, or every problem with the file, line and field. Needs no workspace.</source>
        <translation>Einen in YAML geschriebenen PCCP prüfen: jede Modifikation, jede Akzeptanzregel in Worten und die Rückverfolgbarkeitstabelle, oder jedes Problem mit Datei, Zeile und Feld. Braucht keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Print the PCCP and its traceability table as JSON.</source>
        <translation>Den PCCP und seine Rückverfolgbarkeitstabelle als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (Modell %2)</translation>
    </message>
    <message>
        <source>Save a PCCP written in YAML as the next version of its model&apos;s PCCP (regulatory affairs). It is in force once you sign it as authored and a QA officer approves it (pccp sign).</source>
        <translation>Einen in YAML geschriebenen PCCP als nächste Version des PCCP seines Modells speichern (Regulatory Affairs). Er gilt, sobald Sie ihn als verfasst signieren und ein QA-Beauftragter ihn genehmigt (pccp sign).</translation>
    </message>
    <message>
        <source>Saved version %1 of the PCCP of %2 (content SHA-256 %3); it is in force once its author signs it as authored and a QA officer approves it: pccp sign %4 %5 --version %6 --meaning authored|approved</source>
        <translation>Version %1 des PCCP von %2 gespeichert (Inhalt SHA-256 %3); sie gilt, sobald ihr Verfasser sie als verfasst signiert und ein QA-Beauftragter sie genehmigt: pccp sign %4 %5 --version %6 --meaning authored|approved</translation>
    </message>
    <message>
        <source>List every version of every model&apos;s PCCP with its status and signatures.</source>
        <translation>Jede Version des PCCP jedes Modells mit Status und Signaturen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No PCCP in this workspace; import one with pccp import WORKSPACE FILE.yaml</source>
        <translation>Kein PCCP in diesem Arbeitsbereich; importieren Sie einen mit pccp import WORKSPACE FILE.yaml</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation>SIGNATUREN</translation>
    </message>
    <message>
        <source>Show a model&apos;s PCCP: the version in force (or the newest), or the one --version names, with its signatures, every modification and rule in words, and the traceability table.</source>
        <translation>Den PCCP eines Modells zeigen: die geltende (oder neueste) Version oder die mit --version genannte, mit ihren Signaturen, jeder Modifikation und Regel in Worten und der Rückverfolgbarkeitstabelle.</translation>
    </message>
    <message>
        <source>The version to show.</source>
        <translation>Die zu zeigende Version.</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2</source>
        <translation>Modell %1 hat keine PCCP-Version %2</translation>
    </message>
    <message>
        <source>model %1 has no PCCP in this workspace</source>
        <translation>Modell %1 hat keinen PCCP in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1
PCCP of %2, version %3: %4
Saved by %5 at %6 from %7; content SHA-256 %8
Signatures: %9</source>
        <translation>%1
PCCP von %2, Version %3: %4
Gespeichert von %5 am %6 aus %7; Inhalt SHA-256 %8
Signaturen: %9</translation>
    </message>
    <message>
        <source>Sign a version of a model&apos;s PCCP: its author (regulatory affairs) as authored, then a QA officer who is not the author as approved. The newest approved version is in force.</source>
        <translation>Eine Version des PCCP eines Modells signieren: ihr Verfasser (Regulatory Affairs) als verfasst, dann ein QA-Beauftragter, der nicht der Verfasser ist, als genehmigt. Die neueste genehmigte Version gilt.</translation>
    </message>
    <message>
        <source>The version to sign.</source>
        <translation>Die zu signierende Version.</translation>
    </message>
    <message>
        <source>authored or approved.</source>
        <translation>authored oder approved.</translation>
    </message>
    <message>
        <source>Why you sign.</source>
        <translation>Warum Sie signieren.</translation>
    </message>
    <message>
        <source>pccp sign: --version N, --meaning authored|approved, --user USER and --pkcs12 FILE are required</source>
        <translation>pccp sign: --version N, --meaning authored|approved, --user USER und --pkcs12 FILE sind erforderlich</translation>
    </message>
    <message>
        <source>Signature %1: pccp:%2 signed as &quot;%3&quot;; the version is now %4</source>
        <translation>Signatur %1: pccp:%2 als &quot;%3&quot; signiert; die Version ist jetzt %4</translation>
    </message>
</context>
<context>
    <name>cs::cli::StatsCommands</name>
    <message>
        <source>Compare a reference and a candidate model on one validation set: AUC with DeLong intervals and the paired DeLong test, sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals, Brier score, McNemar&apos;s test, Newcombe&apos;s interval for the accuracy difference and the non-inferiority decision.</source>
        <translation>Ein Referenz- und ein Kandidatenmodell auf einem Validierungsdatensatz vergleichen: AUC mit DeLong-Intervallen und dem gepaarten DeLong-Test, Sensitivität, Spezifität, PPV, NPV und Genauigkeit mit Wilson-Intervallen, Brier-Score, McNemar-Test, Newcombe-Intervall für die Genauigkeitsdifferenz und die Nichtunterlegenheitsentscheidung.</translation>
    </message>
    <message>
        <source>The label column (0/1, true/false, yes/no).</source>
        <translation>Die Label-Spalte (0/1, true/false, yes/no).</translation>
    </message>
    <message>
        <source>The reference model&apos;s score column.</source>
        <translation>Die Score-Spalte des Referenzmodells.</translation>
    </message>
    <message>
        <source>The candidate model&apos;s score column.</source>
        <translation>Die Score-Spalte des Kandidatenmodells.</translation>
    </message>
    <message>
        <source>Predicted positive iff score &gt;= T (default 0.5).</source>
        <translation>Positiv vorhergesagt genau dann, wenn Score &gt;= T (Standard 0,5).</translation>
    </message>
    <message>
        <source>Threshold of the reference model.</source>
        <translation>Schwelle des Referenzmodells.</translation>
    </message>
    <message>
        <source>Threshold of the candidate model.</source>
        <translation>Schwelle des Kandidatenmodells.</translation>
    </message>
    <message>
        <source>1 - confidence level (default 0.05).</source>
        <translation>1 - Konfidenzniveau (Standard 0,05).</translation>
    </message>
    <message>
        <source>Non-inferiority margin on accuracy (default 0.05).</source>
        <translation>Nichtunterlegenheitsmarge für die Genauigkeit (Standard 0,05).</translation>
    </message>
    <message>
        <source>A subgroup column: metrics per group.</source>
        <translation>Eine Untergruppenspalte: Metriken pro Gruppe.</translation>
    </message>
    <message>
        <source>With a WORKSPACE instead of FILE.csv: the dataset whose stored predictions are compared.</source>
        <translation>Mit einem WORKSPACE statt FILE.csv: der Datensatz, dessen gespeicherte Vorhersagen verglichen werden.</translation>
    </message>
    <message>
        <source>With --dataset: the model (needed when versions of several models have predictions on the dataset).</source>
        <translation>Mit --dataset: das Modell (nötig, wenn Versionen mehrerer Modelle Vorhersagen auf dem Datensatz haben).</translation>
    </message>
    <message>
        <source>With --dataset: the reference version.</source>
        <translation>Mit --dataset: die Referenzversion.</translation>
    </message>
    <message>
        <source>With --dataset: the candidate version.</source>
        <translation>Mit --dataset: die Kandidatenversion.</translation>
    </message>
    <message>
        <source>Print JSON (the only output for now).</source>
        <translation>JSON ausgeben (vorerst die einzige Ausgabe).</translation>
    </message>
    <message>
        <source>stats compare: give FILE.csv with --label COL, --reference COL and --candidate COL, or WORKSPACE with --dataset NAME, --reference-version V and --candidate-version V</source>
        <translation>stats compare: geben Sie FILE.csv mit --label COL, --reference COL und --candidate COL an, oder WORKSPACE mit --dataset NAME, --reference-version V und --candidate-version V</translation>
    </message>
    <message>
        <source>stats compare: --threshold, --alpha (between 0 and 1) and --margin take numbers</source>
        <translation>stats compare: --threshold, --alpha (zwischen 0 und 1) und --margin erwarten Zahlen</translation>
    </message>
    <message>
        <source>stats compare: --%1 takes a number</source>
        <translation>stats compare: --%1 erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Compare a reference window with a current window column by column, with Evidently&apos;s default test for each column (Kolmogorov-Smirnov, chi-square, two-proportion z, Jensen-Shannon or Wasserstein) and the population stability index.</source>
        <translation>Ein Referenz- mit einem aktuellen Zeitfenster Spalte für Spalte vergleichen, mit dem Standardtest von Evidently für jede Spalte (Kolmogorov-Smirnov, Chi-Quadrat, Zwei-Anteile-z, Jensen-Shannon oder Wasserstein) und dem Population Stability Index.</translation>
    </message>
    <message>
        <source>The reference window (CSV).</source>
        <translation>Das Referenzzeitfenster (CSV).</translation>
    </message>
    <message>
        <source>The current window (CSV).</source>
        <translation>Das aktuelle Zeitfenster (CSV).</translation>
    </message>
    <message>
        <source>Only these columns, comma-separated (default: every column of the reference).</source>
        <translation>Nur diese Spalten, kommagetrennt (Standard: jede Spalte der Referenz).</translation>
    </message>
    <message>
        <source>PSI bins: reference quantiles (default 10).</source>
        <translation>PSI-Klassen: Quantile der Referenz (Standard 10).</translation>
    </message>
    <message>
        <source>stats drift: give --reference REF.csv and --current CUR.csv</source>
        <translation>stats drift: geben Sie --reference REF.csv und --current CUR.csv an</translation>
    </message>
    <message>
        <source>stats drift: --bins takes a whole number from 2 to 1000, not &quot;%1&quot;</source>
        <translation>stats drift: --bins erwartet eine ganze Zahl von 2 bis 1000, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stats: expected compare or drift</source>
        <translation>stats: erwartet compare oder drift</translation>
    </message>
</context>
<context>
    <name>cs::ossl</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
</context>
<context>
    <name>cs::reports::AuditReport</name>
    <message>
        <source>the whole trail</source>
        <translation>der ganze Trail</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>dem Ende</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Audit-Bericht</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Demo-Arbeitsbereich: erfundene Daten, nur zum Ausprobieren von Countersign.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Prüfschlüssel</translation>
    </message>
    <message>
        <source>Events listed</source>
        <translation>Aufgeführte Ereignisse</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>This report is signed by the person who exported it (PAdES, ETSI.CAdES.detached). Its checkpoint can be checked with the verifier key above, which the workspace recorded when it was created; every event&apos;s chain hash follows from the one before it (docs/audit-trail.md).</source>
        <translation>Dieser Bericht ist von der Person signiert, die ihn exportiert hat (PAdES, ETSI.CAdES.detached). Sein Prüfpunkt lässt sich mit dem obigen Prüfschlüssel prüfen, den der Arbeitsbereich bei seiner Anlage aufgezeichnet hat; der Ketten-Hash jedes Ereignisses folgt aus dem vorherigen (docs/audit-trail.md).</translation>
    </message>
    <message>
        <source>1. Verification of the whole trail</source>
        <translation>1. Prüfung des ganzen Trails</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Checkpoints checked</source>
        <translation>Geprüfte Prüfpunkte</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Kettenkopf</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>2. Checkpoints</source>
        <translation>2. Prüfpunkte</translation>
    </message>
    <message>
        <source>Every checkpoint written in the range; the last is the one this export wrote or found current. Its note, verbatim:</source>
        <translation>Jeder im Bereich geschriebene Prüfpunkt; der letzte ist der, den dieser Export geschrieben oder als aktuell vorgefunden hat. Seine Notiz im Wortlaut:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation>Signiert (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Root hash (base64)</source>
        <translation>Wurzel-Hash (Base64)</translation>
    </message>
    <message>
        <source>3. Audit-trail reviews</source>
        <translation>3. Audit-Trail-Prüfungen</translation>
    </message>
    <message>
        <source>Reviewed (UTC)</source>
        <translation>Geprüft (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>4. Signatures (21 CFR 11.50 manifestation)</source>
        <translation>4. Signaturen (Manifestation nach 21 CFR 11.50)</translation>
    </message>
    <message>
        <source>Printed name (user ID, role)</source>
        <translation>Name in Druckschrift (Benutzer-ID, Rolle)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Verified now</source>
        <translation>Jetzt geprüft</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <source>5. Accounts, roles, lockouts and failed sign-ins</source>
        <translation>5. Konten, Rollen, Sperren und fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Account or setting</source>
        <translation>Konto oder Einstellung</translation>
    </message>
    <message>
        <source>Change and reason</source>
        <translation>Änderung und Begründung</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>6. Settings changes</source>
        <translation>6. Änderungen der Einstellungen</translation>
    </message>
    <message>
        <source>7. Events</source>
        <translation>7. Ereignisse</translation>
    </message>
    <message>
        <source>Every event of the range with its leaf hash (SHA-256 of a zero byte and the event&apos;s canonical bytes) and its chain hash (SHA-256 of the previous chain hash and the leaf hash).</source>
        <translation>Jedes Ereignis des Bereichs mit seinem Blatt-Hash (SHA-256 eines Null-Bytes und der kanonischen Bytes des Ereignisses) und seinem Ketten-Hash (SHA-256 des vorherigen Ketten-Hashs und des Blatt-Hashs).</translation>
    </message>
    <message>
        <source>Action, record, reason</source>
        <translation>Aktion, Eintrag, Begründung</translation>
    </message>
    <message>
        <source>Leaf hash, chain hash</source>
        <translation>Blatt-Hash, Ketten-Hash</translation>
    </message>
    <message>
        <source>an audit report carries a signed checkpoint of the trail, and %1</source>
        <translation>ein Audit-Bericht enthält einen signierten Prüfpunkt des Trails, und %1</translation>
    </message>
    <message>
        <source>Audit report of %1</source>
        <translation>Audit-Bericht von %1</translation>
    </message>
    <message>
        <source>Audit report, %1</source>
        <translation>Audit-Bericht, %1</translation>
    </message>
    <message>
        <source>Exported by %1 as the audit report of %2</source>
        <translation>Von %1 als Audit-Bericht von %2 exportiert</translation>
    </message>
    <message>
        <source>the export of the audit report was recorded (SHA-256 %1) but %2</source>
        <translation>der Export des Audit-Berichts wurde aufgezeichnet (SHA-256 %1), aber %2</translation>
    </message>
</context>
<context>
    <name>cs::reports::ChangeControlPackage</name>
    <message>
        <source>version %1 of %2, a first release (no baseline)</source>
        <translation>Version %1 von %2, eine Erstfreigabe (keine Baseline)</translation>
    </message>
    <message>
        <source>version %1 of %2 against version %3 in production</source>
        <translation>Version %1 von %2 gegen Version %3 in Produktion</translation>
    </message>
    <message>
        <source>, and against the originally cleared version %1</source>
        <translation>, und gegen die ursprünglich zugelassene Version %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No signature on this request yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Signatur auf diesem Antrag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Printed name (user ID, role)</source>
        <translation>Name in Druckschrift (Benutzer-ID, Rolle)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Verified at export</source>
        <translation>Beim Export geprüft</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Signatur %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, serial %3, SHA-256 fingerprint</source>
        <translation>Zertifikat %1, ausgestellt von %2, Seriennummer %3, SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificate %1 (unreadable)</source>
        <translation>Zertifikat %1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>Change-control package</source>
        <translation>Änderungskontrollpaket</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Demo-Arbeitsbereich: erfundene Daten, nur zum Ausprobieren von Countersign.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Zweckbestimmung</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, Revision %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Signature manifestation</source>
        <translation>Signaturmanifestation</translation>
    </message>
    <message>
        <source>2. Summary</source>
        <translation>2. Zusammenfassung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Thresholds: candidate %1, baseline %2. Alpha %3. Non-inferiority margins: sensitivity %4, specificity %5, accuracy %6 (points), AUC %7. Subgroups: %8, with at least %9 positives for a verdict.</source>
        <translation>Schwellenwerte: Kandidat %1, Baseline %2. Alpha %3. Nichtunterlegenheitstoleranzen: Sensitivität %4, Spezifität %5, Genauigkeit %6 (Punkte), AUC %7. Untergruppen: %8, mit mindestens %9 Positiven für ein Urteil.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>5. Validation</source>
        <translation>5. Validierung</translation>
    </message>
    <message>
        <source>5.%1 %2 (%3 set): %4 samples, %5 positives (prevalence %6%)</source>
        <translation>5.%1 %2 (%3-Datensatz): %4 Stichproben, %5 Positive (Prävalenz %6 %)</translation>
    </message>
    <message>
        <source>Confusion matrices at each version&apos;s threshold</source>
        <translation>Konfusionsmatrizen beim Schwellenwert jeder Version</translation>
    </message>
    <message>
        <source>ROC curves and calibration (reliability diagram)</source>
        <translation>ROC-Kurven und Kalibrierung (Reliability-Diagramm)</translation>
    </message>
    <message>
        <source>Sensitivity difference per subgroup, against the non-inferiority margin</source>
        <translation>Sensitivitätsdifferenz je Untergruppe, gegen die Nichtunterlegenheitstoleranz</translation>
    </message>
    <message>
        <source>Subgroups by %1: %2</source>
        <translation>Untergruppen nach %1: %2</translation>
    </message>
    <message>
        <source>Against the originally cleared version %1 (threshold %2)</source>
        <translation>Gegen die ursprünglich zugelassene Version %1 (Schwellenwert %2)</translation>
    </message>
    <message>
        <source>Against the cleared version, subgroups by %1: sensitivity</source>
        <translation>Gegen die zugelassene Version, Untergruppen nach %1: Sensitivität</translation>
    </message>
    <message>
        <source>7. Risk-benefit analysis and rollback plan</source>
        <translation>7. Nutzen-Risiko-Analyse und Rollback-Plan</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Risks considered</source>
        <translation>Betrachtete Risiken</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <source>No version to return to (a first release): retire the version instead.</source>
        <translation>Keine Version, zu der zurückgekehrt werden kann (eine Erstfreigabe): nehmen Sie stattdessen die Version außer Betrieb.</translation>
    </message>
    <message>
        <source>Return to version %1 when: %2</source>
        <translation>Rückkehr zu Version %1, wenn: %2</translation>
    </message>
    <message>
        <source>8. Approval record and audit-trail excerpt</source>
        <translation>8. Genehmigungsnachweis und Audit-Trail-Auszug</translation>
    </message>
    <message>
        <source>8.1 Steps and signatures</source>
        <translation>8.1 Schritte und Signaturen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>What changed from the one before</source>
        <translation>Was sich gegenüber der vorherigen geändert hat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>8.2 Revisions</source>
        <translation>8.2 Revisionen</translation>
    </message>
    <message>
        <source>8.3 Audit-trail excerpt</source>
        <translation>8.3 Audit-Trail-Auszug</translation>
    </message>
    <message>
        <source>No excerpt: this copy was not made by an export (only an export writes the checkpoint an excerpt is proved against).</source>
        <translation>Kein Auszug: diese Kopie wurde nicht durch einen Export erstellt (nur ein Export schreibt den Prüfpunkt, gegen den ein Auszug bewiesen wird).</translation>
    </message>
    <message>
        <source>the package&apos;s excerpt</source>
        <translation>der Auszug des Pakets</translation>
    </message>
    <message>
        <source>The excerpt does not verify: %1</source>
        <translation>Der Auszug lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Every event of the audit trail about %1, its versions, its datasets and its signatures, up to the checkpoint below: %2 of the %3 events the checkpoint covers. Each event&apos;s leaf hash is the SHA-256 of a zero byte followed by the event&apos;s canonical bytes (RFC 8785 JSON, docs/audit-trail.md); its inclusion proof (RFC 6962, nearest sibling first) leads from the leaf to the root hash the checkpoint signs. The canonical bytes of every event, the proofs and the checkpoint are also in the manifest the PDF signature covers (key audit_excerpt), so that they can be checked without retyping: the appendix says how.</source>
        <translation>Jedes Ereignis des Audit-Trails zu %1, seinen Versionen, Datensätzen und Signaturen bis zum unten stehenden Prüfpunkt: %2 der %3 Ereignisse, die der Prüfpunkt abdeckt. Der Blatt-Hash jedes Ereignisses ist der SHA-256 eines Null-Bytes, gefolgt von den kanonischen Bytes des Ereignisses (RFC-8785-JSON, docs/audit-trail.md); sein Inklusionsbeweis (RFC 6962, nächstes Geschwister zuerst) führt vom Blatt zum Wurzel-Hash, den der Prüfpunkt signiert. Die kanonischen Bytes jedes Ereignisses, die Beweise und der Prüfpunkt stehen auch im Manifest, das die PDF-Signatur abdeckt (Schlüssel audit_excerpt), damit sie ohne Abtippen geprüft werden können: der Anhang sagt, wie.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>events 1 to %1, signed %2</source>
        <translation>Ereignisse 1 bis %1, signiert %2</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Prüfschlüssel</translation>
    </message>
    <message>
        <source>The checkpoint, verbatim (C2SP signed note; its signature line is broken at its space to fit the page)</source>
        <translation>Der Prüfpunkt im Wortlaut (signierte Notiz nach C2SP; seine Signaturzeile ist am Leerzeichen umbrochen, damit sie auf die Seite passt)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>(none: the tree has one leaf)</source>
        <translation>(keiner: der Baum hat ein Blatt)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>9. Appendix: digests and verification</source>
        <translation>9. Anhang: Digests und Prüfung</translation>
    </message>
    <message>
        <source>Made by Countersign %1. This PDF is signed by the person who exported it (PAdES, ETSI.CAdES.detached), over every byte but the signature itself. To check it: open it in any PDF reader and look at the signature panel, or run pdfsig with a trust store that holds the workspace&apos;s CA. countersign-cli package verify FILE.pdf --ca CA.pem checks the signature, the certificate chain and the audit-trail excerpt (the checkpoint&apos;s signature with the verifier key, each event&apos;s leaf hash and inclusion proof); with --workspace WORKSPACE it also holds the digests above and the excerpt against the workspace&apos;s records and trail. Without Countersign: qpdf --show-object with --raw-stream-data prints the manifest (the object /CS_PackageManifest names in the catalog), whose audit_excerpt holds every event&apos;s bytes and proof, and the verifier key&apos;s last 32 bytes are the Ed25519 public key that signs the checkpoint (openssl pkeyutl -verify).</source>
        <translation>Erstellt mit Countersign %1. Dieses PDF ist von der Person signiert, die es exportiert hat (PAdES, ETSI.CAdES.detached), über jedes Byte außer der Signatur selbst. Zur Prüfung: öffnen Sie es in einem beliebigen PDF-Reader und sehen Sie in den Signaturbereich, oder führen Sie pdfsig mit einem Vertrauensspeicher aus, der die CA des Arbeitsbereichs enthält. countersign-cli package verify DATEI.pdf --ca CA.pem prüft die Signatur, die Zertifikatskette und den Audit-Trail-Auszug (die Signatur des Prüfpunkts mit dem Prüfschlüssel, Blatt-Hash und Inklusionsbeweis jedes Ereignisses); mit --workspace ARBEITSBEREICH prüft es außerdem die obigen Digests und den Auszug gegen die Einträge und den Trail des Arbeitsbereichs. Ohne Countersign: qpdf --show-object mit --raw-stream-data gibt das Manifest aus (das Objekt, das /CS_PackageManifest im Katalog nennt), dessen audit_excerpt die Bytes und den Beweis jedes Ereignisses enthält, und die letzten 32 Bytes des Prüfschlüssels sind der öffentliche Ed25519-Schlüssel, der den Prüfpunkt signiert (openssl pkeyutl -verify).</translation>
    </message>
    <message>
        <source>Revision %1 content</source>
        <translation>Inhalt von Revision %1</translation>
    </message>
    <message>
        <source>Revision %1 plan</source>
        <translation>Plan von Revision %1</translation>
    </message>
    <message>
        <source>Revision %1 evidence</source>
        <translation>Nachweise von Revision %1</translation>
    </message>
    <message>
        <source>%1: file %2</source>
        <translation>%1: Datei %2</translation>
    </message>
    <message>
        <source>%1: data contract %2 (%3)</source>
        <translation>%1: Datenvertrag %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 predictions</source>
        <translation>%1: %2 Vorhersagen</translation>
    </message>
    <message>
        <source>Signature %1 manifest</source>
        <translation>Manifest von Signatur %1</translation>
    </message>
    <message>
        <source>%1 has no validation evidence yet (it is %2); a package is made once it is evaluated</source>
        <translation>%1 hat noch keine Validierungsnachweise (Status %2); ein Paket wird erstellt, sobald er ausgewertet ist</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Kandidat v%1</translation>
    </message>
    <message>
        <source>Change-control package %1</source>
        <translation>Änderungskontrollpaket %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>MLflow registry at import</source>
        <translation>MLflow-Register beim Import</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1 (hinzugefügt)</translation>
    </message>
    <message>
        <source>3. What changed</source>
        <translation>3. Was sich geändert hat</translation>
    </message>
    <message>
        <source>The evidence of this request does not record what changed (it was computed before Countersign froze the differences with it); compare the versions in the registry.</source>
        <translation>Die Nachweise dieses Antrags zeichnen nicht auf, was sich geändert hat (sie wurden berechnet, bevor Countersign die Unterschiede mit ihnen einfror); vergleichen Sie die Versionen im Register.</translation>
    </message>
    <message>
        <source>A first release: everything version %1 records, as frozen with the evidence.</source>
        <translation>Eine Erstfreigabe: alles, was Version %1 aufzeichnet, wie mit den Nachweisen eingefroren.</translation>
    </message>
    <message>
        <source>From version %1 (baseline) to version %2 (candidate), as frozen with the evidence when the request was evaluated.</source>
        <translation>Von Version %1 (Baseline) zu Version %2 (Kandidat), wie beim Auswerten des Antrags mit den Nachweisen eingefroren.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Author, time (UTC) and summary</source>
        <translation>Autor, Zeit (UTC) und Zusammenfassung</translation>
    </message>
    <message>
        <source>Baseline v%1</source>
        <translation>Baseline v%1</translation>
    </message>
    <message>
        <source>Cleared v%1</source>
        <translation>Zugelassen v%1</translation>
    </message>
    <message>
        <source>no commit attached (import git)</source>
        <translation>kein Commit angehängt (git importieren)</translation>
    </message>
    <message>
        <source>The candidate&apos;s commit message</source>
        <translation>Die Commit-Nachricht des Kandidaten</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Line diff of %1</source>
        <translation>Zeilen-Diff von %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>A first release has no earlier configuration to compare with; its configuration is that of the commit above.</source>
        <translation>Eine Erstfreigabe hat keine frühere Konfiguration zum Vergleich; ihre Konfiguration ist die des obigen Commits.</translation>
    </message>
    <message>
        <source>No configuration file differs, or none was recorded for both versions.</source>
        <translation>Keine Konfigurationsdatei unterscheidet sich, oder für beide Versionen wurde keine aufgezeichnet.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>No parameter differs.</source>
        <translation>Kein Parameter unterscheidet sich.</translation>
    </message>
    <message>
        <source>Metrics logged by training</source>
        <translation>Beim Training geloggte Metriken</translation>
    </message>
    <message>
        <source>No logged metric differs.</source>
        <translation>Keine geloggte Metrik unterscheidet sich.</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>No artifact differs.</source>
        <translation>Kein Artefakt unterscheidet sich.</translation>
    </message>
    <message>
        <source>Data digests</source>
        <translation>Daten-Digests</translation>
    </message>
    <message>
        <source>No training data digest differs, or none was recorded for both versions.</source>
        <translation>Kein Digest der Trainingsdaten unterscheidet sich, oder für beide Versionen wurde keiner aufgezeichnet.</translation>
    </message>
    <message>
        <source>Tags, registry and logged model</source>
        <translation>Tags, Register und geloggtes Modell</translation>
    </message>
    <message>
        <source>Nothing else differs.</source>
        <translation>Sonst unterscheidet sich nichts.</translation>
    </message>
    <message>
        <source>4. Data</source>
        <translation>4. Daten</translation>
    </message>
    <message>
        <source>4.%1 %2 (%3 set)</source>
        <translation>4.%1 %2 (%3-Datensatz)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>yes: no sample can be added or changed</source>
        <translation>ja: keine Stichprobe kann hinzugefügt oder geändert werden</translation>
    </message>
    <message>
        <source>Samples evaluated</source>
        <translation>Ausgewertete Stichproben</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prävalenz</translation>
    </message>
    <message>
        <source>Predictions of the %1</source>
        <translation>Vorhersagen von %1</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>The evidence does not record this dataset&apos;s files.</source>
        <translation>Die Nachweise zeichnen die Dateien dieses Datensatzes nicht auf.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows, samples added</source>
        <translation>Zeilen, hinzugefügte Stichproben</translation>
    </message>
    <message>
        <source>SHA-256 of the file, digest of the samples it added</source>
        <translation>SHA-256 der Datei, Digest der von ihr hinzugefügten Stichproben</translation>
    </message>
    <message>
        <source>Data contracts</source>
        <translation>Datenverträge</translation>
    </message>
    <message>
        <source>No data contract is attached to this dataset.</source>
        <translation>An diesen Datensatz ist kein Datenvertrag angehängt.</translation>
    </message>
    <message>
        <source>%1 suite &quot;%2&quot; (Great Expectations %3): %4, %5 of %6 expectations met. Read from %7, SHA-256 %8.</source>
        <translation>%1 Suite „%2“ (Great Expectations %3): %4, %5 von %6 Erwartungen erfüllt. Gelesen aus %7, SHA-256 %8.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>6. Regulatory determination (PCCP)</source>
        <translation>6. Regulatorische Einordnung (PCCP)</translation>
    </message>
    <message>
        <source>This request&apos;s evidence was frozen before Countersign checked change requests against a PCCP; it records no determination.</source>
        <translation>Die Nachweise dieses Antrags wurden eingefroren, bevor Countersign Änderungsanträge gegen einen PCCP prüfte; sie enthalten keine Einordnung.</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>%1, version %2, of %3</source>
        <translation>%1, Version %2, von %3</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <source>Modification named</source>
        <translation>Genannte Modifikation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modifikation</translation>
    </message>
    <message>
        <source>Acceptance criteria and their verdicts</source>
        <translation>Akzeptanzkriterien und ihre Urteile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Akzeptanzkriterium</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Gelesen auf</translation>
    </message>
    <message>
        <source>PASS: the criterion is met. FAIL: it is not, and the interval&apos;s other end does not meet it either. INCONCLUSIVE: the interval straddles the bound, so the criterion is not shown to be met. NOT EVALUABLE: the evidence holds no such number, or fewer positives than the rule asks. A blocking rule that fails or is inconclusive refuses approval; one not evaluable needs a QA officer&apos;s signed justification.</source>
        <translation>BESTANDEN: das Kriterium ist erfüllt. NICHT BESTANDEN: es ist nicht erfüllt, und auch das andere Ende des Intervalls erfüllt es nicht. NICHT SCHLÜSSIG: das Intervall überspannt die Grenze, daher ist das Kriterium nicht als erfüllt nachgewiesen. NICHT AUSWERTBAR: die Nachweise enthalten keine solche Zahl oder weniger Positive als die Regel verlangt. Eine blockierende Regel, die nicht besteht oder nicht schlüssig ist, verhindert die Genehmigung; eine nicht auswertbare erfordert eine signierte Begründung eines QA-Beauftragten.</translation>
    </message>
</context>
<context>
    <name>cs::reports::ExportPackage</name>
    <message>
        <source>a package carries a signed checkpoint of the audit trail, and %1</source>
        <translation>ein Paket enthält einen signierten Prüfpunkt des Audit-Trails, und %1</translation>
    </message>
    <message>
        <source>the package could not be written: %1</source>
        <translation>das Paket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported by %1 as the change-control package of %2</source>
        <translation>Von %1 als Änderungskontrollpaket von %2 exportiert</translation>
    </message>
    <message>
        <source>the export of %1 was recorded (SHA-256 %2) but %3</source>
        <translation>der Export von %1 wurde aufgezeichnet (SHA-256 %2), aber %3</translation>
    </message>
</context>
<context>
    <name>cs::reports::PackageVerifier</name>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>the PDF carries no signature (no /ByteRange)</source>
        <translation>das PDF trägt keine Signatur (kein /ByteRange)</translation>
    </message>
    <message>
        <source>the signature&apos;s /ByteRange at byte %1 is not four numbers</source>
        <translation>das /ByteRange der Signatur bei Byte %1 besteht nicht aus vier Zahlen</translation>
    </message>
    <message>
        <source>the byte range [%1 %2 %3 %4] does not start the file and skip one gap within its %5 bytes</source>
        <translation>der Byte-Bereich [%1 %2 %3 %4] beginnt nicht am Dateianfang und überspringt nicht genau eine Lücke innerhalb seiner %5 Bytes</translation>
    </message>
    <message>
        <source>the bytes the signature leaves out (%1 to %2) are not its /Contents hex string</source>
        <translation>die Bytes, die die Signatur auslässt (%1 bis %2), sind nicht ihr /Contents-Hex-String</translation>
    </message>
    <message>
        <source>the signature&apos;s /Contents is not inside the dictionary of its /ByteRange</source>
        <translation>das /Contents der Signatur liegt nicht im Dictionary ihres /ByteRange</translation>
    </message>
    <message>
        <source>one signature dictionary, /ByteRange [%1 %2 %3 %4]</source>
        <translation>ein Signatur-Dictionary, /ByteRange [%1 %2 %3 %4]</translation>
    </message>
    <message>
        <source>%1 signature dictionaries; the last, /ByteRange [%2 %3 %4 %5], is checked</source>
        <translation>%1 Signatur-Dictionaries; das letzte, /ByteRange [%2 %3 %4 %5], wird geprüft</translation>
    </message>
    <message>
        <source>Audit-trail excerpt</source>
        <translation>Audit-Trail-Auszug</translation>
    </message>
    <message>
        <source>the manifest carries no audit-trail excerpt</source>
        <translation>das Manifest enthält keinen Audit-Trail-Auszug</translation>
    </message>
    <message>
        <source>the package&apos;s excerpt</source>
        <translation>der Auszug des Pakets</translation>
    </message>
    <message>
        <source>the checkpoint is of %1, not of the package&apos;s workspace %2</source>
        <translation>der Prüfpunkt gehört zu %1, nicht zum Arbeitsbereich %2 des Pakets</translation>
    </message>
    <message>
        <source>%1 events, each with its inclusion proof to the checkpoint of events 1 to %2, signed %3 with the verifier key %4</source>
        <translation>%1 Ereignisse, jedes mit seinem Inklusionsbeweis zum Prüfpunkt der Ereignisse 1 bis %2, signiert %3 mit dem Prüfschlüssel %4</translation>
    </message>
    <message>
        <source>Excerpt against the trail</source>
        <translation>Auszug gegen den Trail</translation>
    </message>
    <message>
        <source>the checkpoint is signed with %1, not with this workspace&apos;s key %2</source>
        <translation>der Prüfpunkt ist mit %1 signiert, nicht mit dem Schlüssel %2 dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>event %1 in the trail is not the one the package prints</source>
        <translation>Ereignis %1 im Trail ist nicht das, das das Paket druckt</translation>
    </message>
    <message>
        <source>the workspace&apos;s key signed the checkpoint, its trail still hashes to the checkpoint&apos;s root, and all %1 events are in it byte for byte</source>
        <translation>der Schlüssel des Arbeitsbereichs hat den Prüfpunkt signiert, sein Trail ergibt weiterhin die Wurzel des Prüfpunkts, und alle %1 Ereignisse sind Byte für Byte darin</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Zertifikat des Unterzeichners</translation>
    </message>
    <message>
        <source>issued by a CA of the workspace&apos;s trust store, not revoked at %1 by its newest revocation list, fit for signing, and naming %2 (%3), who exported it</source>
        <translation>ausgestellt von einer CA des Vertrauensspeichers des Arbeitsbereichs, laut neuester Sperrliste am %1 nicht gesperrt, zum Signieren geeignet und auf %2 (%3) lautend, der es exportiert hat</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 comes from workspace %2, not from this one (%3)</source>
        <translation>%1 stammt aus Arbeitsbereich %2, nicht aus diesem (%3)</translation>
    </message>
    <message>
        <source>%1 comes from this workspace (%2)</source>
        <translation>%1 stammt aus diesem Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <source>Recorded export</source>
        <translation>Aufgezeichneter Export</translation>
    </message>
    <message>
        <source>event %1 recorded this file, exported by %2 with the certificate %3, but the PDF is signed with the certificate %4</source>
        <translation>Ereignis %1 hat diese Datei aufgezeichnet, exportiert von %2 mit dem Zertifikat %3, aber das PDF ist mit dem Zertifikat %4 signiert</translation>
    </message>
    <message>
        <source>the audit trail records no export of a file with SHA-256 %1 (the file was changed, or it was not exported from this workspace)</source>
        <translation>der Audit-Trail zeichnet keinen Export einer Datei mit SHA-256 %1 auf (die Datei wurde geändert oder nicht aus diesem Arbeitsbereich exportiert)</translation>
    </message>
    <message>
        <source>event %1: exported by %2 on %3, the same SHA-256 and certificate</source>
        <translation>Ereignis %1: exportiert von %2 am %3, gleicher SHA-256 und gleiches Zertifikat</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>%1 cannot be read from the workspace: %2</source>
        <translation>%1 kann nicht aus dem Arbeitsbereich gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not in the records</source>
        <translation>%1 ist nicht in den Einträgen</translation>
    </message>
    <message>
        <source>%1 is %2 in the package but %3 in the records</source>
        <translation>%1 ist %2 im Paket, aber %3 in den Einträgen</translation>
    </message>
    <message>
        <source>the manifest lists no digests</source>
        <translation>das Manifest listet keine Digests</translation>
    </message>
    <message>
        <source>all %1 digests of %2 match the records</source>
        <translation>alle %1 Digests von %2 stimmen mit den Einträgen überein</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>the audit report of workspace %1, %2 pages</source>
        <translation>der Audit-Bericht von Arbeitsbereich %1, %2 Seiten</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>the checkpoint is of %1, not of workspace %2</source>
        <translation>der Prüfpunkt gehört zu %1, nicht zu Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>events 1 to %1, signed %2 with the verifier key %3</source>
        <translation>Ereignisse 1 bis %1, signiert %2 mit dem Prüfschlüssel %3</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Prüfschlüssel</translation>
    </message>
    <message>
        <source>the report names %1, not this workspace&apos;s key %2</source>
        <translation>der Bericht nennt %1, nicht den Schlüssel %2 dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2, %3 pages</source>
        <translation>Version %1 des PCCP von %2, %3 Seiten</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>the PCCP the manifest carries hashes to %1, not to the %2 it names</source>
        <translation>der PCCP im Manifest ergibt den Hash %1, nicht den genannten %2</translation>
    </message>
    <message>
        <source>the PCCP the manifest carries hashes to %1</source>
        <translation>der PCCP im Manifest ergibt den Hash %1</translation>
    </message>
    <message>
        <source>Stored PCCP</source>
        <translation>Gespeicherter PCCP</translation>
    </message>
    <message>
        <source>the workspace has no version %1 of the PCCP of %2</source>
        <translation>der Arbeitsbereich hat keine Version %1 des PCCP von %2</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 is stored with content %3, not %4</source>
        <translation>Version %1 des PCCP von %2 ist mit dem Inhalt %3 gespeichert, nicht %4</translation>
    </message>
    <message>
        <source>version %1 of the PCCP of %2 is stored with the same content (%3 now)</source>
        <translation>Version %1 des PCCP von %2 ist mit demselben Inhalt gespeichert (jetzt %3)</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>der Audit-Bericht</translation>
    </message>
    <message>
        <source>the PCCP document</source>
        <translation>das PCCP-Dokument</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <source>The audit report is valid.</source>
        <translation>Der Audit-Bericht ist gültig.</translation>
    </message>
    <message>
        <source>The audit report is NOT valid: %1</source>
        <translation>Der Audit-Bericht ist NICHT gültig: %1</translation>
    </message>
    <message>
        <source>The PCCP document is valid.</source>
        <translation>Das PCCP-Dokument ist gültig.</translation>
    </message>
    <message>
        <source>The PCCP document is NOT valid: %1</source>
        <translation>Das PCCP-Dokument ist NICHT gültig: %1</translation>
    </message>
    <message>
        <source>The package is valid.</source>
        <translation>Das Paket ist gültig.</translation>
    </message>
    <message>
        <source>The package is NOT valid: %1</source>
        <translation>Das Paket ist NICHT gültig: %1</translation>
    </message>
    <message>
        <source>it is not a PDF file (no %PDF- header or no %%EOF)</source>
        <translation>es ist keine PDF-Datei (kein %PDF--Kopf oder kein %%EOF)</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Gesamtes Dokument</translation>
    </message>
    <message>
        <source>the signature covers all %1 bytes but its own /Contents</source>
        <translation>die Signatur deckt alle %1 Bytes außer ihrem eigenen /Contents ab</translation>
    </message>
    <message>
        <source>%1 bytes were appended after the signed range ends at byte %2: an update the signature does not cover</source>
        <translation>%1 Bytes wurden nach dem Ende des signierten Bereichs bei Byte %2 angehängt: eine Aktualisierung, die die Signatur nicht abdeckt</translation>
    </message>
    <message>
        <source>Signed bytes</source>
        <translation>Signierte Bytes</translation>
    </message>
    <message>
        <source>the CMS signature (SHA-256) verifies over the %1 signed bytes with the key of %2</source>
        <translation>die CMS-Signatur (SHA-256) lässt sich über die %1 signierten Bytes mit dem Schlüssel von %2 prüfen</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>no CA to check it against (give --ca or --workspace)</source>
        <translation>keine CA, gegen die geprüft werden kann (geben Sie --ca oder --workspace an)</translation>
    </message>
    <message>
        <source>the signature states no signing time</source>
        <translation>die Signatur nennt keinen Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>%1, issued by %2, chains to a trusted CA and was valid when it signed (%3)</source>
        <translation>%1, ausgestellt von %2, führt zu einer vertrauenswürdigen CA und war beim Signieren gültig (%3)</translation>
    </message>
    <message>
        <source>the signed part carries no package manifest (%1): not a change-control package from Countersign</source>
        <translation>der signierte Teil enthält kein Paketmanifest (%1): kein Änderungskontrollpaket von Countersign</translation>
    </message>
    <message>
        <source>the package manifest is not a %1 JSON object</source>
        <translation>das Paketmanifest ist kein JSON-Objekt %1</translation>
    </message>
    <message>
        <source>%1 of workspace %2, %3 digests</source>
        <translation>%1 von Arbeitsbereich %2, %3 Digests</translation>
    </message>
</context>
<context>
    <name>cs::reports::PageStream</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>cs::reports::PagedPdf</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>cs::reports::PccpDocument</name>
    <message>
        <source>(not written)</source>
        <translation>(nicht verfasst)</translation>
    </message>
    <message>
        <source>Data management</source>
        <translation>Datenmanagement</translation>
    </message>
    <message>
        <source>Re-training</source>
        <translation>Nachtraining</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Leistungsbewertung</translation>
    </message>
    <message>
        <source>Update procedures</source>
        <translation>Aktualisierungsverfahren</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Akzeptanzkriterium</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Predetermined Change Control Plan</source>
        <translation>Predetermined Change Control Plan (vorab festgelegter Änderungskontrollplan)</translation>
    </message>
    <message>
        <source>Demo workspace: invented data, for trying Countersign only.</source>
        <translation>Demo-Arbeitsbereich: erfundene Daten, nur zum Ausprobieren von Countersign.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>PCCP version</source>
        <translation>PCCP-Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 von %2 aus %3</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Structured as FDA&apos;s guidance on Predetermined Change Control Plans for AI-enabled device software functions (December 2024): description of modifications, modification protocol, impact assessment. The acceptance criteria are the rules Countersign evaluates on every change request of this model; the traceability table is generated from the plan. This document is signed by the person who exported it (PAdES); its manifest carries the plan&apos;s content, whose SHA-256 is the one above.</source>
        <translation>Gegliedert nach dem FDA-Leitfaden zu Predetermined Change Control Plans für KI-gestützte Gerätesoftwarefunktionen (Dezember 2024): Beschreibung der Modifikationen, Modifikationsprotokoll, Folgenabschätzung. Die Akzeptanzkriterien sind die Regeln, die Countersign bei jedem Änderungsantrag dieses Modells auswertet; die Rückverfolgbarkeitstabelle wird aus dem Plan erzeugt. Dieses Dokument ist von der Person signiert, die es exportiert hat (PAdES); sein Manifest enthält den Inhalt des Plans, dessen SHA-256 der obige ist.</translation>
    </message>
    <message>
        <source>1. Description of modifications</source>
        <translation>1. Beschreibung der Modifikationen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modifikation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>%1 rationale</source>
        <translation>%1 Begründung</translation>
    </message>
    <message>
        <source>%1 labelling affected</source>
        <translation>%1 betroffene Kennzeichnung</translation>
    </message>
    <message>
        <source>2. Modification protocol</source>
        <translation>2. Modifikationsprotokoll</translation>
    </message>
    <message>
        <source>Acceptance criteria (a blocking rule that fails refuses approval of the change request):</source>
        <translation>Akzeptanzkriterien (eine blockierende Regel, die nicht besteht, verhindert die Genehmigung des Änderungsantrags):</translation>
    </message>
    <message>
        <source>3. Impact assessment</source>
        <translation>3. Folgenabschätzung</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Risks, including bias</source>
        <translation>Risiken, einschließlich Bias</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Wechselwirkungen</translation>
    </message>
    <message>
        <source>Cumulative impact</source>
        <translation>Kumulative Auswirkung</translation>
    </message>
    <message>
        <source>4. Traceability</source>
        <translation>4. Rückverfolgbarkeit</translation>
    </message>
    <message>
        <source>Each modification against the four parts of its protocol: whether the protocol describes it and, for performance evaluation, the rules that make it executable. Generated from the plan.</source>
        <translation>Jede Modifikation gegen die vier Teile ihres Protokolls: ob das Protokoll sie beschreibt und, für die Leistungsbewertung, die Regeln, die sie ausführbar machen. Aus dem Plan erzeugt.</translation>
    </message>
    <message>
        <source>Protocol part</source>
        <translation>Protokollteil</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Beschrieben</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>5. Real-world monitoring</source>
        <translation>5. Überwachung im realen Einsatz</translation>
    </message>
    <message>
        <source>The plan names no monitoring rule.</source>
        <translation>Der Plan nennt keine Überwachungsregel.</translation>
    </message>
    <message>
        <source>Evaluated on every drift run of a production window; a rule that fails raises an alert that waits for review.</source>
        <translation>Ausgewertet bei jedem Drift-Lauf eines Produktionsfensters; eine nicht bestandene Regel löst einen Alarm aus, der auf Prüfung wartet.</translation>
    </message>
    <message>
        <source>model %1 has no PCCP version %2</source>
        <translation>Modell %1 hat keine PCCP-Version %2</translation>
    </message>
    <message>
        <source>model %1 has no PCCP in this workspace</source>
        <translation>Modell %1 hat in diesem Arbeitsbereich keinen PCCP</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2</source>
        <translation>PCCP von %1, Version %2</translation>
    </message>
    <message>
        <source>PCCP %1, content SHA-256 %2</source>
        <translation>PCCP %1, Inhalts-SHA-256 %2</translation>
    </message>
    <message>
        <source>Exported by %1 as version %2 of the PCCP of %3</source>
        <translation>Von %1 als Version %2 des PCCP von %3 exportiert</translation>
    </message>
    <message>
        <source>the export of the PCCP was recorded (SHA-256 %1) but %2</source>
        <translation>der Export des PCCP wurde aufgezeichnet (SHA-256 %1), aber %2</translation>
    </message>
</context>
<context>
    <name>cs::reports::PdfSigner</name>
    <message>
        <source>the PDF cannot be signed: %1</source>
        <translation>das PDF kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it has no startxref</source>
        <translation>es hat kein startxref</translation>
    </message>
    <message>
        <source>its startxref does not point to a cross-reference table (a cross-reference stream or a damaged file)</source>
        <translation>sein startxref zeigt nicht auf eine Querverweistabelle (ein Querverweis-Stream oder eine beschädigte Datei)</translation>
    </message>
    <message>
        <source>it has no trailer after its cross-reference table</source>
        <translation>es hat keinen Trailer nach seiner Querverweistabelle</translation>
    </message>
    <message>
        <source>its cross-reference table is malformed near line %1</source>
        <translation>seine Querverweistabelle ist nahe Zeile %1 fehlerhaft</translation>
    </message>
    <message>
        <source>its trailer names no catalog or no size</source>
        <translation>sein Trailer nennt keinen Katalog oder keine Größe</translation>
    </message>
    <message>
        <source>object %1 is not where its cross-reference entry says</source>
        <translation>Objekt %1 ist nicht dort, wo sein Querverweiseintrag angibt</translation>
    </message>
    <message>
        <source>object %1 has no endobj</source>
        <translation>Objekt %1 hat kein endobj</translation>
    </message>
    <message>
        <source>object %1 is not a dictionary</source>
        <translation>Objekt %1 ist kein Dictionary</translation>
    </message>
    <message>
        <source>the annotations of object %1 are not an array</source>
        <translation>die Annotationen von Objekt %1 sind kein Array</translation>
    </message>
    <message>
        <source>it already has a form (this writer signs a document once)</source>
        <translation>es hat bereits ein Formular (dieser Schreiber signiert ein Dokument einmal)</translation>
    </message>
    <message>
        <source>page 1 (object %1) holds its annotations inline</source>
        <translation>Seite 1 (Objekt %1) enthält ihre Annotationen inline</translation>
    </message>
    <message>
        <source>the file is too large for its byte range</source>
        <translation>die Datei ist zu groß für ihren Byte-Bereich</translation>
    </message>
    <message>
        <source>the signature could not be appended: %1</source>
        <translation>die Signatur konnte nicht angehängt werden: %1</translation>
    </message>
    <message>
        <source>the signature takes %1 bytes, more than the %2 reserved</source>
        <translation>die Signatur braucht %1 Bytes, mehr als die reservierten %2</translation>
    </message>
    <message>
        <source>the signature could not be written: %1</source>
        <translation>die Signatur konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the PDF could not be opened in memory</source>
        <translation>das PDF konnte nicht im Speicher geöffnet werden</translation>
    </message>
</context>
<context>
    <name>cs::stats::Comparison</name>
    <message>
        <source>%1: there is no column &quot;%2&quot; (the header has: %3)</source>
        <translation>%1: es gibt keine Spalte „%2“ (die Kopfzeile hat: %3)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 has more than 2,147,483,647 rows</source>
        <translation>%1 hat mehr als 2.147.483.647 Zeilen</translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>der Wert ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the row is longer than 1 MiB</source>
        <translation>die Zeile ist länger als 1 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1, line %2: a blank line inside the file (every row must have the header&apos;s fields)</source>
        <translation>%1, Zeile %2: eine Leerzeile innerhalb der Datei (jede Zeile muss die Felder der Kopfzeile haben)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the column has more than 65,535 distinct values; a subgroup column takes at most 65,535</source>
        <translation>die Spalte hat mehr als 65.535 verschiedene Werte; eine Untergruppenspalte darf höchstens 65.535 haben</translation>
    </message>
</context>
<context>
    <name>cs::stats::DriftFile</name>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation>der Wert ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>PSI takes 2 to 1000 bins, not %1</source>
        <translation>PSI nimmt 2 bis 1000 Klassen, nicht %1</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot; (the header has: %3)</source>
        <translation>%1: es gibt keine Spalte „%2“ (die Kopfzeile hat: %3)</translation>
    </message>
    <message>
        <source>%1: there is no column &quot;%2&quot;, which the reference %3 has</source>
        <translation>%1: es gibt keine Spalte „%2“, die die Referenz %3 hat</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditEventDetail</name>
    <message>
        <source>Time (UTC):</source>
        <translation>Zeit (UTC):</translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation>Zeit (lokal):</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Leaf hash:</source>
        <translation>Blatt-Hash:</translation>
    </message>
    <message>
        <source>Chain hash:</source>
        <translation>Ketten-Hash:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Select an event to see everything recorded for it.</source>
        <translation>Wählen Sie ein Ereignis, um alles dazu Aufgezeichnete zu sehen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Wert vor der Änderung</translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation>Wert nach der Änderung</translation>
    </message>
    <message>
        <source>Event %1: %2 (%3)</source>
        <translation>Ereignis %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailPage</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Ereignisse durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Finds text in the actor, action, entity, reason and the values before and after</source>
        <translation>Findet Text in Akteur, Aktion, Objekt, Begründung und den Werten vorher und nachher</translation>
    </message>
    <message>
        <source>First day shown (local time)</source>
        <translation>Erster angezeigter Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Last day shown (local time)</source>
        <translation>Letzter angezeigter Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Record &amp;review…</source>
        <translation>&amp;Prüfung aufzeichnen…</translation>
    </message>
    <message>
        <source>Record that you reviewed a range of the audit trail, with your finding (Ctrl+R)</source>
        <translation>Aufzeichnen, dass Sie einen Bereich des Audit-Trails geprüft haben, mit Ihrem Befund (Strg+R)</translation>
    </message>
    <message>
        <source>Write &amp;checkpoint…</source>
        <translation>Prüfpunkt &amp;schreiben…</translation>
    </message>
    <message>
        <source>Sign the current state of the audit trail with the workspace key and save it to a file kept outside the workspace</source>
        <translation>Den aktuellen Stand des Audit-Trails mit dem Schlüssel des Arbeitsbereichs signieren und in einer Datei außerhalb des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 events match the filters</source>
        <translation>%1 Ereignisse entsprechen den Filtern</translation>
    </message>
    <message>
        <source>Review not recorded</source>
        <translation>Prüfung nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>Prüfpunkt speichern</translation>
    </message>
    <message>
        <source>Checkpoints (*.txt);;All files (*)</source>
        <translation>Prüfpunkte (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No checkpoint written</source>
        <translation>Kein Prüfpunkt geschrieben</translation>
    </message>
    <message>
        <source>Checkpoint not saved</source>
        <translation>Prüfpunkt nicht gespeichert</translation>
    </message>
    <message>
        <source>Checkpoint saved</source>
        <translation>Prüfpunkt gespeichert</translation>
    </message>
    <message>
        <source>A checkpoint of %1 events was signed and saved to %2.

Keep it outside the workspace (for example with the QA records): verifying the workspace against it later proves that none of those events was changed or removed.</source>
        <translation>Ein Prüfpunkt über %1 Ereignisse wurde signiert und unter %2 gespeichert.

Bewahren Sie ihn außerhalb des Arbeitsbereichs auf (zum Beispiel bei den QA-Unterlagen): eine spätere Prüfung des Arbeitsbereichs dagegen beweist, dass keines dieser Ereignisse geändert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation>Das Passwort kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangeRequestActionDialog</name>
    <message>
        <source>Submit %1</source>
        <translation>%1 einreichen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Implement %1</source>
        <translation>%1 umsetzen</translation>
    </message>
    <message>
        <source>Emergency Rollback of %1</source>
        <translation>Notfall-Rollback von %1</translation>
    </message>
    <message>
        <source>Justify Deciding on %1</source>
        <translation>Entscheidung über %1 begründen</translation>
    </message>
    <message>
        <source>Review the Rollback of %1</source>
        <translation>Rollback von %1 prüfen</translation>
    </message>
    <message>
        <source>Required: it is part of what you sign</source>
        <translation>Pflichtfeld: es ist Teil dessen, was Sie signieren</translation>
    </message>
    <message>
        <source>Optional note with your signature</source>
        <translation>Optionale Notiz zu Ihrer Signatur</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>Was Sie signieren</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit although the plan would fail more often than not with two equal versions (%1)</source>
        <translation>Trotzdem einreichen, obwohl der Plan bei zwei gleichwertigen Versionen häufiger scheitern würde als nicht (%1)</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>niemand ist angemeldet</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be signed now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 kann jetzt nicht signiert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Submitting locks the plan and the text of revision %1: the acceptance criteria are fixed before anyone sees the results.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Einreichen schreibt den Plan und den Text von Revision %1 fest: die Akzeptanzkriterien stehen fest, bevor jemand die Ergebnisse sieht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 of %2 goes into production and version %3 is superseded, in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version %1 von %2 geht in Produktion und Version %3 wird in einem Schritt abgelöst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&lt;p&gt;These blocking acceptance rules of the PCCP could not be evaluated. Your justification, signed over this evidence, lets the request be decided:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Diese blockierenden Akzeptanzregeln des PCCP waren nicht auswertbar. Ihre über diese Nachweise signierte Begründung erlaubt die Entscheidung über den Antrag:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 goes back into production at once and %2 is withdrawn; another QA officer must review the rollback afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version %1 geht sofort wieder in Produktion und %2 wird zurückgezogen; ein anderer QA-Beauftragter muss den Rollback anschließend prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;/p&gt;&lt;p&gt;&lt;b&gt;The evidence on %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;/p&gt;&lt;p&gt;&lt;b&gt;Die Nachweise zu %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 of its content: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie signieren&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 seines Inhalts: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1 %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie signieren&lt;/b&gt;&lt;br&gt;%1 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You attest&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie bestätigen&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Give the reason: it is part of what you sign.</source>
        <translation>Geben Sie die Begründung an: sie ist Teil dessen, was Sie signieren.</translation>
    </message>
    <message>
        <source>The plan&apos;s power is below 50% for %1: widen those margins or add samples, or tick the box to submit it anyway.</source>
        <translation>Die Power des Plans liegt für %1 unter 50 %: erweitern Sie diese Toleranzen, ergänzen Sie Stichproben oder kreuzen Sie das Kästchen an, um ihn trotzdem einzureichen.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangeRequestSummary</name>
    <message>
        <source>&lt;h4&gt;PCCP&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;PCCP&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Rule&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Verdict&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Acceptance criterion&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Regel&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Urteil&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Akzeptanzkriterium&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Signatures&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos; border=&apos;0&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;No.&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Signed by&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Meaning&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Local time&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;UTC&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Status&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Reason&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Signaturen&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos; border=&apos;0&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Nr.&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Signiert von&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Bedeutung&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Ortszeit&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;UTC&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Status&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Begründung&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Revisions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Revisionen&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revision %1&lt;/b&gt;%2: content &lt;code&gt;%3&lt;/code&gt;, plan &lt;code&gt;%4&lt;/code&gt;%5</source>
        <translation>&lt;p&gt;&lt;b&gt;Revision %1&lt;/b&gt;%2: Inhalt &lt;code&gt;%3&lt;/code&gt;, Plan &lt;code&gt;%4&lt;/code&gt;%5</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (festgeschrieben)</translation>
    </message>
    <message>
        <source>, evidence &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>, Nachweise &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: “%2” → “%3”</source>
        <translation>&lt;br&gt;%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, revision %2. %3 version %4 against %5%6; opened by %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, Revision %2. %3 Version %4 gegen %5%6; eröffnet von %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no baseline (first release)</source>
        <translation>keine Baseline (Erstfreigabe)</translation>
    </message>
    <message>
        <source>version %1 in production</source>
        <translation>Version %1 in Produktion</translation>
    </message>
    <message>
        <source> and the originally cleared version %1</source>
        <translation> und die ursprünglich zugelassene Version %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Emergency rollback: review due %2%3.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Notfall-Rollback: Prüfung fällig am %2%3.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trigger:&lt;/b&gt; %1 — %2&lt;br&gt;&lt;b&gt;Classification:&lt;/b&gt; %3 — %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Auslöser:&lt;/b&gt; %1 — %2&lt;br&gt;&lt;b&gt;Klassifizierung:&lt;/b&gt; %3 — %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Description:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Rationale:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Beschreibung:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Begründung:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Verdicts&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Urteile&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the plan is locked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht ausgewertet. Countersign berechnet die Nachweise aus den gespeicherten Vorhersagen, sobald der Plan festgeschrieben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Against the originally cleared version %1, at its threshold %2:&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;i&gt;Gegen die ursprünglich zugelassene Version %1, bei ihrem Schwellenwert %2:&lt;/i&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;/p&gt;&lt;p&gt;Evidence SHA-256 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;/p&gt;&lt;p&gt;Nachweise SHA-256 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Validation plan%1&lt;/h4&gt;&lt;p&gt;Datasets: %2&lt;br&gt;Thresholds: candidate %3, baseline %4%5; alpha %6&lt;br&gt;Non-inferiority margins: sensitivity %7, specificity %8, accuracy %9, AUC %10&lt;br&gt;</source>
        <translation>&lt;h4&gt;Validierungsplan%1&lt;/h4&gt;&lt;p&gt;Datensätze: %2&lt;br&gt;Schwellenwerte: Kandidat %3, Baseline %4%5; Alpha %6&lt;br&gt;Nichtunterlegenheitstoleranzen: Sensitivität %7, Spezifität %8, Genauigkeit %9, AUC %10&lt;br&gt;</translation>
    </message>
    <message>
        <source>, originally cleared %1</source>
        <translation>, ursprünglich zugelassen %1</translation>
    </message>
    <message>
        <source>Subgroups: %1, with a verdict from %2 positives&lt;/p&gt;</source>
        <translation>Untergruppen: %1, mit einem Urteil ab %2 Positiven&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Risk-benefit analysis&lt;/h4&gt;&lt;p&gt;&lt;b&gt;Benefits:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Risks:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Mitigations:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Residual risk:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Nutzen-Risiko-Analyse&lt;/h4&gt;&lt;p&gt;&lt;b&gt;Nutzen:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Risiken:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Maßnahmen:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Restrisiko:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rollback plan:&lt;/b&gt; back to version %1 if %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rollback-Plan:&lt;/b&gt; zurück zu Version %1, wenn %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h4&gt;Verlauf&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 → %3&lt;/td&gt;&lt;td&gt;by %4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 → %3&lt;/td&gt;&lt;td&gt;von %4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Signatur %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChangeRequestsPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Einreichen…</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>A&amp;uswerten</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Zurückgeben…</translation>
    </message>
    <message>
        <source>J&amp;ustify…</source>
        <translation>Be&amp;gründen…</translation>
    </message>
    <message>
        <source>&amp;Implement…</source>
        <translation>U&amp;msetzen…</translation>
    </message>
    <message>
        <source>Emergency &amp;Rollback…</source>
        <translation>Notfall-&amp;Rollback…</translation>
    </message>
    <message>
        <source>Re&amp;view Rollback…</source>
        <translation>Rollback &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Zurück&amp;ziehen…</translation>
    </message>
    <message>
        <source>&amp;New Change Request…</source>
        <translation>&amp;Neuer Änderungsantrag…</translation>
    </message>
    <message>
        <source>Rollback Re&amp;quest…</source>
        <translation>Rollback-&amp;Antrag…</translation>
    </message>
    <message>
        <source>Export &amp;Package…</source>
        <translation>&amp;Paket exportieren…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Change requests&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Änderungsanträge&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Request, model, version, person or title</source>
        <translation>Antrag, Modell, Version, Person oder Titel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Candidate vs baseline</source>
        <translation>Kandidat vs. Baseline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Next step (from whom)</source>
        <translation>Nächster Schritt (von wem)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Open a request that puts the rollback version back into production, approved and implemented like any other</source>
        <translation>Einen Antrag eröffnen, der die Rollback-Version wieder in Produktion bringt, genehmigt und umgesetzt wie jeder andere</translation>
    </message>
    <message>
        <source>Save the change-control package (PDF/A), signed with your certificate</source>
        <translation>Das Änderungskontrollpaket (PDF/A) speichern, signiert mit Ihrem Zertifikat</translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation>Zusammenfassung des Antrags</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Zusa&amp;mmenfassung</translation>
    </message>
    <message>
        <source>What c&amp;hanged</source>
        <translation>Was sich &amp;geändert hat</translation>
    </message>
    <message>
        <source>Va&amp;lidation</source>
        <translation>Va&amp;lidierung</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No change requests yet. A data scientist opens one for a candidate version (countersign-cli cr create).</source>
        <translation>Noch keine Änderungsanträge. Ein Data Scientist eröffnet einen für eine Kandidatenversion (countersign-cli cr create).</translation>
    </message>
    <message>
        <source>Requests: %1. Waiting for a QA decision: %2. Waiting for you: %3. A version reaches production only through an approved and implemented request.</source>
        <translation>Anträge: %1. Warten auf eine QA-Entscheidung: %2. Warten auf Sie: %3. Eine Version gelangt nur durch einen genehmigten und umgesetzten Antrag in Produktion.</translation>
    </message>
    <message>
        <source>As frozen with the evidence when the request was evaluated (the package prints the same).</source>
        <translation>Wie beim Auswerten des Antrags mit den Nachweisen eingefroren (das Paket druckt dasselbe).</translation>
    </message>
    <message>
        <source>A first release: version %1 has no baseline to compare with.</source>
        <translation>Eine Erstfreigabe: Version %1 hat keine Baseline zum Vergleich.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>%1 zurückgeben</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>%1 zurückziehen</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Begründung (im Audit-Trail aufgezeichnet):</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>Computing the evidence of %1…</source>
        <translation>Die Nachweise von %1 werden berechnet…</translation>
    </message>
</context>
<context>
    <name>cs::ui::ConnectTeamDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several people work in at once. Ask your database administrator for these details.</source>
        <translation>Ein Team-Arbeitsbereich liegt in einer PostgreSQL-Datenbank, in der mehrere Personen gleichzeitig arbeiten. Erfragen Sie diese Angaben bei Ihrem Datenbankadministrator.</translation>
    </message>
    <message>
        <source>db.hospital.example</source>
        <translation>db.krankenhaus.example</translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation>die Datenbank des Teams</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>Ihr Datenbank-Benutzername</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (recommended)</source>
        <translation>Zertifikat des Servers prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypt, without verifying the certificate</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Local socket on this computer (no TLS)</source>
        <translation>Lokaler Socket auf diesem Computer (kein TLS)</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or a service file</source>
        <translation>leer: aus ~/.pgpass oder einer Service-Datei</translation>
    </message>
    <message>
        <source>or paste a postgresql:// URI (e.g. postgresql:///?service=qa-team)</source>
        <translation>oder eine postgresql://-URI einfügen (z. B. postgresql:///?service=qa-team)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>Verbindungs-&amp;URI:</translation>
    </message>
    <message>
        <source>The password is used for this connection only; Countersign never saves it.</source>
        <translation>Das Passwort wird nur für diese Verbindung verwendet; Countersign speichert es nie.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>Fill in the server, database and user name, or paste a postgresql:// URI.</source>
        <translation>Geben Sie Server, Datenbank und Benutzername an oder fügen Sie eine postgresql://-URI ein.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DatasetsPage</name>
    <message>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datensätze&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>No datasets yet. Import a prediction file (File &gt; Import, Ctrl+I) to create one.</source>
        <translation>Noch keine Datensätze. Importieren Sie eine Vorhersagedatei (Datei &gt; Importieren, Strg+I), um einen anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s). Locked datasets never change: later files must carry exactly their samples and labels.</source>
        <translation>
            <numerusform>%n Datensatz. Gesperrte Datensätze ändern sich nie: spätere Dateien müssen genau ihre Stichproben und Labels enthalten.</numerusform>
            <numerusform>%n Datensätze. Gesperrte Datensätze ändern sich nie: spätere Dateien müssen genau ihre Stichproben und Labels enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2%3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, gesperrt</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 samples; labels %2; subgroups %3. Created %4 by %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Stichproben; Labels %2; Untergruppen %3. Angelegt %4 von %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Files&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation>&lt;h4&gt;Dateien&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 rows, %3 samples added&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%5 by %6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2 Zeilen, %3 Stichproben hinzugefügt&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%5 von %6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;h4&gt;Predictions&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation>&lt;/table&gt;&lt;h4&gt;Vorhersagen&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;column %2&lt;/td&gt;&lt;td&gt;%3 samples scored&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Spalte %2&lt;/td&gt;&lt;td&gt;%3 Stichproben bewertet&lt;/td&gt;&lt;td&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data contract&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Datenvertrag&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data-contract result attached (countersign-cli import expectations).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Datenvertragsergebnis angehängt (countersign-cli import expectations).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suite &lt;b&gt;%1&lt;/b&gt; (Great Expectations %2): %3 of %4 expectations met — %5. From %6.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Suite &lt;b&gt;%1&lt;/b&gt; (Great Expectations %2): %3 von %4 Erwartungen erfüllt — %5. Aus %6.&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Dataset details</source>
        <translation>Details des Datensatzes</translation>
    </message>
</context>
<context>
    <name>cs::ui::DriftPage</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Open: waiting for review</source>
        <translation>Offen: wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Change request opened</source>
        <translation>Änderungsantrag eröffnet</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Gedriftet</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Production windows</source>
        <translation>Produktionsfenster</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Features of the selected window</source>
        <translation>Merkmale des gewählten Fensters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation>Drift-Alarme</translation>
    </message>
    <message>
        <source>Distribution of the selected feature</source>
        <translation>Verteilung des gewählten Merkmals</translation>
    </message>
    <message>
        <source>Cumulative distribution of the selected feature</source>
        <translation>Kumulative Verteilung des gewählten Merkmals</translation>
    </message>
    <message>
        <source>PSI by feature</source>
        <translation>PSI je Merkmal</translation>
    </message>
    <message>
        <source>PSI over the windows</source>
        <translation>PSI über die Fenster</translation>
    </message>
    <message>
        <source>Performance over the labelled windows</source>
        <translation>Leistung über die gelabelten Fenster</translation>
    </message>
    <message>
        <source>Largest subgroup gap in sensitivity over the labelled windows</source>
        <translation>Größte Sensitivitätslücke zwischen Untergruppen über die gelabelten Fenster</translation>
    </message>
    <message>
        <source>&amp;Run Drift…</source>
        <translation>Drift &amp;ausführen…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Open &amp;Change Request…</source>
        <translation>Änderungs&amp;antrag eröffnen…</translation>
    </message>
    <message>
        <source>Show Change &amp;Request</source>
        <translation>Änderungsan&amp;trag anzeigen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drift&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Drift&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Compare a production window with a reference, feature by feature</source>
        <translation>Ein Produktionsfenster Merkmal für Merkmal mit einer Referenz vergleichen</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>&amp;PSI by feature</source>
        <translation>&amp;PSI je Merkmal</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>Pe&amp;rformance</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>The alert needs no change now: record why (QA officer)</source>
        <translation>Der Alarm braucht jetzt keine Änderung: begründen Sie das (QA-Beauftragter)</translation>
    </message>
    <message>
        <source>Open a change request triggered by this alert</source>
        <translation>Einen durch diesen Alarm ausgelösten Änderungsantrag eröffnen</translation>
    </message>
    <message>
        <source>Go to the change request opened from this alert</source>
        <translation>Zum aus diesem Alarm eröffneten Änderungsantrag gehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alarm-Warteschlange&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No drift run yet. Import a reference and production windows with their feature columns (import predictions --feature), then Run Drift… on each window.</source>
        <translation>Noch kein Drift-Lauf. Importieren Sie eine Referenz und Produktionsfenster mit ihren Merkmalsspalten (import predictions --feature) und wählen Sie dann für jedes Fenster „Drift ausführen…“.</translation>
    </message>
    <message numerus="yes">
        <source>%n drift run(s) on production windows; %1 alert(s) waiting for review.</source>
        <translation>
            <numerusform>%n Drift-Lauf auf Produktionsfenstern; %1 Alarm(e) warten auf Prüfung.</numerusform>
            <numerusform>%n Drift-Läufe auf Produktionsfenstern; %1 Alarm(e) warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>score of version %1</source>
        <translation>Score von Version %1</translation>
    </message>
    <message>
        <source>DRIFTED</source>
        <translation>GEDRIFTET</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>%1: PSI bins (reference deciles)</source>
        <translation>%1: PSI-Klassen (Dezile der Referenz)</translation>
    </message>
    <message>
        <source>share of values</source>
        <translation>Anteil der Werte</translation>
    </message>
    <message>
        <source>ECDF: numeric features only</source>
        <translation>ECDF: nur numerische Merkmale</translation>
    </message>
    <message>
        <source>cumulative share</source>
        <translation>kumulativer Anteil</translation>
    </message>
    <message>
        <source>not drifted</source>
        <translation>nicht gedriftet</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>gedriftet</translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation>PSI %1</translation>
    </message>
    <message>
        <source>population stability index</source>
        <translation>Populationsstabilitätsindex</translation>
    </message>
    <message>
        <source>PSI of %1</source>
        <translation>PSI von %1</translation>
    </message>
    <message>
        <source>PSI of the scores</source>
        <translation>PSI der Scores</translation>
    </message>
    <message>
        <source>Alerts are marked at their window; the dotted line is PSI 0.2. Performance over the labelled windows, with intervals and subgroup gaps, is on the Performance tab.</source>
        <translation>Alarme sind an ihrem Fenster markiert; die gepunktete Linie ist PSI 0,2. Die Leistung über die gelabelten Fenster, mit Intervallen und Untergruppenlücken, steht im Reiter Leistung.</translation>
    </message>
    <message>
        <source>Acknowledge %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Why does this alert need no change now? (recorded in the audit trail)</source>
        <translation>Warum braucht dieser Alarm jetzt keine Änderung? (im Audit-Trail aufgezeichnet)</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>Run drift</source>
        <translation>Drift ausführen</translation>
    </message>
    <message>
        <source>%1 breached a threshold and raised alert %2; it waits in the alert queue.</source>
        <translation>%1 hat eine Schwelle überschritten und Alarm %2 ausgelöst; er wartet in der Alarm-Warteschlange.</translation>
    </message>
    <message>
        <source>Run Drift</source>
        <translation>Drift ausführen</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>The version in production gives the scores compared; the engine and defaults are those of stats drift.</source>
        <translation>Die Version in Produktion liefert die verglichenen Scores; Verfahren und Standardwerte sind die von stats drift.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>%1 vs
%2</source>
        <translation>%1 vs.
%2</translation>
    </message>
    <message>
        <source>sensitivity (95% Wilson interval)</source>
        <translation>Sensitivität (95-%-Wilson-Intervall)</translation>
    </message>
    <message>
        <source>specificity (95% Wilson interval)</source>
        <translation>Spezifität (95-%-Wilson-Intervall)</translation>
    </message>
    <message>
        <source>at the released threshold</source>
        <translation>beim freigegebenen Schwellenwert</translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation>größte Lücke</translation>
    </message>
    <message>
        <source>largest gap between %1 groups</source>
        <translation>größte Lücke zwischen %1-Gruppen</translation>
    </message>
    <message>
        <source>sensitivity gap (groups with %1+ positives)</source>
        <translation>Sensitivitätslücke (Gruppen mit %1+ Positiven)</translation>
    </message>
    <message>
        <source>sensitivity gap</source>
        <translation>Sensitivitätslücke</translation>
    </message>
</context>
<context>
    <name>cs::ui::EnrollDialog</name>
    <message>
        <source>Enroll Signing Certificate</source>
        <translation>Signaturzertifikat registrieren</translation>
    </message>
    <message>
        <source>Choose your PKCS#12 file (.p12, .pfx). Countersign checks the certificate and that you hold its key, then stores the certificate only: the private key stays in your file.</source>
        <translation>Wählen Sie Ihre PKCS#12-Datei (.p12, .pfx). Countersign prüft das Zertifikat und dass Sie seinen Schlüssel besitzen, und speichert dann nur das Zertifikat: der private Schlüssel bleibt in Ihrer Datei.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file:</source>
        <translation>PKCS#12-&amp;Datei:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Your PKCS#12 file</source>
        <translation>Ihre PKCS#12-Datei</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enrolled now: %1, valid until %2.</source>
        <translation>Jetzt registriert: %1, gültig bis %2.</translation>
    </message>
    <message>
        <source>You have no enrolled certificate yet.</source>
        <translation>Sie haben noch kein registriertes Zertifikat.</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2).%3</source>
        <translation>%1 registriert (%2).%3</translation>
    </message>
    <message>
        <source> The file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.</source>
        <translation> Die Datei verwendet veraltete Verschlüsselung (RC2 oder 3DES); exportieren Sie sie bei Gelegenheit erneut mit AES.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-Datei</translation>
    </message>
</context>
<context>
    <name>cs::ui::ExportDocumentDialog</name>
    <message>
        <source>Export the Audit Report</source>
        <translation>Audit-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export the PCCP %1</source>
        <translation>PCCP %1 exportieren</translation>
    </message>
    <message>
        <source>Export the Package of %1</source>
        <translation>Paket von %1 exportieren</translation>
    </message>
    <message>
        <source>Version %1 of the PCCP in the structure of FDA&apos;s guidance: the modifications, each one&apos;s protocol with its acceptance criteria in words, the impact assessment, the traceability table and the real-world monitoring rules, with the version&apos;s status and signatures, as a PDF/A file that you sign with your certificate. The export is recorded in the audit trail.</source>
        <translation>Version %1 des PCCP in der Gliederung des FDA-Leitfadens: die Modifikationen, das Protokoll jeder einzelnen mit ihren Akzeptanzkriterien in Worten, die Folgenabschätzung, die Rückverfolgbarkeitstabelle und die Regeln zur Überwachung im realen Einsatz, mit Status und Signaturen der Version, als PDF/A-Datei, die Sie mit Ihrem Zertifikat signieren. Der Export wird im Audit-Trail aufgezeichnet.</translation>
    </message>
    <message>
        <source>The inspector&apos;s audit report: the workspace&apos;s identity and verifier key, the verification of the whole trail, checkpoints, reviews, every signature, account and settings changes, and every event of the days you choose with its hashes, as a PDF/A file that you sign with your certificate. The export writes a checkpoint and is recorded in the audit trail.</source>
        <translation>Der Audit-Bericht für Inspektoren: Identität und Prüfschlüssel des Arbeitsbereichs, die Prüfung des ganzen Trails, Prüfpunkte, Prüfungen, jede Signatur, Konto- und Einstellungsänderungen sowie jedes Ereignis der gewählten Tage mit seinen Hashes, als PDF/A-Datei, die Sie mit Ihrem Zertifikat signieren. Der Export schreibt einen Prüfpunkt und wird im Audit-Trail aufgezeichnet.</translation>
    </message>
    <message>
        <source>The change-control package of %1: the signatures, the summary and verdicts, the validation tables and charts from the frozen evidence, the risk-benefit analysis, the approval record, the audit-trail excerpt with its proofs and the digests, as a PDF/A file that you sign with your certificate. The export is recorded in the audit trail.</source>
        <translation>Das Änderungskontrollpaket von %1: die Signaturen, Zusammenfassung und Urteile, die Validierungstabellen und -diagramme aus den eingefrorenen Nachweisen, die Nutzen-Risiko-Analyse, der Genehmigungsnachweis, der Audit-Trail-Auszug mit seinen Beweisen und die Digests, als PDF/A-Datei, die Sie mit Ihrem Zertifikat signieren. Der Export wird im Audit-Trail aufgezeichnet.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;From the start of (UTC):</source>
        <translation>&amp;Ab Beginn von (UTC):</translation>
    </message>
    <message>
        <source>&amp;To the end of (UTC):</source>
        <translation>&amp;Bis Ende von (UTC):</translation>
    </message>
    <message>
        <source>Sign and Export</source>
        <translation>Signieren und exportieren</translation>
    </message>
    <message>
        <source>Save the Audit Report</source>
        <translation>Audit-Bericht speichern</translation>
    </message>
    <message>
        <source>Save the PCCP</source>
        <translation>PCCP speichern</translation>
    </message>
    <message>
        <source>Save the Package</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Say where to save the file.</source>
        <translation>Geben Sie an, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes, SHA-256 %3), signed by you.</source>
        <translation>%1 gespeichert (%2 Bytes, SHA-256 %3), von Ihnen signiert.</translation>
    </message>
    <message>
        <source>Exporting the audit report…</source>
        <translation>Auditbericht wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the PCCP…</source>
        <translation>PCCP wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the package of %1…</source>
        <translation>Paket von %1 wird exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation>Export abgebrochen: keine Datei wurde geschrieben und nichts festgehalten.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importiert werden soll</translation>
    </message>
    <message>
        <source>Countersign reads the source and copies what it needs into the workspace; it never changes the source.</source>
        <translation>Countersign liest die Quelle und kopiert, was es braucht, in den Arbeitsbereich; die Quelle ändert es nie.</translation>
    </message>
    <message>
        <source>&amp;MLflow tracking folder (mlruns): registered model versions with their runs</source>
        <translation>&amp;MLflow-Tracking-Ordner (mlruns): registrierte Modellversionen mit ihren Runs</translation>
    </message>
    <message>
        <source>MLflow &amp;database (mlflow.db): the same, from MLflow&apos;s SQL store</source>
        <translation>MLflow-&amp;Datenbank (mlflow.db): dasselbe, aus dem SQL-Speicher von MLflow</translation>
    </message>
    <message>
        <source>D&amp;VC lock file (dvc.lock): the data lineage of a version</source>
        <translation>D&amp;VC-Lock-Datei (dvc.lock): die Datenherkunft einer Version</translation>
    </message>
    <message>
        <source>&amp;Prediction file (CSV): per-sample scores of versions on a dataset</source>
        <translation>&amp;Vorhersagedatei (CSV): Scores je Stichprobe von Versionen auf einem Datensatz</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>MLflow tracking folder</source>
        <translation>MLflow-Tracking-Ordner</translation>
    </message>
    <message>
        <source>MLflow database</source>
        <translation>MLflow-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>DVC lock file</source>
        <translation>DVC-Lock-Datei</translation>
    </message>
    <message>
        <source>DVC lock files (dvc.lock *.lock)</source>
        <translation>DVC-Lock-Dateien (dvc.lock *.lock)</translation>
    </message>
    <message>
        <source>Prediction file</source>
        <translation>Vorhersagedatei</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Registered model versions</source>
        <translation>Registrierte Modellversionen</translation>
    </message>
    <message>
        <source>Each checked version is imported with its parameters, metric histories, tags, run and the SHA-256 of every readable artifact. Imported evidence is frozen.</source>
        <translation>Jede angekreuzte Version wird mit ihren Parametern, Metrikverläufen, Tags, ihrem Run und dem SHA-256 jedes lesbaren Artefakts importiert. Importierte Nachweise sind eingefroren.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>Datenherkunft</translation>
    </message>
    <message>
        <source>The lock file&apos;s stages (command, dependencies and outputs with their digests, parameters) are attached to the version as its data lineage.</source>
        <translation>Die Stufen der Lock-Datei (Befehl, Abhängigkeiten und Ausgaben mit ihren Digests, Parameter) werden der Version als Datenherkunft angehängt.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns. A new dataset needs a role; validation and challenge sets are locked, so later files must carry exactly the same samples. Files with patient identifiers are refused.</source>
        <translation>Ordnen Sie die Spalten der Datei zu. Ein neuer Datensatz braucht eine Rolle; Validierungs- und Challenge-Datensätze sind gesperrt, spätere Dateien müssen also genau dieselben Stichproben enthalten. Dateien mit Patientenidentifikatoren werden abgelehnt.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Role (new dataset):</source>
        <translation>&amp;Rolle (neuer Datensatz):</translation>
    </message>
    <message>
        <source>Sample &amp;ID column:</source>
        <translation>Spalte der Stichproben-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation>&amp;Label-Spalte:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;dell:</translation>
    </message>
    <message>
        <source>&amp;Subgroup columns:</source>
        <translation>&amp;Untergruppenspalten:</translation>
    </message>
    <message>
        <source>Columns to monitor for drift, stored with a new dataset (production windows and their reference): numeric, or categorical when any value is text</source>
        <translation>Spalten zur Drift-Überwachung, gespeichert mit einem neuen Datensatz (Produktionsfenster und ihre Referenz): numerisch, oder kategorial, wenn ein Wert Text ist</translation>
    </message>
    <message>
        <source>&amp;Features (drift):</source>
        <translation>&amp;Merkmale (Drift):</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Score column</source>
        <translation>Score-Spalte</translation>
    </message>
    <message>
        <source>S&amp;cores of each version:</source>
        <translation>S&amp;cores jeder Version:</translation>
    </message>
    <message>
        <source>%1: %2 (%3 dependencies, %4 outputs)</source>
        <translation>%1: %2 (%3 Abhängigkeiten, %4 Ausgaben)</translation>
    </message>
    <message>
        <source>Stages in %1:
%2</source>
        <translation>Stufen in %1:
%2</translation>
    </message>
    <message>
        <source>%1 has no registered models.</source>
        <translation>%1 hat keine registrierten Modelle.</translation>
    </message>
    <message>
        <source>Version %1 (already in the workspace)</source>
        <translation>Version %1 (bereits im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1 (%2). Every row is checked when you import.</source>
        <translation>
            <numerusform>Die erste Zeile von %1 (%2). Jede Zeile wird beim Import geprüft.</numerusform>
            <numerusform>Die ersten %n Zeilen von %1 (%2). Jede Zeile wird beim Import geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(keine Labels)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Choose a model and at least one version.</source>
        <translation>Wählen Sie ein Modell und mindestens eine Version.</translation>
    </message>
    <message>
        <source>Reading %1 and hashing its artifacts…</source>
        <translation>%1 wird gelesen und seine Artefakte werden gehasht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Imported version(s) %1 of %2.</source>
        <translation>Version(en) %1 von %2 importiert.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>Choose the version the lineage belongs to.</source>
        <translation>Wählen Sie die Version, zu der die Datenherkunft gehört.</translation>
    </message>
    <message numerus="yes">
        <source>Attached the data lineage of %n DVC stage(s) to %1 version %2.</source>
        <translation>
            <numerusform>Die Datenherkunft von %n DVC-Stufe an %1 Version %2 angehängt.</numerusform>
            <numerusform>Die Datenherkunft von %n DVC-Stufen an %1 Version %2 angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 row(s) read, %3 sample(s) added; predictions of %4 stored.</source>
        <translation>%1: %2 Zeile(n) gelesen, %3 Stichprobe(n) hinzugefügt; Vorhersagen von %4 gespeichert.</translation>
    </message>
    <message>
        <source>no new version</source>
        <translation>keine neue Version</translation>
    </message>
    <message>
        <source>Versions to import</source>
        <translation>Zu importierende Versionen</translation>
    </message>
</context>
<context>
    <name>cs::ui::LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Each model and its versions, brought in from MLflow, DVC and git with their whole lineage frozen as evidence: training code commit, data digests, parameters, metrics and the lifecycle state from registration to production.</source>
        <translation>Jedes Modell und seine Versionen, übernommen aus MLflow, DVC und git, mit ihrer gesamten Herkunft als Nachweis eingefroren: Commit des Trainingscodes, Daten-Digests, Parameter, Metriken und der Lebenszyklusstatus von der Registrierung bis zur Produktion.</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Requests to promote a candidate version: what changed, its validation against the production model on the locked validation set, the PCCP gate results, the risk-benefit analysis, the rollback plan and the signatures that approve or reject it.</source>
        <translation>Anträge zur Beförderung einer Kandidatenversion: was sich geändert hat, ihre Validierung gegen das Produktionsmodell auf dem gesperrten Validierungsdatensatz, die Ergebnisse der PCCP-Prüfung, die Nutzen-Risiko-Analyse, der Rollback-Plan und die Signaturen, die sie genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>PCCPs</source>
        <translation>PCCPs</translation>
    </message>
    <message>
        <source>Predetermined Change Control Plans: the modifications a model may undergo, the protocol and the pre-specified acceptance criteria every candidate version is checked against automatically.</source>
        <translation>Predetermined Change Control Plans: die Modifikationen, die ein Modell erfahren darf, das Protokoll und die vorab festgelegten Akzeptanzkriterien, gegen die jede Kandidatenversion automatisch geprüft wird.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Locked validation sets, challenge sets and drift windows, each identified by its SHA-256 digest, with its schema and data-contract evidence.</source>
        <translation>Gesperrte Validierungsdatensätze, Challenge-Datensätze und Drift-Fenster, jeweils durch ihren SHA-256-Digest identifiziert, mit Schema und Datenvertragsnachweisen.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Reference and production windows compared feature by feature and across patient subgroups; a breached threshold raises an alert that can open a change request.</source>
        <translation>Referenz- und Produktionsfenster Merkmal für Merkmal und über Patientenuntergruppen verglichen; eine überschrittene Schwelle löst einen Alarm aus, aus dem ein Änderungsantrag eröffnet werden kann.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Electronic signatures bound to the exact version of a record with the signer&apos;s X.509 certificate, each showing the printed name, the date and time and its meaning, with its verification status.</source>
        <translation>Elektronische Signaturen, gebunden an die genaue Version eines Eintrags mit dem X.509-Zertifikat des Unterzeichners, jeweils mit Name in Druckschrift, Datum und Uhrzeit und ihrer Bedeutung sowie ihrem Prüfstatus.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Chain hash of the latest audit event</source>
        <translation>Ketten-Hash des letzten Audit-Ereignisses</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Verify a Package…</source>
        <translation>Paket &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify a Package</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation>Audit-Trail &amp;prüfen</translation>
    </message>
    <message>
        <source>Record &amp;Review…</source>
        <translation>Prüfung auf&amp;zeichnen…</translation>
    </message>
    <message>
        <source>Write &amp;Checkpoint…</source>
        <translation>Prüfpunkt &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>Ereignisse &amp;suchen</translation>
    </message>
    <message>
        <source>Export Audit &amp;Report…</source>
        <translation>Audit-&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign a Record…</source>
        <translation>Eintrag &amp;signieren…</translation>
    </message>
    <message>
        <source>&amp;Enroll Signing Certificate…</source>
        <translation>Signaturzertifikat &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>Passwort &amp;ändern…</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation>&amp;Vertrauensspeicher…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Countersign</source>
        <translation>Ü&amp;ber Countersign</translation>
    </message>
    <message>
        <source>%1 has no user accounts yet (it was created before sign-in existed). Create its administrator account.</source>
        <translation>%1 hat noch keine Benutzerkonten (er wurde vor Einführung der Anmeldung angelegt). Legen Sie sein Administratorkonto an.</translation>
    </message>
    <message>
        <source>Cannot create the administrator</source>
        <translation>Der Administrator kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Locked accounts</source>
        <translation>Gesperrte Konten</translation>
    </message>
    <message>
        <source>These accounts are locked after failed sign-ins:
%1

Check with each person, then unlock the account in Account &gt; Users with a reason.</source>
        <translation>Diese Konten sind nach fehlgeschlagenen Anmeldungen gesperrt:
%1

Klären Sie es mit jeder Person und entsperren Sie dann das Konto unter Konto &gt; Benutzer mit einer Begründung.</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>Ein Administrator hat Ihr Passwort gesetzt. Wählen Sie Ihr eigenes, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one before you continue.</source>
        <translation>Ihr Passwort ist abgelaufen. Wählen Sie ein neues, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Countersign workspaces (*.countersign)</source>
        <translation>Countersign-Arbeitsbereiche (*.countersign)</translation>
    </message>
    <message>
        <source>You are the administrator of the new workspace: you add the people who work in it and manage its trust store.</source>
        <translation>Sie sind der Administrator des neuen Arbeitsbereichs: Sie fügen die Personen hinzu, die darin arbeiten, und verwalten seinen Vertrauensspeicher.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>The workspace was created with its signing key in
%1

Keep a backup of the key file: audit-trail checkpoints cannot be signed without it.</source>
        <translation>Der Arbeitsbereich wurde angelegt, sein Signaturschlüssel liegt in
%1

Bewahren Sie eine Sicherung der Schlüsseldatei auf: ohne sie können keine Prüfpunkte des Audit-Trails signiert werden.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Countersign workspaces (*.countersign);;All files (*)</source>
        <translation>Countersign-Arbeitsbereiche (*.countersign);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source> [demo]</source>
        <translation> [Demo]</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1 — Countersign</source>
        <translation>%1 — Countersign</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>chain head %1…</source>
        <translation>Kettenkopf %1…</translation>
    </message>
    <message>
        <source>About Countersign</source>
        <translation>Über Countersign</translation>
    </message>
    <message>
        <source>Countersign %1

Quality assurance and change control for clinical machine-learning models: review, e-sign and document every change, with a tamper-evident audit trail.</source>
        <translation>Countersign %1

Qualitätssicherung und Änderungskontrolle für klinische Machine-Learning-Modelle: jede Änderung prüfen, elektronisch signieren und dokumentieren, mit einem manipulationssicheren Audit-Trail.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Countersign will be in %1 the next time it starts. Records already written, signed or hashed keep the language they were written in.</source>
        <translation>Countersign erscheint beim nächsten Start auf %1. Bereits geschriebene, signierte oder gehashte Einträge behalten die Sprache, in der sie geschrieben wurden.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>cs::ui::MetricHistoryChart</name>
    <message>
        <source>Metric &amp;history:</source>
        <translation>Metrik&amp;verlauf:</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Metric history chart</source>
        <translation>Diagramm des Metrikverlaufs</translation>
    </message>
    <message>
        <source>No metrics recorded.</source>
        <translation>Keine Metriken aufgezeichnet.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) are NaN or infinite and not drawn.</source>
        <translation>
            <numerusform>%n Punkt ist NaN oder unendlich und wird nicht gezeichnet.</numerusform>
            <numerusform>%n Punkte sind NaN oder unendlich und werden nicht gezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::ModelsPage</name>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>Versionen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>New Change &amp;Request…</source>
        <translation>Neuer Änderungs&amp;antrag…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modelle&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Validate the selected version against the one in production, for approval</source>
        <translation>Die gewählte Version zur Genehmigung gegen die Version in Produktion validieren</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Move the selected version through its lifecycle (a reason is recorded)</source>
        <translation>Die gewählte Version durch ihren Lebenszyklus bewegen (eine Begründung wird aufgezeichnet)</translation>
    </message>
    <message>
        <source>What differs between two versions: parameters, configuration, metrics, code, data</source>
        <translation>Was sich zwischen zwei Versionen unterscheidet: Parameter, Konfiguration, Metriken, Code, Daten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation>Code-Commit</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>No models yet. A data scientist imports model versions with their evidence from MLflow: &lt;code&gt;countersign-cli import mlflow&lt;/code&gt; (the import window follows).</source>
        <translation>Noch keine Modelle. Ein Data Scientist importiert Modellversionen mit ihren Nachweisen aus MLflow: &lt;code&gt;countersign-cli import mlflow&lt;/code&gt; (das Importfenster folgt).</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Select a version to see its frozen evidence and what is missing for it to be reproduced.</source>
        <translation>
            <numerusform>%n Modell. Wählen Sie eine Version, um ihre eingefrorenen Nachweise zu sehen und was für ihre Reproduktion fehlt.</numerusform>
            <numerusform>%n Modelle. Wählen Sie eine Version, um ihre eingefrorenen Nachweise zu sehen und was für ihre Reproduktion fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Training code commit recorded</source>
        <translation>Commit des Trainingscodes aufgezeichnet</translation>
    </message>
    <message>
        <source>Commit details and configuration attached (import git)</source>
        <translation>Commit-Details und Konfiguration angehängt (git importieren)</translation>
    </message>
    <message>
        <source>Training run found</source>
        <translation>Trainings-Run gefunden</translation>
    </message>
    <message>
        <source>Parameters recorded</source>
        <translation>Parameter aufgezeichnet</translation>
    </message>
    <message>
        <source>Model artifacts digested</source>
        <translation>Modellartefakte gehasht</translation>
    </message>
    <message>
        <source>Every artifact readable</source>
        <translation>Jedes Artefakt lesbar</translation>
    </message>
    <message>
        <source>Software environment recorded (requirements or conda file)</source>
        <translation>Software-Umgebung aufgezeichnet (requirements- oder conda-Datei)</translation>
    </message>
    <message>
        <source>Training data named (dataset inputs)</source>
        <translation>Trainingsdaten benannt (Datensatz-Eingaben)</translation>
    </message>
    <message>
        <source>Data lineage attached (dvc.lock)</source>
        <translation>Datenherkunft angehängt (dvc.lock)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Metrics (latest)&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;Metriken (neueste)&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;step %3, %4 points&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Schritt %3, %4 Punkte&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;on %1 (digest %2)&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;step %4, %5 points&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;auf %1 (Digest %2)&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;Schritt %4, %5 Punkte&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;&lt;a name=&quot;logged-model&quot;&gt;&lt;/a&gt;Logged model (MLflow 3)&lt;/h4&gt;&lt;p&gt;&lt;code&gt;%1&lt;/code&gt; “%2”%3, status %4, logged by run %5; found through the version&apos;s %6.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;&lt;a name=&quot;logged-model&quot;&gt;&lt;/a&gt;Geloggtes Modell (MLflow 3)&lt;/h4&gt;&lt;p&gt;&lt;code&gt;%1&lt;/code&gt; „%2“%3, Status %4, geloggt von Run %5; gefunden über %6 der Version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> of type %1</source>
        <translation> vom Typ %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Model parameter&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Value&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Modellparameter&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Wert&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Model metric&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Dataset&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Latest&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Logged by run&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;/table&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Modellmetrik&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Datensatz&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Neueste&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Geloggt von Run&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (digest %2)</source>
        <translation>%1 (Digest %2)</translation>
    </message>
    <message>
        <source>Move version %1 to %2</source>
        <translation>Version %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Begründung (im Audit-Trail aufgezeichnet):</translation>
    </message>
    <message>
        <source>The version was not moved</source>
        <translation>Die Version wurde nicht verschoben</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 version %2 — %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 Version %2 — %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Intended use:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Device class:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Risk class:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Owner:&lt;/b&gt; %4%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zweckbestimmung:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Geräteklasse:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Risikoklasse:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Verantwortlich:&lt;/b&gt; %4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Parent version:&lt;/b&gt; %1</source>
        <translation> &amp;nbsp; &lt;b&gt;Vorgängerversion:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Imported %1 by %2 from &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Evidence SHA-256 &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importiert %1 von %2 aus &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Nachweise SHA-256 &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Reproducibility&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Reproduzierbarkeit&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Lineage&lt;/h4&gt;&lt;p&gt;Run %1 (%2) in experiment %3, %4&lt;br&gt;Code commit &lt;code&gt;%5&lt;/code&gt;&lt;br&gt;MLflow stage %6%7&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Herkunft&lt;/h4&gt;&lt;p&gt;Run %1 (%2) in Experiment %3, %4&lt;br&gt;Code-Commit &lt;code&gt;%5&lt;/code&gt;&lt;br&gt;MLflow-Stufe %6%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, aliases %1</source>
        <translation>, Aliase %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Parameters&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;Parameter&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h4&gt;Artifacts&lt;/h4&gt;&lt;p&gt;%n file(s) of the logged model digested.</source>
        <translation>
            <numerusform>&lt;h4&gt;Artefakte&lt;/h4&gt;&lt;p&gt;%n Datei des geloggten Modells gehasht.</numerusform>
            <numerusform>&lt;h4&gt;Artefakte&lt;/h4&gt;&lt;p&gt;%n Dateien des geloggten Modells gehasht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h4&gt;Artifacts&lt;/h4&gt;&lt;p&gt;%n file(s) digested.</source>
        <translation>
            <numerusform>&lt;h4&gt;Artefakte&lt;/h4&gt;&lt;p&gt;%n Datei gehasht.</numerusform>
            <numerusform>&lt;h4&gt;Artefakte&lt;/h4&gt;&lt;p&gt;%n Dateien gehasht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;Not read: %1 (%2)&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;Nicht gelesen: %1 (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Attached %1 from &lt;code&gt;%2&lt;/code&gt; on %3 by %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 aus &lt;code&gt;%2&lt;/code&gt; am %3 von %4 angehängt&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changed since version %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Geändert seit Version %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Details der Version</translation>
    </message>
</context>
<context>
    <name>cs::ui::NewAccountDialog</name>
    <message>
        <source>Printed &amp;name:</source>
        <translation>&amp;Name in Druckschrift:</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administratorkonto</translation>
    </message>
</context>
<context>
    <name>cs::ui::NewChangeRequestWizard</name>
    <message>
        <source>Mi&amp;nor</source>
        <translation>Ge&amp;ringfügig</translation>
    </message>
    <message>
        <source>Ma&amp;jor</source>
        <translation>&amp;Wesentlich</translation>
    </message>
    <message>
        <source>New Change Request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>&amp;Entwurf anlegen</translation>
    </message>
    <message>
        <source>Candidate and trigger</source>
        <translation>Kandidat und Auslöser</translation>
    </message>
    <message>
        <source>The version to validate against the one in production. The baseline is fixed when the request is opened.</source>
        <translation>Die Version, die gegen die Version in Produktion validiert wird. Die Baseline wird bei Eröffnung des Antrags festgelegt.</translation>
    </message>
    <message>
        <source>e.g. drift alert DA-2026-11, problem report PR-311, schedule RS-2026</source>
        <translation>z. B. Drift-Alarm DA-2026-11, Problembericht PR-311, Plan RS-2026</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>C&amp;andidate version:</source>
        <translation>K&amp;andidatenversion:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>Aus&amp;löser:</translation>
    </message>
    <message>
        <source>Trigger &amp;reference:</source>
        <translation>Auslöser-&amp;Referenz:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klassifizierung:</translation>
    </message>
    <message>
        <source>Classification r&amp;eason:</source>
        <translation>Begründung der Klassifi&amp;zierung:</translation>
    </message>
    <message>
        <source>The modification of the model&apos;s PCCP in force this change falls under; its acceptance rules are evaluated with the evidence. A change outside the PCCP needs a new regulatory submission.</source>
        <translation>Die Modifikation des geltenden PCCP des Modells, unter die diese Änderung fällt; ihre Akzeptanzregeln werden mit den Nachweisen ausgewertet. Eine Änderung außerhalb des PCCP erfordert eine neue Einreichung bei der Behörde.</translation>
    </message>
    <message>
        <source>&amp;PCCP modification:</source>
        <translation>&amp;PCCP-Modifikation:</translation>
    </message>
    <message>
        <source>Why, and the risks</source>
        <translation>Warum, und die Risiken</translation>
    </message>
    <message>
        <source>What the change is, why it is made, and the risk-benefit analysis, including bias across patient subgroups.</source>
        <translation>Was die Änderung ist, warum sie erfolgt, und die Nutzen-Risiko-Analyse, einschließlich Bias über Patientenuntergruppen.</translation>
    </message>
    <message>
        <source>e.g. sensitivity below 0.75 in any 30-day window</source>
        <translation>z. B. Sensitivität unter 0,75 in einem 30-Tage-Fenster</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>N&amp;utzen:</translation>
    </message>
    <message>
        <source>Ris&amp;ks considered:</source>
        <translation>Betrachtete Ris&amp;iken:</translation>
    </message>
    <message>
        <source>&amp;Mitigations:</source>
        <translation>&amp;Maßnahmen:</translation>
    </message>
    <message>
        <source>Residual risk &amp;judgement:</source>
        <translation>Bewertung des &amp;Restrisikos:</translation>
    </message>
    <message>
        <source>R&amp;oll back if:</source>
        <translation>R&amp;ollback, wenn:</translation>
    </message>
    <message>
        <source>Validation plan</source>
        <translation>Validierungsplan</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Subgroup columns</source>
        <translation>Untergruppenspalten</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <source>S&amp;ubgroup columns:</source>
        <translation>&amp;Untergruppenspalten:</translation>
    </message>
    <message>
        <source>Candidate &amp;threshold:</source>
        <translation>Schwellenwert des &amp;Kandidaten:</translation>
    </message>
    <message>
        <source>Baseline t&amp;hreshold:</source>
        <translation>Schwellenwert der Base&amp;line:</translation>
    </message>
    <message>
        <source>The version the device was cleared with: the candidate is also compared with it, at its own threshold, so that a series of small changes cannot drift far from it.</source>
        <translation>Die Version, mit der das Produkt zugelassen wurde: der Kandidat wird auch mit ihr verglichen, bei ihrem eigenen Schwellenwert, damit eine Reihe kleiner Änderungen sich nicht weit von ihr entfernen kann.</translation>
    </message>
    <message>
        <source>Originally c&amp;leared version:</source>
        <translation>Ursprünglich &amp;zugelassene Version:</translation>
    </message>
    <message>
        <source>Cleared thresh&amp;old:</source>
        <translation>Schwellenwert der Zulass&amp;ung:</translation>
    </message>
    <message>
        <source>Al&amp;pha:</source>
        <translation>Al&amp;pha:</translation>
    </message>
    <message>
        <source>Minimum &amp;positives for a subgroup verdict:</source>
        <translation>Mindestzahl &amp;Positive für ein Untergruppenurteil:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity margin:</source>
        <translation>&amp;Sensitivitätstoleranz:</translation>
    </message>
    <message>
        <source>Sp&amp;ecificity margin:</source>
        <translation>Sp&amp;ezifitätstoleranz:</translation>
    </message>
    <message>
        <source>Accura&amp;cy margin:</source>
        <translation>&amp;Genauigkeitstoleranz:</translation>
    </message>
    <message>
        <source>AU&amp;C margin:</source>
        <translation>AU&amp;C-Toleranz:</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>Create Draft saves the request as a draft. Submitting it (from the Change requests page) locks the plan and is signed.</source>
        <translation>„Entwurf anlegen“ speichert den Antrag als Entwurf. Sein Einreichen (auf der Seite Änderungsanträge) schreibt den Plan fest und wird signiert.</translation>
    </message>
    <message>
        <source>What changed and why (recorded in the audit trail)</source>
        <translation>Was sich geändert hat und warum (im Audit-Trail aufgezeichnet)</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>none: a first release</source>
        <translation>keine: eine Erstfreigabe</translation>
    </message>
    <message>
        <source>version %1, in production</source>
        <translation>Version %1, in Produktion</translation>
    </message>
    <message>
        <source>No PCCP in force for this model</source>
        <translation>Für dieses Modell ist kein PCCP in Kraft</translation>
    </message>
    <message>
        <source>Choose: PCCP version %1 is in force</source>
        <translation>Bitte wählen: PCCP-Version %1 ist in Kraft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outside the PCCP (needs a new regulatory submission)</source>
        <translation>Außerhalb des PCCP (erfordert eine neue Einreichung bei der Behörde)</translation>
    </message>
    <message>
        <source>%1 (not in the PCCP in force)</source>
        <translation>%1 (nicht im geltenden PCCP)</translation>
    </message>
    <message>
        <source>%1 (challenge set)</source>
        <translation>%1 (Challenge-Datensatz)</translation>
    </message>
    <message>
        <source>%1 (locked validation set)</source>
        <translation>%1 (gesperrter Validierungsdatensatz)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; version %2 against %3%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Version %2 gegen %3%4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no baseline (a first release)</source>
        <translation>keine Baseline (eine Erstfreigabe)</translation>
    </message>
    <message>
        <source>version %1 in production</source>
        <translation>Version %1 in Produktion</translation>
    </message>
    <message>
        <source> and the originally cleared version %1 (at threshold %2)</source>
        <translation> und die ursprünglich zugelassene Version %1 (bei Schwellenwert %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;(!) With two equally good versions this plan would fail more often than not for %1.&lt;/b&gt; Widen those margins or add samples; submitting it as it is needs the author to accept the low power, in words that go into the signature.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;(!) Bei zwei gleich guten Versionen würde dieser Plan für %1 häufiger scheitern als nicht.&lt;/b&gt; Erweitern Sie diese Toleranzen oder ergänzen Sie Stichproben; um ihn so einzureichen, muss der Autor die geringe Power akzeptieren, in Worten, die in die Signatur eingehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything a submission needs is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles, was eine Einreichung braucht, ist geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Still to write before it can be submitted:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vor dem Einreichen noch zu schreiben:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>version %1, in production when opened</source>
        <translation>Version %1, bei Eröffnung in Produktion</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Roll back %1: version %2 back into production</source>
        <translation>Rollback von %1: Version %2 zurück in Produktion</translation>
    </message>
    <message>
        <source>None: this request is the rollback.</source>
        <translation>Keine: dieser Antrag ist der Rollback.</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>Say what changed: it is recorded in the audit trail.</source>
        <translation>Geben Sie an, was sich geändert hat: es wird im Audit-Trail aufgezeichnet.</translation>
    </message>
    <message>
        <source>Fixed when the request is submitted, before anyone sees the results.</source>
        <translation>Festgelegt beim Einreichen des Antrags, bevor jemand die Ergebnisse sieht.</translation>
    </message>
    <message>
        <source>Filled in from the workspace: the sets with every compared version&apos;s predictions, the protocol of the request that put the baseline into production, and the version of the model&apos;s first release.</source>
        <translation>Aus dem Arbeitsbereich vorausgefüllt: die Datensätze mit den Vorhersagen jeder verglichenen Version, das Protokoll des Antrags, der die Baseline in Produktion gebracht hat, und die Version der Erstfreigabe des Modells.</translation>
    </message>
</context>
<context>
    <name>cs::ui::PccpEditor</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Labelling affected:</source>
        <translation>Betroffene Kennzeichnung:</translation>
    </message>
    <message>
        <source>Data management:</source>
        <translation>Datenmanagement:</translation>
    </message>
    <message>
        <source>Re-training:</source>
        <translation>Nachtraining:</translation>
    </message>
    <message>
        <source>Performance evaluation:</source>
        <translation>Leistungsbewertung:</translation>
    </message>
    <message>
        <source>Update procedures:</source>
        <translation>Aktualisierungsverfahren:</translation>
    </message>
    <message>
        <source>Benefits:</source>
        <translation>Nutzen:</translation>
    </message>
    <message>
        <source>Risks, including bias:</source>
        <translation>Risiken, einschließlich Bias:</translation>
    </message>
    <message>
        <source>Mitigations:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>Wechselwirkungen:</translation>
    </message>
    <message>
        <source>Cumulative impact:</source>
        <translation>Kumulative Auswirkung:</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Real-world monitoring rules</source>
        <translation>Regeln zur Überwachung im realen Einsatz</translation>
    </message>
    <message>
        <source>New PCCP Version</source>
        <translation>Neue PCCP-Version</translation>
    </message>
    <message>
        <source>The next version of the model&apos;s PCCP, in the structure of FDA&apos;s guidance. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>Die nächste Version des PCCP des Modells, gegliedert nach dem FDA-Leitfaden. Sie ist in Kraft, sobald Sie sie als Autor signieren und ein QA-Beauftragter sie genehmigt.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <source>Mo&amp;difications:</source>
        <translation>Mo&amp;difikationen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Appli&amp;ed:</source>
        <translation>An&amp;wendung:</translation>
    </message>
    <message>
        <source>global (every site)</source>
        <translation>global (jeder Standort)</translation>
    </message>
    <message>
        <source>local (site-specific)</source>
        <translation>lokal (standortspezifisch)</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Gel&amp;tungsbereich:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acceptance criteria&lt;/b&gt;</source>
        <translation>&lt;b&gt;Akzeptanzkriterien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation>&amp;Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Protocol and acceptance criteria</source>
        <translation>Protokoll und Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Folgenabschätzung</translation>
    </message>
    <message>
        <source>Evaluated on every drift run of a production window (PSI of a feature, share of drifted features; performance on labelled windows).</source>
        <translation>Ausgewertet bei jedem Drift-Lauf eines Produktionsfensters (PSI eines Merkmals, Anteil gedrifteter Merkmale; Leistung auf gelabelten Fenstern).</translation>
    </message>
    <message>
        <source>Add Monitoring Rule</source>
        <translation>Überwachungsregel hinzufügen</translation>
    </message>
    <message>
        <source>Real-world monitoring</source>
        <translation>Überwachung im realen Einsatz</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Subgroup column</source>
        <translation>Untergruppenspalte</translation>
    </message>
    <message>
        <source>Min. positives</source>
        <translation>Min. Positive</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>The PCCP cannot be saved:&lt;br&gt;- %1</source>
        <translation>Der PCCP kann nicht gespeichert werden:&lt;br&gt;- %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::PccpsPage</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;PCCP of &lt;b&gt;%2&lt;/b&gt;, version %3: &lt;b&gt;%4&lt;/b&gt;. Saved by %5 on %6 from %7; content SHA-256 &lt;code&gt;%8&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;PCCP von &lt;b&gt;%2&lt;/b&gt;, Version %3: &lt;b&gt;%4&lt;/b&gt;. Gespeichert von %5 am %6 aus %7; Inhalts-SHA-256 &lt;code&gt;%8&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1 — %2&lt;/h4&gt;&lt;p&gt;%3; %4, %5%6.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;%1 — %2&lt;/h4&gt;&lt;p&gt;%3; %4, %5%6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acceptance criteria&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Akzeptanzkriterien&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Real-world monitoring&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h4&gt;Überwachung im realen Einsatz&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Traceability&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Modification&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Protocol part&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Described&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Rules&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Rückverfolgbarkeit&lt;/h4&gt;&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Modifikation&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Protokollteil&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Beschrieben&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Regeln&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>&lt;b&gt;MISSING&lt;/b&gt;</source>
        <translation>&lt;b&gt;FEHLT&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import PCCP…</source>
        <translation>PCCP &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>&amp;Neue Version…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCCPs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;PCCPs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>PCCP versions</source>
        <translation>PCCP-Versionen</translation>
    </message>
    <message>
        <source>Save a PCCP written in YAML as the next version of its model&apos;s PCCP (regulatory affairs)</source>
        <translation>Einen in YAML geschriebenen PCCP als nächste Version des PCCP seines Modells speichern (Regulatory Affairs)</translation>
    </message>
    <message>
        <source>Sign the selected version: its author as authored, then a QA officer as approved</source>
        <translation>Die gewählte Version signieren: ihr Autor als Autor, dann ein QA-Beauftragter als Genehmigung</translation>
    </message>
    <message>
        <source>Write the next version of a model&apos;s PCCP in a form (regulatory affairs)</source>
        <translation>Die nächste Version des PCCP eines Modells in einem Formular schreiben (Regulatory Affairs)</translation>
    </message>
    <message>
        <source>The selected version as a signed PDF document in the structure of FDA&apos;s PCCP guidance</source>
        <translation>Die gewählte Version als signiertes PDF-Dokument in der Gliederung des PCCP-Leitfadens der FDA</translation>
    </message>
    <message>
        <source>PCCP</source>
        <translation>PCCP</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>No PCCP yet. Regulatory affairs import one written in YAML (Import PCCP…); it is in force once its author signs it as authored and a QA officer approves it.</source>
        <translation>Noch kein PCCP. Regulatory Affairs importieren einen in YAML geschriebenen (PCCP importieren…); er ist in Kraft, sobald sein Autor ihn als Autor signiert und ein QA-Beauftragter ihn genehmigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n PCCP version(s). Only an approved version is in force; every change request of its model is checked against it.</source>
        <translation>
            <numerusform>%n PCCP-Version. Nur eine genehmigte Version ist in Kraft; jeder Änderungsantrag ihres Modells wird gegen sie geprüft.</numerusform>
            <numerusform>%n PCCP-Versionen. Nur eine genehmigte Version ist in Kraft; jeder Änderungsantrag ihres Modells wird gegen sie geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>Version %1 gespeichert. Sie ist in Kraft, sobald Sie sie als Autor signieren und ein QA-Beauftragter sie genehmigt.</translation>
    </message>
    <message>
        <source>Import PCCP</source>
        <translation>PCCP importieren</translation>
    </message>
    <message>
        <source>Saved version %1 of the PCCP of %2. It is in force once you sign it as authored and a QA officer approves it.</source>
        <translation>Version %1 des PCCP von %2 gespeichert. Sie ist in Kraft, sobald Sie sie als Autor signieren und ein QA-Beauftragter sie genehmigt.</translation>
    </message>
    <message>
        <source>PCCP version details</source>
        <translation>Details der PCCP-Version</translation>
    </message>
</context>
<context>
    <name>cs::ui::PdfPreview</name>
    <message>
        <source>the signature is valid</source>
        <translation>die Signatur ist gültig</translation>
    </message>
    <message>
        <source>the signature is invalid</source>
        <translation>die Signatur ist ungültig</translation>
    </message>
    <message>
        <source>the digest does not match (the signed bytes were changed)</source>
        <translation>der Digest stimmt nicht (die signierten Bytes wurden geändert)</translation>
    </message>
    <message>
        <source>the signature cannot be decoded</source>
        <translation>die Signatur kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>die Signatur konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>no signature was found</source>
        <translation>es wurde keine Signatur gefunden</translation>
    </message>
    <message>
        <source>the signature was not verified</source>
        <translation>die Signatur wurde nicht geprüft</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF</source>
        <translation>%1 kann nicht als PDF gelesen werden</translation>
    </message>
</context>
<context>
    <name>cs::ui::PlaceholderPage</name>
    <message>
        <source>Nothing here yet in this workspace.</source>
        <translation>Hier gibt es in diesem Arbeitsbereich noch nichts.</translation>
    </message>
</context>
<context>
    <name>cs::ui::PlanPower</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the plan can show&lt;/b&gt; (power if the two versions were equally good; blinded estimate)&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was der Plan zeigen kann&lt;/b&gt; (Power, wenn beide Versionen gleich gut wären; verblindete Schätzung)&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 (%2): n %3, %4 positives, %5 negatives</source>
        <translation>%1 (%2): n %3, %4 Positive, %5 Negative</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReviewDialog</name>
    <message>
        <source>Record audit-trail review</source>
        <translation>Audit-Trail-Prüfung aufzeichnen</translation>
    </message>
    <message>
        <source>What you checked and what you found, e.g. &quot;All changes carry a documented reason and match change tickets CHG-1182 to CHG-1190. No discrepancies.&quot;</source>
        <translation>Was Sie geprüft und was Sie gefunden haben, z. B. „Alle Änderungen tragen eine dokumentierte Begründung und entsprechen den Änderungstickets CHG-1182 bis CHG-1190. Keine Abweichungen.“</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Prüfung &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;First event:</source>
        <translation>&amp;Erstes Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Last event:</source>
        <translation>&amp;Letztes Ereignis:</translation>
    </message>
    <message>
        <source>F&amp;inding:</source>
        <translation>&amp;Befund:</translation>
    </message>
    <message>
        <source>Your review of events %1 to %2 is recorded in the audit trail under your name, with the chain hash of event %2, so any later change to these events shows.</source>
        <translation>Ihre Prüfung der Ereignisse %1 bis %2 wird unter Ihrem Namen im Audit-Trail aufgezeichnet, mit dem Ketten-Hash von Ereignis %2, sodass jede spätere Änderung dieser Ereignisse sichtbar wird.</translation>
    </message>
    <message>
        <source>The first event must not come after the last.</source>
        <translation>Das erste Ereignis darf nicht nach dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignDialog</name>
    <message>
        <source>Sign a Record</source>
        <translation>Eintrag signieren</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Audit-trail review %1 (events %2–%3, %4)</source>
        <translation>Audit-Trail-Prüfung %1 (Ereignisse %2–%3, %4)</translation>
    </message>
    <message>
        <source>PCCP of %1, version %2 (%3)</source>
        <translation>PCCP von %1, Version %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no record to sign.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es gibt keinen Eintrag zum Signieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you sign&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 of its content: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie signieren&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;SHA-256 seines Inhalts: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You attest&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie bestätigen&lt;/b&gt;&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>Was Sie signieren</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignInDialog</name>
    <message>
        <source>Sign in — Countersign</source>
        <translation>Anmelden — Countersign</translation>
    </message>
    <message>
        <source>Session locked — Countersign</source>
        <translation>Sitzung gesperrt — Countersign</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sign in with your user ID and password. Everything you do is recorded under your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Melden Sie sich mit Ihrer Benutzer-ID und Ihrem Passwort an. Alles, was Sie tun, wird unter Ihrem Namen aufgezeichnet.</translation>
    </message>
    <message>
        <source>The session was locked after %1 minutes without activity. Enter the password of &lt;b&gt;%2&lt;/b&gt; to continue, or sign out.</source>
        <translation>Die Sitzung wurde nach %1 Minuten ohne Aktivität gesperrt. Geben Sie das Passwort von &lt;b&gt;%2&lt;/b&gt; ein, um fortzufahren, oder melden Sie sich ab.</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Demo workspace. Logins:
%1</source>
        <translation>Demo-Arbeitsbereich. Anmeldungen:
%1</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignaturesPage</name>
    <message>
        <source>&amp;Sign a Record…</source>
        <translation>Eintrag &amp;signieren…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signatures&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Signaturen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify All</source>
        <translation>Alle &amp;prüfen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>The signature, its certificate and the signed record all verify</source>
        <translation>Signatur, Zertifikat und signierter Eintrag lassen sich alle prüfen</translation>
    </message>
    <message>
        <source>No record has been signed yet.</source>
        <translation>Es wurde noch kein Eintrag signiert.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) verify: each was made with a trusted certificate valid at the time, and each signed record is unchanged.</source>
        <translation>
            <numerusform>Die %n Signatur ist gültig: sie wurde mit einem vertrauenswürdigen, zum Zeitpunkt gültigen Zertifikat erstellt, und der signierte Eintrag ist unverändert.</numerusform>
            <numerusform>Alle %n Signaturen sind gültig: jede wurde mit einem vertrauenswürdigen, zum Zeitpunkt gültigen Zertifikat erstellt, und jeder signierte Eintrag ist unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a40000&apos;&gt;%1 of %2 signatures fail verification.&lt;/b&gt; Select one to see why.</source>
        <translation>&lt;b style=&apos;color:#a40000&apos;&gt;%1 von %2 Signaturen lassen sich nicht prüfen.&lt;/b&gt; Wählen Sie eine, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2), %3&lt;br&gt;%4 — %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2), %3&lt;br&gt;%4 — %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reason: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Begründung: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Record %1 %2, SHA-256 &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Audit trail at signing: %4 events, chain head &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eintrag %1 %2, SHA-256 &lt;code&gt;%3&lt;/code&gt;&lt;br&gt;Audit-Trail beim Signieren: %4 Ereignisse, Kettenkopf &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Certificate: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zertifikat: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Valid.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Gültig.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Invalid:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Ungültig:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Details der Signatur</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
</context>
<context>
    <name>cs::ui::SignerFields</name>
    <message>
        <source>&amp;User ID:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file:</source>
        <translation>PKCS#12-&amp;Datei:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>Your PKCS#12 file</source>
        <translation>Ihre PKCS#12-Datei</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your certificate&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;issued by %2, valid until %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr Zertifikat&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;ausgestellt von %2, gültig bis %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;You have no enrolled certificate.&lt;/b&gt; Enroll one before signing (countersign-cli cert enroll).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a40000&apos;&gt;&lt;b&gt;Sie haben kein registriertes Zertifikat.&lt;/b&gt; Registrieren Sie eines vor dem Signieren (countersign-cli cert enroll).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>cs::ui::TrustStoreDialog</name>
    <message>
        <source>Trusted CA</source>
        <translation>Vertrauenswürdige CA</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Trust Store</source>
        <translation>Vertrauensspeicher</translation>
    </message>
    <message>
        <source>Signing certificates are accepted only from these CAs. With a revocation list, a revoked certificate is refused, and signing stops when the list is out of date.</source>
        <translation>Signaturzertifikate werden nur von diesen CAs akzeptiert. Mit einer Sperrliste wird ein gesperrtes Zertifikat abgelehnt, und das Signieren stoppt, wenn die Liste veraltet ist.</translation>
    </message>
    <message>
        <source>Add &amp;CA Certificate…</source>
        <translation>&amp;CA-Zertifikat hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Revocation List…</source>
        <translation>&amp;Sperrliste hinzufügen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Sperrlisten (*.crl *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>keine: die Sperrung wird nicht geprüft</translation>
    </message>
    <message>
        <source>issued %1, next update %2, %3 revoked%4</source>
        <translation>ausgestellt %1, nächste Aktualisierung %2, %3 gesperrt%4</translation>
    </message>
    <message>
        <source> — OUT OF DATE: signing is refused</source>
        <translation> — VERALTET: Signieren wird verweigert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>%1 vertrauen</translation>
    </message>
    <message>
        <source>Why is this CA trusted?</source>
        <translation>Warum ist diese CA vertrauenswürdig?</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Trusted %1.</source>
        <translation>%1 ist jetzt vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Added the revocation list of %1.</source>
        <translation>Die Sperrliste von %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>Vertrauenswürdige CAs</translation>
    </message>
</context>
<context>
    <name>cs::ui::UsersDialog</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password for %1 (they must change it at next sign-in):</source>
        <translation>Neues Passwort für %1 (muss bei der nächsten Anmeldung geändert werden):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Neues Passwort für %1 gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) locked after failed sign-ins: check with the person, then unlock with a reason.</source>
        <translation>
            <numerusform>%n Konto nach fehlgeschlagenen Anmeldungen gesperrt: klären Sie es mit der Person und entsperren Sie es dann mit einer Begründung.</numerusform>
            <numerusform>%n Konten nach fehlgeschlagenen Anmeldungen gesperrt: klären Sie es mit den Personen und entsperren Sie sie dann mit einer Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1. Give them the password by a separate channel; they must change it at first sign-in.</source>
        <translation>%1 hinzugefügt. Geben Sie das Passwort über einen getrennten Kanal weiter; es muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>no account selected</source>
        <translation>kein Konto gewählt</translation>
    </message>
    <message>
        <source>Change account %1</source>
        <translation>Konto %1 ändern</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Begründung (im Audit-Trail aufgezeichnet):</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>Printed &amp;name:</source>
        <translation>&amp;Name in Druckschrift:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
</context>
<context>
    <name>cs::ui::ValidationView</name>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Verglichen &amp;mit:</translation>
    </message>
    <message>
        <source>PCCP acceptance rules</source>
        <translation>PCCP-Akzeptanzregeln</translation>
    </message>
    <message>
        <source>Headline table</source>
        <translation>Übersichtstabelle</translation>
    </message>
    <message>
        <source>Confusion matrices</source>
        <translation>Konfusionsmatrizen</translation>
    </message>
    <message>
        <source>Subgroup table</source>
        <translation>Untergruppentabelle</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Subgroup differences</source>
        <translation>Untergruppenunterschiede</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Sub&amp;group:</source>
        <translation>Unter&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>Both versions and the paired differences</source>
        <translation>Beide Versionen und die gepaarten Differenzen</translation>
    </message>
    <message>
        <source>By subgroup (the metric chosen above)</source>
        <translation>Nach Untergruppe (die oben gewählte Metrik)</translation>
    </message>
    <message>
        <source>Confusion matrices at each version&apos;s threshold</source>
        <translation>Konfusionsmatrizen beim Schwellenwert jeder Version</translation>
    </message>
    <message>
        <source>Baseline v%1 (in production)</source>
        <translation>Baseline v%1 (in Produktion)</translation>
    </message>
    <message>
        <source>Originally cleared v%1</source>
        <translation>Ursprünglich zugelassen v%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCCP&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;PCCP&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the plan is locked.</source>
        <translation>Noch nicht ausgewertet. Countersign berechnet die Nachweise aus den gespeicherten Vorhersagen, sobald der Plan festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Candidate v%1</source>
        <translation>Kandidat v%1</translation>
    </message>
    <message>
        <source>First release: the candidate alone, no paired differences.</source>
        <translation>Erstfreigabe: nur der Kandidat, keine gepaarten Differenzen.</translation>
    </message>
    <message>
        <source>Frozen evidence (SHA-256 %1): n = %2, %3 positives; %4 at threshold %5 against %6 at %7. The forest plot draws subgroups with fewer positives than the plan&apos;s minimum hollow and grey (no verdict).</source>
        <translation>Eingefrorene Nachweise (SHA-256 %1): n = %2, %3 Positive; %4 bei Schwellenwert %5 gegen %6 bei %7. Das Forest-Plot zeichnet Untergruppen mit weniger Positiven als dem Minimum des Plans hohl und grau (kein Urteil).</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerificationBanner</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash, the chain and the signed checkpoints (F5)</source>
        <translation>Den Hash jedes Ereignisses, die Kette und die signierten Prüfpunkte neu berechnen (F5)</translation>
    </message>
    <message>
        <source>Not verified in this session. Verification recomputes every event&apos;s hash and the hash chain, and checks them against the signed checkpoints.</source>
        <translation>In dieser Sitzung nicht geprüft. Die Prüfung berechnet den Hash jedes Ereignisses und die Hash-Kette neu und vergleicht sie mit den signierten Prüfpunkten.</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2 events</source>
        <translation>Prüfung läuft… %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Show event %1</source>
        <translation>Ereignis %1 anzeigen</translation>
    </message>
    <message>
        <source>event %1: </source>
        <translation>Ereignis %1: </translation>
    </message>
    <message>
        <source>… and %1 more (countersign-cli verify lists them all)</source>
        <translation>… und %1 weitere (countersign-cli verify listet alle auf)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerifyPackageDialog</name>
    <message>
        <source>Verify a Package</source>
        <translation>Paket prüfen</translation>
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
        <source>Page Up in the page view</source>
        <translation>Bild auf in der Seitenansicht</translation>
    </message>
    <message>
        <source>Page Down in the page view</source>
        <translation>Bild ab in der Seitenansicht</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Trust a CA File…</source>
        <translation>&amp;CA-Datei vertrauen…</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>Vertrauenswürdige CAs:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 kann nicht gelesen werden:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA file cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die CA-Datei kann nicht verwendet werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Trust a CA Certificate</source>
        <translation>Einem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose a signed package or audit report to verify.</source>
        <translation>Wählen Sie ein signiertes Paket oder einen Audit-Bericht zum Prüfen.</translation>
    </message>
    <message>
        <source>VALID: every check passed.</source>
        <translation>GÜLTIG: jede Prüfung bestanden.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <source>the trust store of %1</source>
        <translation>der Vertrauensspeicher von %1</translation>
    </message>
    <message>
        <source>none yet: open the workspace the package comes from, or trust a CA file</source>
        <translation>noch keine: öffnen Sie den Arbeitsbereich, aus dem das Paket stammt, oder vertrauen Sie einer CA-Datei</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>The signature names %1 (%2), signing on %3.
Reason: %4
Certificate SHA-256: %5</source>
        <translation>Die Signatur nennt %1 (%2), signiert am %3.
Begründung: %4
Zertifikat SHA-256: %5</translation>
    </message>
    <message>
        <source>Poppler, an independent PDF reader, finds no signature in this file.</source>
        <translation>Poppler, ein unabhängiger PDF-Leser, findet in dieser Datei keine Signatur.</translation>
    </message>
    <message>
        <source>Poppler, an independent PDF reader, says: %1; %2.</source>
        <translation>Poppler, ein unabhängiger PDF-Leser, meldet: %1; %2.</translation>
    </message>
    <message>
        <source>it covers the whole document</source>
        <translation>sie deckt das ganze Dokument ab</translation>
    </message>
    <message>
        <source>it does NOT cover the whole document</source>
        <translation>sie deckt NICHT das ganze Dokument ab</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Checks and their findings</source>
        <translation>Prüfungen und ihre Befunde</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Seitenansicht</translation>
    </message>
</context>
<context>
    <name>cs::ui::VersionDiffDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation>Versionen von %1 vergleichen</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>cs::ui::VersionDiffView</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Line diff of the selected configuration file</source>
        <translation>Zeilen-Diff der gewählten Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Select a configuration file to see its line diff.</source>
        <translation>Wählen Sie eine Konfigurationsdatei, um ihren Zeilen-Diff zu sehen.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same evidence.</source>
        <translation>Die Versionen %1 und %2 haben dieselben Nachweise.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from version %1 to version %2.</source>
        <translation>
            <numerusform>%n Unterschied von Version %1 zu Version %2.</numerusform>
            <numerusform>%n Unterschiede von Version %1 zu Version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>cs::ui::WelcomePage</name>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Review, approve and sign every change to a clinical machine-learning model, and prove years later that nothing in its history was altered.</source>
        <translation>Prüfen, genehmigen und signieren Sie jede Änderung an einem klinischen Machine-Learning-Modell und beweisen Sie Jahre später, dass nichts in seiner Geschichte verändert wurde.</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkspaceController</name>
    <message>
        <source>nobody signed in to %1</source>
        <translation>niemand ist bei %1 angemeldet</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich ist geöffnet</translation>
    </message>
</context>
</TS>
